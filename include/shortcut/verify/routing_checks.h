// File: shortcut/verify/routing_checks.h
//
// CheckRoutingScheme: an independent check of a compact routing scheme
// (routing/routing_scheme.h) by simulation on the graph: packets are
// forwarded with StartRoute and NextHop only, on ports of G's arcs, and
// the routed walks are measured in G against exact distances.
//
//   RoutingCheckOptions opt;                  // ε 0 = the scheme's own ε
//   RoutingCheckReport rep = CheckRoutingScheme(g, scheme, opt);
//
// Checked: the scheme was built for g (vertex count, GraphFingerprint);
// then for every pair (n <= all_pairs_limit) or every pair of `sources`
// random sources: a packet from s to t (connected) arrives at t within n
// hops, every hop taking an existing port (an edge of G), with walk length
// <= (1+ε)·δ(s, t) decided exactly (WithinStretch); across components no
// packet is started. Statuses: FailedPrecondition naming the first
// violation (the pair and what went wrong), InvalidArgument for bad
// options. Reports the table, header and packet sizes too.
#ifndef SHORTCUT_VERIFY_ROUTING_CHECKS_H_
#define SHORTCUT_VERIFY_ROUTING_CHECKS_H_

#include <cstdint>
#include <functional>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut {

struct RoutingCheckOptions {
  double epsilon = 0;               // 0: the scheme's own ε
  uint32_t all_pairs_limit = 3000;  // every pair when n <= this
  uint32_t sources = 20;            // above the limit: all pairs from these many random sources
  uint64_t seed = 1;
  std::function<void(double)> progress;
};

struct RoutingCheckReport {
  absl::Status status;
  bool all_pairs = false;
  uint32_t sources_used = 0;
  uint64_t pairs_checked = 0;      // ordered pairs s != t, unreachable ones included
  uint64_t unreachable_pairs = 0;
  uint64_t hops = 0;               // over all routed pairs
  uint64_t max_hops = 0;
  double max_stretch = 0;          // routed length / δ
  double mean_stretch = 0;
  VertexId worst_u = kNoVertex, worst_v = kNoVertex;
  uint64_t worst_length = 0, worst_distance = 0;
  double next_hop_calls = 0;
  double time_s = 0;
};

RoutingCheckReport CheckRoutingScheme(const Graph<uint32_t>& g, const RoutingScheme& scheme,
                                      const RoutingCheckOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_ROUTING_CHECKS_H_
