// DistanceOracle: labels from the star cover, queries, and the binary format
// (docs/distance_oracle.md).
#include "shortcut/oracle/distance_oracle.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>

#include "../cover/star_generator.h"
#include "label_codec.h"
#include "oracle_file.h"
#include "shortcut/core/check.h"
#include "shortcut/core/status.h"
#include "shortcut/cover/weight_code.h"

namespace shortcut {
namespace {

using namespace oracle_internal;  // NOLINT: the label codec

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

// OracleLabelBuilder: appends one group per (vertex, path), path by path.
class OracleLabelBuilder {
 public:
  OracleLabelBuilder(VertexId n, bool quantized) : labels_(n), last_path_(n, kNone), quantized_(quantized) {}

  // AddGroup: v's entries in `path`, as (star index within the path,
  // weight), sorted by index. Paths must be added in increasing order.
  void AddGroup(VertexId v, uint32_t path, std::span<const uint32_t> index, std::span<const uint64_t> weight) {
    scratch_.resize(index.size() * (quantized_ ? kMaxEntryBytesQuantized : kMaxEntryBytesExact));
    EntryWriter entries(scratch_.data(), quantized_);
    for (std::size_t i = 0; i < index.size(); ++i) entries.Add(index[i], StoredWeight(weight[i], quantized_));
    const uint64_t length = static_cast<uint64_t>(entries.end() - scratch_.data());
    std::vector<uint8_t>& label = labels_[v];
    const std::size_t at = label.size();
    label.resize(at + GroupHeaderBytes(path, last_path_[v], length) + length);
    uint8_t* out = PutGroupHeader(label.data() + at, path, last_path_[v], length);
    std::copy(scratch_.data(), scratch_.data() + length, out);
    last_path_[v] = path;
    ++groups_;
    entries_ += index.size();
  }

  // Finish: concatenates the per-vertex labels into `oracle`.
  void Finish(DistanceOracle& oracle) {
    const VertexId n = static_cast<VertexId>(labels_.size());
    oracle.offsets_.assign(uint64_t{n} + 1, 0);
    for (VertexId v = 0; v < n; ++v) {
      oracle.offsets_[v + 1] = oracle.offsets_[v] + labels_[v].size();
    }
    oracle.labels_.resize(oracle.offsets_[n]);
    for (VertexId v = 0; v < n; ++v) {
      std::copy(labels_[v].begin(), labels_[v].end(), oracle.labels_.begin() + oracle.offsets_[v]);
      std::vector<uint8_t>().swap(labels_[v]);
    }
    oracle.num_entries_ = entries_;
  }

  uint64_t groups() const { return groups_; }

 private:
  static constexpr uint64_t kNone = ~uint64_t{0};
  std::vector<std::vector<uint8_t>> labels_;
  std::vector<uint64_t> last_path_;
  std::vector<uint8_t> scratch_;
  bool quantized_;
  uint64_t groups_ = 0;
  uint64_t entries_ = 0;
};

void DistanceOracle::SetIds(const Graph<uint32_t>& g) {
  const auto ids = g.ExternalIds();
  id_base_ = ids.empty() ? 0 : ids[0];
  explicit_ids_.clear();
  for (VertexId v = 0; v < g.NumVertices(); ++v) {
    if (ids[v] != id_base_ + v) {
      explicit_ids_.assign(ids.begin(), ids.end());
      id_base_ = 0;
      break;
    }
  }
  aliases_.assign(g.Aliases().begin(), g.Aliases().end());
  BuildIdIndex();
}

void DistanceOracle::BuildIdIndex() {
  id_index_.clear();
  for (VertexId v = 0; v < explicit_ids_.size(); ++v) id_index_.emplace(explicit_ids_[v], v);
  for (const auto& [id, v] : aliases_) id_index_.emplace(id, v);
}

VertexId DistanceOracle::FindExternal(uint64_t id) const {
  if (explicit_ids_.empty() && id >= id_base_ && id - id_base_ < num_vertices_) {
    return static_cast<VertexId>(id - id_base_);
  }
  const auto it = id_index_.find(id);
  return it == id_index_.end() ? kNoVertex : it->second;
}

absl::StatusOr<DistanceOracle> DistanceOracle::Build(const Graph<uint32_t>& g, const TreeCoverOptions& options,
                                                     OracleBuildStats* stats) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(auto gen, cover_internal::StarGenerator::Create(g, options));
  const VertexId n = g.NumVertices();
  DistanceOracle oracle;
  oracle.num_vertices_ = n;
  oracle.epsilon_ = options.epsilon;
  oracle.scale_ratio_ = options.scale_ratio;
  oracle.quantized_ = options.quantize_weights;
  oracle.fingerprint_ = GraphFingerprint(g);
  oracle.min_weight_ = gen->min_weight();
  oracle.scales_ = gen->scales();
  oracle.num_paths_ = gen->NumPaths();
  oracle.path_star_begin_.assign(1, 0);
  oracle.SetIds(g);

