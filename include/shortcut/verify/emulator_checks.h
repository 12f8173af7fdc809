// File: shortcut/verify/emulator_checks.h
//
// CheckLowHopEmulator: an independent checker of a (1+ε) low-hop emulator
// (emulator/low_hop_emulator.h). It shares nothing with the construction
// but the graph and the Dijkstra engine: every distance of G is recomputed
// here, and H is only read as a graph.
//
//   EmulatorCheckOptions opt;
//   opt.epsilon = 0.25;
//   EmulatorCheckReport rep = CheckLowHopEmulator(g, h, opt);
//   if (!rep.status.ok()) Print(rep.status.message());   // a counterexample, with ids
//
// Checked, in this order:
//   1. H has g's vertex count;
//   2. domination on every edge {x, y} of H: w(x, y) >= δ_G(x, y) (each
//      edge is charged to its endpoint of larger H-degree, which runs one
//      Dijkstra in G bounded by the largest weight charged to it);
//   3. 2-hop stretch: for every source s checked (every vertex when n <=
//      all_pairs_limit, else `sources` random ones) and every target t,
//      the shortest path of at most 2 hops in H (a 2-round Bellman–Ford
//      from s in H) has length d2 with δ_G(s, t) <= d2 <= (1+ε)·δ_G(s, t),
//      decided exactly (WithinStretch); a pair of different components of G
//      must have no such path.
// Statuses: FailedPrecondition naming the first violation (the edge, or the
// pair with its 2-hop length, the middle vertex and δ); InvalidArgument for
// ε <= 0 or a vertex-count mismatch. Vertex ids in messages are external.
// Complexity: domination one bounded Dijkstra per charged vertex; stretch
// per source one Dijkstra in G plus Σ_{x ∈ N_H(s)} deg_H(x).
#ifndef SHORTCUT_VERIFY_EMULATOR_CHECKS_H_
#define SHORTCUT_VERIFY_EMULATOR_CHECKS_H_

#include <cstdint>
#include <functional>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"

namespace shortcut {

struct EmulatorCheckOptions {
  double epsilon = 0;               // required, > 0
  uint32_t all_pairs_limit = 3000;  // every pair when n <= this
  uint32_t sources = 20;            // above the limit: all pairs from these many random sources
  uint64_t seed = 1;
  bool check_domination = true;
  bool check_stretch = true;
  std::function<void(double)> progress;  // in [0, 1]
};

struct EmulatorCheckReport {
  absl::Status status;
  uint64_t edges_checked = 0;        // domination
  uint64_t domination_searches = 0;  // Dijkstras for domination
  bool all_pairs = false;
  uint32_t sources_used = 0;
  uint64_t pairs_checked = 0;        // ordered pairs (s, t), s != t, including unreachable ones
  uint64_t unreachable_pairs = 0;
  uint64_t one_hop_pairs = 0;        // pairs whose best ≤ 2-hop path is the direct edge
  double max_stretch = 0;            // d2 / δ over connected pairs
  double mean_stretch = 0;
  VertexId worst_u = kNoVertex, worst_v = kNoVertex;
  uint64_t worst_estimate = 0, worst_distance = 0;
  double time_s = 0;
};

// CheckLowHopEmulator: runs the checks above on `h` for `g`.
// Requires: nothing (any H is answered with a status). Deterministic.
EmulatorCheckReport CheckLowHopEmulator(const Graph<uint32_t>& g, const Graph<uint32_t>& h,
                                        const EmulatorCheckOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_EMULATOR_CHECKS_H_
