// File: shortcut/generators/tree.h
//
// Trees (K3-minor-free; treewidth 1):
//
//   RandomTreeEdges(n, seed): a uniformly random labelled tree on n vertices
//       (decoded from a random Prüfer sequence).
//   CaterpillarEdges(n, spine, seed): a path of `spine` vertices (ids
//       0..spine-1, the spine) with the other n - spine vertices attached as
//       leaves to uniformly random spine vertices. Caterpillars are the trees
//       of pathwidth 1: long shortest paths with many short side branches.
//       Requires 1 <= spine <= n (or n = 0).
//
// Weights are 1; no coordinates. Deterministic per seed on every platform.
// Complexity: O(n).
//
//   EdgeList<uint32_t> t = CaterpillarEdges(100, 20, /*seed=*/3);
#ifndef SHORTCUT_GENERATORS_TREE_H_
#define SHORTCUT_GENERATORS_TREE_H_

#include <cstdint>

#include "shortcut/core/graph_builder.h"

namespace shortcut {

EdgeList<uint32_t> RandomTreeEdges(uint32_t n, uint64_t seed);
EdgeList<uint32_t> CaterpillarEdges(uint32_t n, uint32_t spine, uint64_t seed);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_TREE_H_
