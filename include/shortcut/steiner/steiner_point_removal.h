// File: shortcut/steiner/steiner_point_removal.h
//
// SteinerPointRemoval: given terminals K, a minor M of G on K alone whose
// distances approximate those of G (Chang, Conroy, Le, Milenković, Solomon,
// Than, SODA 2024, Theorems 1.4 and 1.5). The result is an assignment
// f: V -> K whose regions f^-1(t) are connected and contain t, and the minor
// M obtained by contracting every region: an edge {t, t'} whenever the
// regions of t and t' touch, of weight d_G(t, t'). Hence d_M >= d_G on every
// pair; the distortion max d_M/d_G is what the methods differ in.
//
//   SteinerPointRemovalOptions options;          // method kAuto: gupta on
//   options.method = SprMethod::kPaper;          // trees, paper otherwise
//   SHORTCUT_ASSIGN_OR_RETURN(SteinerPointRemoval<uint32_t> spr,
//                             ComputeSteinerPointRemoval(g, terminals, options));
//   spr.terminal_of[v];   spr.minor_edges;   spr.stats.iterations
//
// Methods (docs/steiner_point_removal.md has the details and the proofs):
//   kPaper    the paper's reduction (§2): rings of ratio ζ by distance to K;
//             in ring i an approximate scattering partition of the graph
//             induced by the unassigned vertices, built from shortcut
//             partitions (Lemma 2.3: edges longer than Δ = ζ^{i-1} removed,
//             ε := Δ/diam per component, one cluster when ε >= 1); clusters
//             meeting the ring are levelled by edges of weight <= ζ^i and copy
//             the terminal of their linking vertex (Claims 2.6, 2.7).
//             Distances are scaled by the smallest edge weight (the minimum
//             pairwise distance), and ζ is an integer, so every threshold
//             ζ^i·w_min is an exact integer for integer weights.
//   kVoronoi  every vertex joins its nearest terminal, ties by smallest
//             terminal id (one multi-source Dijkstra). No distortion bound.
//   kBall     relaxed Voronoi after Filtser (SICOMP 2019, O(log |K|)
//             distortion in general graphs): terminals in a seeded random
//             order each grow a connected cluster of unclaimed vertices v
//             reached within g_j·d(v, K), with g_j = 1 + δ_j, δ_j a truncated
//             exponential in [0, 1] of rate 1 + ln |K| (the distribution is
//             ours; see the docs). Every vertex ends within 2·d(v, K) of its
//             terminal.
//   kGupta    trees only (Gupta 2001): rooted at a terminal, top-down, a
//             vertex stays in its parent's region while its distance to that
//             region's terminal is at most 3 times its distance to its
//             nearest descendant terminal; otherwise it starts the region of
//             that descendant terminal. Distortion <= 8 (proof in the docs).
//   kAuto     kGupta when g is a tree, kPaper otherwise.
//
// Determinism: the same graph, terminals (in any order) and options give the
// same output on every platform; kBall draws from `seed` only.
//
// Requirements: every vertex is connected to some terminal (each connected
// component of g contains a terminal).
// Errors: InvalidArgument for bad options, an empty terminal set or a
// repeated terminal; OutOfRange for a terminal id >= n; FailedPrecondition
// when a vertex cannot reach any terminal or kGupta is asked for a non-tree;
// Internal when a self-check catches a bug of ours.
// Complexity: kVoronoi O(m log n); kGupta O(n) plus the minor; kBall
// O(m log n) expected; kPaper O(I · cost of a shortcut partition of the
// unassigned graph) for I = O(log_ζ(max d(v,K) / w_min)) rings with
// unassigned vertices. Building the minor costs one Dijkstra per terminal,
// stopped once every touching terminal is settled.
#ifndef SHORTCUT_STEINER_STEINER_POINT_REMOVAL_H_
#define SHORTCUT_STEINER_STEINER_POINT_REMOVAL_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/steiner/minor.h"

