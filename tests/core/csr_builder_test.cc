#include "shortcut/core/csr_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <span>
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

// The symmetric arc form of an edge list, sorted by (tail, head): the input
// the CSR entry point expects, computed independently of the library.
template <class T>
struct Csr {
  std::vector<ArcId> offsets;
  std::vector<VertexId> heads;
  std::vector<T> weights;
  std::span<const ArcId> Offsets() const { return offsets; }
  std::span<const VertexId> Heads() const { return heads; }
  std::span<const T> Weights() const { return weights; }
};

template <class T>
Csr<T> ToCsr(const EdgeList<uint32_t>& list) {
  std::vector<std::vector<std::pair<VertexId, uint32_t>>> adj(list.num_vertices);
  for (const auto& e : list.edges) {
    adj[e.tail].push_back({e.head, e.weight});
    adj[e.head].push_back({e.tail, e.weight});
  }
  Csr<T> csr;
  csr.offsets.push_back(0);
  for (auto& arcs : adj) {
    std::sort(arcs.begin(), arcs.end());
    for (auto [h, w] : arcs) {
      csr.heads.push_back(h);
      csr.weights.push_back(static_cast<T>(w));
    }
    csr.offsets.push_back(static_cast<ArcId>(csr.heads.size()));
  }
  return csr;
}

// A relabelled weighted triangulated grid: simple, no self-loops, irregular
// vertex order.
EdgeList<uint32_t> Reference() {
  EdgeList<uint32_t> list = testing::RelabelRandomly(
      testing::WithUniformWeights(TriangulatedGridEdges(13, 17, 5), 1, 1000, 3), 11);
  list.coordinates.clear();  // neither entry point carries coordinates
  return list;
}

TEST(CsrBuilderTest, SameGraphAsEdgeListBuilder) {
  const EdgeList<uint32_t> list = Reference();
  const Csr<uint32_t> csr = ToCsr<uint32_t>(list);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(EdgeList<uint32_t>(list)));
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromCsr<uint32_t>(csr.Offsets(), csr.Heads(),
                                                                      csr.Weights(), {}, &stats));
  ExpectSameGraph(g, expected);
  EXPECT_EQ(stats.input_edges, list.edges.size());
  EXPECT_EQ(GraphFingerprint(g), GraphFingerprint(expected));
}

TEST(CsrBuilderTest, RoundTripsTheGraphsOwnArrays) {
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(Reference()));
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> h, BuildGraphFromCsr<uint32_t>(g.OffsetArray(), g.HeadArray(),
                                                                      g.WeightArray()));
  ExpectSameGraph(h, g);
}

TEST(CsrBuilderTest, ConvertsOtherWeightTypes) {
  const EdgeList<uint32_t> list = Reference();
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(EdgeList<uint32_t>(list)));
  const Csr<uint64_t> c64 = ToCsr<uint64_t>(list);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g64,
                       BuildGraphFromCsr<uint32_t>(c64.Offsets(), c64.Heads(), c64.Weights()));
  ExpectSameGraph(g64, expected);
  const Csr<uint16_t> c16 = ToCsr<uint16_t>(list);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g16,
                       BuildGraphFromCsr<uint32_t>(c16.Offsets(), c16.Heads(), c16.Weights()));
  ExpectSameGraph(g16, expected);
  const Csr<int> ci = ToCsr<int>(list);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> gi,
                       BuildGraphFromCsr<uint32_t>(ci.Offsets(), ci.Heads(), ci.Weights()));
  ExpectSameGraph(gi, expected);

  // float -> double: the same as the double edge-list builder.
  EdgeList<double> dlist;
  dlist.num_vertices = list.num_vertices;
  for (const auto& e : list.edges) dlist.edges.push_back({e.tail, e.head, e.weight / 8.0});
  ASSERT_OK_AND_ASSIGN(Graph<double> dexpected, BuildGraph(std::move(dlist)));
  Csr<float> cf = ToCsr<float>(list);
  for (float& w : cf.weights) w /= 8.0f;  // exact in float: weights < 2^24
  ASSERT_OK_AND_ASSIGN(Graph<double> gf,
                       BuildGraphFromCsr<double>(cf.Offsets(), cf.Heads(), cf.Weights()));
  ExpectSameGraph(gf, dexpected);
}

