// Steiner point removal (SODA 2024 §6) on the non-planar minor-free
// families, with integer and double weights: the independent verifier
// checks that the regions are connected and contain their terminals, that
// the minor's edges join adjacent regions with weight d_G, and measures the
// distortion over every pair of terminals against its own Dijkstra.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "shortcut/steiner/minor.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "shortcut/verify/spr_checks.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

template <EdgeWeight W>
void RemoveAndCheck(const Graph<W>& g, std::span<const VertexId> terminals, SprMethod method,
                    uint32_t r) {
  SteinerPointRemovalOptions options;
  options.method = method;
  options.r = r;
  ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals, options));
  EXPECT_EQ(spr.stats.repaired, 0u);
  const SprCheckReport rep =
      CheckSteinerPointRemoval<W>(g, terminals, spr.terminal_of, spr.minor_edges, SprCheckOptions{});
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_EQ(rep.terminals, terminals.size());
  EXPECT_GE(rep.max_distortion, 1.0);
  EXPECT_TRUE(std::isfinite(rep.max_distortion));
  // Minor edges join distinct terminals, each listed once, with u < v.
  for (const MinorEdge<W>& e : spr.minor_edges) EXPECT_LT(e.u, e.v);
}

constexpr SprMethod kMethods[] = {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall};

TEST(SteinerPointRemovalMinorFreeTest, IntegerWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(800, {1, 2})) {
    const auto terminals = SampleTerminals(mf.graph.NumVertices(), 60, 5);
    for (SprMethod method : kMethods) {
      SCOPED_TRACE(::testing::Message() << mf.name << " " << SprMethodName(method));
      RemoveAndCheck(mf.graph, terminals, method, mf.r);
    }
  }
}

TEST(SteinerPointRemovalMinorFreeTest, DoubleWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(800, {3})) {
    const auto terminals = SampleTerminals(mf.dgraph.NumVertices(), 60, 6);
    for (SprMethod method : kMethods) {
      SCOPED_TRACE(::testing::Message() << mf.name << " " << SprMethodName(method));
      RemoveAndCheck(mf.dgraph, terminals, method, mf.r);
    }
  }
}

}  // namespace
}  // namespace shortcut
