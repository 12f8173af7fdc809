// File: shortcut/verify/planarity.h
//
// TestPlanarity(g): decides planarity with Boost.Graph's Boyer–Myrvold test.
// When g is not planar the result carries a Kuratowski subgraph (the edges of
// a subdivision of K5 or K3,3) as the certificate; CheckKuratowskiWitness
// checks such a certificate independently (degrees, branch vertices, paths).
//
//   PlanarityResult p = TestPlanarity(g);
//   if (!p.planar) Report(p.kuratowski_edges);
//
// Boost.Graph is an implementation detail: it appears in no public header.
//
// Complexity: O(n + m).
#ifndef SHORTCUT_VERIFY_PLANARITY_H_
#define SHORTCUT_VERIFY_PLANARITY_H_

#include <span>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"

namespace shortcut {

struct PlanarityResult {
  bool planar = true;
  std::vector<EdgeId> kuratowski_edges;  // non-planar only
};

// TestPlanarity: whether g is planar.
// Returns: planar = true and no edges, or planar = false and the edge ids
// (sorted) of a subdivision of K5 or K3,3 in g.
// Complexity: O(n + m) time and space (plus copying g into a Boost graph).
template <EdgeWeight W>
PlanarityResult TestPlanarity(const Graph<W>& g);

// CheckKuratowskiWitness: OK iff `edges` form a subdivision of K5 or K3,3 in
// g. The check is independent of the planarity test: every vertex of the
// edge set must have degree 2, 3 or 4; the branch vertices (degree != 2) are
// five of degree 4 or six of degree 3; suppressing the degree-2 vertices
// must give simple paths between distinct branch vertices, with no extra
// cycles, and the contracted multigraph must be K5 or K3,3 (simple, and
// bipartite 3 + 3 in the K3,3 case).
// Errors: OutOfRange for edge ids >= NumEdges(); FailedPrecondition naming
// the first violated condition otherwise.
// Complexity: O(k) expected for k witness edges.
template <EdgeWeight W>
absl::Status CheckKuratowskiWitness(const Graph<W>& g, std::span<const EdgeId> edges);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_PLANARITY_H_
