// The shortcut partition of SODA 2024 §4 on top of the buffered cop
// decomposition; see shortcut_partition.h.
#include "shortcut/partition/shortcut_partition.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/diameter.h"
#include "shortcut/sssp/bucket_search.h"

namespace shortcut {

template <EdgeWeight W>
void ResolveDiameter(const Graph<W>& g, double given, uint32_t max_sweeps, Clustering& out) {
  const auto start = std::chrono::steady_clock::now();
  if (given > 0) {
    out.diameter = given;
    out.diameter_kind = DiameterKind::kGiven;
  } else {
    if (max_sweeps == 0) {
      max_sweeps = std::max<uint32_t>(16, static_cast<uint32_t>((uint64_t{1} << 21) / std::max<VertexId>(1, g.NumVertices())));
    }
    const DiameterBounds<W> b = GraphDiameter(g, max_sweeps);
    out.diameter = static_cast<double>(b.exact ? b.lower : b.upper);
    out.diameter_kind = b.exact ? DiameterKind::kExact : DiameterKind::kUpperBound;
  }
  out.diameter_time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template void ResolveDiameter(const Graph<uint32_t>&, double, uint32_t, Clustering&);
template void ResolveDiameter(const Graph<double>&, double, uint32_t, Clustering&);

absl::Status ShortcutPartitionOptions::Validate() const {
  if (!(epsilon > 0) || !(epsilon <= 1)) {
    return InvalidArgumentError("shortcut partition: epsilon must be in (0, 1], got {}", epsilon);
  }
  if (r != 0 && r < 3) {
    return InvalidArgumentError("shortcut partition: r must be at least 3 (or 0 for unknown), got {}", r);
  }
  if (diameter < 0 || !std::isfinite(diameter)) {
    return InvalidArgumentError("shortcut partition: diameter must be positive (or 0 to compute it)");
  }
  return absl::OkStatus();
}

template <EdgeWeight W>
void ClusterSupernodesByNet(const Graph<W>& g, const CopDecomposition<W>& cop, double net_spacing,
                            Clustering& clustering, std::vector<uint32_t>& cluster_supernode) {
  using Distance = DistanceOf<W>;
  const VertexId n = g.NumVertices();
  clustering.cluster_of.assign(n, kNoSupernode);
  std::vector<uint32_t> position(n, 0);  // index of a skeleton vertex in its skeleton
  std::vector<Distance> last_net;        // per skeleton vertex: distance of the last net point above it
  // No distance inside η exceeds (|η| − 1)·w_max: the searches' bound (not a
  // stop), which keeps the bucket queue's stamps from wrapping.
  std::vector<uint32_t> supernode_size(cop.NumSupernodes(), 0);
  for (uint32_t s : cop.supernode_of) ++supernode_size[s];
  Distance max_weight = 0;
  for (W w : g.WeightArray()) max_weight = std::max<Distance>(max_weight, w);
  // Dijkstra order ((distance, id)) and labels as DijkstraEngine's, on the
  // cheapest queue the weights allow.
  BucketSearch<W> search(g);
  std::vector<VertexId> sources;
  std::vector<uint32_t> labels;
  const long double spacing = net_spacing;
  for (uint32_t s = 0; s < cop.NumSupernodes(); ++s) {
    const auto skeleton = cop.Skeleton(s);
    const auto parents = cop.SkeletonParents(s);
    const auto dist = cop.SkeletonDistances(s);
    last_net.assign(skeleton.size(), 0);
    sources.clear();
    labels.clear();
    // Greedy net along every root-to-leaf path of T_η. Skeleton vertices are
    // sorted by distance from the root, so parents come first.
    for (std::size_t i = 0; i < skeleton.size(); ++i) {
      const VertexId v = skeleton[i];
      position[v] = static_cast<uint32_t>(i);
      bool is_net;
      if (parents[i] == kNoVertex) {
        is_net = true;
      } else {
        const Distance above = last_net[position[parents[i]]];
        is_net = static_cast<long double>(dist[i] - above) > spacing;
        last_net[i] = above;
      }
      if (is_net) {
        last_net[i] = dist[i];
        const uint32_t c = clustering.NumClusters();
        clustering.center.push_back(v);
        cluster_supernode.push_back(s);
        sources.push_back(v);
        labels.push_back(c);
      }
    }
    // Each vertex of η joins the cluster its shortest path to N leads to.
    Distance bound = kInfinity<W>;
    if constexpr (std::unsigned_integral<W>) bound = Distance{supernode_size[s]} * max_weight;
    search.RunFrom(
        g, sources, labels, LabelDomain{cop.supernode_of, s}, bound, [](VertexId) { return true; },
        [&](VertexId v) {
          clustering.cluster_of[v] = search.Label(v);
          return true;
        });
  }
}

template void ClusterSupernodesByNet(const Graph<uint32_t>&, const CopDecomposition<uint32_t>&, double,
                                     Clustering&, std::vector<uint32_t>&);
template void ClusterSupernodesByNet(const Graph<double>&, const CopDecomposition<double>&, double,
                                     Clustering&, std::vector<uint32_t>&);

template <EdgeWeight W>
absl::StatusOr<ShortcutPartition<W>> ComputeShortcutPartition(const Graph<W>& g,
                                                              const ShortcutPartitionOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  ShortcutPartition<W> out;
  out.clustering.epsilon = options.epsilon;
  ResolveDiameter(g, options.diameter, options.diameter_sweeps, out.clustering);
  const auto start = std::chrono::steady_clock::now();
  const double delta = options.epsilon * out.clustering.diameter / 4;
  out.stats.delta = delta;
  if (g.NumVertices() > 0 && !(delta > 0)) {
    // D = 0: every component is a single vertex; each is its own cluster.
    out.clustering.cluster_of.resize(g.NumVertices());
    for (VertexId v : g.Vertices()) {
      out.clustering.cluster_of[v] = v;
      out.clustering.center.push_back(v);
    }
  } else if (g.NumVertices() > 0) {
    CopDecompositionOptions cop_options;
    cop_options.radius = delta;
    cop_options.r = options.r;
    cop_options.root_rule = options.root_rule;
    cop_options.progress = options.progress;
    SHORTCUT_ASSIGN_OR_RETURN(out.cop, ComputeCopDecomposition(g, cop_options));
    ClusterSupernodesByNet(g, out.cop, delta, out.clustering, out.cluster_supernode);
  }
  out.stats.clusters = out.clustering.NumClusters();
  out.stats.net_points = out.clustering.NumClusters();
  std::vector<uint32_t> size(out.clustering.NumClusters(), 0);
  for (uint32_t c : out.clustering.cluster_of) ++size[c];
  for (uint32_t s : size) {
    out.stats.singleton_clusters += s == 1 ? 1 : 0;
    out.stats.max_cluster_size = std::max(out.stats.max_cluster_size, s);
  }
  out.stats.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.clustering.time_s = out.stats.time_s;
  return out;
}

template absl::StatusOr<ShortcutPartition<uint32_t>> ComputeShortcutPartition(const Graph<uint32_t>&,
                                                                              const ShortcutPartitionOptions&);
template absl::StatusOr<ShortcutPartition<double>> ComputeShortcutPartition(const Graph<double>&,
                                                                            const ShortcutPartitionOptions&);

}  // namespace shortcut
