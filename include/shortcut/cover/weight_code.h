// File: shortcut/cover/weight_code.h
//
// Codes for star edge weights, rounded UP: a code always decodes to a value
// at least the distance it encodes, so a coded star stays dominating
// (d_T >= d_G), and the rounding error is bounded relatively, so it can be
// charged to the stretch budget (docs/tree_cover.md, "Scales").
//
//   uint16_t c = EncodeWeightUp(12345);   // requires 12345 <= kMaxCodedWeight
//   uint64_t w = DecodeWeight(c);         // 12345 <= w <= 12345 + 12345 / 2048
//
// A code family has m mantissa bits and 5 exponent bits (m + 5 bits in all):
// the default m = 11 gives 16-bit codes; m = 7 the 12-bit codes of the
// oracle's compact profile (kCompactWeightMantissaBits). A code c < 2^(m+1)
// is the value c itself (exact). Otherwise c = e·2^m + x with exponent e in
// [2, 31] and mantissa x in [0, 2^m): the value is (2^m + x)·2^(e−1). Values
// of [2^(e+m−1), 2^(e+m)) are stored with step 2^(e−1), so the error of a
// value w is < w / 2^m, and every (m + 5)-bit pattern is a valid code. Codes
// are monotone: a < b implies DecodeWeight(a) < DecodeWeight(b). Every value
// of an m-bit family is exact in a family with more mantissa bits.
#ifndef SHORTCUT_COVER_WEIGHT_CODE_H_
#define SHORTCUT_COVER_WEIGHT_CODE_H_

#include <bit>
#include <cstdint>

#include "shortcut/core/check.h"

namespace shortcut {

inline constexpr uint32_t kWeightCodeMantissaBits = 11;
inline constexpr uint32_t kCompactWeightMantissaBits = 7;
inline constexpr uint32_t kWeightCodeExponentBits = 5;

// MaxCodedWeight(m): the largest value a code can hold, (2^(m+1) − 1)·2^30.
inline constexpr uint64_t MaxCodedWeight(uint32_t m = kWeightCodeMantissaBits) {
  return ((uint64_t{1} << (m + 1)) - 1) << 30;
}
inline constexpr uint64_t kMaxCodedWeight = MaxCodedWeight();

// DecodeWeight: the value of code `c` of the m-bit family (c < 2^(m+5)).
// Never fails; O(1).
inline constexpr uint64_t DecodeWeight(uint32_t c, uint32_t m = kWeightCodeMantissaBits) {
  const uint32_t e = c >> m;
  if (e <= 1) return c;  // 0 .. 2^(m+1) − 1, exact
  const uint64_t mantissa = (uint64_t{1} << m) | (c & ((1u << m) - 1));
  return mantissa << (e - 1);
}

// EncodeWeightUp: the smallest code of the m-bit family whose value is >= w.
// Requires: w <= MaxCodedWeight(m) (checked). O(1).
inline uint32_t EncodeWeightUp(uint64_t w, uint32_t m = kWeightCodeMantissaBits) {
  SHORTCUT_CHECK(w <= MaxCodedWeight(m));
  if (w < (uint64_t{1} << (m + 1))) return static_cast<uint32_t>(w);
  uint32_t e = static_cast<uint32_t>(std::bit_width(w)) - m;  // w in [2^(e+m−1), 2^(e+m))
  const uint64_t step_shift = e - 1;
  uint64_t mantissa = (w + (uint64_t{1} << step_shift) - 1) >> step_shift;  // in [2^m, 2^(m+1)]
  if (mantissa == (uint64_t{1} << (m + 1))) {
    ++e;
    mantissa >>= 1;
  }
  return (e << m) | static_cast<uint32_t>(mantissa - (uint64_t{1} << m));
}

// WeightCodeError(bound, m): the largest rounding error DecodeWeight(
// EncodeWeightUp(w)) − w over all w <= bound. Requires bound <=
// MaxCodedWeight(m). O(1).
inline uint64_t WeightCodeError(uint64_t bound, uint32_t m = kWeightCodeMantissaBits) {
  if (bound < (uint64_t{1} << (m + 1))) return 0;
  const uint32_t e = static_cast<uint32_t>(std::bit_width(bound)) - m;
  return (uint64_t{1} << (e - 1)) - 1;
}

}  // namespace shortcut

#endif  // SHORTCUT_COVER_WEIGHT_CODE_H_
