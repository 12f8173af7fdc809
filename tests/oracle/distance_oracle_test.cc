#include "shortcut/oracle/distance_oracle.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/cover/cover_scales.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/oracle_checks.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

DistanceOracleOptions Options(double eps) {
  DistanceOracleOptions o;
  o.epsilon = eps;
  return o;
}

// The cover Build streams, materialised (with the oracle's weight codes).
TreeCoverOptions CoverOptions(double eps, bool quantize_weights = true) {
  TreeCoverOptions o;
  o.epsilon = eps;
  o.weight_mantissa_bits = DistanceOracleOptions().weight_mantissa_bits;
  o.quantize_weights = quantize_weights;
  o.pack_forests = false;
  return o;
}

Graph<uint32_t> WeightedTriGrid(uint32_t rows, uint32_t cols, uint64_t seed) {
  return testing::MustBuild(testing::WithUniformWeights(TriangulatedGridEdges(rows, cols, seed), 1, 100, seed));
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("shortcut_oracle_test_" + name)).string();
}

// The oracle answers exactly the cover's minimum over stars, evaluated here
// by brute force from the cover's own arrays.
TEST(DistanceOracleTest, QueryIsTheCoversMinimum) {
  for (auto& tg : testing::SmallFamilies()) {
    SCOPED_TRACE(tg.name);
    const Graph<uint32_t>& g = tg.graph;
    ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, CoverOptions(0.25)));
    ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::FromTreeCover(g, cover));
    const VertexId n = g.NumVertices();
    std::vector<std::vector<std::pair<uint32_t, uint64_t>>> label(n);
    for (uint32_t s = 0; s < cover.NumStars(); ++s) {
      for (std::size_t i = 0; i < cover.Members(s).size(); ++i) {
        label[cover.Members(s)[i]].emplace_back(s, cover.Weights(s)[i]);
      }
    }
    for (VertexId u = 0; u < n; u += 3) {
      for (VertexId v = 0; v < n; ++v) {
        uint64_t best = u == v ? 0 : kUnreachable;
        for (const auto& [s, w] : label[u]) {
          for (const auto& [t, x] : label[v]) {
            if (s == t && u != v) best = std::min(best, w + x);
          }
        }
        ASSERT_EQ(oracle.Query(u, v), best) << u << " " << v;
      }
    }
    // Labels decode to the cover's entries, star by star.
    for (VertexId v = 0; v < n; v += 7) {
      std::vector<std::pair<uint64_t, uint64_t>> expect(label[v].begin(), label[v].end());
      EXPECT_EQ(oracle.DecodeLabel(v), expect);
    }
  }
}

// FromTreeCover takes any cover whose arrays fit the graph, also one whose
// paths' vertex sets are not nested (no partition tree made them): the
// labels still hold exactly each vertex's stars. (Query's early stop relies
// on the partition-tree order of a real cover, so it is not asked here.)
TEST(DistanceOracleTest, FromTreeCoverOfPathsThatDoNotNest) {
  const Graph<uint32_t> g = testing::MustBuild(testing::CompleteEdges(5));
  TreeCover cover;
  cover.epsilon = 0.25;
  cover.scale_ratio = 1.25;
  cover.min_weight = 1;
  cover.quantized = true;
  cover.num_vertices = 5;
  // Paths 0, 1, 2: stars {0, 4} {1, 3} | {2, 0, 3} | {4, 1} {3, 2}.
  const std::vector<std::vector<VertexId>> members = {{0, 4}, {1, 3}, {2, 0, 3}, {4, 1}, {3, 2}};
  const std::vector<uint32_t> path_of = {0, 0, 1, 2, 2};
  cover.path_supernode = {0, 1, 2};
  cover.path_star_begin = {0, 2, 3, 5};
  cover.member_offsets = {0};
  for (uint32_t s = 0; s < members.size(); ++s) {
    cover.star_root.push_back(members[s][0]);
    cover.star_level.push_back(0);
    cover.star_radius.push_back(10);
    cover.star_path.push_back(path_of[s]);
    for (std::size_t i = 0; i < members[s].size(); ++i) {
      cover.members.push_back(members[s][i]);
      cover.weights.push_back(i == 0 ? 0 : 3 + s + members[s][i]);
    }
    cover.member_offsets.push_back(cover.members.size());
  }
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::FromTreeCover(g, cover));
  std::vector<std::vector<std::pair<uint64_t, uint64_t>>> label(5);
  for (uint32_t s = 0; s < cover.NumStars(); ++s) {
    for (std::size_t i = 0; i < cover.Members(s).size(); ++i) {
      label[cover.Members(s)[i]].emplace_back(s, cover.Weights(s)[i]);
    }
  }
  for (VertexId v = 0; v < 5; ++v) {
    std::sort(label[v].begin(), label[v].end());
    EXPECT_EQ(oracle.DecodeLabel(v), label[v]) << v;
  }
  EXPECT_EQ(oracle.NumEntries(), cover.members.size());
  ASSERT_OK_AND_ASSIGN(DistanceOracle again, DistanceOracle::Deserialize(oracle.Serialize()));
  EXPECT_EQ(again.Serialize(), oracle.Serialize());
}

