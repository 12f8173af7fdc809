#include "shortcut/verify/embedding.h"

#include <algorithm>
#include <vector>

#include "shortcut/core/components.h"
#include "shortcut/core/status.h"

namespace shortcut {

template <EdgeWeight W>
absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<W>& g, std::span<const std::vector<VertexId>> rotation) {
  const VertexId n = g.NumVertices();
  if (rotation.size() != n) {
    return FailedPreconditionError("rotation system has {} vertices, the graph {}", rotation.size(), n);
  }
  // next_arc[a] for the arc a = v -> w: the arc from v to the neighbour
  // after w in v's rotation.
  std::vector<ArcId> next_arc(g.NumArcs());
  std::vector<VertexId> sorted;
  for (VertexId v = 0; v < n; ++v) {
    const auto& r = rotation[v];
    sorted.assign(r.begin(), r.end());
    std::sort(sorted.begin(), sorted.end());
    const auto nb = g.Neighbors(v);
    if (!std::equal(sorted.begin(), sorted.end(), nb.begin(), nb.end())) {
      return FailedPreconditionError(
          "rotation of vertex {} is not a permutation of its {} neighbours ({} entries)", v, nb.size(), r.size());
    }
    for (std::size_t i = 0; i < r.size(); ++i) {
      next_arc[g.FindArc(v, r[i])] = g.FindArc(v, r[(i + 1) % r.size()]);
    }
  }
  const Components cc = ConnectedComponents(g);
  std::vector<int64_t> euler(cc.count, 0);  // V - E + F per component
  for (VertexId v = 0; v < n; ++v) {
    euler[cc.component[v]] += 1;
    if (g.Degree(v) == 0) euler[cc.component[v]] += 1;  // the one face of an isolated vertex
  }
  for (EdgeId e = 0; e < g.NumEdges(); ++e) euler[cc.component[g.EdgeEndpoints(e).first]] -= 1;
  // Faces: orbits of a = (u -> v)  |->  next_arc[reverse(a)] = (v -> successor of u around v).
  std::vector<uint8_t> seen(g.NumArcs(), 0);
  for (VertexId v = 0; v < n; ++v) {
    for (ArcId start : g.Arcs(v)) {
      if (seen[start]) continue;
      euler[cc.component[v]] += 1;
      for (ArcId a = start; !seen[a]; a = next_arc[g.ReverseArc(a)]) seen[a] = 1;
    }
  }
  uint64_t genus = 0;
  for (uint32_t c = 0; c < cc.count; ++c) {
    const int64_t twice = 2 - euler[c];
    if (twice < 0 || twice % 2 != 0) {
      return InternalError("component {} has Euler characteristic {}", c, euler[c]);
    }
    genus += static_cast<uint64_t>(twice / 2);
  }
  return genus;
}

int ExcludedCliqueForGenus(uint64_t genus) {
  int r = 5;
  while (static_cast<uint64_t>((r - 3) * (r - 4)) <= 12 * genus) ++r;
  return r;
}

template absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<uint32_t>&, std::span<const std::vector<VertexId>>);
template absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<double>&, std::span<const std::vector<VertexId>>);

}  // namespace shortcut
