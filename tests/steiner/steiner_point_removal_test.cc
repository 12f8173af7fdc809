#include "shortcut/steiner/steiner_point_removal.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/generators/adversarial.h"
#include "shortcut/generators/tree.h"
#include "shortcut/verify/spr_checks.h"
#include "testing/boost_reference.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

// Gupta's proven distortion on trees (docs/steiner_point_removal.md), which
// the verifier enforces on every gupta result below.
constexpr double kGuptaDistortion = 8;

constexpr SprMethod kGeneralMethods[] = {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall, SprMethod::kAuto};

std::vector<VertexId> Terminals(VertexId n, double fraction, uint64_t seed) {
  const auto k = static_cast<VertexId>(std::clamp<long long>(std::llround(fraction * n), 1, n));
  return SampleTerminals(n, k, seed);
}

// Runs `method` and checks the result with the independent verifier; returns
// the verifier's report.
template <EdgeWeight W>
SprCheckReport RunAndVerify(const Graph<W>& g, std::span<const VertexId> terminals, SprMethod method,
                            uint32_t zeta = kDefaultSprZeta, double max_distortion = 0) {
  SteinerPointRemovalOptions options;
  options.method = method;
  options.zeta = zeta;
  auto spr = ComputeSteinerPointRemoval(g, terminals, options);
  EXPECT_OK(spr);
  if (!spr.ok()) return {};
  EXPECT_NE(spr->method, SprMethod::kAuto);
  EXPECT_EQ(spr->stats.repaired, 0u);
  EXPECT_TRUE(std::is_sorted(spr->minor_edges.begin(), spr->minor_edges.end(),
                             [](const auto& a, const auto& b) { return std::pair(a.u, a.v) < std::pair(b.u, b.v); }));
  for (const auto& e : spr->minor_edges) EXPECT_LT(e.u, e.v);
  SprCheckOptions check;
  check.max_distortion = max_distortion;  // 0: measure only
  const SprCheckReport rep = CheckSteinerPointRemoval<W>(g, terminals, spr->terminal_of, spr->minor_edges, check);
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_GE(rep.max_distortion, 1.0);
  EXPECT_LE(rep.mean_distortion, rep.max_distortion);
  EXPECT_EQ(rep.minor_edges, spr->stats.minor_edges);
  EXPECT_EQ(rep.max_region_size, spr->stats.max_region_size);
  return rep;
}

TEST(SteinerPointRemovalTest, EveryMethodIsVerifiedOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    const bool tree = IsTree(tg.graph);
    for (double fraction : {0.01, 0.05, 0.2}) {
      const auto terminals = Terminals(tg.graph.NumVertices(), fraction, 7);
      for (SprMethod method : kGeneralMethods) {
        SCOPED_TRACE(::testing::Message() << tg.name << " " << fraction << " " << SprMethodName(method));
        RunAndVerify(tg.graph, terminals, method);
      }
      if (tree) {
        SCOPED_TRACE(::testing::Message() << tg.name << " " << fraction << " gupta");
        const SprCheckReport rep = RunAndVerify(tg.graph, terminals, SprMethod::kGupta, kDefaultSprZeta, kGuptaDistortion);
        EXPECT_LE(rep.max_distortion, 8.0);
      }
    }
  }
}

TEST(SteinerPointRemovalTest, AutoPicksGuptaOnTreesAndPaperOtherwise) {
  auto tree = MustBuild(RandomTreeEdges(60, 3));
  auto grid = MustBuild(GridEdges(6, 7));
  const std::vector<VertexId> terminals = {0, 5, 17, 33};
  ASSERT_OK_AND_ASSIGN(auto a, ComputeSteinerPointRemoval(tree, terminals));
  EXPECT_EQ(a.method, SprMethod::kGupta);
  ASSERT_OK_AND_ASSIGN(auto b, ComputeSteinerPointRemoval(grid, terminals));
  EXPECT_EQ(b.method, SprMethod::kPaper);
  EXPECT_TRUE(IsTree(tree));
  EXPECT_FALSE(IsTree(grid));
  EXPECT_FALSE(IsTree(Graph<uint32_t>()));
}

