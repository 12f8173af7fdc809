// OracleLabelBuilder (label_builder.h).
#include "label_builder.h"

#include <algorithm>
#include <numeric>
#include <thread>

#include "label_codec.h"
#include "shortcut/core/check.h"
#include "shortcut/core/status.h"

namespace shortcut::oracle_internal {

OracleLabelBuilder::OracleLabelBuilder(uint32_t paths, WeightFormat format, bool count_overlap)
    : format_(format), count_overlap_(count_overlap), paths_(paths) {}

absl::Status OracleLabelBuilder::AddPath(const PathEntries& ps) {
  std::unique_ptr<Scratch> scratch;
  {
    std::lock_guard<std::mutex> lock(scratch_mutex_);
    if (scratch_pool_.empty()) {
      scratch = std::make_unique<Scratch>();
    } else {
      scratch = std::move(scratch_pool_.back());
      scratch_pool_.pop_back();
    }
  }
  // Counting sort of the entries by slot, stable in star order.
  const VertexId lo = ps.lo, span = ps.hi - ps.lo;
  const uint32_t num_stars = static_cast<uint32_t>(ps.offsets.size() - 1);
  const uint64_t num = ps.offsets[num_stars] - ps.offsets[0];
  std::vector<uint32_t>& count = scratch->count;
  count.assign(uint64_t{span} + 1, 0);
  for (uint32_t s = 0; s < num_stars; ++s) {
    const VertexId* const members = ps.vertices[s];
    for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) ++count[members[x] - lo + 1];
  }
  for (VertexId i = 0; i < span; ++i) count[i + 1] += count[i];
  // A star holding every slot of [lo, hi) is implied: each of those slots
  // has a group, which lists its weight without an index.
  PathGroups& pg = paths_[ps.path];
  std::vector<uint8_t>& implied = scratch->implied;
  implied.assign(num_stars, 0);
  pg.implied.clear();
  for (uint32_t s = 0; s < num_stars; ++s) {
    if (span > 0 && ps.offsets[s + 1] - ps.offsets[s] == span) {
      implied[s] = 1;
      pg.implied.push_back(s);
    }
  }
  const bool coded = format_ != WeightFormat::kExact;
  if (coded) {
    if (scratch->sorted.size() < num) scratch->sorted.resize(num);
    uint64_t* const sorted = scratch->sorted.data();
    for (uint32_t s = 0; s < num_stars; ++s) {
      const VertexId* const members = ps.vertices[s];
      const uint64_t* const weights = ps.weights[s];
      for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) {
        sorted[count[members[x] - lo]++] = (uint64_t{s} << 16) | StoredWeight(weights[x], format_);
      }
    }
  } else {
    if (scratch->sorted_index.size() < num) {
      scratch->sorted_index.resize(num);
      scratch->sorted_weight.resize(num);
    }
    for (uint32_t s = 0; s < num_stars; ++s) {
      const VertexId* const members = ps.vertices[s];
      const uint64_t* const weights = ps.weights[s];
      for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) {
        const uint32_t slot = count[members[x] - lo]++;
        scratch->sorted_index[slot] = s;
        scratch->sorted_weight[slot] = weights[x];
      }
    }
  }
  // count[i] is now the end of slot lo+i's run; its start is count[i−1].
  // The groups are written into a buffer of the largest size they can take,
  // which is then shrunk in place (no copy; its untouched pages are never
  // mapped).
  pg.lo = lo;
  pg.hi = ps.hi;
  pg.ends.resize(span);
  if (count_overlap_) pg.entries.resize(span);
  const uint64_t bound = num * (coded ? kMaxEntryBytesQuantized : kMaxEntryBytesExact);
  uint8_t* const bytes = static_cast<uint8_t*>(std::malloc(std::max<uint64_t>(bound, 1)));
  if (bytes == nullptr) return ResourceExhaustedError("oracle: cannot allocate {} bytes for labels", bound);
  pg.bytes.reset(bytes);
  uint8_t* out = bytes;
  uint32_t begin = 0;
  uint64_t weight_bytes = 0;
  for (VertexId i = 0; i < span; ++i) {
    const uint32_t end = count[i];
    if (end > begin) {
      // Implied entries first (the run is in star order), then the others.
      EntryWriter writer(out, format_);
      if (coded) {
        const uint64_t* const sorted = scratch->sorted.data();
        uint64_t implied_here = 0;
        for (uint32_t x = begin; x < end; ++x) {
          if (implied[sorted[x] >> 16]) writer.AddImplied(sorted[x] & 0xffff), ++implied_here;
        }
        writer.EndImplied();
        for (uint32_t x = begin; x < end; ++x) {
          if (!implied[sorted[x] >> 16]) writer.Add(sorted[x] >> 16, sorted[x] & 0xffff);
        }
        // 12-bit codes: the packed implied codes and 12 of the 16 bits of an
        // explicit entry (its 4-bit step counts as index bytes).
        weight_bytes += format_ == WeightFormat::kCode16
                            ? 2 * uint64_t{end - begin}
                            : Implied12Bytes(implied_here) + (3 * (uint64_t{end - begin} - implied_here)) / 2;
      } else {
        const uint32_t* const index = scratch->sorted_index.data();
        const uint64_t* const weight = scratch->sorted_weight.data();
        for (uint32_t x = begin; x < end; ++x) {
          if (implied[index[x]]) writer.AddImplied(weight[x]);
          weight_bytes += VarintLength(weight[x]);
        }
        writer.EndImplied();
        for (uint32_t x = begin; x < end; ++x) {
          if (!implied[index[x]]) writer.Add(index[x], weight[x]);
        }
      }
      out = writer.end();
      ++pg.groups;
    }
    if (count_overlap_) pg.entries[i] = static_cast<uint16_t>(std::min<uint32_t>(end - begin, 0xffff));
    pg.ends[i] = static_cast<uint32_t>(out - bytes);
    begin = end;
  }
  SHORTCUT_CHECK(static_cast<uint64_t>(out - bytes) < (uint64_t{1} << 32));
  if (auto* shrunk = static_cast<uint8_t*>(std::realloc(bytes, std::max<std::ptrdiff_t>(out - bytes, 1)))) {
    pg.bytes.release();
    pg.bytes.reset(shrunk);
  }
  {
    std::lock_guard<std::mutex> lock(scratch_mutex_);
    scratch_pool_.push_back(std::move(scratch));
  }
  pg.stars = num_stars;
  pg.total_entries = num;
  pg.weight_bytes = weight_bytes;
  pg.index_bytes = static_cast<uint64_t>(out - bytes) - weight_bytes;
  return absl::OkStatus();
}

