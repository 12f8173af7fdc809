// Internal (not installed): OracleLabelBuilder, the one assembler of
// DistanceOracle labels, used by Build (stars streamed from the star
// generator) and by FromTreeCover (stars of a materialised cover).
//
// Labels are assembled path-major: each path's stars are counting-sorted by
// vertex over the path's slot range [lo, hi) — a contiguous id range in the
// builder's numbering — and encoded (label_codec.h) into one buffer of the
// path, vertex after vertex. Finish then sweeps the vertices and writes, for
// each, the groups of the paths whose range holds it, in path order, at its
// place in the oracle's numbering. A star that holds every slot of its
// path's range is implied (label_codec.h): its entries are stored without an
// index, first in each group. When the ranges are nested and sorted by
// path id (the domains of the star generator, in partition-tree preorder) the
// paths holding a vertex form a stack; any other ranges give the same labels,
// only more slowly.
#ifndef SHORTCUT_SRC_ORACLE_LABEL_BUILDER_H_
#define SHORTCUT_SRC_ORACLE_LABEL_BUILDER_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/types.h"
#include "label_codec.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::oracle_internal {

// The stars of one path: star s (s = 0 .. offsets.size() − 2, in star-index
// order) holds the offsets[s+1] − offsets[s] vertices vertices[s][i] (slots in
// [lo, hi) of the builder's numbering, distinct) with weights weights[s][i]
// (<= MaxCodedWeight of the code family when coded, < kMaxExactWeight
// otherwise).
struct PathEntries {
  uint32_t path = 0;
  VertexId lo = 0, hi = 0;
  std::span<const uint64_t> offsets;
  std::span<const VertexId* const> vertices;
  std::span<const uint64_t* const> weights;
};

class OracleLabelBuilder {
 public:
  // `count_overlap`: also find the largest number of entries of one vertex
  // (max_overlap()).
  OracleLabelBuilder(uint32_t paths, WeightFormat format, bool count_overlap);

  // AddPath: encodes the groups of `entries.path` (each path once). Safe to
  // call concurrently for different paths. Errors: ResourceExhausted if its
  // buffer cannot be allocated.
  absl::Status AddPath(const PathEntries& entries);

  // Finish: fills the oracle's path star offsets, star and entry counts,
  // label offsets and labels; new_to_old[slot] is the oracle's vertex of a
  // slot (a permutation of the oracle's vertices). Uses up to `threads`
  // threads; the bytes do not depend on it. Frees the path buffers.
  void Finish(std::span<const VertexId> new_to_old, uint32_t threads, DistanceOracle& oracle);

  uint64_t groups() const { return groups_; }
  uint32_t max_overlap() const { return max_overlap_; }
  // Where the label bytes go (after Finish): group headers, explicit star
  // indices, weights; and the entries of implied stars.
  struct ByteStats {
    uint64_t header_bytes = 0, index_bytes = 0, weight_bytes = 0;
    uint64_t implied_stars = 0, implied_entries = 0;
  };
  const ByteStats& byte_stats() const { return byte_stats_; }

 private:
  struct FreeBytes {
    void operator()(uint8_t* p) const { std::free(p); }
  };
  struct PathGroups {
    VertexId lo = 0, hi = 0;
    std::unique_ptr<uint8_t[], FreeBytes> bytes;  // the groups, ends[hi − lo − 1] bytes
    std::vector<uint32_t> ends;                   // ends[i]: end in `bytes` of slot lo + i
    std::vector<uint16_t> entries;                // entries of slot lo + i (count_overlap only)
    std::vector<uint32_t> implied;                // the implied star indices, increasing
    uint64_t stars = 0, total_entries = 0, groups = 0;
    uint64_t index_bytes = 0, weight_bytes = 0;
  };
  // Scratch of AddPath, reused across paths: one per concurrent call.
  struct Scratch {
    std::vector<uint32_t> count;
    std::vector<uint64_t> sorted;         // coded: star index << 16 | weight code
    std::vector<uint32_t> sorted_index;   // exact weights: star index ...
    std::vector<uint64_t> sorted_weight;  // ... and weight
    std::vector<uint8_t> implied;         // implied[s]: star s holds every slot
  };
  void Sweep(int pass, uint32_t chunk, uint32_t chunks, std::span<const VertexId> new_to_old,
             const std::vector<uint32_t>& by_lo, DistanceOracle& oracle, uint32_t& max_overlap,
             uint64_t& header_bytes) const;

  WeightFormat format_;
  bool count_overlap_;
  std::vector<PathGroups> paths_;
  std::mutex scratch_mutex_;
  std::vector<std::unique_ptr<Scratch>> scratch_pool_;
  uint64_t groups_ = 0;
  uint32_t max_overlap_ = 0;
  ByteStats byte_stats_;
};

}  // namespace shortcut::oracle_internal

#endif  // SHORTCUT_SRC_ORACLE_LABEL_BUILDER_H_