// Gupta's bound: distortion at most 8 on every tree, here on random trees
// (weighted and not), caterpillars, combs and the Chan–Xia–Konjevod–Richa
// binary trees (leaves as terminals, unit and geometric weights), with
// random terminal sets of every density as well.
TEST(SteinerPointRemovalTest, GuptaDistortionAtMostEightOnTrees) {
  std::vector<std::pair<std::string, Graph<uint32_t>>> trees;
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    trees.push_back({"random", MustBuild(RandomTreeEdges(200, seed))});
    trees.push_back({"random_w", MustBuild(testing::WithUniformWeights(RandomTreeEdges(200, seed), 1, 1000, seed))});
    trees.push_back({"caterpillar_w",
                     MustBuild(testing::WithUniformWeights(CaterpillarEdges(150, 30, seed), 1, 50, seed))});
  }
  trees.push_back({"comb", MustBuild(Comb(12, 8))});
  double worst = 1;
  for (auto& [name, g] : trees) {
    for (double fraction : {0.01, 0.05, 0.2, 0.5}) {
      SCOPED_TRACE(::testing::Message() << name << " " << fraction);
      const SprCheckReport rep = RunAndVerify(g, Terminals(g.NumVertices(), fraction, 11), SprMethod::kGupta, kDefaultSprZeta, kGuptaDistortion);
      EXPECT_LE(rep.max_distortion, 8.0);
      worst = std::max(worst, rep.max_distortion);
    }
  }
  for (double ratio : {1.0, 2.0, 4.0}) {
    for (uint32_t depth : {4u, 6u}) {
      SCOPED_TRACE(::testing::Message() << "cxkr depth " << depth << " ratio " << ratio);
      GeneratedGraph cxkr = CxkrTree(depth, ratio);
      auto leaves = cxkr.terminals;
      auto g = MustBuild(std::move(cxkr.list));
      const SprCheckReport rep = RunAndVerify(g, leaves, SprMethod::kGupta, kDefaultSprZeta, kGuptaDistortion);
      EXPECT_LE(rep.max_distortion, 8.0);
      worst = std::max(worst, rep.max_distortion);
    }
  }
  RecordProperty("worst_gupta_distortion", std::to_string(worst));
}

// The tent: a path x_0..x_L (weight 2) with a pendant terminal at every
// inner x_i at distance min(i, L - i), and terminals at both ends. Each x_i
// is nearer to its pendant than to the ends, so the Voronoi minor joins x_0
// to x_L through every pendant: d_M ~ L^2/2 against d_G = 2L.
TEST(SteinerPointRemovalTest, VoronoiDistortionGrowsOnTheTentButGuptaStaysBelowEight) {
  constexpr uint32_t kLength = 60;
  EdgeList<uint32_t> list;
  list.num_vertices = 2 * kLength;
  std::vector<VertexId> terminals = {0, kLength};
  for (uint32_t i = 0; i < kLength; ++i) list.edges.push_back({i, i + 1, 2});
  for (uint32_t i = 1; i < kLength; ++i) {
    list.edges.push_back({i, kLength + i, std::min(i, kLength - i)});
    terminals.push_back(kLength + i);
  }
  auto g = MustBuild(std::move(list));
  const SprCheckReport voronoi = RunAndVerify(g, terminals, SprMethod::kVoronoi);
  EXPECT_GT(voronoi.max_distortion, kLength / 8.0);
  EXPECT_LE(RunAndVerify(g, terminals, SprMethod::kGupta, kDefaultSprZeta, kGuptaDistortion).max_distortion, 8.0);
}

TEST(SteinerPointRemovalTest, GuptaRejectsNonTrees) {
  auto grid = MustBuild(GridEdges(4, 4));
  SteinerPointRemovalOptions options;
  options.method = SprMethod::kGupta;
  const std::vector<VertexId> terminals = {0, 15};
  EXPECT_THAT(ComputeSteinerPointRemoval(grid, terminals, options),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("needs a tree")));
}

