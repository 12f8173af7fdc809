// The cop decomposition's guarantees (SODA 2024 §3, Lemma 3.1: supernode
// radius <= Δ, Δ/r-buffers, at most r-2 supernodes seen at a call, so bags
// of at most r-1) on the non-planar minor-free families, with integer and
// double weights, checked by the independent verifier.
#include <gtest/gtest.h>

#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/verify/cop_checks.h"
#include "shortcut/verify/minor_checks.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

template <EdgeWeight W>
void DecomposeAndCheck(const Graph<W>& g, uint32_t r, double radius) {
  CopDecompositionOptions options;
  options.radius = radius;
  options.r = r;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  EXPECT_FALSE(cop.minor_found);  // the graph is K_r-minor-free
  EXPECT_LE(cop.stats.max_seen + 2, r);
  const CopCheckReport rep = CheckCopDecomposition(g, cop, {.radius = radius, .r = r});
  EXPECT_OK(rep.status);
  EXPECT_LE(rep.max_radius, radius);
  EXPECT_LE(rep.max_bag_size, r - 1);
  if (cop.stats.max_seen > 0) {
    EXPECT_OK(CheckMinorWitness(g, cop.minor_witness));
  }
}

TEST(CopDecompositionMinorFreeTest, IntegerWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(1000, {1, 2, 3})) {
    ASSERT_GE(mf.graph.NumVertices(), 900u) << mf.name;
    for (double radius : {30.0, 150.0, 600.0}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " radius " << radius);
      DecomposeAndCheck(mf.graph, mf.r, radius);
    }
  }
}

TEST(CopDecompositionMinorFreeTest, DoubleWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(1000, {4})) {
    for (double radius : {2.5, 12.0, 60.0}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " radius " << radius);
      DecomposeAndCheck(mf.dgraph, mf.r, radius);
    }
  }
}

}  // namespace
}  // namespace shortcut
