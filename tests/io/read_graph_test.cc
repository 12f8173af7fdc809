// Readers, format by format, on small inline inputs (ParseGraph): valid
// inputs give the expected graph, ids and weights; every malformed input is
// an error with "NAME:LINE:" and the right status code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "io/io_test_util.h"
#include "shortcut/io/read_graph.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::Edges;
using ::shortcut::testing::Parse;
using ::shortcut::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Edge32 = std::tuple<uint64_t, uint64_t, uint32_t>;

constexpr auto kInvalid = absl::StatusCode::kInvalidArgument;

// ---------------------------------------------------------------- DIMACS

//   1 --3-- 2 --5-- 3      vertex 4 isolated
TEST(DimacsTest, ParsesArcsSymmetrisesAndKeepsOneBasedIds) {
  const std::string text =
      "c a comment\n"
      "p sp 4 4\n"
      "a 1 2 3\n"
      "a 2 1 4\n"
      "a 2 3 5\n"
      "a 3 3 9\n";
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kDimacs, {}, &report));
  EXPECT_EQ(g.NumVertices(), 4u);
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 2, 3}, Edge32{2, 3, 5}));
  EXPECT_EQ(g.ExternalId(3), 4u);
  EXPECT_TRUE(report.weighted_input);
  EXPECT_EQ(report.format, GraphFormat::kDimacs);
  EXPECT_TRUE(report.build.directed_input);
  EXPECT_EQ(report.build.self_loops_dropped, 1u);
  EXPECT_EQ(report.build.arcs_without_reverse, 1u);  // 2 -> 3
  EXPECT_EQ(report.build.arcs_with_asymmetric_weight, 1u);  // 1 <-> 2
}

TEST(DimacsTest, CrlfAndNoFinalNewline) {
  ASSERT_OK_AND_ASSIGN(auto g, Parse("p sp 2 1\r\na 1 2 7", GraphFormat::kDimacs));
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 2, 7}));
}

TEST(DimacsTest, DoubleWeights) {
  ASSERT_OK_AND_ASSIGN(auto g, Parse<double>("p sp 2 1\na 1 2 0.25\n", GraphFormat::kDimacs));
  EXPECT_DOUBLE_EQ(g.EdgeWeightOf(0), 0.25);
}

TEST(DimacsTest, EmptyFile) {
  EXPECT_THAT(Parse("", GraphFormat::kDimacs), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
  EXPECT_THAT(Parse("c only a comment\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:1: missing problem line")));
}

TEST(DimacsTest, TruncatedFile) {
  // Fewer arcs than declared (cut at a line boundary) and a cut line.
  EXPECT_THAT(Parse("p sp 3 3\na 1 2 1\na 2 3 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:3: file ends after 2 arcs, but the problem line (line 1) "
                                           "declares 3")));
  EXPECT_THAT(Parse("p sp 3 2\na 1 2 1\na 2 3", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:3: arc (2, 3) has no weight")));
  EXPECT_THAT(Parse("p sp 3 2\na 1 2 1\na 2", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:3: missing vertex id")));
}

TEST(DimacsTest, MoreArcsThanDeclared) {
  EXPECT_THAT(Parse("p sp 3 1\na 1 2 1\na 2 3 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:3: more arcs than the 1 declared on line 1")));
}

TEST(DimacsTest, VertexIdsOutOfRange) {
  EXPECT_THAT(Parse("p sp 3 1\na 0 2 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: vertex id 0 is out of range [1, 3]")));
  EXPECT_THAT(Parse("p sp 3 1\na 1 4 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: vertex id 4 is out of range [1, 3]")));
  EXPECT_THAT(Parse("p sp 3 1\na 1 -2 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: vertex id '-2' is not a positive integer")));
}