// The oracle's options are checked before anything is built.
TEST(DistanceOracleTest, OptionsAreValidated) {
  const Graph<uint32_t> g = WeightedTriGrid(4, 4, 1);
  EXPECT_OK(Options(0.25).Validate());
  for (auto bad : {+[](DistanceOracleOptions& o) { o.epsilon = 0; }, +[](DistanceOracleOptions& o) { o.epsilon = 17; },
                   +[](DistanceOracleOptions& o) { o.scale_ratio = 1; }, +[](DistanceOracleOptions& o) { o.r = 2; },
                   +[](DistanceOracleOptions& o) { o.threads = 0; }}) {
    DistanceOracleOptions o = Options(0.25);
    bad(o);
    EXPECT_THAT(o.Validate(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("must")));
    EXPECT_THAT(DistanceOracle::Build(g, o).status(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("must")));
  }
}

// Build (streaming) and FromTreeCover (from a materialised cover) give the
// same bytes, whatever the thread count.
TEST(DistanceOracleTest, BuildMatchesFromTreeCoverAndIsDeterministic) {
  const Graph<uint32_t> g = WeightedTriGrid(30, 25, 4);
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, CoverOptions(0.25)));
  ASSERT_OK_AND_ASSIGN(DistanceOracle from_cover, DistanceOracle::FromTreeCover(g, cover));
  const std::string bytes = from_cover.Serialize();
  for (uint32_t threads : {1u, 2u, 4u}) {
    DistanceOracleOptions o = Options(0.25);
    o.threads = threads;
    OracleBuildStats stats;
    ASSERT_OK_AND_ASSIGN(DistanceOracle built, DistanceOracle::Build(g, o, &stats));
    EXPECT_EQ(built.Serialize(), bytes) << threads;
    EXPECT_EQ(stats.cover.entries, cover.members.size());
    EXPECT_EQ(stats.cover.stars, cover.NumStars());
    EXPECT_EQ(stats.cover.max_overlap, cover.stats.max_overlap);
    EXPECT_EQ(stats.label_bytes, built.LabelBytes());
  }
  DistanceOracleOptions exact = Options(0.25);
  exact.quantize_weights = false;
  ASSERT_OK_AND_ASSIGN(TreeCover exact_cover, BuildTreeCover(g, CoverOptions(0.25, /*quantize_weights=*/false)));
  ASSERT_OK_AND_ASSIGN(DistanceOracle a, DistanceOracle::Build(g, exact));
  ASSERT_OK_AND_ASSIGN(DistanceOracle b, DistanceOracle::FromTreeCover(g, exact_cover));
  EXPECT_FALSE(a.quantized());
  EXPECT_EQ(a.Serialize(), b.Serialize());
}

TEST(DistanceOracleTest, VerifierPassesOnFamilies) {
  for (auto& tg : testing::SmallFamilies()) {
    for (double eps : {0.5, 0.25, 0.1}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps);
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(tg.graph, Options(eps)));
      const OracleCheckReport rep = CheckDistanceOracle(tg.graph, oracle, {});
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.all_pairs);
      EXPECT_LE(rep.max_stretch, 1 + eps);
    }
  }
}

