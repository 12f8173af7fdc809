// The distance oracle over the partition cover (CoverKind::kPartition): the
// independent verifier (verify/oracle_checks.h) on every pair of planar and
// non-planar minor-free graphs, and a byte-identical index for every thread
// count.
#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/verify/oracle_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

DistanceOracleOptions PartitionOptions(double eps, uint32_t r) {
  DistanceOracleOptions options;
  options.epsilon = eps;
  options.r = r;
  options.cover = CoverKind::kPartition;
  return options;
}

TEST(PartitionOracleTest, StretchOnEveryPair) {
  std::vector<std::pair<std::string, Graph<uint32_t>>> graphs;
  for (auto& tg : testing::SmallFamilies()) graphs.emplace_back(tg.name, std::move(tg.graph));
  for (auto& mf : testing::MinorFreeGraphs(300, {2})) graphs.emplace_back(mf.name, std::move(mf.graph));
  for (const auto& [name, g] : graphs) {
    for (double eps : {0.5, 0.25}) {
      SCOPED_TRACE(::testing::Message() << name << " eps " << eps);
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, PartitionOptions(eps, 0)));
      OracleCheckOptions check;
      check.force_all_pairs = true;
      const OracleCheckReport rep = CheckDistanceOracle(g, oracle, check);
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.all_pairs);
      EXPECT_LE(rep.max_stretch, 1 + eps);
    }
  }
}

TEST(PartitionOracleTest, SameIndexForEveryThreadCount) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(24, 22, 2), 1, 50, 4));
  DistanceOracleOptions options = PartitionOptions(0.25, 5);
  ASSERT_OK_AND_ASSIGN(DistanceOracle a, DistanceOracle::Build(g, options));
  for (uint32_t threads : {2u, 3u}) {
    options.threads = threads;
    ASSERT_OK_AND_ASSIGN(DistanceOracle b, DistanceOracle::Build(g, options));
    EXPECT_EQ(a.Serialize(), b.Serialize()) << threads << " threads";
  }
}

// The partition cover's stars give the same index streamed (Build) as
// materialised first (BuildTreeCover, then FromTreeCover).
TEST(PartitionOracleTest, FromTreeCoverGivesTheSameIndex) {
  const Graph<uint32_t> g =
      testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(16, 15, 5), 1, 30, 6));
  ASSERT_OK_AND_ASSIGN(DistanceOracle built, DistanceOracle::Build(g, PartitionOptions(0.25, 5)));
  TreeCoverOptions cover_options;
  cover_options.epsilon = 0.25;
  cover_options.r = 5;
  cover_options.cover = CoverKind::kPartition;
  // The oracle's default (compact) weight codes.
  cover_options.weight_mantissa_bits = DistanceOracleOptions{}.weight_mantissa_bits;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, cover_options));
  ASSERT_OK_AND_ASSIGN(DistanceOracle from_cover, DistanceOracle::FromTreeCover(g, cover));
  EXPECT_EQ(built.Serialize(), from_cover.Serialize());
}

}  // namespace
}  // namespace shortcut
