// File: shortcut/decomposition/cop_decomposition.h
//
// ComputeCopDecomposition: the deterministic buffered cop decomposition of
// Chang, Conroy, Le, Milenković, Solomon and Than (SODA 2024, §3; pseudocode
// BUILDTREE and GROWBUFFER in Figures 5 and 6).
//
//   CopDecompositionOptions options;
//   options.radius = 1000;  // Δ
//   options.r = 5;          // the graph is promised K_5-minor-free (planar)
//   SHORTCUT_ASSIGN_OR_RETURN(CopDecomposition<uint32_t> cop, ComputeCopDecomposition(g, options));
//   cop.supernode_of[v], cop.parent[s], cop.Skeleton(s), cop.stats.max_seen
//   cop.tree.IsAncestor(a, b), cop.tree.Preorder()   // the partition tree
//
// What it builds. The vertices are partitioned into supernodes, each an
// induced connected subgraph η holding a skeleton T_η; the supernodes form
// the partition tree. For a K_r-minor-free graph (Theorem 3.15) the result is
// a (Δ, Δ/r, r−1)-buffered cop decomposition:
//   * radius: every vertex of η is within Δ of T_η, measured inside η
//     (Lemma 3.14: within (s+1)·Δ/r, where s ≤ r−2 supernodes were seen);
//   * skeleton: T_η is a shortest-path tree of dom(η) (the union of η's
//     subtree) from its root to one witness per supernode η's initial domain
//     saw, so it has at most max(1, r−2) leaves;
//   * buffer: for every ancestor X of η not adjacent to η,
//     δ_dom(X)(v, X) > Δ/r for all v in dom(η) (Lemma 3.10);
//   * tree decomposition: the bags B_η = η ∪ {ancestors adjacent to η} form
//     a tree decomposition of G with at most r−1 supernodes per bag.
// The verifier in verify/cop_checks.h checks each of these independently.
//
// Minor detection. At a BUILDTREE call whose subgraph H sees s supernodes,
// those supernodes and H are pairwise adjacent connected sets (Lemma 3.5): a
// K_{s+1} minor. The largest such model found is returned as `minor_witness`;
// when the caller promised K_r-minor-freeness and s ≥ r−1 the promise is
// false and `minor_found` is set (the construction still completes, but the
// guarantees above are void). With r = 0 ("unknown"), the construction runs
// with r = s+2 for the largest s it meets, re-running until that r is stable.
//
// Choices the paper leaves arbitrary (docs/cop_decomposition.md):
//   * root of BUILDTREE: RootRule (default: the vertex of H farthest in hops
//     from H's boundary, ties by smallest id; without a boundary, the vertex
//     farthest from H's smallest id). Measured against the smallest id and
//     the weighted farthest vertex in docs/cop_decomposition.md: the far rules
//     give markedly lower hop constants; the hop version is as good as the
//     weighted one and about twice as cheap;
//   * witness of a seen supernode: the first vertex of H, in Dijkstra order
//     from the root ((distance, id)), adjacent to it;
//   * GROWBUFFER processes the cut-off supernodes in increasing id order and
//     assigns each buffer vertex to the supernode of the boundary vertex at
//     the start of its shortest-path-forest path (ties: Dijkstra order), so
//     supernodes stay connected (Claim 3.4(1));
//   * sibling calls run in a fixed stack order (they do not interact,
//     Invariant 3.3).
// Δ/r is compared exactly: for integer weights a vertex is a buffer vertex
// iff its distance d satisfies d·r ≤ Δ.
//
// Errors: InvalidArgument for Δ ≤ 0 (unless empty_buffers) or r = 1, 2; FailedPrecondition when
// r = 0 and r has not settled within max_auto_rounds (when set). A minor is never an error (it is
// reported in the result). Complexity:
// O(Σ_calls |H| log |H|): every call scans its subgraph H.
#ifndef SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_H_
#define SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/rooted_forest.h"

namespace shortcut {

inline constexpr uint32_t kNoSupernode = std::numeric_limits<uint32_t>::max();

enum class RootRule {
  kSmallestId,                // the smallest vertex id of H
  kFarthestFromBoundary,      // the vertex of H farthest from H's boundary (weighted)
  kFarthestFromBoundaryHops,  // the same in hops (breadth-first search: cheaper)
};

struct CopDecompositionOptions {
  double radius = 0;  // Δ > 0, in units of the edge weights (ignored with empty_buffers)
  uint32_t r = 0;     // promised excluded minor K_r (r >= 3); 0 = unknown
  // empty_buffers: the decomposition with Δ/r below the smallest edge weight
  // (as for any Δ < w_min): GROWBUFFER assigns nothing, so every supernode is
  // exactly its skeleton, a shortest-path tree of its domain from its root to
  // one witness per seen supernode (what the tree cover needs, §4). `radius`
  // is then ignored and reported as 0 (buffer 0), and the construction does
  // not depend on r: r only decides `minor_found`, and r = 0 needs one round.
  bool empty_buffers = false;
  RootRule root_rule = RootRule::kFarthestFromBoundaryHops;
  // r = 0: the most constructions to run while r settles (r grows strictly
  // each round and settles within max(1, h − 1) rounds, K_h the largest
  // clique minor of g); 0 = no limit. Reaching a limit before r settles is
  // an error, never a result whose r its own s exceeds.
  uint32_t max_auto_rounds = 0;
  // Progress in [0, 1] (fraction of vertices assigned); may be empty.
  std::function<void(double)> progress;

