// DistanceOracle: Build (the star generator's stream into the label
// builder), FromTreeCover, the queries, external ids, Save and Load. The
// label layout is label_codec.h, its assembly label_builder.h, the file
// format oracle_file.h (docs/distance_oracle.md).
#include "shortcut/oracle/distance_oracle.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>

#include "label_builder.h"
#include "label_codec.h"
#include "oracle_file.h"
#include "shortcut/core/check.h"
#include "shortcut/core/status.h"
#include "shortcut/cover/star_stream.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/io/file.h"

namespace shortcut {
namespace {

using namespace oracle_internal;  // NOLINT: the codec, builder and file format

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// PathOrderNumbering: the vertices of `cover` in lexicographic order of the
// lists of paths holding them (ties by id). For a cover of BuildTreeCover the
// vertices of a path are a domain of the partition tree and the paths follow
// its preorder, so each path's vertices become one contiguous range, as the
// star generator's numbering makes them for Build.
std::vector<VertexId> PathOrderNumbering(const TreeCover& cover) {
  const VertexId n = cover.num_vertices;
  const std::size_t paths = cover.path_supernode.size();
  // Calls visit(p, v) once for every path p and vertex v of its stars.
  auto for_each_path_vertex = [&](auto&& visit) {
    std::vector<uint32_t> last_path(n, ~uint32_t{0});
    for (uint32_t p = 0; p < paths; ++p) {
      const uint64_t begin = cover.member_offsets[cover.path_star_begin[p]];
      const uint64_t end = cover.member_offsets[cover.path_star_begin[p + 1]];
      for (uint64_t x = begin; x < end; ++x) {
        const VertexId v = cover.members[x];
        if (last_path[v] != p) {
          last_path[v] = p;
          visit(p, v);
        }
      }
    }
  };
  std::vector<uint64_t> offsets(uint64_t{n} + 1, 0);
  for_each_path_vertex([&](uint32_t, VertexId v) { ++offsets[v + 1]; });
  for (VertexId v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  std::vector<uint32_t> lists(offsets[n]);
  std::vector<uint64_t> fill(offsets.begin(), offsets.end() - 1);
  for_each_path_vertex([&](uint32_t p, VertexId v) { lists[fill[v]++] = p; });
  std::vector<VertexId> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](VertexId a, VertexId b) {
    return std::lexicographical_compare(lists.begin() + offsets[a], lists.begin() + offsets[a + 1],
                                        lists.begin() + offsets[b], lists.begin() + offsets[b + 1]);
  });
  return order;
}

}  // namespace

// The ranges are the cover's: validated in one place.

void DistanceOracle::SetIds(const Graph<uint32_t>& g) {
  ids_ = ExternalIdIndex(g);
  id_base_ = ids_.Base();
  if (ids_.Consecutive()) {
    explicit_ids_.clear();
  } else {
    explicit_ids_.assign(g.ExternalIds().begin(), g.ExternalIds().end());
  }
  aliases_.assign(g.Aliases().begin(), g.Aliases().end());
}

VertexId DistanceOracle::FindExternal(uint64_t id) const { return ids_.Find(id); }

