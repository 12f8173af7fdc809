#include "shortcut/decomposition/cop_decomposition.h"

#include <gtest/gtest.h>

#include "shortcut/core/check.h"
#include "shortcut/verify/cop_checks.h"
#include "shortcut/verify/minor_checks.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

// A path with unit weights, r = 3, Δ = 3 (buffer Δ/r = 1), root = smallest id:
//
//   0 - 1 - 2 - 3 - 4
//
// BUILDTREE(G): η0 = {0}. BUILDTREE({1..4}) sees η0: root 1 is its own
// witness, η1 = {1}; {2,3,4} is cut off from η0, so GROWBUFFER puts 2 (at
// distance 1 from the boundary vertex 1) into η1. BUILDTREE({3,4}) sees η1:
// η2 = {3}; {4} is cut off from η1 and joins η2.
TEST(CopDecompositionTest, PathKnownAnswer) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(1, 5));
  CopDecompositionOptions options;
  options.radius = 3;
  options.r = 3;
  options.root_rule = RootRule::kSmallestId;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  EXPECT_EQ(cop.supernode_of, (std::vector<uint32_t>{0, 1, 1, 2, 2}));
  EXPECT_EQ(cop.parent, (std::vector<uint32_t>{kNoSupernode, 0, 1}));
  EXPECT_EQ(cop.stats.max_seen, 1u);
  EXPECT_EQ(cop.stats.buffer_vertices, 2u);
  EXPECT_EQ(cop.buffer, 1u);
  const CopCheckReport rep = CheckCopDecomposition(g, cop, {.radius = 3, .r = 3});
  EXPECT_OK(rep.status);
}

// Every property of Definition 3.1, on every family, for several radii and
// both root rules.
TEST(CopDecompositionTest, PropertiesHoldOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double radius : {1.0, 4.0, 25.0, 300.0}) {
      for (RootRule rule :
           {RootRule::kSmallestId, RootRule::kFarthestFromBoundary, RootRule::kFarthestFromBoundaryHops}) {
        CopDecompositionOptions options;
        options.radius = radius;
        options.r = static_cast<uint32_t>(tg.excluded_minor);
        options.root_rule = rule;
        ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(tg.graph, options));
        SCOPED_TRACE(::testing::Message() << tg.name << " radius " << radius << " rule " << int(rule));
        EXPECT_FALSE(cop.minor_found);
        EXPECT_LE(cop.stats.max_seen + 2, options.r);
        const CopCheckReport rep = CheckCopDecomposition(tg.graph, cop, {.radius = radius, .r = options.r});
        EXPECT_OK(rep.status);
        EXPECT_LE(rep.max_radius, radius);
        EXPECT_LE(rep.max_bag_size, options.r - 1);
        if (cop.stats.max_seen > 0) {
          EXPECT_OK(CheckMinorWitness(tg.graph, cop.minor_witness));
          EXPECT_EQ(cop.minor_witness.size(), cop.stats.max_seen + 1);
        }
      }
    }
  }
}

TEST(CopDecompositionTest, RelabellingKeepsProperties) {
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    auto list = testing::RelabelRandomly(
        testing::WithUniformWeights(TriangulatedGridEdges(13, 17, seed), 1, 30, seed), seed * 11);
    Graph<uint32_t> g = testing::MustBuild(std::move(list));
    CopDecompositionOptions options;
    options.radius = 40;
    options.r = 5;
    ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
    EXPECT_OK(CheckCopDecomposition(g, cop, {.radius = 40, .r = 5}).status);
  }
}

TEST(CopDecompositionTest, Deterministic) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(25, 25, 1), 1, 10, 2));
  CopDecompositionOptions options;
  options.radius = 30;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto a, ComputeCopDecomposition(g, options));
  ASSERT_OK_AND_ASSIGN(auto b, ComputeCopDecomposition(g, options));
  EXPECT_EQ(a.supernode_of, b.supernode_of);
  EXPECT_EQ(a.parent, b.parent);
  EXPECT_EQ(a.skeleton_vertices, b.skeleton_vertices);
  EXPECT_EQ(a.skeleton_parents, b.skeleton_parents);
}

