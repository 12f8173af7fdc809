// Scale benchmarks of the generators, the DIMACS writer and the treewidth
// heuristics:
//
//   BM_Delaunay/1000000          1M-point Delaunay triangulation (target <= 10 s)
//   BM_GridWriteDimacs/3163      a 10M-vertex grid generated and written as
//                                .gr + .co (target <= 30 s, one copy of the
//                                graph in memory: compare peak_rss_MB with
//                                edge_list_MB)
//   BM_TreewidthPartialKTree/... min-degree and min-fill decompositions of a
//                                100k-vertex partial 10-tree (target <= 30 s)
//   BM_*Smoke                    tiny versions, run by the test suite.
//
// Peak RSS is the process maximum (getrusage), so run each large benchmark
// in its own process (--benchmark_filter) to attribute it; docs/RESULTS.md
// has the command.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/bounded_treewidth.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/planar.h"
#include "shortcut/io/dimacs_writer.h"
#include "shortcut/verify/treewidth.h"

namespace shortcut {
namespace {

double PeakRssMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::string TempDir() { return std::filesystem::temp_directory_path().string(); }

void BM_Delaunay(benchmark::State& state) {
  const uint32_t n = static_cast<uint32_t>(state.range(0));
  uint64_t edges = 0;
  for (auto _ : state) {
    GeneratedGraph t = DelaunayTriangulation(n, 42);
    edges = t.list.edges.size();
    benchmark::DoNotOptimize(t.list.edges.data());
  }
  state.counters["edges"] = static_cast<double>(edges);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_Delaunay)->Arg(1'000'000)->Unit(benchmark::kSecond)->Iterations(1);

void BM_DelaunaySmoke(benchmark::State& state) {
  for (auto _ : state) {
    GeneratedGraph t = DelaunayTriangulation(2000, 42);
    benchmark::DoNotOptimize(t.list.edges.data());
  }
}
BENCHMARK(BM_DelaunaySmoke);

// Generate a side x side grid, give it uniform weights, write .gr and .co.
void GridWrite(benchmark::State& state, uint32_t side) {
  const std::string base = TempDir() + "/shortcut_bench_grid_" + std::to_string(side);
  const std::string gr = base + ".gr", co = base + ".co";
  double list_mb = 0;
  for (auto _ : state) {
    EdgeList<uint32_t> list = GridEdges(side, side);
    WeightSpec spec;
    spec.kind = WeightSpec::Kind::kUniform;
    spec.lo = 1;
    spec.hi = 1000;
    if (!ApplyWeights(spec, list).ok()) state.SkipWithError("weights");
    list_mb = static_cast<double>(list.edges.capacity() * sizeof(list.edges[0]) +
                                  list.coordinates.capacity() * sizeof(Point)) /
              (1024.0 * 1024.0);
    if (!WriteDimacsGraph(gr, list).ok() || !WriteDimacsCoordinates(co, list.coordinates).ok()) {
      state.SkipWithError("write failed");
    }
  }
  std::FILE* f = std::fopen(gr.c_str(), "rb");
  if (f != nullptr) {
    std::fseek(f, 0, SEEK_END);
    state.counters["gr_MB"] = static_cast<double>(std::ftell(f)) / (1024.0 * 1024.0);
    std::fclose(f);
  }
  std::remove(gr.c_str());
  std::remove(co.c_str());
  state.counters["vertices"] = static_cast<double>(uint64_t{side} * side);
  state.counters["edge_list_MB"] = list_mb;
  state.counters["peak_rss_MB"] = PeakRssMb();
}

void BM_GridWriteDimacs(benchmark::State& state) { GridWrite(state, static_cast<uint32_t>(state.range(0))); }
BENCHMARK(BM_GridWriteDimacs)->Arg(3163)->Unit(benchmark::kSecond)->Iterations(1);

void BM_GridWriteDimacsSmoke(benchmark::State& state) { GridWrite(state, 50); }
BENCHMARK(BM_GridWriteDimacsSmoke);

void Treewidth(benchmark::State& state, uint32_t n, uint32_t k, EliminationHeuristic heuristic) {
  GeneratedGraph t = RandomPartialKTree(n, k, 7, 0.5);
  absl::StatusOr<Graph<uint32_t>> g = BuildGraph(std::move(t.list));
  if (!g.ok()) {
    state.SkipWithError("build failed");
    return;
  }
  int64_t width = 0;
  for (auto _ : state) {
    TreeDecomposition td = EliminationDecomposition(*g, heuristic);
    width = td.Width();
    benchmark::DoNotOptimize(td.bags.data());
  }
  state.counters["width"] = static_cast<double>(width);
  state.counters["edges"] = static_cast<double>(g->NumEdges());
  state.counters["peak_rss_MB"] = PeakRssMb();
}

void BM_TreewidthPartialKTree(benchmark::State& state) {
  Treewidth(state, static_cast<uint32_t>(state.range(0)), static_cast<uint32_t>(state.range(1)),
            state.range(2) == 0 ? EliminationHeuristic::kMinDegree : EliminationHeuristic::kMinFill);
}
// Args: n, k, heuristic (0 min-degree, 1 min-fill).
BENCHMARK(BM_TreewidthPartialKTree)
    ->Args({100'000, 10, 0})
    ->Args({100'000, 10, 1})
    ->Unit(benchmark::kSecond)
    ->Iterations(1);

void BM_TreewidthSmoke(benchmark::State& state) { Treewidth(state, 500, 4, EliminationHeuristic::kMinFill); }
BENCHMARK(BM_TreewidthSmoke);

}  // namespace
}  // namespace shortcut

BENCHMARK_MAIN();
