// ReadGraph on files: extensions, gzip and xz (whole and truncated),
// coordinate siblings and overrides, missing files, long lines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "io/io_test_util.h"
#include "shortcut/io/read_graph.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::Gzip;
using ::shortcut::testing::StatusIs;
using ::shortcut::testing::TempPath;
using ::shortcut::testing::WriteFile;
using ::shortcut::testing::Xz;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr auto kInvalid = absl::StatusCode::kInvalidArgument;

// A DIMACS graph big enough to span several compressed chunks.
std::string BigDimacs(int n) {
  std::string text = "c path\np sp " + std::to_string(n) + " " + std::to_string(n - 1) + "\n";
  for (int i = 1; i < n; ++i) text += "a " + std::to_string(i) + " " + std::to_string(i + 1) + " " + std::to_string(i % 97 + 1) + "\n";
  return text;
}

TEST(ReadFileTest, MissingFileIsNotFound) {
  EXPECT_THAT(ReadGraph<uint32_t>(TempPath("nope.gr")), StatusIs(absl::StatusCode::kNotFound, HasSubstr("nope.gr")));
}

TEST(ReadFileTest, DirectoryIsAnError) {
  const std::string dir = TempPath("d");
  std::filesystem::create_directories(dir);
  EXPECT_THAT(ReadGraph<uint32_t>(dir), StatusIs(kInvalid, HasSubstr("is a directory")));
}

TEST(ReadFileTest, PlainGzipAndXzGiveTheSameGraph) {
  const std::string text = BigDimacs(200000);
  const std::string plain = TempPath("g.gr"), gz = TempPath("g.gr.gz"), xz = TempPath("g.gr.xz");
  WriteFile(plain, text);
  WriteFile(gz, Gzip(text));
  WriteFile(xz, Xz(text));
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto a, ReadGraph<uint32_t>(plain));
  ASSERT_OK_AND_ASSIGN(auto b, ReadGraph<uint32_t>(gz));
  ASSERT_OK_AND_ASSIGN(auto c, ReadGraph<uint32_t>(xz, {}, &report));
  EXPECT_EQ(a.NumEdges(), 199999u);
  EXPECT_EQ(GraphFingerprint(a), GraphFingerprint(b));
  EXPECT_EQ(GraphFingerprint(a), GraphFingerprint(c));
  EXPECT_EQ(report.bytes_read, text.size());
  EXPECT_EQ(report.format, GraphFormat::kDimacs);
}

TEST(ReadFileTest, ConcatenatedGzipMembers) {
  const std::string path = TempPath("two.gr.gz");
  WriteFile(path, Gzip("p sp 3 2\na 1 2 1\n") + Gzip("a 2 3 1\n"));
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(path));
  EXPECT_EQ(g.NumEdges(), 2u);
}

TEST(ReadFileTest, TruncatedCompressedFiles) {
  const std::string text = BigDimacs(50000);
  const std::string gz = Gzip(text), xz = Xz(text);
  for (std::size_t keep : {gz.size() / 2, gz.size() - 4, std::size_t{10}}) {
    const std::string path = TempPath("cut.gr.gz");
    WriteFile(path, gz.substr(0, keep));
    EXPECT_THAT(ReadGraph<uint32_t>(path),
                StatusIs(kInvalid, ::testing::AllOf(StartsWith(path + ":"), HasSubstr("truncated gzip data"))))
        << keep;
  }
  for (std::size_t keep : {xz.size() / 2, xz.size() - 4, std::size_t{20}}) {
    const std::string path = TempPath("cut.gr.xz");
    WriteFile(path, xz.substr(0, keep));
    EXPECT_THAT(ReadGraph<uint32_t>(path),
                StatusIs(kInvalid, ::testing::AllOf(StartsWith(path + ":"), HasSubstr("xz data"))))
        << keep;
  }
  // Corrupt (not truncated) gzip data.
  std::string bad = gz;
  for (std::size_t i = 20; i < 60; ++i) bad[i] = static_cast<char>(~bad[i]);
  const std::string path = TempPath("bad.gr.gz");
  WriteFile(path, bad);
  EXPECT_THAT(ReadGraph<uint32_t>(path), StatusIs(kInvalid, HasSubstr("gzip data")));
}

