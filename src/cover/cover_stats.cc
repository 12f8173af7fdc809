// CoverStatsCollector: per-scale sizes and overlaps, and first-fit forests.
#include "shortcut/cover/cover_stats.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <limits>

namespace shortcut {

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

}  // namespace shortcut
