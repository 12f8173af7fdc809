// File: shortcut/generators/bounded_treewidth.h
//
// Families of bounded treewidth, each returned with a tree decomposition of
// the promised width (GeneratedGraph::decomposition). Treewidth <= k implies
// no K_{k+2} minor, so these are the K_r-minor-free families beyond planar
// graphs whose r is known exactly:
//
//   RandomKTree(n, k, seed)            a random k-tree: a (k+1)-clique, then
//       every new vertex joined to a k-clique of an existing bag (a random
//       bag minus a random member). Treewidth exactly k (for n > k); the
//       bags are the (k+1)-cliques. K_{k+2}-minor-free, and has K_{k+1}.
//   RandomPartialKTree(n, k, seed, keep)  the same with every edge kept
//       with probability `keep`, except one edge from every new vertex to
//       its clique and a path through the initial clique, so the graph stays
//       connected. Treewidth <= k (the same decomposition).
//   RandomSeriesParallel(n, seed)      starting from one edge, every new
//       vertex v picks a random edge uw and either subdivides it (series:
//       uw becomes u-v-w) or joins both ends (parallel path u-v-w). A
//       2-connected series-parallel graph: treewidth <= 2, K4-minor-free;
//       bags are the triangles {u, v, w}.
//
//   GeneratedGraph t = RandomKTree(1000, 3, /*seed=*/1);
//   // t.decomposition has 998 bags of 4 vertices each (width 3).
//
// No coordinates. Requires: n >= 1 (the empty graph has no decomposition
// bag); k >= 1 and (k + 1) * n fits 32 bits. Complexity: O(n k^2) time
// and space (O(n) for series-parallel).
#ifndef SHORTCUT_GENERATORS_BOUNDED_TREEWIDTH_H_
#define SHORTCUT_GENERATORS_BOUNDED_TREEWIDTH_H_

#include <cstdint>

#include "shortcut/generators/generated_graph.h"

namespace shortcut {

GeneratedGraph RandomKTree(uint32_t n, uint32_t k, uint64_t seed);
GeneratedGraph RandomPartialKTree(uint32_t n, uint32_t k, uint64_t seed, double keep);
GeneratedGraph RandomSeriesParallel(uint32_t n, uint64_t seed);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_BOUNDED_TREEWIDTH_H_
