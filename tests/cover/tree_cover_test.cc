#include "shortcut/cover/tree_cover.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "shortcut/core/graph_builder.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/tree_cover_checks.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

TreeCoverOptions Options(double eps) {
  TreeCoverOptions o;
  o.epsilon = eps;
  return o;
}

// Every property the checker knows (structure, domination of every star,
// vertex-disjoint forests, stretch <= 1+ε on every pair) on every family, at
// three ε. The checker recomputes all distances itself.
TEST(TreeCoverTest, CheckerPassesOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.5, 0.25, 0.1}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps);
      ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(tg.graph, Options(eps)));
      const TreeCoverCheckReport rep = CheckTreeCover(tg.graph, cover, {});
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.pairs.all_pairs);
      EXPECT_EQ(rep.stars_checked, cover.NumStars());
      EXPECT_LE(rep.pairs.max_stretch, 1 + eps);
      EXPECT_GE(rep.pairs.mean_stretch, 1.0);
    }
  }
}

// Above ε = 2 the scales are extended (by ⌈ε/2⌉, docs/tree_cover.md §3)
// until D_J bounds every distance: the bound holds for every accepted ε, on
// both covers, with rounded and exact weights.
TEST(TreeCoverTest, LargeEpsilonBothCovers) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double eps : {3.0, 16.0}) {
      for (CoverKind kind : {CoverKind::kPortal, CoverKind::kPartition}) {
        for (bool quantize : {true, false}) {
          SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps << " " << CoverKindName(kind) << " "
                                            << quantize);
          TreeCoverOptions o = Options(eps);
          o.cover = kind;
          o.quantize_weights = quantize;
          ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(tg.graph, o));
          ASSERT_FALSE(cover.scales.empty());
          const TreeCoverCheckReport rep = CheckTreeCover(tg.graph, cover, {});
          EXPECT_OK(rep.status);
          EXPECT_LE(rep.pairs.max_stretch, 1 + eps);
        }
      }
    }
  }
}

// The shrinking ideas can each be switched off; every variant is a valid
// cover, and each idea is measured to shrink (or keep) the cover.
TEST(TreeCoverTest, VariantsAreValidAndIdeasShrink) {
  const auto families = testing::SmallFamilies();
  for (std::size_t f : {1u, 3u, 5u}) {
    const auto& tg = families[f];
    SCOPED_TRACE(tg.name);
    TreeCoverOptions base = Options(0.25);
    ASSERT_OK_AND_ASSIGN(TreeCover full, BuildTreeCover(tg.graph, base));
    for (int variant = 0; variant < 6; ++variant) {
      TreeCoverOptions o = base;
      if (variant == 0) o.nested_portals = false;
      if (variant == 1) o.drop_trivial_stars = false;
      if (variant == 2) o.quantize_weights = false;
      if (variant == 3) o.scale_ratio = 1.1;
      if (variant == 4) o.scale_ratio = 4;
      if (variant == 5) o.root_rule = RootRule::kSmallestId;
      SCOPED_TRACE(variant);
      ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(tg.graph, o));
      EXPECT_OK(CheckTreeCover(tg.graph, cover, {}).status);
      if (variant == 0) {
        EXPECT_GE(cover.members.size(), full.members.size());
      }
      if (variant == 1) {
        EXPECT_EQ(cover.NumStars(), full.NumStars() + full.stats.trivial_stars_dropped);
        EXPECT_EQ(cover.stats.trivial_stars_dropped, 0u);
      }
      if (variant == 2) {
        EXPECT_FALSE(cover.quantized);
      }
    }
  }
}

// Relabelled and shuffled inputs give valid covers too.
TEST(TreeCoverTest, RelabelledGraphs) {
  for (uint64_t seed : {1, 2}) {
    Graph<uint32_t> g = testing::MustBuild(
        testing::RelabelRandomly(testing::WithUniformWeights(TriangulatedGridEdges(12, 11, 5), 1, 30, seed), seed));
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.25)));
    EXPECT_OK(CheckTreeCover(g, cover, {}).status);
  }
}

