// File: shortcut/partition/baselines.h
//
// Baseline clusterings with the same cluster-diameter bound as the shortcut
// partition (strong diameter <= ε·D), to compare hop constants against:
//
//   ComputeNetPartition   Voronoi cells of a greedy R-net, R = ε·D/2: scan
//                         vertices in id order; an uncovered vertex becomes a
//                         centre and covers its R-ball; then every vertex
//                         joins its nearest centre (multi-source Dijkstra,
//                         ties (distance, id)). A vertex's shortest path to
//                         its centre stays in its cell, so cells are
//                         connected with strong radius <= R.
//   ComputeMpxPartition   exponential-shift clustering (Miller, Peng, Xu
//                         2013): every vertex u draws δ_u ~ Exp(β) (seeded),
//                         truncated at R = ε·D/2, and v joins the u
//                         minimising d(u, v) − δ_u. Truncation guarantees
//                         strong radius <= R; β = 2·ln(n)/R makes truncation
//                         rare (probability <= 1/n² per vertex).
//
// Neither has a hop guarantee: on adversarial families (combs, long spokes)
// their hop constant grows with n.
//
//   BaselineOptions options{.epsilon = 0.25};
//   SHORTCUT_ASSIGN_OR_RETURN(Clustering c, ComputeNetPartition(g, options));
#ifndef SHORTCUT_PARTITION_BASELINES_H_
#define SHORTCUT_PARTITION_BASELINES_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/partition/clustering.h"

namespace shortcut {

struct BaselineOptions {
  double epsilon = 0;
  double diameter = 0;            // D; 0 = compute it
  uint32_t diameter_sweeps = 0;  // 0 = auto (see ResolveDiameter)
  uint64_t seed = 1;              // MPX only
  absl::Status Validate() const;
};

template <EdgeWeight W>
absl::StatusOr<Clustering> ComputeNetPartition(const Graph<W>& g, const BaselineOptions& options);

template <EdgeWeight W>
absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<W>& g, const BaselineOptions& options);

extern template absl::StatusOr<Clustering> ComputeNetPartition(const Graph<uint32_t>&, const BaselineOptions&);
extern template absl::StatusOr<Clustering> ComputeNetPartition(const Graph<double>&, const BaselineOptions&);
extern template absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<uint32_t>&, const BaselineOptions&);
extern template absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<double>&, const BaselineOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_PARTITION_BASELINES_H_