// The construction has shortcuts for special inputs: one integer weight on
// every edge (the witness search runs level by level instead of Dijkstra),
// and Δ/r below the smallest weight (GROWBUFFER calls are skipped). Adding a
// separate edge with another weight turns them off without changing what
// happens in the first component (processed first and independently), so
// the two runs must agree there.
// ExpectSamePrefix: `b` decomposes a graph that is `a`'s graph (n vertices)
// plus an extra component, processed after it: `a` must be a prefix of `b`.
void ExpectSamePrefix(const CopDecomposition<uint32_t>& a, const CopDecomposition<uint32_t>& b, VertexId n) {
  const uint32_t k = a.NumSupernodes();
  ASSERT_GT(b.NumSupernodes(), k);
  auto prefix = [](const auto& v, std::size_t len) { return std::vector(v.begin(), v.begin() + len); };
  EXPECT_EQ(a.supernode_of, prefix(b.supernode_of, n));
  EXPECT_EQ(a.parent, prefix(b.parent, k));
  EXPECT_EQ(a.skeleton_offsets, prefix(b.skeleton_offsets, k + 1));
  const std::size_t len = a.skeleton_vertices.size();
  EXPECT_EQ(a.skeleton_vertices, prefix(b.skeleton_vertices, len));
  EXPECT_EQ(a.skeleton_parents, prefix(b.skeleton_parents, len));
  EXPECT_EQ(a.skeleton_distances, prefix(b.skeleton_distances, len));
  EXPECT_EQ(a.seen, prefix(b.seen, a.seen.size()));
}

TEST(CopDecompositionTest, ShortcutsForSpecialWeightsChangeNothing) {
  for (auto& tg : testing::SmallFamilies()) {
    if (tg.name.find("_w") != std::string::npos) continue;  // unit weights only
    for (uint32_t c : {1u, 2u, 3u}) {
      EdgeList<uint32_t> base;
      base.num_vertices = tg.graph.NumVertices();
      for (EdgeId e = 0; e < tg.graph.NumEdges(); ++e) {
        const auto [u, v] = tg.graph.EdgeEndpoints(e);
        base.edges.push_back({u, v, c});
      }
      const VertexId n = base.num_vertices;
      // c + 1 turns off the level search only; 1 < c turns off both.
      for (uint32_t extra : {c + 1, 1u}) {
        if (extra == 1 && c == 1) continue;
        EdgeList<uint32_t> more = base;
        more.num_vertices += 2;
        more.edges.push_back({n, n + 1, extra});
        const Graph<uint32_t> g = testing::MustBuild(base);
        const Graph<uint32_t> h = testing::MustBuild(std::move(more));
        for (uint32_t radius : {1u, 4u, 6u, 12u, 40u}) {
          for (RootRule rule :
               {RootRule::kSmallestId, RootRule::kFarthestFromBoundary, RootRule::kFarthestFromBoundaryHops}) {
            SCOPED_TRACE(::testing::Message() << tg.name << " c " << c << " extra " << extra << " radius "
                                              << radius * c << " rule " << int(rule));
            CopDecompositionOptions options;
            options.radius = radius * c;
            options.r = 5;
            options.root_rule = rule;
            ASSERT_OK_AND_ASSIGN(auto a, ComputeCopDecomposition(g, options));
            ASSERT_OK_AND_ASSIGN(auto b, ComputeCopDecomposition(h, options));
            ExpectSamePrefix(a, b, n);
          }
        }
      }
    }
  }
}

