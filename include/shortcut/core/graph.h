// File: shortcut/core/graph.h
//
// Graph<W>: an immutable, undirected, simple graph in compressed sparse row
// form (structure of arrays). Every undirected edge {u, v} is stored as two
// arcs u->v and v->u; arcs of a vertex are sorted by head. Edges are numbered
// in the order of (min endpoint, max endpoint), so ids are canonical: the same
// simple graph always gets the same vertex, arc and edge numbering.
//
//   for (VertexId v = 0; v < g.NumVertices(); ++v)
//     for (ArcId a : g.Arcs(v)) Visit(v, g.Head(a), g.Weight(a), g.EdgeOf(a));
//
// Graphs are move-only (copying a large graph by accident is a bug); use
// Clone() when a copy is wanted. The only ways to make a non-empty graph are
// BuildGraph (graph_builder.h), which validates its input, and the library's
// own derived-graph constructors (induced_subgraph.h), which keep the
// canonical form.
//
// Each vertex carries an external id, the id the input file used for it, so
// that every output can speak the user's ids. Optional coordinates serve
// geometric weights and drawings.
//
// Guarantees: no self-loops, no parallel edges, every weight > 0 (finite for
// double). Thread-safety: all member functions are const and safe to call
// concurrently.
#ifndef SHORTCUT_CORE_GRAPH_H_
#define SHORTCUT_CORE_GRAPH_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/range.h"
#include "shortcut/core/types.h"

namespace shortcut {

namespace internal {
struct GraphAccess;
}  // namespace internal

template <EdgeWeight W>
class Graph {
 public:
  using WeightType = W;
  using DistanceType = DistanceOf<W>;

  // The empty graph (no vertices).
  Graph() : offsets_(1, 0) {}
  Graph(Graph&&) noexcept = default;
  Graph& operator=(Graph&&) noexcept = default;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // Clone returns a deep copy.
  Graph Clone() const {
    Graph g;
    g.offsets_ = offsets_;
    g.heads_ = heads_;
    g.weights_ = weights_;
    g.arc_edge_ = arc_edge_;
    g.edge_arcs_ = edge_arcs_;
    g.coordinates_ = coordinates_;
    g.external_ids_ = external_ids_;
    g.aliases_ = aliases_;
    return g;
  }

  VertexId NumVertices() const { return static_cast<VertexId>(offsets_.size() - 1); }
  EdgeId NumEdges() const { return static_cast<EdgeId>(arc_edge_.size() / 2); }
  ArcId NumArcs() const { return static_cast<ArcId>(heads_.size()); }
  IntRange<VertexId> Vertices() const { return {0, NumVertices()}; }

  // Arcs(v): the ids of the arcs leaving v, in increasing order of head.
  IntRange<ArcId> Arcs(VertexId v) const {
    SHORTCUT_DCHECK(v < NumVertices());
    return {offsets_[v], offsets_[v + 1]};
  }
  ArcId FirstArc(VertexId v) const { return offsets_[v]; }
  ArcId EndArc(VertexId v) const { return offsets_[v + 1]; }
  uint32_t Degree(VertexId v) const { return offsets_[v + 1] - offsets_[v]; }
  // Neighbors(v): the heads of v's arcs, sorted increasingly.
  std::span<const VertexId> Neighbors(VertexId v) const {
    return {heads_.data() + offsets_[v], heads_.data() + offsets_[v + 1]};
  }
  std::span<const W> NeighborWeights(VertexId v) const {
    return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
  }

  VertexId Head(ArcId a) const { return heads_[a]; }
  W Weight(ArcId a) const { return weights_[a]; }
  EdgeId EdgeOf(ArcId a) const { return arc_edge_[a]; }
  // ReverseArc(a): the arc v->u of the arc a = u->v.
  ArcId ReverseArc(ArcId a) const {
    const EdgeId e = arc_edge_[a];
    return edge_arcs_[2 * e] == a ? edge_arcs_[2 * e + 1] : edge_arcs_[2 * e];
  }
  // Tail(a): the vertex the arc a leaves.
  VertexId Tail(ArcId a) const { return heads_[ReverseArc(a)]; }
  // EdgeEndpoints(e): (u, v) with u < v.
  std::pair<VertexId, VertexId> EdgeEndpoints(EdgeId e) const {
    return {heads_[edge_arcs_[2 * e + 1]], heads_[edge_arcs_[2 * e]]};
  }
  // EdgeArc(e): the arc u->v of edge e with u < v.
  ArcId EdgeArc(EdgeId e) const { return edge_arcs_[2 * e]; }
  W EdgeWeightOf(EdgeId e) const { return weights_[edge_arcs_[2 * e]]; }

  // FindArc(u, v): the arc u->v, or kNoArc. O(log deg(u)).
  ArcId FindArc(VertexId u, VertexId v) const {
    auto nb = Neighbors(u);
    auto it = std::lower_bound(nb.begin(), nb.end(), v);
    if (it == nb.end() || *it != v) return kNoArc;
    return offsets_[u] + static_cast<ArcId>(it - nb.begin());
  }

  bool HasCoordinates() const { return !coordinates_.empty(); }
  // Coordinates(): one point per vertex, or empty.
  std::span<const Point> Coordinates() const { return coordinates_; }
  const Point& Coordinate(VertexId v) const { return coordinates_[v]; }

