#include "shortcut/steiner/minor_io.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "shortcut/io/read_graph.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::MustBuild;
using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

std::string TempPath(const std::string& name) {
  return std::string(SHORTCUT_BINARY_DIR) + "/steiner_minor_io_" + name;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A path 0 - 1 - 2 - 3 - 4 with weights 1, 2, 3, 4 and external ids 10..14.
Graph<uint32_t> Path5() {
  EdgeList<uint32_t> list;
  list.num_vertices = 5;
  list.edges = {{0, 1, 1}, {1, 2, 2}, {2, 3, 3}, {3, 4, 4}};
  list.external_ids = {10, 11, 12, 13, 14};
  return MustBuild(std::move(list));
}

TEST(MinorIoTest, WritesDimacsTwoArcsPerEdgeAndReadsItBack) {
  auto g = Path5();
  const std::vector<VertexId> terminals = {0, 2, 4};
  const std::vector<MinorEdge<uint32_t>> edges = {{0, 2, 3}, {2, 4, 7}};
  const std::string path = TempPath("path5.gr");
  ASSERT_OK(WriteSprMinor<uint32_t>(path, g, terminals, edges, "method test"));
  const std::string text = ReadAll(path);
  EXPECT_THAT(text, HasSubstr("p sp 5 4\n"));
  EXPECT_THAT(text, HasSubstr("a 1 3 3\na 3 1 3\n"));
  EXPECT_THAT(text, HasSubstr("a 3 5 7\na 5 3 7\n"));
  EXPECT_THAT(text, HasSubstr("c terminal 3 12\n"));
  EXPECT_THAT(text, HasSubstr("c method test\n"));
  ASSERT_OK_AND_ASSIGN(auto back, ReadSprMinor(path, g));
  EXPECT_EQ(back, edges);
  // The file is a DIMACS graph the general reader accepts too.
  ReadOptions options;
  options.format = GraphFormat::kDimacs;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> h, ReadGraph<uint32_t>(path, options));
  EXPECT_EQ(h.NumVertices(), 5u);
  EXPECT_EQ(h.NumEdges(), 2u);
  std::remove(path.c_str());
}

TEST(MinorIoTest, WeightsBeyondThirtyTwoBitsRoundTrip) {
  auto g = Path5();
  const std::vector<MinorEdge<uint32_t>> edges = {{1, 3, uint64_t{1} << 40}};
  const std::string path = TempPath("wide.gr");
  ASSERT_OK(WriteSprMinor<uint32_t>(path, g, std::vector<VertexId>{1, 3}, edges));
  ASSERT_OK_AND_ASSIGN(auto back, ReadSprMinor(path, g));
  EXPECT_EQ(back, edges);
  std::remove(path.c_str());
}

TEST(MinorIoTest, DoubleWeightsRoundTripExactly) {
  EdgeList<double> list;
  list.num_vertices = 3;
  list.edges = {{0, 1, 0.1}, {1, 2, 0.7}};
  ASSERT_OK_AND_ASSIGN(Graph<double> g, BuildGraph(std::move(list)));
  const std::vector<MinorEdge<double>> edges = {{0, 2, 0.1 + 0.7}};
  const std::string path = TempPath("double.gr");
  ASSERT_OK(WriteSprMinor<double>(path, g, std::vector<VertexId>{0, 2}, edges));
  ASSERT_OK_AND_ASSIGN(auto back, ReadSprMinor(path, g));
  EXPECT_EQ(back, edges);
  std::remove(path.c_str());
}

TEST(MinorIoTest, MapUsesExternalIdsAndReadsBackAsVertices) {
  auto g = Path5();
  const std::vector<VertexId> f = {0, 0, 2, 4, 4};
  const std::string path = TempPath("map.txt");
  ASSERT_OK(WriteSprMap(path, g, f));
  EXPECT_EQ(ReadAll(path), "10 10\n11 10\n12 12\n13 14\n14 14\n");
  ASSERT_OK_AND_ASSIGN(auto back, ReadVertexLabels(path, g, /*value_is_vertex=*/true));
  EXPECT_EQ(back, f);
  EXPECT_THAT(WriteSprMap(path, g, std::vector<VertexId>{0, 0}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("2 map entries")));
  std::remove(path.c_str());
}

TEST(MinorIoTest, ResultFilesRoundTripOnAGrid) {
  auto g = MustBuild(testing::WithUniformWeights(GridEdges(10, 10), 1, 9, 2));
  const auto terminals = SampleTerminals(g.NumVertices(), 10, 1);
  ASSERT_OK_AND_ASSIGN(auto spr, ComputeSteinerPointRemoval(g, terminals));
  const std::string minor = TempPath("grid.gr"), map = TempPath("grid_map.txt");
  ASSERT_OK(WriteSprMinor<uint32_t>(minor, g, spr.terminals, spr.minor_edges));
  ASSERT_OK(WriteSprMap(map, g, spr.terminal_of));
  ASSERT_OK_AND_ASSIGN(auto edges, ReadSprMinor(minor, g));
  ASSERT_OK_AND_ASSIGN(auto f, ReadVertexLabels(map, g, true));
  EXPECT_EQ(edges, spr.minor_edges);
  EXPECT_EQ(f, spr.terminal_of);
  std::remove(minor.c_str());
  std::remove(map.c_str());
}

TEST(MinorIoTest, MalformedFilesNameTheLine) {
  auto g = Path5();
  struct Case {
    std::string text, message;
  };
  const Case cases[] = {
      {"a 1 2 3\n", "name:1: arc before the 'p sp' line"},
      {"p sp 4 0\n", "name:1: the minor is over 4 vertices but the graph has 5"},
      {"p sp 5 2\na 1 3 3\n", "name:1: the 'p' line declares 2 arcs but the file has 1"},
      {"p sp 5 1\na 1 3 3\n", "name:2: arc 1 3 has no reverse arc"},
      {"p sp 5 2\na 1 3 3\na 3 1 4\n", "weighs 4 but its reverse (line 2) weighs 3"},
      {"p sp 5 3\na 1 3 3\na 3 1 3\na 1 3 3\n", "name:4: arc 1 3 appears twice"},
      {"p sp 5 2\na 1 6 3\na 6 1 3\n", "name:2: vertex outside [1, 5]"},
      {"p sp 5 2\na 2 2 3\na 2 2 3\n", "name:2: self-loop at vertex 2"},
      {"p sp 5 2\na 1 3 0\na 3 1 0\n", "name:2: weight 0 is not positive"},
      {"p sp 5 2\na 1 3 x\na 3 1 x\n", "name:2: malformed weight 'x'"},
      {"p sp 5 2\nq 1 3 1\n", "name:2: unexpected line starting with 'q'"},
      {"p sp 5 0\np sp 5 0\n", "name:2: second 'p' line (the first is on line 1)"},
      {"c nothing\n", "name: no 'p sp' line"},
      {"p tw 5 0\n", "name:1: expected 'p sp <vertices> <arcs>'"},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(ParseSprMinor<uint32_t>(c.text, "name", g),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(c.message)))
        << c.text;
  }
  EXPECT_THAT(ReadSprMinor<uint32_t>(TempPath("missing.gr"), g), StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing")));
  // Comments, blank lines and CRLF line ends are fine.
  ASSERT_OK_AND_ASSIGN(auto ok, ParseSprMinor<uint32_t>("c x\r\n\r\np sp 5 2\r\na 5 1 9\r\na 1 5 9\r\n", "name", g));
  EXPECT_EQ(ok, (std::vector<MinorEdge<uint32_t>>{{0, 4, 9}}));
}

}  // namespace
}  // namespace shortcut
