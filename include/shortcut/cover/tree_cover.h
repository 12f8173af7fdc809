// File: shortcut/cover/tree_cover.h
//
// BuildTreeCover: a (1+ε) tree cover made of star forests, as a union over
// distance scales of additive star covers, on the cop decomposition of
// Chang, Conroy, Le, Milenković, Solomon and Than (SODA 2024, §3). Two
// constructions (TreeCoverOptions::cover): the portal cover (the default,
// our own separator-based construction, described below) and the partition
// cover (the paper's route: per scale a shortcut partition, §4, and one star
// per cluster; docs/tree_cover.md §12). Both guarantee the bounds below; their
// sizes are measured (docs/tree_cover.md §11), not bounded independently of n.
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
// The portal cover, in brief. One cop decomposition with radius below the
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
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"

namespace shortcut {

struct TreeCoverOptions : StarStreamOptions {
  // First-fit packing of stars into vertex-disjoint forests (per scale and
  // across scales), done while the stars stream by (cover_stats.h).
  bool pack_forests = true;
  // false: return the statistics only (no stars), without the 12 bytes per
  // entry the stars take; for measuring large covers.
  bool keep_stars = true;
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
