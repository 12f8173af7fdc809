#include "shortcut/verify/oracle_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

// Exact distances by the test's own all-pairs Dijkstra, for fake oracles.
std::vector<std::vector<uint64_t>> AllPairs(const Graph<uint32_t>& g) {
  std::vector<std::vector<uint64_t>> d(g.NumVertices());
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  for (VertexId s = 0; s < g.NumVertices(); ++s) {
    dijkstra.Reset();
    dijkstra.AddSource(s);
    dijkstra.Run(g);
    for (VertexId v = 0; v < g.NumVertices(); ++v) {
      const uint64_t x = dijkstra.Distance(v);
      d[s].push_back(x >= kInfinity<uint32_t> ? kUnreachable : x);
    }
  }
  return d;
}

TEST(WithinStretchTest, ExactBoundaries) {
  EXPECT_TRUE(WithinStretch(5, 4, 0.25));   // 5 = 1.25·4
  EXPECT_FALSE(WithinStretch(6, 4, 0.25));
  EXPECT_TRUE(WithinStretch(4, 4, 0.25));
  EXPECT_TRUE(WithinStretch(3, 4, 0.25));   // below d: stretch holds (domination is checked apart)
  EXPECT_FALSE(WithinStretch(1, 0, 0.25));
  // 0.1 is slightly above 1/10 in binary: (1 + 0.1)·10 admits 11, and
  // (1 + 0.1)·10^17 admits 1.1·10^17 but not one more.
  EXPECT_TRUE(WithinStretch(11, 10, 0.1));
  EXPECT_FALSE(WithinStretch(12, 10, 0.1));
  EXPECT_TRUE(WithinStretch(110'000'000'000'000'000ull, 100'000'000'000'000'000ull, 0.1));
  EXPECT_FALSE(WithinStretch(110'000'000'000'000'001ull, 100'000'000'000'000'000ull, 0.1));
  const uint64_t big = uint64_t{1} << 62;
  EXPECT_TRUE(WithinStretch(big + big / 2, big, 0.5));
  EXPECT_FALSE(WithinStretch(big + big / 2 + 1, big, 0.5));
  EXPECT_TRUE(WithinStretch(3 * big, big, 16.0));
}

TEST(OracleChecksTest, ExactEstimatesPassAndViolationsAreNamed) {
  const Graph<uint32_t> g =
      testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(9, 8, 1), 1, 20, 3));
  const auto d = AllPairs(g);
  OracleCheckOptions o;
  o.epsilon = 0.25;
  {
    const auto rep = CheckDistanceEstimates(g, [&](VertexId u, VertexId v) { return d[u][v]; }, o);
    EXPECT_OK(rep.status);
    EXPECT_TRUE(rep.all_pairs);
    EXPECT_EQ(rep.pairs_checked, 72u * 71u / 2u);
    EXPECT_DOUBLE_EQ(rep.max_stretch, 1.0);
    EXPECT_DOUBLE_EQ(rep.mean_stretch, 1.0);
  }
  {
    // One underestimate: a domination violation naming the pair.
    auto est = [&](VertexId u, VertexId v) { return (u == 5 && v == 40) ? d[u][v] - 1 : d[u][v]; };
    const auto rep = CheckDistanceEstimates(g, est, o);
    EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("domination")));
    EXPECT_EQ(rep.domination_violations, 1u);
    EXPECT_EQ(rep.worst_u, 5u);
    EXPECT_EQ(rep.worst_v, 40u);
  }
  {
    // Stretch just above 1 + ε for one pair.
    auto est = [&](VertexId u, VertexId v) {
      return (u == 2 && v == 70) ? d[u][v] + d[u][v] / 4 + 1 : d[u][v];
    };
    const auto rep = CheckDistanceEstimates(g, est, o);
    EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch above 1 + 0.25")));
    EXPECT_EQ(rep.stretch_violations, 1u);
    EXPECT_GT(rep.max_stretch, 1.25);
  }
  {
    // Exactly 1 + ε everywhere is allowed.
    auto est = [&](VertexId u, VertexId v) { return d[u][v] + d[u][v] / 4; };
    o.epsilon = 0.25;
    const auto rep = CheckDistanceEstimates(g, est, o);
    EXPECT_OK(rep.status);
    EXPECT_LE(rep.max_stretch, 1.25);
  }
  EXPECT_THAT(CheckDistanceEstimates(g, [](VertexId, VertexId) { return uint64_t{0}; }, OracleCheckOptions{}).status,
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("epsilon")));
}