// Two components: no star spans both; pairs across components have no
// common star (the checker demands kUnreachable for them).
TEST(TreeCoverTest, DisconnectedGraph) {
  EdgeList<uint32_t> list = GridEdges(6, 6);
  const VertexId base = list.num_vertices;
  list.num_vertices += 10;
  for (VertexId i = 0; i + 1 < 10; ++i) list.edges.push_back({base + i, base + i + 1, 3});
  list.coordinates.clear();
  Graph<uint32_t> g = testing::MustBuild(std::move(list));
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.25)));
  const TreeCoverCheckReport rep = CheckTreeCover(g, cover, {});
  EXPECT_OK(rep.status);
  EXPECT_EQ(rep.pairs.unreachable_pairs, 36u * 10u);
  for (uint32_t s = 0; s < cover.NumStars(); ++s) {
    const bool first = cover.star_root[s] < base;
    for (VertexId v : cover.Members(s)) EXPECT_EQ(v < base, first);
  }
}

TEST(TreeCoverTest, TinyGraphs) {
  {
    Graph<uint32_t> empty;
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(empty, Options(0.5)));
    EXPECT_EQ(cover.NumStars(), 0u);
  }
  {
    EdgeList<uint32_t> one;
    one.num_vertices = 1;
    Graph<uint32_t> g = testing::MustBuild(std::move(one));
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.5)));
    EXPECT_EQ(cover.NumStars(), 0u);  // the only star holds only its root
    EXPECT_EQ(cover.stats.trivial_stars_dropped, 1u);
  }
  {
    //   0 --7-- 1
    EdgeList<uint32_t> edge;
    edge.num_vertices = 2;
    edge.edges = {{0, 1, 7}};
    Graph<uint32_t> g = testing::MustBuild(std::move(edge));
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.5)));
    ASSERT_OK(CheckTreeCover(g, cover, {}).status);
    // The pair is served exactly: some star has weights 0 and 7.
    bool exact = false;
    for (uint32_t s = 0; s < cover.NumStars(); ++s) {
      uint64_t sum = 0;
      for (uint64_t w : cover.Weights(s)) sum += w;
      exact = exact || (cover.Members(s).size() == 2 && sum == 7);
    }
    EXPECT_TRUE(exact);
  }
}

// The star searches use one of three queues by weight range (Dial's buckets
// up to weight 1024, a radix heap above, a binary-heap variant for 64-bit
// distances): the cover is valid with each. With 20,000,000 the distances
// still fit in 32 bits but a few searches exhaust the 32-bit stamp range, so
// the per-vertex search state is reset between searches as well.
TEST(TreeCoverTest, EveryQueue) {
  for (uint32_t max_weight : {1u, 100u, 1024u, 1025u, 100000u, 20'000'000u}) {
    SCOPED_TRACE(max_weight);
    const Graph<uint32_t> g =
        testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(14, 13, 1), 1, max_weight, 3));
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.25)));
    EXPECT_OK(CheckTreeCover(g, cover, {}).status);
  }
}

// Large weights: a star graph whose distance bound (n−1)·w_max exceeds the
// coded range, but whose distances do not, builds with quantised weights; a
// path whose distances exceed it needs exact weights.
TEST(TreeCoverTest, LargeWeights) {
  constexpr uint32_t kWeight = 1'000'000'000;
  EdgeList<uint32_t> star;
  star.num_vertices = 5001;
  for (VertexId v = 1; v < star.num_vertices; ++v) star.edges.push_back({0, v, kWeight - v});
  const Graph<uint32_t> g = testing::MustBuild(std::move(star));
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.25)));
  TreeCoverCheckOptions check;
  check.pairs.random_pairs = 2000;
  check.pairs.pairs_per_source = 200;
  check.pairs.sources = 1;
  EXPECT_OK(CheckTreeCover(g, cover, check).status);

  EdgeList<uint32_t> path;
  path.num_vertices = 4500;
  for (VertexId v = 0; v + 1 < path.num_vertices; ++v) path.edges.push_back({v, v + 1, 4'000'000'000u});
  const Graph<uint32_t> long_path = testing::MustBuild(std::move(path));
  EXPECT_THAT(BuildTreeCover(long_path, Options(0.5)),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("exact weights")));
  TreeCoverOptions exact = Options(0.5);
  exact.quantize_weights = false;
  exact.pack_forests = false;
  ASSERT_OK_AND_ASSIGN(TreeCover exact_cover, BuildTreeCover(long_path, exact));
  TreeCoverCheckOptions path_check;
  path_check.pairs.random_pairs = 1000;
  path_check.pairs.pairs_per_source = 100;
  path_check.pairs.sources = 1;
  path_check.max_stars_checked = 200;
  EXPECT_OK(CheckTreeCover(long_path, exact_cover, path_check).status);
}