  // ExternalId(v): the id the input used for v (for 1-based formats, the
  // 1-based id). When zero-weight edges were contracted this is the smallest
  // id of the merged input vertices; Aliases() lists the others.
  uint64_t ExternalId(VertexId v) const { return external_ids_[v]; }
  std::span<const uint64_t> ExternalIds() const { return external_ids_; }
  // Aliases(): (external id, vertex) for input vertices merged into another
  // by zero-weight contraction, sorted by external id.
  std::span<const std::pair<uint64_t, VertexId>> Aliases() const { return aliases_; }

  // Raw arrays, for tight loops and serialisation.
  std::span<const ArcId> OffsetArray() const { return offsets_; }
  std::span<const VertexId> HeadArray() const { return heads_; }
  std::span<const W> WeightArray() const { return weights_; }
  std::span<const EdgeId> ArcEdgeArray() const { return arc_edge_; }

  // MemoryBytes(): bytes held by the arrays.
  uint64_t MemoryBytes() const {
    return offsets_.capacity() * sizeof(ArcId) + heads_.capacity() * sizeof(VertexId) +
           weights_.capacity() * sizeof(W) + arc_edge_.capacity() * sizeof(EdgeId) +
           edge_arcs_.capacity() * sizeof(ArcId) + coordinates_.capacity() * sizeof(Point) +
           external_ids_.capacity() * sizeof(uint64_t) +
           aliases_.capacity() * sizeof(std::pair<uint64_t, VertexId>);
  }

 private:
  friend struct internal::GraphAccess;

  std::vector<ArcId> offsets_;       // n + 1
  std::vector<VertexId> heads_;      // 2m
  std::vector<W> weights_;           // 2m
  std::vector<EdgeId> arc_edge_;     // 2m
  std::vector<ArcId> edge_arcs_;     // 2m: [2e] = u->v (u < v), [2e+1] = v->u
  std::vector<Point> coordinates_;   // n or empty
  std::vector<uint64_t> external_ids_;  // n
  std::vector<std::pair<uint64_t, VertexId>> aliases_;
};

// A canonical undirected edge, used to build graphs: tail < head is not
// required, but self-loops and parallel edges are handled by the builder.
template <EdgeWeight W>
struct WeightedEdge {
  VertexId tail = 0;
  VertexId head = 0;
  W weight = 0;
  friend bool operator==(const WeightedEdge&, const WeightedEdge&) = default;
};

namespace internal {

// GraphAccess builds graphs from arrays that are already canonical: a sorted,
// duplicate-free list of edges (u, v, w) with u < v and w > 0. Used by the
// builder and by derived-graph constructions; not part of the public API.
struct GraphAccess {
  template <EdgeWeight W>
  static Graph<W> FromCanonicalEdges(VertexId n, std::span<const WeightedEdge<W>> edges,
                                     std::vector<Point> coordinates,
                                     std::vector<uint64_t> external_ids,
                                     std::vector<std::pair<uint64_t, VertexId>> aliases = {}) {
    Graph<W> g;
    const std::size_t m = edges.size();
    g.offsets_.assign(static_cast<std::size_t>(n) + 1, 0);
    for (const auto& e : edges) {
      SHORTCUT_DCHECK(e.tail < e.head && e.head < n);
      ++g.offsets_[e.tail + 1];
      ++g.offsets_[e.head + 1];
    }
    for (VertexId v = 0; v < n; ++v) g.offsets_[v + 1] += g.offsets_[v];
    g.heads_.resize(2 * m);
    g.weights_.resize(2 * m);
    g.arc_edge_.resize(2 * m);
    g.edge_arcs_.resize(2 * m);
    std::vector<ArcId> fill(g.offsets_.begin(), g.offsets_.end() - 1);
    // Edges are sorted by (tail, head). Arcs of v with head < v come from
    // edges (head, v), which appear in increasing order of head; arcs with
    // head > v come from edges (v, head), also increasing. Filling the
    // smaller-head arcs first keeps every adjacency list sorted: we do two
    // passes over the edges.
    for (std::size_t i = 0; i < m; ++i) {  // arcs head -> tail (head < tail side)
      const auto& e = edges[i];
      const ArcId a = fill[e.head]++;
      g.heads_[a] = e.tail;
      g.weights_[a] = e.weight;
      g.arc_edge_[a] = static_cast<EdgeId>(i);
      g.edge_arcs_[2 * i + 1] = a;
    }
    for (std::size_t i = 0; i < m; ++i) {  // arcs tail -> head
      const auto& e = edges[i];
      const ArcId a = fill[e.tail]++;
      g.heads_[a] = e.head;
      g.weights_[a] = e.weight;
      g.arc_edge_[a] = static_cast<EdgeId>(i);
      g.edge_arcs_[2 * i] = a;
    }
    g.coordinates_ = std::move(coordinates);
    if (external_ids.empty()) {
      external_ids.resize(n);
      for (VertexId v = 0; v < n; ++v) external_ids[v] = v;
    }
    g.external_ids_ = std::move(external_ids);
    g.aliases_ = std::move(aliases);
    return g;
  }
};

}  // namespace internal

// GraphFingerprint(g): a 64-bit hash of the structure, weights and external
// ids, used to tie saved indices to the graph they were built for.
template <EdgeWeight W>
uint64_t GraphFingerprint(const Graph<W>& g);

extern template class Graph<uint32_t>;
extern template class Graph<double>;
extern template uint64_t GraphFingerprint(const Graph<uint32_t>&);
extern template uint64_t GraphFingerprint(const Graph<double>&);

}  // namespace shortcut

#endif  // SHORTCUT_CORE_GRAPH_H_
