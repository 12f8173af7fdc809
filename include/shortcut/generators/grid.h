// File: shortcut/generators/grid.h
//
// Grid generators (planar, K5-minor-free), with coordinates:
//
//   GridEdges(rows, cols)                    the rows x cols grid
//   TriangulatedGridEdges(rows, cols, seed)  the grid plus one diagonal per
//                                            cell, chosen at random (seeded)
//
// Vertex (i, j) has id i * cols + j and coordinate (j, i). All weights are 1;
// apply a WeightSpec to change them. Deterministic on every platform.
#ifndef SHORTCUT_GENERATORS_GRID_H_
#define SHORTCUT_GENERATORS_GRID_H_

#include <cstdint>

#include "shortcut/core/graph_builder.h"

namespace shortcut {

EdgeList<uint32_t> GridEdges(uint32_t rows, uint32_t cols);
EdgeList<uint32_t> TriangulatedGridEdges(uint32_t rows, uint32_t cols, uint64_t seed);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_GRID_H_
