// File: shortcut/core/tree_decomposition.h
//
// TreeDecomposition: bags of vertices connected by a tree. A tree
// decomposition of G is valid when every vertex lies in some bag, both ends
// of every edge lie in a common bag, and the bags holding any one vertex form
// a connected subtree. Its width is the largest bag size minus one; a graph
// with a valid decomposition of width k has treewidth <= k and therefore no
// K_{k+2} minor.
//
// This header only holds the data. Producers: the bounded-treewidth
// generators (generators/bounded_treewidth.h) and the elimination heuristics
// (verify/treewidth.h); the independent validator is CheckTreeDecomposition
// in verify/treewidth.h.
//
//   TreeDecomposition td;
//   td.bags = {{0, 1, 2}, {1, 2, 3}};   // a 2-tree on 4 vertices
//   td.edges = {{0, 1}};
//   td.Width();                          // 2
#ifndef SHORTCUT_CORE_TREE_DECOMPOSITION_H_
#define SHORTCUT_CORE_TREE_DECOMPOSITION_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "shortcut/core/types.h"

namespace shortcut {

struct TreeDecomposition {
  // bags[i]: the vertices of bag i, sorted increasingly, no duplicates.
  std::vector<std::vector<VertexId>> bags;
  // edges: the tree, as pairs of bag indices.
  std::vector<std::pair<uint32_t, uint32_t>> edges;

  // Width(): the largest bag size minus one; -1 when there are no bags.
  int64_t Width() const {
    int64_t width = -1;
    for (const auto& bag : bags) {
      width = std::max<int64_t>(width, static_cast<int64_t>(bag.size()) - 1);
    }
    return width;
  }
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_TREE_DECOMPOSITION_H_
