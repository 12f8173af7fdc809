// BuildTreeCover, its scales and first-fit forest packing.
#include "shortcut/cover/tree_cover.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>
#include <tuple>

#include "shortcut/core/status.h"
#include "shortcut/cover/weight_code.h"
#include "star_generator.h"

namespace shortcut {

absl::Status TreeCoverOptions::Validate() const {
  if (!(epsilon > 0) || !(epsilon <= 16)) {
    return InvalidArgumentError("tree cover: epsilon must be in (0, 16], got {}", epsilon);
  }
  if (!(scale_ratio > 1) || !(scale_ratio <= 16)) {
    return InvalidArgumentError("tree cover: scale ratio must be in (1, 16], got {}", scale_ratio);
  }
  if (r != 0 && r < 3) return InvalidArgumentError("tree cover: r must be 0 (unknown) or at least 3, got {}", r);
  if (threads == 0 || threads > 1024) {
    return InvalidArgumentError("tree cover: threads must be in [1, 1024], got {}", threads);
  }
  return absl::OkStatus();
}

uint64_t FloorEpsilonTimes(double epsilon, uint64_t x) {
  // ε = mantissa · 2^shift exactly (a double is a dyadic rational).
  int exponent = 0;
  const double fraction = std::frexp(epsilon, &exponent);  // ε = fraction · 2^exponent, fraction in [0.5, 1)
  const uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  const int shift = exponent - 53;
  __extension__ using U128 = unsigned __int128;
  U128 product = static_cast<U128>(mantissa) * x;
  if (shift >= 0) {
    if (shift >= 64 || (product >> (128 - shift)) != 0) return std::numeric_limits<uint64_t>::max();
    product <<= shift;
  } else {
    product = -shift >= 128 ? 0 : product >> (-shift);
  }
  return product > std::numeric_limits<uint64_t>::max() ? std::numeric_limits<uint64_t>::max()
                                                        : static_cast<uint64_t>(product);
}

absl::StatusOr<std::vector<CoverScale>> ComputeCoverScales(uint64_t min_weight, uint64_t max_distance,
                                                           double epsilon, double scale_ratio,
                                                           bool quantize_weights) {
  if (!(epsilon > 0) || !(epsilon <= 16)) {
    return InvalidArgumentError("tree cover: epsilon must be in (0, 16], got {}", epsilon);
  }
  if (!(scale_ratio > 1) || !(scale_ratio <= 16)) {
    return InvalidArgumentError("tree cover: scale ratio must be in (1, 16], got {}", scale_ratio);
  }
  if (min_weight == 0) return InvalidArgumentError("tree cover: the smallest weight must be positive");
  constexpr uint64_t kLargest = uint64_t{1} << 58;
  std::vector<CoverScale> scales;
  uint64_t previous = min_weight - 1;  // D_{−1}
  uint64_t upper = min_weight;         // D_0
  for (;;) {
    CoverScale s;
    s.upper = upper;
    s.budget = FloorEpsilonTimes(epsilon, previous + 1);
    // ρ_j <= D_j + budget/2 bounds every weight the scale's proof uses.
    const uint64_t radius_bound = upper + s.budget / 2;
    uint64_t q = 0;
    if (quantize_weights) {
      // Weights above kMaxCodedWeight cannot be coded at all (the build then
      // fails with FailedPrecondition), so the rounding of any codable
      // weight <= ρ_j is bounded by that of min(ρ_j, kMaxCodedWeight).
      q = WeightCodeError(std::min(radius_bound, kMaxCodedWeight));
      if (2 * q > s.budget) {
        return InvalidArgumentError(
            "tree cover: epsilon {} is too small for quantised weights (scale {}: budget {}, rounding {}); "
            "use exact weights",
            epsilon, scales.size(), s.budget, 2 * q);
      }
    }
    s.tau = (s.budget - 2 * q) / 2;
    s.radius = upper + s.tau;
    s.quantization_error = quantize_weights ? WeightCodeError(std::min(s.radius, kMaxCodedWeight)) : 0;
    scales.push_back(s);
    if (s.tau >= max_distance) break;
    if (upper >= kLargest) {
      return InvalidArgumentError("tree cover: distances up to {} are too large for the distance scales", max_distance);
    }
    previous = upper;
    const long double next = std::ceil(static_cast<long double>(upper) * scale_ratio);
    upper = std::max<uint64_t>(upper + 1, static_cast<uint64_t>(next));
  }
  // Nested portal sets need τ_j <= τ_{j+1}; lowering a τ keeps its budget.
  for (std::size_t j = scales.size() - 1; j-- > 0;) {
    if (scales[j].tau > scales[j + 1].tau) {
      scales[j].tau = scales[j + 1].tau;
      scales[j].radius = scales[j].upper + scales[j].tau;
      scales[j].quantization_error = quantize_weights ? WeightCodeError(std::min(scales[j].radius, kMaxCodedWeight)) : 0;
    }
  }
  return scales;
}

namespace cover_internal {

CoverStatsCollector::CoverStatsCollector(VertexId n, uint32_t levels, bool pack)
    : n_(n), pack_(pack), overlap_(n, 0), level_overlap_(levels), scales_(levels), level_fit_(pack ? levels : 0) {}

uint32_t CoverStatsCollector::FirstFit::Place(std::span<const VertexId> members, VertexId n) {
  if (words == 0) {
    words = 1;
    bits.assign(n, 0);
  }
  mask.assign(words, 0);
  for (VertexId v : members) {
    const uint64_t* b = bits.data() + uint64_t{v} * words;
    for (uint32_t w = 0; w < words; ++w) mask[w] |= b[w];
  }
  uint32_t f = words * 64;
  for (uint32_t w = 0; w < words; ++w) {
    if (mask[w] != ~uint64_t{0}) {
      f = w * 64 + static_cast<uint32_t>(std::countr_one(mask[w]));
      break;
    }
  }
  if (f / 64 >= words) {
    const uint32_t grown = words * 2;
    std::vector<uint64_t> wider(uint64_t{n} * grown, 0);
    for (VertexId v = 0; v < n; ++v) {
      std::copy_n(bits.data() + uint64_t{v} * words, words, wider.data() + uint64_t{v} * grown);
    }
    bits.swap(wider);
    words = grown;
  }
  for (VertexId v : members) bits[uint64_t{v} * words + f / 64] |= uint64_t{1} << (f % 64);
  forests = std::max(forests, f + 1);
  return f;
}

std::pair<uint32_t, uint32_t> CoverStatsCollector::Add(uint32_t level, std::span<const VertexId> members) {
  CoverScaleStats& st = scales_[level];
  ++st.stars;
  st.entries += members.size();
  std::vector<uint16_t>& counts = level_overlap_[level];
  if (counts.empty()) counts.assign(n_, 0);
  for (VertexId v : members) {
    ++overlap_[v];
    if (counts[v] < std::numeric_limits<uint16_t>::max()) ++counts[v];
  }
  if (!pack_) return {kNoForest, kNoForest};
  const auto start = std::chrono::steady_clock::now();
  const uint32_t local = level_fit_[level].Place(members, n_);
  const uint32_t global = global_fit_.Place(members, n_);
  packing_s_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return {local, global};
}

void CoverStatsCollector::Finish(TreeCoverStats& stats) const {
  stats.scales = scales_;
  stats.entries = 0;
  stats.stars = 0;
  stats.forests_per_scale_sum = 0;
  for (std::size_t j = 0; j < scales_.size(); ++j) {
    CoverScaleStats& st = stats.scales[j];
    for (uint16_t c : level_overlap_[j]) st.max_overlap = std::max<uint32_t>(st.max_overlap, c);
    st.mean_overlap = n_ > 0 ? static_cast<double>(st.entries) / n_ : 0;
    st.forests = pack_ ? level_fit_[j].forests : 0;
    stats.forests_per_scale_sum += st.forests;
    stats.entries += st.entries;
    stats.stars += st.stars;
  }
  stats.max_overlap = overlap_.empty() ? 0 : *std::max_element(overlap_.begin(), overlap_.end());
  stats.mean_overlap = n_ > 0 ? static_cast<double>(stats.entries) / n_ : 0;
  stats.forests_packed = pack_ ? global_fit_.forests : 0;
  stats.packing_s = packing_s_;
}

}  // namespace cover_internal

void PackForestsFirstFit(TreeCover& cover) {
  const uint32_t stars = cover.NumStars();
  cover_internal::CoverStatsCollector collector(cover.num_vertices, static_cast<uint32_t>(cover.scales.size()),
                                                true);
  cover.star_forest.assign(stars, kNoForest);
  cover.star_global_forest.assign(stars, kNoForest);
  for (uint32_t s = 0; s < stars; ++s) {
    std::tie(cover.star_forest[s], cover.star_global_forest[s]) = collector.Add(cover.star_level[s], cover.Members(s));
  }
  collector.Finish(cover.stats);
}

absl::StatusOr<TreeCover> BuildTreeCover(const Graph<uint32_t>& g, const TreeCoverOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(auto gen, cover_internal::StarGenerator::Create(g, options));
  TreeCover cover;
  cover.epsilon = options.epsilon;
  cover.scale_ratio = options.scale_ratio;
  cover.min_weight = gen->min_weight();
  cover.quantized = options.quantize_weights;
  cover.num_vertices = g.NumVertices();
  cover.scales = gen->scales();
  cover.member_offsets.assign(1, 0);
  const auto new_to_old = gen->NewToOld();
  cover_internal::CoverStatsCollector collector(g.NumVertices(), static_cast<uint32_t>(cover.scales.size()),
                                                options.pack_forests);
  SHORTCUT_RETURN_IF_ERROR(gen->Run([&](const cover_internal::PathStars& ps) -> absl::Status {
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
  const auto& gs = gen->stats();
  TreeCoverStats& st = cover.stats;
  st.supernodes = gs.supernodes;
  st.tree_depth = gs.tree_depth;
  st.max_seen = gs.max_seen;
  st.paths = gs.paths;
  st.max_paths_per_supernode = gs.max_paths_per_supernode;
  st.trivial_stars_dropped = gs.trivial_stars_dropped;
  st.settled = gs.settled;
  st.decomposition_s = gs.decomposition_s;
  st.stars_s = gs.stars_s;
  collector.Finish(st);
  st.total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return cover;
}

}  // namespace shortcut
