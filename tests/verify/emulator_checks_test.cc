#include "shortcut/verify/emulator_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/emulator/low_hop_emulator.h"
#include "shortcut/generators/grid.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

// H as an edge list, to mutate and rebuild.
EdgeList<uint32_t> EdgesOf(const Graph<uint32_t>& h) {
  EdgeList<uint32_t> list;
  list.num_vertices = h.NumVertices();
  for (EdgeId e = 0; e < h.NumEdges(); ++e) {
    const auto [u, v] = h.EdgeEndpoints(e);
    list.edges.push_back({u, v, h.EdgeWeightOf(e)});
  }
  return list;
}

class EmulatorChecksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_ = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(16, 18, 3), 1, 50, 4));
    LowHopEmulatorOptions o;
    o.epsilon = 0.25;
    auto h = BuildLowHopEmulator(g_, o);
    ASSERT_OK(h.status());
    h_ = std::move(h->graph);
    options_.epsilon = 0.25;
    ASSERT_OK(CheckLowHopEmulator(g_, h_, options_).status);
  }
  Graph<uint32_t> g_, h_;
  EmulatorCheckOptions options_;
};

// Mutation: one edge weight below the distance it spans.
TEST_F(EmulatorChecksTest, CatchesAnEdgeBelowTheDistance) {
  DijkstraEngine<uint32_t> dij(g_.NumVertices());
  EdgeList<uint32_t> list = EdgesOf(h_);
  bool mutated = false;
  for (auto& e : list.edges) {
    dij.Reset();
    dij.AddSource(e.tail);
    dij.Run(g_);
    const uint64_t d = dij.Distance(e.head);
    if (d >= 2) {
      e.weight = static_cast<uint32_t>(d - 1);
      mutated = true;
      break;
    }
  }
  ASSERT_TRUE(mutated);
  EXPECT_THAT(CheckLowHopEmulator(g_, testing::MustBuild(std::move(list)), options_).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("domination: edge")));
}

// Mutation: every weight doubled. Still dominating, but no pair keeps a
// 2-hop path within 1.25 of its distance.
TEST_F(EmulatorChecksTest, CatchesTooLongPaths) {
  EdgeList<uint32_t> list = EdgesOf(h_);
  for (auto& e : list.edges) e.weight *= 2;
  const EmulatorCheckReport rep = CheckLowHopEmulator(g_, testing::MustBuild(std::move(list)), options_);
  EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch: the shortest path")));
  EXPECT_GT(rep.worst_estimate, rep.worst_distance + rep.worst_distance / 4);
}

// Mutation: the edges of the vertex of largest degree removed; pairs then
// lose their 2-hop path.
TEST_F(EmulatorChecksTest, CatchesAMissingPath) {
  VertexId hub = 0;
  for (VertexId v : h_.Vertices()) {
    if (h_.Degree(v) > h_.Degree(hub)) hub = v;
  }
  EdgeList<uint32_t> list = EdgesOf(h_);
  std::erase_if(list.edges, [&](const auto& e) { return e.tail == hub || e.head == hub; });
  EXPECT_THAT(CheckLowHopEmulator(g_, testing::MustBuild(std::move(list)), options_).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch")));
}

// The graph itself is a perfect emulator (stretch 1) but not a low-hop one:
// on a path, vertices three edges apart have no 2-hop path.
TEST_F(EmulatorChecksTest, TheGraphItselfIsNotLowHop) {
  const Graph<uint32_t> path = testing::MustBuild(GridEdges(1, 30));
  EXPECT_THAT(CheckLowHopEmulator(path, path, options_).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("no path of at most 2 hops")));
}

// An edge between two components of G.
TEST_F(EmulatorChecksTest, CatchesAnEdgeAcrossComponents) {
  EdgeList<uint32_t> two = GridEdges(1, 4);
  two.num_vertices = 6;
  two.coordinates.clear();
  two.edges.push_back({4, 5, 1});
  const Graph<uint32_t> g = testing::MustBuild(two);
  EdgeList<uint32_t> h = GridEdges(1, 4);
  h.num_vertices = 6;
  h.coordinates.clear();
  h.edges.push_back({0, 2, 2});
  h.edges.push_back({1, 3, 2});
  h.edges.push_back({0, 3, 3});
  h.edges.push_back({4, 5, 1});
  EmulatorCheckOptions o = options_;
  EXPECT_OK(CheckLowHopEmulator(g, testing::MustBuild(h), o).status);
  h.edges.push_back({3, 4, 1000});
  EXPECT_THAT(CheckLowHopEmulator(g, testing::MustBuild(h), o).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("unreachable")));
}

TEST_F(EmulatorChecksTest, RejectsAVertexCountMismatchAndBadEpsilon) {
  const Graph<uint32_t> small = testing::MustBuild(GridEdges(2, 2));
  EXPECT_THAT(CheckLowHopEmulator(g_, small, options_).status, StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
  EmulatorCheckOptions o;
  EXPECT_THAT(CheckLowHopEmulator(g_, h_, o).status, StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
}

// Sampled sources above the all-pairs limit: every pair of each source.
TEST_F(EmulatorChecksTest, SampledSources) {
  EmulatorCheckOptions o = options_;
  o.all_pairs_limit = 10;
  o.sources = 7;
  const EmulatorCheckReport rep = CheckLowHopEmulator(g_, h_, o);
  EXPECT_OK(rep.status);
  EXPECT_FALSE(rep.all_pairs);
  EXPECT_EQ(rep.sources_used, 7u);
  EXPECT_EQ(rep.pairs_checked, 7u * (g_.NumVertices() - 1));
}

}  // namespace
}  // namespace shortcut
