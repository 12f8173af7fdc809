#include "shortcut/core/boost_graph.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "testing/graph_equality.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::ExpectSameGraph;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

using UndirectedList =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, uint64_t>>;
using DirectedList =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                          boost::property<boost::edge_weight_t, uint32_t>>;
struct ArcProps {
  float length;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, ArcProps>;

EdgeList<uint32_t> Reference() {
  EdgeList<uint32_t> list = testing::RelabelRandomly(
      testing::WithUniformWeights(TriangulatedGridEdges(11, 9, 5), 1, 1000, 3), 7);
  list.coordinates.clear();  // neither entry point carries coordinates
  return list;
}

TEST(BoostGraphTest, UndirectedAdjacencyListAdapts) {
  const EdgeList<uint32_t> list = Reference();
  UndirectedList bg(list.num_vertices);
  for (const auto& e : list.edges) add_edge(e.tail, e.head, uint64_t{e.weight}, bg);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(EdgeList<uint32_t>(list)));
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromBoost<uint32_t>(bg, {}, &stats));
  ExpectSameGraph(g, expected);
  EXPECT_EQ(stats.input_edges, list.edges.size());
  EXPECT_EQ(stats.parallel_edges_merged, 0u);  // each edge taken once
  // The same graph as double weights.
  ASSERT_OK_AND_ASSIGN(Graph<double> d, BuildGraphFromBoost<double>(bg));
  ASSERT_EQ(d.NumArcs(), expected.NumArcs());
  for (ArcId a = 0; a < d.NumArcs(); ++a) EXPECT_EQ(d.Weight(a), expected.Weight(a));
}

// A directed list with one arc per edge, in a random direction, and some
// edges given in both directions with different weights: symmetrised with
// the minimum weight, as docs/conventions.md says of every directed input.
TEST(BoostGraphTest, DirectedAdjacencyListIsSymmetrisedWithTheMinimum) {
  const EdgeList<uint32_t> list = Reference();
  DirectedList bg(list.num_vertices);
  EdgeList<uint32_t> expected_list;
  expected_list.num_vertices = list.num_vertices;
  for (std::size_t i = 0; i < list.edges.size(); ++i) {
    const auto& e = list.edges[i];
    if (i % 2 == 0) add_edge(e.tail, e.head, e.weight, bg); else add_edge(e.head, e.tail, e.weight, bg);
    uint32_t w = e.weight;
    if (i % 5 == 0) {
      add_edge(e.head, e.tail, e.weight + 10, bg);  // the heavier reverse loses
    } else if (i % 7 == 0) {
      w = std::max<uint32_t>(1, e.weight / 2);       // the lighter reverse wins
      add_edge(e.head, e.tail, w, bg);
    }
    expected_list.edges.push_back({e.tail, e.head, w});
  }
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(std::move(expected_list)));
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromBoost<uint32_t>(bg, {}, &stats));
  ExpectSameGraph(g, expected);
  EXPECT_TRUE(stats.directed_input);
  EXPECT_GT(stats.arcs_without_reverse, 0u);
  EXPECT_GT(stats.arcs_with_asymmetric_weight, 0u);
}

TEST(BoostGraphTest, CompressedSparseRowGraphWithBundledFloatWeightsAdapts) {
  const EdgeList<uint32_t> list = Reference();
  std::vector<std::pair<VertexId, VertexId>> arcs;
  std::vector<ArcProps> props;
  EdgeList<double> expected_list;
  expected_list.num_vertices = list.num_vertices;
  for (const auto& e : list.edges) {
    const float w = static_cast<float>(e.weight) / 4.0f;  // exact
    arcs.emplace_back(e.tail, e.head);
    props.push_back({w});
    arcs.emplace_back(e.head, e.tail);
    props.push_back({w});
    expected_list.edges.push_back({e.tail, e.head, static_cast<double>(w)});
  }
  Csr bg(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(),
         list.num_vertices);
  ASSERT_OK_AND_ASSIGN(Graph<double> expected, BuildGraph(std::move(expected_list)));
  ASSERT_OK_AND_ASSIGN(Graph<double> g,
                       BuildGraphFromBoost<double>(bg, get(&ArcProps::length, bg),
                                                   get(boost::vertex_index, bg)));
  ExpectSameGraph(g, expected);
}

}  // namespace