  // Forest packing is first-fit in star order: only then is the sink fed in
  // order; otherwise paths are encoded concurrently.
  const bool pack = stats != nullptr && options.pack_forests;
  cover_internal::CoverStatsCollector collector(n, static_cast<uint32_t>(oracle.scales_.size()), pack);
  // Labels are assembled path-major: each path keeps the entry bytes of the
  // vertices of its domain (a contiguous id range of the generator's
  // numbering), in vertex order; a final sweep over the vertices
  // concatenates, for each, the groups of the paths whose domain holds it.
  struct FreeBytes {
    void operator()(uint8_t* p) const { std::free(p); }
  };
  struct PathGroups {
    VertexId lo = 0, hi = 0;
    std::unique_ptr<uint8_t[], FreeBytes> bytes;  // the groups, ends[span − 1] bytes
    std::vector<uint32_t> ends;     // ends[i]: end in `bytes` of vertex lo + i
    std::vector<uint16_t> entries;  // entries of vertex lo + i (only for statistics)
    uint64_t stars = 0, total_entries = 0, groups = 0;
  };
  std::vector<PathGroups> groups(gen->NumPaths());
  std::atomic<uint64_t> labels_ns{0};
  const bool quantized = options.quantize_weights;
  const bool count_entries = stats != nullptr && !pack;
  // Scratch of the sink, reused across paths: one per concurrent call.
  struct SinkScratch {
    std::vector<uint32_t> count;
    std::vector<uint64_t> sorted;         // quantised: star index << 16 | weight code
    std::vector<uint32_t> sorted_index;   // exact weights: star index ...
    std::vector<uint64_t> sorted_weight;  // ... and weight
  };
  std::mutex scratch_mutex;
  std::vector<std::unique_ptr<SinkScratch>> scratch_pool;
  auto sink = [&](const cover_internal::PathStars& ps) -> absl::Status {
    const auto t0 = std::chrono::steady_clock::now();
    std::unique_ptr<SinkScratch> scratch;
    {
      std::lock_guard<std::mutex> lock(scratch_mutex);
      if (scratch_pool.empty()) {
        scratch = std::make_unique<SinkScratch>();
      } else {
        scratch = std::move(scratch_pool.back());
        scratch_pool.pop_back();
      }
    }
    // Counting sort of the entries by vertex, stable in star order.
    const VertexId lo = ps.dom_begin, span = ps.dom_end - ps.dom_begin;
    const uint64_t num = ps.NumEntries();
    const uint32_t num_stars = static_cast<uint32_t>(ps.roots.size());
    std::vector<uint32_t>& count = scratch->count;
    count.assign(uint64_t{span} + 1, 0);
    for (uint32_t s = 0; s < num_stars; ++s) {
      const VertexId* const members = ps.star_vertices[s];
      for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) ++count[members[x] - lo + 1];
    }
    for (VertexId i = 0; i < span; ++i) count[i + 1] += count[i];
    if (quantized) {
      if (scratch->sorted.size() < num) scratch->sorted.resize(num);
      uint64_t* const sorted = scratch->sorted.data();
      for (uint32_t s = 0; s < num_stars; ++s) {
        const VertexId* const members = ps.star_vertices[s];
        const uint64_t* const distances = ps.star_distances[s];
        for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) {
          // (the generator checked the largest weight against kMaxCodedWeight).
          sorted[count[members[x] - lo]++] = (uint64_t{s} << 16) | StoredWeight(distances[x], true);
        }
      }
    } else {
      if (scratch->sorted_index.size() < num) {
        scratch->sorted_index.resize(num);
        scratch->sorted_weight.resize(num);
      }
      for (uint32_t s = 0; s < num_stars; ++s) {
        const VertexId* const members = ps.star_vertices[s];
        const uint64_t* const distances = ps.star_distances[s];
        for (uint64_t x = 0, k = ps.offsets[s + 1] - ps.offsets[s]; x < k; ++x) {
          const uint32_t slot = count[members[x] - lo]++;
          scratch->sorted_index[slot] = s;
          scratch->sorted_weight[slot] = distances[x];
        }
      }
    }
    // count[i] is now the end of vertex lo+i's run; its start is count[i−1].
    // Every entry takes at most 5 bytes of index and 2 of code or 10 of
    // weight: the groups are written into a buffer of that size, which is
    // then shrunk in place (no copy; its untouched pages are never mapped).
    PathGroups& pg = groups[ps.path];
    pg.lo = lo;
    pg.hi = ps.dom_end;
    pg.ends.resize(span);
    if (count_entries) pg.entries.resize(span);
    const uint64_t bound = num * (quantized ? kMaxEntryBytesQuantized : kMaxEntryBytesExact);
    uint8_t* const bytes = static_cast<uint8_t*>(std::malloc(std::max<uint64_t>(bound, 1)));
    if (bytes == nullptr) return ResourceExhaustedError("oracle: cannot allocate {} bytes for labels", bound);
    pg.bytes.reset(bytes);
    uint8_t* out = bytes;
    uint32_t begin = 0;
    for (VertexId i = 0; i < span; ++i) {
      const uint32_t end = count[i];
      if (end > begin) {
        EntryWriter writer(out, quantized);
        if (quantized) {
          const uint64_t* const sorted = scratch->sorted.data();
          for (uint32_t x = begin; x < end; ++x) writer.Add(sorted[x] >> 16, sorted[x] & 0xffff);
        } else {
          for (uint32_t x = begin; x < end; ++x) writer.Add(scratch->sorted_index[x], scratch->sorted_weight[x]);
        }
        out = writer.end();
        ++pg.groups;
      }
      if (count_entries) pg.entries[i] = static_cast<uint16_t>(std::min<uint32_t>(end - begin, 0xffff));
      pg.ends[i] = static_cast<uint32_t>(out - bytes);
      begin = end;
    }
    SHORTCUT_CHECK(static_cast<uint64_t>(out - bytes) < (uint64_t{1} << 32));
    if (auto* shrunk = static_cast<uint8_t*>(std::realloc(bytes, std::max<std::ptrdiff_t>(out - bytes, 1)))) {
      pg.bytes.release();
      pg.bytes.reset(shrunk);
    }
    {
      std::lock_guard<std::mutex> lock(scratch_mutex);
      scratch_pool.push_back(std::move(scratch));
    }
    pg.stars = ps.roots.size();
    pg.total_entries = num;
    labels_ns.fetch_add(static_cast<uint64_t>(Since(t0) * 1e9), std::memory_order_relaxed);
    if (pack) {
      for (std::size_t i = 0; i < ps.roots.size(); ++i) {
        collector.Add(ps.levels[i],
                      std::span<const VertexId>(ps.star_vertices[i], ps.offsets[i + 1] - ps.offsets[i]));
      }
    }
    return absl::OkStatus();
  };
  SHORTCUT_RETURN_IF_ERROR(gen->Run(sink, /*concurrent_sink=*/!pack, /*views=*/true));
  scratch_pool.clear();
  uint64_t num_groups = 0;
  for (const PathGroups& pg : groups) {
    oracle.path_star_begin_.push_back(oracle.path_star_begin_.back() + pg.stars);
    oracle.num_entries_ += pg.total_entries;
    num_groups += pg.groups;
  }
  double labels_s = static_cast<double>(labels_ns.load()) * 1e-9;
  oracle.num_stars_ = oracle.path_star_begin_.back();
  const auto t0 = std::chrono::steady_clock::now();
  // The sweep: the paths whose domain holds v form a stack (domains are
  // nested intervals, ordered by path id from the root down). Pass 0 sizes
  // every label, pass 1 writes it at its place in the original numbering.
  // The vertex range is cut into one chunk per thread; a chunk starts with
  // the stack of the paths holding its first vertex.
  const auto new_to_old = gen->NewToOld();
  oracle.offsets_.assign(uint64_t{n} + 1, 0);
  const uint32_t chunks = std::max<uint32_t>(1, std::min<uint32_t>(options.threads, n / 4096 + 1));
  std::vector<uint32_t> chunk_max_overlap(chunks, 0);
  auto sweep = [&](int pass, uint32_t chunk) {
    const VertexId v_begin = static_cast<VertexId>(uint64_t{n} * chunk / chunks);
    const VertexId v_end = static_cast<VertexId>(uint64_t{n} * (chunk + 1) / chunks);
    std::vector<uint32_t> active;
    uint32_t next = 0;
    while (next < groups.size() && groups[next].lo <= v_begin) {
      if (groups[next].hi > v_begin) active.push_back(next);
      ++next;
    }
    uint32_t max_overlap = 0;
    for (VertexId v = v_begin; v < v_end; ++v) {
      while (!active.empty() && groups[active.back()].hi <= v) active.pop_back();
      while (next < groups.size() && groups[next].lo <= v) active.push_back(next++);
      uint64_t size = 0;
      uint8_t* out = pass == 1 ? oracle.labels_.data() + oracle.offsets_[new_to_old[v]] : nullptr;
      uint64_t previous = kBeforeFirst;
      uint32_t overlap = 0;
      for (uint32_t p : active) {
        const PathGroups& pg = groups[p];
        const VertexId i = v - pg.lo;
        if (pass == 0 && count_entries) overlap += pg.entries[i];
        const uint32_t b = i == 0 ? 0 : pg.ends[i - 1], e = pg.ends[i];
        if (e == b) continue;
        const uint64_t length = e - b;
        if (pass == 0) {
          size += GroupHeaderBytes(p, previous, length) + length;
        } else {
          out = std::copy(pg.bytes.get() + b, pg.bytes.get() + e, PutGroupHeader(out, p, previous, length));
        }
        previous = p;
      }
      if (pass == 0) {
        oracle.offsets_[new_to_old[v] + 1] = size;
        max_overlap = std::max(max_overlap, overlap);
      }
    }
    chunk_max_overlap[chunk] = std::max(chunk_max_overlap[chunk], max_overlap);
  };
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      for (VertexId v = 0; v < n; ++v) oracle.offsets_[v + 1] += oracle.offsets_[v];
      oracle.labels_.resize(oracle.offsets_[n]);
    }
    std::vector<std::thread> pool;
    for (uint32_t c = 1; c < chunks; ++c) pool.emplace_back(sweep, pass, c);
    sweep(pass, 0);
    for (auto& th : pool) th.join();
  }
  groups.clear();
  const uint32_t max_overlap = *std::max_element(chunk_max_overlap.begin(), chunk_max_overlap.end());
  labels_s += Since(t0);
  if (stats != nullptr) {
    const auto& gs = gen->stats();
    TreeCoverStats& c = stats->cover;
    c = TreeCoverStats{};
    c.supernodes = gs.supernodes;
    c.tree_depth = gs.tree_depth;
    c.max_seen = gs.max_seen;
    c.paths = gs.paths;
    c.max_paths_per_supernode = gs.max_paths_per_supernode;
    c.trivial_stars_dropped = gs.trivial_stars_dropped;
    c.settled = gs.settled;
    c.decomposition_s = gs.decomposition_s;
    c.stars_s = gs.stars_s;
    collector.Finish(c);
    if (!pack) {
      // Sizes from the generator (the collector saw no star); per-scale
      // maxima need the ordered, packing pass.
      for (std::size_t j = 0; j < c.scales.size(); ++j) {
        c.scales[j].stars = gs.level_stars[j];
        c.scales[j].entries = gs.level_entries[j];
        c.scales[j].mean_overlap = n > 0 ? static_cast<double>(gs.level_entries[j]) / n : 0;
      }
      c.stars = gs.stars;
      c.entries = gs.entries;
      c.mean_overlap = n > 0 ? static_cast<double>(gs.entries) / n : 0;
      c.max_overlap = max_overlap;
    }
    stats->label_bytes = oracle.labels_.size();
    stats->groups = num_groups;
    stats->labels_s = labels_s;
    c.total_s = stats->total_s = Since(start);
  }
  return oracle;
}

