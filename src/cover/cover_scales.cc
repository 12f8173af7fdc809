// The cover's distance scales and the range check of its parameters.
#include "shortcut/cover/cover_scales.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "shortcut/core/status.h"
#include "shortcut/cover/weight_code.h"

namespace shortcut {

absl::Status ValidateCoverParameters(double epsilon, double scale_ratio) {
  if (!(epsilon > 0) || !(epsilon <= kMaxCoverEpsilon)) {
    return InvalidArgumentError("tree cover: epsilon must be in (0, {}], got {}", kMaxCoverEpsilon, epsilon);
  }
  if (!(scale_ratio > 1) || !(scale_ratio <= kMaxScaleRatio)) {
    return InvalidArgumentError("tree cover: scale ratio must be in (1, {}], got {}", kMaxScaleRatio, scale_ratio);
  }
  return absl::OkStatus();
}

uint64_t FloorEpsilonTimes(double epsilon, uint64_t x) {
  // ε = mantissa · 2^shift exactly (a double is a dyadic rational).
  int exponent = 0;
  const double fraction = std::frexp(epsilon, &exponent);  // ε = fraction · 2^exponent, fraction in [0.5, 1)
  const uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  const int shift = exponent - 53;
  __extension__ using U128 = unsigned __int128;
  U128 product = static_cast<U128>(mantissa) * x;
  if (shift >= 0) {
    if (shift >= 64 || (product >> (128 - shift)) != 0) return std::numeric_limits<uint64_t>::max();
    product <<= shift;
  } else {
    product = -shift >= 128 ? 0 : product >> (-shift);
  }
  return product > std::numeric_limits<uint64_t>::max() ? std::numeric_limits<uint64_t>::max()
                                                        : static_cast<uint64_t>(product);
}

absl::StatusOr<std::vector<CoverScale>> ComputeCoverScales(uint64_t min_weight, uint64_t max_distance,
                                                           double epsilon, double scale_ratio,
                                                           bool quantize_weights, uint32_t mantissa_bits) {
  if (quantize_weights && mantissa_bits != kWeightCodeMantissaBits && mantissa_bits != kCompactWeightMantissaBits) {
    return InvalidArgumentError("tree cover: weight codes have {} or {} mantissa bits, got {}",
                                kWeightCodeMantissaBits, kCompactWeightMantissaBits, mantissa_bits);
  }
  const uint64_t max_coded = MaxCodedWeight(mantissa_bits);
  SHORTCUT_RETURN_IF_ERROR(ValidateCoverParameters(epsilon, scale_ratio));
  if (min_weight == 0) return InvalidArgumentError("tree cover: the smallest weight must be positive");
  constexpr uint64_t kLargest = uint64_t{1} << 58;
  std::vector<CoverScale> scales;
  uint64_t previous = min_weight - 1;  // D_{−1}
  uint64_t upper = min_weight;         // D_0
  for (;;) {
    CoverScale s;
    s.upper = upper;
    s.budget = FloorEpsilonTimes(epsilon, previous + 1);
    // ρ_j <= D_j + budget/2 bounds every weight the scale's proof uses.
    const uint64_t radius_bound = upper + s.budget / 2;
    uint64_t q = 0;
    if (quantize_weights) {
      // Weights above MaxCodedWeight cannot be coded at all (the build then
      // fails with FailedPrecondition), so the rounding of any codable
      // weight <= ρ_j is bounded by that of min(ρ_j, MaxCodedWeight).
      q = WeightCodeError(std::min(radius_bound, max_coded), mantissa_bits);
      if (2 * q > s.budget) {
        return InvalidArgumentError(
            "tree cover: epsilon {} is too small for quantised weights (scale {}: budget {}, rounding {}); "
            "use exact weights",
            epsilon, scales.size(), s.budget, 2 * q);
      }
    }
    s.tau = (s.budget - 2 * q) / 2;
    s.radius = upper + s.tau;
    s.quantization_error = quantize_weights ? WeightCodeError(std::min(s.radius, max_coded), mantissa_bits) : 0;
    scales.push_back(s);
    if (s.tau >= max_distance) break;
    if (upper >= kLargest) {
      return InvalidArgumentError("tree cover: distances up to {} are too large for the distance scales", max_distance);
    }
    previous = upper;
    const long double next = std::ceil(static_cast<long double>(upper) * scale_ratio);
    upper = std::max<uint64_t>(upper + 1, static_cast<uint64_t>(next));
  }
  // Nested portal sets need τ_j <= τ_{j+1}; lowering a τ keeps its budget.
  for (std::size_t j = scales.size() - 1; j-- > 0;) {
    if (scales[j].tau > scales[j + 1].tau) {
      scales[j].tau = scales[j + 1].tau;
      scales[j].radius = scales[j].upper + scales[j].tau;
      scales[j].quantization_error =
          quantize_weights ? WeightCodeError(std::min(scales[j].radius, max_coded), mantissa_bits) : 0;
    }
  }
  return scales;
}

}  // namespace shortcut
