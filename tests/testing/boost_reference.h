// File: testing/boost_reference.h
//
// Boost.Graph as a test oracle: single-source distances by
// boost::dijkstra_shortest_paths on a compressed_sparse_row_graph built from
// our Graph, and connected components. Never used by the library itself.
#ifndef SHORTCUT_TESTING_BOOST_REFERENCE_H_
#define SHORTCUT_TESTING_BOOST_REFERENCE_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>
#include <utility>
#include <vector>

#include "shortcut/core/graph.h"

namespace shortcut::testing {

struct BoostEdgeProps {
  uint64_t weight;
};
using BoostCsr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, BoostEdgeProps>;

template <EdgeWeight W>
BoostCsr ToBoostCsr(const Graph<W>& g) {
  std::vector<std::pair<VertexId, VertexId>> arcs;
  std::vector<BoostEdgeProps> props;
  arcs.reserve(g.NumArcs());
  props.reserve(g.NumArcs());
  for (VertexId u = 0; u < g.NumVertices(); ++u) {
    for (ArcId a : g.Arcs(u)) {
      arcs.emplace_back(u, g.Head(a));
      props.push_back({static_cast<uint64_t>(g.Weight(a))});
    }
  }
  return BoostCsr(boost::edges_are_sorted, arcs.begin(), arcs.end(), props.begin(), g.NumVertices());
}

// BoostDistances: distances from `source` (UINT64_MAX when unreachable).
inline std::vector<uint64_t> BoostDistances(const BoostCsr& bg, VertexId source) {
  const auto n = boost::num_vertices(bg);
  std::vector<uint64_t> dist(n);
  std::vector<BoostCsr::vertex_descriptor> pred(n);
  boost::dijkstra_shortest_paths(
      bg, source,
      boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, bg)))
          .distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, bg)))
          .weight_map(boost::get(&BoostEdgeProps::weight, bg))
          .distance_inf(std::numeric_limits<uint64_t>::max()));
  return dist;
}

}  // namespace shortcut::testing

#endif  // SHORTCUT_TESTING_BOOST_REFERENCE_H_
