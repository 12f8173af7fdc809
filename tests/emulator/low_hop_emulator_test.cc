#include "shortcut/emulator/low_hop_emulator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "shortcut/cover/tree_cover.h"
#include "shortcut/emulator/low_hop_emulator_io.h"
#include "shortcut/generators/grid.h"
#include "shortcut/verify/emulator_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;
using ::shortcut::testing::StatusIs;

LowHopEmulator MustBuildEmulator(const Graph<uint32_t>& g, double eps, uint32_t threads = 1) {
  LowHopEmulatorOptions o;
  o.epsilon = eps;
  o.threads = threads;
  auto h = BuildLowHopEmulator(g, o);
  if (!h.ok()) ADD_FAILURE() << h.status();
  return h.ok() ? std::move(h).value() : LowHopEmulator{};
}

void ExpectValidEmulator(const std::string& name, const Graph<uint32_t>& g, double eps) {
  SCOPED_TRACE(name);
  const LowHopEmulator h = MustBuildEmulator(g, eps);
  ASSERT_EQ(h.graph.NumVertices(), g.NumVertices());
  for (VertexId v : g.Vertices()) ASSERT_EQ(h.graph.ExternalId(v), g.ExternalId(v));
  EXPECT_EQ(h.stats.edges, h.graph.NumEdges());
  EXPECT_LE(h.stats.edges, h.stats.star_edges);
  EmulatorCheckOptions check;
  check.epsilon = eps;
  const EmulatorCheckReport rep = CheckLowHopEmulator(g, h.graph, check);
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_EQ(rep.edges_checked, h.graph.NumEdges());
  EXPECT_LE(rep.max_stretch, 1 + eps);
}

// Every pair of the planar families has a (1+ε) path of at most 2 hops, and
// every edge dominates: checked independently on all pairs.
TEST(LowHopEmulatorTest, PlanarFamiliesAllPairs) {
  for (const auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.1, 0.5}) ExpectValidEmulator(tg.name, tg.graph, eps);
  }
}

// The same on the non-planar minor-free families (k-trees, clique-sums,
// apex graphs, the torus, series-parallel graphs).
TEST(LowHopEmulatorTest, MinorFreeFamiliesAllPairs) {
  for (const auto& mf : testing::MinorFreeGraphs(300, {1, 2})) ExpectValidEmulator(mf.name, mf.graph, 0.25);
}

// A graph with several components: no emulator edge joins two of them.
TEST(LowHopEmulatorTest, ComponentsStaySeparate) {
  EdgeList<uint32_t> list = GridEdges(6, 6);
  const VertexId base = list.num_vertices;
  list.num_vertices += 12;
  list.coordinates.clear();
  for (VertexId i = 0; i + 1 < 10; ++i) list.edges.push_back({base + i, base + i + 1, 3});
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  ExpectValidEmulator("two components and two isolated vertices", g, 0.25);
}

// The same graph and options give the same emulator for every thread count.
TEST(LowHopEmulatorTest, DeterministicAcrossThreads) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(25, 25, 3), 1, 40, 2));
  const LowHopEmulator a = MustBuildEmulator(g, 0.2, 1);
  const LowHopEmulator b = MustBuildEmulator(g, 0.2, 3);
  ASSERT_EQ(a.graph.NumEdges(), b.graph.NumEdges());
  for (EdgeId e = 0; e < a.graph.NumEdges(); ++e) {
    ASSERT_EQ(a.graph.EdgeEndpoints(e), b.graph.EdgeEndpoints(e));
    ASSERT_EQ(a.graph.EdgeWeightOf(e), b.graph.EdgeWeightOf(e));
  }
}

// H's edges are exactly the root–member pairs of the cover's stars, each
// with the smallest weight the cover gives the pair.
TEST(LowHopEmulatorTest, EdgesAreTheStarEdges) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(14, 17), 1, 30, 5));
  const LowHopEmulator h = MustBuildEmulator(g, 0.25);
  TreeCoverOptions o;
  o.epsilon = 0.25;
  auto cover = BuildTreeCover(g, o);
  ASSERT_OK(cover.status());
  std::map<std::pair<VertexId, VertexId>, uint64_t> want;
  for (uint32_t s = 0; s < cover->NumStars(); ++s) {
    const VertexId root = cover->star_root[s];
    for (std::size_t i = 0; i < cover->Members(s).size(); ++i) {
      const VertexId x = cover->Members(s)[i];
      if (x == root) continue;
      const auto key = std::minmax(root, x);
      auto [it, inserted] = want.emplace(key, cover->Weights(s)[i]);
      if (!inserted) it->second = std::min(it->second, cover->Weights(s)[i]);
    }
  }
  ASSERT_EQ(h.graph.NumEdges(), want.size());
  for (EdgeId e = 0; e < h.graph.NumEdges(); ++e) {
    const auto [u, v] = h.graph.EdgeEndpoints(e);
    auto it = want.find(std::minmax(u, v));
    ASSERT_NE(it, want.end());
    EXPECT_EQ(h.graph.EdgeWeightOf(e), it->second);
  }
}

TEST(LowHopEmulatorTest, RejectsBadOptions) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(3, 3));
  LowHopEmulatorOptions o;
  o.epsilon = 0;
  EXPECT_THAT(BuildLowHopEmulator(g, o).status(), StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
}

class LowHopEmulatorIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("emulator_io_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

// Written and read back, H is the same graph, for 1-based ids and for
// arbitrary ones (which the file names in "c id" lines).
TEST_F(LowHopEmulatorIoTest, RoundTrip) {
  EdgeList<uint32_t> list = testing::WithUniformWeights(GridEdges(9, 11), 1, 20, 3);
  for (bool arbitrary_ids : {false, true}) {
    EdgeList<uint32_t> l = list;
    if (arbitrary_ids) {
      for (VertexId v = 0; v < l.num_vertices; ++v) l.external_ids.push_back(1000 + 7 * uint64_t{v});
    }
    const Graph<uint32_t> g = testing::MustBuild(std::move(l));
    const LowHopEmulator h = MustBuildEmulator(g, 0.25);
    ASSERT_OK(WriteLowHopEmulator(Path("h.gr"), g, h.graph, "test"));
    std::ifstream in(Path("h.gr"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text.find("c id 1 1000\n") != std::string::npos, arbitrary_ids);
    auto back = ReadLowHopEmulator(Path("h.gr"), g);
    ASSERT_OK(back.status());
    ASSERT_EQ(back->NumVertices(), g.NumVertices());
    ASSERT_EQ(back->NumEdges(), h.graph.NumEdges());
    for (EdgeId e = 0; e < h.graph.NumEdges(); ++e) {
      EXPECT_EQ(back->EdgeEndpoints(e), h.graph.EdgeEndpoints(e));
      EXPECT_EQ(back->EdgeWeightOf(e), h.graph.EdgeWeightOf(e));
    }
    for (VertexId v : g.Vertices()) EXPECT_EQ(back->ExternalId(v), g.ExternalId(v));
  }
}

TEST_F(LowHopEmulatorIoTest, RejectsAnotherGraphsEmulator) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(5, 5));
  const Graph<uint32_t> other = testing::MustBuild(GridEdges(5, 6));
  const LowHopEmulator h = MustBuildEmulator(other, 0.25);
  ASSERT_OK(WriteLowHopEmulator(Path("h.gr"), other, h.graph));
  EXPECT_FALSE(ReadLowHopEmulator(Path("h.gr"), g).ok());
  EXPECT_THAT(WriteLowHopEmulator(Path("x.gr"), g, h.graph), StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
}

}  // namespace
}  // namespace shortcut
