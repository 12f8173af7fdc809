// The memory budget for declared sizes (ReadOptions::memory_budget_bytes):
// vertices a DIMACS/PACE header declares but no edge names are charged
// 1 KiB each, and a count above the budget is ResourceExhausted, naming the
// count, before anything proportional to it is allocated. Graphs with
// isolated vertices that fit still get every declared vertex.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "fmt/format.h"

#include "io/io_test_util.h"
#include "shortcut/io/read_graph.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::Parse;
using ::shortcut::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;

constexpr auto kExhausted = absl::StatusCode::kResourceExhausted;

ReadOptions Budget(uint64_t bytes) {
  ReadOptions options;
  options.memory_budget_bytes = bytes;
  return options;
}

TEST(MemoryBudgetTest, IsolatedVerticesWithinTheBudgetAreKept) {
  // 998 isolated vertices at 1 KiB fit a 1 MiB budget.
  ASSERT_OK_AND_ASSIGN(auto g, Parse("p sp 1000 1\na 1 2 5\n", GraphFormat::kDimacs, Budget(1 << 20)));
  EXPECT_EQ(g.NumVertices(), 1000u);
  EXPECT_EQ(g.NumEdges(), 1u);
  EXPECT_EQ(g.ExternalId(999), 1000u);
  ASSERT_OK_AND_ASSIGN(auto p, Parse("p tw 1000 1\n1 2\n", GraphFormat::kPace, Budget(1 << 20)));
  EXPECT_EQ(p.NumVertices(), 1000u);
}

TEST(MemoryBudgetTest, DeclaredVerticesAboveTheBudgetAreResourceExhausted) {
  EXPECT_THAT(Parse("p sp 2000 1\na 1 2 5\n", GraphFormat::kDimacs, Budget(1 << 20)),
              StatusIs(kExhausted, AllOf(HasSubstr("input:1: the header declares 2000 vertices"),
                                         HasSubstr("the other 1998 isolated vertices"),
                                         HasSubstr("the memory budget"))));
  EXPECT_THAT(Parse("c a comment\np tw 2000 1\n1 2\n", GraphFormat::kPace, Budget(1 << 20)),
              StatusIs(kExhausted, HasSubstr("input:2: the header declares 2000 vertices")));
}

TEST(MemoryBudgetTest, VerticesTheEdgesNameAreNotCharged) {
  // 2000 vertices, every one named by an edge: the body pays for them.
  std::string text = "p sp 2000 1000\n";
  for (int i = 1; i <= 2000; i += 2) text += fmt::format("a {} {} 1\n", i, i + 1);
  ASSERT_OK_AND_ASSIGN(auto g, Parse(text, GraphFormat::kDimacs, Budget(1 << 20)));
  EXPECT_EQ(g.NumVertices(), 2000u);
}

TEST(MemoryBudgetTest, TheMachineBoundsATinyFileDeclaringBillionsOfVertices) {
  // The default budget is the machine's memory: no machine holds 4 TB for
  // 4e9 isolated vertices, and the reader says so instead of allocating.
  EXPECT_THAT(Parse("p sp 4000000000 1\na 1 2 5\n", GraphFormat::kDimacs),
              StatusIs(kExhausted, HasSubstr("declares 4000000000 vertices")));
  EXPECT_THAT(Parse("p tw 4000000000 0\n", GraphFormat::kPace),
              StatusIs(kExhausted, HasSubstr("declares 4000000000 vertices")));
}

}  // namespace
}  // namespace shortcut
