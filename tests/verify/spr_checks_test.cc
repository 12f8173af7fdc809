#include "shortcut/verify/spr_checks.h"

#include <gtest/gtest.h>

#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;
using Edges = std::vector<MinorEdge<uint32_t>>;

// The path 0 - 1 - 2 - 3 - 4, unit weights, external ids = internal ids.
Graph<uint32_t> Path5() { return MustBuild(GridEdges(1, 5)); }

SprCheckReport Check(const Graph<uint32_t>& g, const std::vector<VertexId>& terminals,
                     const std::vector<VertexId>& f, const Edges& edges, SprCheckOptions options = {}) {
  return CheckSteinerPointRemoval<uint32_t>(g, terminals, f, edges, options);
}

TEST(SprChecksTest, AcceptsAValidMinorAndMeasuresIt) {
  auto g = Path5();
  const auto rep = Check(g, {0, 4}, {0, 0, 0, 4, 4}, {{0, 4, 4}});
  EXPECT_OK(rep.status);
  EXPECT_EQ(rep.terminals, 2u);
  EXPECT_EQ(rep.pairs, 1u);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_EQ(rep.max_distortion, 1.0);
  EXPECT_EQ(rep.max_region_size, 3u);
}

// A star: centre 3, leaves 0, 1, 2 (unit weights), terminals the leaves. The
// centre joins 0, so M is the path 1 - 0 - 2 with weights 2: d_M(1, 2) = 4
// against d_G = 2.
//
//        1
//        |
//   0 -- 3 -- 2
TEST(SprChecksTest, ExactDistortionOfAStar) {
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 3, 1}, {1, 3, 1}, {2, 3, 1}};
  auto g = MustBuild(std::move(list));
  const auto rep = Check(g, {0, 1, 2}, {0, 1, 2, 0}, {{0, 1, 2}, {0, 2, 2}});
  ASSERT_OK(rep.status);
  EXPECT_EQ(rep.pairs, 3u);
  EXPECT_DOUBLE_EQ(rep.max_distortion, 2.0);
  EXPECT_DOUBLE_EQ(rep.mean_distortion, 4.0 / 3.0);
  EXPECT_EQ(rep.worst_u, 1u);
  EXPECT_EQ(rep.worst_v, 2u);
  EXPECT_EQ(rep.worst_graph_distance, 2.0);
  EXPECT_EQ(rep.worst_minor_distance, 4.0);
  // Either endpoint order is accepted.
  EXPECT_OK(Check(g, {0, 1, 2}, {0, 1, 2, 0}, {{1, 0, 2}, {2, 0, 2}}).status);
}

// A distortion bound: the star's minor (distortion exactly 2, at the pair
// 1, 2) passes a bound of 2 and fails 1.9 naming that pair; integer
// distances are compared exactly at the bound (4 = 2 x 2 is not above it).
TEST(SprChecksTest, DistortionBoundFailsWithTheExceedingPair) {
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 3, 1}, {1, 3, 1}, {2, 3, 1}};
  auto g = MustBuild(std::move(list));
  const std::vector<VertexId> terminals = {0, 1, 2}, f = {0, 1, 2, 0};
  const Edges edges = {{0, 1, 2}, {0, 2, 2}};
  SprCheckOptions options;
  options.max_distortion = 2;
  const auto holds = Check(g, terminals, f, edges, options);
  EXPECT_OK(holds.status);
  EXPECT_DOUBLE_EQ(holds.max_distortion, 2.0);
  options.max_distortion = 1.9;
  const auto fails = Check(g, terminals, f, edges, options);
  EXPECT_THAT(fails.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("terminals 1 and 2: d_M = 4")));
  // Sampled sources enforce the bound on the pairs they measure: any two of
  // the three terminals measure the pair 1, 2.
  options.max_sources = 2;
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    options.seed = seed;
    EXPECT_THAT(Check(g, terminals, f, edges, options).status,
                StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("d_M = 4 exceeds 1.9 x d_G")));
  }
}

