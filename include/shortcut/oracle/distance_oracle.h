// File: shortcut/oracle/distance_oracle.h
//
// DistanceOracle: a (1+ε) approximate distance oracle for a weighted graph,
// built from the star-forest tree cover of cover/tree_cover.h (SODA 2024,
// §5.1: "query every tree of the cover, return the minimum"). Each vertex
// keeps a label: the stars holding it, with its weight in each, sorted by
// star id. A query merges two labels and returns
//
//   min over stars S holding u and v of  w_S(u) + w_S(v),
//
// exactly the cover's distance, so (docs/tree_cover.md)
//   δ(u, v) <= Query(u, v) <= (1 + ε)·δ(u, v)   for every pair u, v.
//
//   DistanceOracleOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(DistanceOracle oracle, DistanceOracle::Build(g, options));
//   uint64_t d = oracle.Query(u, v);          // kUnreachable across components
//   SHORTCUT_RETURN_IF_ERROR(oracle.Save("g.oracle"));
//   SHORTCUT_ASSIGN_OR_RETURN(DistanceOracle again, DistanceOracle::Load("g.oracle"));
//
// Labels are compressed (docs/distance_oracle.md): per vertex, one group per
// (ancestor supernode, skeleton path) in partition-tree order, each holding
// the weights of the path's implied stars (those holding its whole domain:
// no index is stored for them), then delta-coded star indices, all with
// rounded-up weight codes (12-bit by default, 16-bit on request). The groups of u and
// v agree up to their lowest common ancestor and differ after it, so a query
// stops at the first group that differs: it reads only the common part.
//
// Saved files (version 2) carry a magic, the version, the fingerprint of the
// graph (GraphFingerprint), ε, all sizes and a checksum; Load rejects a
// truncated, corrupted, foreign or mismatched file with a status naming the
// problem and never reads out of bounds (the labels are validated in full).
// Version 1 files (no implied stars) still load and answer the same.
//
// Thread-safety: all const member functions may be called concurrently.
#ifndef SHORTCUT_ORACLE_DISTANCE_ORACLE_H_
#define SHORTCUT_ORACLE_DISTANCE_ORACLE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/tree_cover.h"

namespace shortcut {
namespace oracle_internal {
class OracleFile;
class OracleLabelBuilder;
enum class WeightFormat : uint8_t;
}  // namespace oracle_internal

// The answer for two vertices in different components.
inline constexpr uint64_t kUnreachable = kInfinity<uint32_t>;

// The version Save writes; Load also reads kOracleOldestFormatVersion on.
inline constexpr uint32_t kOracleFormatVersion = 2;
inline constexpr uint32_t kOracleOldestFormatVersion = 1;

// The options of DistanceOracle::Build: those of the star cover the labels
// are built from (cover/tree_cover.h has the construction and what each
// switch saves).
// The oracle's options: the star stream's (cover/star_stream.h: epsilon, r,
// scale_ratio, the shrinking switches, root_rule, threads, progress; its
// Validate is the one range check) and what only the oracle needs.
struct DistanceOracleOptions : StarStreamOptions {
  // The oracle's default profile is the compact one: 12-bit weight codes
  // (their rounding charged to the budget, so the guarantee is the same);
  // kWeightCodeMantissaBits gives 16-bit codes (docs/distance_oracle.md,
  // "Profiles").
  DistanceOracleOptions() { weight_mantissa_bits = kCompactWeightMantissaBits; }

  // Pack the cover's stars first-fit into forests for OracleBuildStats (the
  // oracle itself needs no forests; the stars are then encoded in path
  // order, not concurrently).
  bool pack_forests = false;
};

struct OracleBuildStats {
  // The cover streamed into the labels: sizes and overlaps, and its
  // first-fit forests when options.pack_forests is set (packing_s says what
  // that cost; the oracle itself does not need forests).
  TreeCoverStats cover;
  uint64_t label_bytes = 0;    // Σ label sizes
  uint64_t groups = 0;         // Σ groups over all labels
  // Where the label bytes go: group headers (path step and length), explicit
  // star indices, weights (label_bytes is their sum).
  uint64_t header_bytes = 0, index_bytes = 0, weight_bytes = 0;
  // Stars holding their path's whole domain, stored without indices, and
  // their entries; entries of the unbounded (top) star of each path, a part
  // of them.
  uint64_t implied_stars = 0, implied_entries = 0, top_entries = 0;
  double labels_s = 0;         // label assembly (inside the cover's star time)
  double total_s = 0;
};

class DistanceOracle {
 public:
  DistanceOracle() = default;
  DistanceOracle(DistanceOracle&&) noexcept = default;
  DistanceOracle& operator=(DistanceOracle&&) noexcept = default;
  DistanceOracle(const DistanceOracle&) = delete;
  DistanceOracle& operator=(const DistanceOracle&) = delete;

  // Build: builds the cover of `g` with `options` and streams its stars into
  // labels (forests are packed only if `stats` is given and
  // options.pack_forests is set, for the statistics).
  // Errors: InvalidArgument unless options.Validate(); otherwise those of
  // BuildTreeCover.
  // Complexity: that of BuildTreeCover plus O(entries) for the labels.
  // Deterministic: the same bytes for every thread count.
  static absl::StatusOr<DistanceOracle> Build(const Graph<uint32_t>& g, const DistanceOracleOptions& options,
                                              OracleBuildStats* stats = nullptr);