TEST(SteinerPointRemovalTest, DeterministicAndIndependentOfTerminalOrder) {
  for (auto& tg : testing::SmallFamilies()) {
    auto terminals = Terminals(tg.graph.NumVertices(), 0.05, 3);
    auto shuffled = terminals;
    Random rng(5);
    rng.Shuffle(std::span<VertexId>(shuffled));
    for (SprMethod method : {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall, SprMethod::kAuto}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " " << SprMethodName(method));
      SteinerPointRemovalOptions options;
      options.method = method;
      ASSERT_OK_AND_ASSIGN(auto a, ComputeSteinerPointRemoval(tg.graph, terminals, options));
      ASSERT_OK_AND_ASSIGN(auto b, ComputeSteinerPointRemoval(tg.graph, terminals, options));
      ASSERT_OK_AND_ASSIGN(auto c, ComputeSteinerPointRemoval(tg.graph, shuffled, options));
      EXPECT_EQ(a.terminal_of, b.terminal_of);
      EXPECT_EQ(a.minor_edges, b.minor_edges);
      EXPECT_EQ(a.terminal_of, c.terminal_of);
      EXPECT_EQ(a.minor_edges, c.minor_edges);
      EXPECT_EQ(a.terminals, c.terminals);
    }
  }
}

TEST(SteinerPointRemovalTest, BallSeedChangesOnlyTheBallMethod) {
  auto g = MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(15, 15, 2), 1, 30, 3));
  const auto terminals = Terminals(g.NumVertices(), 0.1, 9);
  SteinerPointRemovalOptions options;
  options.method = SprMethod::kBall;
  bool differs = false;
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    options.seed = seed;
    ASSERT_OK_AND_ASSIGN(auto a, ComputeSteinerPointRemoval(g, terminals, options));
    ASSERT_OK_AND_ASSIGN(auto b, ComputeSteinerPointRemoval(g, terminals, options));
    EXPECT_EQ(a.terminal_of, b.terminal_of);
    options.seed = seed + 100;
    ASSERT_OK_AND_ASSIGN(auto c, ComputeSteinerPointRemoval(g, terminals, options));
    differs |= a.terminal_of != c.terminal_of;
  }
  EXPECT_TRUE(differs);
}

TEST(SteinerPointRemovalTest, SingleTerminalTakesEverything) {
  for (auto& tg : testing::SmallFamilies()) {
    const std::vector<VertexId> terminals = {tg.graph.NumVertices() / 2};
    for (SprMethod method : {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall, SprMethod::kAuto}) {
      SteinerPointRemovalOptions options;
      options.method = method;
      ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(tg.graph, terminals, options));
      EXPECT_TRUE(spr.minor_edges.empty());
      for (VertexId f : spr.terminal_of) ASSERT_EQ(f, terminals[0]);
      const auto rep = CheckSteinerPointRemoval<uint32_t>(tg.graph, terminals, spr.terminal_of, spr.minor_edges);
      EXPECT_OK(rep.status);
      EXPECT_EQ(rep.pairs, 0u);
    }
  }
}

TEST(SteinerPointRemovalTest, AllVerticesTerminalsGivesTheGraphItself) {
  for (auto& tg : testing::SmallFamilies()) {
    const Graph<uint32_t>& g = tg.graph;
    std::vector<VertexId> all(g.NumVertices());
    for (VertexId v : g.Vertices()) all[v] = v;
    std::vector<SprMethod> methods(std::begin(kGeneralMethods), std::end(kGeneralMethods));
    if (IsTree(g)) methods.push_back(SprMethod::kGupta);
    for (SprMethod method : methods) {
      SCOPED_TRACE(::testing::Message() << tg.name << " " << SprMethodName(method));
      SteinerPointRemovalOptions options;
      options.method = method;
      ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, all, options));
      for (VertexId v : g.Vertices()) ASSERT_EQ(spr.terminal_of[v], v);
      ASSERT_EQ(spr.minor_edges.size(), g.NumEdges());
      for (const auto& e : spr.minor_edges) {
        const ArcId a = g.FindArc(e.u, e.v);
        ASSERT_NE(a, kNoArc);
        EXPECT_LE(e.weight, g.Weight(a));
      }
      const auto rep = CheckSteinerPointRemoval<uint32_t>(g, all, spr.terminal_of, spr.minor_edges);
      EXPECT_OK(rep.status);
      EXPECT_EQ(rep.max_distortion, 1.0);
    }
  }
}

