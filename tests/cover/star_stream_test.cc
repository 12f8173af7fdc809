#include "shortcut/cover/star_stream.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

#include "shortcut/cover/cover_scales.h"
#include "shortcut/cover/cover_stats.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/graphs.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;
using ::testing::HasSubstr;

StarStreamOptions Options(double eps) {
  StarStreamOptions o;
  o.epsilon = eps;
  return o;
}

// The one range check: every parameter out of range is refused with its
// name, and every consumer (the stream itself, the scales) refuses the same.
TEST(StarStreamTest, ValidateNamesEveryParameter) {
  EXPECT_OK(Options(0.25).Validate());
  EXPECT_OK(Options(kMaxCoverEpsilon).Validate());
  for (double eps : {0.0, -1.0, kMaxCoverEpsilon * 1.01, std::nan("")}) {
    EXPECT_THAT(Options(eps).Validate(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("epsilon")));
    EXPECT_THAT(ComputeCoverScales(1, 100, eps, 1.25, true).status(),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("epsilon")));
  }
  for (double ratio : {1.0, 0.5, kMaxScaleRatio * 1.01}) {
    StarStreamOptions o = Options(0.25);
    o.scale_ratio = ratio;
    EXPECT_THAT(o.Validate(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("scale ratio")));
  }
  StarStreamOptions o = Options(0.25);
  o.r = 2;
  EXPECT_THAT(o.Validate(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("r must be")));
  o = Options(0.25);
  o.threads = 0;
  EXPECT_THAT(o.Validate(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("threads")));
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(4, 4));
  EXPECT_THAT(StarStream::Create(g, o).status(), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("threads")));
}

struct Star {
  uint32_t path, level;
  VertexId root;
  std::vector<std::pair<VertexId, uint64_t>> members;  // original ids, final weights
  auto operator<=>(const Star&) const = default;
};

// All stars of a run, in original ids; views are turned into weights the way
// a consumer would (exact distances, rounded up when quantised elsewhere: here
// the stream runs with exact weights so that both modes are comparable).
std::vector<Star> Collect(const Graph<uint32_t>& g, StarStreamOptions options, bool concurrent, bool views) {
  options.quantize_weights = false;
  auto stream = StarStream::Create(g, options);
  EXPECT_OK(stream.status());
  std::vector<Star> stars;
  std::mutex mu;
  const auto new_to_old = stream->NewToOld();
  EXPECT_OK(stream->Run(
      [&](const PathStars& ps) -> absl::Status {
        std::vector<Star> local;
        for (std::size_t i = 0; i < ps.roots.size(); ++i) {
          Star s{ps.path, ps.levels[i], new_to_old[ps.roots[i]], {}};
          const uint64_t k = ps.offsets[i + 1] - ps.offsets[i];
          for (uint64_t x = 0; x < k; ++x) {
            const VertexId v = views ? ps.star_vertices[i][x] : ps.members[ps.offsets[i] + x];
            const uint64_t w = views ? ps.star_distances[i][x] : ps.weights[ps.offsets[i] + x];
            if (v < ps.dom_begin || v >= ps.dom_end) return absl::InternalError("member outside dom(η)");
            s.members.emplace_back(new_to_old[v], w);
          }
          local.push_back(std::move(s));
        }
        std::lock_guard<std::mutex> lock(mu);
        stars.insert(stars.end(), local.begin(), local.end());
        return absl::OkStatus();
      },
      concurrent, views));
  std::sort(stars.begin(), stars.end());
  return stars;
}

// Every star weight is at least the exact distance from its root (checked by
// an independent Dijkstra on G), its root is a member at weight 0, and the
// stream hands out the same stars whether copied or viewed, from one thread
// or from several at once.
TEST(StarStreamTest, StarsDominateAndDoNotDependOnModeOrThreads) {
  for (auto& tg : testing::SmallFamilies()) {
    SCOPED_TRACE(tg.name);
    const std::vector<Star> base = Collect(tg.graph, Options(0.25), false, false);
    ASSERT_FALSE(base.empty());
    DijkstraEngine<uint32_t> dij(tg.graph.NumVertices());
    for (const Star& s : base) {
      dij.Reset();
      dij.AddSource(s.root);
      dij.Run(tg.graph);
      bool root_seen = false;
      for (const auto& [v, w] : s.members) {
        ASSERT_GE(w, dij.Distance(v)) << "star of root " << s.root << ", member " << v;
        if (v == s.root) root_seen = (w == 0);
      }
      EXPECT_TRUE(root_seen);
    }
    EXPECT_EQ(Collect(tg.graph, Options(0.25), false, true), base);
    StarStreamOptions threaded = Options(0.25);
    threaded.threads = 3;
    EXPECT_EQ(Collect(tg.graph, threaded, false, false), base);
    EXPECT_EQ(Collect(tg.graph, threaded, true, true), base);
  }
}

// The collector's first-fit forests are vertex-disjoint within a scale and
// across scales (checked here by brute force), and its sizes add up.
TEST(CoverStatsCollectorTest, FirstFitForestsAreVertexDisjoint) {
  const VertexId n = 200;
  uint64_t state = 12345;
  auto next = [&](uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  CoverStatsCollector collector(n, 3, true);
  std::map<std::pair<uint32_t, uint32_t>, std::vector<uint8_t>> used;  // (scale or 3, forest) -> vertices
  uint64_t entries = 0;
  for (int s = 0; s < 400; ++s) {
    const uint32_t level = static_cast<uint32_t>(next(3));
    std::vector<VertexId> members;
    const VertexId start = static_cast<VertexId>(next(n));
    const VertexId size = 1 + static_cast<VertexId>(next(30));
    for (VertexId i = 0; i < size && start + i < n; ++i) members.push_back(start + i);
    entries += members.size();
    const auto [local, global] = collector.Add(level, members);
    ASSERT_NE(local, kNoForest);
    ASSERT_NE(global, kNoForest);
    for (auto key : {std::pair{level, local}, std::pair{3u, global}}) {
      auto& mark = used[key];
      if (mark.empty()) mark.assign(n, 0);
      for (VertexId v : members) {
        ASSERT_EQ(mark[v], 0) << "forest " << key.second << " of " << key.first << " reuses vertex " << v;
        mark[v] = 1;
      }
    }
  }
  TreeCoverStats stats;
  collector.Finish(stats);
  EXPECT_EQ(stats.stars, 400u);
  EXPECT_EQ(stats.entries, entries);
  ASSERT_EQ(stats.scales.size(), 3u);
  uint32_t global_forests = 0;
  for (const auto& [key, mark] : used) {
    if (key.first == 3) global_forests = std::max(global_forests, key.second + 1);
  }
  EXPECT_EQ(stats.forests_packed, global_forests);
}

}  // namespace
}  // namespace shortcut
