#include "shortcut/generators/adversarial.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"
#include "shortcut/generators/grid.h"

namespace shortcut {
namespace {

void SortEdges(std::vector<WeightedEdge<uint32_t>>& edges) {
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
    return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
  });
}

}  // namespace

EdgeList<uint32_t> Comb(uint32_t spine, uint32_t tooth) {
  const uint64_t n = uint64_t{spine} * (uint64_t{tooth} + 1);
  SHORTCUT_CHECK(n <= kMaxVertices);
  EdgeList<uint32_t> list;
  list.num_vertices = static_cast<VertexId>(n);
  if (n == 0) return list;
  list.edges.reserve(n - 1);
  for (VertexId s = 0; s + 1 < spine; ++s) list.edges.push_back({s, s + 1, 1});
  // Tooth of spine vertex s: vertices spine + s * tooth + [0, tooth).
  for (VertexId s = 0; s < spine; ++s) {
    VertexId prev = s;
    for (uint32_t t = 0; t < tooth; ++t) {
      const VertexId v = spine + s * tooth + t;
      list.edges.push_back({prev, v, 1});
      prev = v;
    }
  }
  SortEdges(list.edges);
  return list;
}

EdgeList<uint32_t> GridWithPendantPaths(uint32_t rows, uint32_t cols, uint32_t paths, uint32_t length,
                                        uint64_t seed) {
  const uint64_t grid = uint64_t{rows} * cols;
  const uint64_t n = grid + uint64_t{paths} * length;
  SHORTCUT_CHECK(n <= kMaxVertices);
  SHORTCUT_CHECK(grid > 0 || paths == 0 || length == 0);
  EdgeList<uint32_t> list = GridEdges(rows, cols);
  list.coordinates.clear();  // pendant vertices have no natural position
  list.num_vertices = static_cast<VertexId>(n);
  Random rng(seed);
  VertexId next = static_cast<VertexId>(grid);
  for (uint32_t p = 0; p < paths && length > 0; ++p) {
    VertexId prev = static_cast<VertexId>(rng.UniformInt(grid));
    for (uint32_t t = 0; t < length; ++t) {
      list.edges.push_back({prev, next, 1});
      prev = next++;
    }
  }
  SortEdges(list.edges);
  return list;
}

EdgeList<uint32_t> WheelWithSpokes(uint32_t spokes, uint32_t spoke_length) {
  SHORTCUT_CHECK(spokes >= 3 && spoke_length >= 1);
  // Hub 0; spoke s has inner vertices 1 + s * spoke_length + [0, L-1) and
  // ends at the rim vertex 1 + s * spoke_length + (L - 1).
  const uint64_t n = 1 + uint64_t{spokes} * spoke_length;
  SHORTCUT_CHECK(n <= kMaxVertices);
  EdgeList<uint32_t> list;
  list.num_vertices = static_cast<VertexId>(n);
  auto rim = [spoke_length](uint32_t s) { return 1 + s * spoke_length + (spoke_length - 1); };
  for (uint32_t s = 0; s < spokes; ++s) {
    VertexId prev = 0;
    for (uint32_t t = 0; t < spoke_length; ++t) {
      const VertexId v = 1 + s * spoke_length + t;
      list.edges.push_back({prev, v, 1});
      prev = v;
    }
    const VertexId a = rim(s), b = rim((s + 1) % spokes);
    list.edges.push_back({std::min(a, b), std::max(a, b), 1});
  }
  SortEdges(list.edges);
  return list;
}

GeneratedGraph CxkrTree(uint32_t depth, double ratio) {
  SHORTCUT_CHECK(depth <= 30);
  SHORTCUT_CHECK(ratio >= 1);
  GeneratedGraph out;
  const VertexId n = (VertexId{2} << depth) - 1;
  out.list.num_vertices = n;
  // weight[i]: the weight of an edge entering depth i, ratio^(depth - i),
  // computed by repeated multiplication (exact IEEE operations).
  std::vector<uint32_t> weight(depth + 1, 1);
  double w = 1;
  for (uint32_t i = depth; i >= 1; --i) {
    SHORTCUT_CHECK(w < 4294967295.0);
    weight[i] = static_cast<uint32_t>(std::max<double>(1.0, std::llround(w)));
    w *= ratio;
  }
  out.list.edges.reserve(n > 0 ? n - 1 : 0);
  uint32_t level = 0;
  for (VertexId v = 1; v < n; ++v) {
    if (((v + 1) & v) == 0) ++level;  // v + 1 is a power of two: a new level starts
    out.list.edges.push_back({(v - 1) / 2, v, weight[level]});
  }
  SortEdges(out.list.edges);
  const VertexId first_leaf = (VertexId{1} << depth) - 1;
  for (VertexId v = first_leaf; v < n; ++v) out.terminals.push_back(v);
  return out;
}

}  // namespace shortcut