TEST(DistanceOracleTest, SaveLoadRoundTrip) {
  const Graph<uint32_t> g = WeightedTriGrid(20, 20, 2);
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.25)));
  const std::string path = TempPath("roundtrip.idx");
  ASSERT_OK(oracle.Save(path));
  EXPECT_EQ(std::filesystem::file_size(path), oracle.SerializedBytes());
  ASSERT_OK_AND_ASSIGN(DistanceOracle loaded, DistanceOracle::Load(path));
  std::remove(path.c_str());
  EXPECT_EQ(loaded.Serialize(), oracle.Serialize());
  EXPECT_OK(loaded.CheckGraph(g));
  EXPECT_EQ(loaded.epsilon(), 0.25);
  EXPECT_EQ(loaded.NumEntries(), oracle.NumEntries());
  for (VertexId u = 0; u < g.NumVertices(); u += 13) {
    for (VertexId v = 0; v < g.NumVertices(); v += 7) ASSERT_EQ(loaded.Query(u, v), oracle.Query(u, v));
  }
  EXPECT_THAT(DistanceOracle::Load(TempPath("missing.idx")), StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing")));
}

// Every malformed file is rejected with a status, never a crash (the fuzzer
// in tests/fuzz/oracle_load_fuzzer.cc explores further).
TEST(DistanceOracleTest, RejectsTruncatedCorruptedAndForeignFiles) {
  const Graph<uint32_t> g = WeightedTriGrid(8, 9, 3);
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.5)));
  const std::string bytes = oracle.Serialize();
  // Truncation at every length.
  for (std::size_t len = 0; len < bytes.size(); len += (len < 256 ? 1 : 37)) {
    auto r = DistanceOracle::Deserialize(absl::string_view(bytes.data(), len));
    ASSERT_FALSE(r.ok()) << len;
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  }
  EXPECT_THAT(DistanceOracle::Deserialize(absl::string_view(bytes.data(), bytes.size() - 1)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("truncated")));
  EXPECT_THAT(DistanceOracle::Deserialize(bytes + "x"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("trailing")));
  // Any flipped byte: the checksum (or the magic) catches it.
  for (std::size_t i = 0; i < bytes.size(); i += 5) {
    std::string bad = bytes;
    bad[i] ^= 0x5a;
    ASSERT_FALSE(DistanceOracle::Deserialize(bad).ok()) << i;
  }
  EXPECT_THAT(DistanceOracle::Deserialize("GARBAGE!" + bytes.substr(8)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("magic")));
  EXPECT_THAT(DistanceOracle::Deserialize(""), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("magic")));
}

// Files whose checksum is right but whose content is not: rewritten here with
// a recomputed checksum, they must still be rejected by validation.
class ForgedFileTest : public ::testing::Test {
 protected:
  static std::string Reseal(std::string s) {
    s.resize(s.size() - 8);
    const uint64_t c = DistanceOracle::FileChecksum(s);
    s.append(reinterpret_cast<const char*>(&c), 8);
    return s;
  }
  static void Put64(std::string& s, std::size_t at, uint64_t x) { std::memcpy(s.data() + at, &x, 8); }
  static void Put32(std::string& s, std::size_t at, uint32_t x) { std::memcpy(s.data() + at, &x, 4); }
};

