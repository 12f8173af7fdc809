#include "shortcut/sssp/bidirectional_dijkstra.h"

#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"

namespace shortcut {
namespace {

// Agrees with the plain Dijkstra engine on every pair of every family (one
// object reused for all queries, so epochs are exercised).
TEST(BidirectionalDijkstraTest, AgreesWithDijkstraOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    SCOPED_TRACE(tg.name);
    const Graph<uint32_t>& g = tg.graph;
    const VertexId n = g.NumVertices();
    DijkstraEngine<uint32_t> dijkstra(n);
    BidirectionalDijkstra<uint32_t> bidi(n);
    for (VertexId s = 0; s < n; s += 3) {
      dijkstra.Reset();
      dijkstra.AddSource(s);
      dijkstra.Run(g);
      for (VertexId t = 0; t < n; ++t) {
        ASSERT_EQ(bidi.Distance(g, s, t), dijkstra.Distance(t)) << s << " -> " << t;
      }
    }
  }
}

// Unreachable targets, s == t, and early stopping (a near target settles
// far fewer vertices than the graph has).
TEST(BidirectionalDijkstraTest, EdgeCases) {
  //   0 -1- 1 -1- 2      3 -4- 4
  EdgeList<uint32_t> list;
  list.num_vertices = 5;
  list.edges = {{0, 1, 1}, {1, 2, 1}, {3, 4, 4}};
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  BidirectionalDijkstra<uint32_t> bidi(5);
  EXPECT_EQ(bidi.Distance(g, 0, 2), 2u);
  EXPECT_EQ(bidi.Distance(g, 2, 0), 2u);
  EXPECT_EQ(bidi.Distance(g, 0, 4), kInfinity<uint32_t>);
  EXPECT_EQ(bidi.Distance(g, 3, 4), 4u);
  EXPECT_EQ(bidi.Distance(g, 1, 1), 0u);
  EXPECT_EQ(bidi.SettledLastQuery(), 0u);

  const Graph<uint32_t> grid = testing::MustBuild(GridEdges(60, 60));
  BidirectionalDijkstra<uint32_t> b(grid.NumVertices());
  EXPECT_EQ(b.Distance(grid, 30 * 60 + 30, 30 * 60 + 32), 2u);
  EXPECT_LT(b.SettledLastQuery(), 100u);
}

TEST(BidirectionalDijkstraTest, RandomPairsOnALargerWeightedGraph) {
  const Graph<uint32_t> g =
      testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(70, 60, 3), 1, 1000, 8));
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  BidirectionalDijkstra<uint32_t> bidi(g.NumVertices());
  Random rng(5);
  for (int i = 0; i < 300; ++i) {
    const VertexId s = rng.UniformInt(g.NumVertices()), t = rng.UniformInt(g.NumVertices());
    dijkstra.Reset();
    dijkstra.AddSource(s);
    dijkstra.AddTarget(t);
    dijkstra.Run(g);
    ASSERT_EQ(bidi.Distance(g, s, t), dijkstra.Distance(t)) << s << " -> " << t;
  }
}

TEST(BidirectionalDijkstraTest, DoubleWeights) {
  EdgeList<double> list;
  list.num_vertices = 4;
  list.edges = {{0, 1, 0.5}, {1, 2, 0.25}, {0, 2, 1.0}, {2, 3, 2.0}};
  auto g = BuildGraph(std::move(list));
  ASSERT_TRUE(g.ok());
  BidirectionalDijkstra<double> bidi(4);
  EXPECT_DOUBLE_EQ(bidi.Distance(*g, 0, 3), 2.75);
  EXPECT_DOUBLE_EQ(bidi.Distance(*g, 3, 0), 2.75);
}

}  // namespace
}  // namespace shortcut