TEST(DimacsTest, BadWeights) {
  const std::pair<const char*, const char*> cases[] = {
      {"-3", "weight '-3' is negative"},
      {"nan", "weight 'nan' is NaN"},
      {"inf", "weight 'inf' is not finite"},
      {"1e999", "weight '1e999' is not finite"},
      {"abc", "weight 'abc' is not a number"},
      {"2.5", "weight '2.5' is not an integer"},
      {"4294967296", "weight '4294967296' exceeds the largest integer weight"},
  };
  for (const auto& [weight, message] : cases) {
    const std::string text = std::string("p sp 2 1\na 1 2 ") + weight + "\n";
    EXPECT_THAT(Parse(text, GraphFormat::kDimacs), StatusIs(kInvalid, HasSubstr(std::string("input:2: ") + message)))
        << weight;
  }
  for (const char* weight : {"-1", "nan", "-inf", "inf", "x1"}) {
    const std::string text = std::string("p sp 2 1\na 1 2 ") + weight + "\n";
    EXPECT_THAT(Parse<double>(text, GraphFormat::kDimacs), StatusIs(kInvalid, HasSubstr("input:2: weight")))
        << weight;
  }
}

TEST(DimacsTest, ZeroWeightsRejectedOrContracted) {
  const std::string text = "p sp 3 2\na 1 2 0\na 2 3 5\n";
  EXPECT_THAT(Parse(text, GraphFormat::kDimacs),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("input:2: edge (1, 2) has weight 0; zero weights are rejected")));
  ReadOptions contract;
  contract.zero_weights = ZeroWeightPolicy::kContract;
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kDimacs, contract, &report));
  EXPECT_EQ(g.NumVertices(), 2u);
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 3, 5}));
  ASSERT_EQ(g.Aliases().size(), 1u);
  EXPECT_EQ(g.Aliases()[0].first, 2u);
  EXPECT_EQ(report.build.zero_weight_edges, 1u);
  // With weights replaced, the file's zero does not matter.
  ReadOptions unit;
  unit.weights.kind = WeightSpec::Kind::kUnit;
  ASSERT_OK_AND_ASSIGN(auto h, Parse(text, GraphFormat::kDimacs, unit));
  EXPECT_EQ(h.NumEdges(), 2u);
}

TEST(DimacsTest, VertexCountBeyond32Bits) {
  EXPECT_THAT(Parse("p sp 4294967296 0\n", GraphFormat::kDimacs),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("input:1: 4294967296 vertices do not fit")));
  EXPECT_THAT(Parse("p sp 4294967295 0\n", GraphFormat::kDimacs),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("do not fit 32-bit vertex ids")));
  EXPECT_THAT(Parse("p sp 99999999999999999999999 0\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:1: vertex count")));
  ReadOptions small;
  small.max_vertices = 10;
  EXPECT_THAT(Parse("p sp 11 0\n", GraphFormat::kDimacs, small),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("exceed the limit of 10")));
}

TEST(DimacsTest, MalformedLines) {
  EXPECT_THAT(Parse("a 1 2 3\np sp 2 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:1: arc before the problem line")));
  EXPECT_THAT(Parse("p sp 2 1\np sp 2 1\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: second problem line")));
  EXPECT_THAT(Parse("p tw 2 1\n1 2\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("this is a PACE file")));
  EXPECT_THAT(Parse("p sp 2 1\nx 1 2 3\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: unexpected line 'x 1 2 3'")));
  EXPECT_THAT(Parse("p sp 2 1\na 1 2 3 4\n", GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:2: unexpected '4' after the arc")));
}

TEST(DimacsTest, BinaryGarbage) {
  std::string garbage = "p sp 3 2\n";
  for (int i = 0; i < 300; ++i) garbage += static_cast<char>((i * 37 + 11) % 256);
  EXPECT_THAT(Parse(garbage, GraphFormat::kDimacs), StatusIs(kInvalid, HasSubstr("input:2: ")));
  EXPECT_THAT(Parse(std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10), GraphFormat::kDimacs),
              StatusIs(kInvalid, HasSubstr("input:1: unexpected line '\\x7fELF")));
  EXPECT_THAT(Parse(std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10), GraphFormat::kAuto),
              StatusIs(kInvalid, HasSubstr("input:1: cannot detect the graph format")));
}