TEST_F(ForgedFileTest, ValidationCatchesWhatTheChecksumCannot) {
  const Graph<uint32_t> g = WeightedTriGrid(8, 9, 3);
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.5)));
  const std::string bytes = oracle.Serialize();
  ASSERT_OK(DistanceOracle::Deserialize(Reseal(bytes)).status());  // resealing is faithful
  {
    std::string s = bytes;
    Put32(s, 8, kOracleFormatVersion + 1);  // version
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("version 3 is not supported")));
    Put32(s, 8, 0);
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("version 0 is not supported")));
  }
  {
    // The implied-star count (offset 120) must match the bitmap.
    std::string s = bytes;
    uint64_t implied;
    std::memcpy(&implied, s.data() + 120, 8);
    ASSERT_GT(implied, 0u);
    Put64(s, 120, implied - 1);
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("implied stars")));
  }
  {
    // A bit beyond the last star in the bitmap (the word before the checksum).
    std::string s = bytes;
    uint64_t word;
    std::memcpy(&word, s.data() + s.size() - 16, 8);
    ASSERT_NE(oracle.NumStars() % 64, 0u);
    Put64(s, s.size() - 16, word | uint64_t{1} << 63);
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("bitmap")));
  }
  {
    // A version-1 header over a version-2 body: the bitmap is then trailing.
    std::string s = bytes;
    Put32(s, 8, 1);
    Put64(s, 120, 0);
    EXPECT_FALSE(DistanceOracle::Deserialize(Reseal(s)).ok());
  }
  {
    std::string s = bytes;
    Put32(s, 12, 0x10);  // unknown flag
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("flags")));
    Put32(s, 12, 0x2);  // 12-bit codes without coded weights
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("flags")));
  }
  {
    std::string s = bytes;
    Put64(s, 40, uint64_t{1} << 40);  // vertex count
    EXPECT_FALSE(DistanceOracle::Deserialize(Reseal(s)).ok());
  }
  {
    std::string s = bytes;
    Put64(s, 64, oracle.NumEntries() + 1);  // entry count
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("entries")));
  }
  {
    std::string s = bytes;
    double eps = -1;
    std::memcpy(s.data() + 24, &eps, 8);
    EXPECT_THAT(DistanceOracle::Deserialize(Reseal(s)), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("epsilon")));
  }
  // Every byte of the label section replaced by 0xff (a varint that never
  // ends, or an out-of-range path or star): rejected, never a crash.
  const uint64_t labels_at = 128 + 40 * oracle.scales().size() + 8 * (oracle.NumPaths() + 1) +
                             8 * (uint64_t{oracle.NumVertices()} + 1);
  int rejected = 0;
  for (uint64_t i = labels_at; i < labels_at + oracle.LabelBytes(); i += 3) {
    std::string s = bytes;
    s[i] = static_cast<char>(0xff);
    auto r = DistanceOracle::Deserialize(Reseal(s));
    if (!r.ok()) {
      ++rejected;
      EXPECT_THAT(std::string(r.status().message()), ::testing::AnyOf(HasSubstr("malformed"), HasSubstr("entries")))
          << i;
    } else {
      // A change that still decodes (a weight byte) must stay answerable.
      for (VertexId u = 0; u < g.NumVertices(); u += 5) (void)r->Query(u, (u * 7) % g.NumVertices());
    }
  }
  EXPECT_GT(rejected, 0);
}

// Implied stars (those holding their path's whole domain, stored without an
// index): every star holding its domain is one, so the unbounded star of every
// path is; the byte split adds up; and implying no star answers the same.
TEST(DistanceOracleTest, ImpliedStarsAndWhereTheBytesGo) {
  const Graph<uint32_t> g = WeightedTriGrid(20, 21, 4);
  OracleBuildStats stats;
  DistanceOracleOptions fine = Options(0.25);
  fine.weight_mantissa_bits = kWeightCodeMantissaBits;
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, fine, &stats));
  EXPECT_EQ(stats.header_bytes + stats.index_bytes + stats.weight_bytes, oracle.LabelBytes());
  EXPECT_EQ(stats.weight_bytes, 2 * oracle.NumEntries());  // 16-bit codes
  EXPECT_GT(stats.top_entries, 0u);
  EXPECT_LE(stats.top_entries, stats.implied_entries);
  EXPECT_LT(stats.implied_entries, oracle.NumEntries());
  // An explicit entry costs at least one index byte more than an implied one.
  EXPECT_GE(stats.index_bytes, oracle.NumEntries() - stats.implied_entries);
  // The cover's view: a star is implied iff it holds all of its path's
  // domain (the vertices of the path's stars).
  TreeCoverOptions cover_options = CoverOptions(0.25);
  cover_options.weight_mantissa_bits = kWeightCodeMantissaBits;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, cover_options));
  uint64_t implied_stars = 0, implied_entries = 0;
  for (std::size_t p = 0; p + 1 < cover.path_star_begin.size(); ++p) {
    std::vector<uint8_t> in_domain(g.NumVertices(), 0);
    uint64_t domain = 0;
    for (uint32_t s = cover.path_star_begin[p]; s < cover.path_star_begin[p + 1]; ++s) {
      for (VertexId v : cover.Members(s)) domain += in_domain[v] == 0, in_domain[v] = 1;
    }
    for (uint32_t s = cover.path_star_begin[p]; s < cover.path_star_begin[p + 1]; ++s) {
      if (cover.Members(s).size() == domain) ++implied_stars, implied_entries += domain;
    }
  }
  EXPECT_EQ(stats.implied_stars, implied_stars);
  EXPECT_EQ(stats.implied_entries, implied_entries);
}

