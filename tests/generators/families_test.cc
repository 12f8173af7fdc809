// Every family passes the class verifiers of its promise, across seeds and
// sizes, with certificates checked by code independent of the generators.
#include "shortcut/generators/families.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "shortcut/core/components.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/induced_subgraph.h"
#include "shortcut/generators/generated_graph.h"
#include "shortcut/generators/road.h"
#include "shortcut/verify/embedding.h"
#include "shortcut/verify/graph_classes.h"
#include "shortcut/verify/minor_checks.h"
#include "shortcut/verify/planarity.h"
#include "shortcut/verify/treewidth.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

// Build with the strict policies: a generator must emit a simple list.
absl::StatusOr<Graph<uint32_t>> BuildStrict(EdgeList<uint32_t> list) {
  BuildOptions strict;
  strict.self_loops = SelfLoopPolicy::kReject;
  strict.parallel_edges = ParallelEdgePolicy::kReject;
  return BuildGraph(std::move(list), strict);
}

// Outerplanar iff adding a vertex joined to every vertex keeps it planar.
bool IsOuterplanar(const EdgeList<uint32_t>& list) {
  EdgeList<uint32_t> plus = list;
  plus.coordinates.clear();
  const VertexId apex = plus.num_vertices++;
  for (VertexId v = 0; v < apex; ++v) plus.edges.push_back({v, apex, 1});
  auto g = BuildGraph(std::move(plus));
  return g.ok() && TestPlanarity(*g).planar;
}

bool IsRandomFamily(std::string_view name) {
  return name != "grid" && name != "torus" && name != "comb" && name != "wheel-spokes" && name != "cxkr-tree";
}

void CheckFamilyMember(const FamilyInfo& info, const FamilyOptions& options) {
  SCOPED_TRACE(fmt::format("{} n={} seed={} k={}", info.name, options.n, options.seed, options.k));
  ASSERT_OK_AND_ASSIGN(GeneratedGraph t, GenerateFamily(info.name, options));
  const EdgeList<uint32_t> list_copy = t.list;
  EXPECT_GT(t.list.num_vertices, 0u);
  EXPECT_TRUE(t.list.coordinates.empty() || t.list.coordinates.size() == t.list.num_vertices);
  EXPECT_EQ(!t.list.coordinates.empty(), info.has_coordinates);
  for (const auto& e : t.list.edges) ASSERT_GE(e.weight, 1u);
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildStrict(std::move(t.list)));
  EXPECT_EQ(g.NumEdges(), list_copy.edges.size());
  const int r = ExcludedMinor(info, options);

  // Planarity: by Boyer-Myrvold and, independently, by the embedding.
  const PlanarityResult planarity = TestPlanarity(g);
  if (info.planar) {
    EXPECT_TRUE(planarity.planar);
  }
  if (!planarity.planar) {
    EXPECT_OK(CheckKuratowskiWitness(g, planarity.kuratowski_edges));
  }
  if (!t.rotation.empty()) {
    if (info.name == "apex") {
      // The rotation covers the graph minus the apex (vertex n - 1).
      std::vector<VertexId> rest(g.NumVertices() - 1);
      for (VertexId v = 0; v + 1 < g.NumVertices(); ++v) rest[v] = v;
      InducedSubgraph<uint32_t> base = ExtractInducedSubgraph(g, rest);
      std::vector<std::vector<VertexId>> rotation(t.rotation.begin(), t.rotation.end() - 1);
      ASSERT_OK_AND_ASSIGN(uint64_t genus, EmbeddingGenus(base.graph, rotation));
      EXPECT_EQ(genus, 0u);
    } else {
      ASSERT_OK_AND_ASSIGN(uint64_t genus, EmbeddingGenus(g, t.rotation));
      EXPECT_EQ(genus, info.name == "torus" ? 1u : 0u);
      EXPECT_LT(r, ExcludedCliqueForGenus(genus) + 1);
    }
  }
  // Bounded treewidth: the decomposition is valid and narrow enough.
  if (!t.decomposition.bags.empty()) {
    EXPECT_OK(CheckTreeDecomposition(g, t.decomposition));
    EXPECT_LE(t.decomposition.Width(), r - 2);
    if (info.name == "ktree" && g.NumVertices() > options.k) {
      EXPECT_EQ(t.decomposition.Width(), options.k);
    }
  }
  if (info.name == "outerplanar") {
    EXPECT_TRUE(IsOuterplanar(list_copy));
  }
  if (!t.apices.empty()) {
    EXPECT_OK(CheckApexCertificate(g, t.apices));
  }
  if (!t.pieces.bags.empty()) {
    EXPECT_OK(CheckCliqueSumCertificate(g, t.pieces, 3));
  }
  // Exact minor tests where they exist, and the heuristic never beats r.
  if (r == 3) {
    EXPECT_FALSE(HasK3Minor(g).has_minor);
  }
  if (r == 4) {
    EXPECT_FALSE(HasK4Minor(g).has_minor);
  }
  HadwigerOptions hadwiger;
  hadwiger.attempts = 2;
  hadwiger.seed = options.seed;
  ASSERT_OK_AND_ASSIGN(BranchSets clique, HadwigerLowerBound(g, hadwiger));
  EXPECT_LT(static_cast<int>(clique.size()), r);
  // Connected, except where the family allows otherwise.
  EXPECT_EQ(ConnectedComponents(g).count, 1u);
  if (!t.terminals.empty() && g.NumVertices() > 1) {
    for (VertexId v : t.terminals) EXPECT_EQ(g.Degree(v), 1u);
  }
}

