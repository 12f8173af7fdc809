// Cop decomposition files: what is written reads back as the same
// decomposition (same supernodes, same tree, same skeletons up to the
// renumbering of supernodes by first appearance), which still passes the
// independent verifier; malformed tree files are rejected.
#include "shortcut/io/cop_decomposition_io.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/verify/cop_checks.h"
#include "io/io_test_util.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;

TEST(CopDecompositionIoTest, RoundTripKeepsTheDecomposition) {
  for (const auto& mf : testing::MinorFreeGraphs(150, {1})) {
    SCOPED_TRACE(mf.name);
    const Graph<uint32_t>& g = mf.graph;
    CopDecompositionOptions options;
    options.radius = 80;
    options.r = mf.r;
    ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
    const std::string path = testing::TempPath("supernodes.txt");
    ASSERT_OK(WriteCopDecomposition(path, g, cop));
    ASSERT_OK_AND_ASSIGN(auto back, ReadCopDecomposition(path, g));
    ASSERT_EQ(back.NumSupernodes(), cop.NumSupernodes());
    // The renumbering is a bijection that preserves parents and skeletons.
    std::map<uint32_t, uint32_t> to_back;
    for (VertexId v : g.Vertices()) {
      auto [it, inserted] = to_back.emplace(cop.supernode_of[v], back.supernode_of[v]);
      EXPECT_EQ(it->second, back.supernode_of[v]) << "vertex " << v;
    }
    ASSERT_EQ(to_back.size(), cop.NumSupernodes());
    for (auto [s, t] : to_back) {
      const uint32_t p = cop.parent[s];
      EXPECT_EQ(back.parent[t], p == kNoSupernode ? kNoSupernode : to_back.at(p));
      const auto a = cop.Skeleton(s), b = back.Skeleton(t);
      EXPECT_EQ(std::vector<VertexId>(a.begin(), a.end()), std::vector<VertexId>(b.begin(), b.end()));
      const auto pa = cop.SkeletonParents(s), pb = back.SkeletonParents(t);
      EXPECT_EQ(std::vector<VertexId>(pa.begin(), pa.end()), std::vector<VertexId>(pb.begin(), pb.end()));
    }
    EXPECT_OK(CheckCopDecomposition(g, back, {.radius = options.radius, .r = mf.r}).status);
  }
}

TEST(CopDecompositionIoTest, MalformedTreeFileIsInvalidArgument) {
  const auto graphs = testing::MinorFreeGraphs(100, {1});
  const Graph<uint32_t>& g = graphs.front().graph;
  CopDecompositionOptions options;
  options.radius = 50;
  options.r = graphs.front().r;
  ASSERT_OK_AND_ASSIGN(auto cop, ComputeCopDecomposition(g, options));
  const std::string path = testing::TempPath("broken.txt");
  ASSERT_OK(WriteCopDecomposition(path, g, cop));
  testing::WriteFile(CopTreePath(path), "# shortcut cop decomposition tree v1\ns nonsense\n");
  EXPECT_THAT(ReadCopDecomposition(path, g),
              StatusIs(absl::StatusCode::kInvalidArgument, ::testing::HasSubstr(":2:")));
}

}  // namespace
}  // namespace shortcut
