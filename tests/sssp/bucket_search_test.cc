#include "shortcut/sssp/bucket_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"

namespace shortcut {
namespace {

// A connected random graph: a random spanning tree plus random extra edges,
// weights uniform in [lo, hi].
template <EdgeWeight W>
Graph<W> RandomGraph(VertexId n, uint32_t extra, uint64_t lo, uint64_t hi, Random& rng) {
  EdgeList<W> list;
  list.num_vertices = n;
  auto weight = [&] {
    if constexpr (std::floating_point<W>) {
      return static_cast<W>(lo + (hi - lo) * rng.UniformReal()) + W{0.5};
    } else {
      return static_cast<W>(lo + rng.UniformInt(hi - lo + 1));
    }
  };
  for (VertexId v = 1; v < n; ++v) list.edges.push_back({static_cast<VertexId>(rng.UniformInt(v)), v, weight()});
  for (uint32_t i = 0; i < extra; ++i) {
    const VertexId u = static_cast<VertexId>(rng.UniformInt(n)), v = static_cast<VertexId>(rng.UniformInt(n));
    if (u != v) list.edges.push_back({u, v, weight()});
  }
  auto g = BuildGraph(std::move(list));
  SHORTCUT_CHECK(g.ok());
  return std::move(*g);
}

// One run of the kit against the reference engine: same visits in the same
// order, same distances and parents for every vertex the reference settles
// up to the stop.
template <EdgeWeight W>
void ExpectSameAsDijkstra(const Graph<W>& g, BucketSearch<W>& kit, VertexId source, const LabelDomain& domain,
                          DistanceOf<W> radius, const std::vector<uint8_t>& filter, uint32_t stop_after) {
  DijkstraEngine<W> dij(g.NumVertices());
  dij.AddSource(source);
  std::vector<VertexId> expected;
  for (;;) {
    if (expected.size() >= stop_after) break;
    const VertexId v = dij.SettleOne(g, domain, radius);
    if (v == kNoVertex) break;
    if (filter[v]) expected.push_back(v);
  }
  std::vector<VertexId> visited;
  kit.Run(
      g, source, domain, radius, [&](VertexId v) { return filter[v] != 0; },
      [&](VertexId v) {
        visited.push_back(v);
        return visited.size() < stop_after;
      });
  ASSERT_EQ(visited, expected);
  // Every vertex settled by the reference before the stop (the last visit)
  // has the same distance and parent.
  for (VertexId v : dij.SettledVertices()) {
    if (!expected.empty() && visited.size() >= stop_after && v == expected.back()) break;
    ASSERT_EQ(kit.DistanceTo(v), dij.Distance(v)) << v;
    ASSERT_EQ(kit.Parent(v), dij.Parent(g, v)) << v;
  }
}

template <EdgeWeight W>
void RandomTrials(uint64_t lo, uint64_t hi, typename BucketSearch<W>::Queue queue, uint64_t seed) {
  Random rng(seed);
  for (int graph = 0; graph < 6; ++graph) {
    const VertexId n = static_cast<VertexId>(50 + rng.UniformInt(400));
    const Graph<W> g = RandomGraph<W>(n, static_cast<uint32_t>(n * (graph % 3)), lo, hi, rng);
    BucketSearch<W> kit(g);  // one workspace reused by every run below
    EXPECT_EQ(kit.queue(), queue);
    std::vector<uint32_t> label(n);
    std::vector<uint8_t> filter(n);
    for (int run = 0; run < 40; ++run) {
      // Domains: everything, or a random half (label 0), sometimes with the
      // source outside.
      const bool all = run % 3 == 0;
      for (VertexId v = 0; v < n; ++v) label[v] = all ? 0 : static_cast<uint32_t>(rng.UniformInt(2));
      for (VertexId v = 0; v < n; ++v) filter[v] = run % 2 == 0 ? 1 : rng.UniformInt(3) == 0;
      const VertexId source = static_cast<VertexId>(rng.UniformInt(n));
      DistanceOf<W> radius = kInfinity<W>;
      if (run % 4 == 1) radius = static_cast<DistanceOf<W>>(rng.UniformInt(hi * 8 + 1));
      if (run % 4 == 2) radius = static_cast<DistanceOf<W>>(hi * n);
      const uint32_t stop_after =
          run % 5 == 0 ? static_cast<uint32_t>(1 + rng.UniformInt(20)) : std::numeric_limits<uint32_t>::max();
      SCOPED_TRACE(::testing::Message() << "graph " << graph << " run " << run << " radius " << radius);
      ExpectSameAsDijkstra(g, kit, source, LabelDomain{label, 0}, radius, filter, stop_after);
    }
  }
}

using Q32 = BucketSearch<uint32_t>::Queue;

TEST(BucketSearchTest, UnitWeightsRunByLevels) { RandomTrials<uint32_t>(1, 1, Q32::kLevels, 1); }
TEST(BucketSearchTest, OneWeightRunsByLevels) { RandomTrials<uint32_t>(7, 7, Q32::kLevels, 2); }
TEST(BucketSearchTest, FewSmallWeightsRunOnDialsBuckets) { RandomTrials<uint32_t>(1, 3, Q32::kDial, 3); }
TEST(BucketSearchTest, WeightsUpToTheLimitRunOnDialsBuckets) {
  RandomTrials<uint32_t>(1, kMaxDialWeight, Q32::kDial, 4);
}
TEST(BucketSearchTest, WeightsAboveTheLimitRunOnAHeap) {
  RandomTrials<uint32_t>(kMaxDialWeight + 1, kMaxDialWeight + 2, Q32::kHeap, 5);
  RandomTrials<uint32_t>(1000, 1u << 30, Q32::kHeap, 6);
}
TEST(BucketSearchTest, FloatingPointWeightsRunOnAHeap) {
  RandomTrials<double>(1, 50, BucketSearch<double>::Queue::kHeap, 7);
}

// Several labelled sources: the same settle order, distances, parents and
// labels as DijkstraEngine with AddSource(v, 0, label), in every queue.
template <EdgeWeight W>
void MultiSourceTrials(uint64_t lo, uint64_t hi, uint64_t seed) {
  Random rng(seed);
  for (int graph = 0; graph < 4; ++graph) {
    const VertexId n = static_cast<VertexId>(50 + rng.UniformInt(300));
    const Graph<W> g = RandomGraph<W>(n, n, lo, hi, rng);
    BucketSearch<W> kit(g);
    std::vector<uint32_t> label(n);
    for (int run = 0; run < 20; ++run) {
      for (VertexId v = 0; v < n; ++v) label[v] = static_cast<uint32_t>(rng.UniformInt(4) == 0 ? 1 : 0);
      std::vector<VertexId> sources;
      std::vector<uint32_t> source_labels;
      const uint32_t k = static_cast<uint32_t>(1 + rng.UniformInt(8));
      for (uint32_t i = 0; i < k; ++i) {
        const VertexId s = static_cast<VertexId>(rng.UniformInt(n));
        if (std::find(sources.begin(), sources.end(), s) != sources.end()) continue;
        sources.push_back(s);
        source_labels.push_back(static_cast<uint32_t>(100 + rng.UniformInt(3)));
      }
      const DistanceOf<W> radius =
          run % 2 == 0 ? kInfinity<W> : static_cast<DistanceOf<W>>(rng.UniformInt(hi * 6 + 1));
      const LabelDomain domain{label, 0};
      DijkstraEngine<W> dij(n);
      for (std::size_t i = 0; i < sources.size(); ++i) dij.AddSource(sources[i], 0, source_labels[i]);
      dij.Run(g, domain, {.radius = radius});
      std::vector<VertexId> visited;
      kit.RunFrom(g, sources, source_labels, domain, radius, [](VertexId) { return true; },
                  [&](VertexId v) {
                    visited.push_back(v);
                    return true;
                  });
      SCOPED_TRACE(::testing::Message() << "graph " << graph << " run " << run);
      ASSERT_EQ(visited, std::vector<VertexId>(dij.SettledVertices().begin(), dij.SettledVertices().end()));
      for (VertexId v : visited) {
        ASSERT_EQ(kit.DistanceTo(v), dij.Distance(v));
        ASSERT_EQ(kit.Parent(v), dij.Parent(g, v));
        ASSERT_EQ(kit.Label(v), dij.Label(v));
      }
    }
  }
}

TEST(BucketSearchTest, MultiSourceLabelsMatchDijkstra) {
  MultiSourceTrials<uint32_t>(1, 1, 11);
  MultiSourceTrials<uint32_t>(5, 5, 12);
  MultiSourceTrials<uint32_t>(1, 4, 13);
  MultiSourceTrials<uint32_t>(1, kMaxDialWeight, 14);
  MultiSourceTrials<uint32_t>(kMaxDialWeight + 1, 100000, 15);
  MultiSourceTrials<double>(1, 20, 16);
}

// A radius beyond 32-bit stamps sends a Dial or level search to the heap,
// with the same result.
TEST(BucketSearchTest, HugeRadiusFallsBackToTheHeap) {
  Random rng(8);
  const Graph<uint32_t> g = RandomGraph<uint32_t>(300, 300, 1, 9, rng);
  BucketSearch<uint32_t> kit(g);
  std::vector<uint32_t> label(g.NumVertices(), 0);
  std::vector<uint8_t> filter(g.NumVertices(), 1);
  for (uint64_t radius : {uint64_t{1} << 32, uint64_t{1} << 40, kInfinity<uint32_t>}) {
    ExpectSameAsDijkstra(g, kit, 0, LabelDomain{label, 0}, radius, filter, std::numeric_limits<uint32_t>::max());
  }
}

// A long path of heavy edges: every run reserves 3·2^30 stamps and writes up
// to base + ~2·10^6, so the 32-bit range runs out about every 530 runs and
// the workspace must wipe itself and stay correct.
TEST(BucketSearchTest, SurvivesExhaustingTheStampRange) {
  EdgeList<uint32_t> list;
  const VertexId n = 2000;
  list.num_vertices = n;
  for (VertexId v = 1; v < n; ++v) list.edges.push_back({v - 1, v, v % 2 == 0 ? 1000u : 999u});
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  DijkstraEngine<uint32_t> dij(n);
  dij.AddSource(0);
  dij.Run(g);
  BucketSearch<uint32_t> kit(g);
  ASSERT_EQ(kit.queue(), Q32::kDial);
  for (int run = 0; run < 700; ++run) {
    uint32_t settled = 0;
    kit.Run(g, 0, AllVertices{}, uint64_t{3} << 30, [&](VertexId) { return ++settled > 0; });
    ASSERT_EQ(settled, n);
    for (VertexId v = run % 7; v < n; v += 97) ASSERT_EQ(kit.DistanceTo(v), dij.Distance(v)) << run;
  }
}

TEST(StampClockTest, WipesOnlyWhenTheRangeRunsOut) {
  StampClock clock;
  int wipes = 0;
  auto wipe = [&] { ++wipes; };
  const uint32_t a = clock.Begin(uint64_t{1} << 31, wipe);
  EXPECT_EQ(wipes, 0);
  const uint32_t b = clock.Begin(uint64_t{1} << 30, wipe);
  EXPECT_EQ(wipes, 0);
  EXPECT_GT(b, a + (uint64_t{1} << 31));
  clock.Begin(uint64_t{1} << 31, wipe);  // no room left: wipe and start over
  EXPECT_EQ(wipes, 1);
  EXPECT_EQ(clock.base(), 1u);
  clock.End(5);
  EXPECT_EQ(clock.Begin(0, wipe), 6u);
  EXPECT_FALSE(StampClock::Fits(uint64_t{1} << 32));
  EXPECT_TRUE(StampClock::Fits(uint64_t{1} << 31));
}

TEST(StampClockTest, MarkerSurvivesManyClears) {
  TimestampMarker m(4);
  for (int i = 0; i < 100000; ++i) {
    m.Set(i % 4);
    ASSERT_TRUE(m.Get(i % 4));
    ASSERT_FALSE(m.Get((i + 1) % 4));
    m.Clear();
    ASSERT_FALSE(m.Get(i % 4));
  }
}

}  // namespace
}  // namespace shortcut
