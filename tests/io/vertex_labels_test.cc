// Vertex label files and vertex lists: round trips, canonical renumbering,
// and every kind of bad line reported with its line number.
#include "shortcut/io/vertex_labels.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/io_test_util.h"
#include "shortcut/io/read_graph.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::Gzip;
using ::shortcut::testing::StatusIs;
using ::shortcut::testing::TempPath;
using ::shortcut::testing::WriteFile;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr auto kInvalid = absl::StatusCode::kInvalidArgument;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A 1-based graph (DIMACS): vertices 1..4 on a path.
Graph<uint32_t> PathGraph() {
  auto g = ParseGraph<uint32_t>("p sp 4 3\na 1 2 1\na 2 3 1\na 3 4 1\n", "path", GraphFormat::kDimacs);
  EXPECT_OK(g);
  return std::move(g).value();
}

TEST(RenumberTest, FirstAppearanceOrder) {
  std::vector<uint32_t> labels = {7, 3, 7, 9, 3};
  EXPECT_EQ(RenumberByFirstAppearance(labels), 3u);
  EXPECT_THAT(labels, ElementsAre(0, 1, 0, 2, 1));
}

TEST(VertexLabelsTest, RoundTripUsesExternalIdsAndCanonicalLabels) {
  const Graph<uint32_t> g = PathGraph();
  const std::string path = TempPath("labels.txt");
  const std::vector<uint32_t> labels = {42, 42, 5, 9};
  ASSERT_OK(WriteVertexLabels(path, g, labels));
  EXPECT_EQ(ReadAll(path), "1 0\n2 0\n3 1\n4 2\n");
  ASSERT_OK_AND_ASSIGN(auto back, ReadVertexLabels(path, g));
  EXPECT_THAT(back, ElementsAre(0, 0, 1, 2));
  // Equal partitions give identical files.
  const std::string other = TempPath("labels2.txt");
  ASSERT_OK(WriteVertexLabels(other, g, std::vector<uint32_t>{1, 1, 0, 3}));
  EXPECT_EQ(ReadAll(path), ReadAll(other));
  EXPECT_THAT(WriteVertexLabels(path, g, std::vector<uint32_t>{1, 2}),
              StatusIs(kInvalid, HasSubstr("2 labels for a graph with 4 vertices")));
  EXPECT_THAT(WriteVertexLabels(TempPath("no/such/dir/x.txt"), g, labels),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("cannot create")));
}

TEST(VertexLabelsTest, AnyOrderCommentsAndCompression) {
  const Graph<uint32_t> g = PathGraph();
  ASSERT_OK_AND_ASSIGN(auto labels, ParseVertexLabels("# shuffled\n4 8\n2 7\n\n1 7\n3 100\n", "l", g));
  EXPECT_THAT(labels, ElementsAre(7, 7, 100, 8));
  const std::string gz = TempPath("labels.txt.gz");
  WriteFile(gz, Gzip("1 0\n2 0\n3 1\n4 1\n"));
  ASSERT_OK_AND_ASSIGN(auto from_gz, ReadVertexLabels(gz, g));
  EXPECT_THAT(from_gz, ElementsAre(0, 0, 1, 1));
}

TEST(VertexLabelsTest, ValueIsVertex) {
  const Graph<uint32_t> g = PathGraph();
  ASSERT_OK_AND_ASSIGN(auto map, ParseVertexLabels("1 1\n2 1\n3 4\n4 4\n", "spr", g, /*value_is_vertex=*/true));
  EXPECT_THAT(map, ElementsAre(0, 0, 3, 3));  // internal ids
  EXPECT_THAT(ParseVertexLabels("1 1\n2 1\n3 5\n4 4\n", "spr", g, true),
              StatusIs(kInvalid, HasSubstr("spr:3: target vertex id 5 names no vertex")));
}

TEST(VertexLabelsTest, BadFilesNameTheLine) {
  const Graph<uint32_t> g = PathGraph();
  EXPECT_THAT(ParseVertexLabels("1 0\n2 0\n9 1\n4 1\n", "f", g),
              StatusIs(kInvalid, HasSubstr("f:3: vertex id 9 names no vertex of the graph")));
  EXPECT_THAT(ParseVertexLabels("1 0\n2 0\n1 1\n4 1\n", "f", g),
              StatusIs(kInvalid, HasSubstr("f:3: vertex 1 appears twice (first on line 1)")));
  EXPECT_THAT(ParseVertexLabels("1 0\n2 0\n4 1\n", "f", g),
              StatusIs(kInvalid, HasSubstr("f:3: vertex 3 has no label (1 of 4 vertices are missing)")));
  EXPECT_THAT(ParseVertexLabels("1 0\n2\n", "f", g), StatusIs(kInvalid, HasSubstr("f:2: missing label")));
  EXPECT_THAT(ParseVertexLabels("1 0\n2 -1\n", "f", g), StatusIs(kInvalid, HasSubstr("f:2: label '-1' is negative")));
  EXPECT_THAT(ParseVertexLabels("1 0 0\n", "f", g), StatusIs(kInvalid, HasSubstr("f:1: unexpected '0' after the label")));
  EXPECT_THAT(ParseVertexLabels("1 4294967296\n", "f", g), StatusIs(kInvalid, HasSubstr("f:1: label 4294967296 exceeds")));
  EXPECT_THAT(ParseVertexLabels("", "f", g), StatusIs(kInvalid, HasSubstr("f:1: vertex 1 has no label")));
  EXPECT_THAT(ReadVertexLabels(TempPath("missing.txt"), g), StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing.txt")));
}

TEST(VertexListTest, RoundTripAndErrors) {
  const Graph<uint32_t> g = PathGraph();
  const std::string path = TempPath("terminals.txt");
  ASSERT_OK(WriteVertexList(path, g, std::vector<VertexId>{3, 0}));
  EXPECT_EQ(ReadAll(path), "4\n1\n");
  ASSERT_OK_AND_ASSIGN(auto back, ReadVertexList(path, g));
  EXPECT_THAT(back, ElementsAre(3, 0));
  EXPECT_THAT(WriteVertexList(path, g, std::vector<VertexId>{4}), StatusIs(absl::StatusCode::kOutOfRange, HasSubstr("vertex 4 is outside")));
  EXPECT_THAT(ParseVertexList("# t\n2\n3\n2\n", "t", g), StatusIs(kInvalid, HasSubstr("t:4: vertex 2 appears twice (first on line 2)")));
  EXPECT_THAT(ParseVertexList("2\n0\n", "t", g), StatusIs(kInvalid, HasSubstr("t:2: vertex id 0 names no vertex")));
  EXPECT_THAT(ParseVertexList("2 3\n", "t", g), StatusIs(kInvalid, HasSubstr("t:1: unexpected '3'")));
}

TEST(VertexLabelsTest, SparseExternalIds) {
  // Edge-list ids are arbitrary: labels are matched through them.
  ASSERT_OK_AND_ASSIGN(auto g, ParseGraph<uint32_t>("1000 20\n20 7\n", "e", GraphFormat::kEdgeList));
  const std::string path = TempPath("sparse.txt");
  ASSERT_OK(WriteVertexLabels(path, g, std::vector<uint32_t>{5, 5, 6}));
  EXPECT_EQ(ReadAll(path), "7 0\n20 0\n1000 1\n");
  ASSERT_OK_AND_ASSIGN(auto back, ReadVertexLabels(path, g));
  EXPECT_THAT(back, ElementsAre(0, 0, 1));
}

}  // namespace
}  // namespace shortcut
