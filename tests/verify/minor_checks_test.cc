#include "shortcut/verify/minor_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/bounded_treewidth.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/tree.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

//   0 - 1 - 2
//   |   |   |      a 2x3 grid: one K4? no (treewidth 2)
//   3 - 4 - 5
TEST(CheckMinorWitnessTest, AcceptsValidModels) {
  Graph<uint32_t> k4 = MustBuild(testing::CompleteEdges(4));
  EXPECT_OK(CheckMinorWitness(k4, {{0}, {1}, {2}, {3}}));
  // A 3x3 grid contracts to K4: centre, and three connected sets around it.
  //   0 1 2
  //   3 4 5
  //   6 7 8
  Graph<uint32_t> grid = MustBuild(GridEdges(3, 3));
  EXPECT_OK(CheckMinorWitness(grid, {{4}, {1, 0, 2}, {5, 8}, {3, 6, 7}}));
  EXPECT_OK(CheckMinorWitness(grid, {}));
}

TEST(CheckMinorWitnessTest, NamesTheViolation) {
  Graph<uint32_t> grid = MustBuild(GridEdges(3, 3));
  EXPECT_THAT(CheckMinorWitness(grid, {{4}, {}}), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("empty")));
  EXPECT_THAT(CheckMinorWitness(grid, {{4}, {4, 1}}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("branch sets 0 and 1")));
  EXPECT_THAT(CheckMinorWitness(grid, {{1, 1}}), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("twice")));
  EXPECT_THAT(CheckMinorWitness(grid, {{9}}), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("out of range")));
  EXPECT_THAT(CheckMinorWitness(grid, {{0, 8}}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not connected")));
  EXPECT_THAT(CheckMinorWitness(grid, {{0}, {1}, {8}}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("branch sets 0 and 2 are not adjacent")));
}

TEST(HasK3MinorTest, TreesHaveNoneCyclesDo) {
  for (uint64_t seed = 0; seed < 20; ++seed) {
    Graph<uint32_t> t = MustBuild(RandomTreeEdges(50 + static_cast<uint32_t>(seed), seed));
    EXPECT_FALSE(HasK3Minor(t).has_minor);
  }
  Graph<uint32_t> grid = MustBuild(GridEdges(4, 5));
  const MinorTestResult r = HasK3Minor(grid);
  ASSERT_TRUE(r.has_minor);
  EXPECT_GE(r.cycle.size(), 3u);
  for (std::size_t i = 0; i < r.cycle.size(); ++i) {
    EXPECT_NE(grid.FindArc(r.cycle[i], r.cycle[(i + 1) % r.cycle.size()]), kNoArc);
  }
  EXPECT_OK(CheckMinorWitness(grid, r.witness));
  EXPECT_EQ(r.witness.size(), 3u);
}

TEST(HasK4MinorTest, ExactOnKnownGraphs) {
  EXPECT_FALSE(HasK4Minor(MustBuild(testing::CompleteEdges(3))).has_minor);
  EXPECT_FALSE(HasK4Minor(MustBuild(GridEdges(2, 30))).has_minor);  // ladder: treewidth 2
  EXPECT_FALSE(HasK4Minor(MustBuild(RandomTreeEdges(100, 1))).has_minor);
  std::vector<Graph<uint32_t>> graphs;
  graphs.push_back(MustBuild(testing::CompleteEdges(4)));
  graphs.push_back(MustBuild(testing::CompleteEdges(6)));
  graphs.push_back(MustBuild(testing::PetersenEdges()));
  graphs.push_back(MustBuild(GridEdges(3, 3)));
  graphs.push_back(MustBuild(GridEdges(30, 40)));
  for (const Graph<uint32_t>& g : graphs) {
    const MinorTestResult r = HasK4Minor(g);
    ASSERT_TRUE(r.has_minor);
    ASSERT_EQ(r.witness.size(), 4u);
    EXPECT_OK(CheckMinorWitness(g, r.witness));
  }
}

TEST(HasK4MinorTest, SeriesParallelGraphsAreK4Free) {
  for (uint64_t seed = 0; seed < 30; ++seed) {
    GeneratedGraph sp = RandomSeriesParallel(20 + 7 * static_cast<uint32_t>(seed), seed);
    EXPECT_FALSE(HasK4Minor(MustBuild(std::move(sp.list))).has_minor) << seed;
  }
}

TEST(HadwigerLowerBoundTest, FindsCliquesAndRespectsMinorFreeness) {
  for (uint32_t k = 1; k <= 7; ++k) {
    ASSERT_OK_AND_ASSIGN(BranchSets sets, HadwigerLowerBound(MustBuild(testing::CompleteEdges(k))));
    EXPECT_EQ(sets.size(), k);
  }
  Graph<uint32_t> petersen = MustBuild(testing::PetersenEdges());
  HadwigerOptions options;
  options.attempts = 20;
  ASSERT_OK_AND_ASSIGN(BranchSets p, HadwigerLowerBound(petersen, options));
  EXPECT_GE(p.size(), 5u);  // Petersen has a K5 minor (contract the spokes)
  EXPECT_LE(p.size(), 6u);  // and its Hadwiger number is 6
  EXPECT_OK(CheckMinorWitness(petersen, p));
  // Planar graphs never yield more than K4; a big grid yields K4.
  Graph<uint32_t> grid = MustBuild(GridEdges(20, 20));
  ASSERT_OK_AND_ASSIGN(BranchSets gsets, HadwigerLowerBound(grid, options));
  EXPECT_LE(gsets.size(), 4u);
  EXPECT_GE(gsets.size(), 3u);
  // k-trees: at most K_{k+1}.
  for (uint32_t k = 2; k <= 5; ++k) {
    GeneratedGraph t = RandomKTree(200, k, k);
    Graph<uint32_t> g = MustBuild(std::move(t.list));
    ASSERT_OK_AND_ASSIGN(BranchSets s, HadwigerLowerBound(g, options));
    EXPECT_LE(s.size(), k + 1);
    EXPECT_GE(s.size(), k + 1);  // the initial clique is found by contraction
  }
}

TEST(HadwigerLowerBoundTest, StartsFromInitialSetsAndRejectsBadOnes) {
  Graph<uint32_t> grid = MustBuild(GridEdges(3, 3));
  HadwigerOptions options;
  options.initial = {{0, 1, 2}};
  ASSERT_OK_AND_ASSIGN(BranchSets sets, HadwigerLowerBound(grid, options));
  EXPECT_OK(CheckMinorWitness(grid, sets));
  options.initial = {{0, 8}};
  EXPECT_THAT(HadwigerLowerBound(grid, options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not connected")));
  options.initial = {{0, 1}, {1, 2}};
  EXPECT_THAT(HadwigerLowerBound(grid, options), StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
}

TEST(HadwigerLowerBoundTest, DisconnectedGraphUsesBestComponent) {
  EdgeList<uint32_t> list = testing::CompleteEdges(5);
  list.num_vertices = 12;
  for (VertexId v = 5; v + 1 < 12; ++v) list.edges.push_back({v, v + 1, 1});
  Graph<uint32_t> g = MustBuild(std::move(list));
  ASSERT_OK_AND_ASSIGN(BranchSets sets, HadwigerLowerBound(g));
  EXPECT_EQ(sets.size(), 5u);
  EXPECT_TRUE(HasK4Minor(g).has_minor);
  EXPECT_OK(HadwigerLowerBound(Graph<uint32_t>()).status());
}

}  // namespace
}  // namespace shortcut