// Sweep: pass 0 sizes the labels of the slots of `chunk`, pass 1 writes
// them. A chunk starts with the paths whose range holds its first slot;
// `active` keeps the paths holding the current slot in path order (a stack
// when the ranges are nested).
void OracleLabelBuilder::Sweep(int pass, uint32_t chunk, uint32_t chunks, std::span<const VertexId> new_to_old,
                               const std::vector<uint32_t>& by_lo, DistanceOracle& oracle,
                               uint32_t& max_overlap, uint64_t& header_bytes) const {
  const uint64_t n = new_to_old.size();
  const VertexId v_begin = static_cast<VertexId>(n * chunk / chunks);
  const VertexId v_end = static_cast<VertexId>(n * (chunk + 1) / chunks);
  std::vector<uint32_t> active;
  auto activate = [&](uint32_t p) {
    if (active.empty() || active.back() < p) {
      active.push_back(p);
    } else {
      active.insert(std::upper_bound(active.begin(), active.end(), p), p);
    }
  };
  std::size_t next = 0;
  while (next < by_lo.size() && paths_[by_lo[next]].lo <= v_begin) {
    if (paths_[by_lo[next]].hi > v_begin) activate(by_lo[next]);
    ++next;
  }
  for (VertexId v = v_begin; v < v_end; ++v) {
    while (!active.empty() && paths_[active.back()].hi <= v) active.pop_back();
    while (next < by_lo.size() && paths_[by_lo[next]].lo <= v) activate(by_lo[next++]);
    uint64_t size = 0;
    uint8_t* out = pass == 1 ? oracle.labels_.data() + oracle.offsets_[new_to_old[v]] : nullptr;
    uint64_t previous = kBeforeFirst;
    uint32_t overlap = 0;
    bool expired = false;  // a range ended below the top of `active` (ranges not nested)
    for (uint32_t p : active) {
      const PathGroups& pg = paths_[p];
      if (pg.hi <= v) {
        expired = true;
        continue;
      }
      const VertexId i = v - pg.lo;
      if (pass == 0 && count_overlap_) overlap += pg.entries[i];
      const uint32_t b = i == 0 ? 0 : pg.ends[i - 1], e = pg.ends[i];
      if (e == b) continue;
      const uint64_t length = e - b;
      if (pass == 0) {
        const uint64_t header = GroupHeaderBytes(p, previous, length);
        header_bytes += header;
        size += header + length;
      } else {
        out = std::copy(pg.bytes.get() + b, pg.bytes.get() + e, PutGroupHeader(out, p, previous, length));
      }
      previous = p;
    }
    if (expired) std::erase_if(active, [&](uint32_t p) { return paths_[p].hi <= v; });
    if (pass == 0) {
      oracle.offsets_[new_to_old[v] + 1] = size;
      max_overlap = std::max(max_overlap, overlap);
    }
  }
}