// Version 1 (written before implied stars existed) still loads and answers
// exactly what the current build of the same graph answers. The fixture was
// written by the version-1 CLI:
//   shortcut gen trigrid --rows 6 --cols 7 --seed 3 --weights uniform:1:100:5 --no-coordinates -o trigrid_6x7.gr
//   shortcut oracle build trigrid_6x7.gr --eps 0.25 -o trigrid_6x7_v1.idx
TEST(DistanceOracleTest, LoadsVersionOneFiles) {
  const std::string root = SHORTCUT_SOURCE_DIR "/tests/oracle/data/";
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ReadGraph<uint32_t>(root + "trigrid_6x7.gr"));
  ASSERT_OK_AND_ASSIGN(DistanceOracle old, DistanceOracle::Load(root + "trigrid_6x7_v1.idx"));
  uint32_t version;
  std::ifstream in(root + "trigrid_6x7_v1.idx", std::ios::binary);
  in.seekg(8);
  in.read(reinterpret_cast<char*>(&version), 4);
  ASSERT_EQ(version, 1u);
  EXPECT_OK(old.CheckGraph(g));
  DistanceOracleOptions fine = Options(0.25);  // version 1 had 16-bit codes only
  fine.weight_mantissa_bits = kWeightCodeMantissaBits;
  ASSERT_OK_AND_ASSIGN(DistanceOracle now, DistanceOracle::Build(g, fine));
  EXPECT_LT(now.SerializedBytes(), old.SerializedBytes());
  EXPECT_EQ(now.NumEntries(), old.NumEntries());
  for (VertexId u = 0; u < g.NumVertices(); ++u) {
    EXPECT_EQ(old.DecodeLabel(u), now.DecodeLabel(u)) << u;
    for (VertexId v = 0; v < g.NumVertices(); ++v) ASSERT_EQ(old.Query(u, v), now.Query(u, v)) << u << " " << v;
  }
  // Saved again, it is a version-2 file with the same answers.
  ASSERT_OK_AND_ASSIGN(DistanceOracle again, DistanceOracle::Deserialize(old.Serialize()));
  for (VertexId u = 0; u < g.NumVertices(); ++u) EXPECT_EQ(again.DecodeLabel(u), now.DecodeLabel(u));
}

