#include "shortcut/verify/routing_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>

#include "shortcut/generators/grid.h"
#include "shortcut/routing/routing_scheme.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::AnyOf;
using ::testing::HasSubstr;

class RoutingChecksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_ = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(11, 13, 5), 1, 40, 6));
    RoutingOptions o;
    o.epsilon = 0.25;
    auto r = RoutingScheme::Build(g_, o);
    ASSERT_OK(r.status());
    bytes_ = r->Serialize();
    ASSERT_OK(CheckRoutingScheme(g_, *r, {}).status);
  }
  Graph<uint32_t> g_;
  std::string bytes_;
};

// Mutation: every DFS number in the header of destination t changed (its
// low bit flipped; the file resealed, so it loads). Its packets then head
// for another vertex of the tree, or out of it: never delivered to t.
TEST_F(RoutingChecksTest, CatchesAWrongHeader) {
  const VertexId t = 40;
  const uint64_t n = g_.NumVertices();
  uint64_t table_bytes = 0, off = 0;
  std::memcpy(&table_bytes, bytes_.data() + 48, 8);
  std::memcpy(&off, bytes_.data() + 88 + 8 * (n + 1) + 8 * t, 8);
  std::string b = bytes_;
  std::size_t at = 88 + 16 * (n + 1) + ((table_bytes + 7) & ~uint64_t{7}) + off;
  auto skip = [&] {
    while (static_cast<uint8_t>(b[at]) & 0x80) ++at;
    return at++;  // the varint's last byte
  };
  skip();  // vertex
  uint64_t k = static_cast<uint8_t>(b[at]);
  ASSERT_LT(k, 128u);
  skip();
  for (uint64_t i = 0; i < k; ++i) {
    skip();  // star gap
    skip();  // weight
    const std::size_t last = skip();
    b[last] = static_cast<char>(b[last] ^ 1);
  }
  const uint64_t sum = DistanceOracle::FileChecksum(absl::string_view(b.data(), b.size() - 8));
  std::memcpy(b.data() + b.size() - 8, &sum, 8);
  auto r = RoutingScheme::Deserialize(b);
  ASSERT_OK(r.status());
  const RoutingCheckReport rep = CheckRoutingScheme(g_, *r, {});
  EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition,
                                   AnyOf(HasSubstr("delivered at"), HasSubstr("cannot forward"))));
  EXPECT_EQ(rep.worst_v, t);
}

// A scheme built for ε = 1 checked against 1 + 1/64: the stretch fails.
TEST_F(RoutingChecksTest, CatchesStretchAboveTheBound) {
  RoutingOptions o;
  o.epsilon = 1;
  auto r = RoutingScheme::Build(g_, o);
  ASSERT_OK(r.status());
  RoutingCheckOptions check;
  check.epsilon = 1.0 / 64;
  const RoutingCheckReport rep = CheckRoutingScheme(g_, *r, check);
  EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("routed length")));
  EXPECT_GT(rep.worst_length * 64, rep.worst_distance * 65);
}

// The same grid with other weights: another graph.
TEST_F(RoutingChecksTest, RejectsAnotherGraph) {
  auto r = RoutingScheme::Deserialize(bytes_);
  ASSERT_OK(r.status());
  const Graph<uint32_t> other = testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(11, 13, 5), 1, 40, 7));
  EXPECT_THAT(CheckRoutingScheme(other, *r, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("another graph")));
}

}  // namespace
}  // namespace shortcut