// Voronoi, checked against Boost's Dijkstra from every terminal: each vertex
// goes to the smallest-id terminal among its nearest ones.
TEST(SteinerPointRemovalTest, VoronoiIsNearestTerminalWithSmallestIdOnTies) {
  for (auto& tg : testing::SmallFamilies()) {
    const auto terminals = Terminals(tg.graph.NumVertices(), 0.05, 13);
    SteinerPointRemovalOptions options;
    options.method = SprMethod::kVoronoi;
    ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(tg.graph, terminals, options));
    auto bg = testing::ToBoostCsr(tg.graph);
    std::vector<uint64_t> best(tg.graph.NumVertices(), UINT64_MAX);
    std::vector<VertexId> owner(tg.graph.NumVertices(), kNoVertex);
    for (VertexId t : terminals) {  // increasing id: strict '<' keeps the smallest
      const auto d = testing::BoostDistances(bg, t);
      for (VertexId v : tg.graph.Vertices()) {
        if (d[v] < best[v]) {
          best[v] = d[v];
          owner[v] = t;
        }
      }
    }
    EXPECT_EQ(spr.terminal_of, owner) << tg.name;
  }
}

// The relaxed Voronoi accepts v only within g·d(v, K), g <= 2, measured in
// the unclaimed graph: so d_G(v, f(v)) <= 2·d(v, K). Checked with Boost.
TEST(SteinerPointRemovalTest, BallKeepsEveryVertexWithinTwiceItsTerminalDistance) {
  for (auto& tg : testing::SmallFamilies()) {
    const auto terminals = Terminals(tg.graph.NumVertices(), 0.05, 17);
    SteinerPointRemovalOptions options;
    options.method = SprMethod::kBall;
    ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(tg.graph, terminals, options));
    auto bg = testing::ToBoostCsr(tg.graph);
    std::vector<uint64_t> to_k(tg.graph.NumVertices(), UINT64_MAX), to_f(tg.graph.NumVertices(), 0);
    for (VertexId t : terminals) {
      const auto d = testing::BoostDistances(bg, t);
      for (VertexId v : tg.graph.Vertices()) {
        to_k[v] = std::min(to_k[v], d[v]);
        if (spr.terminal_of[v] == t) to_f[v] = d[v];
      }
    }
    for (VertexId v : tg.graph.Vertices()) ASSERT_LE(to_f[v], 2 * to_k[v]) << tg.name << " vertex " << v;
  }
}

TEST(SteinerPointRemovalTest, PaperIsVerifiedForEveryZeta) {
  for (auto& tg : testing::SmallFamilies()) {
    const auto terminals = Terminals(tg.graph.NumVertices(), 0.05, 21);
    for (uint32_t zeta : {2u, 3u, 4u, 16u, 1000u}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " zeta " << zeta);
      RunAndVerify(tg.graph, terminals, SprMethod::kPaper, zeta);
    }
  }
}

TEST(SteinerPointRemovalTest, PaperStatisticsDescribeTheRings) {
  auto g = MustBuild(GridEdges(20, 20));
  const auto terminals = Terminals(g.NumVertices(), 0.01, 2);
  SteinerPointRemovalOptions options;
  options.method = SprMethod::kPaper;
  options.zeta = 2;
  ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals, options));
  // Unit weights: w_min = 1; the rings [2^{i-1}, 2^i) up to d(v, K) <= 38.
  EXPECT_EQ(spr.stats.scale, 1.0);
  EXPECT_EQ(spr.stats.zeta, 2u);
  EXPECT_GE(spr.stats.iterations, 2u);
  EXPECT_LE(spr.stats.iterations, 7u);
  EXPECT_GE(spr.stats.clusters, 1u);
  EXPECT_GE(spr.stats.max_level, 1u);
  EXPECT_GE(spr.stats.partitioned_components + spr.stats.single_cluster_components, 1u);
  // A ζ beyond every distance: every vertex lies in ring 1.
  options.zeta = 1000;
  ASSERT_OK_AND_ASSIGN(auto one, ComputeSteinerPointRemoval(g, terminals, options));
  EXPECT_EQ(one.stats.iterations, 1u);
}

