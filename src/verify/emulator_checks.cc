// CheckLowHopEmulator: domination edge by edge, and the 2-hop stretch by a
// 2-round Bellman–Ford in H against a Dijkstra in G (verify/emulator_checks.h).
#include "shortcut/verify/emulator_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/oracle_checks.h"

namespace shortcut {
namespace {

constexpr uint64_t kNone = kInfinity<uint32_t>;

// The endpoint an edge's domination check is charged to: the one of larger
// H-degree (a star root, usually), ties to the smaller id.
bool ChargedTo(const Graph<uint32_t>& h, VertexId a, VertexId b) {
  return h.Degree(a) > h.Degree(b) || (h.Degree(a) == h.Degree(b) && a < b);
}

}  // namespace

EmulatorCheckReport CheckLowHopEmulator(const Graph<uint32_t>& g, const Graph<uint32_t>& h,
                                        const EmulatorCheckOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  EmulatorCheckReport rep;
  auto finish = [&] {
    rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rep;
  };
  if (!(options.epsilon > 0)) {
    rep.status = absl::InvalidArgumentError("emulator check: epsilon must be > 0");
    return finish();
  }
  if (h.NumVertices() != g.NumVertices()) {
    rep.status = absl::InvalidArgumentError(
        fmt::format("emulator has {} vertices, the graph {}", h.NumVertices(), g.NumVertices()));
    return finish();
  }
  const VertexId n = g.NumVertices();
  auto ext = [&](VertexId v) { return g.ExternalId(v); };
  DijkstraEngine<uint32_t> dij(n);
  const bool all_pairs = n <= options.all_pairs_limit;
  const uint32_t num_sources = all_pairs ? n : std::min<uint32_t>(options.sources, n);
  const double work = (options.check_domination ? n : 0) + (options.check_stretch ? num_sources : 0);
  double done = 0;
  auto tick = [&] {
    ++done;
    if (options.progress && (static_cast<uint64_t>(done) & 63) == 0) options.progress(done / work);
  };

  if (options.check_domination) {
    for (VertexId a = 0; a < n; ++a, tick()) {
      uint64_t radius = 0;
      for (ArcId arc : h.Arcs(a)) {
        if (ChargedTo(h, a, h.Head(arc))) radius = std::max<uint64_t>(radius, h.Weight(arc));
      }
      if (radius == 0) continue;
      dij.Reset();
      dij.AddSource(a);
      dij.Run(g, AllVertices{}, {.radius = radius});
      ++rep.domination_searches;
      for (ArcId arc : h.Arcs(a)) {
        const VertexId b = h.Head(arc);
        if (!ChargedTo(h, a, b)) continue;
        ++rep.edges_checked;
        const uint64_t d = dij.Distance(b);
        if (d > h.Weight(arc)) {
          rep.status = absl::FailedPreconditionError(fmt::format(
              "domination: edge {{{}, {}}} of the emulator weighs {}, less than the distance in the graph ({})",
              ext(a), ext(b), h.Weight(arc), d >= kNone ? std::string("unreachable") : fmt::format("{}", d)));
          return finish();
        }
      }
    }
  }

  if (options.check_stretch) {
    std::vector<VertexId> sources(n);
    std::iota(sources.begin(), sources.end(), VertexId{0});
    if (!all_pairs) {
      Random rng(options.seed);
      for (uint32_t i = 0; i < num_sources; ++i) {
        std::swap(sources[i], sources[i + rng.UniformInt(n - i)]);
      }
      sources.resize(num_sources);
      std::sort(sources.begin(), sources.end());
    }
    rep.all_pairs = all_pairs;
    std::vector<uint64_t> d2(n, kNone);
    std::vector<VertexId> mid(n, kNoVertex);
    std::vector<VertexId> touched;
    double stretch_sum = 0;
    uint64_t connected = 0;
    for (VertexId s : sources) {
      dij.Reset();
      dij.AddSource(s);
      dij.Run(g);
      // Round 1: the edges at s; round 2: one more edge from each neighbour.
      d2[s] = 0;
      touched.assign(1, s);
      for (ArcId a1 : h.Arcs(s)) {
        const VertexId x = h.Head(a1);
        if (d2[x] == kNone) touched.push_back(x);
        if (h.Weight(a1) < d2[x]) {
          d2[x] = h.Weight(a1);
          mid[x] = kNoVertex;
        }
      }
      for (ArcId a1 : h.Arcs(s)) {
        const VertexId x = h.Head(a1);
        const uint64_t w1 = h.Weight(a1);
        for (ArcId a2 : h.Arcs(x)) {
          const VertexId y = h.Head(a2);
          const uint64_t l = w1 + h.Weight(a2);
          if (d2[y] == kNone) touched.push_back(y);
          if (l < d2[y]) {
            d2[y] = l;
            mid[y] = x;
          }
        }
      }
      for (VertexId t = 0; t < n; ++t) {
        if (t == s) continue;
        ++rep.pairs_checked;
        const uint64_t d = dij.Distance(t);
        const uint64_t e = d2[t];
        auto path = [&] {
          return mid[t] == kNoVertex ? fmt::format("the edge {} - {}", ext(s), ext(t))
                                     : fmt::format("the path {} - {} - {}", ext(s), ext(mid[t]), ext(t));
        };
        if (d >= kNone) {
          ++rep.unreachable_pairs;
          if (e != kNone) {
            rep.status = absl::FailedPreconditionError(
                fmt::format("domination: vertices {} and {} lie in different components of the graph, but the "
                            "emulator joins them by {} of length {}",
                            ext(s), ext(t), path(), e));
            return finish();
          }
          continue;
        }
        if (e == kNone) {
          rep.status = absl::FailedPreconditionError(
              fmt::format("stretch: no path of at most 2 hops in the emulator between {} and {} (distance {})",
                          ext(s), ext(t), d));
          rep.worst_u = s, rep.worst_v = t, rep.worst_distance = d;
          return finish();
        }
        if (e < d) {
          rep.status = absl::FailedPreconditionError(fmt::format(
              "domination: {} has length {}, less than the distance {} between {} and {}", path(), e, d, ext(s),
              ext(t)));
          return finish();
        }
        if (mid[t] == kNoVertex) ++rep.one_hop_pairs;
        const double stretch = static_cast<double>(e) / static_cast<double>(d);
        stretch_sum += stretch;
        ++connected;
        if (stretch > rep.max_stretch || rep.worst_u == kNoVertex) {
          rep.max_stretch = stretch;
          rep.worst_u = s, rep.worst_v = t, rep.worst_estimate = e, rep.worst_distance = d;
        }
        if (!WithinStretch(e, d, options.epsilon)) {
          rep.status = absl::FailedPreconditionError(
              fmt::format("stretch: the shortest path of at most 2 hops between {} and {} is {} of length {}, more "
                          "than (1 + {})·{}",
                          ext(s), ext(t), path(), e, options.epsilon, d));
          rep.worst_u = s, rep.worst_v = t, rep.worst_estimate = e, rep.worst_distance = d;
          return finish();
        }
      }
      for (VertexId v : touched) d2[v] = kNone, mid[v] = kNoVertex;
      ++rep.sources_used;
      tick();
    }
    rep.mean_stretch = connected > 0 ? stretch_sum / static_cast<double>(connected) : 0;
  }
  if (options.progress) options.progress(1);
  return finish();
}

}  // namespace shortcut
