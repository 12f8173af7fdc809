#include "shortcut/labeling/distance_labels.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "shortcut/generators/grid.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/verify/labeling_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

DistanceLabels MustBuildLabels(const Graph<uint32_t>& g, double eps, uint32_t threads = 1) {
  DistanceLabelOptions o;
  o.epsilon = eps;
  o.threads = threads;
  auto l = DistanceLabels::Build(g, o);
  if (!l.ok()) ADD_FAILURE() << l.status();
  return l.ok() ? std::move(l).value() : DistanceLabels{};
}

void ExpectValidLabels(const std::string& name, const Graph<uint32_t>& g, double eps) {
  SCOPED_TRACE(name);
  const DistanceLabels labels = MustBuildLabels(g, eps);
  ASSERT_EQ(labels.NumVertices(), g.NumVertices());
  OracleCheckOptions check;
  const LabelCheckReport rep = CheckDistanceLabels(g, labels, check);
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.pairs.all_pairs);
  EXPECT_LE(rep.pairs.max_stretch, 1 + eps);
}

TEST(DistanceLabelsTest, PlanarFamiliesAllPairs) {
  for (const auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.1, 0.5}) ExpectValidLabels(tg.name, tg.graph, eps);
  }
}

TEST(DistanceLabelsTest, MinorFreeFamiliesAllPairs) {
  for (const auto& mf : testing::MinorFreeGraphs(300, {1, 2})) ExpectValidLabels(mf.name, mf.graph, 0.25);
}

// The labels answer exactly what the oracle answers (both are the cover's
// minimum over shared stars), and from copies of the two labels alone.
TEST(DistanceLabelsTest, SameAnswersAsTheOracleFromTwoLabelsAlone) {
  EdgeList<uint32_t> list = testing::WithUniformWeights(TriangulatedGridEdges(14, 16, 2), 1, 60, 3);
  list.num_vertices += 5;  // isolated vertices: other components
  list.coordinates.clear();
  const Graph<uint32_t> g = testing::MustBuild(std::move(list));
  const DistanceLabels labels = MustBuildLabels(g, 0.25);
  DistanceOracleOptions o;
  o.epsilon = 0.25;
  // The labels' cover: the star stream's default (16-bit) weight codes, the
  // oracle's `fast` profile.
  o.weight_mantissa_bits = StarStreamOptions{}.weight_mantissa_bits;
  auto oracle = DistanceOracle::Build(g, o);
  ASSERT_OK(oracle.status());
  for (VertexId u = 0; u < g.NumVertices(); ++u) {
    const std::vector<uint8_t> a(labels.Label(u).begin(), labels.Label(u).end());
    for (VertexId v = 0; v < g.NumVertices(); ++v) {
      const std::vector<uint8_t> b(labels.Label(v).begin(), labels.Label(v).end());
      ASSERT_EQ(DecodeDistance(a, b), oracle->Query(u, v)) << u << " " << v;
    }
  }
}

TEST(DistanceLabelsTest, DeterministicAcrossThreads) {
  const Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(20, 25), 1, 40, 2));
  EXPECT_EQ(MustBuildLabels(g, 0.2, 1).Serialize(), MustBuildLabels(g, 0.2, 3).Serialize());
}

TEST(DistanceLabelsTest, SizesAreTheLabelBytes) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(12, 12));
  const DistanceLabels labels = MustBuildLabels(g, 0.25);
  uint64_t bits = 0, max_bits = 0;
  for (VertexId v = 0; v < g.NumVertices(); ++v) {
    bits += 8 * labels.Label(v).size();
    max_bits = std::max<uint64_t>(max_bits, 8 * labels.Label(v).size());
    EXPECT_OK(ValidateLabel(labels.Label(v), g.NumVertices(), labels.num_stars()));
    EXPECT_EQ(LabelVertex(labels.Label(v)), v);
  }
  EXPECT_EQ(labels.stats().total_bits, bits);
  EXPECT_EQ(labels.stats().max_bits, max_bits);
}

class DistanceLabelsFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    EdgeList<uint32_t> list = testing::WithUniformWeights(GridEdges(9, 10), 1, 30, 4);
    for (VertexId v = 0; v < list.num_vertices; ++v) list.external_ids.push_back(500 + 3 * uint64_t{v});
    g_ = testing::MustBuild(std::move(list));
    labels_ = MustBuildLabels(g_, 0.25);
    bytes_ = labels_.Serialize();
  }
  // Reseal: the file with a correct checksum after an edit.
  static std::string Reseal(std::string bytes) {
    const uint64_t sum = DistanceOracle::FileChecksum(absl::string_view(bytes.data(), bytes.size() - 8));
    std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
    return bytes;
  }
  Graph<uint32_t> g_;
  DistanceLabels labels_;
  std::string bytes_;
};