TEST(CsrBuilderTest, EmptyAndIsolatedVertices) {
  const std::vector<ArcId> offsets = {0, 0, 0};
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraphFromCsr<uint32_t>(
                                              std::span<const ArcId>(offsets),
                                              std::span<const VertexId>(), std::span<const uint32_t>()));
  EXPECT_EQ(g.NumVertices(), 2u);
  EXPECT_EQ(g.NumEdges(), 0u);
}

// Path 0 - 1 - 2 with weights 5 and 7, plus whatever a test breaks.
struct Path {
  std::vector<ArcId> offsets = {0, 1, 3, 4};
  std::vector<VertexId> heads = {1, 0, 2, 1};
  std::vector<uint64_t> weights = {5, 5, 7, 7};
  absl::StatusOr<Graph<uint32_t>> Build(const CsrOptions& options = {},
                                        BuildStats* stats = nullptr) const {
    return BuildGraphFromCsr<uint32_t>(std::span<const ArcId>(offsets),
                                       std::span<const VertexId>(heads),
                                       std::span<const uint64_t>(weights), options, stats);
  }
};

TEST(CsrBuilderTest, ValidPathBuilds) {
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, Path().Build());
  EXPECT_EQ(g.NumEdges(), 2u);
  EXPECT_EQ(g.Weight(g.FindArc(2, 1)), 7u);
}

TEST(CsrBuilderTest, RejectsBadSizes) {
  Path p;
  p.weights.pop_back();
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("must agree")));
  Path q;
  q.offsets.clear();
  EXPECT_THAT(q.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("empty")));
  Path r;
  r.offsets[0] = 1;
  EXPECT_THAT(r.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("offsets[0]")));
}

TEST(CsrBuilderTest, RejectsDecreasingOffsets) {
  Path p;
  p.offsets = {0, 3, 1, 4};
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("decrease at vertex 1")));
}

TEST(CsrBuilderTest, RejectsOutOfRangeHeads) {
  Path p;
  p.heads[3] = 3;
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("outside [0, 3)")));
}

TEST(CsrBuilderTest, RejectsUnsortedAndRepeatedArcs) {
  Path p;
  p.heads = {1, 2, 0, 1};  // vertex 1 lists 2 before 0
  p.weights = {5, 7, 5, 7};
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("arcs of vertex 1 are not strictly increasing")));
  Path q;
  q.offsets = {0, 2, 4, 5};
  q.heads = {1, 1, 0, 0, 1};  // a parallel arc 0->1, 1->0
  q.weights = {5, 5, 5, 5, 7};
  EXPECT_THAT(q.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("arcs of vertex 0 are not strictly increasing")));
}

TEST(CsrBuilderTest, RejectsAsymmetricArcs) {
  Path p;  // 1->2 present, 2->1 replaced by 2->0
  p.heads[3] = 0;
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no reverse arc")));
  Path q;  // 0->1 dropped: 1->0 has no reverse
  q.offsets = {0, 0, 2, 3};
  q.heads = {0, 2, 1};
  q.weights = {5, 7, 7};
  EXPECT_THAT(q.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("arc #0 1->0 has no reverse arc 0->1")));
  Path r;  // the reverse 2->1 is missing at the end of the arrays
  r.offsets = {0, 1, 3, 3};
  r.heads = {1, 0, 2};
  r.weights = {5, 5, 7};
  EXPECT_THAT(r.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("1->2 has no reverse arc 2->1")));
}

TEST(CsrBuilderTest, RejectsAsymmetricWeights) {
  Path p;
  p.weights[3] = 8;
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("has weight 7 but its reverse arc #3 has weight 8")));
}

TEST(CsrBuilderTest, RejectsZeroWeights) {
  Path p;
  p.weights[0] = p.weights[1] = 0;
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("weight 0")));
}

TEST(CsrBuilderTest, RejectsWeightsThatOverflowUint32) {
  Path p;
  p.weights[2] = p.weights[3] = uint64_t{1} << 32;
  EXPECT_THAT(p.Build(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("arc #2 has weight 4294967296, which does not fit")));
  Path q;
  q.weights[2] = q.weights[3] = std::numeric_limits<uint32_t>::max();
  EXPECT_OK(q.Build());
}