TEST(SprChecksTest, RejectsAWrongOrMissingTerminal) {
  auto g = Path5();
  // Terminal 4 maps to 0: its region does not contain it.
  EXPECT_THAT(Check(g, {0, 4}, {0, 0, 0, 0, 0}, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("terminal 4 maps to terminal 0")));
  // Vertex 2 maps to 3, not a terminal.
  EXPECT_THAT(Check(g, {0, 4}, {0, 0, 3, 4, 4}, {{0, 4, 4}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("vertex 2 maps to vertex 3, which is not a terminal")));
  EXPECT_THAT(Check(g, {0, 4}, {0, 0, 9, 4, 4}, {{0, 4, 4}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("maps to no vertex")));
  EXPECT_THAT(Check(g, {0, 4}, {0, 0, 4}, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("3 entries for 5 vertices")));
  EXPECT_THAT(Check(g, {}, {0, 0, 0, 0, 0}, {}).status, StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no terminals")));
  EXPECT_THAT(Check(g, {0, 0}, {0, 0, 0, 0, 0}, {}).status, StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("twice")));
  EXPECT_THAT(Check(g, {0, 7}, {0, 0, 0, 0, 0}, {}).status, StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("outside")));
}

TEST(SprChecksTest, RejectsADisconnectedRegion) {
  auto g = Path5();
  // f = 0 4 0 4 4: vertex 1 maps to 4 but is cut off from it by vertex 2
  // (and vertex 2 from terminal 0 by vertex 1). The first vertex found is
  // reported.
  EXPECT_THAT(Check(g, {0, 4}, {0, 4, 0, 4, 4}, {{0, 4, 4}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("region of terminal 4 is not connected: vertex 1")));
}

TEST(SprChecksTest, RejectsEdgesBetweenRegionsThatDoNotTouch) {
  auto g = Path5();
  // Regions {0, 1}, {2}, {3, 4}: 0 and 4 do not touch.
  const std::vector<VertexId> f = {0, 0, 2, 4, 4};
  EXPECT_OK(Check(g, {0, 2, 4}, f, {{0, 2, 2}, {2, 4, 2}}).status);
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 2}, {2, 4, 2}, {0, 4, 4}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("minor edge 0 4 joins regions that do not touch")));
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 2}, {2, 4, 2}, {4, 2, 2}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("appears twice")));
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 2}, {2, 2, 0}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("self-loop")));
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 1, 1}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not a terminal")));
}

TEST(SprChecksTest, RejectsWrongEdgeWeights) {
  auto g = Path5();
  const std::vector<VertexId> f = {0, 0, 2, 4, 4};
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 3}, {2, 4, 2}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("minor edge 0 2 weighs 3 but d_G(0, 2) = 2")));
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 2}, {2, 4, 1}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weighs 1 but d_G(2, 4) = 2")));
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 0}, {2, 4, 2}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weighs 0")));
}

TEST(SprChecksTest, RejectsAMinorThatDisconnectsTerminals) {
  auto g = Path5();
  const std::vector<VertexId> f = {0, 0, 2, 4, 4};
  EXPECT_THAT(Check(g, {0, 2, 4}, f, {{0, 2, 2}}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("terminals 0 and 4 are connected in the graph (distance 4) but not in the minor")));
}

TEST(SprChecksTest, TerminalsInDifferentComponentsNeedNoPath) {
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 1, 1}, {2, 3, 5}};
  auto g = MustBuild(std::move(list));
  const auto rep = Check(g, {0, 3}, {0, 0, 3, 3}, {});
  EXPECT_OK(rep.status);
  EXPECT_EQ(rep.pairs, 0u);
}

