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
//   ReadPaceTreeDecomposition / WritePaceTreeDecomposition  the PACE 2017
//       ".td" format ("s td BAGS MAXBAG N", "b ID v1 v2 ...", tree edges
//       "i j", 1-based ids, "c" comments).
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
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
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

// PaceTreeDecomposition: a decomposition read from a file, with vertex ids
// as written in it (1-based ids become 0-based: file id i is vertex i - 1)
// and the vertex count of its "s td" line.
struct PaceTreeDecomposition {
  TreeDecomposition decomposition;
  uint64_t num_vertices = 0;
};

// ParsePaceTreeDecomposition: parses .td text; `name` is used in messages.
// Errors: InvalidArgument "NAME:LINE: ..." for a missing or repeated "s td"
// line, bag ids out of range or repeated, vertex ids outside [1, N], counts
// that disagree with the header, or malformed numbers.
absl::StatusOr<PaceTreeDecomposition> ParsePaceTreeDecomposition(std::string_view text, std::string_view name);

// ReadPaceTreeDecomposition: ParsePaceTreeDecomposition on a file.
// Errors: NotFound for a missing file; as above otherwise.
absl::StatusOr<PaceTreeDecomposition> ReadPaceTreeDecomposition(const std::string& path);

// FormatPaceTreeDecomposition / WritePaceTreeDecomposition: the .td text of
// `td` for a graph of `num_vertices` vertices (vertex v written as v + 1),
// with an optional comment. Write errors: NotFound, PermissionDenied,
// ResourceExhausted or Unknown from the file system.
std::string FormatPaceTreeDecomposition(const TreeDecomposition& td, uint64_t num_vertices,
                                        std::string_view comment = {});
absl::Status WritePaceTreeDecomposition(const std::string& path, const TreeDecomposition& td,
                                        uint64_t num_vertices, std::string_view comment = {});

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