// The 12-bit code family of the compact profile: exact below 2^8, every code
// a fixed point, monotone, rounding up by less than w / 2^7 and at most
// WeightCodeError; its values are exact 16-bit codes.
TEST(DistanceOracleTest, TwelveBitWeightCodes) {
  constexpr uint32_t m = kCompactWeightMantissaBits;
  for (uint64_t w = 0; w < 256; ++w) EXPECT_EQ(DecodeWeight(EncodeWeightUp(w, m), m), w);
  uint64_t previous = 0;
  for (uint32_t c = 0; c < 4096; ++c) {
    const uint64_t value = DecodeWeight(c, m);
    if (c > 0) {
      EXPECT_GT(value, previous) << c;
    }
    previous = value;
    EXPECT_EQ(EncodeWeightUp(value, m), c) << c;
    EXPECT_EQ(DecodeWeight(EncodeWeightUp(value)), value) << c;  // exact in the 16-bit family
  }
  EXPECT_EQ(DecodeWeight(4095, m), MaxCodedWeight(m));
  Random rng(5);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t w = rng.UniformInt(uint64_t{1} << (1 + i % 37));  // below MaxCodedWeight(7)
    const uint64_t up = DecodeWeight(EncodeWeightUp(w, m), m);
    EXPECT_GE(up, w);
    EXPECT_LT(up - w, std::max<uint64_t>(1, w >> m));
    EXPECT_LE(up - w, WeightCodeError(w, m));
  }
  // The scales charge the larger rounding to the budget.
  ASSERT_OK_AND_ASSIGN(auto scales, ComputeCoverScales(1, 1 << 30, 0.25, 1.25, true, m));
  for (const CoverScale& sc : scales) {
    EXPECT_LE(2 * sc.tau + 2 * sc.quantization_error, sc.budget);
    EXPECT_EQ(sc.quantization_error, WeightCodeError(sc.radius, m));
  }
  EXPECT_FALSE(ComputeCoverScales(1, 1 << 30, 0.25, 1.25, true, 9).ok());
}

// The compact profile (12-bit codes, the default): the same guarantee,
// checked independently on every small family at three ε; fewer bytes than
// 16-bit codes; the file round-trips and says which codes it holds.
TEST(DistanceOracleTest, CompactProfileKeepsTheGuarantee) {
  for (auto& tg : testing::SmallFamilies()) {
    const Graph<uint32_t>& g = tg.graph;
    for (double eps : {0.5, 0.25, 0.1}) {
      SCOPED_TRACE(::testing::Message() << tg.name << " eps " << eps);
      DistanceOracleOptions options = Options(eps);
      options.weight_mantissa_bits = kCompactWeightMantissaBits;
      OracleBuildStats stats;
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, options, &stats));
      EXPECT_EQ(oracle.WeightCodeBits(), 12u);
      EXPECT_EQ(stats.header_bytes + stats.index_bytes + stats.weight_bytes, oracle.LabelBytes());
      const OracleCheckReport rep = CheckDistanceOracle(g, oracle, OracleCheckOptions{});
      EXPECT_OK(rep.status);
      EXPECT_LE(rep.max_stretch, 1 + eps);
      ASSERT_OK_AND_ASSIGN(DistanceOracle again, DistanceOracle::Deserialize(oracle.Serialize()));
      EXPECT_EQ(again.WeightCodeBits(), 12u);
      EXPECT_EQ(again.Serialize(), oracle.Serialize());
      for (VertexId u = 0; u < g.NumVertices(); u += 5) {
        EXPECT_EQ(again.DecodeLabel(u), oracle.DecodeLabel(u));
        for (VertexId v = 0; v < g.NumVertices(); v += 3) ASSERT_EQ(again.Query(u, v), oracle.Query(u, v));
      }
      if (eps == 0.25 && g.NumVertices() >= 500) {
        DistanceOracleOptions fine = Options(eps);
        fine.weight_mantissa_bits = kWeightCodeMantissaBits;
        ASSERT_OK_AND_ASSIGN(DistanceOracle fine_oracle, DistanceOracle::Build(g, fine));
        EXPECT_EQ(fine_oracle.WeightCodeBits(), 16u);
        EXPECT_LT(oracle.LabelBytes(), fine_oracle.LabelBytes());
      }
    }
  }
  // Labels decode to the weights a cover with the same codes holds.
  const Graph<uint32_t> g = WeightedTriGrid(12, 13, 2);
  TreeCoverOptions cover_options = CoverOptions(0.25);
  cover_options.weight_mantissa_bits = kCompactWeightMantissaBits;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, cover_options));
  ASSERT_OK_AND_ASSIGN(DistanceOracle from_cover, DistanceOracle::FromTreeCover(g, cover));
  DistanceOracleOptions options = Options(0.25);
  options.weight_mantissa_bits = kCompactWeightMantissaBits;
  ASSERT_OK_AND_ASSIGN(DistanceOracle built, DistanceOracle::Build(g, options));
  for (VertexId u = 0; u < g.NumVertices(); ++u) {
    for (VertexId v = 0; v < g.NumVertices(); ++v) ASSERT_EQ(built.Query(u, v), from_cover.Query(u, v));
  }
}

