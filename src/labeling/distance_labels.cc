// DistanceLabels: building the labels from the star stream, and decoding
// them (labeling/distance_labels.h, docs/distance_labels.md).
#include "shortcut/labeling/distance_labels.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "shortcut/core/status.h"
#include "varint.h"

namespace shortcut {

using labeling_internal::AppendVarint;
using labeling_internal::ReadVarint;

namespace {

// One entry of a label: the next star id (after `star`) and its weight.
// False at the end of the list or of the bytes.
inline bool NextEntry(const uint8_t*& p, const uint8_t* end, uint64_t& left, bool first, uint64_t& star,
                      uint64_t& weight) {
  if (left == 0) return false;
  uint64_t gap = 0;
  if (!ReadVarint(p, end, gap) || !ReadVarint(p, end, weight)) return false;
  --left;
  star = first ? gap : star + gap;
  return true;
}

}  // namespace

uint64_t DecodeDistance(std::span<const uint8_t> label_u, std::span<const uint8_t> label_v) {
  const uint8_t *a = label_u.data(), *ae = a + label_u.size();
  const uint8_t *b = label_v.data(), *be = b + label_v.size();
  uint64_t vu = 0, ku = 0, vv = 0, kv = 0;
  if (!ReadVarint(a, ae, vu) || !ReadVarint(a, ae, ku) || !ReadVarint(b, be, vv) || !ReadVarint(b, be, kv)) {
    return kUnreachable;
  }
  if (vu == vv) return 0;
  uint64_t su = 0, wu = 0, sv = 0, wv = 0;
  bool hu = NextEntry(a, ae, ku, true, su, wu);
  bool hv = NextEntry(b, be, kv, true, sv, wv);
  uint64_t best = kUnreachable;
  // Merge of two increasing star lists: a common star gives w_S(u) + w_S(v).
  while (hu && hv) {
    if (su < sv) {
      hu = NextEntry(a, ae, ku, false, su, wu);
    } else if (sv < su) {
      hv = NextEntry(b, be, kv, false, sv, wv);
    } else {
      if (wu < kUnreachable && wv < kUnreachable - wu) best = std::min(best, wu + wv);
      hu = NextEntry(a, ae, ku, false, su, wu);
      hv = NextEntry(b, be, kv, false, sv, wv);
    }
  }
  return best;
}

VertexId LabelVertex(std::span<const uint8_t> label) {
  const uint8_t* p = label.data();
  uint64_t v = 0;
  if (!ReadVarint(p, p + label.size(), v) || v >= kNoVertex) return kNoVertex;
  return static_cast<VertexId>(v);
}

absl::Status ValidateLabel(std::span<const uint8_t> label, uint64_t n, uint64_t num_stars) {
  const uint8_t *p = label.data(), *end = p + label.size();
  uint64_t v = 0, k = 0;
  if (!ReadVarint(p, end, v)) return absl::InvalidArgumentError("label: truncated vertex id");
  if (v >= n) return absl::InvalidArgumentError(fmt::format("label: vertex {} out of range", v));
  if (!ReadVarint(p, end, k)) return absl::InvalidArgumentError("label: truncated entry count");
  // Every entry takes at least two bytes.
  if (k > label.size() / 2) return absl::InvalidArgumentError("label: more entries than bytes");
  uint64_t star = 0;
  for (uint64_t i = 0; i < k; ++i) {
    uint64_t gap = 0, weight = 0;
    if (!ReadVarint(p, end, gap) || !ReadVarint(p, end, weight)) {
      return absl::InvalidArgumentError(fmt::format("label of vertex {}: entry {} truncated", v, i));
    }
    if (i > 0 && gap == 0) {
      return absl::InvalidArgumentError(fmt::format("label of vertex {}: star ids not increasing", v));
    }
    if (gap >= num_stars || (i > 0 && star >= num_stars - gap)) {
      return absl::InvalidArgumentError(fmt::format("label of vertex {}: star id out of range", v));
    }
    star = i == 0 ? gap : star + gap;
    if (weight >= kUnreachable) {
      return absl::InvalidArgumentError(fmt::format("label of vertex {}: weight out of range", v));
    }
  }
  if (p != end) return absl::InvalidArgumentError(fmt::format("label of vertex {}: trailing bytes", v));
  return absl::OkStatus();
}

absl::StatusOr<DistanceLabels> DistanceLabels::Build(const Graph<uint32_t>& g, const DistanceLabelOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
  const std::span<const VertexId> new_to_old = stream.NewToOld();
  const VertexId n = g.NumVertices();
  // Each vertex's entries as they arrive: stars come in id order, so every
  // body stays sorted and a gap is the difference to the previous star.
  std::vector<std::string> body(n);
  std::vector<uint64_t> last(n, 0), count(n, 0);
  uint64_t star = 0;
  SHORTCUT_RETURN_IF_ERROR(stream.Run([&](const PathStars& ps) -> absl::Status {
    for (std::size_t s = 0; s < ps.roots.size(); ++s, ++star) {
      for (uint64_t i = ps.offsets[s]; i < ps.offsets[s + 1]; ++i) {
        const VertexId v = new_to_old[ps.members[i]];
        AppendVarint(body[v], count[v] == 0 ? star : star - last[v]);
        AppendVarint(body[v], ps.weights[i]);
        last[v] = star;
        ++count[v];
      }
    }
    return absl::OkStatus();
  }));
  DistanceLabels out;
  out.epsilon_ = options.epsilon;
  out.fingerprint_ = GraphFingerprint(g);
  out.num_stars_ = star;
  const auto ids = g.ExternalIds();
  const uint64_t base = ids.empty() ? 0 : ids[0];
  bool consecutive = true;
  for (VertexId v = 0; v < n; ++v) consecutive = consecutive && ids[v] == base + v;
  out.id_base_ = consecutive ? base : 0;
  if (!consecutive) out.ids_.assign(ids.begin(), ids.end());
  out.aliases_.assign(g.Aliases().begin(), g.Aliases().end());
  out.offsets_.assign(1, 0);
  std::string label;
  for (VertexId v = 0; v < n; ++v) {
    label.clear();
    AppendVarint(label, v);
    AppendVarint(label, count[v]);
    label += body[v];
    std::string().swap(body[v]);
    out.bytes_.insert(out.bytes_.end(), label.begin(), label.end());
    out.offsets_.push_back(out.bytes_.size());
  }
  out.index_ = ExternalIdIndex(n, out.id_base_, out.ids_, out.aliases_);
  out.ComputeSizes();
  out.stats_.build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

void DistanceLabels::ComputeSizes() {
  const double build_s = stats_.build_s;
  stats_ = {};
  stats_.build_s = build_s;
  stats_.stars = num_stars_;
  for (VertexId v = 0; v < NumVertices(); ++v) {
    const auto l = Label(v);
    const uint8_t* p = l.data();
    uint64_t id = 0, k = 0;
    ReadVarint(p, p + l.size(), id);
    ReadVarint(p, p + l.size(), k);
    stats_.entries += k;
    stats_.max_entries = std::max(stats_.max_entries, k);
    stats_.total_bits += 8 * l.size();
    stats_.max_bits = std::max<uint64_t>(stats_.max_bits, 8 * l.size());
  }
  stats_.mean_bits = NumVertices() > 0 ? static_cast<double>(stats_.total_bits) / NumVertices() : 0;
}

VertexId DistanceLabels::FindExternal(uint64_t id) const { return index_.Find(id); }

absl::Status DistanceLabels::CheckGraph(const Graph<uint32_t>& g) const {
  if (g.NumVertices() != NumVertices() || GraphFingerprint(g) != fingerprint_) {
    return absl::FailedPreconditionError(fmt::format(
        "the labels were built for another graph ({} vertices, fingerprint {:016x}; this graph: {} vertices, "
        "fingerprint {:016x})",
        NumVertices(), fingerprint_, g.NumVertices(), GraphFingerprint(g)));
  }
  return absl::OkStatus();
}

}  // namespace shortcut
