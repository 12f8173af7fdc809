// File: shortcut/core/weight_spec.h
//
// WeightSpec: how to weight the edges of an input or generated graph. The
// same vocabulary serves readers (`--weights`) and generators:
//
//   input               keep the weights the input has (unweighted -> 1)
//   unit                every edge weighs 1
//   uniform:A:B[:SEED]  integer weight uniform in [A, B], a function of the
//                       edge {u, v} and SEED only (independent of edge order
//                       and direction, identical on every platform)
//   euclidean[:SCALE]   Euclidean length between the endpoints' coordinates;
//                       integer graphs get max(1, round(length * SCALE)).
//                       Without SCALE, SCALE is the smallest power of 10 that
//                       makes the shortest positive edge at least 100 units
//                       (lowered if the longest edge would exceed 2^30).
//
//   SHORTCUT_ASSIGN_OR_RETURN(WeightSpec spec, ParseWeightSpec("uniform:1:100:7"));
//   SHORTCUT_RETURN_IF_ERROR(ApplyWeights(spec, list));
#ifndef SHORTCUT_CORE_WEIGHT_SPEC_H_
#define SHORTCUT_CORE_WEIGHT_SPEC_H_

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "shortcut/core/graph_builder.h"

namespace shortcut {

struct WeightSpec {
  enum class Kind { kInput, kUnit, kUniform, kEuclidean };
  Kind kind = Kind::kInput;
  uint32_t lo = 1;
  uint32_t hi = 1;
  uint64_t seed = 0;
  double scale = 0;  // euclidean: 0 = automatic
  // The scale actually used by the last ApplyWeights (euclidean, integer).
  std::string ToString() const;
};

absl::StatusOr<WeightSpec> ParseWeightSpec(std::string_view text);

// UniformEdgeWeight: the weight `uniform:lo:hi:seed` gives edge {u, v}.
uint32_t UniformEdgeWeight(VertexId u, VertexId v, uint32_t lo, uint32_t hi, uint64_t seed);

// ApplyWeights: rewrites the weights of `list` per `spec` (kInput leaves them
// alone). Errors: FailedPrecondition when euclidean is asked for a list
// without coordinates. `used_scale` receives the euclidean scale chosen.
template <EdgeWeight W>
absl::Status ApplyWeights(const WeightSpec& spec, EdgeList<W>& list, double* used_scale = nullptr);

extern template absl::Status ApplyWeights(const WeightSpec&, EdgeList<uint32_t>&, double*);
extern template absl::Status ApplyWeights(const WeightSpec&, EdgeList<double>&, double*);

}  // namespace shortcut

#endif  // SHORTCUT_CORE_WEIGHT_SPEC_H_
