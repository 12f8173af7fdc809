// The partition cover (CoverKind::kPartition, docs/tree_cover.md): per scale
// a shortcut partition and one star per cluster. The independent checker
// (verify/tree_cover_checks.h) recomputes every star weight and every pair's
// distance; nothing here trusts the code that built the cover.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/verify/tree_cover_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

TreeCoverOptions PartitionOptions(double eps, uint32_t r = 0) {
  TreeCoverOptions o;
  o.epsilon = eps;
  o.r = r;
  o.cover = CoverKind::kPartition;
  return o;
}

void ExpectValid(const Graph<uint32_t>& g, const TreeCover& cover, double eps) {
  const TreeCoverCheckReport rep = CheckTreeCover(g, cover, {});
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.pairs.all_pairs);
  EXPECT_EQ(rep.stars_checked, cover.NumStars());
  EXPECT_LE(rep.pairs.max_stretch, 1 + eps);
  // The self-checked cluster radius bound r_C <= τ_j.
  EXPECT_LE(cover.stats.max_cluster_radius_ratio, 1.0);
  EXPECT_GT(cover.stats.clusters, 0u);
}

// Planar families, weighted and unweighted, at ε from 0.1 to 4 (above 2 the
// scales are extended until D_J bounds every distance).
TEST(PartitionCoverTest, CheckerPassesOnPlanarFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.5, 0.1, 4.0}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps);
      ASSERT_OK_AND_ASSIGN(TreeCover cover,
                           BuildTreeCover(tg.graph, PartitionOptions(eps, static_cast<uint32_t>(tg.excluded_minor))));
      ExpectValid(tg.graph, cover, eps);
    }
  }
}

// Non-planar minor-free families (k-trees, apex, genus, clique-sums, ...),
// r promised as the family's and unknown.
TEST(PartitionCoverTest, CheckerPassesOnMinorFreeFamilies) {
  for (const auto& mf : testing::MinorFreeGraphs(300, {1})) {
    for (uint32_t r : {mf.r, 0u}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " r " << r);
      ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(mf.graph, PartitionOptions(0.25, r)));
      ExpectValid(mf.graph, cover, 0.25);
    }
  }
}

TEST(PartitionCoverTest, ExactWeightsAndLargeScaleRatio) {
  const Graph<uint32_t> g =
      testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(15, 14, 1), 1, 2000, 5));
  for (double ratio : {1.25, 2.0, 4.0}) {
    SCOPED_TRACE(ratio);
    TreeCoverOptions o = PartitionOptions(0.25, 5);
    o.scale_ratio = ratio;
    o.quantize_weights = false;
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, o));
    ExpectValid(g, cover, 0.25);
  }
}

TEST(PartitionCoverTest, DisconnectedAndTinyGraphs) {
  EdgeList<uint32_t> list = GridEdges(6, 6);
  const VertexId base = list.num_vertices;
  list.num_vertices += 11;  // a path of 10 and an isolated vertex
  for (VertexId i = 0; i + 1 < 10; ++i) list.edges.push_back({base + i, base + i + 1, 3});
  list.coordinates.clear();
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, PartitionOptions(0.25)));
  const TreeCoverCheckReport rep = CheckTreeCover(g, cover, {});
  EXPECT_OK(rep.status);
  EXPECT_GT(rep.pairs.unreachable_pairs, 0u);
  for (uint32_t s = 0; s < cover.NumStars(); ++s) {
    const bool first = cover.star_root[s] < base;
    for (VertexId v : cover.Members(s)) EXPECT_EQ(v < base, first);
  }
  Graph<uint32_t> empty;
  ASSERT_OK_AND_ASSIGN(TreeCover none, BuildTreeCover(empty, PartitionOptions(0.5)));
  EXPECT_EQ(none.NumStars(), 0u);
  EdgeList<uint32_t> edge;
  edge.num_vertices = 2;
  edge.edges = {{0, 1, 7}};
  const Graph<uint32_t> two = testing::MustBuild(std::move(edge));
  ASSERT_OK_AND_ASSIGN(TreeCover pair, BuildTreeCover(two, PartitionOptions(0.5)));
  EXPECT_OK(CheckTreeCover(two, pair, {}).status);
}

TEST(PartitionCoverTest, DeterministicAcrossThreads) {
  const Graph<uint32_t> g =
      testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(25, 20, 3), 1, 100, 9));
  TreeCoverOptions o = PartitionOptions(0.25, 5);
  ASSERT_OK_AND_ASSIGN(TreeCover a, BuildTreeCover(g, o));
  for (uint32_t threads : {2u, 3u}) {
    o.threads = threads;
    ASSERT_OK_AND_ASSIGN(TreeCover b, BuildTreeCover(g, o));
    SCOPED_TRACE(threads);
    EXPECT_EQ(a.star_root, b.star_root);
    EXPECT_EQ(a.star_level, b.star_level);
    EXPECT_EQ(a.star_radius, b.star_radius);
    EXPECT_EQ(a.star_forest, b.star_forest);
    EXPECT_EQ(a.member_offsets, b.member_offsets);
    EXPECT_EQ(a.members, b.members);
    EXPECT_EQ(a.weights, b.weights);
  }
}

TEST(PartitionCoverTest, CoverKindNames) {
  EXPECT_EQ(CoverKindName(CoverKind::kPortal), "portal");
  EXPECT_EQ(CoverKindName(CoverKind::kPartition), "partition");
  ASSERT_OK_AND_ASSIGN(CoverKind kind, ParseCoverKind("partition"));
  EXPECT_EQ(kind, CoverKind::kPartition);
  EXPECT_THAT(ParseCoverKind("paper"), ::shortcut::testing::StatusIs(absl::StatusCode::kInvalidArgument,
                                                                     ::testing::HasSubstr("portal or partition")));
}

}  // namespace
}  // namespace shortcut
