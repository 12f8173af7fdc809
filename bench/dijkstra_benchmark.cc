// Shortest-path engine benchmarks (docs/RESULTS.md, "Foundation"):
//  * one full Dijkstra on a 1000x1000 grid (weights 1..100) and on the NY road
//    network: ours vs Boost.Graph's dijkstra_shortest_paths on the same graph
//    in the same run;
//  * 100,000 tiny restricted searches (~100 settled vertices each) on the
//    1M-vertex grid: time per settled vertex must stay close to a full
//    search's (no hidden O(n) reset);
//  * load throughput of the largest bundled dataset.
#include <benchmark/benchmark.h>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>

#include "bench_common.h"
#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut::bench {
namespace {

struct BoostEdge {
  uint64_t weight;
};
using BoostGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, BoostEdge>;

std::unique_ptr<BoostGraph> ToBoost(const Graph<uint32_t>& g) {
  std::vector<std::pair<VertexId, VertexId>> arcs;
  std::vector<BoostEdge> props;
  for (VertexId u = 0; u < g.NumVertices(); ++u) {
    for (ArcId a : g.Arcs(u)) {
      arcs.emplace_back(u, g.Head(a));
      props.push_back({g.Weight(a)});
    }
  }
  return std::make_unique<BoostGraph>(boost::edges_are_sorted, arcs.begin(), arcs.end(), props.begin(),
                                      g.NumVertices());
}

std::string DatasetName(int which) { return which == 0 ? "grid" : "datasets/usa_road_ny/NY.gr.xz"; }

void BM_FullDijkstraOurs(benchmark::State& state) {
  const Graph<uint32_t>& g = NamedGraph(DatasetName(static_cast<int>(state.range(0))));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  VertexId source = 0;
  for (auto _ : state) {
    dij.Reset();
    dij.AddSource(source);
    dij.Run(g);
    benchmark::DoNotOptimize(dij.Distance(g.NumVertices() - 1));
    source = (source + 7919) % g.NumVertices();
  }
  state.counters["n"] = g.NumVertices();
  // kIsRate|kInvert gives seconds per unit; counting units of 1e-9 vertices
  // turns it into nanoseconds per vertex.
  state.counters["ns_per_vertex"] = benchmark::Counter(
      static_cast<double>(g.NumVertices()) * state.iterations() / 1e9,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_FullDijkstraBoost(benchmark::State& state) {
  const Graph<uint32_t>& g = NamedGraph(DatasetName(static_cast<int>(state.range(0))));
  static std::map<int64_t, std::unique_ptr<BoostGraph>> cache;
  auto& bg = cache[state.range(0)];
  if (!bg) bg = ToBoost(g);
  const auto n = boost::num_vertices(*bg);
  std::vector<uint64_t> dist(n);
  std::vector<BoostGraph::vertex_descriptor> pred(n);
  VertexId source = 0;
  for (auto _ : state) {
    boost::dijkstra_shortest_paths(
        *bg, source,
        boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, *bg)))
            .distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, *bg)))
            .weight_map(boost::get(&BoostEdge::weight, *bg))
            .distance_inf(std::numeric_limits<uint64_t>::max()));
    benchmark::DoNotOptimize(dist[n - 1]);
    source = (source + 7919) % g.NumVertices();
  }
  state.counters["n"] = g.NumVertices();
  state.counters["ns_per_vertex"] = benchmark::Counter(static_cast<double>(n) * state.iterations() / 1e9,
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// 100,000 searches that stop after 100 settled vertices, from random sources,
// on the 1M-vertex grid with one shared engine.
void BM_TinyRestrictedSearches(benchmark::State& state) {
  const Graph<uint32_t>& g = NamedGraph("grid");
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  const uint32_t searches = SmokeMode() ? 1000 : 100000;
  Random rng(3);
  std::vector<VertexId> sources(searches);
  for (auto& s : sources) s = static_cast<VertexId>(rng.UniformInt(g.NumVertices()));
  uint64_t settled = 0;
  for (auto _ : state) {
    for (VertexId s : sources) {
      dij.Reset();
      dij.AddSource(s);
      dij.Run(g, AllVertices{}, {.max_settled = 100});
      settled += dij.SettledVertices().size();
    }
  }
  state.counters["searches"] = searches;
  state.counters["ns_per_vertex"] = benchmark::Counter(static_cast<double>(settled) / 1e9,
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_LoadLargestDataset(benchmark::State& state) {
  const std::string path = std::string(SHORTCUT_SOURCE_DIR) + "/datasets/usa_road_ny/NY.gr.xz";
  uint64_t bytes = 0;
  for (auto _ : state) {
    ReadReport report;
    auto g = ReadGraph<uint32_t>(path, {}, &report);
    if (!g.ok()) {
      state.SkipWithError("load failed");
      return;
    }
    bytes += report.bytes_read;
    benchmark::DoNotOptimize(g->NumEdges());
  }
  state.counters["MB_per_s"] = benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
}

BENCHMARK(BM_FullDijkstraOurs)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_FullDijkstraBoost)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_TinyRestrictedSearches)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadLargestDataset)->Unit(benchmark::kMillisecond)->MinTime(2);

// CI smoke: tiny graph, one iteration each.
void BM_Smoke(benchmark::State& state) {
  const Graph<uint32_t>& g = NamedGraph("grid");
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  for (auto _ : state) {
    dij.Reset();
    dij.AddSource(0);
    dij.Run(g);
    benchmark::DoNotOptimize(dij.Distance(g.NumVertices() - 1));
  }
}
BENCHMARK(BM_Smoke)->Iterations(1);

}  // namespace
}  // namespace shortcut::bench

BENCHMARK_MAIN();
