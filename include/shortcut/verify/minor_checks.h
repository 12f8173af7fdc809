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
//   HadwigerLowerBound(g, seed_sets)  a checked K_k witness found greedily:
//       starts from given branch sets (e.g. those of a cop decomposition) or
//       from scratch and improves them by contracting edges.
//
// Complexity: CheckMinorWitness O(n + m); HasK4Minor O(n + m) expected.
#ifndef SHORTCUT_VERIFY_MINOR_CHECKS_H_
#define SHORTCUT_VERIFY_MINOR_CHECKS_H_

#include <span>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"

namespace shortcut {

using BranchSets = std::vector<std::vector<VertexId>>;

template <EdgeWeight W>
absl::Status CheckMinorWitness(const Graph<W>& g, const BranchSets& branch_sets);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_MINOR_CHECKS_H_
