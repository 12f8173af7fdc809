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
// varint when the weights are exact. With 12-bit codes (the compact profile)
// the implied weights are packed two in three bytes, and an explicit entry is
// a 16-bit word: the code and a 4-bit index step (an escape for longer steps). Which stars are implied is stored per
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

// How an index stores weights: exact varints, 16-bit codes (weight_code.h,
// 11 mantissa bits) or 12-bit codes (7 mantissa bits, the compact profile).
enum class WeightFormat : uint8_t { kExact, kCode16, kCode12 };

inline uint32_t MantissaBits(WeightFormat f) {
  return f == WeightFormat::kCode12 ? kCompactWeightMantissaBits : kWeightCodeMantissaBits;
}

// StoredWeight(w, format): what an entry stores for a star weight w: its
// rounded-up code, or w itself. Requires w <= MaxCodedWeight of the family
// (coded) or w < kMaxExactWeight.
inline uint64_t StoredWeight(uint64_t w, WeightFormat format) {
  if (format == WeightFormat::kExact) return w;
  const uint32_t m = MantissaBits(format);
  // Small weights are their own code (the common case, without a call).
  return w < (uint64_t{1} << (m + 1)) ? w : EncodeWeightUp(w, m);
}

// Implied12Bytes(k): the bytes of k packed 12-bit codes (two in three bytes,
// an odd last one in two).
inline uint64_t Implied12Bytes(uint64_t k) { return 3 * (k / 2) + 2 * (k % 2); }

// A 12-bit explicit entry: a little-endian 16-bit word, the code in its low
// 12 bits and min(index step, 15) in its high 4; a step of 15 or more is
// followed by a varint of step − 15.
inline constexpr uint32_t kStepEscape = 15;

// EntryWriter: writes the entries of one group: first every implied entry
// (AddImplied, in star-index order, then EndImplied), then the explicit ones
// (Add, in increasing star index).
class EntryWriter {
 public:
  EntryWriter(uint8_t* out, WeightFormat format) : out_(out), format_(format) {}
  // AddImplied: the weight (as StoredWeight gives it) of the next implied star.
  void AddImplied(uint64_t stored) {
    if (format_ != WeightFormat::kCode12) {
      PutWeight(stored);
    } else if (!pending_) {
      pending_ = true;
      pending_code_ = static_cast<uint32_t>(stored);
    } else {  // two codes in three bytes
      pending_ = false;
      *out_++ = static_cast<uint8_t>(pending_code_);
      *out_++ = static_cast<uint8_t>((pending_code_ >> 8) | ((stored & 0x0f) << 4));
      *out_++ = static_cast<uint8_t>(stored >> 4);
    }
  }
  // EndImplied: after the last implied entry (writes an odd last 12-bit code).
  void EndImplied() {
    if (pending_) {
      pending_ = false;
      *out_++ = static_cast<uint8_t>(pending_code_);
      *out_++ = static_cast<uint8_t>(pending_code_ >> 8);
    }
  }
  // Add: the entry (star index, stored weight as StoredWeight gives it).
  void Add(uint64_t index, uint64_t stored) {
    const uint64_t step = index - (previous_ + 1);
    previous_ = index;
    if (format_ == WeightFormat::kCode12) {
      const uint64_t nibble = step < kStepEscape ? step : kStepEscape;
      const uint64_t word = stored | (nibble << 12);
      *out_++ = static_cast<uint8_t>(word);
      *out_++ = static_cast<uint8_t>(word >> 8);
      if (nibble == kStepEscape) out_ = PutVarint(out_, step - kStepEscape);
      return;
    }
    out_ = PutVarint(out_, step);
    PutWeight(stored);
  }
  uint8_t* end() const { return out_; }

 private:
  void PutWeight(uint64_t stored) {
    if (format_ == WeightFormat::kCode16) {
      *out_++ = static_cast<uint8_t>(stored);
      *out_++ = static_cast<uint8_t>(stored >> 8);
    } else {
      out_ = PutVarint(out_, stored);
    }
  }
  uint8_t* out_;
  uint64_t previous_ = kBeforeFirst;
  WeightFormat format_;
  bool pending_ = false;
  uint32_t pending_code_ = 0;
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

// ReadWeight: an implied or explicit weight of an exact or 16-bit index.
inline uint64_t ReadWeight(const uint8_t*& p, WeightFormat format) {
  if (format == WeightFormat::kCode16) {
    const uint32_t code = p[0] | (uint32_t{p[1]} << 8);
    p += 2;
    return DecodeWeight(code);
  }
  return ReadVarint(p);
}

// Implied12Code(base, i): the i-th packed 12-bit code from `base`.
inline uint32_t Implied12Code(const uint8_t* base, uint64_t i) {
  const uint8_t* q = base + 3 * (i / 2);
  return i % 2 == 0 ? q[0] | ((uint32_t{q[1]} & 0x0f) << 8) : (uint32_t{q[1]} >> 4) | (uint32_t{q[2]} << 4);
}

// ReadImplied: the k implied weights at p (decoded, passed to f(i, w)); p
// moves past them.
template <class F>
inline void ReadImplied(const uint8_t*& p, uint64_t k, WeightFormat format, F&& f) {
  if (format == WeightFormat::kCode12) {
    for (uint64_t i = 0; i < k; ++i) f(i, DecodeWeight(Implied12Code(p, i), kCompactWeightMantissaBits));
    p += Implied12Bytes(k);
    return;
  }
  for (uint64_t i = 0; i < k; ++i) f(i, ReadWeight(p, format));
}

// ReadGroupHeader: advances `path` (kBeforeFirst before the first group) to
// the group's path and returns the end of its entries.
inline const uint8_t* ReadGroupHeader(const uint8_t*& p, uint64_t& path) {
  path += ReadVarint(p) + 1;
  const uint64_t length = ReadVarint(p);
  return p + length;
}

// ReadEntry: advances `index` (kBeforeFirst before the first entry) to the
// explicit entry's star index and returns its weight (decoded).
inline uint64_t ReadEntry(const uint8_t*& p, uint64_t& index, WeightFormat format) {
  if (format == WeightFormat::kCode12) {
    const uint32_t word = p[0] | (uint32_t{p[1]} << 8);
    p += 2;
    uint64_t step = word >> 12;
    if (step == kStepEscape) step += ReadVarint(p);
    index += step + 1;
    return DecodeWeight(word & 0xfff, kCompactWeightMantissaBits);
  }
  index += ReadVarint(p) + 1;
  return ReadWeight(p, format);
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
                           std::span<const uint64_t> path_star_begin, const ImpliedStars& implied,
                           WeightFormat format, uint64_t& entries);

}  // namespace shortcut::oracle_internal

#endif  // SHORTCUT_SRC_ORACLE_LABEL_CODEC_H_
