// File: shortcut/partition/cluster_graph.h
//
// ClusterGraph: the cluster graph Ǧ of a clustering (SODA 2024 §1): one node
// per cluster, an (unweighted) edge between two clusters iff some edge of G
// joins them. Ǧ is a minor of G when clusters are connected. Stored as CSR
// with sorted, duplicate-free adjacency lists.
//
//   ClusterGraph cg = BuildClusterGraph(g, clustering.cluster_of, clustering.NumClusters());
//   for (uint32_t d : cg.Neighbors(c)) ...
//
// Complexity: O(m log m).
#ifndef SHORTCUT_PARTITION_CLUSTER_GRAPH_H_
#define SHORTCUT_PARTITION_CLUSTER_GRAPH_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "shortcut/core/graph.h"

namespace shortcut {

struct ClusterGraph {
  std::vector<uint32_t> offsets;    // k + 1
  std::vector<uint32_t> neighbors;  // sorted per cluster

  uint32_t NumClusters() const { return static_cast<uint32_t>(offsets.size() - 1); }
  uint64_t NumEdges() const { return neighbors.size() / 2; }
  std::span<const uint32_t> Neighbors(uint32_t c) const {
    return {neighbors.data() + offsets[c], neighbors.data() + offsets[c + 1]};
  }
};

template <EdgeWeight W>
ClusterGraph BuildClusterGraph(const Graph<W>& g, std::span<const uint32_t> cluster_of, uint32_t num_clusters) {
  std::vector<uint64_t> pairs;
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    const uint32_t a = cluster_of[u], b = cluster_of[v];
    if (a == b) continue;
    pairs.push_back((uint64_t{a} << 32) | b);
    pairs.push_back((uint64_t{b} << 32) | a);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  ClusterGraph cg;
  cg.offsets.assign(num_clusters + 1, 0);
  cg.neighbors.reserve(pairs.size());
  for (uint64_t p : pairs) {
    ++cg.offsets[(p >> 32) + 1];
    cg.neighbors.push_back(static_cast<uint32_t>(p));
  }
  for (uint32_t c = 0; c < num_clusters; ++c) cg.offsets[c + 1] += cg.offsets[c];
  return cg;
}

}  // namespace shortcut

#endif  // SHORTCUT_PARTITION_CLUSTER_GRAPH_H_