TEST(DimacsTest, LongLines) {
  // A 1 MiB comment is fine; a 1 MiB number is rejected with its line; a
  // line over the limit is rejected without reading it all.
  std::string text = "p sp 2 1\nc " + std::string(1 << 20, 'x') + "\na 1 2 3\n";
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kDimacs));
  EXPECT_EQ(g.NumEdges(), 1u);
  std::string digits = "p sp 2 1\na 1 2 " + std::string(1 << 20, '7') + "\n";
  EXPECT_THAT(Parse(digits, GraphFormat::kDimacs), StatusIs(kInvalid, HasSubstr("input:2: weight '7777")));
  ReadOptions small;
  small.max_line_bytes = 1000;
  EXPECT_THAT(Parse(text, GraphFormat::kDimacs, small),
              StatusIs(kInvalid, HasSubstr("input:2: line longer than 1000 bytes")));
}

// ------------------------------------------------------------------ PACE

TEST(PaceTest, ParsesEdges) {
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse("c pace\np tw 4 3\n1 2\n2 3\n3 4\n", GraphFormat::kPace, {}, &report));
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 2, 1}, Edge32{2, 3, 1}, Edge32{3, 4, 1}));
  EXPECT_FALSE(report.weighted_input);
  EXPECT_FALSE(report.build.directed_input);
}

TEST(PaceTest, Errors) {
  EXPECT_THAT(Parse("p tw 3 3\n1 2\n2 3\n", GraphFormat::kPace),
              StatusIs(kInvalid, HasSubstr("file ends after 2 edges, but the problem line (line 1) declares 3")));
  EXPECT_THAT(Parse("p tw 3 1\n1 4\n", GraphFormat::kPace), StatusIs(kInvalid, HasSubstr("input:2: vertex id 4")));
  EXPECT_THAT(Parse("p tw 3 1\n1 2 5\n", GraphFormat::kPace),
              StatusIs(kInvalid, HasSubstr("input:2: unexpected '5' after the edge")));
  EXPECT_THAT(Parse("p sp 3 1\n1 2\n", GraphFormat::kPace), StatusIs(kInvalid, HasSubstr("use format dimacs")));
}

// ----------------------------------------------------------------- METIS

//   1 - 2
//   | /
//   3      4 (isolated: an empty line)
TEST(MetisTest, UnweightedWithCommentsAndIsolatedVertex) {
  const std::string text = "% comment\n4 3\n2 3\n1 3\n% inner comment\n1 2\n\n";
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kMetis, {}, &report));
  EXPECT_EQ(g.NumVertices(), 4u);
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 2, 1}, Edge32{1, 3, 1}, Edge32{2, 3, 1}));
  EXPECT_EQ(g.Degree(3), 0u);
  EXPECT_EQ(report.build.arcs_without_reverse, 0u);
}

TEST(MetisTest, FormatCodes) {
  // fmt 1: edge weights; 11: vertex weights too; 111 with ncon 2 and sizes.
  ASSERT_OK_AND_ASSIGN(auto g1, Parse("3 2 1\n2 7\n1 7 3 9\n2 9\n", GraphFormat::kMetis));
  EXPECT_THAT(Edges(g1), ElementsAre(Edge32{1, 2, 7}, Edge32{2, 3, 9}));
  ASSERT_OK_AND_ASSIGN(auto g2, Parse("3 2 011\n5 2 7\n6 1 7 3 9\n7 2 9\n", GraphFormat::kMetis));
  EXPECT_THAT(Edges(g2), ElementsAre(Edge32{1, 2, 7}, Edge32{2, 3, 9}));
  ASSERT_OK_AND_ASSIGN(auto g3, Parse("3 2 111 2\n1 5 5 2 7\n1 6 6 1 7 3 9\n1 7 7 2 9\n", GraphFormat::kMetis));
  EXPECT_THAT(Edges(g3), ElementsAre(Edge32{1, 2, 7}, Edge32{2, 3, 9}));
  ASSERT_OK_AND_ASSIGN(auto g4, Parse("3 2 10\n4 2\n4 1 3\n4 2\n", GraphFormat::kMetis));
  EXPECT_EQ(g4.NumEdges(), 2u);
  EXPECT_THAT(Parse("3 2 2\n", GraphFormat::kMetis), StatusIs(kInvalid, HasSubstr("input:1: format code '2'")));
  EXPECT_THAT(Parse("2 1 1\n2\n1 5\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:2: edge (1, 2) has no weight")));
  EXPECT_THAT(Parse("2 1 1\n2 0\n1 0\n", GraphFormat::kMetis),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("input:2: edge (1, 2) has weight 0")));
}

