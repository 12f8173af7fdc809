// File: shortcut/cover/weight_code.h
//
// 16-bit codes for star edge weights, rounded UP: a code always decodes to a
// value at least the distance it encodes, so a coded star stays dominating
// (d_T >= d_G), and the rounding error is bounded relatively, so it can be
// charged to the stretch budget (docs/tree_cover.md, "Quantised weights").
//
//   uint16_t c = EncodeWeightUp(12345);   // requires 12345 <= kMaxCodedWeight
//   uint64_t w = DecodeWeight(c);         // 12345 <= w <= 12345 + 12345 / 2048
//
// Format: a code c < 4096 is the value c itself (exact). Otherwise c = e·2^11
// + m with exponent e in [2, 31] and mantissa m in [0, 2^11): the value is
// (2^11 + m)·2^(e−1). Values of [2^(e+10), 2^(e+11)) are stored with step
// 2^(e−1), so the error of a value w is < w / 2^11 (at most 0.05%), and every
// 16-bit pattern is a valid code. Codes are monotone: a < b implies
// DecodeWeight(a) < DecodeWeight(b).
#ifndef SHORTCUT_COVER_WEIGHT_CODE_H_
#define SHORTCUT_COVER_WEIGHT_CODE_H_

#include <bit>
#include <cstdint>

#include "shortcut/core/check.h"

namespace shortcut {

inline constexpr uint32_t kWeightCodeMantissaBits = 11;
// The largest value a code can hold: (2^12 − 1)·2^30.
inline constexpr uint64_t kMaxCodedWeight = ((uint64_t{1} << 12) - 1) << 30;

// DecodeWeight: the value of code `c`. Never fails; O(1).
inline constexpr uint64_t DecodeWeight(uint16_t c) {
  const uint32_t e = c >> kWeightCodeMantissaBits;
  if (e <= 1) return c;  // 0 .. 4095, exact
  const uint64_t mantissa = (uint64_t{1} << kWeightCodeMantissaBits) | (c & ((1u << kWeightCodeMantissaBits) - 1));
  return mantissa << (e - 1);
}

// EncodeWeightUp: the smallest code whose value is >= w.
// Requires: w <= kMaxCodedWeight (checked). O(1).
inline uint16_t EncodeWeightUp(uint64_t w) {
  SHORTCUT_CHECK(w <= kMaxCodedWeight);
  if (w < 4096) return static_cast<uint16_t>(w);
  uint32_t e = static_cast<uint32_t>(std::bit_width(w)) - 1 - 10;  // w in [2^(e+10), 2^(e+11))
  const uint64_t step_shift = e - 1;
  uint64_t mantissa = (w + (uint64_t{1} << step_shift) - 1) >> step_shift;  // in [2^11, 2^12]
  if (mantissa == (uint64_t{1} << 12)) {
    ++e;
    mantissa >>= 1;
  }
  return static_cast<uint16_t>((e << kWeightCodeMantissaBits) | (mantissa - (uint64_t{1} << kWeightCodeMantissaBits)));
}

// WeightCodeError(bound): the largest rounding error DecodeWeight(
// EncodeWeightUp(w)) − w over all w <= bound. Requires bound <=
// kMaxCodedWeight. O(1).
inline uint64_t WeightCodeError(uint64_t bound) {
  if (bound < 4096) return 0;
  const uint32_t e = static_cast<uint32_t>(std::bit_width(bound)) - 1 - 10;
  return (uint64_t{1} << (e - 1)) - 1;
}

}  // namespace shortcut

#endif  // SHORTCUT_COVER_WEIGHT_CODE_H_
