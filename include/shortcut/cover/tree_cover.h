// File: shortcut/cover/tree_cover.h
//
// BuildTreeCover: a (1+ε) tree cover made of star forests, built on the
// buffered cop decomposition of Chang, Conroy, Le, Milenković, Solomon and
// Than (SODA 2024, §3) in the framework of their §5.1 (a multiplicative cover
// as a union over distance scales of additive star covers).
//
//   TreeCoverOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(TreeCover cover, BuildTreeCover(g, options));
//   for (uint32_t s = 0; s < cover.NumStars(); ++s)
//     use(cover.star_root[s], cover.Members(s), cover.Weights(s), cover.star_forest[s]);
//
// Guarantee (docs/tree_cover.md proves it, every inequality spelled out):
//   * domination: every star edge (root ρ, member x) has weight >= δ_G(ρ, x)
//     (it is the length of a real walk, rounded up), so every star distance
//     d_T(u, v) = w(ρ, u) + w(ρ, v) is >= δ_G(u, v);
//   * stretch: for every pair u != v in one component, some star contains both
//     with w(ρ, u) + w(ρ, v) <= (1+ε)·δ_G(u, v). This holds by construction
//     for every pair; no constant in it was measured.
// Stars of one scale are packed first-fit into vertex-disjoint forests.
//
// Construction, in brief. One cop decomposition with radius below the
// smallest weight (empty buffers: every supernode is its skeleton) is split
// into vertex-disjoint shortest paths of dom(η). Distance scales D_0 =
// w_min < D_1 < … grow by `scale_ratio`; a pair with D_{j−1} < δ <= D_j is
// handled at scale j with additive budget ε·(D_{j−1}+1). On every path,
// portals are chosen at every scale (every path vertex within τ_j of a
// portal, along the path) and portal sets are nested; a portal whose coarsest
// scale is L roots one star: the vertices of dom(η) within ρ_L = D_L + τ_L of
// it in G[dom(η)] (the coarsest portal of a path: all of dom(η)). Claim 4.3
// of the paper puts a shortest u–v path inside the domain of a supernode it
// meets, which yields the bound.
//
// Weights: Graph<uint32_t> (exact integer weights, the library's default);
// scale geometric inputs to integers first (WeightSpec "euclidean").
//
// Errors: InvalidArgument for bad options (or an ε too small for quantised
// weights: use quantize_weights = false); FailedPrecondition when a star
// weight exceeds kMaxCodedWeight with quantised weights; Internal if a
// self-check of the decomposition fails. Complexity: one cop decomposition plus one restricted
// Dijkstra per star; the output has Σ_stars |star| entries (measured in
// docs/RESULTS.md). Memory: 12 bytes per entry; use DistanceOracle::Build to
// stream a large cover into labels without materialising it.
#ifndef SHORTCUT_COVER_TREE_COVER_H_
#define SHORTCUT_COVER_TREE_COVER_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut {

inline constexpr uint32_t kNoForest = std::numeric_limits<uint32_t>::max();
// The radius of the coarsest star of a path: it holds the whole domain.
inline constexpr uint64_t kUnboundedRadius = std::numeric_limits<uint64_t>::max();

struct TreeCoverOptions {
  // The guaranteed stretch is 1 + epsilon; epsilon in (0, 16].
  double epsilon = 0;
  // Promised excluded minor K_r (r >= 3), or 0 (unknown). The stretch proof
  // does not depend on r; r only bounds the skeleton paths per supernode
  // (at most max(1, r−2)) and is reported.
  uint32_t r = 0;
  // Ratio between consecutive distance scales, > 1 (at most 16).
  double scale_ratio = 1.25;
  // Shrinking ideas, each provably safe (docs/tree_cover.md); switch them off
  // to measure what they save.
  bool nested_portals = true;      // portal sets nested across scales, one star per portal
  bool drop_trivial_stars = true;  // stars holding only their root serve no pair
  bool quantize_weights = true;    // weights rounded up to 16-bit codes (weight_code.h)
  RootRule root_rule = RootRule::kFarthestFromBoundaryHops;
  // Worker threads for the star searches (>= 1); the result does not depend
  // on it.
  uint32_t threads = 1;
  // First-fit packing of stars into vertex-disjoint forests (per scale and
  // across scales), done while the stars stream by; O(entries · forests / 64)
  // time. Memory: n·forests/8 bytes for the packing across scales, plus, for
  // every scale with stars (all are open at once, since stars arrive path by
  // path), n·forests_in_scale/8 bytes and a 2-byte overlap counter per vertex.
  bool pack_forests = true;
  // false: return the statistics only (no stars), without the 12 bytes per
  // entry the stars take; for measuring large covers.
  bool keep_stars = true;
  // Progress in [0, 1]; may be empty. Called from the calling thread.
  std::function<void(double)> progress;

  absl::Status Validate() const;
};

