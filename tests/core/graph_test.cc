#include "shortcut/core/graph.h"

#include <gtest/gtest.h>

#include "shortcut/core/components.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/induced_subgraph.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

//   0 --5-- 1 --7-- 2        (plus a duplicate 1-0 of weight 4,
//                             a self-loop at 2, isolated vertex 3)
TEST(GraphBuilderTest, CanonicalFormMergesAndDrops) {
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 1, 5}, {1, 2, 7}, {1, 0, 4}, {2, 2, 3}};
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(list), {}, &stats));
  EXPECT_EQ(g.NumVertices(), 4u);
  EXPECT_EQ(g.NumEdges(), 2u);
  EXPECT_EQ(stats.self_loops_dropped, 1u);
  EXPECT_EQ(stats.parallel_edges_merged, 1u);
  const ArcId a01 = g.FindArc(0, 1);
  ASSERT_NE(a01, kNoArc);
  EXPECT_EQ(g.Weight(a01), 4u);
  EXPECT_EQ(g.Weight(g.ReverseArc(a01)), 4u);
  EXPECT_EQ(g.Tail(a01), 0u);
  EXPECT_EQ(g.Degree(3), 0u);
  EXPECT_EQ(g.EdgeEndpoints(g.EdgeOf(g.FindArc(2, 1))), std::make_pair(VertexId{1}, VertexId{2}));
}

TEST(GraphBuilderTest, ArcsSortedAndReverseConsistent) {
  auto list = testing::RelabelRandomly(TriangulatedGridEdges(9, 11, 3), 17);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(list)));
  for (VertexId v : g.Vertices()) {
    auto nb = g.Neighbors(v);
    EXPECT_TRUE(std::is_sorted(nb.begin(), nb.end()));
    for (ArcId a : g.Arcs(v)) {
      const ArcId r = g.ReverseArc(a);
      EXPECT_EQ(g.Head(r), v);
      EXPECT_EQ(g.Tail(a), v);
      EXPECT_EQ(g.EdgeOf(r), g.EdgeOf(a));
      EXPECT_EQ(g.Weight(r), g.Weight(a));
    }
  }
  for (EdgeId e = 1; e < g.NumEdges(); ++e) {
    EXPECT_LT(g.EdgeEndpoints(e - 1), g.EdgeEndpoints(e));
  }
}

TEST(GraphBuilderTest, DirectedInputSymmetrisedWithMinimum) {
  EdgeList<uint32_t> list;
  list.num_vertices = 3;
  list.directed = true;
  list.edges = {{0, 1, 9}, {1, 0, 3}, {1, 2, 5}, {1, 2, 6}};
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(list), {}, &stats));
  EXPECT_EQ(g.NumEdges(), 2u);
  EXPECT_EQ(g.Weight(g.FindArc(0, 1)), 3u);
  EXPECT_EQ(g.Weight(g.FindArc(2, 1)), 5u);
  EXPECT_TRUE(stats.directed_input);
  EXPECT_EQ(stats.arcs_without_reverse, 2u);
  EXPECT_EQ(stats.arcs_with_asymmetric_weight, 1u);
  EXPECT_EQ(stats.parallel_edges_merged, 1u);
}

TEST(GraphBuilderTest, ZeroWeightsRejectedOrContracted) {
  EdgeList<uint32_t> list;
  list.num_vertices = 4;
  list.edges = {{0, 1, 2}, {1, 2, 0}, {2, 3, 4}, {0, 2, 7}};
  list.external_ids = {10, 11, 12, 13};
  EXPECT_THAT(BuildGraph(list), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weight 0")));
  BuildOptions options;
  options.zero_weights = ZeroWeightPolicy::kContract;
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(list, options, &stats));
  EXPECT_EQ(g.NumVertices(), 3u);
  EXPECT_EQ(stats.vertices_merged, 1u);
  EXPECT_EQ(g.ExternalId(1), 11u);  // {1, 2} merged, named by 11
  EXPECT_EQ(g.Weight(g.FindArc(0, 1)), 2u);  // min of 2 and 7
  ExternalIdIndex index(g);
  EXPECT_EQ(index.Find(12), 1u);
  EXPECT_EQ(index.Find(13), 2u);
  EXPECT_EQ(index.Find(99), kNoVertex);
}

TEST(GraphBuilderTest, RejectsBadInput) {
  EdgeList<uint32_t> bad;
  bad.num_vertices = 2;
  bad.edges = {{0, 2, 1}};
  EXPECT_THAT(BuildGraph(bad), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("endpoint")));
  EdgeList<double> nan;
  nan.num_vertices = 2;
  nan.edges = {{0, 1, std::numeric_limits<double>::quiet_NaN()}};
  EXPECT_THAT(BuildGraph(nan), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("non-finite")));
  EdgeList<double> neg;
  neg.num_vertices = 2;
  neg.edges = {{0, 1, -1.0}};
  EXPECT_THAT(BuildGraph(neg), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("negative")));
}

TEST(ComponentsTest, CountsAndDomains) {
  EdgeList<uint32_t> list;
  list.num_vertices = 7;
  list.edges = {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}, {5, 5, 1}};
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(list)));
  Components cc = ConnectedComponents(g);
  EXPECT_EQ(cc.count, 4u);  // {0,1,2} {3,4} {5} {6}
  EXPECT_EQ(cc.sizes[0], 3u);
  std::vector<uint32_t> label = {0, 1, 0, 0, 0, 0, 0};
  Components cc2 = ConnectedComponents(g, LabelDomain{label, 0});
  EXPECT_EQ(cc2.component[1], kNoComponent);
  EXPECT_NE(cc2.component[0], cc2.component[2]);
  EXPECT_EQ(cc2.count, 5u);
}

TEST(InducedSubgraphTest, KeepsEdgesInsideAndMapsBack) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(4, 4));
  std::vector<VertexId> members = {5, 1, 0, 4, 15};
  InducedSubgraph<uint32_t> sub = ExtractInducedSubgraph(g, members);
  EXPECT_EQ(sub.graph.NumVertices(), 5u);
  EXPECT_EQ(sub.to_global, (std::vector<VertexId>{0, 1, 4, 5, 15}));
  EXPECT_EQ(sub.graph.NumEdges(), 4u);  // the square 0-1-5-4
  EXPECT_EQ(sub.graph.Degree(4), 0u);
  EXPECT_TRUE(sub.graph.HasCoordinates());
  EXPECT_EQ(sub.graph.ExternalId(4), 15u);
}

TEST(GraphTest, FingerprintSeesWeights) {
  Graph<uint32_t> a = testing::MustBuild(GridEdges(5, 5));
  Graph<uint32_t> b = testing::MustBuild(testing::WithUniformWeights(GridEdges(5, 5), 1, 9, 1));
  EXPECT_EQ(GraphFingerprint(a), GraphFingerprint(a.Clone()));
  EXPECT_NE(GraphFingerprint(a), GraphFingerprint(b));
}

}  // namespace
}  // namespace shortcut
