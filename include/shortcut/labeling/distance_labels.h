// File: shortcut/labeling/distance_labels.h
//
// DistanceLabels: a (1+ε) distance labeling scheme built on the star cover
// (cover/star_stream.h), one of the applications of the minor-free tree
// cover listed by Chang, Conroy, Le, Milenković, Solomon and Than (SODA
// 2024, §1). Every vertex gets one self-contained label, a byte string; the
// distance estimate of two vertices is computed from their two labels alone,
// with no shared index:
//
//   DistanceLabelOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(DistanceLabels labels, DistanceLabels::Build(g, options));
//   uint64_t d = DecodeDistance(labels.Label(u), labels.Label(v));   // == labels.Query(u, v)
//   SHORTCUT_RETURN_IF_ERROR(labels.Save("l.bin"));
//
// Label layout (docs/distance_labels.md, "Label layout", version 1): varints
// (7 bits a byte, low first, high bit = more)
//   vertex id, k, then k pairs (star id gap, weight)
// with the stars holding the vertex in increasing id order (the first gap is
// the first id, every later gap >= 1) and the vertex's star weight in each.
//
// Guarantee (docs/distance_labels.md proves it from the cover's two
// properties): DecodeDistance(L(u), L(v)) is 0 for u = v, kUnreachable when
// the labels share no star (exactly the pairs of different components), and
// otherwise min over shared stars S of w_S(u) + w_S(v), which lies in
// [δ(u, v), (1+ε)·δ(u, v)]. Only the star interface is used (star ids,
// members, weights), so any stream of stars with these properties serves.
//
// Files (Save/Load, little-endian, checksummed, version 1) are described in
// docs/distance_labels.md. Load validates every label: after a successful
// load no decode can read outside a label, whatever the file held.
// DecodeDistance itself never reads outside the two spans it is given, even
// for bytes that are not a label (it then answers something meaningless).
//
// Errors: Build: those of StarStream (bad options, ...). Load/Deserialize:
// NotFound, InvalidArgument naming the problem (magic, version, sizes,
// checksum, a malformed label). Deterministic for every thread count.
#ifndef SHORTCUT_LABELING_DISTANCE_LABELS_H_
#define SHORTCUT_LABELING_DISTANCE_LABELS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"
#include "shortcut/oracle/distance_oracle.h"  // kUnreachable, the file checksum

namespace shortcut {

inline constexpr uint32_t kDistanceLabelFormatVersion = 1;

struct DistanceLabelOptions : StarStreamOptions {};

struct DistanceLabelStats {
  uint64_t stars = 0;
  uint64_t entries = 0;         // Σ k over the labels
  uint64_t max_entries = 0;     // largest k
  uint64_t total_bits = 0;      // Σ label bits
  uint64_t max_bits = 0;
  double mean_bits = 0;
  double build_s = 0;
};

// DecodeDistance: the estimate from two labels alone (see above).
// Complexity: O(|label_u| + |label_v|) bytes, one merge of the star lists.
uint64_t DecodeDistance(std::span<const uint8_t> label_u, std::span<const uint8_t> label_v);

// ValidateLabel: OK when `label` is exactly one well-formed label of a vertex
// < n whose star ids are < num_stars and strictly increasing (InvalidArgument
// naming the problem otherwise).
absl::Status ValidateLabel(std::span<const uint8_t> label, uint64_t n, uint64_t num_stars);

// LabelVertex: the vertex id a (valid) label starts with.
VertexId LabelVertex(std::span<const uint8_t> label);

class DistanceLabels {
 public:
  // Build: labels for every vertex of g.
  static absl::StatusOr<DistanceLabels> Build(const Graph<uint32_t>& g, const DistanceLabelOptions& options);
  static absl::StatusOr<DistanceLabels> Load(const std::string& path);
  static absl::StatusOr<DistanceLabels> Deserialize(std::string_view bytes);

  absl::Status Save(const std::string& path) const;
  std::string Serialize() const;

  VertexId NumVertices() const { return static_cast<VertexId>(offsets_.size() - 1); }
  std::span<const uint8_t> Label(VertexId v) const {
    return {bytes_.data() + offsets_[v], bytes_.data() + offsets_[v + 1]};
  }
  // Query(u, v) = DecodeDistance(Label(u), Label(v)).
  uint64_t Query(VertexId u, VertexId v) const { return DecodeDistance(Label(u), Label(v)); }

  double epsilon() const { return epsilon_; }
  uint64_t num_stars() const { return num_stars_; }
  uint64_t fingerprint() const { return fingerprint_; }
  uint64_t ExternalId(VertexId v) const { return ids_.empty() ? id_base_ + v : ids_[v]; }
  // FindExternal: the vertex with that input-file id, or kNoVertex.
  VertexId FindExternal(uint64_t id) const;
  // CheckGraph: FailedPrecondition unless built for g (vertex count and
  // GraphFingerprint).
  absl::Status CheckGraph(const Graph<uint32_t>& g) const;
  // stats: sizes (all of them recomputed on Load); build_s from Build only.
  const DistanceLabelStats& stats() const { return stats_; }

 private:
  void ComputeSizes();

  double epsilon_ = 0;
  uint64_t fingerprint_ = 0;
  uint64_t num_stars_ = 0;
  uint64_t id_base_ = 0;
  std::vector<uint64_t> ids_;      // empty when ids are id_base_ + v
  std::vector<std::pair<uint64_t, VertexId>> aliases_;  // ids merged away by zero-weight contraction
  std::vector<uint64_t> offsets_ = {0};
  std::vector<uint8_t> bytes_;
  ExternalIdIndex index_;
  DistanceLabelStats stats_;
};

}  // namespace shortcut

#endif  // SHORTCUT_LABELING_DISTANCE_LABELS_H_
