// File: shortcut/verify/cop_checks.h
//
// CheckCopDecomposition: an independent checker of Definition 3.1 (SODA 2024)
// for a buffered cop decomposition given as supernode labels, a partition
// tree (parent per supernode) and a skeleton per supernode. It shares nothing
// with the construction but the graph and the Dijkstra engine; depths,
// domains, adjacency and bags are recomputed from scratch.
//
//   CopCheckOptions opt{.radius = delta, .r = 5};
//   CopCheckReport report = CheckCopDecomposition(g, cop, opt);
//   if (!report.status.ok()) Print(report.status.message());  // first counterexample
//
// Checked, in this order (the first violation is returned, with ids):
//   1. labels: one supernode per vertex; the parents form a forest;
//   2. every supernode is non-empty and induces a connected subgraph;
//   3. each skeleton lies in its supernode, is a tree of edges of G with at
//      most r−1 leaves, and is a shortest-path tree of the final dom(η) from
//      its root (tree distances equal Dijkstra distances inside dom(η));
//   4. radius: every vertex of η is within Δ of T_η, measured inside η;
//   5. buffer: for every supernode X and every vertex v with δ_dom(X)(v, X)
//      <= Δ/r (v not in X), every supernode on the tree path from v's
//      supernode up to X (X excluded) is adjacent to X — i.e. for every
//      descendant η not adjacent to X, all of dom(η) is farther than Δ/r;
//   6. tree decomposition: every edge joins supernodes related as ancestor
//      and descendant (so its ends share the deeper one's bag); the bags
//      B_η = {η} ∪ {ancestors adjacent to η} contain each supernode in a
//      connected subtree; and every bag holds at most r−1 supernodes.
// Distances are compared exactly for integer weights (d·r <= Δ for the
// buffer) and with a relative tolerance of 1e-9 for double weights.
//
// Complexity: O(Σ_η |ball(T_η) ∩ dom(η)| log n) for the skeleton check plus
// O(Σ_X |ball_{Δ/r}(X)| log n) for the buffer; near-linear in practice.
#ifndef SHORTCUT_VERIFY_COP_CHECKS_H_
#define SHORTCUT_VERIFY_COP_CHECKS_H_

#include <cstdint>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut {

struct CopCheckOptions {
  double radius = 0;  // Δ
  uint32_t r = 0;     // buffer Δ/r, width r−1
  bool check_skeletons = true;
  bool check_buffer = true;
};

struct CopCheckReport {
  absl::Status status;
  uint32_t supernodes = 0;
  uint32_t tree_depth = 0;
  uint32_t max_bag_size = 0;
  uint32_t max_skeleton_leaves = 0;
  double max_radius = 0;          // largest δ_η(v, T_η)
  double max_radius_over_delta = 0;
  uint64_t buffer_vertices_checked = 0;  // vertices within Δ/r of some X in dom(X)
  double time_s = 0;
};

// Uses only supernode_of, parent and the skeleton arrays of `cop`.
template <EdgeWeight W>
CopCheckReport CheckCopDecomposition(const Graph<W>& g, const CopDecomposition<W>& cop,
                                     const CopCheckOptions& options);

extern template CopCheckReport CheckCopDecomposition(const Graph<uint32_t>&, const CopDecomposition<uint32_t>&,
                                                     const CopCheckOptions&);
extern template CopCheckReport CheckCopDecomposition(const Graph<double>&, const CopDecomposition<double>&,
                                                     const CopCheckOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_COP_CHECKS_H_
