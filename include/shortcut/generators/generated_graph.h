// File: shortcut/generators/generated_graph.h
//
// GeneratedGraph: what a generator produces: the edge list (ready for
// BuildGraph, or for WriteDimacsGraph without building a graph) plus the
// certificates the construction knows for free. Each certificate is optional
// (empty when the family has none) and is meant to be checked by code that is
// independent of the generator (verify/):
//
//   rotation      a combinatorial embedding: for every vertex, its
//                 neighbours in counter-clockwise order. Checked by
//                 EmbeddingGenus (verify/embedding.h); genus 0 certifies
//                 planarity, genus g certifies K_r-minor-freeness for
//                 (r-3)(r-4) > 12g.
//   decomposition a tree decomposition (bounded-treewidth families); checked
//                 by CheckTreeDecomposition (verify/treewidth.h).
//   apices        vertices whose removal leaves a planar graph (apex family).
//   pieces        the clique-sum family: a tree decomposition whose bags are
//                 the planar pieces and whose adjacent bags meet in cliques
//                 (CheckCliqueSumCertificate, verify/graph_classes.h).
//   terminals     distinguished vertices (the leaves of Steiner-point-removal
//                 stress trees).
//
// Invariants every generator guarantees (and tests check): the edge list is
// simple (no self-loops, no parallel edges, each edge listed once), all
// endpoints are < num_vertices, weights are >= 1, coordinates are empty or
// one per vertex, and the output depends only on the arguments (same on
// every platform).
#ifndef SHORTCUT_GENERATORS_GENERATED_GRAPH_H_
#define SHORTCUT_GENERATORS_GENERATED_GRAPH_H_

#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/tree_decomposition.h"

namespace shortcut {

struct GeneratedGraph {
  EdgeList<uint32_t> list;
  std::vector<std::vector<VertexId>> rotation;
  TreeDecomposition decomposition;
  std::vector<VertexId> apices;
  TreeDecomposition pieces;
  std::vector<VertexId> terminals;
};

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_GENERATED_GRAPH_H_
