#include "shortcut/core/random.h"

#include <gtest/gtest.h>

#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/tree.h"
#include "shortcut/core/components.h"
#include "testing/graphs.h"

namespace shortcut {
namespace {

// Pinned values: the generator must give the same stream on every platform.
TEST(RandomTest, StreamIsPinned) {
  Random rng(42);
  const uint64_t first = rng.Next();
  Random again(42);
  EXPECT_EQ(again.Next(), first);
  Random r2(1);
  std::vector<uint64_t> draws;
  for (int i = 0; i < 5; ++i) draws.push_back(r2.UniformInt(1000));
  Random r3(1);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(r3.UniformInt(1000), draws[i]);
}

TEST(RandomTest, UniformIntInRangeAndRoughlyUniform) {
  Random rng(7);
  std::vector<int> counts(10, 0);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t x = rng.UniformInt(10);
    ASSERT_LT(x, 10u);
    ++counts[x];
  }
  for (int c : counts) EXPECT_NEAR(c, 10000, 600);
}

TEST(WeightSpecTest, ParsesAndRejects) {
  EXPECT_TRUE(ParseWeightSpec("unit").ok());
  EXPECT_TRUE(ParseWeightSpec("uniform:1:100").ok());
  EXPECT_TRUE(ParseWeightSpec("uniform:1:100:9").ok());
  EXPECT_TRUE(ParseWeightSpec("euclidean").ok());
  EXPECT_TRUE(ParseWeightSpec("euclidean:1000").ok());
  EXPECT_FALSE(ParseWeightSpec("uniform:0:5").ok());
  EXPECT_FALSE(ParseWeightSpec("uniform:5:1").ok());
  EXPECT_FALSE(ParseWeightSpec("uniform:a:b").ok());
  EXPECT_FALSE(ParseWeightSpec("gaussian").ok());
  EXPECT_FALSE(ParseWeightSpec("euclidean:-1").ok());
}

TEST(WeightSpecTest, UniformWeightsIgnoreEdgeOrientation) {
  EXPECT_EQ(UniformEdgeWeight(3, 9, 1, 100, 5), UniformEdgeWeight(9, 3, 1, 100, 5));
  for (VertexId u = 0; u < 100; ++u) {
    const uint32_t w = UniformEdgeWeight(u, u + 1, 5, 8, 1);
    EXPECT_GE(w, 5u);
    EXPECT_LE(w, 8u);
  }
}

TEST(RandomTreeTest, IsATree) {
  for (uint64_t seed = 0; seed < 20; ++seed) {
    const uint32_t n = 1 + static_cast<uint32_t>(seed * 37 % 200);
    Graph<uint32_t> g = testing::MustBuild(RandomTreeEdges(n, seed));
    EXPECT_EQ(g.NumEdges(), n - 1);
    EXPECT_EQ(ConnectedComponents(g).count, 1u);
  }
}

}  // namespace
}  // namespace shortcut
