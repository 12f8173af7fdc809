// (1+ε) tree covers (SODA 2024 §5) on the non-planar minor-free families.
// The verifier checks structure, domination of every star, vertex-disjoint
// forests and, for these small graphs, the stretch of every pair against
// its own Dijkstra. Tree covers are built for Graph<uint32_t> only.
#include <gtest/gtest.h>

#include "shortcut/cover/tree_cover.h"
#include "shortcut/verify/tree_cover_checks.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

TEST(TreeCoverMinorFreeTest, CheckerPassesOnEveryPair) {
  for (const auto& mf : testing::MinorFreeGraphs(500, {1, 2})) {
    for (double eps : {0.5, 0.25}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " eps " << eps);
      TreeCoverOptions options;
      options.epsilon = eps;
      options.r = mf.r;
      ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(mf.graph, options));
      const TreeCoverCheckReport rep = CheckTreeCover(mf.graph, cover, {});
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.pairs.all_pairs);
      EXPECT_EQ(rep.stars_checked, cover.NumStars());
      EXPECT_LE(rep.pairs.max_stretch, 1 + eps);
      EXPECT_GE(rep.pairs.mean_stretch, 1.0);
    }
  }
}

}  // namespace
}  // namespace shortcut