  absl::Status Validate() const;
};

struct CopDecompositionStats {
  uint32_t supernodes = 0;
  uint32_t tree_depth = 0;       // largest depth of the partition tree (roots: 0)
  uint32_t max_seen = 0;         // s: most supernodes seen at one BUILDTREE call
  uint32_t r_used = 0;           // the r of the guarantees (promised, or max_seen + 2)
  uint32_t rounds = 1;           // constructions run (more than 1 only when r = 0)
  uint64_t build_tree_calls = 0;
  uint64_t grow_buffer_calls = 0;
  uint64_t buffer_vertices = 0;  // vertices assigned by GROWBUFFER
  uint64_t work = 0;             // sum of |H| over all calls
  uint32_t max_skeleton_leaves = 0;
  double time_s = 0;
};

template <EdgeWeight W>
struct CopDecomposition {
  using Distance = DistanceOf<W>;

  double radius = 0;       // Δ
  uint32_t r = 0;          // r of the guarantees
  Distance buffer = 0;     // largest distance d with d·r ≤ Δ (integer weights)

  std::vector<uint32_t> supernode_of;  // per vertex
  // Per supernode, in creation order (a parent precedes its children):
  std::vector<uint32_t> parent;        // kNoSupernode for roots of the tree
  std::vector<uint32_t> depth;         // depth in the partition tree
  // The partition tree as a RootedForest over the supernode ids (built from
  // `parent` at the end of ComputeCopDecomposition): children, preorder,
  // subtree intervals and O(1) ancestry. A decomposition assembled by hand
  // (or read from a file) gets it with `tree = RootedForest(parent)`.
  RootedForest tree;
  // Skeleton of supernode s: skeleton_vertices[skeleton_offsets[s] ..
  // skeleton_offsets[s+1]), root first, in order of distance from the root;
  // skeleton_parents[i] is the parent of skeleton_vertices[i] in T_η
  // (kNoVertex for the root), skeleton_distances[i] its distance from the
  // root along T_η.
  std::vector<uint32_t> skeleton_offsets;
  std::vector<VertexId> skeleton_vertices;
  std::vector<VertexId> skeleton_parents;
  std::vector<Distance> skeleton_distances;
  // Supernodes seen by the initial domain at creation (S|H), by id.
  std::vector<uint32_t> seen_offsets;
  std::vector<uint32_t> seen;

  // The largest complete-minor model met: branch sets (vertex lists) of a
  // K_{max_seen+1}; empty when max_seen = 0.
  std::vector<std::vector<VertexId>> minor_witness;
  bool minor_found = false;  // promised r, and a K_r minor was found

  CopDecompositionStats stats;

  uint32_t NumSupernodes() const { return static_cast<uint32_t>(parent.size()); }
  std::span<const VertexId> Skeleton(uint32_t s) const {
    return {skeleton_vertices.data() + skeleton_offsets[s], skeleton_vertices.data() + skeleton_offsets[s + 1]};
  }
  std::span<const VertexId> SkeletonParents(uint32_t s) const {
    return {skeleton_parents.data() + skeleton_offsets[s], skeleton_parents.data() + skeleton_offsets[s + 1]};
  }
  std::span<const Distance> SkeletonDistances(uint32_t s) const {
    return {skeleton_distances.data() + skeleton_offsets[s],
            skeleton_distances.data() + skeleton_offsets[s + 1]};
  }
  std::span<const uint32_t> Seen(uint32_t s) const {
    return {seen.data() + seen_offsets[s], seen.data() + seen_offsets[s + 1]};
  }
};

template <EdgeWeight W>
absl::StatusOr<CopDecomposition<W>> ComputeCopDecomposition(const Graph<W>& g,
                                                            const CopDecompositionOptions& options);

// SupernodeBags: per supernode η, the bag B_η = {η} ∪ {ancestors of η adjacent
// to η in g}, sorted by id, as computed from the final decomposition (the
// expansion T̂ of the partition tree).
template <EdgeWeight W>
std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<W>& g, const CopDecomposition<W>& cop);

extern template absl::StatusOr<CopDecomposition<uint32_t>> ComputeCopDecomposition(
    const Graph<uint32_t>&, const CopDecompositionOptions&);
extern template absl::StatusOr<CopDecomposition<double>> ComputeCopDecomposition(
    const Graph<double>&, const CopDecompositionOptions&);
extern template std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<uint32_t>&,
                                                                 const CopDecomposition<uint32_t>&);
extern template std::vector<std::vector<uint32_t>> SupernodeBags(const Graph<double>&,
                                                                 const CopDecomposition<double>&);

}  // namespace shortcut

#endif  // SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_H_