// Every label byte of a 12-bit index set to 0xff or 0x00 (resealed): the
// validator rejects it as malformed, or it still decodes and stays answerable.
TEST_F(ForgedFileTest, CompactLabelsAreValidated) {
  const Graph<uint32_t> g = WeightedTriGrid(8, 9, 3);
  DistanceOracleOptions options = Options(0.5);
  options.weight_mantissa_bits = kCompactWeightMantissaBits;
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, options));
  const std::string bytes = oracle.Serialize();
  const uint64_t labels_at = 128 + 40 * oracle.scales().size() + 8 * (oracle.NumPaths() + 1) +
                             8 * (uint64_t{oracle.NumVertices()} + 1);
  int rejected = 0;
  for (uint64_t i = labels_at; i < labels_at + oracle.LabelBytes(); ++i) {
    for (char c : {'\xff', '\x00'}) {
      std::string s = bytes;
      s[i] = c;
      auto r = DistanceOracle::Deserialize(Reseal(s));
      if (!r.ok()) {
        ++rejected;
        EXPECT_THAT(std::string(r.status().message()), ::testing::AnyOf(HasSubstr("malformed"), HasSubstr("entries")))
            << i;
      } else {
        for (VertexId u = 0; u < g.NumVertices(); ++u) (void)r->Query(u, (u * 7) % g.NumVertices());
      }
    }
  }
  EXPECT_GT(rejected, 0);
}

TEST(DistanceOracleTest, MismatchedGraphIsDetected) {
  const Graph<uint32_t> g = WeightedTriGrid(10, 10, 1);
  const Graph<uint32_t> other_weights = WeightedTriGrid(10, 10, 2);
  const Graph<uint32_t> other_size = WeightedTriGrid(10, 11, 1);
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.5)));
  EXPECT_OK(oracle.CheckGraph(g));
  EXPECT_THAT(oracle.CheckGraph(other_weights),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("different graph")));
  EXPECT_THAT(oracle.CheckGraph(other_size), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("vertices")));
  EXPECT_THAT(CheckDistanceOracle(other_weights, oracle, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("different graph")));
}

TEST(DistanceOracleTest, CheckedAndBatchQueries) {
  const Graph<uint32_t> g = WeightedTriGrid(15, 15, 5);
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.25)));
  const VertexId n = g.NumVertices();
  EXPECT_THAT(oracle.QueryChecked(n, 0), StatusIs(absl::StatusCode::kOutOfRange, HasSubstr("out of range")));
  EXPECT_THAT(oracle.QueryChecked(0, n + 5), StatusIs(absl::StatusCode::kOutOfRange, HasSubstr("out of range")));
  ASSERT_OK_AND_ASSIGN(uint64_t self, oracle.QueryChecked(3, 3));
  EXPECT_EQ(self, 0u);
  Random rng(1);
  std::vector<std::pair<VertexId, VertexId>> pairs;
  for (int i = 0; i < 20000; ++i) pairs.emplace_back(rng.UniformInt(n), rng.UniformInt(n));
  std::vector<uint64_t> one(pairs.size()), three(pairs.size());
  ASSERT_OK(oracle.QueryBatch(pairs, one, 1));
  ASSERT_OK(oracle.QueryBatch(pairs, three, 3));
  EXPECT_EQ(one, three);
  for (std::size_t i = 0; i < pairs.size(); i += 97) EXPECT_EQ(one[i], oracle.Query(pairs[i].first, pairs[i].second));
  std::vector<uint64_t> short_out(3);
  EXPECT_THAT(oracle.QueryBatch(pairs, short_out), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("outputs")));
  pairs[17].second = n;
  EXPECT_THAT(oracle.QueryBatch(pairs, one), StatusIs(absl::StatusCode::kOutOfRange, HasSubstr("pair 17")));
}

