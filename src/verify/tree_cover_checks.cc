// Independent checker of star-forest tree covers.
#include "shortcut/verify/tree_cover_checks.h"

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

#include "shortcut/core/marker.h"
#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

absl::Status CheckStructure(const Graph<uint32_t>& g, const TreeCover& cover) {
  const VertexId n = g.NumVertices();
  const uint64_t stars = cover.star_root.size();
  if (cover.num_vertices != n) {
    return FailedPreconditionError("tree cover: built for {} vertices, the graph has {}", cover.num_vertices, n);
  }
  if (cover.member_offsets.size() != stars + 1 || cover.member_offsets.front() != 0 ||
      cover.member_offsets.back() != cover.members.size() || cover.weights.size() != cover.members.size() ||
      cover.star_level.size() != stars) {
    return FailedPreconditionError("tree cover: star arrays have inconsistent sizes");
  }
  if ((!cover.star_forest.empty() && cover.star_forest.size() != stars) ||
      (!cover.star_global_forest.empty() && cover.star_global_forest.size() != stars)) {
    return FailedPreconditionError("tree cover: forest arrays have inconsistent sizes");
  }
  TimestampMarker seen(n);
  for (uint64_t s = 0; s < stars; ++s) {
    if (cover.member_offsets[s] > cover.member_offsets[s + 1]) {
      return FailedPreconditionError("tree cover: member offsets decrease at star {}", s);
    }
    if (cover.star_root[s] >= n) return FailedPreconditionError("tree cover: star {} has root {} >= n", s, cover.star_root[s]);
    seen.Clear();
    bool root_listed = false;
    for (uint64_t i = cover.member_offsets[s]; i < cover.member_offsets[s + 1]; ++i) {
      const VertexId v = cover.members[i];
      if (v >= n) return FailedPreconditionError("tree cover: star {} holds vertex id {} >= n", s, v);
      if (seen.Get(v)) return FailedPreconditionError("tree cover: star {} holds vertex {} twice", s, g.ExternalId(v));
      seen.Set(v);
      if (v == cover.star_root[s]) {
        if (cover.weights[i] != 0) {
          return FailedPreconditionError("tree cover: star {} gives its root weight {}", s, cover.weights[i]);
        }
        root_listed = true;
      }
    }
    if (!root_listed) return FailedPreconditionError("tree cover: star {} does not list its root", s);
  }
  return absl::OkStatus();
}

absl::Status CheckForests(const Graph<uint32_t>& g, const TreeCover& cover, std::span<const uint32_t> forest,
                          bool per_level, uint64_t& forests_checked) {
  if (forest.empty()) return absl::OkStatus();
  // Group stars by (level if per_level, forest).
  std::vector<uint32_t> order(cover.NumStars());
  for (uint32_t s = 0; s < order.size(); ++s) order[s] = s;
  auto key = [&](uint32_t s) {
    return std::make_pair(per_level ? cover.star_level[s] : 0u, forest[s]);
  };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  std::vector<uint32_t> owner(g.NumVertices(), 0);
  TimestampMarker used(g.NumVertices());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    used.Clear();
    while (j < order.size() && key(order[j]) == key(order[i])) {
      const uint32_t s = order[j];
      for (VertexId v : cover.Members(s)) {
        if (used.Get(v)) {
          return FailedPreconditionError(
              "tree cover: forest {} (scale {}) is not vertex-disjoint: stars {} and {} both hold vertex {}",
              forest[s], per_level ? std::to_string(cover.star_level[s]) : std::string("all"), owner[v], s,
              g.ExternalId(v));
        }
        used.Set(v);
        owner[v] = s;
      }
      ++j;
    }
    ++forests_checked;
    i = j;
  }
  return absl::OkStatus();
}

}  // namespace

