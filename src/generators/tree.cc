#include "shortcut/generators/tree.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"

namespace shortcut {

EdgeList<uint32_t> RandomTreeEdges(uint32_t n, uint64_t seed) {
  EdgeList<uint32_t> list;
  list.num_vertices = n;
  if (n < 2) return list;
  if (n == 2) {
    list.edges.push_back({0, 1, 1});
    return list;
  }
  Random rng(seed);
  std::vector<uint32_t> prufer(n - 2);
  for (auto& x : prufer) x = static_cast<uint32_t>(rng.UniformInt(n));
  // Linear-time Prüfer decoding.
  std::vector<uint32_t> degree(n, 1);
  for (uint32_t x : prufer) ++degree[x];
  uint32_t ptr = 0;
  while (degree[ptr] != 1) ++ptr;
  uint32_t leaf = ptr;
  list.edges.reserve(n - 1);
  for (uint32_t x : prufer) {
    list.edges.push_back({leaf, x, 1});
    if (--degree[x] == 1 && x < ptr) {
      leaf = x;
    } else {
      ++ptr;
      while (degree[ptr] != 1) ++ptr;
      leaf = ptr;
    }
  }
  list.edges.push_back({leaf, n - 1, 1});
  return list;
}

EdgeList<uint32_t> CaterpillarEdges(uint32_t n, uint32_t spine, uint64_t seed) {
  EdgeList<uint32_t> list;
  list.num_vertices = n;
  if (n == 0) return list;
  SHORTCUT_CHECK(spine >= 1 && spine <= n);
  Random rng(seed);
  list.edges.reserve(n - 1);
  for (VertexId v = 0; v + 1 < spine; ++v) list.edges.push_back({v, v + 1, 1});
  for (VertexId v = spine; v < n; ++v) {
    list.edges.push_back({static_cast<VertexId>(rng.UniformInt(spine)), v, 1});
  }
  std::sort(list.edges.begin(), list.edges.end(), [](const auto& a, const auto& b) {
    return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
  });
  return list;
}

}  // namespace shortcut
