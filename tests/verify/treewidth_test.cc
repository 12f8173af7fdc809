#include "shortcut/verify/treewidth.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/bounded_treewidth.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/planar.h"
#include "shortcut/generators/tree.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

//   0 - 1 - 2
//   |   |   |
//   3 - 4 - 5
Graph<uint32_t> Ladder() { return MustBuild(GridEdges(2, 3)); }

TEST(CheckTreeDecompositionTest, AcceptsAValidDecomposition) {
  TreeDecomposition td;
  td.bags = {{0, 1, 3}, {1, 3, 4}, {1, 2, 4}, {2, 4, 5}};
  td.edges = {{0, 1}, {1, 2}, {2, 3}};
  EXPECT_OK(CheckTreeDecomposition(Ladder(), td));
  EXPECT_EQ(td.Width(), 2);
  EXPECT_EQ(TreeDecomposition{}.Width(), -1);
  EXPECT_OK(CheckTreeDecomposition(Graph<uint32_t>(), TreeDecomposition{}));
}

TEST(CheckTreeDecompositionTest, NamesEachViolation) {
  const Graph<uint32_t> g = Ladder();
  auto check = [&g](std::vector<std::vector<VertexId>> bags, std::vector<std::pair<uint32_t, uint32_t>> edges) {
    TreeDecomposition td;
    td.bags = std::move(bags);
    td.edges = std::move(edges);
    return CheckTreeDecomposition(g, td);
  };
  const auto kFailed = absl::StatusCode::kFailedPrecondition;
  // Edge (2, 5) uncovered.
  EXPECT_THAT(check({{0, 1, 3}, {1, 3, 4}, {1, 2, 4}, {4, 5}}, {{0, 1}, {1, 2}, {2, 3}}),
              StatusIs(kFailed, HasSubstr("edge (2, 5) is in no bag")));
  // Vertex 5 missing.
  EXPECT_THAT(check({{0, 1, 3}, {1, 3, 4}, {1, 2, 4}}, {{0, 1}, {1, 2}}),
              StatusIs(kFailed, HasSubstr("vertex 5 is in no bag")));
  // Vertex 1 in bags 0 and 2 but not in bag 1 between them.
  EXPECT_THAT(check({{0, 1, 3}, {3, 4}, {1, 2, 4}, {2, 4, 5}}, {{0, 1}, {1, 2}, {2, 3}}),
              StatusIs(kFailed, HasSubstr("vertex 1 are not connected")));
  // Not a tree: a cycle, or too few edges.
  EXPECT_THAT(check({{0, 1, 3}, {1, 3, 4}, {1, 2, 4}, {2, 4, 5}}, {{0, 1}, {1, 2}, {2, 0}}),
              StatusIs(kFailed, HasSubstr("closes a cycle")));
  EXPECT_THAT(check({{0, 1, 3}, {1, 3, 4}, {1, 2, 4}, {2, 4, 5}}, {{0, 1}, {1, 2}}),
              StatusIs(kFailed, HasSubstr("need 3 tree edges")));
  EXPECT_THAT(check({{0, 1, 3}, {1, 3, 4}, {1, 2, 4}, {2, 4, 5}}, {{0, 1}, {1, 2}, {2, 7}}),
              StatusIs(kFailed, HasSubstr("missing bag")));
  // Malformed bags.
  EXPECT_THAT(check({{0, 1, 3, 4, 2, 5}}, {}), StatusIs(kFailed, HasSubstr("not sorted")));
  EXPECT_THAT(check({{0, 1, 2, 3, 4, 5, 6}}, {}), StatusIs(kFailed, HasSubstr("out of range")));
  EXPECT_THAT(check({}, {}), StatusIs(kFailed, HasSubstr("no bags")));
  // One bag with everything is always valid.
  EXPECT_OK(check({{0, 1, 2, 3, 4, 5}}, {}));
}

TEST(EliminationDecompositionTest, ValidAndTightOnKnownClasses) {
  for (auto heuristic : {EliminationHeuristic::kMinDegree, EliminationHeuristic::kMinFill}) {
    for (uint64_t seed = 0; seed < 10; ++seed) {
      const Graph<uint32_t> tree = MustBuild(RandomTreeEdges(100, seed));
      TreeDecomposition td = EliminationDecomposition(tree, heuristic);
      EXPECT_OK(CheckTreeDecomposition(tree, td));
      EXPECT_EQ(td.Width(), 1);
      for (uint32_t k = 1; k <= 5; ++k) {
        GeneratedGraph kt = RandomKTree(150, k, seed);
        const Graph<uint32_t> g = MustBuild(std::move(kt.list));
        td = EliminationDecomposition(g, heuristic);
        EXPECT_OK(CheckTreeDecomposition(g, td));
        EXPECT_EQ(td.Width(), k);  // k-trees are chordal: greedy orders are perfect
      }
      GeneratedGraph sp = RandomSeriesParallel(200, seed);
      const Graph<uint32_t> g = MustBuild(std::move(sp.list));
      td = EliminationDecomposition(g, heuristic);
      EXPECT_OK(CheckTreeDecomposition(g, td));
      EXPECT_LE(td.Width(), 2);
    }
    // Grids: width close to the side.
    const Graph<uint32_t> grid = MustBuild(GridEdges(8, 8));
    TreeDecomposition td = EliminationDecomposition(grid, heuristic);
    EXPECT_OK(CheckTreeDecomposition(grid, td));
    EXPECT_GE(td.Width(), 8);
    EXPECT_LE(td.Width(), 16);
    // Disconnected graphs and isolated vertices still give one tree.
    EdgeList<uint32_t> two = GridEdges(3, 3);
    two.num_vertices = 12;
    two.coordinates.clear();
    two.edges.push_back({9, 10, 1});
    const Graph<uint32_t> g2 = MustBuild(std::move(two));
    td = EliminationDecomposition(g2, heuristic);
    EXPECT_OK(CheckTreeDecomposition(g2, td));
  }
}

TEST(EliminationDecompositionTest, MinFillAtLeastAsGoodOnPartialKTrees) {
  GeneratedGraph pk = RandomPartialKTree(2000, 6, 3, 0.5);
  const Graph<uint32_t> g = MustBuild(std::move(pk.list));
  const TreeDecomposition degree = EliminationDecomposition(g, EliminationHeuristic::kMinDegree);
  const TreeDecomposition fill = EliminationDecomposition(g, EliminationHeuristic::kMinFill);
  EXPECT_OK(CheckTreeDecomposition(g, degree));
  EXPECT_OK(CheckTreeDecomposition(g, fill));
  EXPECT_LE(fill.Width(), 6 + 4);
  EXPECT_LE(degree.Width(), 6 + 8);
}

}  // namespace
}  // namespace shortcut
