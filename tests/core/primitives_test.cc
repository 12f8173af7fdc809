// The small core headers: integer ranges, status helpers, timestamp markers,
// vertex domains and the tree-decomposition record.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <iterator>
#include <limits>
#include <numeric>
#include <vector>

#include "shortcut/core/marker.h"
#include "shortcut/core/range.h"
#include "shortcut/core/status.h"
#include "shortcut/core/tree_decomposition.h"
#include "shortcut/core/types.h"
#include "shortcut/core/vertex_domain.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;

TEST(IntRangeTest, IteratesHalfOpenInterval) {
  std::vector<uint32_t> seen;
  for (uint32_t v : IntRange<uint32_t>{3, 7}) seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<uint32_t>{3, 4, 5, 6}));
  const IntRange<uint32_t> empty{5, 5};
  EXPECT_EQ(std::distance(empty.begin(), empty.end()), 0);
}

absl::StatusOr<int> Half(int x) {
  if (x % 2 != 0) return InvalidArgumentError("{} is odd", x);
  return x / 2;
}

absl::Status Quarter(int x, int* out) {
  SHORTCUT_ASSIGN_OR_RETURN(const int h, Half(x));
  SHORTCUT_ASSIGN_OR_RETURN(*out, Half(h));
  return absl::OkStatus();
}

TEST(StatusTest, FormattedErrorsPropagate) {
  int q = 0;
  EXPECT_OK(Quarter(12, &q));
  EXPECT_EQ(q, 3);
  EXPECT_THAT(Quarter(6, &q), StatusIs(absl::StatusCode::kInvalidArgument, "3 is odd"));
  EXPECT_THAT(FailedPreconditionError("{}-{}", 1, 2),
              StatusIs(absl::StatusCode::kFailedPrecondition, "1-2"));
}

TEST(TimestampMarkerTest, ClearForgetsEverything) {
  TimestampMarker marker(10);
  marker.Set(3);
  marker.Set(7);
  EXPECT_TRUE(marker.Get(3));
  EXPECT_FALSE(marker.Get(4));
  marker.Unset(7);
  EXPECT_FALSE(marker.Get(7));
  marker.Clear();
  EXPECT_FALSE(marker.Get(3));
}

TEST(VertexDomainTest, DomainsContainWhatTheySay) {
  static_assert(VertexDomain<AllVertices> && VertexDomain<LabelDomain> && VertexDomain<MarkedSet>);
  EXPECT_TRUE(AllVertices{}.Contains(12345));
  const std::vector<uint32_t> label = {0, 1, 1, 0};
  const LabelDomain one{label, 1};
  EXPECT_FALSE(one.Contains(0));
  EXPECT_TRUE(one.Contains(2));
  MarkedSet set(5);
  EXPECT_TRUE(set.Insert(4));
  EXPECT_FALSE(set.Insert(4));
  EXPECT_TRUE(set.Insert(1));
  EXPECT_TRUE(set.Contains(1));
  EXPECT_FALSE(set.Contains(0));
  EXPECT_EQ(set.Size(), 2u);
  set.Clear();
  EXPECT_FALSE(set.Contains(4));
  EXPECT_EQ(set.Size(), 0u);
}

TEST(TreeDecompositionTest, WidthIsLargestBagMinusOne) {
  TreeDecomposition td;
  EXPECT_EQ(td.Width(), -1);
  td.bags = {{0, 1}, {1, 2, 3}, {3}};
  td.edges = {{0, 1}, {1, 2}};
  EXPECT_EQ(td.Width(), 2);
}

TEST(TypesTest, InfinityAbsorbsAnyWeight) {
  static_assert(std::same_as<DistanceOf<uint32_t>, uint64_t>);
  static_assert(std::same_as<DistanceOf<double>, double>);
  EXPECT_GT(kInfinity<uint32_t> + std::numeric_limits<uint32_t>::max(), kInfinity<uint32_t>);
  EXPECT_EQ(kInfinity<double> + 1.0, kInfinity<double>);
}

}  // namespace
}  // namespace shortcut