absl::StatusOr<DistanceOracle> DistanceOracle::Build(const Graph<uint32_t>& g, const DistanceOracleOptions& options,
                                                     OracleBuildStats* stats) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
  const VertexId n = g.NumVertices();
  DistanceOracle oracle;
  oracle.num_vertices_ = n;
  oracle.epsilon_ = options.epsilon;
  oracle.scale_ratio_ = options.scale_ratio;
  oracle.quantized_ = options.quantize_weights;
  oracle.compact_codes_ = options.quantize_weights && options.weight_mantissa_bits == kCompactWeightMantissaBits;
  oracle.fingerprint_ = GraphFingerprint(g);
  oracle.min_weight_ = stream.min_weight();
  oracle.scales_ = stream.scales();
  oracle.num_paths_ = stream.NumPaths();
  oracle.SetIds(g);
  // The labels round with the code family of the options: the scales must
  // have charged exactly that family's rounding (2τ_j + 2e_j <= B_j), or the
  // stretch proof does not hold for them.
  if (options.quantize_weights) {
    const uint32_t m = options.weight_mantissa_bits;
    for (const CoverScale& s : oracle.scales_) {
      if (s.quantization_error < WeightCodeError(std::min(s.radius, MaxCodedWeight(m)), m) ||
          2 * s.tau + 2 * s.quantization_error > s.budget) {
        return InternalError("oracle: a scale (D = {}) does not budget the rounding of {}-bit weight codes", s.upper,
                             m + kWeightCodeExponentBits);
      }
    }
  }

  // Forest packing is first-fit in star order: only then is the sink fed in
  // order; otherwise paths are encoded concurrently.
  const bool pack = stats != nullptr && options.pack_forests;
  CoverStatsCollector collector(n, static_cast<uint32_t>(oracle.scales_.size()), pack);
  // The generator's domains are contiguous, nested id ranges of its
  // numbering: the builder's slots.
  const WeightFormat format = !options.quantize_weights ? WeightFormat::kExact
                               : oracle.compact_codes_    ? WeightFormat::kCode12
                                                          : WeightFormat::kCode16;
  OracleLabelBuilder builder(stream.NumPaths(), format, /*count_overlap=*/stats != nullptr && !pack);
  std::atomic<uint64_t> labels_ns{0}, top_entries{0};
  auto sink = [&](const PathStars& ps) -> absl::Status {
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < ps.radii.size(); ++i) {
      if (ps.radii[i] == kUnboundedRadius) {
        top_entries.fetch_add(ps.offsets[i + 1] - ps.offsets[i], std::memory_order_relaxed);
      }
    }
    SHORTCUT_RETURN_IF_ERROR(builder.AddPath({.path = ps.path,
                                              .lo = ps.dom_begin,
                                              .hi = ps.dom_end,
                                              .offsets = ps.offsets,
                                              .vertices = ps.star_vertices,
                                              .weights = ps.star_distances}));
    labels_ns.fetch_add(static_cast<uint64_t>(Since(t0) * 1e9), std::memory_order_relaxed);
    if (pack) {
      for (std::size_t i = 0; i < ps.roots.size(); ++i) {
        collector.Add(ps.levels[i],
                      std::span<const VertexId>(ps.star_vertices[i], ps.offsets[i + 1] - ps.offsets[i]));
      }
    }
    return absl::OkStatus();
  };
  SHORTCUT_RETURN_IF_ERROR(stream.Run(sink, /*concurrent_sink=*/!pack, /*views=*/true));
  double labels_s = static_cast<double>(labels_ns.load()) * 1e-9;
  const auto t0 = std::chrono::steady_clock::now();
  builder.Finish(stream.NewToOld(), options.threads, oracle);
  const uint32_t max_overlap = builder.max_overlap();
  const uint64_t num_groups = builder.groups();
  labels_s += Since(t0);
  if (stats != nullptr) {
    const auto& gs = stream.stats();
    TreeCoverStats& c = stats->cover;
    c = TreeCoverStats{};
    CopyStreamStats(gs, c);
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
    const auto& bytes = builder.byte_stats();
    stats->header_bytes = bytes.header_bytes;
    stats->index_bytes = bytes.index_bytes;
    stats->weight_bytes = bytes.weight_bytes;
    stats->implied_stars = bytes.implied_stars;
    stats->implied_entries = bytes.implied_entries;
    stats->top_entries = top_entries.load();
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
  oracle.SetIds(g);
  // Input checks: vertices in range, weights the format can hold, no vertex
  // twice in a star.
  std::vector<uint32_t> seen_in(n, ~uint32_t{0});
  for (uint32_t s = 0; s < stars; ++s) {
    const auto members = cover.Members(s);
    const auto weights = cover.Weights(s);
    for (std::size_t i = 0; i < members.size(); ++i) {
      const VertexId v = members[i];
      if (v >= n) return InvalidArgumentError("oracle: star {} holds vertex {} of a {}-vertex graph", s, v, n);
      if (cover.quantized ? weights[i] > kMaxCodedWeight : weights[i] >= kMaxExactWeight) {
        return InvalidArgumentError("oracle: star {} has weight {} beyond the format", s, weights[i]);
      }
      if (seen_in[v] == s) return InvalidArgumentError("oracle: star {} holds vertex {} twice", s, v);
      seen_in[v] = s;
    }
  }
  const std::vector<VertexId> new_to_old = PathOrderNumbering(cover);
  std::vector<VertexId> old_to_new(n);
  for (VertexId i = 0; i < n; ++i) old_to_new[new_to_old[i]] = i;
  std::vector<VertexId> slots(cover.members.size());
  for (std::size_t x = 0; x < slots.size(); ++x) slots[x] = old_to_new[cover.members[x]];
  std::vector<const VertexId*> star_vertices(stars);
  std::vector<const uint64_t*> star_weights(stars);
  for (uint32_t s = 0; s < stars; ++s) {
    star_vertices[s] = slots.data() + cover.member_offsets[s];
    star_weights[s] = cover.weights.data() + cover.member_offsets[s];
  }
  // A cover's coded weights are code values of their family: stored as
  // 12-bit codes when every one is a 12-bit value (a cover of the compact
  // profile), else as 16-bit codes, which hold either family exactly.
  WeightFormat format = WeightFormat::kExact;
  if (cover.quantized) {
    format = WeightFormat::kCode12;
    for (uint64_t w : cover.weights) {
      if (w > MaxCodedWeight(kCompactWeightMantissaBits) ||
          DecodeWeight(EncodeWeightUp(w, kCompactWeightMantissaBits), kCompactWeightMantissaBits) != w) {
        format = WeightFormat::kCode16;
        break;
      }
    }
  }
  oracle.compact_codes_ = format == WeightFormat::kCode12;
  OracleLabelBuilder builder(static_cast<uint32_t>(paths), format, /*count_overlap=*/false);
  for (std::size_t p = 0; p < paths; ++p) {
    const uint32_t s_begin = cover.path_star_begin[p], s_end = cover.path_star_begin[p + 1];
    PathEntries entries;
    entries.path = static_cast<uint32_t>(p);
    entries.lo = n;
    entries.hi = 0;
    for (uint64_t x = cover.member_offsets[s_begin]; x < cover.member_offsets[s_end]; ++x) {
      entries.lo = std::min(entries.lo, slots[x]);
      entries.hi = std::max(entries.hi, slots[x] + 1);
    }
    if (entries.lo > entries.hi) entries.lo = entries.hi = 0;
    entries.offsets = std::span<const uint64_t>(cover.member_offsets).subspan(s_begin, s_end - s_begin + 1);
    entries.vertices = std::span<const VertexId* const>(star_vertices).subspan(s_begin, s_end - s_begin);
    entries.weights = std::span<const uint64_t* const>(star_weights).subspan(s_begin, s_end - s_begin);
    SHORTCUT_RETURN_IF_ERROR(builder.AddPath(entries));
  }
  builder.Finish(new_to_old, /*threads=*/1, oracle);
  return oracle;
}

