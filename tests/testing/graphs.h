// File: testing/graphs.h
//
// Graph families for property tests: small fixed-seed instances of the
// generators, each tagged with what is known about it (planar, a K_r it
// excludes), plus perturbations (random relabelling, duplicate edges) that
// must not change any property a test checks.
#ifndef SHORTCUT_TESTING_GRAPHS_H_
#define SHORTCUT_TESTING_GRAPHS_H_

#include <functional>
#include <string>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/tree.h"

namespace shortcut::testing {

struct TestGraph {
  std::string name;
  Graph<uint32_t> graph;
  bool planar = false;
  int excluded_minor = 0;  // r such that the graph is K_r-minor-free (0: unknown)
};

inline Graph<uint32_t> MustBuild(EdgeList<uint32_t> list) {
  auto g = BuildGraph(std::move(list));
  if (!g.ok()) std::abort();
  return std::move(g).value();
}

// Small non-members of the planar / minor-free classes, unit weights.
// K_n.
inline EdgeList<uint32_t> CompleteEdges(VertexId n) {
  EdgeList<uint32_t> list;
  list.num_vertices = n;
  for (VertexId u = 0; u < n; ++u) {
    for (VertexId v = u + 1; v < n; ++v) list.edges.push_back({u, v, 1});
  }
  return list;
}

// K3,3 with sides {0, 1, 2} and {3, 4, 5}.
inline EdgeList<uint32_t> K33Edges() {
  EdgeList<uint32_t> list;
  list.num_vertices = 6;
  for (VertexId u = 0; u < 3; ++u) {
    for (VertexId v = 3; v < 6; ++v) list.edges.push_back({u, v, 1});
  }
  return list;
}

// The Petersen graph: outer 5-cycle 0..4, spokes i - i+5, inner pentagram.
inline EdgeList<uint32_t> PetersenEdges() {
  EdgeList<uint32_t> list;
  list.num_vertices = 10;
  for (VertexId i = 0; i < 5; ++i) {
    list.edges.push_back({i, (i + 1) % 5, 1});
    list.edges.push_back({i, i + 5, 1});
    list.edges.push_back({i + 5, 5 + (i + 2) % 5, 1});
  }
  return list;
}


inline EdgeList<uint32_t> WithUniformWeights(EdgeList<uint32_t> list, uint32_t lo, uint32_t hi,
                                              uint64_t seed) {
  WeightSpec spec;
  spec.kind = WeightSpec::Kind::kUniform;
  spec.lo = lo;
  spec.hi = hi;
  spec.seed = seed;
  if (!ApplyWeights(spec, list).ok()) std::abort();
  return list;
}

// RelabelRandomly: the same graph with vertex ids permuted and edges shuffled.
inline EdgeList<uint32_t> RelabelRandomly(EdgeList<uint32_t> list, uint64_t seed) {
  Random rng(seed);
  std::vector<VertexId> perm(list.num_vertices);
  for (VertexId v = 0; v < list.num_vertices; ++v) perm[v] = v;
  rng.Shuffle(std::span<VertexId>(perm));
  for (auto& e : list.edges) {
    e.tail = perm[e.tail];
    e.head = perm[e.head];
  }
  rng.Shuffle(std::span<WeightedEdge<uint32_t>>(list.edges));
  if (!list.coordinates.empty()) {
    std::vector<Point> c(list.coordinates.size());
    for (VertexId v = 0; v < list.num_vertices; ++v) c[perm[v]] = list.coordinates[v];
    list.coordinates = std::move(c);
  }
  return list;
}

// SmallFamilies: a few hundred vertices each, weighted and unweighted.
inline std::vector<TestGraph> SmallFamilies() {
  std::vector<TestGraph> out;
  out.push_back({"grid_12x15", MustBuild(GridEdges(12, 15)), true, 5});
  out.push_back({"grid_20x20_w", MustBuild(WithUniformWeights(GridEdges(20, 20), 1, 100, 1)), true, 5});
  out.push_back({"trigrid_15x15", MustBuild(TriangulatedGridEdges(15, 15, 2)), true, 5});
  out.push_back({"trigrid_18x14_w",
                 MustBuild(WithUniformWeights(TriangulatedGridEdges(18, 14, 3), 1, 50, 4)), true, 5});
  out.push_back({"tree_300", MustBuild(RandomTreeEdges(300, 5)), true, 3});
  out.push_back({"tree_250_w", MustBuild(WithUniformWeights(RandomTreeEdges(250, 6), 1, 20, 7)), true, 3});
  out.push_back({"path_200", MustBuild(GridEdges(1, 200)), true, 3});
  return out;
}

}  // namespace shortcut::testing

#endif  // SHORTCUT_TESTING_GRAPHS_H_
