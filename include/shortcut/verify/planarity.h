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
// Complexity: O(n + m).
#ifndef SHORTCUT_VERIFY_PLANARITY_H_
#define SHORTCUT_VERIFY_PLANARITY_H_

#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"

namespace shortcut {

struct PlanarityResult {
  bool planar = true;
  std::vector<EdgeId> kuratowski_edges;  // non-planar only
};

template <EdgeWeight W>
PlanarityResult TestPlanarity(const Graph<W>& g);

// CheckKuratowskiWitness: OK iff `edges` form a subdivision of K5 or K3,3 in g.
template <EdgeWeight W>
absl::Status CheckKuratowskiWitness(const Graph<W>& g, std::span<const EdgeId> edges);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_PLANARITY_H_
