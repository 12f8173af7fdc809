// File: shortcut/core/types.h
//
// Widths and sentinels shared by the whole library: 32-bit vertex, arc and
// edge ids, the weight concepts, the distance type matching each weight type
// and its infinity. Static assertions guard the arithmetic the algorithms rely
// on: adding any weight to any finite distance, or to infinity, cannot
// overflow.
//
//   Graph<uint32_t>  -> distances are uint64_t (exact; the default)
//   Graph<double>    -> distances are double   (geometric inputs)
//
// EdgeWeight admits exactly these two types: they are the ones the library
// instantiates (extern templates in src/), so any other Graph<W> would fail
// to compile or to link. Other weight types are accepted at the edge of the
// library (InputWeight: the Boost.Graph adapter and the CSR entry point) and
// converted with ConvertWeight, which checks the range.
#ifndef SHORTCUT_CORE_TYPES_H_
#define SHORTCUT_CORE_TYPES_H_

#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace shortcut {

using VertexId = uint32_t;
using ArcId = uint32_t;
using EdgeId = uint32_t;

inline constexpr VertexId kNoVertex = std::numeric_limits<VertexId>::max();
inline constexpr ArcId kNoArc = std::numeric_limits<ArcId>::max();
inline constexpr EdgeId kNoEdge = std::numeric_limits<EdgeId>::max();
// Largest number of vertices a graph may have (kNoVertex is reserved).
inline constexpr uint64_t kMaxVertices = std::numeric_limits<VertexId>::max() - 1;
// Largest number of arcs (2 per undirected edge).
inline constexpr uint64_t kMaxArcs = std::numeric_limits<ArcId>::max() - 1;

// EdgeWeight: the weight types a Graph may carry.
template <class W>
concept EdgeWeight = std::same_as<W, uint32_t> || std::same_as<W, double>;

// InputWeight: the weight types the entry points accept and convert: any
// integer (signed or not, up to 64 bits) or floating-point type.
template <class T>
concept InputWeight = (std::integral<T> && !std::same_as<T, bool>) || std::floating_point<T>;

// ConvertWeight<W>(x): x as a weight of type W, or false when it does not
// fit. Integers convert to uint32_t when in [0, 2^32) and to double when
// exactly representable (|x| <= 2^53); floating point converts to double
// (float widens exactly) and never to uint32_t (a compile error: rounding
// a geometric weight to an integer is a modelling choice, not a conversion).
// Signs, zero and non-finite values pass through unchanged: the builders
// reject them with their own messages.
template <EdgeWeight W, InputWeight T>
constexpr bool ConvertWeight(T x, W* out) {
  if constexpr (std::same_as<W, uint32_t>) {
    static_assert(std::integral<T>, "floating-point weights convert to Graph<double> only");
    if constexpr (std::is_signed_v<T>) {
      if (x < 0) return false;
    }
    if (static_cast<std::make_unsigned_t<T>>(x) > std::numeric_limits<uint32_t>::max()) return false;
    *out = static_cast<uint32_t>(x);
    return true;
  } else {
    if constexpr (std::integral<T> && sizeof(T) > 4) {
      constexpr T kExactLimit = T{1} << 53;
      if (x > kExactLimit) return false;
      if constexpr (std::is_signed_v<T>) {
        if (x < -kExactLimit) return false;
      }
    }
    *out = static_cast<double>(x);
    return true;
  }
}

template <EdgeWeight W>
struct WeightTraits;

template <>
struct WeightTraits<uint32_t> {
  using Distance = uint64_t;
  // Half the range: kInfinity + any uint32 weight still fits, and the sum of
  // any two finite distances below kInfinity fits as well.
  static constexpr Distance kInfinity = std::numeric_limits<uint64_t>::max() / 2;
  static constexpr bool kExact = true;
};

template <>
struct WeightTraits<double> {
  using Distance = double;
  static constexpr Distance kInfinity = std::numeric_limits<double>::infinity();
  static constexpr bool kExact = false;
};

template <EdgeWeight W>
using DistanceOf = typename WeightTraits<W>::Distance;

template <EdgeWeight W>
inline constexpr DistanceOf<W> kInfinity = WeightTraits<W>::kInfinity;

static_assert(sizeof(VertexId) == 4 && sizeof(ArcId) == 4 && sizeof(EdgeId) == 4);
static_assert(kInfinity<uint32_t> + std::numeric_limits<uint32_t>::max() > kInfinity<uint32_t>,
              "infinity plus a weight must not wrap");
static_assert(kInfinity<uint32_t> + kInfinity<uint32_t> >= kInfinity<uint32_t>,
              "the sum of two distances below infinity must not wrap");
static_assert(std::numeric_limits<double>::has_infinity);

// A point in the plane or in space; z is 0 for planar inputs.
struct Point {
  double x = 0, y = 0, z = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_TYPES_H_
