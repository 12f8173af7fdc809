// The graph entry points on the same input, a 1M-vertex triangulated grid
// (`shortcut gen trigrid --n 1000000 --seed 1`, about 3M edges):
//
//   BM_BuildFromEdgeList    BuildGraph on its edge list (validate, sort, merge),
//                           in the generator's order (rows of the grid: the
//                           sort finds it nearly sorted) and shuffled
//   BM_BuildFromCsr         BuildGraphFromCsr on the graph's own CSR arrays
//                           (validate, no sort): the path of from_scipy
//   BM_BuildFromCsrUint64   the same with uint64 weights, converted and
//                           range-checked first
//   BM_*Smoke               tiny versions, run by the test suite.
//
// Each iteration copies its input first, outside the timed region, because
// BuildGraph consumes its edge list. Run with
//   graph_build_benchmark --benchmark_filter='BM_BuildFrom[A-Za-z0-9]*/'
// and read the CPU column on a shared machine.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <span>
#include <utility>
#include <vector>

#include "bench_common.h"
#include "shortcut/core/csr_builder.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/generators/families.h"

namespace shortcut {
namespace {

EdgeList<uint32_t> Trigrid(uint32_t n) {
  FamilyOptions options;
  options.n = n;
  options.seed = 1;
  auto t = GenerateFamily("trigrid", options);
  if (!t.ok()) std::abort();
  return std::move(t->list);
}

uint32_t Size(bool smoke) { return smoke || bench::SmokeMode() ? 2000 : 1'000'000; }

void EdgeListBuild(benchmark::State& state, bool smoke, bool shuffle) {
  EdgeList<uint32_t> list = Trigrid(Size(smoke));
  if (shuffle) {  // Fisher-Yates with our own generator: the same order everywhere
    Random rng(7);
    for (std::size_t i = list.edges.size(); i > 1; --i) {
      std::swap(list.edges[i - 1], list.edges[rng.UniformInt(i)]);
    }
  }
  for (auto _ : state) {
    state.PauseTiming();
    EdgeList<uint32_t> copy = list;
    state.ResumeTiming();
    auto g = BuildGraph(std::move(copy));
    if (!g.ok()) state.SkipWithError("build failed");
    benchmark::DoNotOptimize(g->HeadArray().data());
  }
  state.counters["edges"] = static_cast<double>(list.edges.size());
}

template <class T>
void CsrBuild(benchmark::State& state, bool smoke) {
  const Graph<uint32_t> reference = bench::MustBuild(Trigrid(Size(smoke)));
  const std::span<const ArcId> offsets = reference.OffsetArray();
  const std::span<const VertexId> heads = reference.HeadArray();
  const std::vector<T> weights(reference.WeightArray().begin(), reference.WeightArray().end());
  for (auto _ : state) {
    auto g = BuildGraphFromCsr<uint32_t>(offsets, heads, std::span<const T>(weights));
    if (!g.ok()) state.SkipWithError("build failed");
    benchmark::DoNotOptimize(g->HeadArray().data());
  }
  state.counters["edges"] = static_cast<double>(reference.NumEdges());
}

void BM_BuildFromEdgeList(benchmark::State& state) { EdgeListBuild(state, false, false); }
void BM_BuildFromShuffledEdgeList(benchmark::State& state) { EdgeListBuild(state, false, true); }
void BM_BuildFromCsr(benchmark::State& state) { CsrBuild<uint32_t>(state, false); }
void BM_BuildFromCsrUint64(benchmark::State& state) { CsrBuild<uint64_t>(state, false); }
BENCHMARK(BM_BuildFromEdgeList)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_BuildFromShuffledEdgeList)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_BuildFromCsr)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_BuildFromCsrUint64)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_BuildFromEdgeListSmoke(benchmark::State& state) { EdgeListBuild(state, true, true); }
void BM_BuildFromCsrSmoke(benchmark::State& state) { CsrBuild<uint64_t>(state, true); }
BENCHMARK(BM_BuildFromEdgeListSmoke);
BENCHMARK(BM_BuildFromCsrSmoke);

}  // namespace
}  // namespace shortcut

BENCHMARK_MAIN();