namespace {

// QueryLabels<F>: Query's loop over two labels of an index of weight format
// F. It spells out ReadGroupHeader / ReadEntry (label_codec.h) with their
// primitives: the same bytes read, in fewer instructions.
template <WeightFormat F>
uint64_t QueryLabels(const uint8_t* a, const uint8_t* const a_end, const uint8_t* b, const uint8_t* const b_end,
                     const uint64_t* implied_begin) {
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
    // The path's implied stars hold both: their weights come first, in the
    // same order in both groups.
    const uint64_t k = implied_begin[path_a + 1] - implied_begin[path_a];
    if constexpr (F == WeightFormat::kCode12) {
      for (uint64_t i = 0; i < k; ++i) {
        best = std::min(best, DecodeWeight(Implied12Code(a, i), kCompactWeightMantissaBits) +
                                  DecodeWeight(Implied12Code(b, i), kCompactWeightMantissaBits));
      }
      a += Implied12Bytes(k);
      b += Implied12Bytes(k);
    } else {
      for (uint64_t i = k; i > 0; --i) {
        const uint64_t wa = ReadWeight(a, F);
        best = std::min(best, wa + ReadWeight(b, F));
      }
    }
    if (a == ga_end || b == gb_end) {
      a = ga_end;
      b = gb_end;
      continue;
    }
    uint64_t ia = kBeforeFirst, ib = kBeforeFirst;
    uint64_t wa = ReadEntry(a, ia, F);
    uint64_t wb = ReadEntry(b, ib, F);
    for (;;) {
      if (ia == ib) {
        best = std::min(best, wa + wb);
        if (a == ga_end || b == gb_end) break;
        wa = ReadEntry(a, ia, F);
        wb = ReadEntry(b, ib, F);
      } else if (ia < ib) {
        if (a == ga_end) break;
        wa = ReadEntry(a, ia, F);
      } else {
        if (b == gb_end) break;
        wb = ReadEntry(b, ib, F);
      }
    }
    a = ga_end;
    b = gb_end;
  }
  return best;
}

}  // namespace

