#include "shortcut/core/weight_spec.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/core/status.h"

namespace shortcut {
namespace {

template <class T>
bool ParseNumber(std::string_view s, T& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

double Length(const Point& a, const Point& b) {
  const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
  return std::sqrt(dx * dx + dy * dy + dz * dz);
}

}  // namespace

std::string WeightSpec::ToString() const {
  switch (kind) {
    case Kind::kInput: return "input";
    case Kind::kUnit: return "unit";
    case Kind::kUniform: return fmt::format("uniform:{}:{}:{}", lo, hi, seed);
    case Kind::kEuclidean: return scale > 0 ? fmt::format("euclidean:{}", scale) : "euclidean";
  }
  return "?";
}

absl::StatusOr<WeightSpec> ParseWeightSpec(std::string_view text) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t colon = text.find(':', start);
    parts.push_back(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  WeightSpec spec;
  const std::string_view kind = parts[0];
  if (kind == "input" && parts.size() == 1) {
    spec.kind = WeightSpec::Kind::kInput;
  } else if (kind == "unit" && parts.size() == 1) {
    spec.kind = WeightSpec::Kind::kUnit;
  } else if (kind == "uniform" && (parts.size() == 3 || parts.size() == 4)) {
    spec.kind = WeightSpec::Kind::kUniform;
    if (!ParseNumber(parts[1], spec.lo) || !ParseNumber(parts[2], spec.hi) || spec.lo == 0 ||
        spec.lo > spec.hi) {
      return InvalidArgumentError("weights '{}': want uniform:A:B[:SEED] with 1 <= A <= B < 2^32",
                                  text);
    }
    if (parts.size() == 4 && !ParseNumber(parts[3], spec.seed)) {
      return InvalidArgumentError("weights '{}': SEED must be a non-negative integer", text);
    }
  } else if (kind == "euclidean" && parts.size() <= 2) {
    spec.kind = WeightSpec::Kind::kEuclidean;
    if (parts.size() == 2) {
      double s = 0;
      if (!ParseNumber(parts[1], s) || !(s > 0) || !std::isfinite(s)) {
        return InvalidArgumentError("weights '{}': SCALE must be a positive number", text);
      }
      spec.scale = s;
    }
  } else {
    return InvalidArgumentError(
        "unknown weights '{}' (expected input, unit, uniform:A:B[:SEED] or euclidean[:SCALE])", text);
  }
  return spec;
}

uint32_t UniformEdgeWeight(VertexId u, VertexId v, uint32_t lo, uint32_t hi, uint64_t seed) {
  if (u > v) std::swap(u, v);
  uint64_t x = seed ^ ((uint64_t{u} << 32) | v);
  x = Random::SplitMix64(x);
  Random rng(x);
  return static_cast<uint32_t>(rng.UniformRange(lo, hi));
}

template <EdgeWeight W>
absl::Status ApplyWeights(const WeightSpec& spec, EdgeList<W>& list, double* used_scale) {
  switch (spec.kind) {
    case WeightSpec::Kind::kInput:
      return absl::OkStatus();
    case WeightSpec::Kind::kUnit:
      for (auto& e : list.edges) e.weight = W{1};
      return absl::OkStatus();
    case WeightSpec::Kind::kUniform:
      for (auto& e : list.edges) {
        e.weight = static_cast<W>(UniformEdgeWeight(e.tail, e.head, spec.lo, spec.hi, spec.seed));
      }
      return absl::OkStatus();
    case WeightSpec::Kind::kEuclidean:
      break;
  }
  if (list.coordinates.size() != list.num_vertices || list.num_vertices == 0) {
    return FailedPreconditionError("euclidean weights need coordinates for every vertex");
  }
  if constexpr (std::floating_point<W>) {
    const double scale = spec.scale > 0 ? spec.scale : 1.0;
    for (auto& e : list.edges) {
      e.weight = static_cast<W>(Length(list.coordinates[e.tail], list.coordinates[e.head]) * scale);
    }
    if (used_scale != nullptr) *used_scale = scale;
  } else {
    double min_len = 0, max_len = 0;
    for (const auto& e : list.edges) {
      const double len = Length(list.coordinates[e.tail], list.coordinates[e.head]);
      if (!std::isfinite(len)) {
        return InvalidArgumentError("edge ({}, {}) has a non-finite euclidean length", e.tail, e.head);
      }
      if (len > 0 && (min_len == 0 || len < min_len)) min_len = len;
      max_len = std::max(max_len, len);
    }
    double scale = spec.scale;
    if (scale <= 0) {
      scale = 1;
      if (min_len > 0) {
        while (min_len * scale < 100) scale *= 10;
        while (min_len * scale >= 1000 && scale > 1e-300) scale /= 10;
      }
      while (max_len * scale > double(1u << 30) && scale > 1e-300) scale /= 10;
    }
    if (max_len * scale > 4294967295.0) {
      return InvalidArgumentError("euclidean scale {} makes the longest edge ({}) overflow 32 bits",
                                  scale, max_len);
    }
    for (auto& e : list.edges) {
      const double len = Length(list.coordinates[e.tail], list.coordinates[e.head]);
      e.weight = static_cast<W>(std::max<double>(1.0, std::llround(len * scale)));
    }
    if (used_scale != nullptr) *used_scale = scale;
  }
  return absl::OkStatus();
}

template absl::Status ApplyWeights(const WeightSpec&, EdgeList<uint32_t>&, double*);
template absl::Status ApplyWeights(const WeightSpec&, EdgeList<double>&, double*);

}  // namespace shortcut