// The farhops root of each region comes from hop distances kept up to date
// incrementally (UpdateHops, SplitRegion). The result does not expose the
// regions (a GROWBUFFER call can later hand a region's vertices to ancestor
// supernodes), so the roots cannot be rechecked from it; instead the builder
// compares every such root with a breadth-first search from scratch under
// SHORTCUT_DCHECK (level normal: Debug builds and scripts/test.sh). This test
// drives many regions through that check: families, relabelled copies (other
// id ties), and radii from "everything is buffer" to "no buffer".
TEST(CopDecompositionTest, FarthestInHopsRootsMatchSearchFromScratch) {
  if (internal::kAssertionLevel < 2) GTEST_SKIP() << "needs SHORTCUT_ASSERTION_LEVEL normal or heavy";
  uint64_t checked_calls = 0;
  for (auto& tg : testing::SmallFamilies()) {
    EdgeList<uint32_t> list;
    list.num_vertices = tg.graph.NumVertices();
    for (EdgeId e = 0; e < tg.graph.NumEdges(); ++e) {
      const auto [u, v] = tg.graph.EdgeEndpoints(e);
      list.edges.push_back({u, v, tg.graph.EdgeWeightOf(e)});
    }
    for (uint64_t seed : {0u, 1u, 2u}) {
      const Graph<uint32_t> g = seed == 0 ? testing::MustBuild(list)
                                          : testing::MustBuild(testing::RelabelRandomly(list, seed));
      for (double radius : {1.0, 3.0, 8.0, 25.0, 120.0}) {
        SCOPED_TRACE(::testing::Message() << tg.name << " seed " << seed << " radius " << radius);
        CopDecompositionOptions options;
        options.radius = radius;
        options.r = static_cast<uint32_t>(tg.excluded_minor);
        options.root_rule = RootRule::kFarthestFromBoundaryHops;
        ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
        EXPECT_OK(CheckCopDecomposition(g, cop, {.radius = radius, .r = options.r}).status);
        checked_calls += cop.stats.build_tree_calls;
      }
    }
  }
  // BUILDTREE calls; all but the first of each component run the check.
  EXPECT_GT(checked_calls, 2000u);  // 5540 when written
}

// Small integer weights run the witness search with Dial's buckets; one
// extra disjoint edge heavier than kMaxBucketWeight sends the same graph to
// the heap search. Both must build the same decomposition.
TEST(CopDecompositionTest, BucketWitnessSearchMatchesHeapSearch) {
  for (auto& tg : testing::SmallFamilies()) {
    for (uint32_t seed : {1u, 2u}) {
      EdgeList<uint32_t> base;
      base.num_vertices = tg.graph.NumVertices();
      uint64_t x = seed * 0x9E3779B97F4A7C15ull;
      for (EdgeId e = 0; e < tg.graph.NumEdges(); ++e) {
        const auto [u, v] = tg.graph.EdgeEndpoints(e);
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        // Few distinct weights, so that ties are frequent.
        base.edges.push_back({u, v, static_cast<uint32_t>(1 + x % (seed == 1 ? 3 : 100))});
      }
      const VertexId n = base.num_vertices;
      EdgeList<uint32_t> more = base;
      more.num_vertices += 2;
      more.edges.push_back({n, n + 1, 5000});
      const Graph<uint32_t> g = testing::MustBuild(base);
      const Graph<uint32_t> h = testing::MustBuild(std::move(more));
      for (double radius : {0.5, 30.0, 400.0}) {
        for (RootRule rule :
             {RootRule::kSmallestId, RootRule::kFarthestFromBoundary, RootRule::kFarthestFromBoundaryHops}) {
          SCOPED_TRACE(::testing::Message() << tg.name << " seed " << seed << " radius " << radius << " rule "
                                            << int(rule));
          CopDecompositionOptions options;
          options.radius = radius;
          options.r = 5;
          options.root_rule = rule;
          ASSERT_OK_AND_ASSIGN(auto a, ComputeCopDecomposition(g, options));
          ASSERT_OK_AND_ASSIGN(auto b, ComputeCopDecomposition(h, options));
          ExpectSamePrefix(a, b, n);
        }
      }
    }
  }
}

