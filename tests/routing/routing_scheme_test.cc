#include "shortcut/routing/routing_scheme.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

#include "shortcut/generators/grid.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/routing_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

RoutingScheme MustBuildScheme(const Graph<uint32_t>& g, double eps, uint32_t threads = 1) {
  RoutingOptions o;
  o.epsilon = eps;
  o.threads = threads;
  auto r = RoutingScheme::Build(g, o);
  if (!r.ok()) ADD_FAILURE() << r.status();
  return r.ok() ? std::move(r).value() : RoutingScheme{};
}

void ExpectValidScheme(const std::string& name, const Graph<uint32_t>& g, double eps) {
  SCOPED_TRACE(name);
  const RoutingScheme scheme = MustBuildScheme(g, eps);
  EXPECT_EQ(scheme.stats().dijkstra_trees, 0u);  // the stream's order always gave the tree
  const RoutingCheckReport rep = CheckRoutingScheme(g, scheme, {});
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_LE(rep.max_stretch, 1 + eps);
}

// Every packet of every pair arrives along edges within 1 + ε: planar
// families, then the non-planar minor-free ones.
TEST(RoutingSchemeTest, PlanarFamiliesAllPairs) {
  for (const auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.1, 0.5}) ExpectValidScheme(tg.name, tg.graph, eps);
  }
}

TEST(RoutingSchemeTest, MinorFreeFamiliesAllPairs) {
  for (const auto& mf : testing::MinorFreeGraphs(250, {1, 2})) ExpectValidScheme(mf.name, mf.graph, 0.25);
}

// Route returns the walk the verifier measures: consecutive vertices are
// adjacent, it ends at v, and no packet starts across components.
TEST(RoutingSchemeTest, RouteIsAWalkOfTheGraph) {
  EdgeList<uint32_t> list = testing::WithUniformWeights(GridEdges(10, 12), 1, 20, 3);
  list.num_vertices += 2;
  list.coordinates.clear();
  list.edges.push_back({120, 121, 5});
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  const RoutingScheme scheme = MustBuildScheme(g, 0.25);
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  for (VertexId u : {0u, 17u, 64u}) {
    dij.Reset();
    dij.AddSource(u);
    dij.Run(g);
    for (VertexId v = 0; v < 120; ++v) {
      auto path = scheme.Route(g, u, v);
      ASSERT_OK(path.status());
      ASSERT_EQ(path->front(), u);
      ASSERT_EQ(path->back(), v);
      uint64_t length = 0;
      for (std::size_t i = 1; i < path->size(); ++i) {
        const ArcId a = g.FindArc((*path)[i - 1], (*path)[i]);
        ASSERT_NE(a, kNoArc);
        length += g.Weight(a);
      }
      EXPECT_LE(4 * length, 5 * dij.Distance(v));
    }
  }
  EXPECT_THAT(scheme.Route(g, 0, 121).status(),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("different components")));
  auto self = scheme.Route(g, 120, 121);
  ASSERT_OK(self.status());
  EXPECT_EQ(self->size(), 2u);
}

TEST(RoutingSchemeTest, DeterministicAcrossThreads) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(18, 20, 1), 1, 40, 2));
  EXPECT_EQ(MustBuildScheme(g, 0.2, 1).Serialize(), MustBuildScheme(g, 0.2, 3).Serialize());
}

class RoutingFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    EdgeList<uint32_t> list = testing::WithUniformWeights(GridEdges(8, 9), 1, 30, 4);
    for (VertexId v = 0; v < list.num_vertices; ++v) list.external_ids.push_back(100 + 2 * uint64_t{v});
    g_ = testing::MustBuild(std::move(list));
    scheme_ = MustBuildScheme(g_, 0.25);
    bytes_ = scheme_.Serialize();
  }
  static std::string Reseal(std::string b) {
    const uint64_t sum = DistanceOracle::FileChecksum(absl::string_view(b.data(), b.size() - 8));
    std::memcpy(b.data() + b.size() - 8, &sum, 8);
    return b;
  }
  Graph<uint32_t> g_;
  RoutingScheme scheme_;
  std::string bytes_;
};

TEST_F(RoutingFileTest, RoundTrip) {
  auto back = RoutingScheme::Deserialize(bytes_);
  ASSERT_OK(back.status());
  EXPECT_EQ(back->Serialize(), bytes_);
  EXPECT_OK(back->CheckGraph(g_));
  EXPECT_EQ(back->FindExternal(102), 1u);
  EXPECT_EQ(back->FindExternal(101), kNoVertex);
  EXPECT_OK(CheckRoutingScheme(g_, *back, {}).status);
  const fs::path path = fs::path(::testing::TempDir()) / ("routing_" + std::to_string(::getpid()) + ".bin");
  ASSERT_OK(scheme_.Save(path.string()));
  auto loaded = RoutingScheme::Load(path.string());
  fs::remove(path);
  ASSERT_OK(loaded.status());
  EXPECT_EQ(loaded->Serialize(), bytes_);
}

TEST_F(RoutingFileTest, RejectsDamagedFiles) {
  for (std::size_t cut : {std::size_t{0}, std::size_t{50}, std::size_t{200}, bytes_.size() - 1}) {
    EXPECT_THAT(RoutingScheme::Deserialize(bytes_.substr(0, cut)).status(),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("truncated")))
        << cut;
  }
  for (std::size_t i = 0; i < bytes_.size(); i += 5) {
    std::string bad = bytes_;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    EXPECT_FALSE(RoutingScheme::Deserialize(bad).ok()) << i;
  }
}

// Resealed edits: whatever loads routes without leaving its tables, and
// Route ends (delivered, or an error) within n hops.
TEST_F(RoutingFileTest, ResealedEditsStayInBounds) {
  const std::size_t sections = 88 + 16 * (uint64_t{g_.NumVertices()} + 1);
  int loaded = 0;
  for (std::size_t i = sections; i + 8 < bytes_.size(); i += 3) {
    std::string edit = bytes_;
    edit[i] = static_cast<char>(edit[i] ^ 0x41);
    auto r = RoutingScheme::Deserialize(Reseal(edit));
    if (!r.ok()) continue;
    ++loaded;
    for (VertexId u = 0; u < r->NumVertices(); u += 7) {
      for (VertexId v = 0; v < r->NumVertices(); v += 5) (void)r->Route(g_, u, v);
    }
  }
  EXPECT_GT(loaded, 0);
}

TEST(RoutingFunctionsTest, ArbitraryBytes) {
  const std::vector<uint8_t> junk = {0xFF, 0xFF, 0xFF, 0x03, 0x09, 0x09, 0, 1, 2, 3, 4, 5, 6};
  EXPECT_FALSE(StartRoute(junk, junk).has_value());
  EXPECT_EQ(NextHop(junk, RoutingPacket{}), kNoRoute);
  EXPECT_EQ(NextHop({}, RoutingPacket{}), kNoRoute);
  EXPECT_FALSE(ValidateRoutingTable(junk, 100, 100).ok());
  EXPECT_FALSE(ValidateRoutingHeader(junk, 100, 100).ok());
}

}  // namespace
}  // namespace shortcut
