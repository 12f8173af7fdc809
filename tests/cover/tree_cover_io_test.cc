#include "shortcut/cover/tree_cover_io.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;

// The COVER file read back by a parser of its own: the sizes, every star's
// root, scale, radius and members with their weights, in the input's ids.
TEST(TreeCoverIoTest, FileHoldsEveryStarInExternalIds) {
  // External ids 1000 + 7v: the file must not speak internal ids.
  EdgeList<uint32_t> list = testing::WithUniformWeights(GridEdges(9, 11), 1, 30, 5);
  for (VertexId v = 0; v < list.num_vertices; ++v) list.external_ids.push_back(1000 + 7 * uint64_t{v});
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, BuildGraph(std::move(list)));
  ASSERT_EQ(g.ExternalId(1), 1007u);
  TreeCoverOptions options;
  options.epsilon = 0.5;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, options));
  const fs::path dir = fs::path(::testing::TempDir()) / ("cover_io_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "c.txt").string();
  ASSERT_OK(WriteTreeCover(path, g, cover));

  std::ifstream in(path);
  std::string line;
  uint64_t n = 0, stars = 0, entries = 0, scales = 0, forests = 0, t_lines = 0, s_lines = 0;
  while (std::getline(in, line)) {
    std::istringstream tok(line);
    std::string tag;
    tok >> tag;
    if (tag == "p") {
      std::string what;
      tok >> what >> n >> stars >> entries >> scales >> forests;
      EXPECT_EQ(what, "cover");
    } else if (tag == "s") {
      ++s_lines;
    } else if (tag == "t") {
      uint64_t id = 0, level = 0, size = 0, root = 0;
      int64_t forest = 0, global = 0;
      std::string radius;
      tok >> id >> level >> forest >> global >> root >> radius >> size;
      ASSERT_LT(id, cover.NumStars());
      EXPECT_EQ(id, t_lines);
      EXPECT_EQ(level, cover.star_level[id]);
      EXPECT_EQ(root, g.ExternalId(cover.star_root[id]));
      EXPECT_EQ(radius, cover.star_radius[id] == kUnboundedRadius ? "inf" : std::to_string(cover.star_radius[id]));
      EXPECT_EQ(forest, static_cast<int64_t>(cover.star_forest[id]));
      const auto members = cover.Members(id);
      const auto weights = cover.Weights(id);
      ASSERT_EQ(size, members.size());
      for (std::size_t i = 0; i < size; ++i) {
        std::string pair;
        tok >> pair;
        EXPECT_EQ(pair, std::to_string(g.ExternalId(members[i])) + ":" + std::to_string(weights[i]));
      }
      ++t_lines;
    }
  }
  EXPECT_EQ(n, g.NumVertices());
  EXPECT_EQ(stars, cover.NumStars());
  EXPECT_EQ(t_lines, cover.NumStars());
  EXPECT_EQ(entries, cover.members.size());
  EXPECT_EQ(scales, cover.scales.size());
  EXPECT_EQ(s_lines, cover.scales.size());
  EXPECT_EQ(forests, cover.stats.forests_packed);
  fs::remove_all(dir);
}

// A write that cannot happen leaves no file and says why.
TEST(TreeCoverIoTest, UnwritablePathIsAnError) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(3, 3));
  TreeCoverOptions options;
  options.epsilon = 0.5;
  ASSERT_OK_AND_ASSIGN(TreeCover cover, BuildTreeCover(g, options));
  EXPECT_FALSE(WriteTreeCover("/nonexistent-dir/c.txt", g, cover).ok());
  EXPECT_THAT(WriteTreeCover("/dev/full", g, cover), shortcut::testing::StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
}

}  // namespace
}  // namespace shortcut
