// Planarity: planar families are recognised, the classic non-planar graphs
// are rejected with a Kuratowski witness that the independent checker
// accepts, and the checker rejects edge sets that are not subdivisions of K5
// or K3,3.
#include "shortcut/verify/planarity.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/tree.h"
#include "shortcut/io/read_graph.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

EdgeList<uint32_t> FromPairs(VertexId n, const std::vector<std::pair<VertexId, VertexId>>& pairs) {
  EdgeList<uint32_t> list;
  list.num_vertices = n;
  for (auto [u, v] : pairs) list.edges.push_back({u, v, 1});
  return list;
}

// TorusGrid: the rows x cols grid with wrap-around in both directions.
EdgeList<uint32_t> TorusGrid(VertexId rows, VertexId cols) {
  std::vector<std::pair<VertexId, VertexId>> pairs;
  for (VertexId i = 0; i < rows; ++i) {
    for (VertexId j = 0; j < cols; ++j) {
      pairs.emplace_back(i * cols + j, i * cols + (j + 1) % cols);
      pairs.emplace_back(i * cols + j, ((i + 1) % rows) * cols + j);
    }
  }
  return FromPairs(rows * cols, pairs);
}

// SubdividedK5: K5 with every edge replaced by a path of `k` + 1 edges.
EdgeList<uint32_t> SubdividedK5(VertexId k) {
  std::vector<std::pair<VertexId, VertexId>> pairs;
  VertexId next = 5;
  for (VertexId u = 0; u < 5; ++u) {
    for (VertexId v = u + 1; v < 5; ++v) {
      VertexId prev = u;
      for (VertexId i = 0; i < k; ++i) {
        pairs.emplace_back(prev, next);
        prev = next++;
      }
      pairs.emplace_back(prev, v);
    }
  }
  return FromPairs(next, pairs);
}

std::vector<EdgeId> AllEdges(const Graph<uint32_t>& g) {
  std::vector<EdgeId> all(g.NumEdges());
  for (EdgeId e = 0; e < g.NumEdges(); ++e) all[e] = e;
  return all;
}

TEST(PlanarityTest, PlanarFamilies) {
  for (const auto& family : testing::SmallFamilies()) {
    const PlanarityResult p = TestPlanarity(family.graph);
    EXPECT_EQ(p.planar, family.planar) << family.name;
    EXPECT_TRUE(p.kuratowski_edges.empty()) << family.name;
  }
  EXPECT_TRUE(TestPlanarity(MustBuild(GridEdges(30, 30))).planar);
  EXPECT_TRUE(TestPlanarity(MustBuild(TriangulatedGridEdges(20, 20, 7))).planar);
  EXPECT_TRUE(TestPlanarity(MustBuild(RandomTreeEdges(500, 3))).planar);
  EXPECT_TRUE(TestPlanarity(MustBuild(testing::CompleteEdges(4))).planar);
  EXPECT_TRUE(TestPlanarity(Graph<uint32_t>()).planar);
  // K5 minus an edge is planar.
  auto k5 = testing::CompleteEdges(5);
  k5.edges.pop_back();
  EXPECT_TRUE(TestPlanarity(MustBuild(k5)).planar);
}

struct NonPlanarCase {
  const char* name;
  EdgeList<uint32_t> (*make)();
};

class NonPlanarTest : public ::testing::TestWithParam<NonPlanarCase> {};

TEST_P(NonPlanarTest, WitnessIsAKuratowskiSubdivision) {
  const Graph<uint32_t> g = MustBuild(GetParam().make());
  const PlanarityResult p = TestPlanarity(g);
  ASSERT_FALSE(p.planar);
  ASSERT_FALSE(p.kuratowski_edges.empty());
  EXPECT_OK(CheckKuratowskiWitness(g, p.kuratowski_edges));
  // Removing any one witness edge breaks the witness.
  std::vector<EdgeId> fewer(p.kuratowski_edges.begin() + 1, p.kuratowski_edges.end());
  EXPECT_FALSE(CheckKuratowskiWitness(g, fewer).ok());
}

INSTANTIATE_TEST_SUITE_P(
    Classic, NonPlanarTest,
    ::testing::Values(NonPlanarCase{"K5", [] { return testing::CompleteEdges(5); }}, NonPlanarCase{"K33", [] { return testing::K33Edges(); }},
                      NonPlanarCase{"K7", [] { return testing::CompleteEdges(7); }},
                      NonPlanarCase{"Petersen", [] { return testing::PetersenEdges(); }},
                      NonPlanarCase{"Torus5x5", [] { return TorusGrid(5, 5); }},
                      NonPlanarCase{"SubdividedK5", [] { return SubdividedK5(3); }}),
    [](const ::testing::TestParamInfo<NonPlanarCase>& info) { return info.param.name; });