// The index speaks the input file's ids: sparse ids and zero-weight aliases.
TEST(DistanceOracleTest, ExternalIds) {
  ReadOptions options;
  options.zero_weights = ZeroWeightPolicy::kContract;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ParseGraph<uint32_t>("10 20 3\n20 30 0\n30 40 5\n40 10 2\n100 10 1\n",
                                                                "ids", GraphFormat::kEdgeList, options));
  ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(0.25)));
  ASSERT_OK_AND_ASSIGN(DistanceOracle loaded, DistanceOracle::Deserialize(oracle.Serialize()));
  for (const DistanceOracle* o : {&oracle, &loaded}) {
    for (VertexId v = 0; v < g.NumVertices(); ++v) {
      EXPECT_EQ(o->ExternalId(v), g.ExternalId(v));
      EXPECT_EQ(o->FindExternal(g.ExternalId(v)), v);
    }
    EXPECT_EQ(o->FindExternal(30), o->FindExternal(20));  // merged by the zero-weight edge
    EXPECT_NE(o->FindExternal(30), kNoVertex);
    EXPECT_EQ(o->FindExternal(31), kNoVertex);
    EXPECT_EQ(o->Query(o->FindExternal(100), o->FindExternal(40)), 3u);  // 100-10-40, exact on this tiny graph
  }
  // Consecutive ids are stored as a base only.
  const Graph<uint32_t> grid = WeightedTriGrid(5, 5, 1);
  ASSERT_OK_AND_ASSIGN(DistanceOracle small, DistanceOracle::Build(grid, Options(0.25)));
  EXPECT_EQ(small.FindExternal(24), 24u);
  EXPECT_EQ(small.FindExternal(25), kNoVertex);
  // A file naming two vertices by one id is rejected, for explicit ids and
  // for an alias that repeats a consecutive id.
  auto reseal = [](std::string bytes) {
    bytes.resize(bytes.size() - 8);
    const uint64_t c = DistanceOracle::FileChecksum(bytes);
    bytes.append(reinterpret_cast<const char*>(&c), 8);
    return bytes;
  };
  // The sections end with the aliases, the implied-star bitmap and the checksum.
  const std::size_t tail = 8 + 8 * ((oracle.NumStars() + 63) / 64);
  {
    std::string bytes = oracle.Serialize();
    const std::size_t ids_at = bytes.size() - tail - 16 * g.Aliases().size() - 8 * uint64_t{g.NumVertices()};
    std::memcpy(bytes.data() + ids_at + 8, bytes.data() + ids_at, 8);  // vertex 1 takes vertex 0's id
    EXPECT_THAT(DistanceOracle::Deserialize(reseal(bytes)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not distinct")));
  }
  {
    std::string bytes = oracle.Serialize();
    const std::size_t alias_at = bytes.size() - tail - 16 * g.Aliases().size();
    std::memcpy(bytes.data() + alias_at, bytes.data() + alias_at - 8, 8);  // the alias repeats the last id
    EXPECT_THAT(DistanceOracle::Deserialize(reseal(bytes)),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not distinct")));
  }
}

// Bundled datasets, sampled pairs, three ε (the stretch bound is proven;
// this confirms the implementation on real inputs).
TEST(DistanceOracleTest, BundledDatasetsSampled) {
  const std::string root = SHORTCUT_SOURCE_DIR "/datasets/";
  for (const char* file : {"airfoil1/airfoil1.graph", "3elt/3elt.grf.gz", "rome99/rome99.gr"}) {
    ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ReadGraph<uint32_t>(root + file));
    for (double eps : {0.5, 0.25, 0.1}) {
      SCOPED_TRACE(::testing::Message() << file << " eps " << eps);
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, DistanceOracle::Build(g, Options(eps)));
      OracleCheckOptions check;
      check.all_pairs_limit = 0;
      check.random_pairs = 20000;
      check.pairs_per_source = 500;
      check.sources = 3;
      const OracleCheckReport rep = CheckDistanceOracle(g, oracle, check);
      EXPECT_OK(rep.status);
      EXPECT_LE(rep.max_stretch, 1 + eps);
      EXPECT_EQ(rep.pairs_checked, 20000u + 3u * (g.NumVertices() - 1));
    }
  }
}

}  // namespace
}  // namespace shortcut
