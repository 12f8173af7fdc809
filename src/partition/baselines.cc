// Baseline clusterings: greedy-net Voronoi cells and exponential shifts.
#include "shortcut/partition/baselines.h"

#include <chrono>
#include <cmath>

#include "shortcut/core/marker.h"
#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {

absl::Status BaselineOptions::Validate() const {
  if (!(epsilon > 0) || !(epsilon <= 1)) {
    return InvalidArgumentError("baseline partition: epsilon must be in (0, 1], got {}", epsilon);
  }
  if (diameter < 0 || !std::isfinite(diameter)) {
    return InvalidArgumentError("baseline partition: diameter must be positive (or 0 to compute it)");
  }
  return absl::OkStatus();
}

namespace {

// Radius bound as a distance: the largest d with d <= R (integers), or R.
template <EdgeWeight W>
DistanceOf<W> RadiusAsDistance(double radius) {
  if constexpr (std::floating_point<W>) {
    return radius;
  } else {
    return static_cast<DistanceOf<W>>(std::floor(static_cast<long double>(radius)));
  }
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

template <EdgeWeight W>
absl::StatusOr<Clustering> ComputeNetPartition(const Graph<W>& g, const BaselineOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  Clustering out;
  out.epsilon = options.epsilon;
  ResolveDiameter(g, options.diameter, options.diameter_sweeps, out);
  const auto start = std::chrono::steady_clock::now();
  const VertexId n = g.NumVertices();
  const auto radius = RadiusAsDistance<W>(options.epsilon * out.diameter / 2);
  DijkstraEngine<W> dijkstra(n);
  std::vector<uint8_t> covered(n, 0);
  for (VertexId v = 0; v < n; ++v) {
    if (covered[v]) continue;
    out.center.push_back(v);
    dijkstra.Reset();
    dijkstra.AddSource(v);
    dijkstra.Run(g, AllVertices{}, {.radius = radius});
    for (VertexId x : dijkstra.SettledVertices()) covered[x] = 1;
  }
  dijkstra.Reset();
  for (uint32_t c = 0; c < out.NumClusters(); ++c) dijkstra.AddSource(out.center[c], 0, c);
  dijkstra.Run(g);
  out.cluster_of.resize(n);
  for (VertexId v = 0; v < n; ++v) out.cluster_of[v] = dijkstra.Label(v);
  out.time_s = Seconds(start);
  return out;
}

template <EdgeWeight W>
absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<W>& g, const BaselineOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  using Distance = DistanceOf<W>;
  Clustering out;
  out.epsilon = options.epsilon;
  ResolveDiameter(g, options.diameter, options.diameter_sweeps, out);
  const auto start = std::chrono::steady_clock::now();
  const VertexId n = g.NumVertices();
  const double radius = options.epsilon * out.diameter / 2;
  const Distance cap = RadiusAsDistance<W>(radius);
  const double beta = radius > 0 ? 2 * std::log(std::max<double>(n, 2)) / radius : 1;
  Random rng(options.seed);
  // Shifted search: source u starts at offset cap - δ_u (>= 0), so v's label
  // is argmin d(u, v) - δ_u. Integer graphs round δ_u down to an integer.
  DijkstraEngine<W> dijkstra(n);
  std::vector<Distance> shift(n);
  for (VertexId u = 0; u < n; ++u) {
    const double d = std::min(rng.Exponential(beta), radius);
    if constexpr (std::floating_point<W>) {
      shift[u] = d;
    } else {
      shift[u] = std::min<Distance>(cap, static_cast<Distance>(std::floor(d)));
    }
    dijkstra.AddSource(u, cap - shift[u], u);
  }
  dijkstra.Run(g);
  // Centres: the vertices that label themselves, numbered in id order.
  std::vector<uint32_t> id(n, kNoVertex);
  for (VertexId u = 0; u < n; ++u) {
    if (dijkstra.Label(u) == u) {
      id[u] = out.NumClusters();
      out.center.push_back(u);
    }
  }
  out.cluster_of.resize(n);
  for (VertexId v = 0; v < n; ++v) out.cluster_of[v] = id[dijkstra.Label(v)];
  out.time_s = Seconds(start);
  return out;
}

template absl::StatusOr<Clustering> ComputeNetPartition(const Graph<uint32_t>&, const BaselineOptions&);
template absl::StatusOr<Clustering> ComputeNetPartition(const Graph<double>&, const BaselineOptions&);
template absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<uint32_t>&, const BaselineOptions&);
template absl::StatusOr<Clustering> ComputeMpxPartition(const Graph<double>&, const BaselineOptions&);

}  // namespace shortcut
