// The PACE 2017 .td format (io/tree_decomposition_io.h): round trip through
// text and files, and rejection of malformed input with FILE:LINE.
#include "shortcut/io/tree_decomposition_io.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "shortcut/generators/bounded_treewidth.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

TEST(PaceTreeDecompositionTest, RoundTrip) {
  GeneratedGraph kt = RandomKTree(60, 3, 9);
  const std::string text = FormatPaceTreeDecomposition(kt.decomposition, 60, "a 3-tree\nsecond line");
  EXPECT_THAT(text, HasSubstr("c a 3-tree\nc second line\ns td 57 4 60\nb 1 1 2 3 4\n"));
  ASSERT_OK_AND_ASSIGN(PaceTreeDecomposition parsed, ParsePaceTreeDecomposition(text, "mem"));
  EXPECT_EQ(parsed.num_vertices, 60u);
  EXPECT_EQ(parsed.decomposition.bags, kt.decomposition.bags);
  EXPECT_EQ(parsed.decomposition.edges, kt.decomposition.edges);
  const std::string path = ::testing::TempDir() + "/treewidth_test_roundtrip.td";
  ASSERT_OK(WritePaceTreeDecomposition(path, kt.decomposition, 60));
  ASSERT_OK_AND_ASSIGN(PaceTreeDecomposition read, ReadPaceTreeDecomposition(path));
  EXPECT_EQ(read.decomposition.bags, kt.decomposition.bags);
  std::remove(path.c_str());
  EXPECT_THAT(ReadPaceTreeDecomposition(path), StatusIs(absl::StatusCode::kNotFound, HasSubstr("cannot open")));
}

TEST(PaceTreeDecompositionTest, RejectsMalformedInput) {
  const auto kInvalid = absl::StatusCode::kInvalidArgument;
  EXPECT_THAT(ParsePaceTreeDecomposition("b 1 1\n", "x.td"), StatusIs(kInvalid, HasSubstr("x.td:1: data before")));
  EXPECT_THAT(ParsePaceTreeDecomposition("", "x.td"), StatusIs(kInvalid, HasSubstr("no 's td'")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 2 3\nb 1 1 4\n", "x.td"),
              StatusIs(kInvalid, HasSubstr("x.td:2: vertex 4 is not in [1, 3]")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 2 3\nb 2 1\n", "x.td"), StatusIs(kInvalid, HasSubstr("bag id")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 2 2 3\nb 1 1\n", "x.td"), StatusIs(kInvalid, HasSubstr("bag 2 is missing")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 1 3\nb 1 1 2\n", "x.td"), StatusIs(kInvalid, HasSubstr("more than")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 2 3\nb 1 1 1\n", "x.td"), StatusIs(kInvalid, HasSubstr("repeats")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 2 3\nb 1 1 x\n", "x.td"),
              StatusIs(kInvalid, HasSubstr("'x' is not a non-negative integer")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 2 2 3\nb 1 1\nb 2 2\n1 3\n", "x.td"),
              StatusIs(kInvalid, HasSubstr("x.td:4: tree edge")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 1 2 3\ns td 1 2 3\n", "x.td"), StatusIs(kInvalid, HasSubstr("second")));
  // Bags are allocated as their lines are read, not from the header's count:
  // 10^9 bags declared by a 30-byte file are a missing bag, not 24 GB.
  EXPECT_THAT(ParsePaceTreeDecomposition("c\ns td 1000000000 3 9\nb 1 1\n", "x.td"),
              StatusIs(kInvalid, HasSubstr("x.td: bag 2 is missing")));
  EXPECT_THAT(ParsePaceTreeDecomposition("s td 4294967294 3 9\nb 4294967294 1\nb 1 2\n", "x.td"),
              StatusIs(kInvalid, HasSubstr("x.td: bag 2 is missing")));
  // Comments, blank lines, CRLF and empty bags are fine.
  ASSERT_OK_AND_ASSIGN(PaceTreeDecomposition ok,
                       ParsePaceTreeDecomposition("c hi\r\n\ns td 2 2 3\r\nb 1 2 1\nb 2\n1 2\n", "x.td"));
  EXPECT_EQ(ok.decomposition.bags[0], (std::vector<VertexId>{0, 1}));
  EXPECT_TRUE(ok.decomposition.bags[1].empty());
}

}  // namespace
}  // namespace shortcut
