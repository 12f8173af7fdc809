// SupernodeBags: the bags B_η of the expansion T̂ of the partition tree
// (cop_decomposition.h), from a finished decomposition.
#include <algorithm>
#include <vector>

#include "shortcut/core/rooted_forest.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut {

template <EdgeWeight W>
std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<W>& g, const CopDecomposition<W>& cop) {
  const uint32_t k = cop.NumSupernodes();
  std::vector<std::vector<uint32_t>> bags(k);
  for (uint32_t s = 0; s < k; ++s) bags[s].push_back(s);
  // An edge between supernodes a and b puts b into B_a when b is a proper
  // ancestor of a (and a into B_b in the other case). A decomposition
  // assembled by hand or read from a file may come without `tree`.
  const RootedForest tree = cop.tree.Size() == k ? RootedForest() : RootedForest(cop.parent);
  const RootedForest& t = cop.tree.Size() == k ? cop.tree : tree;
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    auto [u, v] = g.EdgeEndpoints(e);
    const uint32_t a = cop.supernode_of[u], b = cop.supernode_of[v];
    if (a == b) continue;
    if (t.IsAncestor(b, a)) {
      bags[a].push_back(b);
    } else if (t.IsAncestor(a, b)) {
      bags[b].push_back(a);
    }
  }
  for (auto& bag : bags) {
    std::sort(bag.begin(), bag.end());
    bag.erase(std::unique(bag.begin(), bag.end()), bag.end());
  }
  return bags;
}

template std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<uint32_t>&,
                                                          const CopDecomposition<uint32_t>&);
template std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<double>&,
                                                          const CopDecomposition<double>&);

}  // namespace shortcut
