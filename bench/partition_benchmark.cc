// Shortcut partition construction benchmarks (docs/RESULTS.md, "Cop
// decomposition and shortcut partition"): construction time divided by one
// full Dijkstra on the same graph in the same run, and the peak heap the
// construction needs above the graph, per vertex (dijkstra_ms states the
// baseline of the same run). D is computed once outside the timed region
// (its own cost is reported as D_over_dijkstra).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "bench_common.h"
#include "heap_tracker.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/partition/baselines.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut::bench {
namespace {

// The 1M-vertex triangulated grid (weights 1..100), a Delaunay mesh, and the
// New York road network as bundled and with uniform weights 1..100.
const char* kGraphs[] = {"trigrid", "datasets/delaunay_n14/delaunay_n14.graph", "datasets/usa_road_ny/NY.gr.xz",
                         "NY uniform 1..100"};

const Graph<uint32_t>& PartitionGraph(int index) {
  if (index != 3) return NamedGraph(kGraphs[index]);
  static const Graph<uint32_t> g = [] {
    ReadOptions options;
    options.weights.kind = WeightSpec::Kind::kUniform;
    options.weights.lo = 1;
    options.weights.hi = 100;
    options.weights.seed = 0;  // as `--weights uniform:1:100`
    auto read = ReadGraph<uint32_t>(std::string(SHORTCUT_SOURCE_DIR) + "/datasets/usa_road_ny/NY.gr.xz", options);
    if (!read.ok()) std::abort();
    return std::move(read).value();
  }();
  return g;
}

void BM_ShortcutPartition(benchmark::State& state) {
  const Graph<uint32_t>& g = PartitionGraph(static_cast<int>(state.range(0)));
  const double eps = state.range(1) / 100.0;
  Clustering d;
  const auto d_start = std::chrono::steady_clock::now();
  ResolveDiameter(g, 0, 0, d);
  const double d_time = Seconds(d_start);
  ShortcutPartitionOptions options;
  options.epsilon = eps;
  options.r = 5;  // all three inputs are planar
  options.diameter = d.diameter;
  double total = 0, ref_total = 0;
  int64_t extra_peak = 0;
  ShortcutPartitionStats stats;
  CopDecompositionStats cop_stats;
  for (auto _ : state) {
    state.PauseTiming();
    ref_total += ReferenceDijkstra(g);
    HeapTracker::ResetPeak();
    const int64_t before = HeapTracker::Now();
    state.ResumeTiming();
    const auto start = std::chrono::steady_clock::now();
    auto p = ComputeShortcutPartition(g, options);
    total += Seconds(start);
    state.PauseTiming();
    extra_peak = std::max(extra_peak, HeapTracker::Peak() - before);
    stats = p->stats;
    cop_stats = p->cop.stats;
    state.ResumeTiming();
  }
  const double iters = static_cast<double>(state.iterations());
  state.counters["n"] = g.NumVertices();
  state.counters["x_dijkstra"] = total / ref_total;
  state.counters["dijkstra_ms"] = 1000 * ref_total / iters;  // the baseline of this run
  state.counters["partition_ms"] = 1000 * total / iters;
  state.counters["D_over_dijkstra"] = d_time / (ref_total / iters);
  state.counters["peak_B_per_vertex"] = static_cast<double>(extra_peak) / g.NumVertices();
  state.counters["graph_B_per_vertex"] = static_cast<double>(g.MemoryBytes()) / g.NumVertices();
  state.counters["clusters"] = stats.clusters;
  state.counters["supernodes"] = cop_stats.supernodes;
  state.counters["depth"] = cop_stats.tree_depth;
  state.counters["work_per_n"] = static_cast<double>(cop_stats.work) / g.NumVertices();
  state.SetLabel(kGraphs[state.range(0)]);
}

BENCHMARK(BM_ShortcutPartition)
    ->ArgsProduct({{0, 1, 2, 3}, {50, 10}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

void BM_Smoke(benchmark::State& state) {
  const Graph<uint32_t>& g = NamedGraph("trigrid");
  ShortcutPartitionOptions options;
  options.epsilon = 0.25;
  options.r = 5;
  for (auto _ : state) benchmark::DoNotOptimize(ComputeShortcutPartition(g, options)->stats.clusters);
}
BENCHMARK(BM_Smoke)->Iterations(1);

}  // namespace
}  // namespace shortcut::bench

BENCHMARK_MAIN();
