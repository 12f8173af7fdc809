// File: shortcut/verify/spr_checks.h
//
// CheckSteinerPointRemoval: an independent checker of a Steiner-point-removal
// result, given only the graph, the terminals, the assignment f: V -> K and
// the minor's edges. It shares nothing with the constructions except the
// graph and the Dijkstra engine.
//
//   SprCheckReport rep = CheckSteinerPointRemoval(g, terminals, spr.terminal_of, spr.minor_edges);
//   if (!rep.status.ok()) Print(rep.status);       // the first counterexample
//   rep.max_distortion, rep.mean_distortion, rep.worst_u, rep.worst_v
//
// Checked, in this order (the first violation is returned, naming the
// vertices involved by their external ids):
//   1. f is a map V -> K: one entry per vertex, every value a terminal, and
//      f(t) = t for every terminal (so each region holds exactly one
//      terminal);
//   2. every region f^-1(t) induces a connected subgraph (a breadth-first
//      search from t inside the region reaches all of it);
//   3. M is a minor of G through f: every edge joins two distinct
//      terminals, appears once, and the regions of its endpoints touch (some
//      edge of G joins them);
//   4. every edge {u, v} of M weighs exactly d_G(u, v) (Dijkstra on G; for
//      double weights within a relative tolerance);
//   5. distortion: for every pair of terminals connected in G, d_M(u, v) is
//      finite and d_M >= d_G (Dijkstra on M and on G from every terminal);
//      the report holds the maximum and the mean of d_M/d_G and the worst
//      pair. With `max_sources` set and more terminals than that, only the
//      pairs with an endpoint among `max_sources` terminals sampled with
//      `seed` are measured (the report says so). With `max_distortion` X > 0,
//      the first measured pair with d_M > X·d_G fails the check, naming it.
// Minor edges may be given with either endpoint first.
//
// Errors (in `status`): InvalidArgument for an empty, repeated or
// out-of-range terminal; FailedPrecondition with a counterexample for every
// violated property. Complexity: O(s·(m log n + m_M log k)) for s sources
// (s = |K| by default), plus one Dijkstra per terminal stopped at its minor
// neighbours; O(n + m_M) memory.
#ifndef SHORTCUT_VERIFY_SPR_CHECKS_H_
#define SHORTCUT_VERIFY_SPR_CHECKS_H_

#include <cstdint>
#include <functional>
#include <span>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/steiner/minor.h"

namespace shortcut {

struct SprCheckOptions {
  // 0: every terminal is a source (the exact distortion over all pairs).
  // Otherwise, when there are more terminals, this many sampled sources.
  uint32_t max_sources = 0;
  uint64_t seed = 1;
  // X > 0: fail on the first measured pair with d_M > X·d_G (0: measure only).
  double max_distortion = 0;
  // Double weights only: relative tolerance of the weight and d_M >= d_G
  // comparisons. Integer weights are compared exactly.
  double relative_tolerance = 1e-9;
  std::function<void(double)> progress;  // in [0, 1]; may be empty
};

struct SprCheckReport {
  absl::Status status;
  uint32_t terminals = 0;
  uint64_t minor_edges = 0;
  uint32_t max_region_size = 0;
  uint32_t sources = 0;      // terminals Dijkstra ran from (for distortion)
  bool all_pairs = false;    // every pair of terminals was measured
  uint64_t pairs = 0;        // unordered pairs measured (connected in G)
  double max_distortion = 0;
  double mean_distortion = 0;
  // The pair realising max_distortion (vertex ids of g).
  VertexId worst_u = kNoVertex, worst_v = kNoVertex;
  double worst_graph_distance = 0, worst_minor_distance = 0;
  double time_s = 0;
};

template <EdgeWeight W>
SprCheckReport CheckSteinerPointRemoval(const Graph<W>& g, std::span<const VertexId> terminals,
                                        std::span<const VertexId> terminal_of,
                                        std::span<const MinorEdge<W>> minor_edges,
                                        const SprCheckOptions& options = {});

extern template SprCheckReport CheckSteinerPointRemoval(const Graph<uint32_t>&, std::span<const VertexId>,
                                                        std::span<const VertexId>,
                                                        std::span<const MinorEdge<uint32_t>>, const SprCheckOptions&);
extern template SprCheckReport CheckSteinerPointRemoval(const Graph<double>&, std::span<const VertexId>,
                                                        std::span<const VertexId>,
                                                        std::span<const MinorEdge<double>>, const SprCheckOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_SPR_CHECKS_H_