TreeCoverCheckReport CheckTreeCover(const Graph<uint32_t>& g, const TreeCover& cover,
                                    const TreeCoverCheckOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  TreeCoverCheckReport report;
  auto finish = [&](absl::Status st) {
    report.status = std::move(st);
    report.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
  };
  if (absl::Status st = CheckStructure(g, cover); !st.ok()) return finish(st);
  const VertexId n = g.NumVertices();
  const uint32_t stars = cover.NumStars();

  // Domination: one bounded Dijkstra per (sampled) star root.
  std::vector<uint32_t> checked;
  if (options.max_stars_checked == 0 || options.max_stars_checked >= stars) {
    checked.resize(stars);
    for (uint32_t s = 0; s < stars; ++s) checked[s] = s;
  } else {
    Random rng(options.seed);
    for (uint64_t i = 0; i < options.max_stars_checked; ++i) checked.push_back(static_cast<uint32_t>(rng.UniformInt(stars)));
    std::sort(checked.begin(), checked.end());
    checked.erase(std::unique(checked.begin(), checked.end()), checked.end());
  }
  DijkstraEngine<uint32_t> dijkstra(n);
  for (uint32_t s : checked) {
    const auto members = cover.Members(s);
    const auto weights = cover.Weights(s);
    uint64_t max_weight = 0;
    for (uint64_t w : weights) max_weight = std::max(max_weight, w);
    dijkstra.Reset();
    dijkstra.AddSource(cover.star_root[s]);
    dijkstra.Run(g, AllVertices{}, {.radius = max_weight});
    for (std::size_t i = 0; i < members.size(); ++i) {
      const uint64_t d = dijkstra.IsSettled(members[i]) ? dijkstra.Distance(members[i]) : kInfinity<uint32_t>;
      if (weights[i] < d) {
        return finish(FailedPreconditionError(
            "tree cover: star {} (root {}) gives vertex {} weight {}, below the distance {}", s,
            g.ExternalId(cover.star_root[s]), g.ExternalId(members[i]), weights[i],
            d >= kInfinity<uint32_t> ? std::string("infinity") : std::to_string(d)));
      }
    }
    ++report.stars_checked;
    report.entries_checked += members.size();
  }

  if (options.check_forests) {
    if (absl::Status st = CheckForests(g, cover, cover.star_forest, true, report.forests_checked); !st.ok()) {
      return finish(st);
    }
    if (absl::Status st = CheckForests(g, cover, cover.star_global_forest, false, report.forests_checked);
        !st.ok()) {
      return finish(st);
    }
  }

  if (options.check_stretch) {
    // The cover's distance: own per-vertex lists (star, weight), sorted by
    // star, merged per pair.
    std::vector<uint64_t> offsets(uint64_t{n} + 1, 0);
    for (VertexId v : cover.members) ++offsets[v + 1];
    for (VertexId v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
    std::vector<std::pair<uint32_t, uint64_t>> entries(cover.members.size());
    {
      std::vector<uint64_t> fill(offsets.begin(), offsets.end() - 1);
      for (uint32_t s = 0; s < stars; ++s) {
        const auto members = cover.Members(s);
        const auto weights = cover.Weights(s);
        for (std::size_t i = 0; i < members.size(); ++i) entries[fill[members[i]]++] = {s, weights[i]};
      }
    }
    auto cover_distance = [&](VertexId u, VertexId v) -> uint64_t {
      if (u == v) return 0;
      uint64_t best = kUnreachable;
      uint64_t i = offsets[u], j = offsets[v];
      while (i < offsets[u + 1] && j < offsets[v + 1]) {
        if (entries[i].first < entries[j].first) {
          ++i;
        } else if (entries[i].first > entries[j].first) {
          ++j;
        } else {
          best = std::min(best, entries[i].second + entries[j].second);
          ++i;
          ++j;
        }
      }
      return best;
    };
    OracleCheckOptions pair_options = options.pairs;
    if (pair_options.epsilon == 0) pair_options.epsilon = cover.epsilon;
    report.pairs = CheckDistanceEstimates(g, cover_distance, pair_options);
    if (!report.pairs.status.ok()) return finish(Annotate(report.pairs.status, "tree cover"));
  }
  return finish(absl::OkStatus());
}

}  // namespace shortcut