TEST(MetisTest, CountsDisagreeWithBody) {
  EXPECT_THAT(Parse("3 3\n2\n1 3\n2\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:1: the header declares 3 edges (6 adjacency entries) but the "
                                           "adjacency lists have 4")));
  EXPECT_THAT(Parse("3 1\n2 3\n1 3\n1 2\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:3: more adjacency entries than the 2 x 1")));
  EXPECT_THAT(Parse("3 2\n2\n1 3\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:3: file ends after 2 vertex lines, but the header (line 1) "
                                           "declares 3 vertices")));
  EXPECT_THAT(Parse("2 1\n2\n1\n2\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:4: unexpected line '2' after the 2 vertex lines")));
}

TEST(MetisTest, NeighbourIdsOutOfRange) {
  EXPECT_THAT(Parse("2 1\n0\n1\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:2: neighbour 0 of vertex 1 is out of range [1, 2]")));
  EXPECT_THAT(Parse("2 1\n3\n1\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:2: neighbour 3 of vertex 1 is out of range")));
  EXPECT_THAT(Parse("2 1\n2\nx\n", GraphFormat::kMetis),
              StatusIs(kInvalid, HasSubstr("input:3: neighbour 'x' of vertex 2 is not a positive integer")));
}

TEST(MetisTest, EmptyAndHeaderOnly) {
  EXPECT_THAT(Parse("", GraphFormat::kMetis), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
  EXPECT_THAT(Parse("% nothing\n", GraphFormat::kMetis), StatusIs(kInvalid, HasSubstr("missing METIS header")));
  EXPECT_THAT(Parse("5000000000 1\n", GraphFormat::kMetis),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("input:1:")));
}

// ---------------------------------------------------------------- Scotch

TEST(ScotchTest, ZeroBasedAndOneBased) {
  // Path 0 - 1 - 2.
  ASSERT_OK_AND_ASSIGN(auto g0, Parse("0\n3 4\n0 000\n1 1\n2 0 2\n1 1\n", GraphFormat::kScotch));
  EXPECT_THAT(Edges(g0), ElementsAre(Edge32{0, 1, 1}, Edge32{1, 2, 1}));
  ASSERT_OK_AND_ASSIGN(auto g1, Parse("0\n3 4\n1 000\n1 2\n2 1 3\n1 2\n", GraphFormat::kScotch));
  EXPECT_THAT(Edges(g1), ElementsAre(Edge32{1, 2, 1}, Edge32{2, 3, 1}));
}

TEST(ScotchTest, LabelsLoadsAndEdgeWeights) {
  // flags 111: label, vertex load, degree, then (edge load, end label).
  const std::string text = "0\n3 4\n0 111\n10 1 1 5 20\n20 1 2 5 10 6 30\n30 1 1 6 20\n";
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kScotch, {}, &report));
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{10, 20, 5}, Edge32{20, 30, 6}));
  EXPECT_TRUE(report.weighted_input);
  // Tokens may wrap across lines.
  ASSERT_OK_AND_ASSIGN(auto h, Parse("0 3 4 0 000 1 1\n2\n0 2 1 1", GraphFormat::kScotch));
  EXPECT_EQ(h.NumEdges(), 2u);
}

