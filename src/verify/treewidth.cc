#include "shortcut/verify/treewidth.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <queue>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/status.h"

namespace shortcut {
namespace {

constexpr uint32_t kNone = ~uint32_t{0};

// Elimination: the state of a greedy elimination game.
class Elimination {
 public:
  template <EdgeWeight W>
  explicit Elimination(const Graph<W>& g) : adj_(g.NumVertices()) {
    for (VertexId v = 0; v < g.NumVertices(); ++v) {
      auto nb = g.Neighbors(v);
      adj_[v].reserve(nb.size());
      adj_[v].insert(nb.begin(), nb.end());
    }
  }

  uint64_t Degree(VertexId v) const { return adj_[v].size(); }

  // Fill(v): pairs of neighbours of v that are not adjacent.
  uint64_t Fill(VertexId v) const {
    const auto& nb = adj_[v];
    const uint64_t d = nb.size();
    uint64_t adjacent_pairs = 0;
    for (VertexId a : nb) {
      const auto& na = adj_[a];
      if (na.size() < nb.size()) {
        for (VertexId b : na) adjacent_pairs += nb.contains(b) ? 1 : 0;
      } else {
        for (VertexId b : nb) adjacent_pairs += na.contains(b) ? 1 : 0;
      }
    }
    return d * (d - 1) / 2 - adjacent_pairs / 2;
  }

  // Eliminate(v): makes v's neighbours a clique, removes v, and returns its
  // neighbours, sorted.
  std::vector<VertexId> Eliminate(VertexId v) {
    std::vector<VertexId> nb(adj_[v].begin(), adj_[v].end());
    std::sort(nb.begin(), nb.end());
    for (VertexId a : nb) adj_[a].erase(v);
    for (std::size_t i = 0; i < nb.size(); ++i) {
      for (std::size_t j = i + 1; j < nb.size(); ++j) {
        if (adj_[nb[i]].insert(nb[j]).second) adj_[nb[j]].insert(nb[i]);
      }
    }
    adj_[v] = {};
    return nb;
  }

 private:
  std::vector<absl::flat_hash_set<VertexId>> adj_;
};

}  // namespace

template <EdgeWeight W>
TreeDecomposition EliminationDecomposition(const Graph<W>& g, EliminationHeuristic heuristic) {
  return *EliminationDecompositionWithin(g, heuristic, -1);
}

template <EdgeWeight W>
std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<W>& g, EliminationHeuristic heuristic,
                                                                int64_t max_width) {
  const VertexId n = g.NumVertices();
  TreeDecomposition td;
  if (n == 0) return td;
  Elimination state(g);
  const bool min_fill = heuristic == EliminationHeuristic::kMinFill;
  // Min-fill breaks ties by degree: on graphs of treewidth <= 2 this makes
  // it exact (a vertex of degree <= 2 always has the smallest key). The fill
  // of a vertex of degree above kFillDegreeCap is not computed (it would
  // cost degree^2 per update): such vertices rank after all others, by
  // degree, until their degree falls.
  constexpr uint64_t kFillDegreeCap = 64;
  auto score = [&](VertexId v) -> uint64_t {
    const uint64_t d = state.Degree(v);
    if (!min_fill) return d;
    const uint64_t fill = d > kFillDegreeCap ? 0xffffffffull : std::min<uint64_t>(state.Fill(v), 0xfffffffeull);
    return (fill << 32) | d;
  };
  std::vector<uint64_t> current(n);
  using Entry = std::pair<uint64_t, VertexId>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (VertexId v = 0; v < n; ++v) {
    current[v] = score(v);
    heap.emplace(current[v], v);
  }
  std::vector<uint8_t> eliminated(n, 0);
  std::vector<uint32_t> position(n, kNone);
  std::vector<VertexId> order;
  order.reserve(n);
  std::vector<std::vector<VertexId>> later(n);  // neighbours at elimination
  td.bags.reserve(n);
  while (!heap.empty()) {
    const auto [s, v] = heap.top();
    heap.pop();
    if (eliminated[v] || s != current[v]) continue;
    if (min_fill) {
      // Fill of a vertex two hops from an eliminated one may have fallen.
      const uint64_t fresh = score(v);
      if (fresh != s) {
        current[v] = fresh;
        heap.emplace(fresh, v);
        continue;
      }
    }
    if (max_width >= 0 && static_cast<int64_t>(state.Degree(v)) > max_width) return std::nullopt;
    eliminated[v] = 1;
    position[v] = static_cast<uint32_t>(order.size());
    order.push_back(v);
    std::vector<VertexId> nb = state.Eliminate(v);
    std::vector<VertexId> bag = nb;
    bag.insert(std::upper_bound(bag.begin(), bag.end(), v), v);
    td.bags.push_back(std::move(bag));
    for (VertexId a : nb) {
      current[a] = score(a);
      heap.emplace(current[a], a);
    }
    later[v] = std::move(nb);
  }
  // Bag i belongs to order[i]; its parent is the bag of the earliest
  // eliminated vertex among its later neighbours. Roots are chained.
  uint32_t last_root = kNone;
  for (uint32_t i = 0; i < n; ++i) {
    const VertexId v = order[i];
    uint32_t parent = kNone;
    for (VertexId a : later[v]) parent = std::min(parent, position[a]);
    if (parent == kNone) {
      if (last_root != kNone) td.edges.emplace_back(last_root, i);
      last_root = i;
    } else {
      td.edges.emplace_back(i, parent);
    }
  }
  return td;
}

