// BuildTreeCover: the star stream stored as a cover, and first-fit forest packing.
#include "shortcut/cover/tree_cover.h"

#include <chrono>
#include <tuple>

#include "shortcut/core/status.h"

namespace shortcut {

void PackForestsFirstFit(TreeCover& cover) {
  const uint32_t stars = cover.NumStars();
  CoverStatsCollector collector(cover.num_vertices, static_cast<uint32_t>(cover.scales.size()), true);
  cover.star_forest.assign(stars, kNoForest);
  cover.star_global_forest.assign(stars, kNoForest);
  for (uint32_t s = 0; s < stars; ++s) {
    std::tie(cover.star_forest[s], cover.star_global_forest[s]) = collector.Add(cover.star_level[s], cover.Members(s));
  }
  collector.Finish(cover.stats);
}

absl::StatusOr<TreeCover> BuildTreeCover(const Graph<uint32_t>& g, const TreeCoverOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
  TreeCover cover;
  cover.epsilon = options.epsilon;
  cover.scale_ratio = options.scale_ratio;
  cover.min_weight = stream.min_weight();
  cover.quantized = options.quantize_weights;
  cover.num_vertices = g.NumVertices();
  cover.scales = stream.scales();
  cover.member_offsets.assign(1, 0);
  const auto new_to_old = stream.NewToOld();
  CoverStatsCollector collector(g.NumVertices(), static_cast<uint32_t>(cover.scales.size()), options.pack_forests);
  SHORTCUT_RETURN_IF_ERROR(stream.Run([&](const PathStars& ps) -> absl::Status {
    cover.path_supernode.push_back(ps.supernode);
    cover.path_star_begin.push_back(static_cast<uint32_t>(cover.stats.stars));
    for (std::size_t i = 0; i < ps.roots.size(); ++i) {
      const std::span<const VertexId> members(ps.members.data() + ps.offsets[i], ps.offsets[i + 1] - ps.offsets[i]);
      const auto [forest, global] = collector.Add(ps.levels[i], members);
      ++cover.stats.stars;
      if (!options.keep_stars) continue;
      cover.star_root.push_back(new_to_old[ps.roots[i]]);
      cover.star_level.push_back(ps.levels[i]);
      cover.star_radius.push_back(ps.radii[i]);
      cover.star_path.push_back(ps.path);
      cover.star_forest.push_back(forest);
      cover.star_global_forest.push_back(global);
      for (uint64_t x = ps.offsets[i]; x < ps.offsets[i + 1]; ++x) {
        cover.members.push_back(new_to_old[ps.members[x]]);
        cover.weights.push_back(ps.weights[x]);
      }
      cover.member_offsets.push_back(cover.members.size());
    }
    return absl::OkStatus();
  }));
  cover.path_star_begin.push_back(static_cast<uint32_t>(cover.stats.stars));
  if (!options.pack_forests) {
    cover.star_forest.clear();
    cover.star_global_forest.clear();
  }
  TreeCoverStats& st = cover.stats;
  CopyStreamStats(stream.stats(), st);
  collector.Finish(st);
  st.total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return cover;
}

}  // namespace shortcut
