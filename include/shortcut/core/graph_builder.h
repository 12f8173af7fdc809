// File: shortcut/core/graph_builder.h
//
// BuildGraph: the validating constructor of Graph<W>. It takes an EdgeList
// (what a reader or generator produced) and returns a canonical simple graph:
//
//   EdgeList<uint32_t> list;
//   list.num_vertices = 3;
//   list.edges = {{0, 1, 5}, {1, 2, 7}, {1, 0, 4}};
//   BuildStats stats;
//   absl::StatusOr<Graph<uint32_t>> g = BuildGraph(std::move(list), {}, &stats);
//   // g has 2 edges; {0,1} kept weight 4; stats.parallel_edges_merged == 1.
//
// Policies (BuildOptions): self-loops are dropped and counted (or rejected);
// parallel edges keep the minimum weight (or are rejected); a directed input
// is symmetrised with the minimum weight of both directions, and the arcs
// without a reverse are counted; zero-weight edges are rejected unless
// `zero_weights = kContract`, which merges their endpoints (the merged vertex
// keeps the smallest external id, the others become aliases).
//
// Errors: InvalidArgument for endpoints >= num_vertices, non-finite or
// negative double weights, or wrong-sized coordinate/id arrays;
// FailedPrecondition for a zero weight under kReject or a self-loop/parallel
// edge under kReject; ResourceExhausted when the edges do not fit 32-bit arc
// ids. Complexity: O(m log m) time, O(n + m) extra space.
#ifndef SHORTCUT_CORE_GRAPH_BUILDER_H_
#define SHORTCUT_CORE_GRAPH_BUILDER_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

template <EdgeWeight W>
struct EdgeList {
  VertexId num_vertices = 0;
  std::vector<WeightedEdge<W>> edges;
  // When true, edges are arcs tail->head; the graph is their symmetrisation.
  bool directed = false;
  std::vector<Point> coordinates;     // empty, or one per vertex
  std::vector<uint64_t> external_ids; // empty (id = index), or one per vertex
};

enum class SelfLoopPolicy { kDrop, kReject };
enum class ParallelEdgePolicy { kKeepMinimum, kReject };
enum class ZeroWeightPolicy { kReject, kContract };

struct BuildOptions {
  SelfLoopPolicy self_loops = SelfLoopPolicy::kDrop;
  ParallelEdgePolicy parallel_edges = ParallelEdgePolicy::kKeepMinimum;
  ZeroWeightPolicy zero_weights = ZeroWeightPolicy::kReject;
};

struct BuildStats {
  uint64_t input_edges = 0;
  uint64_t self_loops_dropped = 0;
  uint64_t parallel_edges_merged = 0;  // duplicates removed (after symmetrisation)
  bool directed_input = false;
  uint64_t arcs_without_reverse = 0;     // directed input: arcs u->v with no v->u
  uint64_t arcs_with_asymmetric_weight = 0;  // directed input: w(u,v) != w(v,u)
  uint64_t zero_weight_edges = 0;        // contracted (kContract only)
  uint64_t vertices_merged = 0;          // input vertices removed by contraction
};

template <EdgeWeight W>
absl::StatusOr<Graph<W>> BuildGraph(EdgeList<W> list, const BuildOptions& options = {},
                                    BuildStats* stats = nullptr);

extern template absl::StatusOr<Graph<uint32_t>> BuildGraph(EdgeList<uint32_t>, const BuildOptions&,
                                                           BuildStats*);
extern template absl::StatusOr<Graph<double>> BuildGraph(EdgeList<double>, const BuildOptions&,
                                                         BuildStats*);

}  // namespace shortcut

#endif  // SHORTCUT_CORE_GRAPH_BUILDER_H_
