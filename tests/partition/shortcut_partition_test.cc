#include "shortcut/partition/shortcut_partition.h"

#include <gtest/gtest.h>

#include "shortcut/partition/cluster_graph.h"
#include "shortcut/sssp/diameter.h"
#include "shortcut/verify/partition_checks.h"
#include "testing/boost_reference.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

TEST(DiameterTest, MatchesAllPairs) {
  for (auto& tg : testing::SmallFamilies()) {
    auto bg = testing::ToBoostCsr(tg.graph);
    uint64_t exact = 0;
    for (VertexId s : tg.graph.Vertices()) {
      for (uint64_t d : testing::BoostDistances(bg, s)) exact = std::max(exact, d);
    }
    const auto b = GraphDiameter(tg.graph);
    EXPECT_TRUE(b.exact) << tg.name;
    EXPECT_EQ(b.lower, exact) << tg.name;
    const auto limited = GraphDiameter(tg.graph, 1);
    EXPECT_LE(limited.lower, exact);
    EXPECT_GE(limited.upper, exact);
    EXPECT_LE(limited.upper, 2 * exact);
  }
}

TEST(ShortcutPartitionTest, VerifiedOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.5, 0.25, 0.1}) {
      ShortcutPartitionOptions options;
      options.epsilon = eps;
      options.r = static_cast<uint32_t>(tg.excluded_minor);
      ASSERT_OK_AND_ASSIGN(auto p, ComputeShortcutPartition(tg.graph, options));
      SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps);
      EXPECT_EQ(p.clustering.diameter_kind, DiameterKind::kExact);
      PartitionCheckOptions check;
      check.epsilon = eps;
      check.diameter = p.clustering.diameter;
      const auto rep = CheckShortcutPartition(tg.graph, p.clustering.cluster_of, check);
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.all_pairs);
      EXPECT_EQ(rep.clusters, p.clustering.NumClusters());
      EXPECT_LE(rep.max_strong_diameter_over_eps_d, 1.0);
      EXPECT_GT(rep.pairs_checked, 0u);
      // Every cluster lies inside one supernode and holds its centre.
      for (VertexId v : tg.graph.Vertices()) {
        const uint32_t c = p.clustering.cluster_of[v];
        EXPECT_EQ(p.cop.supernode_of[v], p.cluster_supernode[c]);
      }
      for (uint32_t c = 0; c < p.clustering.NumClusters(); ++c) {
        EXPECT_EQ(p.clustering.cluster_of[p.clustering.center[c]], c);
      }
    }
  }
}

// When Δ is below every edge weight the buffers are empty and each skeleton
// vertex is its own net point: every cluster is a single vertex, which is a
// valid (if useless) shortcut partition.
TEST(ShortcutPartitionTest, TinyEpsilonGivesSingletons) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(8, 8));  // D = 14
  ShortcutPartitionOptions options;
  options.epsilon = 0.2;  // Δ = 0.7 < 1
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto p, ComputeShortcutPartition(g, options));
  EXPECT_EQ(p.stats.clusters, g.NumVertices());
  EXPECT_EQ(p.stats.singleton_clusters, g.NumVertices());
  PartitionCheckOptions check{.epsilon = 0.2, .diameter = p.clustering.diameter};
  EXPECT_OK(CheckShortcutPartition(g, p.clustering.cluster_of, check).status);
}

TEST(ShortcutPartitionTest, DeterministicAndIndependentOfRuns) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(30, 30, 5), 1, 100, 6));
  ShortcutPartitionOptions options;
  options.epsilon = 0.25;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto a, ComputeShortcutPartition(g, options));
  ASSERT_OK_AND_ASSIGN(auto b, ComputeShortcutPartition(g, options));
  EXPECT_EQ(a.clustering.cluster_of, b.clustering.cluster_of);
  EXPECT_EQ(a.clustering.center, b.clustering.center);
}

TEST(ShortcutPartitionTest, ClusterGraphMatchesEdges) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(10, 10));
  ShortcutPartitionOptions options;
  options.epsilon = 0.5;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto p, ComputeShortcutPartition(g, options));
  const ClusterGraph cg = BuildClusterGraph(g, p.clustering.cluster_of, p.clustering.NumClusters());
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    const uint32_t a = p.clustering.cluster_of[u], b = p.clustering.cluster_of[v];
    if (a == b) continue;
    auto nb = cg.Neighbors(a);
    EXPECT_TRUE(std::binary_search(nb.begin(), nb.end(), b));
  }
}

// The checker must reject what is wrong.
TEST(PartitionChecksTest, CatchesViolations) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(6, 6));  // D = 10
  std::vector<uint32_t> one(36, 0);
  PartitionCheckOptions check{.epsilon = 0.5, .diameter = 10};
  // One cluster of diameter 10 > 5.
  EXPECT_THAT(CheckShortcutPartition(g, one, check).status,
              testing::StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::HasSubstr("strong diameter")));
  // A disconnected cluster.
  std::vector<uint32_t> split(36);
  for (VertexId v = 0; v < 36; ++v) split[v] = v;
  split[35] = split[0];
  EXPECT_THAT(CheckShortcutPartition(g, split, check).status,
              testing::StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::HasSubstr("not connected")));
  // Singletons: hops(u, v) = d(u, v) on a unit grid, so the hop constant is
  // d/⌈d/5⌉ <= 5, attained at d = 5; a bound of 4 must fail.
  std::vector<uint32_t> singletons(36);
  for (VertexId v = 0; v < 36; ++v) singletons[v] = v;
  auto rep = CheckShortcutPartition(g, singletons, check);
  EXPECT_OK(rep.status);
  EXPECT_DOUBLE_EQ(rep.hop_constant_max, 5.0);
  EXPECT_EQ(rep.max_hops, 10u);
  check.max_hop_constant = 4;
  EXPECT_FALSE(CheckShortcutPartition(g, singletons, check).status.ok());
}

// hops counts only clusters meeting the tree path: on a 2 x n ladder split
// into two long rows as clusters... here a known answer on a path.
//   0-1-2-3-4-5   clusters {0,1} {2,3} {4,5}; D = 5, ε = 0.4 -> ε·D = 2
TEST(PartitionChecksTest, PathKnownAnswer) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(1, 6));
  std::vector<uint32_t> labels = {7, 7, 3, 3, 9, 9};
  PartitionCheckOptions check{.epsilon = 0.4, .diameter = 5};
  auto rep = CheckShortcutPartition(g, labels, check);
  ASSERT_OK(rep.status);
  EXPECT_EQ(rep.clusters, 3u);
  EXPECT_EQ(rep.max_hops, 2u);
  // d(1,2) = 1 needs 1 hop: ratio 1/⌈1/2⌉ = 1; d(1,4) = 3: 2/⌈3/2⌉ = 1;
  // d(0,5) = 5: 2/3. The maximum is 1.
  EXPECT_DOUBLE_EQ(rep.hop_constant_max, 1.0);
  EXPECT_EQ(rep.pairs_checked, 30u);
}

}  // namespace
}  // namespace shortcut