// empty_buffers: every supernode is exactly its skeleton, and the result is
// the one any radius below the smallest weight gives (here Δ = 0.5 with the
// same r), whatever r is; r = 0 runs a single round.
TEST(CopDecompositionTest, EmptyBuffersMeansRadiusBelowTheSmallestWeight) {
  for (auto& tg : testing::SmallFamilies()) {
    for (RootRule rule :
         {RootRule::kSmallestId, RootRule::kFarthestFromBoundary, RootRule::kFarthestFromBoundaryHops}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " rule " << int(rule));
      CopDecompositionOptions empty;
      empty.empty_buffers = true;
      empty.root_rule = rule;
      ASSERT_OK_AND_ASSIGN(auto a, ComputeCopDecomposition(tg.graph, empty));
      EXPECT_EQ(a.stats.rounds, 1u);
      EXPECT_EQ(a.stats.buffer_vertices, 0u);
      EXPECT_EQ(a.buffer, 0u);
      std::vector<uint32_t> on_skeleton(tg.graph.NumVertices(), 0);
      for (uint32_t s = 0; s < a.NumSupernodes(); ++s) {
        for (VertexId x : a.Skeleton(s)) {
          EXPECT_EQ(a.supernode_of[x], s);
          ++on_skeleton[x];
        }
      }
      for (uint32_t c : on_skeleton) EXPECT_EQ(c, 1u);
      CopDecompositionOptions small;
      small.radius = 0.5;
      small.r = 1000;
      small.root_rule = rule;
      ASSERT_OK_AND_ASSIGN(auto b, ComputeCopDecomposition(tg.graph, small));
      EXPECT_EQ(a.supernode_of, b.supernode_of);
      EXPECT_EQ(a.parent, b.parent);
      EXPECT_EQ(a.skeleton_vertices, b.skeleton_vertices);
      EXPECT_EQ(a.skeleton_parents, b.skeleton_parents);
      EXPECT_EQ(a.skeleton_distances, b.skeleton_distances);
      EXPECT_EQ(a.seen, b.seen);
      EXPECT_EQ(a.stats.max_seen, b.stats.max_seen);
    }
  }
}

// cop.tree is the partition tree given by cop.parent and cop.depth.
TEST(CopDecompositionTest, TreeIsThePartitionTree) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double radius : {1.0, 25.0}) {
      CopDecompositionOptions options;
      options.radius = radius;
      options.r = static_cast<uint32_t>(tg.excluded_minor);
      ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(tg.graph, options));
      const uint32_t k = cop.NumSupernodes();
      ASSERT_EQ(cop.tree.Size(), k);
      EXPECT_EQ(cop.tree.MaxDepth(), cop.stats.tree_depth);
      for (uint32_t s = 0; s < k; ++s) {
        EXPECT_EQ(cop.tree.Parent(s), cop.parent[s]);
        EXPECT_EQ(cop.tree.Depth(s), cop.depth[s]);
      }
      // Every edge joins related supernodes (what the bags rely on).
      for (EdgeId e = 0; e < tg.graph.NumEdges(); ++e) {
        const auto [u, v] = tg.graph.EdgeEndpoints(e);
        EXPECT_TRUE(cop.tree.Related(cop.supernode_of[u], cop.supernode_of[v]));
      }
    }
  }
}

TEST(CopDecompositionTest, DisconnectedInputGivesAForest) {
  EdgeList<uint32_t> list = GridEdges(6, 6);
  const VertexId offset = list.num_vertices;
  list.num_vertices += 10;
  list.coordinates.clear();
  for (VertexId i = 0; i + 1 < 10; ++i) list.edges.push_back({offset + i, offset + i + 1, 1});
  Graph<uint32_t> g = testing::MustBuild(std::move(list));
  CopDecompositionOptions options;
  options.radius = 6;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  uint32_t roots = 0;
  for (uint32_t p : cop.parent) roots += p == kNoSupernode ? 1 : 0;
  EXPECT_EQ(roots, 2u);
  EXPECT_OK(CheckCopDecomposition(g, cop, {.radius = 6, .r = 5}).status);
}

// K6 is not K5-minor-free: the decomposition must expose a K5 (or larger)
// minor with a valid model, and say the promise r = 5 was false.
TEST(CopDecompositionTest, ExposesMinorInNonPlanarGraph) {
  EdgeList<uint32_t> list;
  list.num_vertices = 6;
  for (VertexId u = 0; u < 6; ++u)
    for (VertexId v = u + 1; v < 6; ++v) list.edges.push_back({u, v, 1});
  Graph<uint32_t> g = testing::MustBuild(std::move(list));
  CopDecompositionOptions options;
  options.radius = 2;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  EXPECT_TRUE(cop.minor_found);
  EXPECT_GE(cop.minor_witness.size(), 5u);
  EXPECT_OK(CheckMinorWitness(g, cop.minor_witness));
}

// Unknown r: the construction settles on r = s + 2 and the guarantees hold
// for that r.
TEST(CopDecompositionTest, AutomaticR) {
  for (auto& tg : testing::SmallFamilies()) {
    CopDecompositionOptions options;
    options.radius = 12;
    ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(tg.graph, options));
    EXPECT_GE(cop.stats.r_used, cop.stats.max_seen + 2) << tg.name;
    EXPECT_OK(CheckCopDecomposition(tg.graph, cop, {.radius = 12, .r = cop.stats.r_used}).status) << tg.name;
  }
}

