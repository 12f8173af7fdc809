// File: shortcut/verify/oracle_checks.h
//
// Independent checkers of approximate distances: domination (estimate >=
// exact) and stretch (estimate <= (1+ε)·exact). They share nothing with the
// constructions but the graph and the Dijkstra engine: exact distances are
// computed here, one full Dijkstra per source.
//
//   OracleCheckOptions opt;                    // ε taken from the oracle
//   OracleCheckReport rep = CheckDistanceOracle(g, oracle, opt);
//   if (!rep.status.ok()) Print(rep.status.message());   // names the worst pair
//   rep.max_stretch, rep.p99_stretch, rep.mean_stretch, rep.worst_u, rep.worst_v
//
// Pairs checked:
//   * n <= all_pairs_limit: every unordered pair {u, v}, u != v;
//   * otherwise: `random_pairs` uniformly random pairs, drawn as
//     random_pairs / pairs_per_source random sources with pairs_per_source
//     random targets each (one Dijkstra per source serves all its targets),
//     plus every pair (s, v) for `sources` further random sources.
// The stretch test is exact for integer weights: with ε = M·2^k its binary
// value, estimate − d <= ε·d is decided in 128-bit integers. Pairs in
// different components must be answered kUnreachable (any finite answer
// breaks domination); a pair in one component answered kUnreachable breaks
// stretch. Stretch statistics are over connected pairs u != v; p99 comes from
// a histogram of bin width 1e-4 (the upper edge of its bin), max and mean are
// exact.
//
// Complexity: one Dijkstra per source plus one estimate per pair.
#ifndef SHORTCUT_VERIFY_ORACLE_CHECKS_H_
#define SHORTCUT_VERIFY_ORACLE_CHECKS_H_

#include <cstdint>
#include <functional>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut {

struct OracleCheckOptions {
  double epsilon = 0;                 // 0: the oracle's own ε (required for CheckDistanceEstimates)
  uint32_t all_pairs_limit = 3000;    // every pair when n <= this
  uint64_t random_pairs = 100000;     // above the limit
  uint32_t pairs_per_source = 1000;   // random targets per random source
  uint32_t sources = 10;              // above the limit: all pairs from these many sources
  uint64_t seed = 1;
  uint32_t threads = 1;               // sources are checked in parallel
  bool force_all_pairs = false;       // every pair whatever n (O(n) Dijkstras)
  std::function<void(double)> progress;  // in [0, 1]; called from the calling thread
};

struct OracleCheckReport {
  absl::Status status;                // the first violation, with the worst pair
  bool all_pairs = false;
  uint64_t pairs_checked = 0;         // including unreachable pairs
  uint64_t unreachable_pairs = 0;
  uint32_t sources_used = 0;
  uint64_t domination_violations = 0;
  uint64_t stretch_violations = 0;
  double max_stretch = 0;             // estimate / d over connected pairs
  double p99_stretch = 0;
  double mean_stretch = 0;
  VertexId worst_u = kNoVertex, worst_v = kNoVertex;  // the pair of max_stretch (or of a violation)
  uint64_t worst_estimate = 0, worst_distance = 0;
  double time_s = 0;
};

// CheckDistanceEstimates: checks `estimate(u, v)` (which must be safe to call
// from several threads at once when options.threads > 1) against exact
// distances in `g`.
// Requires: options.epsilon > 0 (else the status is InvalidArgument).
// Returns: the report; status FailedPrecondition names the first violating
// pair (domination first), with its estimate and distance.
// Complexity: one full Dijkstra per source plus one estimate per pair;
// deterministic for every thread count.
OracleCheckReport CheckDistanceEstimates(const Graph<uint32_t>& g,
                                         const std::function<uint64_t(VertexId, VertexId)>& estimate,
                                         const OracleCheckOptions& options);

// CheckDistanceOracle: the oracle must have been built for `g` (same vertex
// count and fingerprint, else FailedPrecondition), then as above with ε =
// options.epsilon, or the oracle's ε when that is 0.
OracleCheckReport CheckDistanceOracle(const Graph<uint32_t>& g, const DistanceOracle& oracle,
                                      const OracleCheckOptions& options);

// WithinStretch(estimate, d, ε): estimate <= (1+ε)·d, exactly.
bool WithinStretch(uint64_t estimate, uint64_t d, double epsilon);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_ORACLE_CHECKS_H_
