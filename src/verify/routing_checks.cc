// CheckRoutingScheme (verify/routing_checks.h): packets simulated on G.
#include "shortcut/verify/routing_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/oracle_checks.h"

namespace shortcut {

RoutingCheckReport CheckRoutingScheme(const Graph<uint32_t>& g, const RoutingScheme& scheme,
                                      const RoutingCheckOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  RoutingCheckReport rep;
  auto finish = [&] {
    rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rep;
  };
  const double eps = options.epsilon > 0 ? options.epsilon : scheme.epsilon();
  if (!(eps > 0)) {
    rep.status = absl::InvalidArgumentError("routing check: epsilon must be > 0");
    return finish();
  }
  if (absl::Status st = scheme.CheckGraph(g); !st.ok()) {
    rep.status = st;
    return finish();
  }
  const VertexId n = g.NumVertices();
  auto ext = [&](VertexId v) { return g.ExternalId(v); };
  rep.all_pairs = n <= options.all_pairs_limit;
  const uint32_t num_sources = rep.all_pairs ? n : std::min<uint32_t>(options.sources, n);
  std::vector<VertexId> sources(n);
  std::iota(sources.begin(), sources.end(), VertexId{0});
  if (!rep.all_pairs) {
    Random rng(options.seed);
    for (uint32_t i = 0; i < num_sources; ++i) std::swap(sources[i], sources[i + rng.UniformInt(n - i)]);
    sources.resize(num_sources);
    std::sort(sources.begin(), sources.end());
  }
  DijkstraEngine<uint32_t> dij(n);
  double stretch_sum = 0;
  uint64_t routed = 0;
  auto fail = [&](VertexId s, VertexId t, std::string what) {
    rep.worst_u = s, rep.worst_v = t;
    rep.status = absl::FailedPreconditionError(fmt::format("route from {} to {}: {}", ext(s), ext(t), what));
  };
  for (VertexId s : sources) {
    dij.Reset();
    dij.AddSource(s);
    dij.Run(g);
    for (VertexId t = 0; t < n; ++t) {
      if (t == s) continue;
      ++rep.pairs_checked;
      const uint64_t d = dij.Distance(t);
      const std::optional<RoutingPacket> packet = StartRoute(scheme.Table(s), scheme.Header(t));
      if (d >= kUnreachable) {
        ++rep.unreachable_pairs;
        if (packet) {
          fail(s, t, "a packet was started between different components");
          return finish();
        }
        continue;
      }
      if (!packet) {
        fail(s, t, fmt::format("no packet was started (distance {})", d));
        return finish();
      }
      VertexId x = s;
      uint64_t length = 0, hops = 0;
      for (;;) {
        const uint32_t port = NextHop(scheme.Table(x), *packet);
        rep.next_hop_calls += 1;
        if (port == kArrived) break;
        if (port == kNoRoute || port >= g.Degree(x)) {
          fail(s, t, fmt::format("vertex {} cannot forward it (port {}) after {} hops", ext(x), port, hops));
          return finish();
        }
        const ArcId a = g.FirstArc(x) + port;
        length += g.Weight(a);
        x = g.Head(a);
        if (++hops > n) {
          fail(s, t, fmt::format("still travelling after {} hops", hops));
          return finish();
        }
      }
      if (x != t) {
        fail(s, t, fmt::format("delivered at {} after {} hops", ext(x), hops));
        return finish();
      }
      rep.hops += hops;
      rep.max_hops = std::max(rep.max_hops, hops);
      const double stretch = static_cast<double>(length) / static_cast<double>(d);
      stretch_sum += stretch;
      ++routed;
      if (stretch > rep.max_stretch || rep.worst_u == kNoVertex) {
        rep.max_stretch = stretch;
        rep.worst_u = s, rep.worst_v = t, rep.worst_length = length, rep.worst_distance = d;
      }
      if (!WithinStretch(length, d, eps)) {
        fail(s, t, fmt::format("routed length {} > (1 + {})·{} ({} hops)", length, eps, d, hops));
        rep.worst_length = length, rep.worst_distance = d;
        return finish();
      }
    }
    ++rep.sources_used;
    if (options.progress && (rep.sources_used & 15) == 0) options.progress(double(rep.sources_used) / num_sources);
  }
  rep.mean_stretch = routed > 0 ? stretch_sum / static_cast<double>(routed) : 0;
  if (options.progress) options.progress(1);
  return finish();
}

}  // namespace shortcut
