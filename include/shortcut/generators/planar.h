// File: shortcut/generators/planar.h
//
// Planar families (K5- and K3,3-minor-free), each returned with a planar
// combinatorial embedding (GeneratedGraph::rotation, genus 0):
//
//   DelaunayTriangulation(n, seed)   Delaunay triangulation of n random
//       points with distinct integer coordinates in [0, 2^24)^2. Maximal
//       planar inside the convex hull: the densest planar family (3n - 6
//       edges less the hull deficit); the typical input for planar
//       algorithms on meshes.
//   RandomPlanar(n, seed, keep)      the Delaunay triangulation with edges
//       deleted at random: a random spanning tree is always kept (so the
//       graph is connected) and every other edge is kept with probability
//       `keep`. Sparser planar graphs with larger faces, hence longer
//       detours.
//   RandomOuterplanar(n, seed, keep) a random triangulation of the convex
//       n-gon (vertices 0..n-1 in order around the polygon) whose chords are
//       kept with probability `keep`; the polygon cycle is always kept.
//       Outerplanar graphs exclude K4 and K2,3 minors and have treewidth
//       <= 2; the result also carries a width-2 tree decomposition (one bag
//       per triangle of the polygon triangulation).
//
// Delaunay points are numbered in increasing (x, y) order and carry their
// coordinates; the triangulation is computed exactly (integer orientation
// and 128-bit in-circle predicates, Guibas-Stolfi divide and conquer), so it
// is identical on every platform. Cocircular points are triangulated in one
// deterministic way.
//
//   GeneratedGraph t = DelaunayTriangulation(1000, /*seed=*/7);
//   absl::StatusOr<Graph<uint32_t>> g = BuildGraph(std::move(t.list));
//
// Complexity: DelaunayTriangulation O(n log n) time, O(n) space (about 1 s
// per million points); RandomPlanar adds O(n alpha(n)); RandomOuterplanar
// O(n). Requires: `keep` in [0, 1]; n < 2^31.
#ifndef SHORTCUT_GENERATORS_PLANAR_H_
#define SHORTCUT_GENERATORS_PLANAR_H_

#include <cstdint>

#include "shortcut/generators/generated_graph.h"

namespace shortcut {

// DelaunayCoordinateBits: coordinates of Delaunay points lie in
// [0, 2^kDelaunayCoordinateBits).
inline constexpr int kDelaunayCoordinateBits = 24;

GeneratedGraph DelaunayTriangulation(uint32_t n, uint64_t seed);
GeneratedGraph RandomPlanar(uint32_t n, uint64_t seed, double keep);
GeneratedGraph RandomOuterplanar(uint32_t n, uint64_t seed, double keep);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_PLANAR_H_
