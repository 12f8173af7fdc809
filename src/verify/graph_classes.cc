#include "shortcut/verify/graph_classes.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include "shortcut/core/induced_subgraph.h"
#include "shortcut/core/status.h"
#include "shortcut/verify/planarity.h"
#include "shortcut/verify/treewidth.h"

namespace shortcut {
namespace {

template <EdgeWeight W>
std::vector<VertexId> AllBut(const Graph<W>& g, std::span<const VertexId> removed) {
  std::vector<uint8_t> drop(g.NumVertices(), 0);
  for (VertexId v : removed) drop[v] = 1;
  std::vector<VertexId> keep;
  for (VertexId v = 0; v < g.NumVertices(); ++v) {
    if (!drop[v]) keep.push_back(v);
  }
  return keep;
}

}  // namespace

template <EdgeWeight W>
absl::Status CheckApexCertificate(const Graph<W>& g, std::span<const VertexId> apices) {
  for (VertexId a : apices) {
    if (a >= g.NumVertices()) return InvalidArgumentError("apex {} is out of range (n = {})", a, g.NumVertices());
  }
  const std::vector<VertexId> keep = AllBut(g, apices);
  const InducedSubgraph<W> rest = ExtractInducedSubgraph(g, keep);
  const PlanarityResult p = TestPlanarity(rest.graph);
  if (!p.planar) {
    return FailedPreconditionError("the graph minus {} apex vertices is not planar (Kuratowski subgraph of {} edges)",
                                   apices.size(), p.kuratowski_edges.size());
  }
  return absl::OkStatus();
}

template <EdgeWeight W>
std::optional<VertexId> FindApexVertex(const Graph<W>& g, uint32_t candidates) {
  std::vector<VertexId> order(g.NumVertices());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&g](VertexId a, VertexId b) { return g.Degree(a) > g.Degree(b); });
  order.resize(std::min<std::size_t>(order.size(), candidates));
  for (VertexId v : order) {
    const VertexId one[] = {v};
    if (CheckApexCertificate(g, std::span<const VertexId>(one)).ok()) return v;
  }
  return std::nullopt;
}

template <EdgeWeight W>
absl::Status CheckCliqueSumCertificate(const Graph<W>& g, const TreeDecomposition& pieces, uint32_t max_clique) {
  SHORTCUT_RETURN_IF_ERROR(Annotate(CheckTreeDecomposition(g, pieces), "pieces are not a tree decomposition"));
  for (const auto& [a, b] : pieces.edges) {
    std::vector<VertexId> glue;
    std::set_intersection(pieces.bags[a].begin(), pieces.bags[a].end(), pieces.bags[b].begin(),
                          pieces.bags[b].end(), std::back_inserter(glue));
    if (glue.size() > max_clique) {
      return FailedPreconditionError("pieces {} and {} share {} vertices, more than {}", a, b, glue.size(),
                                     max_clique);
    }
    for (std::size_t i = 0; i < glue.size(); ++i) {
      for (std::size_t j = i + 1; j < glue.size(); ++j) {
        if (g.FindArc(glue[i], glue[j]) == kNoArc) {
          return FailedPreconditionError("pieces {} and {} share vertices {} and {}, which are not adjacent", a, b,
                                         glue[i], glue[j]);
        }
      }
    }
  }
  for (std::size_t i = 0; i < pieces.bags.size(); ++i) {
    const InducedSubgraph<W> piece = ExtractInducedSubgraph(g, pieces.bags[i]);
    const PlanarityResult p = TestPlanarity(piece.graph);
    if (!p.planar) {
      return FailedPreconditionError("piece {} ({} vertices) is not planar (Kuratowski subgraph of {} edges)", i,
                                     pieces.bags[i].size(), p.kuratowski_edges.size());
    }
  }
  return absl::OkStatus();
}

template absl::Status CheckApexCertificate(const Graph<uint32_t>&, std::span<const VertexId>);
template std::optional<VertexId> FindApexVertex(const Graph<uint32_t>&, uint32_t);
template absl::Status CheckCliqueSumCertificate(const Graph<uint32_t>&, const TreeDecomposition&, uint32_t);

}  // namespace shortcut