TEST(ScotchTest, Errors) {
  EXPECT_THAT(Parse("", GraphFormat::kScotch), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
  EXPECT_THAT(Parse("1\n3 4\n0 000\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:1: Scotch graph version '1' is not supported")));
  EXPECT_THAT(Parse("0\n3 4\n0 000\n1 1\n2 0 2\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:5: file ends where vertex degree was expected")));
  EXPECT_THAT(Parse("0\n3 6\n0 000\n1 1\n2 0 2\n1 1\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("the vertices have 4 arcs in total, but the header (line 2) declares 6")));
  EXPECT_THAT(Parse("0\n3 2\n0 000\n1 1\n2 0 2\n1 1\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:5: vertex 1 has degree 2, more than the 1 arcs left")));
  EXPECT_THAT(Parse("0\n3 4\n0 000\n1 1\n2 0 3\n1 1\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:5: neighbour 3 of vertex 1 is out of range [0, 2]")));
  EXPECT_THAT(Parse("0\n3 4\n1 000\n1 2\n2 0 3\n1 2\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:5: neighbour 0 of vertex 2 is out of range [1, 3]")));
  EXPECT_THAT(Parse("0\n2 2\n0 100\n7 1 8\n7 1 7\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:5: duplicate vertex label 7 (first used on line 4)")));
  EXPECT_THAT(Parse("0\n2 2\n0 100\n7 1 9\n8 1 7\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:4: neighbour label 9 of vertex 7 names no vertex")));
  EXPECT_THAT(Parse("0\n2 2\n0 000\n1 1\n1 0\n5\n", GraphFormat::kScotch),
              StatusIs(kInvalid, HasSubstr("input:6: unexpected '5' after the 2 vertices")));
  EXPECT_THAT(Parse("0\n2 2\n0 2\n", GraphFormat::kScotch), StatusIs(kInvalid, HasSubstr("input:3: flags '2'")));
}

// ------------------------------------------------------------------- OFF

// A unit right tetrahedron: corners o, x, y, z.
constexpr char kTetrahedron[] =
    "OFF\n# a comment\n4 4 6\n0 0 0\n1 0 0\n0 1 0\n0 0 1\n3 0 1 2\n3 0 1 3\n3 0 2 3\n3 1 2 3\n";

TEST(OffTest, EdgeGraphWithEuclideanWeights) {
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse(kTetrahedron, GraphFormat::kOff, {}, &report));
  EXPECT_EQ(g.NumVertices(), 4u);
  EXPECT_EQ(g.NumEdges(), 6u);
  ASSERT_TRUE(g.HasCoordinates());
  EXPECT_EQ(g.Coordinate(3), (Point{0, 0, 1}));
  EXPECT_EQ(g.ExternalId(0), 0u);  // 0-based ids
  // Automatic scale 100: unit edges weigh 100, diagonals round(141.42).
  EXPECT_EQ(report.euclidean_scale, 100);
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{0, 1, 100}, Edge32{0, 2, 100}, Edge32{0, 3, 100}, Edge32{1, 2, 141},
                                    Edge32{1, 3, 141}, Edge32{2, 3, 141}));
  ASSERT_OK_AND_ASSIGN(auto d, Parse<double>(kTetrahedron, GraphFormat::kOff));
  EXPECT_DOUBLE_EQ(d.EdgeWeightOf(d.NumEdges() - 1), std::sqrt(2.0));
  ReadOptions unit;
  unit.weights.kind = WeightSpec::Kind::kUnit;
  ASSERT_OK_AND_ASSIGN(auto u, Parse(kTetrahedron, GraphFormat::kOff, unit));
  EXPECT_EQ(u.EdgeWeightOf(5), 1u);
}

