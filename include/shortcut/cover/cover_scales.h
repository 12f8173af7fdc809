// File: shortcut/cover/cover_scales.h
//
// The distance scales of the star cover and the one place where the cover's
// parameters are range-checked (docs/tree_cover.md, "Scales").
//
//   SHORTCUT_RETURN_IF_ERROR(ValidateCoverParameters(epsilon, scale_ratio));
//   SHORTCUT_ASSIGN_OR_RETURN(std::vector<CoverScale> scales,
//                             ComputeCoverScales(w_min, max_distance, epsilon, ratio, quantize));
//
// Scale j serves the pairs u != v with D_{j−1} < δ(u, v) <= D_j (D_{−1} =
// w_min − 1) with additive error at most budget_j = floor(ε·(D_{j−1}+1)) <=
// ε·δ(u, v); portals along a path are τ_j apart, and 2τ_j plus twice the
// rounding of a coded weight fits the budget. Every quantity is an exact
// integer: no comparison in the stretch proof is done in floating point.
#ifndef SHORTCUT_COVER_COVER_SCALES_H_
#define SHORTCUT_COVER_COVER_SCALES_H_

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace shortcut {

// ε lies in (0, kMaxCoverEpsilon]; the scale ratio in (1, kMaxScaleRatio].
inline constexpr double kMaxCoverEpsilon = 16;
inline constexpr double kMaxScaleRatio = 16;

// ValidateCoverParameters: InvalidArgument (naming the parameter and its
// range) unless epsilon and scale_ratio are in range. O(1).
absl::Status ValidateCoverParameters(double epsilon, double scale_ratio);

// One distance scale j. Pairs u != v with D_{j−1} < δ(u, v) <= D_j are
// served at scale j with additive error at most `budget` <= ε·(D_{j−1} + 1)
// <= ε·δ(u, v); 2·tau + 2·quantization_error <= budget.
struct CoverScale {
  uint64_t upper = 0;               // D_j
  uint64_t budget = 0;              // floor(ε·(D_{j−1} + 1))
  uint64_t tau = 0;                 // portal covering radius along a path
  uint64_t radius = 0;              // ρ_j = D_j + τ_j
  uint64_t quantization_error = 0;  // largest rounding of a weight <= ρ_j
};

// ComputeCoverScales: the scales for weights >= min_weight, until τ_j
// reaches max_distance (so that one portal covers any path).
// Requires: min_weight >= 1. Returns: D_j increasing, τ_j nondecreasing,
// 2τ_j + 2e_j <= B_j <= ε·(D_{j−1} + 1) for every j.
// `mantissa_bits` picks the code family of weight_code.h (11: 16-bit codes,
// kCompactWeightMantissaBits: 12-bit codes); it is ignored without
// quantisation.
// Errors: InvalidArgument for epsilon or ratio out of range, another
// mantissa width, or when the quantisation error alone exceeds a scale's
// budget (use exact weights).
// Complexity: O(number of scales) = O(log_ratio(max_distance / ε·min_weight)).
absl::StatusOr<std::vector<CoverScale>> ComputeCoverScales(uint64_t min_weight, uint64_t max_distance,
                                                           double epsilon, double scale_ratio,
                                                           bool quantize_weights,
                                                           uint32_t mantissa_bits = 11);

// FloorEpsilonTimes(ε, x): floor(ε·x), exact for the binary value of ε
// (saturating at 2^64 − 1). Requires ε >= 0 finite. O(1).
uint64_t FloorEpsilonTimes(double epsilon, uint64_t x);

}  // namespace shortcut

#endif  // SHORTCUT_COVER_COVER_SCALES_H_
