// File: shortcut/generators/road.h
//
// RoadNetwork(n, seed, keep): a planar road-like graph with exactly n
// vertices, for experiments at the sizes of continental road networks
// (tens of millions of vertices) that no bundled dataset reaches.
//
// Construction (docs/generators.md, "road"): intersections on a jittered
// square grid (cells of 1000 units, each point moved by up to ±200 in x and
// y); the grid's streets reduced to a uniformly random spanning tree (so the
// graph is connected) plus every other street with probability `keep`; then
// the n − (intersections) remaining vertices placed on the streets, each on
// a street drawn uniformly at random, evenly spaced along it — the long
// chains of degree-2 vertices that dominate real road networks. About 45%
// of the vertices are intersections; the mean degree measures 2.44 for
// keep = 0.5 (DIMACS road networks: 2.4–2.8; OSM extracts about 2.1).
// Weights are Euclidean lengths of the pieces, rounded to integers >= 1;
// coordinates are the drawing.
//
// Certificate: the drawing's rotation system (GeneratedGraph::rotation),
// genus 0 — the graph is a subdivision of a subgraph of the grid.
//
//   GeneratedGraph t = RoadNetwork(24'000'000, /*seed=*/1, /*keep=*/0.5);
//
// What it is not: it has no hierarchy of road classes (no highways), so its
// highway dimension is larger than a real network's; its distances are
// Euclidean up to detours of the street grid.
//
// Complexity: O(n α(n)) time, O(n) space (measured: `shortcut gen road
// --n 24000000` in 5.5 s, 2.9 GB peak with the writer). Requires: keep in
// [0, 1], n >= 1.
#ifndef SHORTCUT_GENERATORS_ROAD_H_
#define SHORTCUT_GENERATORS_ROAD_H_

#include <cstdint>

#include "shortcut/generators/generated_graph.h"

namespace shortcut {

GeneratedGraph RoadNetwork(uint32_t n, uint64_t seed, double keep);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_ROAD_H_
