// File: shortcut/partition/clustering.h
//
// Clustering: the common result of every partition method (the shortcut
// partition and the baselines): a label per vertex, a centre per cluster,
// and the diameter D the cluster-diameter bound ε·D refers to.
//
// DiameterKind says what D is: kExact (the graph's weighted diameter, the
// largest over its connected components), kUpperBound (an upper bound of at
// most twice the diameter: 2·ecc of some vertex, when the exact computation
// did not converge within its sweep budget), or kGiven (supplied by the
// caller).
#ifndef SHORTCUT_PARTITION_CLUSTERING_H_
#define SHORTCUT_PARTITION_CLUSTERING_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

enum class DiameterKind { kExact, kUpperBound, kGiven };

inline std::string_view DiameterKindName(DiameterKind kind) {
  switch (kind) {
    case DiameterKind::kExact: return "exact";
    case DiameterKind::kUpperBound: return "upper_bound";
    case DiameterKind::kGiven: return "given";
  }
  return "?";
}

struct Clustering {
  double epsilon = 0;
  double diameter = 0;  // D
  DiameterKind diameter_kind = DiameterKind::kExact;
  std::vector<uint32_t> cluster_of;  // per vertex, in [0, NumClusters())
  std::vector<VertexId> center;      // per cluster
  double time_s = 0;                 // construction time (without D)
  double diameter_time_s = 0;        // time spent computing D

  uint32_t NumClusters() const { return static_cast<uint32_t>(center.size()); }
};

// ResolveDiameter: D for a graph. `given` > 0 is used as is (kGiven);
// otherwise the exact diameter by BoundingDiameters with `max_sweeps`
// sweeps per component, falling back to the upper bound (<= 2·diam).
// max_sweeps = 0 means automatic: max(16, 2^21 / n) sweeps, i.e. at most
// about 2^21 settled vertices (or 16 full Dijkstra runs on large graphs).
template <EdgeWeight W>
void ResolveDiameter(const Graph<W>& g, double given, uint32_t max_sweeps, Clustering& out);

extern template void ResolveDiameter(const Graph<uint32_t>&, double, uint32_t, Clustering&);
extern template void ResolveDiameter(const Graph<double>&, double, uint32_t, Clustering&);

}  // namespace shortcut

#endif  // SHORTCUT_PARTITION_CLUSTERING_H_