// Mutations of valid results on generated graphs: each must be caught.
TEST(SprChecksTest, MutationsOfRealResultsAreCaught) {
  for (auto& tg : testing::SmallFamilies()) {
    const Graph<uint32_t>& g = tg.graph;
    const auto terminals = SampleTerminals(g.NumVertices(), g.NumVertices() / 20, 3);
    SteinerPointRemovalOptions options;
    options.method = SprMethod::kVoronoi;
    ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals, options));
    ASSERT_OK(Check(g, terminals, spr.terminal_of, spr.minor_edges).status);
    SCOPED_TRACE(tg.name);

    // A vertex deep inside one region moved to another terminal: that
    // terminal's region becomes disconnected.
    for (VertexId v : g.Vertices()) {
      const VertexId t = spr.terminal_of[v];
      if (t == v) continue;
      bool interior = true;
      for (VertexId h : g.Neighbors(v)) interior &= spr.terminal_of[h] == t;
      if (!interior) continue;
      auto f = spr.terminal_of;
      f[v] = t == terminals[0] ? terminals[1] : terminals[0];
      EXPECT_THAT(Check(g, terminals, f, spr.minor_edges).status,
                  StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not connected")));
      break;
    }
    // A terminal mapped to another terminal.
    {
      auto f = spr.terminal_of;
      f[terminals[1]] = terminals[0];
      EXPECT_THAT(Check(g, terminals, f, spr.minor_edges).status,
                  StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("maps to terminal")));
    }
    // An edge weight off by one either way.
    ASSERT_FALSE(spr.minor_edges.empty());
    for (int delta : {-1, 1}) {
      auto edges = spr.minor_edges;
      edges[edges.size() / 2].weight += delta;
      EXPECT_THAT(Check(g, terminals, spr.terminal_of, edges).status,
                  StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weighs")));
    }
    // An edge between two regions that do not touch.
    {
      std::vector<std::pair<VertexId, VertexId>> present;
      for (const auto& e : spr.minor_edges) present.push_back({e.u, e.v});
      bool added = false;
      for (std::size_t i = 0; i < terminals.size() && !added; ++i) {
        for (std::size_t j = i + 1; j < terminals.size() && !added; ++j) {
          if (std::find(present.begin(), present.end(), std::pair(terminals[i], terminals[j])) != present.end()) continue;
          auto edges = spr.minor_edges;
          edges.push_back({terminals[i], terminals[j], 1});
          EXPECT_THAT(Check(g, terminals, spr.terminal_of, edges).status,
                      StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("do not touch")));
          added = true;
        }
      }
      EXPECT_TRUE(added);
    }
  }
}

TEST(SprChecksTest, SampledSourcesMeasureASubsetOfPairs) {
  auto g = MustBuild(testing::WithUniformWeights(GridEdges(15, 15), 1, 20, 1));
  const auto terminals = SampleTerminals(g.NumVertices(), 30, 2);
  ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals));
  const auto all = Check(g, terminals, spr.terminal_of, spr.minor_edges);
  ASSERT_OK(all.status);
  EXPECT_EQ(all.pairs, 30u * 29 / 2);
  SprCheckOptions options;
  options.max_sources = 5;
  const auto some = Check(g, terminals, spr.terminal_of, spr.minor_edges, options);
  ASSERT_OK(some.status);
  EXPECT_FALSE(some.all_pairs);
  EXPECT_EQ(some.sources, 5u);
  // 5 sources: 5·29 ordered pairs, minus the 10 pairs of two sources counted once.
  EXPECT_EQ(some.pairs, 5u * 29 - 10);
  EXPECT_LE(some.max_distortion, all.max_distortion);
  options.max_sources = 100;  // more than the terminals: all pairs
  EXPECT_TRUE(Check(g, terminals, spr.terminal_of, spr.minor_edges, options).all_pairs);
}

TEST(SprChecksTest, DoubleWeightsUseARelativeTolerance) {
  EdgeList<double> list;
  list.num_vertices = 3;
  list.edges = {{0, 1, 0.1}, {1, 2, 0.2}};
  ASSERT_OK_AND_ASSIGN(Graph<double> g, BuildGraph(std::move(list)));
  const std::vector<VertexId> terminals = {0, 2}, f = {0, 0, 2};
  const double d = 0.1 + 0.2;
  std::vector<MinorEdge<double>> edges = {{0, 2, d * (1 + 1e-12)}};
  EXPECT_OK(CheckSteinerPointRemoval<double>(g, terminals, f, edges).status);
  edges[0].weight = d * (1 + 1e-6);
  EXPECT_THAT(CheckSteinerPointRemoval<double>(g, terminals, f, edges).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weighs")));
}

}  // namespace
}  // namespace shortcut