absl::StatusOr<DistanceOracle> DistanceOracle::FromTreeCover(const Graph<uint32_t>& g, const TreeCover& cover) {
  const VertexId n = g.NumVertices();
  const uint32_t stars = cover.NumStars();
  if (cover.num_vertices != n) {
    return InvalidArgumentError("oracle: the cover has {} vertices, the graph {}", cover.num_vertices, n);
  }
  const std::size_t paths = cover.path_supernode.size();
  if (cover.path_star_begin.size() != paths + 1 || cover.path_star_begin.front() != 0 ||
      cover.path_star_begin.back() != stars || cover.star_path.size() != stars ||
      cover.member_offsets.size() != uint64_t{stars} + 1 || cover.member_offsets.back() != cover.members.size() ||
      cover.weights.size() != cover.members.size()) {
    return InvalidArgumentError("oracle: the cover's arrays have inconsistent sizes");
  }
  for (std::size_t p = 0; p < paths; ++p) {
    if (cover.path_star_begin[p] > cover.path_star_begin[p + 1]) {
      return InvalidArgumentError("oracle: the stars of path {} are out of order", p);
    }
    for (uint32_t s = cover.path_star_begin[p]; s < cover.path_star_begin[p + 1]; ++s) {
      if (cover.star_path[s] != p) return InvalidArgumentError("oracle: star {} is filed under the wrong path", s);
    }
  }
  DistanceOracle oracle;
  oracle.num_vertices_ = n;
  oracle.epsilon_ = cover.epsilon;
  oracle.scale_ratio_ = cover.scale_ratio;
  oracle.quantized_ = cover.quantized;
  oracle.fingerprint_ = GraphFingerprint(g);
  oracle.min_weight_ = cover.min_weight;
  oracle.scales_ = cover.scales;
  oracle.num_paths_ = paths;
  oracle.num_stars_ = stars;
  oracle.path_star_begin_.assign(cover.path_star_begin.begin(), cover.path_star_begin.end());
  oracle.SetIds(g);
  OracleLabelBuilder builder(n, cover.quantized);
  std::vector<std::vector<uint32_t>> index(n);
  std::vector<std::vector<uint64_t>> weight(n);
  std::vector<VertexId> touched;
  std::vector<uint8_t> is_touched(n, 0);
  for (std::size_t p = 0; p < paths; ++p) {
    touched.clear();
    for (uint32_t s = cover.path_star_begin[p]; s < cover.path_star_begin[p + 1]; ++s) {
      const auto members = cover.Members(s);
      const auto weights = cover.Weights(s);
      for (std::size_t i = 0; i < members.size(); ++i) {
        const VertexId v = members[i];
        if (v >= n) return InvalidArgumentError("oracle: star {} holds vertex {} of a {}-vertex graph", s, v, n);
        if (cover.quantized ? weights[i] > kMaxCodedWeight : weights[i] >= kMaxExactWeight) {
          return InvalidArgumentError("oracle: star {} has weight {} beyond the format", s, weights[i]);
        }
        if (!is_touched[v]) {
          is_touched[v] = 1;
          touched.push_back(v);
        }
        const uint32_t local = s - cover.path_star_begin[p];
        if (!index[v].empty() && index[v].back() == local) {
          return InvalidArgumentError("oracle: star {} holds vertex {} twice", s, v);
        }
        index[v].push_back(local);
        weight[v].push_back(weights[i]);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (VertexId v : touched) {
      builder.AddGroup(v, static_cast<uint32_t>(p), index[v], weight[v]);
      index[v].clear();
      weight[v].clear();
      is_touched[v] = 0;
    }
  }
  builder.Finish(oracle);
  return oracle;
}

uint64_t DistanceOracle::Query(VertexId u, VertexId v) const {
  SHORTCUT_DCHECK(u < num_vertices_ && v < num_vertices_);
  if (u == v) return 0;
  const uint8_t* a = labels_.data() + offsets_[u];
  const uint8_t* const a_end = labels_.data() + offsets_[u + 1];
  const uint8_t* b = labels_.data() + offsets_[v];
  const uint8_t* const b_end = labels_.data() + offsets_[v + 1];
  const bool q = quantized_;
  // The loop spells out ReadGroupHeader / ReadEntry (label_codec.h) with its
  // primitives: the same bytes read, in about 1% fewer instructions.
  uint64_t path_a = kBeforeFirst, path_b = kBeforeFirst;
  uint64_t best = kUnreachable;
  while (a < a_end && b < b_end) {
    path_a += ReadVarint(a) + 1;
    const uint64_t length_a = ReadVarint(a);
    const uint8_t* const ga_end = a + length_a;
    path_b += ReadVarint(b) + 1;
    const uint64_t length_b = ReadVarint(b);
    const uint8_t* const gb_end = b + length_b;
    // Groups follow the partition tree from its root: once they differ, the
    // two labels are in different subtrees and share no later star.
    if (path_a != path_b) break;
    uint64_t ia = ReadVarint(a), wa = ReadWeight(a, q);
    uint64_t ib = ReadVarint(b), wb = ReadWeight(b, q);
    for (;;) {
      if (ia == ib) {
        best = std::min(best, wa + wb);
        if (a == ga_end || b == gb_end) break;
        ia += ReadVarint(a) + 1;
        wa = ReadWeight(a, q);
        ib += ReadVarint(b) + 1;
        wb = ReadWeight(b, q);
      } else if (ia < ib) {
        if (a == ga_end) break;
        ia += ReadVarint(a) + 1;
        wa = ReadWeight(a, q);
      } else {
        if (b == gb_end) break;
        ib += ReadVarint(b) + 1;
        wb = ReadWeight(b, q);
      }
    }
    a = ga_end;
    b = gb_end;
  }
  return best;
}

absl::StatusOr<uint64_t> DistanceOracle::QueryChecked(VertexId u, VertexId v) const {
  if (u >= num_vertices_ || v >= num_vertices_) {
    return OutOfRangeError("oracle query: vertex {} out of range (the oracle has {} vertices)",
                           u >= num_vertices_ ? u : v, num_vertices_);
  }
  return Query(u, v);
}

absl::Status DistanceOracle::QueryBatch(std::span<const std::pair<VertexId, VertexId>> pairs,
                                        std::span<uint64_t> out, uint32_t threads) const {
  if (out.size() != pairs.size()) {
    return InvalidArgumentError("oracle batch: {} pairs but {} outputs", pairs.size(), out.size());
  }
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].first >= num_vertices_ || pairs[i].second >= num_vertices_) {
      return OutOfRangeError("oracle batch: pair {} ({}, {}) is out of range (the oracle has {} vertices)", i,
                             pairs[i].first, pairs[i].second, num_vertices_);
    }
  }
  threads = std::max<uint32_t>(1, std::min<uint32_t>(threads, 256));
  constexpr std::size_t kChunk = 4096;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (;;) {
      const std::size_t begin = next.fetch_add(kChunk);
      if (begin >= pairs.size()) break;
      const std::size_t end = std::min(pairs.size(), begin + kChunk);
      for (std::size_t i = begin; i < end; ++i) out[i] = Query(pairs[i].first, pairs[i].second);
    }
  };
  if (threads == 1 || pairs.size() <= kChunk) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (uint32_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
  }
  return absl::OkStatus();
}