template <EdgeWeight W>
absl::Status CheckTreeDecomposition(const Graph<W>& g, const TreeDecomposition& td) {
  const VertexId n = g.NumVertices();
  const std::size_t nb = td.bags.size();
  if (nb > kNone - 1) return FailedPreconditionError("too many bags ({})", nb);
  for (std::size_t i = 0; i < nb; ++i) {
    const auto& bag = td.bags[i];
    for (std::size_t j = 0; j < bag.size(); ++j) {
      if (bag[j] >= n) return FailedPreconditionError("bag {}: vertex {} is out of range (n = {})", i, bag[j], n);
      if (j > 0 && bag[j - 1] >= bag[j]) {
        return FailedPreconditionError("bag {} is not sorted or repeats vertex {}", i, bag[j]);
      }
    }
  }
  // The bag graph is a tree: nb - 1 edges, none closing a cycle.
  if (n > 0 && nb == 0) return FailedPreconditionError("no bags for a graph with {} vertices", n);
  if (nb > 0 && td.edges.size() != nb - 1) {
    return FailedPreconditionError("{} bags need {} tree edges, found {}", nb, nb - 1, td.edges.size());
  }
  std::vector<uint32_t> uf(nb);
  for (uint32_t i = 0; i < nb; ++i) uf[i] = i;
  auto find = [&uf](uint32_t x) {
    while (uf[x] != x) {
      uf[x] = uf[uf[x]];
      x = uf[x];
    }
    return x;
  };
  std::vector<std::vector<uint32_t>> tree(nb);
  for (const auto& [a, b] : td.edges) {
    if (a >= nb || b >= nb) return FailedPreconditionError("tree edge ({}, {}) names a missing bag", a, b);
    const uint32_t ra = find(a), rb = find(b);
    if (ra == rb) return FailedPreconditionError("tree edge ({}, {}) closes a cycle", a, b);
    uf[ra] = rb;
    tree[a].push_back(b);
    tree[b].push_back(a);
  }
  // Root the tree at bag 0.
  std::vector<uint32_t> parent(nb, kNone);
  if (nb > 0) {
    std::vector<uint32_t> queue = {0};
    std::vector<uint8_t> seen(nb, 0);
    seen[0] = 1;
    for (std::size_t q = 0; q < queue.size(); ++q) {
      for (uint32_t c : tree[queue[q]]) {
        if (!seen[c]) {
          seen[c] = 1;
          parent[c] = queue[q];
          queue.push_back(c);
        }
      }
    }
  }
  // Coverage and connectedness: the bags holding v form a subtree iff
  // exactly one of them has a parent bag without v (or is the root).
  std::vector<uint32_t> tops(n, 0);
  std::vector<uint32_t> some_bag(n, kNone);
  for (uint32_t i = 0; i < nb; ++i) {
    for (VertexId v : td.bags[i]) {
      some_bag[v] = i;
      const bool top = parent[i] == kNone ||
                       !std::binary_search(td.bags[parent[i]].begin(), td.bags[parent[i]].end(), v);
      if (top) ++tops[v];
    }
  }
  for (VertexId v = 0; v < n; ++v) {
    if (some_bag[v] == kNone) return FailedPreconditionError("vertex {} is in no bag", v);
    if (tops[v] != 1) {
      return FailedPreconditionError("the bags holding vertex {} are not connected ({} pieces)", v, tops[v]);
    }
  }
  // Edge coverage.
  std::vector<uint8_t> covered(g.NumEdges(), 0);
  TimestampMarker in_bag(n);
  for (uint32_t i = 0; i < nb; ++i) {
    const auto& bag = td.bags[i];
    uint64_t degree_sum = 0;
    for (VertexId v : bag) degree_sum += g.Degree(v);
    const uint64_t pairs = uint64_t{bag.size()} * bag.size();
    if (pairs <= degree_sum) {
      for (std::size_t a = 0; a < bag.size(); ++a) {
        for (std::size_t b = a + 1; b < bag.size(); ++b) {
          const ArcId arc = g.FindArc(bag[a], bag[b]);
          if (arc != kNoArc) covered[g.EdgeOf(arc)] = 1;
        }
      }
    } else {
      in_bag.Clear();
      for (VertexId v : bag) in_bag.Set(v);
      for (VertexId v : bag) {
        for (ArcId a : g.Arcs(v)) {
          if (in_bag.Get(g.Head(a))) covered[g.EdgeOf(a)] = 1;
        }
      }
    }
  }
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    if (!covered[e]) {
      const auto [u, v] = g.EdgeEndpoints(e);
      return FailedPreconditionError("edge ({}, {}) is in no bag", u, v);
    }
  }
  return absl::OkStatus();
}

template TreeDecomposition EliminationDecomposition(const Graph<uint32_t>&, EliminationHeuristic);
template TreeDecomposition EliminationDecomposition(const Graph<double>&, EliminationHeuristic);
template std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<uint32_t>&, EliminationHeuristic,
                                                                         int64_t);
template std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<double>&, EliminationHeuristic,
                                                                         int64_t);
template absl::Status CheckTreeDecomposition(const Graph<uint32_t>&, const TreeDecomposition&);
template absl::Status CheckTreeDecomposition(const Graph<double>&, const TreeDecomposition&);

}  // namespace shortcut