TEST(FamiliesTest, EveryFamilyMeetsItsClass) {
  const uint32_t sizes[] = {1, 2, 3, 5, 17, 60, 250};
  for (const FamilyInfo& info : Families()) {
    for (uint32_t n : sizes) {
      for (uint64_t seed = 1; seed <= 4; ++seed) {
        FamilyOptions options;
        options.n = n;
        options.seed = seed;
        options.k = 1 + static_cast<uint32_t>(seed % 4);
        options.triangulated = seed % 2 == 0;
        options.ratio = seed % 2 == 0 ? 2.0 : 1.0;
        options.piece_size = 4 + static_cast<uint32_t>(seed * 3);
        CheckFamilyMember(info, options);
        if (::testing::Test::HasFatalFailure()) return;
      }
    }
  }
}

TEST(FamiliesTest, LargerInstancesOfTheMainFamilies) {
  for (const char* name :
       {"delaunay", "planar", "road", "ktree", "partial-ktree", "series-parallel", "clique-sum", "apex"}) {
    FamilyOptions options;
    options.n = 3000;
    options.seed = 11;
    options.k = 4;
    CheckFamilyMember(*FindFamily(name), options);
  }
}

TEST(FamiliesTest, SameSeedSameGraphDifferentSeedDifferentGraph) {
  for (const FamilyInfo& info : Families()) {
    FamilyOptions a;
    a.n = 200;
    a.seed = 5;
    ASSERT_OK_AND_ASSIGN(GeneratedGraph x, GenerateFamily(info.name, a));
    ASSERT_OK_AND_ASSIGN(GeneratedGraph y, GenerateFamily(info.name, a));
    EXPECT_EQ(x.list.edges, y.list.edges) << info.name;
    EXPECT_EQ(x.list.coordinates, y.list.coordinates) << info.name;
    EXPECT_EQ(x.rotation, y.rotation) << info.name;
    EXPECT_EQ(x.decomposition.bags, y.decomposition.bags) << info.name;
    if (IsRandomFamily(info.name)) {
      a.seed = 6;
      ASSERT_OK_AND_ASSIGN(GeneratedGraph z, GenerateFamily(info.name, a));
      EXPECT_NE(x.list.edges, z.list.edges) << info.name;
    }
  }
}

// FNV-1a over (n, then tail, head, weight of every edge, then coordinates
// as integers): platform-independent.
uint64_t Fingerprint(const EdgeList<uint32_t>& list) {
  uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](uint64_t x) {
    for (int i = 0; i < 8; ++i) {
      h ^= (x >> (8 * i)) & 0xff;
      h *= 0x100000001b3ull;
    }
  };
  mix(list.num_vertices);
  for (const auto& e : list.edges) {
    mix(e.tail);
    mix(e.head);
    mix(e.weight);
  }
  for (const auto& p : list.coordinates) {
    mix(static_cast<uint64_t>(p.x));
    mix(static_cast<uint64_t>(p.y));
  }
  return h;
}

