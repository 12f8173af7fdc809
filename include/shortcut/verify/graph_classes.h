// File: shortcut/verify/graph_classes.h
//
// Checks of class certificates that rest on planarity tests of parts of the
// graph (TestPlanarity, verify/planarity.h):
//
//   CheckApexCertificate(g, apices)  OK iff deleting `apices` leaves a
//       planar graph. With one apex this certifies K6-minor-freeness (K6
//       minus a vertex is K5, which is not planar); with a apices, no
//       K_{5+a} minor.
//   FindApexVertex(g, candidates)  searches for one apex among the
//       `candidates` vertices of largest degree.
//   CheckCliqueSumCertificate(g, pieces, max_clique)  OK iff `pieces` is a
//       valid tree decomposition of g (CheckTreeDecomposition) whose
//       adjacent bags meet in cliques of g of at most `max_clique` vertices
//       and each of whose bags induces a planar graph. Then g is a clique-sum
//       of planar graphs (the torsos are the induced subgraphs, because the
//       glue sets are cliques), and a clique-sum has a K_r minor only if a
//       part has one: with max_clique <= 3 this certifies K5-minor-freeness.
//
//   SHORTCUT_RETURN_IF_ERROR(CheckApexCertificate(g, t.apices));
//
// Errors: FailedPrecondition naming what fails (the piece or the apex set
// and the size of the Kuratowski subgraph found), InvalidArgument for ids
// out of range.
#ifndef SHORTCUT_VERIFY_GRAPH_CLASSES_H_
#define SHORTCUT_VERIFY_GRAPH_CLASSES_H_

#include <cstdint>
#include <optional>
#include <span>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/tree_decomposition.h"

namespace shortcut {

// CheckApexCertificate: Complexity O(n + m).
template <EdgeWeight W>
absl::Status CheckApexCertificate(const Graph<W>& g, std::span<const VertexId> apices);

// FindApexVertex: the first of the `candidates` highest-degree vertices
// (ties by id) whose removal leaves g planar, or nullopt.
// Complexity: O(candidates * (n + m)).
template <EdgeWeight W>
std::optional<VertexId> FindApexVertex(const Graph<W>& g, uint32_t candidates);

// CheckCliqueSumCertificate: Complexity O(n + m + sum over bags of the size
// of the induced subgraph).
template <EdgeWeight W>
absl::Status CheckCliqueSumCertificate(const Graph<W>& g, const TreeDecomposition& pieces, uint32_t max_clique);

extern template absl::Status CheckApexCertificate(const Graph<uint32_t>&, std::span<const VertexId>);
extern template std::optional<VertexId> FindApexVertex(const Graph<uint32_t>&, uint32_t);
extern template absl::Status CheckCliqueSumCertificate(const Graph<uint32_t>&, const TreeDecomposition&, uint32_t);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_GRAPH_CLASSES_H_
