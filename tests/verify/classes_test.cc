// Known non-members fail with valid witnesses; embedding genus; apex and
// clique-sum certificates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/minor_free.h"
#include "shortcut/generators/planar.h"
#include "shortcut/verify/embedding.h"
#include "shortcut/verify/graph_classes.h"
#include "shortcut/verify/minor_checks.h"
#include "shortcut/verify/planarity.h"
#include "shortcut/verify/treewidth.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

TEST(KnownNonMembersTest, NonPlanarGraphsHaveCheckedKuratowskiWitnesses) {
  std::vector<std::pair<std::string, Graph<uint32_t>>> graphs;
  graphs.emplace_back("K5", MustBuild(testing::CompleteEdges(5)));
  graphs.emplace_back("K3,3", MustBuild(testing::K33Edges()));
  graphs.emplace_back("Petersen", MustBuild(testing::PetersenEdges()));
  graphs.emplace_back("torus 5x5", MustBuild(ToroidalGrid(5, 5, false).list));
  for (const auto& [name, g] : graphs) {
    const PlanarityResult p = TestPlanarity(g);
    EXPECT_FALSE(p.planar) << name;
    EXPECT_OK(CheckKuratowskiWitness(g, p.kuratowski_edges)) << name;
  }
}

TEST(KnownNonMembersTest, CliqueMinorsAreFoundAndChecked) {
  const Graph<uint32_t> k4 = MustBuild(testing::CompleteEdges(4));
  const MinorTestResult r = HasK4Minor(k4);
  ASSERT_TRUE(r.has_minor);
  EXPECT_OK(CheckMinorWitness(k4, r.witness));
  HadwigerOptions options;
  options.attempts = 8;
  for (auto [list, at_least] : std::vector<std::pair<EdgeList<uint32_t>, std::size_t>>{
           {testing::CompleteEdges(5), 5},
           {testing::PetersenEdges(), 5},
           {ToroidalGrid(5, 5, false).list, 5},
           {testing::K33Edges(), 4}}) {
    const Graph<uint32_t> g = MustBuild(std::move(list));
    ASSERT_OK_AND_ASSIGN(BranchSets sets, HadwigerLowerBound(g, options));
    EXPECT_GE(sets.size(), at_least);
    EXPECT_OK(CheckMinorWitness(g, sets));
    // Treewidth lower bound from the minor vs the heuristic upper bound.
    const TreeDecomposition td = EliminationDecomposition(g, EliminationHeuristic::kMinFill);
    EXPECT_OK(CheckTreeDecomposition(g, td));
    EXPECT_GE(td.Width() + 1, static_cast<int64_t>(sets.size()));
  }
}

TEST(EmbeddingGenusTest, PlanarTorusAndInvalidRotations) {
  GeneratedGraph torus = ToroidalGrid(5, 5, false);
  const Graph<uint32_t> g = MustBuild(torus.list);
  ASSERT_OK_AND_ASSIGN(uint64_t genus, EmbeddingGenus(g, torus.rotation));
  EXPECT_EQ(genus, 1u);
  EXPECT_EQ(ExcludedCliqueForGenus(0), 5);
  EXPECT_EQ(ExcludedCliqueForGenus(1), 8);
  EXPECT_EQ(ExcludedCliqueForGenus(2), 9);
  // A scrambled rotation of the same graph has a larger genus.
  auto scrambled = torus.rotation;
  for (auto& r : scrambled) std::swap(r[0], r[1]);
  ASSERT_OK_AND_ASSIGN(uint64_t worse, EmbeddingGenus(g, scrambled));
  EXPECT_GT(worse, 1u);
  auto broken = torus.rotation;
  broken[3].pop_back();
  EXPECT_THAT(EmbeddingGenus(g, broken), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("vertex 3")));
  broken = torus.rotation;
  broken[3][0] = broken[3][1];
  EXPECT_THAT(EmbeddingGenus(g, broken), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("vertex 3")));
  // A plane grid with its natural rotation, and isolated vertices.
  EdgeList<uint32_t> grid = GridEdges(3, 3);
  grid.num_vertices = 10;
  grid.coordinates.clear();
  const Graph<uint32_t> gg = MustBuild(grid);
  std::vector<std::vector<VertexId>> rot(10);
  for (VertexId v = 0; v < 9; ++v) {
    const int i = v / 3, j = v % 3;
    if (j + 1 < 3) rot[v].push_back(v + 1);
    if (i + 1 < 3) rot[v].push_back(v + 3);
    if (j > 0) rot[v].push_back(v - 1);
    if (i > 0) rot[v].push_back(v - 3);
  }
  ASSERT_OK_AND_ASSIGN(uint64_t plane, EmbeddingGenus(gg, rot));
  EXPECT_EQ(plane, 0u);
}

TEST(GraphClassesTest, ApexCertificate) {
  GeneratedGraph apex = RandomApex(200, 3, 1.0);
  const Graph<uint32_t> g = MustBuild(apex.list);
  EXPECT_FALSE(TestPlanarity(g).planar);
  EXPECT_OK(CheckApexCertificate(g, apex.apices));
  const VertexId wrong[] = {0};
  EXPECT_THAT(CheckApexCertificate(g, std::span<const VertexId>(wrong)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not planar")));
  EXPECT_EQ(FindApexVertex(g, 4), std::optional<VertexId>(199));
  EXPECT_EQ(FindApexVertex(MustBuild(testing::CompleteEdges(6)), 6), std::nullopt);
}

TEST(GraphClassesTest, CliqueSumCertificate) {
  GeneratedGraph cs = RandomCliqueSum(600, 5, 12);
  const Graph<uint32_t> g = MustBuild(cs.list);
  EXPECT_OK(CheckCliqueSumCertificate(g, cs.pieces, 3));
  EXPECT_THAT(CheckCliqueSumCertificate(g, cs.pieces, 0),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("share")));
  // K5 as one piece is not planar.
  const Graph<uint32_t> k5 = MustBuild(testing::CompleteEdges(5));
  TreeDecomposition one;
  one.bags = {{0, 1, 2, 3, 4}};
  EXPECT_THAT(CheckCliqueSumCertificate(k5, one, 3), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("piece 0")));
  // Two triangles glued along a non-edge: the glue is not a clique.
  EdgeList<uint32_t> square;
  square.num_vertices = 4;
  square.edges = {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}};
  TreeDecomposition two;
  two.bags = {{0, 1, 2}, {0, 2, 3}};
  two.edges = {{0, 1}};
  EXPECT_THAT(CheckCliqueSumCertificate(MustBuild(square), two, 3),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not adjacent")));
}

TEST(GraphClassesTest, ManyCliqueSumsAreNotPlanarButStayK5Free) {
  int non_planar = 0;
  for (uint64_t seed = 0; seed < 8; ++seed) {
    GeneratedGraph cs = RandomCliqueSum(400, seed, 10);
    const Graph<uint32_t> g = MustBuild(cs.list);
    non_planar += TestPlanarity(g).planar ? 0 : 1;
    EXPECT_OK(CheckCliqueSumCertificate(g, cs.pieces, 3));
    ASSERT_OK_AND_ASSIGN(BranchSets sets, HadwigerLowerBound(g));
    EXPECT_LE(sets.size(), 4u);
  }
  EXPECT_GE(non_planar, 4);
}

}  // namespace
}  // namespace shortcut
