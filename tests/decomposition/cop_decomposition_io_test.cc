// The cop decomposition's files (decomposition/cop_decomposition_io.h):
// a round trip keeps the supernodes, the partition tree and the skeletons
// (up to the renumbering by first appearance) and rewriting gives the same
// bytes, a malformed tree file is reported at its line, and a tree path that
// is a directory is refused without a temporary left behind.
#include "shortcut/decomposition/cop_decomposition_io.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "shortcut/generators/grid.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::string TempDirFor(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("cop_io_" + std::to_string(::getpid()) + "_" + name);
  fs::create_directories(dir);
  return dir.string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

CopDecomposition<uint32_t> Decompose(const Graph<uint32_t>& g) {
  CopDecompositionOptions options;
  options.radius = 3;
  options.r = 5;
  absl::StatusOr<CopDecomposition<uint32_t>> cop = ComputeCopDecomposition(g, options);
  EXPECT_TRUE(cop.ok()) << cop.status();
  return *std::move(cop);
}

TEST(CopDecompositionIoTest, RoundTripKeepsSupernodesTreeAndSkeletons) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(12, 12));
  const CopDecomposition<uint32_t> cop = Decompose(g);
  const std::string path = TempDirFor("roundtrip") + "/s.txt";
  ASSERT_OK(WriteCopDecomposition(path, g, cop));
  ASSERT_OK_AND_ASSIGN(CopDecomposition<uint32_t> back, ReadCopDecomposition(path, g));
  ASSERT_EQ(back.NumSupernodes(), cop.NumSupernodes());
  // The file numbers supernodes by first appearance: map old ids to new.
  std::vector<uint32_t> renamed(cop.NumSupernodes(), kNoSupernode);
  for (VertexId v = 0; v < g.NumVertices(); ++v) {
    const uint32_t s = cop.supernode_of[v];
    if (renamed[s] == kNoSupernode) renamed[s] = back.supernode_of[v];
    EXPECT_EQ(back.supernode_of[v], renamed[s]) << "vertex " << v;
  }
  for (uint32_t s = 0; s < cop.NumSupernodes(); ++s) {
    const uint32_t t = renamed[s];
    const uint32_t p = cop.parent[s];
    EXPECT_EQ(back.parent[t], p == kNoSupernode ? kNoSupernode : renamed[p]) << "supernode " << s;
    // The partition tree comes back as a type, with the depths it implies.
    EXPECT_EQ(back.depth[t], cop.depth[s]) << "supernode " << s;
    for (uint32_t a = 0; a < cop.NumSupernodes(); ++a) {
      ASSERT_EQ(back.tree.IsAncestor(renamed[a], t), cop.tree.IsAncestor(a, s)) << a << " above " << s;
    }
    EXPECT_EQ(std::vector<VertexId>(back.Skeleton(t).begin(), back.Skeleton(t).end()),
              std::vector<VertexId>(cop.Skeleton(s).begin(), cop.Skeleton(s).end()));
    EXPECT_EQ(std::vector<VertexId>(back.SkeletonParents(t).begin(), back.SkeletonParents(t).end()),
              std::vector<VertexId>(cop.SkeletonParents(s).begin(), cop.SkeletonParents(s).end()));
  }
  // Writing it again over the old files gives the same bytes and no temporaries.
  const std::string labels = Slurp(path), tree = Slurp(CopTreePath(path));
  ASSERT_OK(WriteCopDecomposition(path, g, back));
  EXPECT_EQ(Slurp(path), labels);
  EXPECT_EQ(Slurp(CopTreePath(path)), tree);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(fs::path(path).parent_path())) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"s.txt", "s.txt.tree"}));
}

TEST(CopDecompositionIoTest, MalformedTreeLineIsReportedAtItsLine) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(6, 6));
  const std::string path = TempDirFor("malformed") + "/s.txt";
  ASSERT_OK(WriteCopDecomposition(path, g, Decompose(g)));
  std::string tree = Slurp(CopTreePath(path));
  const std::size_t third = tree.find('\n', tree.find('\n') + 1) + 1;  // the first 's' line
  tree[third] = 'x';
  std::ofstream(CopTreePath(path), std::ios::binary) << tree;
  EXPECT_THAT(ReadCopDecomposition(path, g), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("s.txt.tree:3:")));
  fs::remove(CopTreePath(path));
  EXPECT_THAT(ReadCopDecomposition(path, g),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("the partition tree written next to")));
}

TEST(CopDecompositionIoTest, TreePathThatIsADirectoryIsRefused) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(6, 6));
  const std::string dir = TempDirFor("failed");
  const std::string path = dir + "/s.txt";
  // The tree path is a directory: the write fails and nothing is replaced there.
  fs::create_directories(CopTreePath(path));
  EXPECT_THAT(WriteCopDecomposition(path, g, Decompose(g)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("s.txt.tree")));
  EXPECT_TRUE(fs::is_directory(CopTreePath(path)));
  for (const auto& e : fs::directory_iterator(dir)) {
    EXPECT_THAT(e.path().filename().string(), ::testing::Not(HasSubstr(".tmp-")));
  }
}

}  // namespace
}  // namespace shortcut
