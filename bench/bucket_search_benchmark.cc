// The search kit against one full Dijkstra (sssp/dijkstra.h) on the same
// graph, in the same run: the 1000x1000 triangulated grid with weights
// 1..100 (Dial's buckets) and with unit weights (levels), Arg 0 and 1.
//  * BM_FullDijkstra: DijkstraEngine from one source over the whole graph,
//    the reference every other line is read against;
//  * BM_BucketSearchFull: BucketSearch (sssp/bucket_search.h) over the
//    whole graph, the cop decomposition's engine;
//  * BM_RangeSearchFull: RangeSearch (sssp/range_search.h) over a compact
//    CSR of the same graph, the star searches' engine;
//  * BM_*Bounded: 20,000 searches from random sources with a radius that
//    settles a few hundred vertices each (one reused workspace), reported as
//    nanoseconds per settled vertex: no hidden O(n) reset.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <vector>

#include "bench_common.h"
#include "shortcut/core/random.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/generators/grid.h"
#include "shortcut/sssp/bucket_search.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/sssp/range_search.h"

namespace shortcut::bench {
namespace {

// Arg 0: weights 1..100 (the bench's "trigrid"); Arg 1: the same grid with
// unit weights.
const Graph<uint32_t>& KitGraph(int64_t which) {
  if (which == 0) return NamedGraph("trigrid");
  static std::unique_ptr<Graph<uint32_t>> unit;
  if (!unit) {
    const uint32_t side = GridSide();
    unit = std::make_unique<Graph<uint32_t>>(MustBuild(TriangulatedGridEdges(side, side, 1)));
  }
  return *unit;
}

struct CompactCsr {
  std::vector<ArcId> offsets;
  std::vector<CompactArc> arcs;
  uint32_t max_weight = 1;
};

const CompactCsr& Compact(int64_t which) {
  static std::map<int64_t, std::unique_ptr<CompactCsr>> cache;
  auto& slot = cache[which];
  if (!slot) {
    const Graph<uint32_t>& g = KitGraph(which);
    slot = std::make_unique<CompactCsr>();
    slot->offsets.assign(g.OffsetArray().begin(), g.OffsetArray().end());
    for (ArcId a = 0; a < g.NumArcs(); ++a) {
      slot->arcs.push_back({g.Head(a), g.Weight(a)});
      slot->max_weight = std::max(slot->max_weight, g.Weight(a));
    }
  }
  return *slot;
}

void PerVertex(benchmark::State& state, uint64_t settled) {
  state.counters["ns_per_vertex"] = benchmark::Counter(static_cast<double>(settled) / 1e9,
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_FullDijkstra(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  VertexId source = 0;
  uint64_t settled = 0;
  for (auto _ : state) {
    dij.Reset();
    dij.AddSource(source);
    dij.Run(g);
    settled += dij.SettledVertices().size();
    source = (source + 7919) % g.NumVertices();
  }
  PerVertex(state, settled);
}

void BM_BucketSearchFull(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  BucketSearch<uint32_t> search(g);
  VertexId source = 0;
  uint64_t settled = 0;
  for (auto _ : state) {
    search.Run(g, source, AllVertices{}, kInfinity<uint32_t>, [&](VertexId) { return ++settled, true; });
    source = (source + 7919) % g.NumVertices();
  }
  PerVertex(state, settled);
}

void BM_RangeSearchFull(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  const CompactCsr& c = Compact(state.range(0));
  const VertexId n = g.NumVertices();
  RangeSearch search(n, uint64_t{n - 1} * c.max_weight < std::numeric_limits<uint32_t>::max(), c.max_weight);
  std::vector<VertexId> vertices;
  std::vector<uint64_t> distances;
  vertices.reserve(n);
  distances.reserve(n);
  VertexId source = 0;
  uint64_t settled = 0;
  for (auto _ : state) {
    vertices.clear();
    distances.clear();
    search.Run(c.offsets.data(), c.arcs.data(), source, 0, n, std::numeric_limits<uint64_t>::max(), vertices,
               distances);
    settled += vertices.size();
    source = (source + 7919) % n;
  }
  PerVertex(state, settled);
}

// Sources and a radius for the bounded searches: about 300 vertices each
// (a triangulated grid's ball of hop radius ~10).
std::vector<VertexId> Sources(VertexId n) {
  Random rng(5);
  std::vector<VertexId> sources(SmokeMode() ? 200 : 20000);
  for (auto& s : sources) s = static_cast<VertexId>(rng.UniformInt(n));
  return sources;
}
uint64_t Radius(int64_t which) { return which == 0 ? 500 : 10; }

void BM_DijkstraBounded(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  const std::vector<VertexId> sources = Sources(g.NumVertices());
  const uint64_t radius = Radius(state.range(0));
  uint64_t settled = 0;
  for (auto _ : state) {
    for (VertexId s : sources) {
      dij.Reset();
      dij.AddSource(s);
      dij.Run(g, AllVertices{}, {.radius = radius});
      settled += dij.SettledVertices().size();
    }
  }
  PerVertex(state, settled);
}

void BM_BucketSearchBounded(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  BucketSearch<uint32_t> search(g);
  const std::vector<VertexId> sources = Sources(g.NumVertices());
  const uint64_t radius = Radius(state.range(0));
  uint64_t settled = 0;
  for (auto _ : state) {
    for (VertexId s : sources) {
      search.Run(g, s, AllVertices{}, radius, [&](VertexId) { return ++settled, true; });
    }
  }
  PerVertex(state, settled);
}

void BM_RangeSearchBounded(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(state.range(0));
  const CompactCsr& c = Compact(state.range(0));
  const VertexId n = g.NumVertices();
  RangeSearch search(n, uint64_t{n - 1} * c.max_weight < std::numeric_limits<uint32_t>::max(), c.max_weight);
  const std::vector<VertexId> sources = Sources(n);
  const uint64_t radius = Radius(state.range(0));
  std::vector<VertexId> vertices;
  std::vector<uint64_t> distances;
  uint64_t settled = 0;
  for (auto _ : state) {
    for (VertexId s : sources) {
      vertices.clear();
      distances.clear();
      search.Run(c.offsets.data(), c.arcs.data(), s, 0, n, radius, vertices, distances);
      settled += vertices.size();
    }
  }
  PerVertex(state, settled);
}

BENCHMARK(BM_FullDijkstra)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(BM_BucketSearchFull)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(BM_RangeSearchFull)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK(BM_DijkstraBounded)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_BucketSearchBounded)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RangeSearchBounded)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// CI smoke: every engine once on the tiny grid, its results cross-checked.
void BM_Smoke(benchmark::State& state) {
  const Graph<uint32_t>& g = KitGraph(0);
  const CompactCsr& c = Compact(0);
  const VertexId n = g.NumVertices();
  DijkstraEngine<uint32_t> dij(n);
  BucketSearch<uint32_t> bucket(g);
  RangeSearch range(n, true, c.max_weight);
  std::vector<VertexId> vertices;
  std::vector<uint64_t> distances;
  for (auto _ : state) {
    dij.Reset();
    dij.AddSource(0);
    dij.Run(g);
    uint64_t visits = 0;
    bucket.Run(g, 0, AllVertices{}, kInfinity<uint32_t>, [&](VertexId) { return ++visits, true; });
    range.Run(c.offsets.data(), c.arcs.data(), 0, 0, n, std::numeric_limits<uint64_t>::max(), vertices, distances);
    if (visits != n || vertices.size() != n || bucket.DistanceTo(n - 1) != dij.Distance(n - 1)) {
      state.SkipWithError("the engines disagree");
    }
  }
}
BENCHMARK(BM_Smoke)->Iterations(1);

}  // namespace
}  // namespace shortcut::bench

BENCHMARK_MAIN();
