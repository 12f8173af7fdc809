#include "shortcut/generators/bounded_treewidth.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"

namespace shortcut {
namespace {

void SortEdges(std::vector<WeightedEdge<uint32_t>>& edges) {
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
    return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
  });
}

GeneratedGraph KTree(uint32_t n, uint32_t k, uint64_t seed, bool partial, double keep) {
  SHORTCUT_CHECK(k >= 1);
  SHORTCUT_CHECK(uint64_t{n} * (k + 1) < (uint64_t{1} << 32));
  GeneratedGraph out;
  out.list.num_vertices = n;
  if (n == 0) return out;
  Random rng(seed);
  auto& edges = out.list.edges;
  auto& bags = out.decomposition.bags;
  const uint32_t c = std::min(n, k + 1);
  std::vector<VertexId> first(c);
  for (VertexId v = 0; v < c; ++v) first[v] = v;
  bags.push_back(first);
  for (VertexId i = 0; i < c; ++i) {
    for (VertexId j = i + 1; j < c; ++j) {
      if (!partial || j == i + 1 || rng.UniformReal() < keep) edges.push_back({i, j, 1});
    }
  }
  if (n > c) {
    edges.reserve(edges.size() + uint64_t{n - c} * k);
    bags.reserve(n - c + 1);
    out.decomposition.edges.reserve(n - c);
  }
  for (VertexId v = c; v < n; ++v) {
    const uint32_t b = static_cast<uint32_t>(rng.UniformInt(bags.size()));
    const uint32_t drop = static_cast<uint32_t>(rng.UniformInt(k + 1));
    const uint32_t anchor = static_cast<uint32_t>(rng.UniformInt(k));
    std::vector<VertexId> bag;
    bag.reserve(k + 1);
    for (uint32_t i = 0; i <= k; ++i) {
      if (i != drop) bag.push_back(bags[b][i]);
    }
    for (uint32_t i = 0; i < k; ++i) {
      if (!partial || i == anchor || rng.UniformReal() < keep) edges.push_back({bag[i], v, 1});
    }
    bag.push_back(v);  // v is the largest id: the bag stays sorted
    out.decomposition.edges.emplace_back(b, static_cast<uint32_t>(bags.size()));
    bags.push_back(std::move(bag));
  }
  SortEdges(edges);
  return out;
}

}  // namespace

GeneratedGraph RandomKTree(uint32_t n, uint32_t k, uint64_t seed) {
  return KTree(n, k, seed, /*partial=*/false, 1.0);
}

GeneratedGraph RandomPartialKTree(uint32_t n, uint32_t k, uint64_t seed, double keep) {
  return KTree(n, k, seed, /*partial=*/true, keep);
}

GeneratedGraph RandomSeriesParallel(uint32_t n, uint64_t seed) {
  GeneratedGraph out;
  out.list.num_vertices = n;
  if (n == 0) return out;
  auto& bags = out.decomposition.bags;
  if (n == 1) {
    bags.push_back({0});
    return out;
  }
  Random rng(seed);
  struct Edge {
    VertexId u, w;
    uint32_t bag;  // a bag holding both ends
  };
  std::vector<Edge> edges = {{0, 1, 0}};
  edges.reserve(2 * uint64_t{n});
  bags.push_back({0, 1});
  for (VertexId v = 2; v < n; ++v) {
    const std::size_t i = rng.UniformInt(edges.size());
    const Edge e = edges[i];
    const uint32_t bag = static_cast<uint32_t>(bags.size());
    bags.push_back({e.u, e.w, v});  // e.u < e.w < v
    out.decomposition.edges.emplace_back(e.bag, bag);
    if (rng.Next() >> 63) {
      edges[i] = {e.u, v, bag};  // series: subdivide u-w
    } else {
      edges.push_back({e.u, v, bag});  // parallel: add the path u-v-w
    }
    edges.push_back({e.w, v, bag});
  }
  out.list.edges.reserve(edges.size());
  for (const Edge& e : edges) out.list.edges.push_back({e.u, e.w, 1});
  SortEdges(out.list.edges);
  return out;
}

}  // namespace shortcut
