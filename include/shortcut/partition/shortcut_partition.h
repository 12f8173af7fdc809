// File: shortcut/partition/shortcut_partition.h
//
// ComputeShortcutPartition: the (ε, h)-shortcut partition of SODA 2024 §4
// (Theorem 1.2), built on the buffered cop decomposition.
//
//   ShortcutPartitionOptions options;
//   options.epsilon = 0.25;
//   options.r = 5;  // planar
//   SHORTCUT_ASSIGN_OR_RETURN(ShortcutPartition<uint32_t> p, ComputeShortcutPartition(g, options));
//   p.clustering.cluster_of[v], p.cluster_supernode[c], p.stats.singleton_clusters
//
// Construction: Δ = ε·D/4; a (Δ, Δ/r, r−1)-buffered cop decomposition; in
// every supernode η a Δ-net N of the skeleton T_η, built greedily along each
// root-to-leaf path of T_η (consecutive net points on a path are more than Δ
// apart, every skeleton vertex is within Δ of an earlier net point on its
// path — what Claim 4.4 needs); then each vertex of η joins the cluster of
// the net point its shortest path to N (inside η) leads to, by one
// multi-source Dijkstra per supernode (ties: Dijkstra order (distance, id)).
//
// Guarantees (proven for a K_r-minor-free input, r as promised or detected;
// r = 0 always settles, see cop_decomposition.h):
//   * clusters are connected, lie inside one supernode, and have strong
//     diameter at most 4Δ = ε·D (Lemma 4.2: each cluster contains a shortest
//     path from each of its vertices to its centre, of length <= 2Δ);
//   * low hop: every path P meets clusters forming a cluster-graph path of
//     at most r^{O(r)}·⌈‖P‖/(ε·D)⌉ hops (Lemmas 4.1, 4.5). The proven
//     constant, (54r)^{r−1} per Δ/r-piece, is far above what is measured:
//     verify/partition_checks.h measures the hop constant (along one
//     shortest path per pair; from sampled sources beyond n = 2000).
// When Δ/r is below the edge weights the buffers are empty; when Δ is below
// them, net points are adjacent skeleton vertices and clusters may be single
// vertices: both are valid, and `stats` reports them.
//
// Errors: InvalidArgument for ε outside (0, 1] or bad options.
#ifndef SHORTCUT_PARTITION_SHORTCUT_PARTITION_H_
#define SHORTCUT_PARTITION_SHORTCUT_PARTITION_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/partition/clustering.h"

namespace shortcut {

struct ShortcutPartitionOptions {
  double epsilon = 0;   // cluster strong diameter <= ε·D, ε in (0, 1]
  uint32_t r = 0;       // promised K_r-minor-freeness (0 = unknown)
  RootRule root_rule = RootRule::kFarthestFromBoundaryHops;
  double diameter = 0;  // D; 0 = compute it (exact if it converges)
  uint32_t diameter_sweeps = 0;  // sweeps per component for D; 0 = auto (see ResolveDiameter)
  std::function<void(double)> progress;

  absl::Status Validate() const;
};

struct ShortcutPartitionStats {
  uint32_t clusters = 0;
  uint32_t singleton_clusters = 0;
  uint32_t max_cluster_size = 0;
  uint32_t net_points = 0;
  double delta = 0;  // Δ = ε·D/4
  double time_s = 0; // cop decomposition + clustering (D excluded)
};

template <EdgeWeight W>
struct ShortcutPartition {
  Clustering clustering;
  std::vector<uint32_t> cluster_supernode;  // per cluster
  CopDecomposition<W> cop;
  ShortcutPartitionStats stats;
};

template <EdgeWeight W>
absl::StatusOr<ShortcutPartition<W>> ComputeShortcutPartition(const Graph<W>& g,
                                                              const ShortcutPartitionOptions& options);

// ClusterSupernodes: the clusters of one supernode from its skeleton net (the
// second half of the construction; exposed for the tree cover, which builds
// nets of its own spacing). Appends to `clustering` and `cluster_supernode`.
template <EdgeWeight W>
void ClusterSupernodesByNet(const Graph<W>& g, const CopDecomposition<W>& cop, double net_spacing,
                            Clustering& clustering, std::vector<uint32_t>& cluster_supernode);

extern template absl::StatusOr<ShortcutPartition<uint32_t>> ComputeShortcutPartition(
    const Graph<uint32_t>&, const ShortcutPartitionOptions&);
extern template absl::StatusOr<ShortcutPartition<double>> ComputeShortcutPartition(
    const Graph<double>&, const ShortcutPartitionOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_PARTITION_SHORTCUT_PARTITION_H_
