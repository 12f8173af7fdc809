#include "shortcut/verify/labeling_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>

#include "shortcut/generators/grid.h"
#include "shortcut/labeling/distance_labels.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

class LabelingChecksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_ = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(12, 14, 5), 1, 40, 6));
    DistanceLabelOptions o;
    o.epsilon = 0.25;
    auto l = DistanceLabels::Build(g_, o);
    ASSERT_OK(l.status());
    bytes_ = l->Serialize();
    ASSERT_OK(CheckDistanceLabels(g_, *l, {}).status);
  }
  // The file with the first one-byte weight >= 1 of vertex v's label set to
  // `w`, resealed.
  std::string WithWeight(VertexId v, uint8_t w) const {
    std::string b = bytes_;
    uint64_t off = 0;
    std::memcpy(&off, b.data() + 80 + 8 * v, 8);
    std::size_t at = 80 + 8 * (uint64_t{g_.NumVertices()} + 1) + off;
    auto skip = [&] {
      while (static_cast<uint8_t>(b[at]) & 0x80) ++at;
      ++at;
    };
    skip();  // vertex
    skip();  // k
    for (;;) {
      skip();  // star gap
      if ((static_cast<uint8_t>(b[at]) & 0x80) == 0 && b[at] != 0) break;
      skip();  // weight
    }
    b[at] = static_cast<char>(w);
    const uint64_t sum = DistanceOracle::FileChecksum(absl::string_view(b.data(), b.size() - 8));
    std::memcpy(b.data() + b.size() - 8, &sum, 8);
    return b;
  }
  Graph<uint32_t> g_;
  std::string bytes_;
};

// Mutation: a weight lowered to 0 (the file resealed, so it loads). The pair
// of that vertex and the star's root is then answered below its distance.
TEST_F(LabelingChecksTest, CatchesALoweredWeight) {
  auto l = DistanceLabels::Deserialize(WithWeight(50, 0));
  ASSERT_OK(l.status());
  EXPECT_THAT(CheckDistanceLabels(g_, *l, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("domination violated")));
}

// Labels built for ε = 1 checked against 1 + 1/64: the stretch check
// fails (the worst pair measured is far above 1 + 1/64).
TEST_F(LabelingChecksTest, CatchesStretchAboveTheBound) {
  DistanceLabelOptions o;
  o.epsilon = 1;
  auto l = DistanceLabels::Build(g_, o);
  ASSERT_OK(l.status());
  OracleCheckOptions check;
  check.epsilon = 1.0 / 64;
  const LabelCheckReport rep = CheckDistanceLabels(g_, *l, check);
  EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch above")));
  EXPECT_GT(rep.pairs.worst_estimate * 64, rep.pairs.worst_distance * 65);
}

TEST_F(LabelingChecksTest, RejectsAnotherGraph) {
  auto l = DistanceLabels::Deserialize(bytes_);
  ASSERT_OK(l.status());
  const Graph<uint32_t> other = testing::MustBuild(GridEdges(12, 14));
  EXPECT_THAT(CheckDistanceLabels(other, *l, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("another graph")));
}

}  // namespace
}  // namespace shortcut