void OracleLabelBuilder::Finish(std::span<const VertexId> new_to_old, uint32_t threads, DistanceOracle& oracle) {
  oracle.path_star_begin_.assign(1, 0);
  oracle.path_implied_begin_.assign(1, 0);
  oracle.implied_index_.clear();
  oracle.num_entries_ = 0;
  groups_ = 0;
  byte_stats_ = ByteStats{};
  for (const PathGroups& pg : paths_) {
    oracle.path_star_begin_.push_back(oracle.path_star_begin_.back() + pg.stars);
    oracle.implied_index_.insert(oracle.implied_index_.end(), pg.implied.begin(), pg.implied.end());
    oracle.path_implied_begin_.push_back(oracle.implied_index_.size());
    oracle.num_entries_ += pg.total_entries;
    groups_ += pg.groups;
    byte_stats_.index_bytes += pg.index_bytes;
    byte_stats_.weight_bytes += pg.weight_bytes;
    byte_stats_.implied_stars += pg.implied.size();
    byte_stats_.implied_entries += pg.implied.size() * uint64_t{pg.hi - pg.lo};
  }
  oracle.num_stars_ = oracle.path_star_begin_.back();
  // Paths by first slot (stable: for the generator's domains, path order).
  std::vector<uint32_t> by_lo(paths_.size());
  std::iota(by_lo.begin(), by_lo.end(), 0);
  std::stable_sort(by_lo.begin(), by_lo.end(), [&](uint32_t a, uint32_t b) { return paths_[a].lo < paths_[b].lo; });
  const uint64_t n = new_to_old.size();
  oracle.offsets_.assign(n + 1, 0);
  const uint32_t chunks = std::max<uint32_t>(1, std::min<uint64_t>(threads, n / 4096 + 1));
  std::vector<uint32_t> chunk_max_overlap(chunks, 0);
  std::vector<uint64_t> chunk_header_bytes(chunks, 0);
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      for (uint64_t v = 0; v < n; ++v) oracle.offsets_[v + 1] += oracle.offsets_[v];
      oracle.labels_.resize(oracle.offsets_[n]);
    }
    std::vector<std::thread> pool;
    for (uint32_t c = 1; c < chunks; ++c) {
      pool.emplace_back([&, pass, c] {
        Sweep(pass, c, chunks, new_to_old, by_lo, oracle, chunk_max_overlap[c], chunk_header_bytes[c]);
      });
    }
    Sweep(pass, 0, chunks, new_to_old, by_lo, oracle, chunk_max_overlap[0], chunk_header_bytes[0]);
    for (auto& th : pool) th.join();
  }
  max_overlap_ = *std::max_element(chunk_max_overlap.begin(), chunk_max_overlap.end());
  byte_stats_.header_bytes = std::accumulate(chunk_header_bytes.begin(), chunk_header_bytes.end(), uint64_t{0});
  paths_.clear();
}

}  // namespace shortcut::oracle_internal