TEST(ReadFileTest, EmptyFileAndUnknownExtension) {
  const std::string empty = TempPath("empty.gr");
  WriteFile(empty, "");
  EXPECT_THAT(ReadGraph<uint32_t>(empty), StatusIs(kInvalid, HasSubstr(empty + ":1: empty file")));
  const std::string odd = TempPath("graph.weird");
  WriteFile(odd, "lorem ipsum\ndolor\n");
  EXPECT_THAT(ReadGraph<uint32_t>(odd), StatusIs(kInvalid, HasSubstr(odd + ":1: cannot detect the graph format")));
  const std::string noext = TempPath("graphfile");
  WriteFile(noext, "p tw 3 2\n1 2\n2 3\n");
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(noext, {}, &report));
  EXPECT_EQ(report.format, GraphFormat::kPace);
  EXPECT_EQ(g.NumEdges(), 2u);
  // The extension decides over the content; an explicit format over both.
  const std::string txt = TempPath("g.txt");
  WriteFile(txt, "p tw 3 2\n1 2\n2 3\n");
  EXPECT_THAT(ReadGraph<uint32_t>(txt), StatusIs(kInvalid, HasSubstr(txt + ":1: vertex id 'p'")));
  ReadOptions pace;
  pace.format = GraphFormat::kPace;
  EXPECT_OK(ReadGraph<uint32_t>(txt, pace));
}

TEST(ReadFileTest, GrExtensionIsDimacsOrPaceByContent) {
  const std::string path = TempPath("g.gr.xz");
  WriteFile(path, Xz("c x\np tw 2 1\n1 2\n"));
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(path, {}, &report));
  EXPECT_EQ(report.format, GraphFormat::kPace);
}

TEST(ReadFileTest, DimacsCoordinatesSibling) {
  const std::string graph = TempPath("NY.gr.xz");
  WriteFile(graph, Xz("p sp 3 2\na 1 2 5\na 2 3 5\n"));
  const std::string co = graph.substr(0, graph.size() - 6) + ".co.gz";
  WriteFile(co, Gzip("c coords\np aux sp co 3\nv 1 0 0\nv 3 20 0\nv 2 10 0\n"));
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(graph, {}, &report));
  EXPECT_EQ(report.coordinates_path, co);
  ASSERT_TRUE(g.HasCoordinates());
  EXPECT_EQ(g.Coordinate(2), (Point{20, 0, 0}));
  // Euclidean weights from the coordinates (scale 10: shortest edge 100).
  ReadOptions euclid;
  euclid.weights.kind = WeightSpec::Kind::kEuclidean;
  ASSERT_OK_AND_ASSIGN(auto h, ReadGraph<uint32_t>(graph, euclid, &report));
  EXPECT_EQ(h.EdgeWeightOf(0), 100u);
  // Siblings can be switched off.
  ReadOptions none;
  none.find_coordinates = false;
  ASSERT_OK_AND_ASSIGN(auto k, ReadGraph<uint32_t>(graph, none));
  EXPECT_FALSE(k.HasCoordinates());
}

TEST(ReadFileTest, CoordinateFileErrors) {
  const std::string graph = TempPath("g.gr");
  WriteFile(graph, "p sp 3 2\na 1 2 5\na 2 3 5\n");
  const std::string co = TempPath("g.co");
  ReadOptions options;
  options.coordinates_path = co;
  WriteFile(co, "p aux sp co 3\nv 1 0 0\nv 2 1 0\n");
  EXPECT_THAT(ReadGraph<uint32_t>(graph, options), StatusIs(kInvalid, HasSubstr(co + ":3: vertex 3 has no coordinates")));
  WriteFile(co, "p aux sp co 3\nv 1 0 0\nv 2 1 0\nv 2 1 0\n");
  EXPECT_THAT(ReadGraph<uint32_t>(graph, options), StatusIs(kInvalid, HasSubstr(co + ":4: vertex 2 has coordinates twice")));
  WriteFile(co, "p aux sp co 4\n");
  EXPECT_THAT(ReadGraph<uint32_t>(graph, options),
              StatusIs(kInvalid, HasSubstr(co + ":1: coordinates for 4 vertices, but the graph has 3")));
  WriteFile(co, "v 9 0 0\n");
  EXPECT_THAT(ReadGraph<uint32_t>(graph, options), StatusIs(kInvalid, HasSubstr(co + ":1: vertex id 9 names no vertex")));
  options.coordinates_path = TempPath("missing.co");
  EXPECT_THAT(ReadGraph<uint32_t>(graph, options), StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing.co")));
  // Euclidean weights without any coordinates.
  ReadOptions euclid;
  euclid.weights.kind = WeightSpec::Kind::kEuclidean;
  EXPECT_THAT(ReadGraph<uint32_t>(graph, euclid),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("euclidean weights need coordinates")));
}