WeightFormat DistanceOracle::Format() const {
  return !quantized_ ? WeightFormat::kExact : compact_codes_ ? WeightFormat::kCode12 : WeightFormat::kCode16;
}

uint64_t DistanceOracle::Query(VertexId u, VertexId v) const {
  SHORTCUT_DCHECK(u < num_vertices_ && v < num_vertices_);
  if (u == v) return 0;
  const uint8_t* const a = labels_.data() + offsets_[u];
  const uint8_t* const a_end = labels_.data() + offsets_[u + 1];
  const uint8_t* const b = labels_.data() + offsets_[v];
  const uint8_t* const b_end = labels_.data() + offsets_[v + 1];
  const uint64_t* const implied = path_implied_begin_.data();
  switch (Format()) {
    case WeightFormat::kCode16:
      return QueryLabels<WeightFormat::kCode16>(a, a_end, b, b_end, implied);
    case WeightFormat::kCode12:
      return QueryLabels<WeightFormat::kCode12>(a, a_end, b, b_end, implied);
    case WeightFormat::kExact:
      break;
  }
  return QueryLabels<WeightFormat::kExact>(a, a_end, b, b_end, implied);
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
    const std::size_t group_begin = out.size();
    const uint64_t first_implied = path_implied_begin_[path];
    ReadImplied(p, path_implied_begin_[path + 1] - first_implied, Format(), [&](uint64_t i, uint64_t weight) {
      out.emplace_back(path_star_begin_[path] + implied_index_[first_implied + i], weight);
    });
    const std::size_t explicit_begin = out.size();
    uint64_t index = kBeforeFirst;
    while (p < group_end) {
      const uint64_t weight = ReadEntry(p, index, Format());
      out.emplace_back(path_star_begin_[path] + index, weight);
    }
    // In star order: the implied and the explicit entries, each sorted.
    std::inplace_merge(out.begin() + group_begin, out.begin() + explicit_begin, out.end());
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

absl::Status DistanceOracle::Save(const std::string& path) const { return WriteFileAtomic(path, Serialize()); }

absl::StatusOr<DistanceOracle> DistanceOracle::Load(const std::string& path) {
  // A regular file only, read up to its size: a device never ends.
  SHORTCUT_ASSIGN_OR_RETURN(const std::string bytes, ReadFile(path, kNoSizeLimit, FileKind::kRegular));
  auto oracle = Deserialize(bytes);
  if (!oracle.ok()) return Annotate(oracle.status(), path);
  return oracle;
}

absl::StatusOr<DistanceOracle> DistanceOracle::Deserialize(absl::string_view bytes) {
  return oracle_internal::OracleFile::Deserialize(bytes);
}

}  // namespace shortcut
