// File: shortcut/generators/minor_free.h
//
// Minor-free families beyond planar and bounded treewidth, each with the
// certificate of its class:
//
//   ToroidalGrid(rows, cols, triangulated)  the rows x cols grid with
//       wrap-around edges (a quadrangulation of the torus), optionally with
//       one diagonal per cell (a triangulation of the torus). Genus 1, so
//       K8-minor-free ((r-3)(r-4) > 12 g first holds at r = 8); not planar
//       once rows, cols >= 3 and the graph has a K3,3 subdivision. Vertex
//       (i, j) is i * cols + j; the certificate is the toroidal embedding
//       (rotation, genus 1). Requires rows, cols >= 3.
//   RandomApex(n, seed, p)  a Delaunay triangulation on n - 1 points plus an
//       apex vertex n - 1 joined to each of them with probability p (to at
//       least one). Planar plus one vertex: K6-minor-free, and with p = 1 it
//       has K5 minors, so it is the smallest non-planar K_r-free step. The
//       certificate is the apex (GeneratedGraph::apices); the rest carries its
//       planar embedding (rotation of the apex is empty). The apex sits at
//       the centre of the point square.
//   RandomCliqueSum(n, seed, piece_size)  clique-sums of planar pieces:
//       Delaunay triangulations of piece_size random points, each new piece
//       glued to an earlier one by identifying a clique of size 1, 2 or 3
//       (a vertex, an edge or a triangle); a third of the gluings reuse an
//       earlier glue clique, so several pieces hang on the same triangle and
//       the graph is usually not planar (three pieces on one triangle contain
//       K3,3). Clique-sums of planar graphs along cliques of size <= 3 are
//       K5-minor-free (Wagner). Certificate: the pieces as a tree
//       decomposition (GeneratedGraph::pieces) whose adjacent bags meet in
//       the glue cliques. Requires piece_size >= 4.
//
//   GeneratedGraph t = ToroidalGrid(5, 5, /*triangulated=*/false);
//   // 25 vertices, 50 edges, rotation of genus 1.
//
// Complexity: O(n) for the torus, O(n log n) for the others.
#ifndef SHORTCUT_GENERATORS_MINOR_FREE_H_
#define SHORTCUT_GENERATORS_MINOR_FREE_H_

#include <cstdint>

#include "shortcut/generators/generated_graph.h"

namespace shortcut {

GeneratedGraph ToroidalGrid(uint32_t rows, uint32_t cols, bool triangulated);
GeneratedGraph RandomApex(uint32_t n, uint64_t seed, double p);
GeneratedGraph RandomCliqueSum(uint32_t n, uint64_t seed, uint32_t piece_size);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_MINOR_FREE_H_
