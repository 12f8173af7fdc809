// Internal (not installed): the byte layout of a DistanceOracle label — its
// one writer, its one reader and its one validator (docs/distance_oracle.md,
// "Labels").
//
// A label is a sequence of groups, one per skeleton path in increasing path
// id; a group is
//
//   varint  path id − (previous path id + 1)        (first group: the path id)
//   varint  byte length of the entries
//   implied entries: one weight for each implied star of the path (a star
//     that holds every vertex of the path's range), in star-index order,
//     without an index;
//   explicit entries, in increasing star index within the path:
//     varint  star index − (previous index + 1)     (first entry: the index)
//     weight
//
// A weight is 2 bytes, the little-endian 16-bit code of weight_code.h, or a
// varint when the weights are exact. Which stars are implied is stored per
// path (DistanceOracle::path_implied_*); an explicit entry never names an
// implied star. Version 1 files have no implied stars.
//
// Varints are LEB128. The layout stays internal: users and tools read labels
// through DistanceOracle::DecodeLabel, and the file stores them as opaque
// bytes that Load validates with ValidateLabel.
#ifndef SHORTCUT_SRC_ORACLE_LABEL_CODEC_H_
#define SHORTCUT_SRC_ORACLE_LABEL_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <span>

#include "absl/status/status.h"
#include "shortcut/cover/weight_code.h"

namespace shortcut::oracle_internal {

// Exact weights are kept below 2^62 so that two of them add without overflow.
inline constexpr uint64_t kMaxExactWeight = uint64_t{1} << 62;
// The previous path id / star index before the first one: the first delta
// is then the id itself.
inline constexpr uint64_t kBeforeFirst = ~uint64_t{0};
// The most bytes one entry takes: a 5-byte index step (indices are 32-bit)
// and a 2-byte code, or a 10-byte varint weight.
inline constexpr uint64_t kMaxEntryBytesQuantized = 7;
inline constexpr uint64_t kMaxEntryBytesExact = 15;

// ---- writer ----

inline std::size_t VarintLength(uint64_t x) {
  std::size_t n = 1;
  while (x >= 0x80) {
    x >>= 7;
    ++n;
  }
  return n;
}

inline uint8_t* PutVarint(uint8_t* out, uint64_t x) {
  while (x >= 0x80) {
    *out++ = static_cast<uint8_t>(x | 0x80);
    x >>= 7;
  }
  *out++ = static_cast<uint8_t>(x);
  return out;
}

// StoredWeight(w, quantized): what an entry stores for a star weight w: its
// rounded-up 16-bit code, or w itself. Requires w <= kMaxCodedWeight
// (quantised) or w < kMaxExactWeight.
inline uint64_t StoredWeight(uint64_t w, bool quantized) {
  if (!quantized) return w;
  // Below 4096 a weight is its own code (the common case, without a call).
  return w < 4096 ? w : EncodeWeightUp(w);
}

// EntryWriter: writes the entries of one group: first every implied entry
// (AddImplied, in star-index order), then the explicit ones (Add, in
// increasing star index).
class EntryWriter {
 public:
  EntryWriter(uint8_t* out, bool quantized) : out_(out), quantized_(quantized) {}
  // AddImplied: the weight (as StoredWeight gives it) of the next implied star.
  void AddImplied(uint64_t stored) { PutWeight(stored); }
  // Add: the entry (star index, stored weight as StoredWeight gives it).
  void Add(uint64_t index, uint64_t stored) {
    out_ = PutVarint(out_, index - (previous_ + 1));
    previous_ = index;
    PutWeight(stored);
  }
  uint8_t* end() const { return out_; }

 private:
  void PutWeight(uint64_t stored) {
    if (quantized_) {
      *out_++ = static_cast<uint8_t>(stored);
      *out_++ = static_cast<uint8_t>(stored >> 8);
    } else {
      out_ = PutVarint(out_, stored);
    }
  }
  uint8_t* out_;
  uint64_t previous_ = kBeforeFirst;
  bool quantized_;
};

// GroupHeaderBytes / PutGroupHeader: the header of a group of `length`
// entry bytes for `path`, after the group of `previous_path` (kBeforeFirst
// for the first group).
inline std::size_t GroupHeaderBytes(uint64_t path, uint64_t previous_path, uint64_t length) {
  return VarintLength(path - (previous_path + 1)) + VarintLength(length);
}
inline uint8_t* PutGroupHeader(uint8_t* out, uint64_t path, uint64_t previous_path, uint64_t length) {
  return PutVarint(PutVarint(out, path - (previous_path + 1)), length);
}

// ---- reader (unchecked: only for labels built here or validated) ----

inline uint64_t ReadVarint(const uint8_t*& p) {
  uint64_t x = *p & 0x7f;
  if (*p++ < 0x80) return x;
  for (int shift = 7;; shift += 7) {
    const uint8_t b = *p++;
    x |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (b < 0x80) return x;
  }
}

inline uint64_t ReadWeight(const uint8_t*& p, bool quantized) {
  if (quantized) {
    const uint16_t code = static_cast<uint16_t>(p[0] | (uint16_t{p[1]} << 8));
    p += 2;
    return DecodeWeight(code);
  }
  return ReadVarint(p);
}

// ReadGroupHeader: advances `path` (kBeforeFirst before the first group) to
// the group's path and returns the end of its entries.
inline const uint8_t* ReadGroupHeader(const uint8_t*& p, uint64_t& path) {
  path += ReadVarint(p) + 1;
  const uint64_t length = ReadVarint(p);
  return p + length;
}

// ReadEntry: advances `index` (kBeforeFirst before the first entry) to the
// entry's star index and returns its weight (decoded).
inline uint64_t ReadEntry(const uint8_t*& p, uint64_t& index, bool quantized) {
  index += ReadVarint(p) + 1;
  return ReadWeight(p, quantized);
}

// ---- validator ----

// The implied stars of every path: those of path p are the star indices
// index[begin[p] .. begin[p+1]), strictly increasing below the path's star
// count (begin has one element per path plus one; both empty when no path
// has implied stars).
struct ImpliedStars {
  std::span<const uint64_t> begin;
  std::span<const uint32_t> index;
  uint64_t Count(uint64_t path) const { return begin.empty() ? 0 : begin[path + 1] - begin[path]; }
};

// ValidateLabel: OK iff `label` (the label of `vertex`, named in the error)
// decodes inside its own bytes, with path ids strictly increasing below
// path_star_begin.size() − 1, non-empty groups holding at least the weights
// of their path's implied stars, explicit star indices strictly increasing
// below the path's star count and never implied, and exact weights below
// kMaxExactWeight; then `entries` is increased by its entry count (implied
// ones included). After it, the reader above cannot leave the label. Errors:
// InvalidArgument ("malformed", naming the part). O(label bytes).
absl::Status ValidateLabel(uint64_t vertex, std::span<const uint8_t> label,
                           std::span<const uint64_t> path_star_begin, const ImpliedStars& implied, bool quantized,
                           uint64_t& entries);

}  // namespace shortcut::oracle_internal

#endif  // SHORTCUT_SRC_ORACLE_LABEL_CODEC_H_