TEST(OffTest, PolygonsAndColours) {
  // One quad with a colour after the corners; counts on the keyword line.
  ASSERT_OK_AND_ASSIGN(auto g, Parse("OFF 4 1 4\n0 0 0\n1 0 0\n1 1 0\n0 1 0\n4 0 1 2 3 255 0 0\n", GraphFormat::kOff));
  EXPECT_EQ(g.NumEdges(), 4u);
  EXPECT_EQ(g.FindArc(0, 2), kNoArc);
}

TEST(OffTest, Errors) {
  EXPECT_THAT(Parse("", GraphFormat::kOff), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
  EXPECT_THAT(Parse("PLY\n", GraphFormat::kOff), StatusIs(kInvalid, HasSubstr("input:1: expected 'OFF'")));
  EXPECT_THAT(Parse("4OFF\n", GraphFormat::kOff), StatusIs(kInvalid, HasSubstr("'4OFF' is not supported")));
  EXPECT_THAT(Parse("OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 3\n", GraphFormat::kOff),
              StatusIs(kInvalid, HasSubstr("input:6: face corner 3 is out of range [0, 2]")));
  EXPECT_THAT(Parse("OFF\n3 2 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n", GraphFormat::kOff),
              StatusIs(kInvalid, HasSubstr("input:6: file ends after 1 faces, but line 2 declares 2")));
  EXPECT_THAT(Parse("OFF\n3 1 0\n0 0 0\n1 0 0\n", GraphFormat::kOff),
              StatusIs(kInvalid, HasSubstr("file ends after 2 vertices")));
  EXPECT_THAT(Parse("OFF\n3 1 0\n0 0 0\n1 nan 0\n0 1 0\n3 0 1 2\n", GraphFormat::kOff),
              StatusIs(kInvalid, HasSubstr("input:4: y coordinate is not finite")));
  EXPECT_THAT(Parse("OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n3 0 1 2\n", GraphFormat::kOff),
              StatusIs(kInvalid, HasSubstr("input:7: unexpected line")));
}

// ------------------------------------------------------------- Edge list

TEST(EdgeListTest, ArbitraryIdsNumberedInIncreasingOrder) {
  // The same graph in two line orders gives the identical graph.
  const std::string a = "# SNAP style\n100 5\n5 7\n% another comment\n\n7 100\n";
  const std::string b = "7 100\n100 5\n5 7\n";
  ASSERT_OK_AND_ASSIGN(auto g, Parse(a, GraphFormat::kEdgeList));
  ASSERT_OK_AND_ASSIGN(auto h, Parse(b, GraphFormat::kEdgeList));
  EXPECT_THAT(g.ExternalIds(), ElementsAre(5, 7, 100));
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{5, 7, 1}, Edge32{5, 100, 1}, Edge32{7, 100, 1}));
  EXPECT_EQ(GraphFingerprint(g), GraphFingerprint(h));
  // Huge sparse ids take the sorting path.
  ASSERT_OK_AND_ASSIGN(auto s, Parse("18446744073709551615 3\n3 0\n", GraphFormat::kEdgeList));
  EXPECT_THAT(s.ExternalIds(), ElementsAre(0, 3, 18446744073709551615ull));
}