TEST(KuratowskiWitnessTest, AcceptsExactSubdivisions) {
  const Graph<uint32_t> k5 = MustBuild(testing::CompleteEdges(5));
  EXPECT_OK(CheckKuratowskiWitness(k5, AllEdges(k5)));
  const Graph<uint32_t> k33 = MustBuild(testing::K33Edges());
  EXPECT_OK(CheckKuratowskiWitness(k33, AllEdges(k33)));
  const Graph<uint32_t> sub = MustBuild(SubdividedK5(2));
  EXPECT_OK(CheckKuratowskiWitness(sub, AllEdges(sub)));
}

TEST(KuratowskiWitnessTest, RejectsWhatIsNotASubdivision) {
  const Graph<uint32_t> k4 = MustBuild(testing::CompleteEdges(4));
  EXPECT_THAT(CheckKuratowskiWitness(k4, AllEdges(k4)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("4 branch vertices")));
  const Graph<uint32_t> k6 = MustBuild(testing::CompleteEdges(6));
  EXPECT_THAT(CheckKuratowskiWitness(k6, AllEdges(k6)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("degree 5")));
  // K3,3 plus a disjoint cycle: extra degree-2 vertices off the paths.
  auto list = testing::K33Edges();
  list.num_vertices = 9;
  list.edges.push_back({6, 7, 1});
  list.edges.push_back({7, 8, 1});
  list.edges.push_back({8, 6, 1});
  const Graph<uint32_t> extra = MustBuild(list);
  EXPECT_THAT(CheckKuratowskiWitness(extra, AllEdges(extra)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("cycles that avoid the branch vertices")));
  // The prism (two triangles joined by a matching) is cubic on 6 vertices
  // but not bipartite.
  const Graph<uint32_t> prism =
      MustBuild(FromPairs(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {0, 3}, {1, 4}, {2, 5}}));
  EXPECT_THAT(CheckKuratowskiWitness(prism, AllEdges(prism)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("do not form K3,3")));
  const Graph<uint32_t> petersen = MustBuild(testing::PetersenEdges());
  EXPECT_FALSE(CheckKuratowskiWitness(petersen, AllEdges(petersen)).ok());  // 10 branch vertices
  EXPECT_THAT(CheckKuratowskiWitness(k4, std::vector<EdgeId>{}), StatusIs(absl::StatusCode::kFailedPrecondition,
                                                                         HasSubstr("no edges")));
  EXPECT_THAT(CheckKuratowskiWitness(k4, std::vector<EdgeId>{0, 0}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("appears twice")));
  EXPECT_THAT(CheckKuratowskiWitness(k4, std::vector<EdgeId>{99}), StatusIs(absl::StatusCode::kOutOfRange,
                                                                          HasSubstr("99")));
}

TEST(KuratowskiWitnessTest, RejectsParallelPaths) {
  // Six cubic branch vertices a=0 .. f=5 whose contraction has the double
  // edges a=b (second path through 6) and e=f (through 7):
  //   a=b, a-c, b-d, c-d, c-e, d-f, e=f.
  const Graph<uint32_t> g = MustBuild(FromPairs(
      8, {{0, 1}, {0, 6}, {6, 1}, {0, 2}, {1, 3}, {2, 3}, {2, 4}, {3, 5}, {4, 5}, {4, 7}, {7, 5}}));
  EXPECT_THAT(CheckKuratowskiWitness(g, AllEdges(g)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("are joined by 2 paths")));
}

TEST(PlanarityTest, BundledDatasets) {
  // Planarity as measured independently (SOURCE.md); non-planar ones must
  // come with a valid witness.
  const std::pair<const char*, bool> cases[] = {
      {"datasets/3elt/3elt.grf.gz", true},           {"datasets/airfoil1/airfoil1.graph", true},
      {"datasets/cheburashka/cheburashka.off", true}, {"datasets/fertility/fertility.off", false},
      {"datasets/power_grid/power.graph", false},     {"datasets/rome99/rome99.gr", false},
      {"datasets/luxembourg_osm/luxembourg.osm.graph", false},
  };
  for (const auto& [file, planar] : cases) {
    ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(std::string(SHORTCUT_SOURCE_DIR) + "/" + file));
    const PlanarityResult p = TestPlanarity(g);
    EXPECT_EQ(p.planar, planar) << file;
    if (!planar) {
      EXPECT_OK(CheckKuratowskiWitness(g, p.kuratowski_edges)) << file;
    }
  }
}

}  // namespace
}  // namespace shortcut
