// File: shortcut/core/induced_subgraph.h
//
// ExtractInducedSubgraph(g, vertices): the subgraph G[S] as a Graph of its
// own, plus the map back to g. Local ids follow the increasing order of the
// global ids, so the result is canonical (independent of the order of
// `vertices`). Coordinates and external ids are carried over.
//
//   InducedSubgraph<uint32_t> sub = ExtractInducedSubgraph(g, members);
//   VertexId global = sub.to_global[local];
//
// Use it for sub-problems that are searched many times or recursed into; for
// one-shot searches, a VertexDomain is cheaper. Complexity: O(|S| log |S| +
// sum of degrees in S).
#ifndef SHORTCUT_CORE_INDUCED_SUBGRAPH_H_
#define SHORTCUT_CORE_INDUCED_SUBGRAPH_H_

#include <algorithm>
#include <span>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "shortcut/core/graph.h"

namespace shortcut {

template <EdgeWeight W>
struct InducedSubgraph {
  Graph<W> graph;
  std::vector<VertexId> to_global;  // local id -> id in the parent graph
};

template <EdgeWeight W>
InducedSubgraph<W> ExtractInducedSubgraph(const Graph<W>& g, std::span<const VertexId> vertices) {
  InducedSubgraph<W> sub;
  sub.to_global.assign(vertices.begin(), vertices.end());
  std::sort(sub.to_global.begin(), sub.to_global.end());
  sub.to_global.erase(std::unique(sub.to_global.begin(), sub.to_global.end()), sub.to_global.end());
  const VertexId k = static_cast<VertexId>(sub.to_global.size());
  // Dense map when S is a large part of g, hash map otherwise: either way the
  // cost stays proportional to |S| and its arcs, never to n for small S.
  const bool dense = static_cast<uint64_t>(k) * 8 >= g.NumVertices();
  std::vector<VertexId> dense_map;
  absl::flat_hash_map<VertexId, VertexId> sparse_map;
  if (dense) {
    dense_map.assign(g.NumVertices(), kNoVertex);
    for (VertexId i = 0; i < k; ++i) dense_map[sub.to_global[i]] = i;
  } else {
    sparse_map.reserve(k);
    for (VertexId i = 0; i < k; ++i) sparse_map.emplace(sub.to_global[i], i);
  }
  auto local = [&](VertexId v) -> VertexId {
    if (dense) return dense_map[v];
    auto it = sparse_map.find(v);
    return it == sparse_map.end() ? kNoVertex : it->second;
  };
  std::vector<WeightedEdge<W>> edges;
  for (VertexId i = 0; i < k; ++i) {
    const VertexId u = sub.to_global[i];
    for (ArcId a : g.Arcs(u)) {
      const VertexId h = g.Head(a);
      if (h <= u) continue;  // each edge once, from its smaller endpoint
      const VertexId j = local(h);
      if (j != kNoVertex) edges.push_back({i, j, g.Weight(a)});
    }
  }
  // Heads are visited in increasing global order, hence increasing local
  // order: the edge list is already sorted by (tail, head).
  std::vector<Point> coordinates;
  if (g.HasCoordinates()) {
    coordinates.reserve(k);
    for (VertexId v : sub.to_global) coordinates.push_back(g.Coordinate(v));
  }
  std::vector<uint64_t> external(k);
  for (VertexId i = 0; i < k; ++i) external[i] = g.ExternalId(sub.to_global[i]);
  sub.graph = internal::GraphAccess::FromCanonicalEdges<W>(k, edges, std::move(coordinates),
                                                           std::move(external));
  return sub;
}

}  // namespace shortcut

#endif  // SHORTCUT_CORE_INDUCED_SUBGRAPH_H_