std::vector<std::pair<uint64_t, uint64_t>> DistanceOracle::DecodeLabel(VertexId v) const {
  std::vector<std::pair<uint64_t, uint64_t>> out;
  const uint8_t* p = labels_.data() + offsets_[v];
  const uint8_t* const end = labels_.data() + offsets_[v + 1];
  uint64_t path = kBeforeFirst;
  while (p < end) {
    const uint8_t* const group_end = ReadGroupHeader(p, path);
    uint64_t index = kBeforeFirst;
    while (p < group_end) {
      const uint64_t weight = ReadEntry(p, index, quantized_);
      out.emplace_back(path_star_begin_[path] + index, weight);
    }
  }
  return out;
}

absl::Status DistanceOracle::CheckGraph(const Graph<uint32_t>& g) const {
  if (g.NumVertices() != num_vertices_) {
    return FailedPreconditionError("oracle: built for a graph with {} vertices, given one with {}", num_vertices_,
                                   g.NumVertices());
  }
  const uint64_t fp = GraphFingerprint(g);
  if (fp != fingerprint_) {
    return FailedPreconditionError("oracle: built for a different graph (fingerprint {:016x}, this graph {:016x})",
                                   fingerprint_, fp);
  }
  return absl::OkStatus();
}

uint64_t DistanceOracle::SerializedBytes() const {
  return *oracle_internal::FileBytes(oracle_internal::OracleFile::HeaderOf(*this));
}

std::string DistanceOracle::Serialize() const { return oracle_internal::OracleFile::Serialize(*this); }

uint64_t DistanceOracle::FileChecksum(absl::string_view bytes) { return oracle_internal::FileChecksum(bytes); }

absl::Status DistanceOracle::Save(const std::string& path) const {
  const std::string bytes = Serialize();
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return NotFoundError("oracle: cannot open '{}' for writing", path);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) return InternalError("oracle: writing '{}' failed", path);
  return absl::OkStatus();
}

absl::StatusOr<DistanceOracle> DistanceOracle::Load(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return NotFoundError("oracle: cannot open '{}'", path);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (f.bad()) return InternalError("oracle: reading '{}' failed", path);
  auto oracle = Deserialize(bytes);
  if (!oracle.ok()) return Annotate(oracle.status(), path);
  return oracle;
}

absl::StatusOr<DistanceOracle> DistanceOracle::Deserialize(absl::string_view bytes) {
  return oracle_internal::OracleFile::Deserialize(bytes);
}

}  // namespace shortcut