TEST(TreeCoverTest, Deterministic) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(25, 20, 3), 1, 100, 9));
  TreeCoverOptions o = Options(0.25);
  ASSERT_OK_AND_ASSIGN(TreeCover a, BuildTreeCover(g, o));
  for (uint32_t threads : {1u, 2u, 3u}) {
    o.threads = threads;
    ASSERT_OK_AND_ASSIGN(TreeCover b, BuildTreeCover(g, o));
    SCOPED_TRACE(threads);
    EXPECT_EQ(a.star_root, b.star_root);
    EXPECT_EQ(a.star_level, b.star_level);
    EXPECT_EQ(a.star_forest, b.star_forest);
    EXPECT_EQ(a.star_global_forest, b.star_global_forest);
    EXPECT_EQ(a.member_offsets, b.member_offsets);
    EXPECT_EQ(a.members, b.members);
    EXPECT_EQ(a.weights, b.weights);
  }
}

// Statistics agree with the cover they describe.
TEST(TreeCoverTest, StatisticsAreConsistent) {
  const auto families = testing::SmallFamilies();
  const Graph<uint32_t>& g = families[3].graph;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, Options(0.25)));
  const TreeCoverStats& s = cover.stats;
  EXPECT_EQ(s.stars, cover.NumStars());
  EXPECT_EQ(s.entries, cover.members.size());
  uint64_t stars = 0, entries = 0, forests = 0;
  for (const auto& l : s.scales) {
    stars += l.stars;
    entries += l.entries;
    forests += l.forests;
    EXPECT_LE(l.max_overlap, l.forests);  // a vertex is in at most one star per forest
  }
  EXPECT_EQ(stars, s.stars);
  EXPECT_EQ(entries, s.entries);
  EXPECT_EQ(forests, s.forests_per_scale_sum);
  EXPECT_LE(s.max_overlap, s.forests_packed);
  std::vector<uint32_t> per_vertex(g.NumVertices(), 0);
  for (VertexId v : cover.members) ++per_vertex[v];
  EXPECT_EQ(*std::max_element(per_vertex.begin(), per_vertex.end()), s.max_overlap);
  EXPECT_DOUBLE_EQ(s.mean_overlap, static_cast<double>(s.entries) / g.NumVertices());
  EXPECT_EQ(cover.path_star_begin.size(), s.paths + 1);
  EXPECT_GT(s.supernodes, 0u);
}

TEST(TreeCoverTest, RejectsBadOptions) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(3, 3));
  for (double eps : {0.0, -1.0, 17.0, std::nan("")}) {
    EXPECT_THAT(BuildTreeCover(g, Options(eps)), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("epsilon")));
  }
  TreeCoverOptions o = Options(0.5);
  o.scale_ratio = 1.0;
  EXPECT_THAT(BuildTreeCover(g, o), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("scale ratio")));
  o = Options(0.5);
  o.r = 2;
  EXPECT_THAT(BuildTreeCover(g, o), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("r must be")));
  o = Options(0.5);
  o.threads = 0;
  EXPECT_THAT(BuildTreeCover(g, o), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("threads")));
  // Quantised weights need ε large enough to absorb the rounding.
  EXPECT_THAT(ComputeCoverScales(1, 1 << 30, 1e-5, 1.5, true),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("too small")));
  EXPECT_OK(ComputeCoverScales(1, 1 << 30, 1e-5, 1.5, false).status());
}

