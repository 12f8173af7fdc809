// The DIMACS writer, and the round trip generate -> write -> ReadGraph.
#include "shortcut/io/dimacs_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/families.h"
#include "shortcut/generators/grid.h"
#include "shortcut/io/read_graph.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TempPath(const std::string& name) { return ::testing::TempDir() + "/dimacs_writer_test_" + name; }

//   0 --3-- 1 --5-- 2
TEST(DimacsWriterTest, WritesBothArcsOneBasedWithComment) {
  EdgeList<uint32_t> list;
  list.num_vertices = 3;
  list.edges = {{0, 1, 3}, {2, 1, 5}};
  list.coordinates = {{0, 0, 0}, {1.5, -2, 0}, {16777215, 3, 0}};
  const std::string gr = TempPath("path.gr");
  ASSERT_OK(WriteDimacsGraph(gr, list, "a path\nof three vertices"));
  EXPECT_EQ(Slurp(gr),
            "c a path\nc of three vertices\np sp 3 4\n"
            "a 1 2 3\na 2 1 3\na 3 2 5\na 2 3 5\n");
  const std::string co = DimacsCoordinatesPath(gr);
  EXPECT_EQ(co, TempPath("path.co"));
  ASSERT_OK(WriteDimacsCoordinates(co, list.coordinates));
  EXPECT_EQ(Slurp(co), "p aux sp co 3\nv 1 0 0\nv 2 1.5 -2\nv 3 16777215 3\n");
  std::remove(gr.c_str());
  std::remove(co.c_str());
}

TEST(DimacsWriterTest, StreamingWriterChecksItsInput) {
  const std::string gr = TempPath("stream.gr");
  ASSERT_OK_AND_ASSIGN(DimacsGraphWriter w, DimacsGraphWriter::Open(gr, 3, 2));
  EXPECT_THAT(w.AddEdge(1, 1, 1), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("self-loop")));
  EXPECT_THAT(w.AddEdge(0, 3, 1), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("endpoint")));
  EXPECT_THAT(w.AddEdge(0, 1, 0), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("weight 0")));
  EXPECT_OK(w.AddEdge(0, 1, 1));
  EXPECT_THAT(w.Close(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("1 edges written, 2 announced")));
  ASSERT_OK_AND_ASSIGN(DimacsGraphWriter w2, DimacsGraphWriter::Open(gr, 3, 1));
  EXPECT_OK(w2.AddEdge(0, 1, 1));
  EXPECT_THAT(w2.AddEdge(1, 2, 1), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("more than")));
  EXPECT_OK(w2.Close());
  std::remove(gr.c_str());
  EXPECT_THAT(DimacsGraphWriter::Open(TempPath("no/such/dir.gr"), 1, 0), StatusIs(absl::StatusCode::kNotFound, HasSubstr("cannot create")));
  EdgeList<uint32_t> directed;
  directed.directed = true;
  EXPECT_THAT(WriteDimacsGraph(gr, directed), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("undirected")));
}

TEST(DimacsWriterTest, SiblingPaths) {
  EXPECT_EQ(SiblingPath("a/b.gr", ".td"), "a/b.td");
  EXPECT_EQ(SiblingPath("a/b", ".td"), "a/b.td");
  EXPECT_EQ(SiblingPath(".gr", ".co"), ".gr.co");
  EXPECT_EQ(DimacsCoordinatesPath("x.graph"), "x.graph.co");
}

// Every family, with each weight kind that applies: written, read back with
// ReadGraph, and equal to BuildGraph of the generated list (ids, weights,
// coordinates).
TEST(DimacsWriterTest, RoundTripThroughReadGraph) {
  for (const FamilyInfo& info : Families()) {
    for (const char* weights : {"input", "uniform:1:1000:7", "euclidean"}) {
      if (std::string_view(weights) == "euclidean" && !info.has_coordinates) continue;
      SCOPED_TRACE(fmt::format("{} {}", info.name, weights));
      FamilyOptions options;
      options.n = 300;
      options.seed = 3;
      ASSERT_OK_AND_ASSIGN(GeneratedGraph t, GenerateFamily(info.name, options));
      ASSERT_OK_AND_ASSIGN(WeightSpec spec, ParseWeightSpec(weights));
      ASSERT_OK(ApplyWeights(spec, t.list));
      const std::string gr = TempPath("roundtrip.gr");
      const std::string co = DimacsCoordinatesPath(gr);
      std::remove(co.c_str());
      ASSERT_OK(WriteDimacsGraph(gr, t.list, "round trip"));
      if (!t.list.coordinates.empty()) {
        ASSERT_OK(WriteDimacsCoordinates(co, t.list.coordinates));
      }
      ASSERT_OK_AND_ASSIGN(Graph<uint32_t> read, ReadGraph<uint32_t>(gr));
      ASSERT_OK_AND_ASSIGN(Graph<uint32_t> expected, BuildGraph(std::move(t.list)));
      ASSERT_EQ(read.NumVertices(), expected.NumVertices());
      ASSERT_EQ(read.NumEdges(), expected.NumEdges());
      for (EdgeId e = 0; e < expected.NumEdges(); ++e) {
        ASSERT_EQ(read.EdgeEndpoints(e), expected.EdgeEndpoints(e));
        ASSERT_EQ(read.EdgeWeightOf(e), expected.EdgeWeightOf(e));
      }
      for (VertexId v = 0; v < read.NumVertices(); ++v) EXPECT_EQ(read.ExternalId(v), v + 1u);
      EXPECT_EQ(read.HasCoordinates(), expected.HasCoordinates());
      if (read.HasCoordinates()) {
        for (VertexId v = 0; v < read.NumVertices(); ++v) {
          EXPECT_EQ(read.Coordinate(v).x, expected.Coordinate(v).x);
          EXPECT_EQ(read.Coordinate(v).y, expected.Coordinate(v).y);
        }
      }
      std::remove(gr.c_str());
      std::remove(co.c_str());
    }
  }
}

TEST(DimacsWriterTest, WritesABuiltGraph) {
  Graph<uint32_t> g = testing::MustBuild(testing::WithUniformWeights(GridEdges(3, 4), 1, 9, 2));
  const std::string gr = TempPath("built.gr");
  ASSERT_OK(WriteDimacsGraph(gr, g));
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> read, ReadGraph<uint32_t>(gr));
  ASSERT_EQ(read.NumEdges(), g.NumEdges());
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    EXPECT_EQ(read.EdgeEndpoints(e), g.EdgeEndpoints(e));
    EXPECT_EQ(read.EdgeWeightOf(e), g.EdgeWeightOf(e));
  }
  std::remove(gr.c_str());
}

}  // namespace
}  // namespace shortcut