// Weights 7 and 10 only: the scale is w_min = 7, and ring thresholds are the
// exact integers 7·ζ^i (no rounding of d/7).
TEST(SteinerPointRemovalTest, PaperScalesByTheSmallestWeightExactly) {
  EdgeList<uint32_t> list = GridEdges(12, 12);
  for (auto& e : list.edges) e.weight = (e.tail + e.head) % 3 == 0 ? 7 : 10;
  auto g = MustBuild(std::move(list));
  const auto terminals = Terminals(g.NumVertices(), 0.05, 4);
  SteinerPointRemovalOptions options;
  options.method = SprMethod::kPaper;
  options.zeta = 3;
  ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals, options));
  EXPECT_EQ(spr.stats.scale, 7.0);
  const auto rep = CheckSteinerPointRemoval<uint32_t>(g, terminals, spr.terminal_of, spr.minor_edges);
  EXPECT_OK(rep.status);
}

TEST(SteinerPointRemovalTest, DoubleWeightsAreVerifiedWithinTolerance) {
  EdgeList<double> list;
  const EdgeList<uint32_t> base = TriangulatedGridEdges(12, 12, 5);
  list.num_vertices = base.num_vertices;
  Random rng(3);
  for (const auto& e : base.edges) list.edges.push_back({e.tail, e.head, 0.1 + rng.UniformReal() * 3.7});
  ASSERT_OK_AND_ASSIGN(Graph<double> g, BuildGraph(std::move(list)));
  const auto terminals = Terminals(g.NumVertices(), 0.1, 8);
  for (SprMethod method : kGeneralMethods) {
    SCOPED_TRACE(SprMethodName(method));
    RunAndVerify(g, terminals, method);
  }
}

TEST(SteinerPointRemovalTest, RejectsBadInputs) {
  auto g = MustBuild(GridEdges(4, 4));
  EXPECT_THAT(ComputeSteinerPointRemoval(g, std::vector<VertexId>{}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("at least one terminal")));
  EXPECT_THAT(ComputeSteinerPointRemoval(g, std::vector<VertexId>{3, 5, 3}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("given twice")));
  EXPECT_THAT(ComputeSteinerPointRemoval(g, std::vector<VertexId>{16}), StatusIs(absl::StatusCode::kOutOfRange, HasSubstr("16")));
  SteinerPointRemovalOptions options;
  options.zeta = 1;
  EXPECT_THAT(ComputeSteinerPointRemoval(g, std::vector<VertexId>{0}, options),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("zeta")));
  options.zeta = 4;
  options.r = 2;
  EXPECT_THAT(ComputeSteinerPointRemoval(g, std::vector<VertexId>{0}, options),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("r must")));
  // Two components, a terminal in only one.
  EdgeList<uint32_t> two;
  two.num_vertices = 4;
  two.edges = {{0, 1, 1}, {2, 3, 1}};
  auto split = MustBuild(std::move(two));
  EXPECT_THAT(ComputeSteinerPointRemoval(split, std::vector<VertexId>{0}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("cannot reach any terminal")));
  // A terminal in each component is fine, whatever the method.
  for (SprMethod method : kGeneralMethods) {
    SteinerPointRemovalOptions o;
    o.method = method;
    ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(split, std::vector<VertexId>{1, 2}, o));
    EXPECT_EQ(spr.terminal_of, (std::vector<VertexId>{1, 1, 2, 2}));
    EXPECT_TRUE(spr.minor_edges.empty());
  }
}

TEST(SteinerPointRemovalTest, MethodNamesRoundTrip) {
  for (SprMethod m : {SprMethod::kAuto, SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall, SprMethod::kGupta}) {
    ASSERT_OK_AND_ASSIGN(SprMethod back, ParseSprMethod(SprMethodName(m)));
    EXPECT_EQ(back, m);
  }
  EXPECT_THAT(ParseSprMethod("steiner"), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("steiner")));
}

TEST(SteinerPointRemovalTest, SampleTerminalsIsSortedDistinctAndSeeded) {
  const auto a = SampleTerminals(1000, 50, 4);
  ASSERT_EQ(a.size(), 50u);
  EXPECT_TRUE(std::is_sorted(a.begin(), a.end()));
  EXPECT_EQ(std::adjacent_find(a.begin(), a.end()), a.end());
  EXPECT_EQ(a, SampleTerminals(1000, 50, 4));
  EXPECT_NE(a, SampleTerminals(1000, 50, 5));
  EXPECT_EQ(SampleTerminals(10, 10, 1).size(), 10u);
}

}  // namespace
}  // namespace shortcut
