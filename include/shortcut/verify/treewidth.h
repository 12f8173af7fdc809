// File: shortcut/verify/treewidth.h
//
// Treewidth upper bounds with certificates. A valid tree decomposition of
// width k proves treewidth <= k, hence that the graph has no K_{k+2} minor.
//
//   EliminationDecomposition(g, heuristic)  a tree decomposition from a
//       greedy elimination ordering (min-degree or min-fill): eliminating v
//       makes its remaining neighbours a clique, and {v} plus those
//       neighbours is v's bag.
//   CheckTreeDecomposition(g, td)  the independent validator: bags hold
//       valid, sorted, distinct vertices; the bag graph is a tree; every
//       vertex lies in a bag; both ends of every edge share a bag; and the
//       bags holding any vertex form a connected subtree.
//
// The PACE 2017 ".td" file format of a decomposition is in
// io/tree_decomposition_io.h.
//
//   TreeDecomposition td = EliminationDecomposition(g, EliminationHeuristic::kMinFill);
//   SHORTCUT_RETURN_IF_ERROR(CheckTreeDecomposition(g, td));
//   // treewidth(g) <= td.Width()
//
// Empty graphs have the empty decomposition; a graph with vertices gets at
// least one bag (the PACE format wants a tree, so the bags of different
// components are chained together).
#ifndef SHORTCUT_VERIFY_TREEWIDTH_H_
#define SHORTCUT_VERIFY_TREEWIDTH_H_

#include <cstdint>
#include <optional>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/tree_decomposition.h"

namespace shortcut {

enum class EliminationHeuristic {
  // kMinDegree: eliminate a vertex of smallest current degree.
  kMinDegree,
  // kMinFill: eliminate a vertex whose elimination adds the fewest edges,
  // ties broken by smaller degree (exact on treewidth <= 2). Vertices of
  // degree > 64 are ranked after all others (by degree) until their degree
  // falls, which bounds the cost of a score to 64^2.
  // Scores are refreshed for the neighbours of each eliminated vertex; the
  // scores of vertices two hops away can only fall and are refreshed when
  // they reach the top of the queue, so the choice is a close approximation
  // of exact min-fill.
  kMinFill,
};

// EliminationDecomposition: a valid tree decomposition of g (one bag per
// vertex; bag of v = {v} plus its neighbours later in the order, attached to
// the bag of the earliest of them). Ties are broken by vertex id, so the
// result is deterministic.
// Complexity: O(sum over eliminated v of d(v)^2) hash operations, with d(v)
// the degree of v when eliminated (plus a log factor for the queue); memory
// O(n + m + fill).
template <EdgeWeight W>
TreeDecomposition EliminationDecomposition(const Graph<W>& g, EliminationHeuristic heuristic);

// EliminationDecompositionWithin: the same, but gives up (nullopt) as soon
// as a bag would exceed max_width + 1 vertices (max_width < 0: never). Use
// it on large graphs whose treewidth may be high: the fill of a wide
// elimination is quadratic in the width. Complexity: as above, with every
// degree at most max_width.
template <EdgeWeight W>
std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<W>& g, EliminationHeuristic heuristic,
                                                                int64_t max_width);

// CheckTreeDecomposition: OK iff `td` is a valid tree decomposition of g.
// Errors: FailedPrecondition naming the first violation ("edge (3, 7) is in
// no bag", "bags of vertex 5 are not connected: 2 pieces", ...).
// Complexity: O(n + m + sum of bag sizes * log) time; per bag B, edge
// coverage costs min(|B|^2 log, sum of degrees in B).
template <EdgeWeight W>
absl::Status CheckTreeDecomposition(const Graph<W>& g, const TreeDecomposition& td);

extern template TreeDecomposition EliminationDecomposition(const Graph<uint32_t>&, EliminationHeuristic);
extern template TreeDecomposition EliminationDecomposition(const Graph<double>&, EliminationHeuristic);
extern template std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<uint32_t>&,
                                                                                EliminationHeuristic, int64_t);
extern template std::optional<TreeDecomposition> EliminationDecompositionWithin(const Graph<double>&,
                                                                                EliminationHeuristic, int64_t);
extern template absl::Status CheckTreeDecomposition(const Graph<uint32_t>&, const TreeDecomposition&);
extern template absl::Status CheckTreeDecomposition(const Graph<double>&, const TreeDecomposition&);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_TREEWIDTH_H_