  // FromTreeCover: the oracle of a cover already built for `g` (Build and
  // FromTreeCover give identical labels for the same options; coded weights
  // are stored as 12-bit codes when all of them are 12-bit values). The labels
  // hold exactly the cover's stars for any cover; Query's early stop needs
  // the partition-tree order of BuildTreeCover's paths.
  // Errors: InvalidArgument if the cover does not fit `g` (vertex or path
  // ids out of range, stars out of path order, negative structure).
  static absl::StatusOr<DistanceOracle> FromTreeCover(const Graph<uint32_t>& g, const TreeCover& cover);

  // Query: the cover distance between u and v: 0 if u == v, kUnreachable if
  // no star holds both (different components).
  // Requires: u, v < NumVertices() (checked in debug builds only; use
  // QueryChecked for untrusted ids). Complexity: linear in the common prefix
  // of the two labels; no allocation.
  uint64_t Query(VertexId u, VertexId v) const;

  // QueryChecked: Query with OutOfRange for ids >= NumVertices().
  absl::StatusOr<uint64_t> QueryChecked(VertexId u, VertexId v) const;

  // QueryBatch: out[i] = Query(pairs[i]) for every i, using `threads` threads.
  // Errors: InvalidArgument if out.size() != pairs.size(); OutOfRange (naming
  // the first bad index) if an id is out of range (out is then unspecified).
  absl::Status QueryBatch(std::span<const std::pair<VertexId, VertexId>> pairs, std::span<uint64_t> out,
                          uint32_t threads = 1) const;

  // Save / Serialize: the versioned binary format (docs/distance_oracle.md).
  // Errors (Save): NotFound / Internal for files that cannot be written.
  absl::Status Save(const std::string& path) const;
  std::string Serialize() const;

  // Load / Deserialize: the inverse. Errors: NotFound for a missing file;
  // InvalidArgument for anything malformed (bad magic, unknown version,
  // truncated or oversized data, checksum mismatch, inconsistent sizes,
  // labels that do not decode), with a message naming the problem.
  static absl::StatusOr<DistanceOracle> Load(const std::string& path);
  static absl::StatusOr<DistanceOracle> Deserialize(absl::string_view bytes);

  // FileChecksum(bytes): the checksum the format stores in its last 8 bytes,
  // computed over `bytes` (everything before the checksum). Exposed for tools
  // and tests that forge files.
  static uint64_t FileChecksum(absl::string_view bytes);

  // CheckGraph: FailedPrecondition unless `g` is the graph the oracle was
  // built for (same vertex count and GraphFingerprint).
  absl::Status CheckGraph(const Graph<uint32_t>& g) const;

  VertexId NumVertices() const { return num_vertices_; }
  double epsilon() const { return epsilon_; }
  double scale_ratio() const { return scale_ratio_; }
  bool quantized() const { return quantized_; }
  // WeightCodeBits: 16 or 12 (the compact profile) for coded weights, 0 for
  // exact ones.
  uint32_t WeightCodeBits() const { return quantized_ ? (compact_codes_ ? 12 : 16) : 0; }
  uint64_t fingerprint() const { return fingerprint_; }
  uint64_t NumEntries() const { return num_entries_; }
  uint64_t NumStars() const { return num_stars_; }
  uint64_t NumPaths() const { return num_paths_; }
  uint64_t LabelBytes() const { return labels_.size(); }
  // LabelBytes(v): the size of v's label.
  uint64_t LabelBytes(VertexId v) const { return offsets_[v + 1] - offsets_[v]; }
  // SerializedBytes: the size of the saved file.
  uint64_t SerializedBytes() const;
  const std::vector<CoverScale>& scales() const { return scales_; }

  // ExternalId(v): the input file's id of v (as Graph::ExternalId).
  uint64_t ExternalId(VertexId v) const { return explicit_ids_.empty() ? id_base_ + v : explicit_ids_[v]; }
  // FindExternal(id): the vertex the input called `id` (aliases included),
  // or kNoVertex.
  VertexId FindExternal(uint64_t id) const;

  // Label entries of v as (global star id, weight), for tests and tools.
  std::vector<std::pair<uint64_t, uint64_t>> DecodeLabel(VertexId v) const;

 private:
  friend class oracle_internal::OracleFile;
  friend class oracle_internal::OracleLabelBuilder;
  void SetIds(const Graph<uint32_t>& g);
  oracle_internal::WeightFormat Format() const;

  VertexId num_vertices_ = 0;
  double epsilon_ = 0;
  double scale_ratio_ = 0;
  bool quantized_ = true;
  bool compact_codes_ = false;  // 12-bit codes (weight_mantissa_bits = kCompactWeightMantissaBits)
  uint64_t fingerprint_ = 0;
  uint64_t min_weight_ = 0;
  uint64_t num_paths_ = 0;
  uint64_t num_stars_ = 0;
  uint64_t num_entries_ = 0;
  std::vector<CoverScale> scales_;
  std::vector<uint64_t> path_star_begin_;  // num_paths + 1: global star id = begin[path] + index
  // The implied stars of path p: star indices implied_index_[path_implied_begin_[p] .. [p + 1]).
  std::vector<uint64_t> path_implied_begin_{0};  // num_paths + 1
  std::vector<uint32_t> implied_index_;
  std::vector<uint64_t> offsets_{0};       // num_vertices + 1
  std::vector<uint8_t> labels_;
  uint64_t id_base_ = 0;
  std::vector<uint64_t> explicit_ids_;     // empty when ids are id_base + v
  std::vector<std::pair<uint64_t, VertexId>> aliases_;
  ExternalIdIndex ids_;  // explicit ids or id_base_ + v, and aliases
};

}  // namespace shortcut

#endif  // SHORTCUT_ORACLE_DISTANCE_ORACLE_H_
