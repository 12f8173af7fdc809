// Benchmarks of the cover's applications (docs/emulator.md,
// docs/distance_labels.md, docs/routing.md; docs/RESULTS.md, "Emulator,
// labels, routing"), on a weighted triangulated grid (300 x 300, weights
// 1..100; 40 x 40 in smoke mode) at eps = 0.25, one thread:
//
//   EmulatorBuild     one build; counters: build time over one full
//                     Dijkstra measured just before it, edges per vertex;
//   LabelsBuild       one build; build / Dijkstra, mean and max label bits;
//   LabelDecode       time per DecodeDistance over random pairs;
//   RouteBuild        one build; build / Dijkstra, table and header bits;
//   NextHop           time per NextHop call along the routes of random
//                     pairs (the packet moved by the benchmark loop);
//   ApplicationsSmoke all of it on the small grid (CI).
#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>
#include <vector>

#include "bench_common.h"
#include "shortcut/core/random.h"
#include "shortcut/emulator/low_hop_emulator.h"
#include "shortcut/generators/grid.h"
#include "shortcut/labeling/distance_labels.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut::bench {
namespace {

constexpr double kEps = 0.25;

const Graph<uint32_t>& BenchGraph() {
  static const Graph<uint32_t> g = [] {
    const uint32_t side = SmokeMode() ? 40 : 300;
    return MustBuild(Weighted(TriangulatedGridEdges(side, side, 1), 1, 100, 2));
  }();
  return g;
}

template <class Options>
Options Opt() {
  Options o;
  o.epsilon = kEps;
  return o;
}

void EmulatorBuild(benchmark::State& state) {
  const Graph<uint32_t>& g = BenchGraph();
  const double ref = ReferenceDijkstra(g);
  double edges_per_vertex = 0, seconds = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto h = BuildLowHopEmulator(g, Opt<LowHopEmulatorOptions>());
    seconds = Seconds(start);
    if (!h.ok()) state.SkipWithError("build failed");
    edges_per_vertex = h->stats.edges_per_vertex;
  }
  state.counters["build_over_dijkstra"] = seconds / ref;
  state.counters["edges_per_vertex"] = edges_per_vertex;
  state.counters["n"] = g.NumVertices();
}

const DistanceLabels& Labels() {
  static const DistanceLabels* l = new DistanceLabels(*DistanceLabels::Build(BenchGraph(), Opt<DistanceLabelOptions>()));
  return *l;
}

void LabelsBuild(benchmark::State& state) {
  const Graph<uint32_t>& g = BenchGraph();
  const double ref = ReferenceDijkstra(g);
  double seconds = 0, mean_bits = 0, max_bits = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto l = DistanceLabels::Build(g, Opt<DistanceLabelOptions>());
    seconds = Seconds(start);
    if (!l.ok()) state.SkipWithError("build failed");
    mean_bits = l->stats().mean_bits;
    max_bits = static_cast<double>(l->stats().max_bits);
  }
  state.counters["build_over_dijkstra"] = seconds / ref;
  state.counters["mean_label_bits"] = mean_bits;
  state.counters["max_label_bits"] = max_bits;
}

void LabelDecode(benchmark::State& state) {
  const DistanceLabels& l = Labels();
  const VertexId n = l.NumVertices();
  Random rng(3);
  std::vector<std::pair<VertexId, VertexId>> pairs(1 << 16);
  for (auto& p : pairs) p = {static_cast<VertexId>(rng.UniformInt(n)), static_cast<VertexId>(rng.UniformInt(n))};
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [u, v] = pairs[i++ & (pairs.size() - 1)];
    benchmark::DoNotOptimize(DecodeDistance(l.Label(u), l.Label(v)));
  }
  state.SetItemsProcessed(state.iterations());
}

const RoutingScheme& Scheme() {
  static const RoutingScheme* r = new RoutingScheme(*RoutingScheme::Build(BenchGraph(), Opt<RoutingOptions>()));
  return *r;
}

void RouteBuild(benchmark::State& state) {
  const Graph<uint32_t>& g = BenchGraph();
  const double ref = ReferenceDijkstra(g);
  double seconds = 0;
  RoutingStats stats;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto r = RoutingScheme::Build(g, Opt<RoutingOptions>());
    seconds = Seconds(start);
    if (!r.ok()) state.SkipWithError("build failed");
    stats = r->stats();
  }
  state.counters["build_over_dijkstra"] = seconds / ref;
  state.counters["mean_table_bits"] = stats.mean_table_bits;
  state.counters["max_table_bits"] = static_cast<double>(stats.max_table_bits);
  state.counters["mean_header_bits"] = stats.mean_header_bits;
  state.counters["max_header_bits"] = static_cast<double>(stats.max_header_bits);
  state.counters["packet_bits"] = stats.max_packet_bits;
}

void NextHopBench(benchmark::State& state) {
  const Graph<uint32_t>& g = BenchGraph();
  const RoutingScheme& r = Scheme();
  const VertexId n = g.NumVertices();
  Random rng(5);
  VertexId x = 0, target = 1;
  std::optional<RoutingPacket> packet = StartRoute(r.Table(x), r.Header(target));
  for (auto _ : state) {
    const uint32_t port = NextHop(r.Table(x), *packet);
    if (port == kArrived || port == kNoRoute) {
      // A new random pair; its start is part of the measured time.
      do {
        x = static_cast<VertexId>(rng.UniformInt(n));
        target = static_cast<VertexId>(rng.UniformInt(n));
        packet = StartRoute(r.Table(x), r.Header(target));
      } while (!packet);
    } else {
      x = g.Head(g.FirstArc(x) + port);
    }
  }
  state.SetItemsProcessed(state.iterations());
}

void ApplicationsSmoke(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(BuildLowHopEmulator(BenchGraph(), Opt<LowHopEmulatorOptions>()).ok());
    benchmark::DoNotOptimize(Labels().Query(0, 1));
    benchmark::DoNotOptimize(Scheme().Route(BenchGraph(), 0, 1).ok());
  }
}

BENCHMARK(EmulatorBuild)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(LabelsBuild)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(LabelDecode);
BENCHMARK(RouteBuild)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(NextHopBench)->Name("NextHop");
BENCHMARK(ApplicationsSmoke)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace shortcut::bench

BENCHMARK_MAIN();