// Pinned outputs: a change here changes every generated data set, so it
// must be deliberate (and documented in docs/generators.md).
TEST(FamiliesTest, PinnedSmallInstances) {
  const std::pair<const char*, uint64_t> pinned[] = {
      {"grid", 0x2dc3c92f227ea34ull},
      {"trigrid", 0x1d1a1de38f9739e6ull},
      {"delaunay", 0xf9deecce3b2008c7ull},
      {"planar", 0x7fbd6da9aba87538ull},
      {"road", 0xfe113d94a41fc0efull},
      {"outerplanar", 0x2ec1d526c2579851ull},
      {"tree", 0xd83f8f0a92ab0837ull},
      {"caterpillar", 0x6b2004a10dcbffc5ull},
      {"ktree", 0xfa7f49a9cf016b0aull},
      {"partial-ktree", 0x94cf4fa025b287e5ull},
      {"series-parallel", 0x2765c0020000f94aull},
      {"torus", 0xea760281dade3cd4ull},
      {"apex", 0x50d413fa75187e22ull},
      {"clique-sum", 0xd18cbf7c1c9835baull},
      {"comb", 0x5aa439dc5acf0761ull},
      {"grid-pendant", 0x3e5a213c6e7a1189ull},
      {"wheel-spokes", 0x519889df89bc5e71ull},
      {"cxkr-tree", 0xd223bcae3d9a9305ull},
  };
  for (const auto& [name, expected] : pinned) {
    FamilyOptions options;
    options.n = 40;
    options.seed = 2024;
    ASSERT_OK_AND_ASSIGN(GeneratedGraph t, GenerateFamily(name, options));
    EXPECT_EQ(Fingerprint(t.list), expected) << name << ": 0x" << std::hex << Fingerprint(t.list);
  }
}

// The road family looks like a road network: exactly n vertices, mean
// degree in the range of real networks (2.4-2.8 for DIMACS road graphs; 2.1
// for OSM extracts), mostly chains of degree-2 vertices, street pieces of
// Euclidean length.
TEST(FamiliesTest, RoadLooksLikeARoadNetwork) {
  FamilyOptions options;
  options.n = 50000;
  options.seed = 3;
  ASSERT_OK_AND_ASSIGN(GeneratedGraph t, GenerateFamily("road", options));
  ASSERT_EQ(t.list.coordinates.size(), options.n);
  for (const auto& e : t.list.edges) {
    const Point& a = t.list.coordinates[e.tail];
    const Point& b = t.list.coordinates[e.head];
    EXPECT_EQ(e.weight, std::max<uint32_t>(1, static_cast<uint32_t>(std::round(std::hypot(a.x - b.x, a.y - b.y)))));
  }
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(t.list)));
  EXPECT_EQ(g.NumVertices(), options.n);
  EXPECT_EQ(ConnectedComponents(g).count, 1u);
  uint64_t degree_two = 0;
  for (VertexId v = 0; v < g.NumVertices(); ++v) degree_two += g.Degree(v) == 2;
  const double mean_degree = 2.0 * g.NumEdges() / g.NumVertices();
  EXPECT_GT(mean_degree, 2.2);
  EXPECT_LT(mean_degree, 2.8);
  EXPECT_GT(static_cast<double>(degree_two) / g.NumVertices(), 0.5);
  // keep = 0: the streets are a spanning tree of the grid, so m = n - 1.
  GeneratedGraph tree = RoadNetwork(5000, 4, 0.0);
  EXPECT_EQ(tree.list.edges.size(), 4999u);
}

TEST(FamiliesTest, RejectsBadOptions) {
  FamilyOptions options;
  EXPECT_THAT(GenerateFamily("nope", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("known:")));
  options.n = 0;
  EXPECT_THAT(GenerateFamily("grid", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("n must")));
  options.n = 10;
  options.keep = 1.5;
  EXPECT_THAT(GenerateFamily("planar", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("keep")));
  options.keep = 0.5;
  options.k = 0;
  EXPECT_THAT(GenerateFamily("ktree", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("k must")));
  options.k = 3;
  options.rows = 2;
  options.cols = 5;
  EXPECT_THAT(GenerateFamily("torus", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("at least 3")));
  options.piece_size = 3;
  EXPECT_THAT(GenerateFamily("clique-sum", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("piece")));
  options.ratio = 0.5;
  EXPECT_THAT(GenerateFamily("cxkr-tree", options), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("ratio")));
}

}  // namespace
}  // namespace shortcut