namespace shortcut {

enum class SprMethod { kAuto, kPaper, kVoronoi, kBall, kGupta };

// SprMethodName: "auto", "paper", "voronoi", "ball" or "gupta".
std::string_view SprMethodName(SprMethod method);
// ParseSprMethod: the inverse of SprMethodName. Errors: InvalidArgument.
absl::StatusOr<SprMethod> ParseSprMethod(std::string_view name);

// The ring ratio ζ used when none is given, chosen by measurement
// (docs/steiner_point_removal.md, docs/RESULTS.md). The paper's proof needs
// ζ = c·β·τ, astronomically large; only the distortion depends on ζ, never
// the validity of the minor.
inline constexpr uint32_t kDefaultSprZeta = 4;

struct SteinerPointRemovalOptions {
  SprMethod method = SprMethod::kAuto;
  // kPaper: the ring ratio ζ (an integer >= 2, so thresholds stay exact).
  uint32_t zeta = kDefaultSprZeta;
  // kPaper: promised K_r-minor-freeness for the shortcut partitions (planar:
  // 5); 0 = detect it per partition (see cop_decomposition.h).
  uint32_t r = 0;
  // kPaper: Takes–Kosters sweeps per component to bound diam(G') (at least
  // 1). More sweeps tighten D; D only decides when a component becomes one
  // cluster, and the nominal ε of its partition.
  uint32_t diameter_sweeps = 4;
  // kBall: seed of the terminal order and of the growth factors g_j.
  uint64_t seed = 1;
  // Progress in [0, 1]; may be empty. Called from the calling thread.
  std::function<void(double)> progress;

  absl::Status Validate() const;
};

struct SteinerPointRemovalStats {
  uint32_t terminals = 0;
  uint64_t minor_edges = 0;
  uint32_t max_region_size = 0;
  // kPaper: rings that had unassigned vertices; 1 for the other methods.
  uint32_t iterations = 0;
  // kPaper: over all rings, the clusters of 𝒞_i (clusters meeting the ring),
  // the components of G'_i given to ComputeShortcutPartition, the components
  // that became one cluster (ε >= 1, or a single vertex), and the largest
  // level of a cluster.
  uint64_t clusters = 0;
  uint64_t partitioned_components = 0;
  uint64_t single_cluster_components = 0;
  uint32_t max_level = 0;
  uint32_t zeta = 0;           // kPaper: ζ used
  double scale = 0;            // kPaper: w_min, the unit distance of the rings
  uint32_t minor_found = 0;    // kPaper: partitions whose promised r was false
  // Vertices attached by the final safety net (nearest assigned region, one
  // multi-source Dijkstra) because a floating-point comparison left them
  // unassigned. Always 0 for integer weights, where the thresholds are exact.
  uint32_t repaired = 0;
  double assignment_time_s = 0;  // computing f
  double minor_time_s = 0;       // the minor's edges and their distances
  double time_s = 0;             // total
};

template <EdgeWeight W>
struct SteinerPointRemoval {
  SprMethod method = SprMethod::kAuto;  // the method that ran (never kAuto)
  std::vector<VertexId> terminals;      // sorted by vertex id
  // f: per vertex, the terminal (a vertex id of g) whose region contains it.
  std::vector<VertexId> terminal_of;
  // The minor: u < v, sorted by (u, v), weight d_G(u, v).
  std::vector<MinorEdge<W>> minor_edges;
  SteinerPointRemovalStats stats;
};

// ComputeSteinerPointRemoval: see the top of this file.
// Requires: terminals are vertex ids of g (any order, no repeats).
// Returns: the assignment and the minor; stats as documented.
// Errors, Complexity: see the top of this file.
template <EdgeWeight W>
absl::StatusOr<SteinerPointRemoval<W>> ComputeSteinerPointRemoval(const Graph<W>& g,
                                                                  std::span<const VertexId> terminals,
                                                                  const SteinerPointRemovalOptions& options = {});

// IsTree(g): g is connected and has n - 1 edges (the empty graph is not a
// tree; one vertex is). Complexity: O(n + m).
template <EdgeWeight W>
bool IsTree(const Graph<W>& g);

// SampleTerminals: `count` distinct vertices of [0, n), uniformly at random
// (partial Fisher–Yates with Random(seed)), sorted increasingly.
// Requires: count <= n. Complexity: O(n).
std::vector<VertexId> SampleTerminals(VertexId n, VertexId count, uint64_t seed);

extern template absl::StatusOr<SteinerPointRemoval<uint32_t>> ComputeSteinerPointRemoval(
    const Graph<uint32_t>&, std::span<const VertexId>, const SteinerPointRemovalOptions&);
extern template absl::StatusOr<SteinerPointRemoval<double>> ComputeSteinerPointRemoval(
    const Graph<double>&, std::span<const VertexId>, const SteinerPointRemovalOptions&);
extern template bool IsTree(const Graph<uint32_t>&);
extern template bool IsTree(const Graph<double>&);

}  // namespace shortcut

#endif  // SHORTCUT_STEINER_STEINER_POINT_REMOVAL_H_