// A minimal undirected IncidenceGraph + VertexListGraph that is no
// EdgeListGraph, found by argument-dependent lookup like any user model:
// every edge appears in the out-arcs of both endpoints.
namespace incidence_only {
struct Arc {
  int tail, head;
  uint16_t weight;
};
struct OutArcs : boost::vertex_list_graph_tag, boost::incidence_graph_tag {};
struct Graph {
  using vertex_descriptor = int;
  using edge_descriptor = Arc;
  using vertex_iterator = boost::counting_iterator<int>;
  using out_edge_iterator = std::vector<Arc>::const_iterator;
  using directed_category = boost::undirected_tag;
  using edge_parallel_category = boost::disallow_parallel_edge_tag;
  using traversal_category = OutArcs;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  std::vector<std::vector<Arc>> out;
};
inline std::size_t num_vertices(const Graph& g) { return g.out.size(); }
inline std::pair<Graph::vertex_iterator, Graph::vertex_iterator> vertices(const Graph& g) {
  return {0, static_cast<int>(g.out.size())};
}
inline std::pair<Graph::out_edge_iterator, Graph::out_edge_iterator> out_edges(int v, const Graph& g) {
  return {g.out[v].begin(), g.out[v].end()};
}
inline int source(const Arc& a, const Graph&) { return a.tail; }
inline int target(const Arc& a, const Graph&) { return a.head; }
}  // namespace incidence_only

namespace {

TEST(BoostGraphTest, IncidenceOnlyUndirectedModelTakesEachEdgeOnce) {
  const EdgeList<uint32_t> list = Reference();
  incidence_only::Graph bg;
  bg.out.resize(list.num_vertices);
  for (const auto& e : list.edges) {
    const int u = static_cast<int>(e.tail), v = static_cast<int>(e.head);
    const auto w = static_cast<uint16_t>(e.weight);
    bg.out[u].push_back({u, v, w});
    bg.out[v].push_back({v, u, w});
  }
  auto weight = boost::make_function_property_map<incidence_only::Arc>(
      [](const incidence_only::Arc& a) { return a.weight; });
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(EdgeList<uint32_t>(list)));
  BuildStats stats;
  BuildOptions strict;
  strict.parallel_edges = ParallelEdgePolicy::kReject;  // an edge taken twice would fail
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromBoost<uint32_t>(
                                              bg, weight, boost::typed_identity_property_map<int>(),
                                              strict, &stats));
  ExpectSameGraph(g, expected);
  EXPECT_EQ(stats.input_edges, list.edges.size());
  EXPECT_FALSE(stats.directed_input);
}

TEST(BoostGraphTest, BuilderPoliciesApply) {
  UndirectedList bg(3);
  add_edge(0, 1, uint64_t{5}, bg);
  add_edge(1, 0, uint64_t{4}, bg);  // parallel
  add_edge(2, 2, uint64_t{1}, bg);  // self-loop
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromBoost<uint32_t>(bg, {}, &stats));
  EXPECT_EQ(g.NumEdges(), 1u);
  EXPECT_EQ(g.Weight(g.FindArc(0, 1)), 4u);
  EXPECT_EQ(stats.parallel_edges_merged, 1u);
  EXPECT_EQ(stats.self_loops_dropped, 1u);
  BuildOptions strict;
  strict.parallel_edges = ParallelEdgePolicy::kReject;
  EXPECT_THAT(BuildGraphFromBoost<uint32_t>(bg, strict),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("parallel")));
}

TEST(BoostGraphTest, RejectsZeroAndOverflowingWeights) {
  UndirectedList zero(2);
  add_edge(0, 1, uint64_t{0}, zero);
  EXPECT_THAT(BuildGraphFromBoost<uint32_t>(zero),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weight 0")));
  UndirectedList big(2);
  add_edge(0, 1, uint64_t{1} << 40, big);
  EXPECT_THAT(BuildGraphFromBoost<uint32_t>(big),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("does not fit")));
}

// An index map that sends a vertex outside [0, n) is reported, not trusted.
TEST(BoostGraphTest, RejectsOutOfRangeIndices) {
  UndirectedList bg(2);
  add_edge(0, 1, uint64_t{3}, bg);
  std::vector<int> index = {0, 2};
  auto map = boost::make_iterator_property_map(index.begin(), get(boost::vertex_index, bg));
  EXPECT_THAT(BuildGraphFromBoost<uint32_t>(bg, get(boost::edge_weight, bg), map),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("outside [0, 2)")));
  index[1] = -1;
  EXPECT_THAT(BuildGraphFromBoost<uint32_t>(bg, get(boost::edge_weight, bg), map),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("index -1")));
}

}  // namespace
}  // namespace shortcut