// One distance scale j. Pairs u != v with D_{j−1} < δ(u, v) <= D_j (D_{−1} =
// w_min − 1) are served at scale j with additive error at most `budget` <=
// ε·(D_{j−1} + 1) <= ε·δ(u, v); 2·tau + 2·quantization_error <= budget.
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
// Errors: InvalidArgument for epsilon or ratio out of range, or when the
// quantisation error alone exceeds a scale's budget (use exact weights).
// Complexity: O(number of scales) = O(log_ratio(max_distance / ε·min_weight)).
absl::StatusOr<std::vector<CoverScale>> ComputeCoverScales(uint64_t min_weight, uint64_t max_distance,
                                                           double epsilon, double scale_ratio,
                                                           bool quantize_weights);

// FloorEpsilonTimes(ε, x): floor(ε·x), exact for the binary value of ε
// (saturating at 2^64 − 1). Requires ε >= 0 finite. O(1).
uint64_t FloorEpsilonTimes(double epsilon, uint64_t x);

struct CoverScaleStats {
  uint64_t stars = 0;
  uint64_t entries = 0;        // Σ |star| over the scale's stars
  uint32_t forests = 0;        // first-fit forests of this scale's stars
  uint32_t max_overlap = 0;    // most stars of this scale holding one vertex
  double mean_overlap = 0;     // entries / n
};

struct TreeCoverStats {
  // Decomposition (one cop decomposition with empty buffers).
  uint32_t supernodes = 0;
  uint32_t tree_depth = 0;
  uint32_t max_seen = 0;
  uint32_t paths = 0;                 // vertex-disjoint skeleton paths
  uint32_t max_paths_per_supernode = 0;
  // Cover.
  uint64_t stars = 0;
  uint64_t trivial_stars_dropped = 0;
  uint64_t entries = 0;               // Σ |star| = Σ_v (stars holding v)
  uint32_t max_overlap = 0;           // most stars (= forests) holding one vertex
  double mean_overlap = 0;
  uint64_t forests_per_scale_sum = 0; // Σ over scales of the first-fit forests
  uint32_t forests_packed = 0;        // one first-fit packing across all scales
  uint64_t settled = 0;               // vertices settled by the star searches
  std::vector<CoverScaleStats> scales;
  double decomposition_s = 0;
  double stars_s = 0;
  double packing_s = 0;
  double total_s = 0;
};

// TreeCover: stars in id order (path by path, along each path), each with its
// members and weights in CSR form. Plain data: a verifier or a test may read
// (or, to check the verifier, corrupt) any field.
struct TreeCover {
  double epsilon = 0;
  double scale_ratio = 0;
  uint64_t min_weight = 0;
  bool quantized = false;
  VertexId num_vertices = 0;
  std::vector<CoverScale> scales;

  std::vector<VertexId> star_root;
  std::vector<uint32_t> star_level;          // scale index
  std::vector<uint64_t> star_radius;         // ρ_level, or kUnboundedRadius
  std::vector<uint32_t> star_path;
  std::vector<uint32_t> star_forest;         // first-fit forest within its scale
  std::vector<uint32_t> star_global_forest;  // first-fit forest across all scales
  std::vector<uint64_t> member_offsets;      // NumStars() + 1
  std::vector<VertexId> members;             // in settle order; the root first
  std::vector<uint64_t> weights;             // >= δ_G(root, member)
  // Paths of the decomposition: the supernode of each, and its stars
  // [path_star_begin[p], path_star_begin[p+1]).
  std::vector<uint32_t> path_supernode;
  std::vector<uint32_t> path_star_begin;
  TreeCoverStats stats;

  uint32_t NumStars() const { return static_cast<uint32_t>(star_root.size()); }
  std::span<const VertexId> Members(uint32_t s) const {
    return {members.data() + member_offsets[s], members.data() + member_offsets[s + 1]};
  }
  std::span<const uint64_t> Weights(uint32_t s) const {
    return {weights.data() + member_offsets[s], weights.data() + member_offsets[s + 1]};
  }
};

// BuildTreeCover: see the top of this file.
// Requires: nothing beyond a valid graph (any number of components).
// Returns: the cover and its statistics.
// Errors: as listed at the top of this file.
// Complexity: as listed at the top of this file; deterministic for every
// thread count.
absl::StatusOr<TreeCover> BuildTreeCover(const Graph<uint32_t>& g, const TreeCoverOptions& options);

// PackForestsFirstFit: (re)packs the stars of `cover` first-fit, in id order,
// into vertex-disjoint forests (per scale and across scales), filling
// star_forest, star_global_forest and the per-scale, overlap and forest
// statistics; BuildTreeCover does the same while building.
// O(entries · forests / 64).
void PackForestsFirstFit(TreeCover& cover);

}  // namespace shortcut

#endif  // SHORTCUT_COVER_TREE_COVER_H_