TEST(CsrBuilderTest, RejectsUint64WeightsThatDoubleCannotHoldExactly) {
  const Path p;
  std::vector<uint64_t> w = p.weights;
  w[0] = w[1] = (uint64_t{1} << 53) + 1;
  EXPECT_THAT(BuildGraphFromCsr<double>(std::span<const ArcId>(p.offsets),
                                        std::span<const VertexId>(p.heads),
                                        std::span<const uint64_t>(w)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("does not fit")));
  w[0] = w[1] = uint64_t{1} << 53;
  EXPECT_OK(BuildGraphFromCsr<double>(std::span<const ArcId>(p.offsets),
                                      std::span<const VertexId>(p.heads),
                                      std::span<const uint64_t>(w)));
}

TEST(CsrBuilderTest, RejectsNegativeAndNonFiniteDoubles) {
  const Path p;
  std::vector<double> w = {5, 5, -7, -7};
  const auto build = [&] {
    return BuildGraphFromCsr<double>(std::span<const ArcId>(p.offsets),
                                     std::span<const VertexId>(p.heads), std::span<const double>(w));
  };
  EXPECT_THAT(build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("negative")));
  w[2] = w[3] = std::numeric_limits<double>::infinity();
  EXPECT_THAT(build(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("non-finite")));
  std::vector<int> neg = {5, 5, -7, -7};
  EXPECT_THAT(BuildGraphFromCsr<uint32_t>(std::span<const ArcId>(p.offsets),
                                          std::span<const VertexId>(p.heads),
                                          std::span<const int>(neg)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("does not fit")));
}

TEST(CsrBuilderTest, SelfLoopsDroppedOrRejected) {
  Path p;  // a loop at vertex 1, between its arcs to 0 and 2
  p.offsets = {0, 1, 4, 5};
  p.heads = {1, 0, 1, 2, 1};
  p.weights = {5, 5, 9, 7, 7};
  BuildStats stats;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, p.Build({}, &stats));
  EXPECT_EQ(stats.self_loops_dropped, 1u);
  EXPECT_EQ(g.NumEdges(), 2u);
  EXPECT_EQ(g.FindArc(1, 1), kNoArc);
  Path clean;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, clean.Build());
  ExpectSameGraph(g, expected);
  CsrOptions reject;
  reject.self_loops = SelfLoopPolicy::kReject;
  EXPECT_THAT(p.Build(reject),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("self-loop at vertex 1")));
}

TEST(WeightConceptTest, AdmitsExactlyTheInstantiatedTypes) {
  static_assert(EdgeWeight<uint32_t> && EdgeWeight<double>);
  static_assert(!EdgeWeight<uint16_t> && !EdgeWeight<uint64_t> && !EdgeWeight<float> &&
                !EdgeWeight<int32_t>);
  static_assert(InputWeight<uint16_t> && InputWeight<uint64_t> && InputWeight<float> &&
                InputWeight<int> && !InputWeight<bool>);
  uint32_t u = 0;
  EXPECT_TRUE(ConvertWeight<uint32_t>(uint64_t{4294967295u}, &u));
  EXPECT_EQ(u, 4294967295u);
  EXPECT_FALSE(ConvertWeight<uint32_t>(uint64_t{1} << 32, &u));
  EXPECT_FALSE(ConvertWeight<uint32_t>(int64_t{-1}, &u));
  EXPECT_TRUE(ConvertWeight<uint32_t>(uint16_t{65535}, &u));
  EXPECT_EQ(u, 65535u);
  double d = 0;
  EXPECT_TRUE(ConvertWeight<double>(0.1f, &d));
  EXPECT_EQ(d, static_cast<double>(0.1f));
  EXPECT_FALSE(ConvertWeight<double>(std::numeric_limits<uint64_t>::max(), &d));
  EXPECT_FALSE(ConvertWeight<double>(std::numeric_limits<int64_t>::min(), &d));
}

}  // namespace
}  // namespace shortcut