TEST_F(DistanceLabelsFileTest, RoundTrip) {
  auto back = DistanceLabels::Deserialize(bytes_);
  ASSERT_OK(back.status());
  EXPECT_EQ(back->Serialize(), bytes_);
  EXPECT_OK(back->CheckGraph(g_));
  EXPECT_EQ(back->FindExternal(503), 1u);
  EXPECT_EQ(back->FindExternal(504), kNoVertex);
  EXPECT_EQ(back->stats().total_bits, labels_.stats().total_bits);
  const fs::path path = fs::path(::testing::TempDir()) / ("labels_" + std::to_string(::getpid()) + ".bin");
  ASSERT_OK(labels_.Save(path.string()));
  auto loaded = DistanceLabels::Load(path.string());
  fs::remove(path);
  ASSERT_OK(loaded.status());
  EXPECT_EQ(loaded->Serialize(), bytes_);
  EXPECT_THAT(DistanceLabels::Load(path.string()).status(), StatusIs(absl::StatusCode::kNotFound, ::testing::_));
}

TEST_F(DistanceLabelsFileTest, RejectsDamagedFiles) {
  for (std::size_t cut : {std::size_t{0}, std::size_t{10}, std::size_t{100}, bytes_.size() - 1}) {
    EXPECT_THAT(DistanceLabels::Deserialize(bytes_.substr(0, cut)).status(),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("truncated")))
        << cut << " " << DistanceLabels::Deserialize(bytes_.substr(0, cut)).status();
  }
  EXPECT_THAT(DistanceLabels::Deserialize(bytes_ + std::string(8, '\0')).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("trailing")));
  // Every single flipped bit is caught (by the checksum, or before it).
  for (std::size_t i = 0; i < bytes_.size(); i += 7) {
    std::string bad = bytes_;
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    EXPECT_FALSE(DistanceLabels::Deserialize(bad).ok()) << i;
  }
  std::string magic = bytes_;
  magic[0] = 'X';
  EXPECT_THAT(DistanceLabels::Deserialize(magic).status(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("magic")));
  const Graph<uint32_t> other = testing::MustBuild(GridEdges(9, 10));
  EXPECT_THAT(labels_.CheckGraph(other), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("another graph")));
}

// Resealed edits get past the checksum: the label validation must catch a
// malformed label, and whatever loads must decode inside its labels.
TEST_F(DistanceLabelsFileTest, ValidatesResealedLabels) {
  const std::size_t labels_at = 80 + 8 * (uint64_t{g_.NumVertices()} + 1);
  // The entry count of label 0 raised: the label then runs out of bytes.
  std::string more = bytes_;
  more[labels_at + 1] = static_cast<char>(more[labels_at + 1] + 1);
  EXPECT_THAT(DistanceLabels::Deserialize(Reseal(more)).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("malformed label 0")));
  // Label 0 renamed as vertex 1.
  std::string renamed = bytes_;
  renamed[labels_at] = 1;
  EXPECT_THAT(DistanceLabels::Deserialize(Reseal(renamed)).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("names vertex 1")));
  int loaded = 0;
  for (std::size_t i = labels_at; i < bytes_.size() - 8; i += 3) {
    std::string edit = bytes_;
    edit[i] = static_cast<char>(edit[i] ^ 0x5A);
    auto l = DistanceLabels::Deserialize(Reseal(edit));
    if (!l.ok()) continue;
    ++loaded;
    for (VertexId u = 0; u < l->NumVertices(); u += 5) {
      for (VertexId v = 0; v < l->NumVertices(); v += 7) (void)l->Query(u, v);
    }
  }
  EXPECT_GT(loaded, 0);  // some edits (weights) stay well formed
}

// DecodeDistance stays inside arbitrary bytes.
TEST(DecodeDistanceTest, ArbitraryBytes) {
  const std::vector<uint8_t> empty;
  const std::vector<uint8_t> junk = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  const std::vector<uint8_t> huge_k = {1, 0xFF, 0xFF, 0x7F, 0, 5};
  EXPECT_EQ(DecodeDistance(empty, junk), kUnreachable);
  EXPECT_EQ(DecodeDistance(junk, junk), kUnreachable);
  EXPECT_EQ(DecodeDistance(huge_k, std::vector<uint8_t>{2, 1, 0, 7}), 12u);
  EXPECT_FALSE(ValidateLabel(huge_k, 10, 10).ok());
  EXPECT_OK(ValidateLabel(std::vector<uint8_t>{2, 1, 0, 7}, 10, 10));
  EXPECT_FALSE(ValidateLabel(std::vector<uint8_t>{2, 1, 0, 7}, 2, 10).ok());   // vertex out of range
  EXPECT_FALSE(ValidateLabel(std::vector<uint8_t>{2, 2, 3, 7, 0, 1}, 10, 10).ok());  // star ids not increasing
  EXPECT_FALSE(ValidateLabel(std::vector<uint8_t>{2, 1, 10, 7}, 10, 10).ok());  // star id out of range
}

}  // namespace
}  // namespace shortcut
