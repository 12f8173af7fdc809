// File: shortcut/verify/minor_checks.h
//
// Certificates about minors, checked independently of whatever produced
// them:
//
//   CheckMinorWitness(g, branch_sets)  OK iff the branch sets are a model of
//       K_k in g (k = number of sets): pairwise disjoint, non-empty, each
//       inducing a connected subgraph, and every pair joined by an edge. On
//       failure the status names the first violation (e.g. "branch sets 2
//       and 5 are not adjacent").
//   HasK3Minor(g)   whether g has a cycle (K3 minor), with the cycle.
//   HasK4Minor(g)   exact test by series-parallel reduction (a graph is
//       K4-minor-free iff every biconnected component reduces to an edge).
//   HadwigerLowerBound(g, options)  a checked K_k witness found greedily:
//       starts from given branch sets (options.initial, e.g. those of a cop
//       decomposition) or from scratch and improves them by contracting
//       edges.
//
// Every witness these functions return has passed CheckMinorWitness before
// it is returned (a failure there is reported as Internal: a bug here).
//
//   MinorTestResult k4 = HasK4Minor(g);
//   if (k4.has_minor) SHORTCUT_RETURN_IF_ERROR(CheckMinorWitness(g, k4.witness));
//   SHORTCUT_ASSIGN_OR_RETURN(BranchSets clique, HadwigerLowerBound(g));
//   // g has a K_{clique.size()} minor.
//
// Complexity: CheckMinorWitness O(n + m); HasK4Minor O(n + m) expected.
#ifndef SHORTCUT_VERIFY_MINOR_CHECKS_H_
#define SHORTCUT_VERIFY_MINOR_CHECKS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

using BranchSets = std::vector<std::vector<VertexId>>;

// CheckMinorWitness: see the file comment. Requires nothing of the sets
// (order inside a set is free; duplicates, out-of-range ids and empty sets
// are reported). Errors: FailedPrecondition naming the first violation, with
// internal vertex ids. Complexity: O(n + m + total set size).
template <EdgeWeight W>
absl::Status CheckMinorWitness(const Graph<W>& g, const BranchSets& branch_sets);

struct MinorTestResult {
  bool has_minor = false;
  // witness: branch sets of the clique minor when has_minor (3 or 4 sets).
  BranchSets witness;
  // cycle (HasK3Minor only): the vertices of a cycle, in order.
  std::vector<VertexId> cycle;
};

// HasK3Minor: exact; a graph has a K3 minor iff it has a cycle.
// Complexity: O(n + m).
template <EdgeWeight W>
MinorTestResult HasK3Minor(const Graph<W>& g);

// HasK4Minor: exact. Repeatedly deletes vertices of degree <= 1 and
// suppresses vertices of degree 2 (merging parallel edges); g is
// K4-minor-free iff nothing remains. When something remains, every vertex
// left has degree >= 3, which forces a K4 subdivision; the witness is
// extracted by deleting edge blocks while the test stays positive, which
// leaves exactly a subdivision of K4.
// Complexity: O(n + m) expected for the test; the witness costs
// O((n + m) * s log m) in the worst case for a subdivision with s edges, and
// is much cheaper in practice because deletions shrink the graph fast.
template <EdgeWeight W>
MinorTestResult HasK4Minor(const Graph<W>& g);

struct HadwigerOptions {
  // initial: branch sets to start from (disjoint, non-empty, each connected;
  // they need not be pairwise adjacent). They are contracted first.
  BranchSets initial;
  // attempts: number of greedy runs; the first breaks ties by vertex id, the
  // others by a random priority drawn from `seed`.
  uint32_t attempts = 1;
  uint64_t seed = 0;
  // stop_at: stop as soon as a K_{stop_at} minor is found (0: never).
  uint32_t stop_at = 0;
};

// HadwigerLowerBound: branch sets of a clique minor K_k (k >= 1 for a
// non-empty graph, k = 0 for the empty graph), found by the min-degree /
// least-common-neighbour contraction heuristic run on each connected
// component: contract the vertex of smallest degree into the neighbour it
// shares the fewest neighbours with, until the component is a clique. Every
// graph has a K_k minor for the returned k, so k <= h(g) (the Hadwiger
// number); on K_r-minor-free graphs k < r.
// Errors: InvalidArgument for bad initial sets; Internal if the witness
// fails CheckMinorWitness. Complexity: O(attempts * (m + n) * d log n) with d
// the largest degree met during contraction.
template <EdgeWeight W>
absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<W>& g, const HadwigerOptions& options = {});

extern template absl::Status CheckMinorWitness(const Graph<uint32_t>&, const BranchSets&);
extern template absl::Status CheckMinorWitness(const Graph<double>&, const BranchSets&);
extern template MinorTestResult HasK3Minor(const Graph<uint32_t>&);
extern template MinorTestResult HasK3Minor(const Graph<double>&);
extern template MinorTestResult HasK4Minor(const Graph<uint32_t>&);
extern template MinorTestResult HasK4Minor(const Graph<double>&);
extern template absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<uint32_t>&, const HadwigerOptions&);
extern template absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<double>&, const HadwigerOptions&);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_MINOR_CHECKS_H_