// The scale table meets the budget inequality of docs/tree_cover.md, checked
// here with independent exact arithmetic (ε = 1/4 and 1/10 as fractions).
TEST(CoverScalesTest, BudgetInequalities) {
  struct Case {
    double eps;
    uint64_t num, den;  // ε as a fraction bounding the double from above
  } cases[] = {{0.25, 1, 4}, {0.5, 1, 2}, {0.1, 1, 10}};
  for (const auto& c : cases) {
    for (double ratio : {1.1, 1.5, 2.0}) {
      for (bool quantize : {true, false}) {
        for (uint64_t w_min : {1ull, 7ull, 1000ull}) {
          ASSERT_OK_AND_ASSIGN(auto scales, ComputeCoverScales(w_min, 1'000'000'000, c.eps, ratio, quantize));
          SCOPED_TRACE(::testing::Message() << c.eps << " " << ratio << " " << quantize << " " << w_min);
          ASSERT_FALSE(scales.empty());
          EXPECT_EQ(scales[0].upper, w_min);
          uint64_t previous = w_min - 1;
          for (std::size_t j = 0; j < scales.size(); ++j) {
            const CoverScale& s = scales[j];
            if (j > 0) {
              EXPECT_GT(s.upper, scales[j - 1].upper);
              EXPECT_GE(s.tau, scales[j - 1].tau);
            }
            // 2τ + 2e <= budget <= ε·(D_{j−1} + 1); for ε = 0.1 the double is
            // slightly above 1/10, so compare against floor((D+1)·num/den)+1.
            EXPECT_LE(2 * s.tau + 2 * s.quantization_error, s.budget);
            const uint64_t bound = (previous + 1) * c.num / c.den;
            EXPECT_LE(s.budget, c.eps == 0.1 ? bound + 1 : bound);
            EXPECT_GE(s.budget + 1, bound);
            EXPECT_EQ(s.radius, s.upper + s.tau);
            if (!quantize) {
              EXPECT_EQ(s.quantization_error, 0u);
            }
            if (quantize) {
              EXPECT_EQ(s.quantization_error, WeightCodeError(std::min(s.radius, kMaxCodedWeight)));
            }
            previous = s.upper;
          }
          EXPECT_GE(scales.back().tau, 1'000'000'000u);
        }
      }
    }
  }
}

TEST(CoverScalesTest, FloorEpsilonTimesIsExact) {
  EXPECT_EQ(FloorEpsilonTimes(0.25, 8), 2u);
  EXPECT_EQ(FloorEpsilonTimes(0.25, 7), 1u);
  EXPECT_EQ(FloorEpsilonTimes(0.5, 1), 0u);
  EXPECT_EQ(FloorEpsilonTimes(3.0, 5), 15u);
  // 0.1 is slightly above 1/10 in binary: 0.1·10 rounds down to exactly 1.
  EXPECT_EQ(FloorEpsilonTimes(0.1, 10), 1u);
  EXPECT_EQ(FloorEpsilonTimes(0.1, 100'000'000'000'000'000ull), 10'000'000'000'000'000ull);
  EXPECT_EQ(FloorEpsilonTimes(0.1, 9), 0u);
  EXPECT_EQ(FloorEpsilonTimes(1.0, ~uint64_t{0}), ~uint64_t{0});
  EXPECT_EQ(FloorEpsilonTimes(16.0, ~uint64_t{0}), ~uint64_t{0});  // saturates
}

TEST(WeightCodeTest, RoundsUpWithBoundedError) {
  for (uint64_t w = 0; w < 4096; ++w) EXPECT_EQ(DecodeWeight(EncodeWeightUp(w)), w) << w;  // exact below 2^12
  uint64_t previous = 0;
  for (uint32_t c = 0; c <= 0xffff; ++c) {
    const uint64_t value = DecodeWeight(static_cast<uint16_t>(c));
    if (c > 0) {
      EXPECT_GT(value, previous) << c;  // monotone, every code valid
    }
    EXPECT_EQ(EncodeWeightUp(value), c) << c;   // coded values are fixed points
    previous = value;
  }
  EXPECT_EQ(DecodeWeight(0xffff), kMaxCodedWeight);
  Random rng(3);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t w = rng.UniformRange(0, kMaxCodedWeight);
    const uint64_t up = DecodeWeight(EncodeWeightUp(w));
    ASSERT_GE(up, w);
    ASSERT_LE(up - w, WeightCodeError(w));
    ASSERT_LE(up - w, w / 2048);
  }
  // WeightCodeError(bound) bounds the error of every smaller weight.
  for (uint64_t bound : {4095ull, 4096ull, 10'000ull, 1'000'000ull}) {
    for (uint64_t w = bound - std::min<uint64_t>(bound, 3000); w <= bound; ++w) {
      EXPECT_LE(DecodeWeight(EncodeWeightUp(w)) - w, WeightCodeError(bound));
    }
  }
}

}  // namespace
}  // namespace shortcut