TEST(EdgeListTest, WeightsAndErrors) {
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, Parse("1\t2\t5\n2\t3\t6\n", GraphFormat::kEdgeList, {}, &report));
  EXPECT_THAT(Edges(g), ElementsAre(Edge32{1, 2, 5}, Edge32{2, 3, 6}));
  EXPECT_TRUE(report.weighted_input);
  EXPECT_THAT(Parse("1 2 5\n2 3\n", GraphFormat::kEdgeList),
              StatusIs(kInvalid, HasSubstr("input:2: 2 columns, but line 1 has 3")));
  EXPECT_THAT(Parse("1 -2\n", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:1: vertex id '-2' is negative")));
  EXPECT_THAT(Parse("1 2 -5\n", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:1: weight '-5' is negative")));
  EXPECT_THAT(Parse("1 2 3 4\n", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:1: unexpected '4'")));
  EXPECT_THAT(Parse("1 2 0\n", GraphFormat::kEdgeList),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("input:1: edge (1, 2) has weight 0")));
  EXPECT_THAT(Parse("", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
  EXPECT_THAT(Parse("# only comments\n", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:1: no edge lines")));
  EXPECT_THAT(Parse("1 2\n3\n", GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:2: missing vertex id")));
}

// -------------------------------------------------------------- Detection

TEST(DetectTest, ContentIdentifiesEachFormat) {
  const std::pair<std::string, GraphFormat> cases[] = {
      {"c x\np sp 2 1\na 1 2 3\n", GraphFormat::kDimacs},
      {"p tw 2 1\n1 2\n", GraphFormat::kPace},
      {"%c\n3 2\n2\n1 3\n2\n", GraphFormat::kMetis},
      {"0\n3 4\n0 000\n1 1\n2 0 2\n1 1\n", GraphFormat::kScotch},
      {kTetrahedron, GraphFormat::kOff},
      {"# snap\n10 20\n20 30\n30 10\n", GraphFormat::kEdgeList},
      {"10 20 3\n20 30 2\n", GraphFormat::kEdgeList},
  };
  for (const auto& [text, format] : cases) {
    ReadReport report;
    EXPECT_OK(Parse(text, GraphFormat::kAuto, {}, &report)) << text;
    EXPECT_EQ(report.format, format) << text;
  }
  EXPECT_THAT(Parse("hello world\n", GraphFormat::kAuto), StatusIs(kInvalid, HasSubstr("cannot detect")));
  EXPECT_THAT(Parse("", GraphFormat::kAuto), StatusIs(kInvalid, HasSubstr("input:1: empty file")));
}

TEST(FormatNameTest, RoundTrip) {
  for (GraphFormat f : {GraphFormat::kAuto, GraphFormat::kDimacs, GraphFormat::kPace, GraphFormat::kMetis,
                        GraphFormat::kScotch, GraphFormat::kOff, GraphFormat::kEdgeList}) {
    ASSERT_OK_AND_ASSIGN(GraphFormat back, ParseGraphFormat(GraphFormatName(f)));
    EXPECT_EQ(back, f);
  }
  EXPECT_THAT(ParseGraphFormat("gml"), StatusIs(kInvalid, HasSubstr("unknown graph format 'gml'")));
}

// A NUL byte is not whitespace: a line that starts with one is rejected
// with its line number by every text format (it used to be skipped as blank,
// losing the edge on it without a word).
TEST(NulByteTest, LineStartingWithNulIsRejectedWithItsLine) {
  using namespace std::string_literals;
  const struct {
    GraphFormat format;
    std::string text;
  } cases[] = {
      {GraphFormat::kEdgeList, "1 2\n\0"s "2 3\n3 4\n"},
      {GraphFormat::kEdgeList, "1 2\n \0"s "2 3\n3 4\n"},
      {GraphFormat::kDimacs, "p sp 4 3\n\0"s "a 1 2 1\na 2 3 1\na 3 4 1\n"},
      {GraphFormat::kPace, "p tw 4 3\n\0"s "1 2\n2 3\n3 4\n"},
      {GraphFormat::kMetis, "3 2\n\0"s "2\n1 3\n2\n"},
      {GraphFormat::kOff, "OFF\n\0"s "3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n"},
  };
  for (const auto& c : cases) {
    EXPECT_THAT(Parse(c.text, c.format), StatusIs(kInvalid, HasSubstr("input:2:"))) << GraphFormatName(c.format);
  }
  // A NUL alone on a line is data too, not a blank line.
  EXPECT_THAT(Parse("1 2\n\0\n3 4\n"s, GraphFormat::kEdgeList), StatusIs(kInvalid, HasSubstr("input:2:")));
  // Whitespace-only lines are still blank.
  ASSERT_OK_AND_ASSIGN(auto g, Parse("1 2\n \t\r\n\n3 4\n", GraphFormat::kEdgeList));
  EXPECT_EQ(g.NumEdges(), 2u);
}

}  // namespace
}  // namespace shortcut
