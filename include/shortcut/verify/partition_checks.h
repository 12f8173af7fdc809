// File: shortcut/verify/partition_checks.h
//
// CheckShortcutPartition: an independent checker of Definition 1.1 (SODA
// 2024) for any clustering, given only the graph and a label per vertex.
//
//   PartitionCheckOptions opt;
//   opt.epsilon = 0.25;
//   opt.diameter = D;              // the D the bound ε·D refers to
//   PartitionCheckReport rep = CheckShortcutPartition(g, labels, opt);
//   rep.status, rep.max_strong_diameter, rep.hop_constant_max, rep.worst_u ...
//
// Checked (first violation returned, with a counterexample):
//   * the labels partition V and every cluster induces a connected subgraph;
//   * every cluster has strong diameter <= ε·D, computed exactly (Takes–
//     Kosters bounding diameters inside the cluster, run to convergence);
//   * low hop, as the paper defines it: hops(u, v) is the fewest cluster-
//     graph hops from u's cluster to v's cluster using only clusters that
//     meet π(u, v), where π(u, v) is the path from u to v in the Dijkstra
//     tree of u (ties (distance, id)). Since the definition asks for one
//     shortest path, this certifies the bound for the pair. The hop constant
//     of a pair is hops(u, v) / ⌈d(u, v)/(ε·D)⌉; we report its maximum, p99
//     and mean over ordered pairs u ≠ v in one component — over all pairs
//     when n <= all_pairs_limit, otherwise over all pairs from `sources`
//     sampled sources (seeded) — and, when max_hop_constant H > 0, fail on
//     the first checked pair with hops(u, v) > H·⌈d(u, v)/(ε·D)⌉, naming it
//     (a failure is about π(u, v): another shortest path of the pair may
//     need fewer hops; pairs outside the sample are not checked).
// hops(u, v) is maintained incrementally along a depth-first walk of u's
// Dijkstra tree (insert a cluster, relax the BFS distances it improves, undo
// on the way back), so a source costs about one Dijkstra plus the changes.
// p99 comes from a histogram with bins of width 1/64 (reported as the upper
// edge of its bin); max and mean are exact.
#ifndef SHORTCUT_VERIFY_PARTITION_CHECKS_H_
#define SHORTCUT_VERIFY_PARTITION_CHECKS_H_

#include <cstdint>
#include <functional>
#include <span>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"

namespace shortcut {

struct PartitionCheckOptions {
  double epsilon = 0;
  double diameter = 0;             // D (> 0)
  double max_hop_constant = 0;     // 0: measure only
  uint32_t all_pairs_limit = 2000;
  uint32_t sources = 200;          // sampled sources above the limit
  uint64_t seed = 1;
  bool check_hops = true;
  std::function<void(double)> progress;
};

struct PartitionCheckReport {
  absl::Status status;
  uint32_t clusters = 0;
  uint32_t singleton_clusters = 0;
  double max_strong_diameter = 0;
  double max_strong_diameter_over_eps_d = 0;
  uint32_t cluster_graph_edges = 0;
  double hop_constant_max = 0;
  double hop_constant_p99 = 0;
  double hop_constant_mean = 0;
  uint32_t max_hops = 0;
  uint64_t pairs_checked = 0;
  uint32_t sources_used = 0;
  bool all_pairs = false;
  // The pair realising hop_constant_max.
  VertexId worst_u = kNoVertex, worst_v = kNoVertex;
  uint32_t worst_hops = 0;
  double worst_distance = 0;
  double time_s = 0;
};

template <EdgeWeight W>
PartitionCheckReport CheckShortcutPartition(const Graph<W>& g, std::span<const uint32_t> labels,
                                            const PartitionCheckOptions& options);

extern template PartitionCheckReport CheckShortcutPartition(const Graph<uint32_t>&, std::span<const uint32_t>,
                                                            const PartitionCheckOptions&);
extern template PartitionCheckReport CheckShortcutPartition(const Graph<double>&, std::span<const uint32_t>,
                                                            const PartitionCheckOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_PARTITION_CHECKS_H_
