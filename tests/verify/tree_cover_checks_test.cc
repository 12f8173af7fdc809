#include "shortcut/verify/tree_cover_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "shortcut/cover/tree_cover.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

class TreeCoverChecksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    families_ = testing::SmallFamilies();
    TreeCoverOptions o;
    o.epsilon = 0.25;
    auto cover = BuildTreeCover(graph(), o);
    ASSERT_OK(cover.status());
    cover_ = std::move(cover).value();
    ASSERT_OK(CheckTreeCover(graph(), cover_, {}).status);
  }
  const Graph<uint32_t>& graph() const { return families_[3].graph; }  // weighted triangulated grid

  // RemoveStar: the cover without star s (ids shift down by one).
  static TreeCover RemoveStar(const TreeCover& c, uint32_t s) {
    TreeCover out = c;
    const uint64_t b = c.member_offsets[s], e = c.member_offsets[s + 1];
    out.members.erase(out.members.begin() + b, out.members.begin() + e);
    out.weights.erase(out.weights.begin() + b, out.weights.begin() + e);
    out.member_offsets.erase(out.member_offsets.begin() + s + 1);
    for (std::size_t i = s + 1; i < out.member_offsets.size(); ++i) out.member_offsets[i] -= e - b;
    for (auto* v : {&out.star_level, &out.star_path, &out.star_forest, &out.star_global_forest}) {
      v->erase(v->begin() + s);
    }
    out.star_root.erase(out.star_root.begin() + s);
    out.star_radius.erase(out.star_radius.begin() + s);
    return out;
  }

  std::vector<testing::TestGraph> families_;
  TreeCover cover_;
};

// Mutation: one star weight below the true distance.
TEST_F(TreeCoverChecksTest, CatchesAWeightBelowTheDistance) {
  DijkstraEngine<uint32_t> dijkstra(graph().NumVertices());
  uint32_t star = 0;
  for (uint32_t s = 0; s < cover_.NumStars(); ++s) {
    if (cover_.Members(s).size() > cover_.Members(star).size()) star = s;
  }
  const uint64_t at = cover_.member_offsets[star] + cover_.Members(star).size() / 2;
  dijkstra.AddSource(cover_.star_root[star]);
  dijkstra.Run(graph());
  const uint64_t d = dijkstra.Distance(cover_.members[at]);
  ASSERT_GT(d, 0u);
  TreeCover bad = cover_;
  bad.weights[at] = d - 1;
  EXPECT_THAT(CheckTreeCover(graph(), bad, {}).status,
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("below the distance")));
}

// Mutation: a missing star. A pair sharing exactly one star loses it, so its
// cover distance becomes infinite (or too large): the stretch check fails.
TEST_F(TreeCoverChecksTest, CatchesAMissingStar) {
  const VertexId n = graph().NumVertices();
  std::vector<std::vector<uint32_t>> stars_of(n);
  for (uint32_t s = 0; s < cover_.NumStars(); ++s) {
    for (VertexId v : cover_.Members(s)) stars_of[v].push_back(s);
  }
  // Pairs that share exactly one star.
  int caught = 0;
  for (VertexId u = 0; u < n && caught < 3; u += 11) {
    for (VertexId v = u + 1; v < n && caught < 3; v += 5) {
      std::vector<uint32_t> common;
      std::set_intersection(stars_of[u].begin(), stars_of[u].end(), stars_of[v].begin(), stars_of[v].end(),
                            std::back_inserter(common));
      if (common.size() != 1) continue;
      const TreeCover bad = RemoveStar(cover_, common[0]);
      const auto rep = CheckTreeCover(graph(), bad, {});
      EXPECT_THAT(rep.status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("stretch")));
      ++caught;
    }
  }
  EXPECT_GT(caught, 0) << "no pair shares exactly one star on this graph";
}

// Mutation: two stars of one forest that share a vertex.
TEST_F(TreeCoverChecksTest, CatchesOverlappingStarsInAForest) {
  // Find two stars of the same scale holding a common vertex and put them in
  // one forest.
  std::map<std::pair<uint32_t, VertexId>, uint32_t> first;
  for (uint32_t s = 0; s < cover_.NumStars(); ++s) {
    for (VertexId v : cover_.Members(s)) {
      auto [it, inserted] = first.emplace(std::make_pair(cover_.star_level[s], v), s);
      if (!inserted && it->second != s) {
        TreeCover bad = cover_;
        bad.star_forest[s] = bad.star_forest[it->second];
        EXPECT_THAT(CheckTreeCover(graph(), bad, {}).status,
                    StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not vertex-disjoint")));
        TreeCover bad_global = cover_;
        bad_global.star_global_forest[s] = bad_global.star_global_forest[it->second];
        EXPECT_THAT(CheckTreeCover(graph(), bad_global, {}).status,
                    StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not vertex-disjoint")));
        return;
      }
    }
  }
  FAIL() << "no two stars of one scale overlap";
}

TEST_F(TreeCoverChecksTest, CatchesStructuralDamage) {
  {
    TreeCover bad = cover_;
    bad.members[bad.member_offsets[0]] = graph().NumVertices();
    EXPECT_THAT(CheckTreeCover(graph(), bad, {}).status, StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr(">= n")));
  }
  {
    TreeCover bad = cover_;
    bad.weights.pop_back();
    EXPECT_THAT(CheckTreeCover(graph(), bad, {}).status,
                StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("inconsistent sizes")));
  }
  {
    uint32_t star = 0;
    while (cover_.Members(star).size() < 2) ++star;
    TreeCover bad = cover_;
    bad.members[bad.member_offsets[star] + 1] = bad.members[bad.member_offsets[star]];
    EXPECT_THAT(CheckTreeCover(graph(), bad, {}).status,
                StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("twice")));
  }
  {
    TreeCover bad = cover_;
    bad.star_root[0] = bad.Members(0).back() == bad.star_root[0] ? bad.Members(0).front() : bad.Members(0).back();
    EXPECT_FALSE(CheckTreeCover(graph(), bad, {}).status.ok());
  }
}

// Sampling the stars checks fewer of them but keeps every other check.
TEST_F(TreeCoverChecksTest, SampledStars) {
  TreeCoverCheckOptions o;
  o.max_stars_checked = 10;
  const auto rep = CheckTreeCover(graph(), cover_, o);
  EXPECT_OK(rep.status);
  EXPECT_LE(rep.stars_checked, 10u);
  EXPECT_GT(rep.forests_checked, 0u);
}

}  // namespace
}  // namespace shortcut