// Unknown r always settles (r grows strictly and is bounded by the largest
// clique minor): with no round limit every family gets a result whose own s
// fits its r; a limit below the rounds it needs is an error, never a result
// with s + 2 > r; a limit of exactly that many rounds gives the same result.
TEST(CopDecompositionTest, AutomaticRSettlesOrFails) {
  uint32_t needed_more_than_one = 0;
  for (auto& tg : testing::SmallFamilies()) {
    for (double radius : {3.0, 12.0, 40.0}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " radius " << radius);
      CopDecompositionOptions options;
      options.radius = radius;
      ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(tg.graph, options));
      EXPECT_LE(cop.stats.max_seen + 2, cop.stats.r_used);
      EXPECT_EQ(cop.r, cop.stats.r_used);
      EXPECT_OK(CheckCopDecomposition(tg.graph, cop, {.radius = radius, .r = cop.stats.r_used}).status);
      if (cop.stats.rounds < 2) continue;
      ++needed_more_than_one;
      options.max_auto_rounds = cop.stats.rounds - 1;
      const auto short_of_rounds = ComputeCopDecomposition(tg.graph, options);
      EXPECT_EQ(short_of_rounds.status().code(), absl::StatusCode::kFailedPrecondition);
      options.max_auto_rounds = cop.stats.rounds;
      ASSERT_OK_AND_ASSIGN(auto enough, ComputeCopDecomposition(tg.graph, options));
      EXPECT_EQ(enough.supernode_of, cop.supernode_of);
      EXPECT_EQ(enough.stats.r_used, cop.stats.r_used);
    }
  }
  EXPECT_GT(needed_more_than_one, 0u);  // the error path was exercised
}

TEST(CopDecompositionTest, RejectsBadOptions) {
  Graph<uint32_t> g = testing::MustBuild(GridEdges(3, 3));
  CopDecompositionOptions options;
  options.radius = 0;
  EXPECT_FALSE(ComputeCopDecomposition(g, options).ok());
  options.radius = 1;
  options.r = 2;
  EXPECT_FALSE(ComputeCopDecomposition(g, options).ok());
}

// The checker must catch broken decompositions (mutation tests).
TEST(CopChecksTest, CatchesViolations) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(12, 12), 1, 9, 3));
  CopDecompositionOptions options;
  options.radius = 20;
  options.r = 5;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  const CopCheckOptions check{.radius = 20, .r = 5};
  ASSERT_OK(CheckCopDecomposition(g, cop, check).status);
  {  // radius: a much smaller Δ must fail somewhere
    auto rep = CheckCopDecomposition(g, cop, {.radius = 1, .r = 5});
    EXPECT_FALSE(rep.status.ok());
  }
  {  // moving a vertex to another supernode breaks connectivity or more
    auto bad = cop;
    bad.supernode_of[0] = bad.supernode_of[143];
    if (bad.supernode_of[0] != cop.supernode_of[0]) {
      EXPECT_FALSE(CheckCopDecomposition(g, bad, check).status.ok());
    }
  }
  {  // a skeleton that is not a shortest-path tree
    auto bad = cop;
    bool changed = false;
    for (uint32_t s = 0; s < bad.NumSupernodes() && !changed; ++s) {
      if (bad.Skeleton(s).size() >= 2) {
        // Drop the parent link of the last skeleton vertex: two roots.
        bad.skeleton_parents[bad.skeleton_offsets[s + 1] - 1] = kNoVertex;
        changed = true;
      }
    }
    if (changed) {
      EXPECT_FALSE(CheckCopDecomposition(g, bad, check).status.ok());
    }
  }
  {  // re-parenting a supernode breaks the tree decomposition or the buffer
    auto bad = cop;
    bool failed = false;
    for (uint32_t s = 1; s < bad.NumSupernodes() && !failed; ++s) {
      auto trial = cop;
      trial.parent[s] = kNoSupernode;
      failed = !CheckCopDecomposition(g, trial, check).status.ok();
    }
    EXPECT_TRUE(failed);
  }
}

}  // namespace
}  // namespace shortcut
