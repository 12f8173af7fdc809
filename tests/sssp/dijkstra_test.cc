#include "shortcut/sssp/dijkstra.h"

#include <gtest/gtest.h>

#include "testing/boost_reference.h"
#include "testing/graphs.h"

namespace shortcut {
namespace {

// Exact equality with Boost.Graph on random weighted families.
TEST(DijkstraTest, MatchesBoostOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    const Graph<uint32_t>& g = tg.graph;
    auto bg = testing::ToBoostCsr(g);
    DijkstraEngine<uint32_t> dij(g.NumVertices());
    for (VertexId s = 0; s < g.NumVertices(); s += 37) {
      dij.Reset();
      dij.AddSource(s);
      dij.Run(g);
      auto ref = testing::BoostDistances(bg, s);
      for (VertexId v : g.Vertices()) {
        ASSERT_EQ(dij.Distance(v), ref[v]) << tg.name << " source " << s << " vertex " << v;
      }
      EXPECT_EQ(dij.SettledVertices().size(), g.NumVertices());
    }
  }
}

TEST(DijkstraTest, SettleOrderAndParentsAreConsistent) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(20, 20, 1), 1, 9, 2));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  dij.AddSource(0);
  dij.Run(g);
  auto settled = dij.SettledVertices();
  for (std::size_t i = 1; i < settled.size(); ++i) {
    const auto a = std::make_pair(dij.Distance(settled[i - 1]), settled[i - 1]);
    const auto b = std::make_pair(dij.Distance(settled[i]), settled[i]);
    EXPECT_LT(a, b);
  }
  for (VertexId v : g.Vertices()) {
    const ArcId a = dij.ParentArc(v);
    if (v == 0) {
      EXPECT_EQ(a, kNoArc);
      continue;
    }
    ASSERT_NE(a, kNoArc);
    EXPECT_EQ(g.Head(a), v);
    EXPECT_EQ(dij.Distance(g.Tail(a)) + g.Weight(a), dij.Distance(v));
  }
  auto path = dij.PathTo(g, 399);
  EXPECT_EQ(path.front(), 0u);
  EXPECT_EQ(path.back(), 399u);
}

// Multi-source with offsets and labels: the label of a vertex is the source
// minimising (offset + distance); this is a Voronoi diagram.
TEST(DijkstraTest, MultiSourceLabelsFormVoronoiCells) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(15, 15), 1, 20, 3));
  auto bg = testing::ToBoostCsr(g);
  const std::vector<VertexId> sources = {0, 112, 224, 14};
  const std::vector<uint64_t> offsets = {5, 0, 3, 9};
  std::vector<std::vector<uint64_t>> ref;
  for (VertexId s : sources) ref.push_back(testing::BoostDistances(bg, s));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  for (std::size_t i = 0; i < sources.size(); ++i) dij.AddSource(sources[i], offsets[i], static_cast<uint32_t>(i));
  dij.Run(g);
  for (VertexId v : g.Vertices()) {
    uint64_t best = UINT64_MAX;
    for (std::size_t i = 0; i < sources.size(); ++i) best = std::min(best, ref[i][v] + offsets[i]);
    ASSERT_EQ(dij.Distance(v), best);
    const uint32_t label = dij.Label(v);
    EXPECT_EQ(ref[label][v] + offsets[label], best);
  }
}

TEST(DijkstraTest, DomainRadiusAndTargets) {
  // 0 - 1 - 2 - ... - 9 (unit path)
  Graph<uint32_t> g = testing::MustBuild(GridEdges(1, 10));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  std::vector<uint32_t> label(10, 0);
  label[5] = 1;  // cut the path at 5
  dij.AddSource(2);
  dij.Run(g, LabelDomain{label, 0});
  EXPECT_EQ(dij.Distance(4), 2u);
  EXPECT_FALSE(dij.IsReached(5));
  EXPECT_FALSE(dij.IsReached(6));

  dij.Reset();
  dij.AddSource(0);
  dij.Run(g, AllVertices{}, {.radius = 3});
  EXPECT_EQ(dij.SettledVertices().size(), 4u);
  EXPECT_FALSE(dij.IsReached(4));

  dij.Reset();
  dij.AddSource(0);
  dij.AddTarget(6);
  dij.Run(g);
  EXPECT_TRUE(dij.IsSettled(6));
  EXPECT_FALSE(dij.IsSettled(7));
  dij.Run(g);  // resumable
  EXPECT_TRUE(dij.IsSettled(9));

  dij.Reset();
  dij.AddSource(9);
  for (int i = 0; i < 4; ++i) EXPECT_NE(dij.SettleOne(g), kNoVertex);
  EXPECT_EQ(dij.SettledVertices().back(), 6u);
}

// Many resets on a big engine must not disturb results (epoch logic).
TEST(DijkstraTest, ResetIsClean) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(10, 10), 1, 5, 1));
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  dij.AddSource(0);
  dij.Run(g);
  const uint64_t d = dij.Distance(99);
  for (int i = 0; i < 1000; ++i) {
    dij.Reset();
    dij.AddSource(static_cast<VertexId>(i % 100));
    dij.Run(g, AllVertices{}, {.radius = 3});
  }
  dij.Reset();
  EXPECT_FALSE(dij.IsReached(0));
  dij.AddSource(0);
  dij.Run(g);
  EXPECT_EQ(dij.Distance(99), d);
}

}  // namespace
}  // namespace shortcut
