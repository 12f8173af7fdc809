#include "shortcut/sssp/dijkstra.h"

#include <gtest/gtest.h>

#include <vector>

#include "shortcut/core/graph_builder.h"

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

// PopNext + Relax on every vertex is Run; expanding only some vertices
// settles the rest without searching past them (against Boost on the
// subgraph where the unexpanded vertices have no out-arcs).
TEST(DijkstraTest, PopNextAndRelaxTakeRunApart) {
  for (auto& tg : testing::SmallFamilies()) {
    const Graph<uint32_t>& g = tg.graph;
    DijkstraEngine<uint32_t> run(g.NumVertices()), stepped(g.NumVertices());
    run.AddSource(0);
    run.AddSource(g.NumVertices() / 2, 3);
    run.Run(g);
    stepped.AddSource(0);
    stepped.AddSource(g.NumVertices() / 2, 3);
    for (VertexId v; (v = stepped.PopNext()) != kNoVertex;) stepped.Relax(g, v);
    ASSERT_EQ(std::vector<VertexId>(run.SettledVertices().begin(), run.SettledVertices().end()),
              std::vector<VertexId>(stepped.SettledVertices().begin(), stepped.SettledVertices().end()))
        << tg.name;
    for (VertexId v : g.Vertices()) {
      ASSERT_EQ(run.Distance(v), stepped.Distance(v)) << tg.name;
      ASSERT_EQ(run.ParentArc(v), stepped.ParentArc(v)) << tg.name;
      ASSERT_EQ(run.Label(v), stepped.Label(v)) << tg.name;
    }
    // Expand only vertices with even ids (and the source): distances are those
    // of the graph whose odd vertices keep only their in-arcs.
    EdgeList<uint32_t> directed;
    directed.num_vertices = g.NumVertices();
    directed.directed = true;
    for (VertexId u : g.Vertices()) {
      if (u % 2 != 0 && u != 0) continue;
      for (ArcId a : g.Arcs(u)) directed.edges.push_back({u, g.Head(a), g.Weight(a)});
    }
    DijkstraEngine<uint32_t> partial(g.NumVertices());
    partial.AddSource(0);
    for (VertexId v; (v = partial.PopNext()) != kNoVertex;) {
      if (v % 2 == 0) partial.Relax(g, v);
    }
    // Reference: a plain Bellman-Ford over the directed arcs.
    std::vector<uint64_t> ref(g.NumVertices(), kInfinity<uint32_t>);
    ref[0] = 0;
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& e : directed.edges) {
        if (ref[e.tail] != kInfinity<uint32_t> && ref[e.tail] + e.weight < ref[e.head]) {
          ref[e.head] = ref[e.tail] + e.weight;
          changed = true;
        }
      }
    }
    for (VertexId v : g.Vertices()) ASSERT_EQ(partial.Distance(v), ref[v]) << tg.name << " vertex " << v;
  }
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
