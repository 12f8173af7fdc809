#include "shortcut/core/rooted_forest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "shortcut/core/random.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using testing::StatusIs;
constexpr uint32_t kNone = RootedForest::kNoParent;

// A random forest on k nodes: node v's parent is a random earlier node or
// none, then the ids are shuffled so that parents need not precede children.
std::vector<uint32_t> RandomForest(uint32_t k, Random& rng, uint64_t root_odds) {
  std::vector<uint32_t> order(k);
  for (uint32_t i = 0; i < k; ++i) order[i] = i;
  for (uint32_t i = k; i > 1; --i) std::swap(order[i - 1], order[rng.UniformInt(i)]);
  std::vector<uint32_t> parent(k, kNone);
  for (uint32_t i = 1; i < k; ++i) {
    if (rng.UniformInt(root_odds) != 0) parent[order[i]] = order[rng.UniformInt(i)];
  }
  return parent;
}

bool AncestorByWalking(const std::vector<uint32_t>& parent, uint32_t a, uint32_t b) {
  for (uint32_t x = b; x != kNone; x = parent[x]) {
    if (x == a) return true;
  }
  return false;
}

uint32_t DepthByWalking(const std::vector<uint32_t>& parent, uint32_t v) {
  uint32_t d = 0;
  for (uint32_t x = parent[v]; x != kNone; x = parent[x]) ++d;
  return d;
}

TEST(RootedForestTest, MatchesWalkingUpOnRandomForests) {
  Random rng(12);
  for (int trial = 0; trial < 200; ++trial) {
    const uint32_t k = static_cast<uint32_t>(rng.UniformInt(60));
    const std::vector<uint32_t> parent = RandomForest(k, rng, 2 + trial % 10);
    const RootedForest tree(parent);
    ASSERT_EQ(tree.Size(), k);
    // Preorder: a permutation in which every parent precedes its children.
    ASSERT_EQ(tree.Preorder().size(), k);
    std::vector<uint32_t> sorted(tree.Preorder().begin(), tree.Preorder().end());
    std::sort(sorted.begin(), sorted.end());
    for (uint32_t i = 0; i < k; ++i) ASSERT_EQ(sorted[i], i);
    uint32_t max_depth = 0;
    for (uint32_t v = 0; v < k; ++v) {
      EXPECT_EQ(tree.Preorder()[tree.Tin(v)], v);
      EXPECT_EQ(tree.Parent(v), parent[v]);
      EXPECT_EQ(tree.IsRoot(v), parent[v] == kNone);
      EXPECT_EQ(tree.Depth(v), DepthByWalking(parent, v));
      max_depth = std::max(max_depth, tree.Depth(v));
      if (parent[v] != kNone) {
        EXPECT_LT(tree.Tin(parent[v]), tree.Tin(v));
      }
      // Children: exactly the nodes whose parent is v, in increasing id.
      std::vector<uint32_t> expected;
      for (uint32_t c = 0; c < k; ++c) {
        if (parent[c] == v) expected.push_back(c);
      }
      EXPECT_EQ(std::vector<uint32_t>(tree.Children(v).begin(), tree.Children(v).end()), expected);
      uint32_t subtree = 0;
      for (uint32_t b = 0; b < k; ++b) {
        const bool walk = AncestorByWalking(parent, v, b);
        EXPECT_EQ(tree.IsAncestor(v, b), walk) << v << " " << b;
        EXPECT_EQ(tree.Related(v, b), walk || AncestorByWalking(parent, b, v));
        subtree += walk ? 1 : 0;
      }
      EXPECT_EQ(tree.SubtreeSize(v), subtree);
    }
    EXPECT_EQ(tree.MaxDepth(), max_depth);
    // Roots in increasing id, and the preorder visits them in that order.
    std::vector<uint32_t> roots;
    for (uint32_t v = 0; v < k; ++v) {
      if (parent[v] == kNone) roots.push_back(v);
    }
    EXPECT_EQ(std::vector<uint32_t>(tree.Roots().begin(), tree.Roots().end()), roots);
    for (std::size_t i = 1; i < roots.size(); ++i) EXPECT_LT(tree.Tin(roots[i - 1]), tree.Tin(roots[i]));
  }
}

TEST(RootedForestTest, SiblingsInIdOrder) {
  // 0 has children 3, 1 (listed out of order), 1 has child 2.
  const RootedForest tree(std::vector<uint32_t>{kNone, 0, 1, 0});
  EXPECT_EQ(std::vector<uint32_t>(tree.Preorder().begin(), tree.Preorder().end()),
            (std::vector<uint32_t>{0, 1, 2, 3}));
  EXPECT_EQ(tree.Tout(1), 3u);
  EXPECT_EQ(tree.Tout(0), 4u);
}

TEST(RootedForestTest, EmptyForest) {
  const RootedForest tree(std::vector<uint32_t>{});
  EXPECT_EQ(tree.Size(), 0u);
  EXPECT_TRUE(tree.Preorder().empty());
}

TEST(RootedForestTest, RejectsCyclesAndBadParents) {
  EXPECT_THAT(RootedForest::FromParents(std::vector<uint32_t>{kNone, 2, 1}).status(),
              StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::HasSubstr("cycle")));
  EXPECT_THAT(RootedForest::FromParents(std::vector<uint32_t>{0}).status(),
              StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::HasSubstr("cycle")));
  EXPECT_THAT(RootedForest::FromParents(std::vector<uint32_t>{kNone, 7}).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, ::testing::HasSubstr("outside")));
  EXPECT_TRUE(RootedForest::FromParents(std::vector<uint32_t>{kNone, 0}).ok());
}

}  // namespace
}  // namespace shortcut
