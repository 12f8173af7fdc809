#include "shortcut/generators/grid.h"

#include "shortcut/core/random.h"

namespace shortcut {

EdgeList<uint32_t> GridEdges(uint32_t rows, uint32_t cols) {
  EdgeList<uint32_t> list;
  list.num_vertices = static_cast<VertexId>(uint64_t{rows} * cols);
  list.edges.reserve(2 * uint64_t{rows} * cols);
  list.coordinates.resize(list.num_vertices);
  for (uint32_t i = 0; i < rows; ++i) {
    for (uint32_t j = 0; j < cols; ++j) {
      const VertexId v = i * cols + j;
      list.coordinates[v] = Point{double(j), double(i), 0};
      if (j + 1 < cols) list.edges.push_back({v, v + 1, 1});
      if (i + 1 < rows) list.edges.push_back({v, v + cols, 1});
    }
  }
  return list;
}

EdgeList<uint32_t> TriangulatedGridEdges(uint32_t rows, uint32_t cols, uint64_t seed) {
  EdgeList<uint32_t> list = GridEdges(rows, cols);
  Random rng(seed);
  for (uint32_t i = 0; i + 1 < rows; ++i) {
    for (uint32_t j = 0; j + 1 < cols; ++j) {
      const VertexId v = i * cols + j;
      if (rng.Next() >> 63) {
        list.edges.push_back({v, v + cols + 1, 1});  // main diagonal
      } else {
        list.edges.push_back({v + 1, v + cols, 1});  // anti-diagonal
      }
    }
  }
  return list;
}

}  // namespace shortcut
