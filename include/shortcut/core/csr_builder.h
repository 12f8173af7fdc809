// File: shortcut/core/csr_builder.h
//
// BuildGraphFromCsr: the entry point for a graph that is already in
// compressed sparse row form (a SciPy csr_matrix, a CSR read from disk, the
// arrays of another library), validated in O(n + m) time and never sorted:
//
//   std::vector<ArcId> offsets = {0, 1, 3, 4};   // path 0 - 1 - 2
//   std::vector<VertexId> heads = {1, 0, 2, 1};
//   std::vector<uint64_t> weights = {5, 5, 7, 7};
//   absl::StatusOr<Graph<uint32_t>> g = BuildGraphFromCsr<uint32_t>(
//       std::span<const ArcId>(offsets), std::span<const VertexId>(heads),
//       std::span<const uint64_t>(weights));
//
// The input is the symmetric arc form of an undirected graph: the arcs of
// vertex v are heads[offsets[v] .. offsets[v + 1]), each edge {u, v} appears
// as the arc u->v and the arc v->u, with equal weights. Requirements, each
// checked:
//   * offsets has n + 1 entries, offsets[0] == 0, offsets is non-decreasing
//     and offsets[n] == heads.size() == weights.size();
//   * every head is < n; the heads of each vertex strictly increase (sorted,
//     no parallel arcs);
//   * every arc u->v has its reverse v->u with the same weight;
//   * weights are positive (finite for double) and fit W (ConvertWeight,
//     core/types.h);
//   * self-loops (v in the arcs of v) are dropped and counted, or rejected
//     (CsrOptions::self_loops).
// The result is the same Graph (same arrays, same edge ids) as BuildGraph
// on the edge list of the input's edges. Inputs that need the builder's
// repairs (unsorted arcs, parallel arcs, asymmetric weights, a directed
// input, zero weights to contract) are rejected here: give their edge list
// to BuildGraph (core/graph_builder.h), which sorts, merges and
// symmetrises.
//
// Errors: InvalidArgument for malformed arrays (naming the vertex or the arc
// at fault: sizes, offsets, heads out of range or unsorted or repeated, an
// arc without its reverse or with a different reverse weight, a weight that
// does not fit W, a negative or non-finite double); FailedPrecondition for a
// zero weight, or a self-loop under SelfLoopPolicy::kReject;
// ResourceExhausted for more vertices or arcs than 32-bit ids allow.
// Complexity: O(n + m) time; O(m) extra space (plus an O(m) converted copy
// of the weights when their type is not W).
#ifndef SHORTCUT_CORE_CSR_BUILDER_H_
#define SHORTCUT_CORE_CSR_BUILDER_H_

#include <cstdint>
#include <span>
#include <type_traits>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"
#include "shortcut/core/types.h"

namespace shortcut {

struct CsrOptions {
  SelfLoopPolicy self_loops = SelfLoopPolicy::kDrop;
};

// The fast path for weights already of type W (instantiated for uint32_t
// and double in src/core/graph.cc). `stats`, when given, receives
// input_edges (arcs / 2, self-loops counted once) and self_loops_dropped.
template <EdgeWeight W>
absl::StatusOr<Graph<W>> BuildGraphFromCsrArrays(std::span<const ArcId> offsets,
                                                 std::span<const VertexId> heads,
                                                 std::span<const W> weights,
                                                 const CsrOptions& options = {},
                                                 BuildStats* stats = nullptr);

extern template absl::StatusOr<Graph<uint32_t>> BuildGraphFromCsrArrays(
    std::span<const ArcId>, std::span<const VertexId>, std::span<const uint32_t>,
    const CsrOptions&, BuildStats*);
extern template absl::StatusOr<Graph<double>> BuildGraphFromCsrArrays(
    std::span<const ArcId>, std::span<const VertexId>, std::span<const double>, const CsrOptions&,
    BuildStats*);

// BuildGraphFromCsr<W>: any InputWeight type; weights of another type are
// converted (range-checked) into a temporary array first.
template <EdgeWeight W, InputWeight T>
absl::StatusOr<Graph<W>> BuildGraphFromCsr(std::span<const ArcId> offsets,
                                           std::span<const VertexId> heads,
                                           std::span<const T> weights,
                                           const CsrOptions& options = {},
                                           BuildStats* stats = nullptr) {
  if constexpr (std::is_same_v<T, W>) {
    return BuildGraphFromCsrArrays<W>(offsets, heads, weights, options, stats);
  } else {
    std::vector<W> converted(weights.size());
    for (std::size_t a = 0; a < weights.size(); ++a) {
      if (!ConvertWeight<W>(weights[a], &converted[a])) {
        return InvalidArgumentError("arc #{} has weight {}, which does not fit the graph's weight type",
                                    a, weights[a]);
      }
    }
    return BuildGraphFromCsrArrays<W>(offsets, heads, std::span<const W>(converted), options, stats);
  }
}

}  // namespace shortcut

#endif  // SHORTCUT_CORE_CSR_BUILDER_H_
