// File: shortcut/cover/cover_stats.h
//
// The statistics of a star cover (TreeCoverStats, per scale CoverScaleStats)
// and CoverStatsCollector, which measures a cover while its stars stream by,
// so that a cover never has to be held in memory to be measured: per-scale
// stars, entries and overlaps and, when asked, a first-fit packing of the
// stars into vertex-disjoint forests (per scale and across scales).
//
//   CoverStatsCollector collector(n, scales.size(), /*pack=*/true);
//   for (each star s, in id order) std::tie(forest, global) = collector.Add(level(s), members(s));
//   collector.Finish(stats);
//
// First fit: a star goes to the lowest-numbered forest none of whose stars
// shares a vertex with it; that is a forest of stars (vertex-disjoint), so
// the forests counted are an upper bound on the fewest possible. Memory:
// per scale with stars, a 2-byte overlap counter per vertex and, when
// packing, one 64-bit word per vertex per 64 forests (all scales are open at
// once, since stars arrive path by path). Time: O(entries · forests / 64).
#ifndef SHORTCUT_COVER_COVER_STATS_H_
#define SHORTCUT_COVER_COVER_STATS_H_

#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "shortcut/core/types.h"

namespace shortcut {

inline constexpr uint32_t kNoForest = std::numeric_limits<uint32_t>::max();

struct CoverScaleStats {
  uint64_t stars = 0;
  uint64_t entries = 0;        // Σ |star| over the scale's stars
  uint32_t forests = 0;        // first-fit forests of this scale's stars
  uint32_t max_overlap = 0;    // most stars of this scale holding one vertex
  double mean_overlap = 0;     // entries / n
};

struct TreeCoverStats {
  // Decomposition (one cop decomposition with empty buffers).
  uint32_t supernodes = 0;
  uint32_t tree_depth = 0;
  uint32_t max_seen = 0;
  uint32_t paths = 0;                 // vertex-disjoint skeleton paths
  uint32_t max_paths_per_supernode = 0;
  // Cover.
  uint64_t stars = 0;
  uint64_t trivial_stars_dropped = 0;
  uint64_t entries = 0;               // Σ |star| = Σ_v (stars holding v)
  uint32_t max_overlap = 0;           // most stars (= forests) holding one vertex
  double mean_overlap = 0;
  uint64_t forests_per_scale_sum = 0; // Σ over scales of the first-fit forests
  uint32_t forests_packed = 0;        // one first-fit packing across all scales
  uint64_t settled = 0;               // vertices settled by the star searches
  // The partition cover only (0 for the portal cover): clusters over all
  // scales, decompositions built, largest r_C / τ_j (at most 1).
  uint64_t clusters = 0;
  uint32_t decompositions = 0;
  double max_cluster_radius_ratio = 0;
  std::vector<CoverScaleStats> scales;
  double decomposition_s = 0;
  double stars_s = 0;
  double packing_s = 0;
  double total_s = 0;
};

class CoverStatsCollector {
 public:
  // n vertices, `levels` scales; `pack`: also pack stars into forests.
  CoverStatsCollector(VertexId n, uint32_t levels, bool pack);
  // Add: a star of `level` with these members; returns its forest within the
  // scale and across scales (kNoForest when not packing).
  std::pair<uint32_t, uint32_t> Add(uint32_t level, std::span<const VertexId> members);
  // Finish: fills stats.scales, stars, entries, the overlaps, the forest
  // counts and packing_s; leaves the other fields alone.
  void Finish(TreeCoverStats& stats) const;

 private:
  struct FirstFit {
    uint32_t words = 0;
    uint32_t forests = 0;
    std::vector<uint64_t> bits;
    std::vector<uint64_t> mask;
    uint32_t Place(std::span<const VertexId> members, VertexId n);
  };
  VertexId n_;
  bool pack_;
  std::vector<uint32_t> overlap_;
  std::vector<std::vector<uint16_t>> level_overlap_;
  std::vector<CoverScaleStats> scales_;
  std::vector<FirstFit> level_fit_;
  FirstFit global_fit_;
  double packing_s_ = 0;
};

}  // namespace shortcut

#endif  // SHORTCUT_COVER_COVER_STATS_H_
