// File: shortcut/core/boost_graph.h
//
// BuildGraphFromBoost: builds a Graph<W> from any Boost.Graph model with a
// weight property map and a vertex index map. Header-only, and the only
// public header that includes Boost: include it only if you use Boost.Graph.
//
//   boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
//                         boost::no_property, boost::property<boost::edge_weight_t, uint64_t>> bg;
//   ...
//   absl::StatusOr<Graph<uint32_t>> g = BuildGraphFromBoost<uint32_t>(bg);
//   // or, with explicit maps (bundled properties, a custom index):
//   auto h = BuildGraphFromBoost<double>(bg, get(&Props::length, bg), get(boost::vertex_index, bg));
//
// Requirements on G: VertexListGraph (num_vertices, for the vertex count),
// and either EdgeListGraph (edges(g) is used: each edge once) or
// IncidenceGraph (out_edges of every vertex; for an undirected G each edge is
// taken from its endpoint of smaller index only, so it is not counted twice).
// The weight map's value type is any InputWeight (core/types.h): integers
// and floats are converted to W with ConvertWeight's range checks; the
// index map gives every vertex a distinct index in [0, num_vertices(g)).
// The graph's functions (num_vertices, edges, out_edges, source, target,
// get) are found by argument-dependent lookup, as for any model outside
// namespace boost; so std::vector adapted by boost/graph/vector_as_graph.hpp,
// whose functions live in namespace boost, is not supported.
//
// Everything else is the builder's (core/graph_builder.h), with its
// policies: BuildOptions decides about self-loops, parallel edges and zero
// weights. A directed G (directed_category convertible to directed_tag) is
// symmetrised as every directed input is: the graph has the edge {u, v} when
// u->v or v->u is an arc, with the minimum weight of the arcs between them
// (BuildStats counts arcs without a reverse and asymmetric weights). Vertex
// v of the result is the vertex of index v, and its external id is v.
//
// Errors: those of BuildGraph, plus InvalidArgument for an index outside
// [0, num_vertices(g)) or a weight that does not fit W.
// Complexity: O(n + m log m) time, O(n + m) extra space (the edge list).
#ifndef SHORTCUT_CORE_BOOST_GRAPH_H_
#define SHORTCUT_CORE_BOOST_GRAPH_H_

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"
#include "shortcut/core/types.h"

namespace shortcut {

template <EdgeWeight W, class G, class WeightMap, class IndexMap>
  requires InputWeight<
      std::remove_cvref_t<typename boost::property_traits<WeightMap>::value_type>>
absl::StatusOr<Graph<W>> BuildGraphFromBoost(const G& g, WeightMap weight, IndexMap index,
                                             const BuildOptions& options = {},
                                             BuildStats* stats = nullptr) {
  using Traits = boost::graph_traits<G>;
  constexpr bool kDirected =
      std::is_convertible_v<typename Traits::directed_category, boost::directed_tag>;
  constexpr bool kEdgeList =
      std::is_convertible_v<typename Traits::traversal_category, boost::edge_list_graph_tag>;
  static_assert(
      std::is_convertible_v<typename Traits::traversal_category, boost::vertex_list_graph_tag>,
      "BuildGraphFromBoost needs a VertexListGraph (for num_vertices)");
  static_assert(kEdgeList || std::is_convertible_v<typename Traits::traversal_category,
                                                   boost::incidence_graph_tag>,
                "BuildGraphFromBoost needs an EdgeListGraph or an IncidenceGraph");

  const auto n = num_vertices(g);
  if (static_cast<uint64_t>(n) > kMaxVertices) {
    return ResourceExhaustedError("{} vertices do not fit 32-bit vertex ids",
                                  static_cast<uint64_t>(n));
  }
  EdgeList<W> list;
  list.num_vertices = static_cast<VertexId>(n);
  list.directed = kDirected;

  // Index of a vertex, checked against the vertex count.
  auto id_of = [&](typename Traits::vertex_descriptor v, VertexId* out) -> absl::Status {
    const auto i = get(index, v);
    bool negative = false;
    if constexpr (std::is_signed_v<std::remove_cvref_t<decltype(i)>>) negative = i < 0;
    if (negative || static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) {
      return InvalidArgumentError("vertex index {} is outside [0, {})", static_cast<int64_t>(i),
                                  static_cast<uint64_t>(n));
    }
    *out = static_cast<VertexId>(i);
    return absl::OkStatus();
  };
  auto add = [&](typename Traits::edge_descriptor e) -> absl::Status {
    VertexId u = 0, v = 0;
    SHORTCUT_RETURN_IF_ERROR(id_of(source(e, g), &u));
    SHORTCUT_RETURN_IF_ERROR(id_of(target(e, g), &v));
    if (!kEdgeList && !kDirected && v < u) return absl::OkStatus();  // seen from v
    const auto w = get(weight, e);
    W converted{};
    if (!ConvertWeight<W>(w, &converted)) {
      return InvalidArgumentError(
          "edge #{} ({}, {}) has weight {}, which does not fit the graph's weight type",
          list.edges.size(), u, v, w);
    }
    list.edges.push_back({u, v, converted});
    return absl::OkStatus();
  };

  if constexpr (kEdgeList) {
    list.edges.reserve(num_edges(g));
    auto [it, end] = edges(g);
    for (; it != end; ++it) SHORTCUT_RETURN_IF_ERROR(add(*it));
  } else {
    auto [vit, vend] = vertices(g);
    for (; vit != vend; ++vit) {
      auto [it, end] = out_edges(*vit, g);
      for (; it != end; ++it) SHORTCUT_RETURN_IF_ERROR(add(*it));
    }
  }
  return BuildGraph(std::move(list), options, stats);
}

// The same with the graph's interior maps: get(edge_weight, g) and
// get(vertex_index, g).
template <EdgeWeight W, class G>
absl::StatusOr<Graph<W>> BuildGraphFromBoost(const G& g, const BuildOptions& options = {},
                                             BuildStats* stats = nullptr) {
  return BuildGraphFromBoost<W>(g, get(boost::edge_weight, g), get(boost::vertex_index, g),
                                options, stats);
}

}  // namespace shortcut

#endif  // SHORTCUT_CORE_BOOST_GRAPH_H_