TEST(OracleChecksTest, UnreachablePairs) {
  //   0 - 1     2 - 3
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 1, 2}, {2, 3, 5}};
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  const auto d = AllPairs(g);
  OracleCheckOptions o;
  o.epsilon = 0.5;
  EXPECT_OK(CheckDistanceEstimates(g, [&](VertexId u, VertexId v) { return d[u][v]; }, o).status);
  EXPECT_EQ(CheckDistanceEstimates(g, [&](VertexId u, VertexId v) { return d[u][v]; }, o).unreachable_pairs, 4u);
  // A finite answer across components underestimates infinity.
  EXPECT_THAT(CheckDistanceEstimates(g, [&](VertexId u, VertexId v) { return d[u][v] >= kUnreachable ? 100 : d[u][v]; }, o).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("infinity")));
  // Infinity inside a component breaks stretch.
  EXPECT_THAT(CheckDistanceEstimates(g, [&](VertexId u, VertexId v) { return u == 0 && v == 1 ? kUnreachable : d[u][v]; }, o).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch")));
}

TEST(OracleChecksTest, SampledPairsAndDeterminism) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(40, 40), 1, 9, 1));
  DistanceOracleOptions co;
  co.epsilon = 0.25;
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, co));
  OracleCheckOptions o;
  o.all_pairs_limit = 1000;
  o.random_pairs = 3000;
  o.pairs_per_source = 100;
  o.sources = 2;
  const auto one = CheckDistanceOracle(g, oracle, o);
  EXPECT_OK(one.status);
  EXPECT_FALSE(one.all_pairs);
  EXPECT_EQ(one.sources_used, 32u);
  EXPECT_EQ(one.pairs_checked, 3000u + 2u * 1599u);
  o.threads = 3;
  const auto three = CheckDistanceOracle(g, oracle, o);
  EXPECT_EQ(three.pairs_checked, one.pairs_checked);
  EXPECT_EQ(three.max_stretch, one.max_stretch);
  EXPECT_EQ(three.mean_stretch, one.mean_stretch);
  EXPECT_EQ(three.p99_stretch, one.p99_stretch);
  EXPECT_EQ(three.worst_u, one.worst_u);
  EXPECT_LE(one.p99_stretch, one.max_stretch);
  EXPECT_GE(one.p99_stretch, 1.0);
}

// Mutation: an oracle built from a cover whose star weight was lowered
// below the true distance underestimates, and the checker says so.
TEST(OracleChecksTest, CatchesAnOracleFromACorruptedCover) {
  const auto families = testing::SmallFamilies();
  const Graph<uint32_t>& g = families[1].graph;  // weighted grid
  TreeCoverOptions co;
  co.epsilon = 0.25;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, co));
  // The largest star: lower one non-root weight to 0.
  uint32_t star = 0;
  for (uint32_t s = 0; s < cover.NumStars(); ++s) {
    if (cover.Members(s).size() > cover.Members(star).size()) star = s;
  }
  cover.weights[cover.member_offsets[star] + 1] = 0;
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::FromTreeCover(g, cover));
  EXPECT_THAT(CheckDistanceOracle(g, oracle, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("domination")));
}

// Bundled datasets at three ε, sampled (the road network with its own
// weights, a mesh, a triangulation).
TEST(OracleChecksTest, BundledDatasetsAtThreeEpsilons) {
  const std::string root = SHORTCUT_SOURCE_DIR "/datasets/";
  for (const char* file : {"delaunay_n14/delaunay_n14.graph", "power_grid/power.graph"}) {
    ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ReadGraph<uint32_t>(root + file));
    for (double eps : {0.5, 0.25, 0.1}) {
      SCOPED_TRACE(::testing::Message() << file << " eps " << eps);
      DistanceOracleOptions co;
      co.epsilon = eps;
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, co));
      OracleCheckOptions o;
      o.random_pairs = 10000;
      o.pairs_per_source = 500;
      o.sources = 2;
      const auto rep = CheckDistanceOracle(g, oracle, o);
      EXPECT_OK(rep.status);
      EXPECT_LE(rep.max_stretch, 1 + eps);
    }
  }
}

}  // namespace
}  // namespace shortcut