TEST(ReadFileTest, XyzSiblingsBothDialects) {
  // METIS with plain rows "x y z"; the stem keeps inner dots.
  const std::string metis = TempPath("lux.osm.graph");
  WriteFile(metis, "3 2\n2\n1 3\n2\n");
  WriteFile(metis.substr(0, metis.size() - 6) + ".xyz", "0 0 0\n3 4 0\n3 8 0\n");
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(metis, {}, &report));
  ASSERT_TRUE(g.HasCoordinates());
  EXPECT_EQ(g.Coordinate(1), (Point{3, 4, 0}));
  // Scotch with geometry "dim, n, id x y", ids out of order, gzip both.
  const std::string grf = TempPath("mesh.grf.gz");
  WriteFile(grf, Gzip("0\n3 4\n0 000\n1 1\n2 0 2\n1 1\n"));
  WriteFile(grf.substr(0, grf.size() - 7) + ".xyz.gz", Gzip("2\n3\n2 5 6\n0 1 2\n1 3 4\n"));
  ASSERT_OK_AND_ASSIGN(auto s, ReadGraph<uint32_t>(grf, {}, &report));
  ASSERT_TRUE(s.HasCoordinates());
  EXPECT_EQ(s.Coordinate(2), (Point{5, 6, 0}));
  // Too few plain rows.
  WriteFile(metis.substr(0, metis.size() - 6) + ".xyz", "0 0 0\n3 4 0\n");
  EXPECT_THAT(ReadGraph<uint32_t>(metis), StatusIs(kInvalid, HasSubstr("2 coordinate rows, but the graph has 3")));
}

TEST(ReadFileTest, MegabyteLinesAreLinear) {
  // 1 MiB lines, through the streaming reader: a valid comment, and a long
  // weight that is rejected with its line number. Both must be fast.
  const std::string path = TempPath("long.gr");
  WriteFile(path, "p sp 2 1\nc " + std::string(1 << 20, 'x') + "\na 1 2 3\n");
  const auto start = std::chrono::steady_clock::now();
  ASSERT_OK_AND_ASSIGN(auto g, ReadGraph<uint32_t>(path));
  EXPECT_EQ(g.NumEdges(), 1u);
  const std::string edges = TempPath("long.txt");
  WriteFile(edges, "1 2\n3 " + std::string(1 << 20, '4') + "\n");
  EXPECT_THAT(ReadGraph<uint32_t>(edges), StatusIs(kInvalid, HasSubstr(edges + ":2: vertex id '4444")));
  // 64 lines of 1 MiB each in one file.
  std::string many;
  for (int i = 0; i < 64; ++i) many += "# " + std::string(1 << 20, 'y') + "\n";
  many += "1 2\n";
  const std::string many_path = TempPath("many.txt");
  WriteFile(many_path, many);
  EXPECT_OK(ReadGraph<uint32_t>(many_path));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);
  ReadOptions small;
  small.max_line_bytes = 4096;
  EXPECT_THAT(ReadGraph<uint32_t>(path, small), StatusIs(kInvalid, HasSubstr(path + ":2: line longer than 4096")));
}

TEST(ReadFileTest, BinaryGarbageFile) {
  std::string garbage;
  for (int i = 0; i < 100000; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  for (const char* name : {"junk.gr", "junk.graph", "junk.grf", "junk.off", "junk.txt", "junk.bin"}) {
    const std::string path = TempPath(name);
    WriteFile(path, garbage);
    EXPECT_THAT(ReadGraph<uint32_t>(path), StatusIs(kInvalid, HasSubstr(path + ":"))) << name;
  }
}

}  // namespace
}  // namespace shortcut
