// Shared fixtures for the benchmarks: fixed-seed generated graphs, bundled
// datasets, a heap-usage tracker, and the smoke-mode switch (CI runs every
// benchmark once on tiny inputs with SHORTCUT_BENCH_SMOKE=1).
#ifndef SHORTCUT_BENCH_BENCH_COMMON_H_
#define SHORTCUT_BENCH_BENCH_COMMON_H_

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "shortcut/core/graph.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/grid.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut::bench {

inline bool SmokeMode() {
  const char* s = std::getenv("SHORTCUT_BENCH_SMOKE");
  return s != nullptr && s[0] == '1';
}

// Side of the square grids: 1000 (1M vertices), or 40 in smoke mode.
inline uint32_t GridSide() { return SmokeMode() ? 40 : 1000; }

inline double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// ReferenceDijkstra: the baseline every ratio divides by, the median of three
// full Dijkstra runs from vertex 0 on the same graph.
inline double ReferenceDijkstra(const Graph<uint32_t>& g) {
  DijkstraEngine<uint32_t> dij(g.NumVertices());
  double t[3];
  for (double& x : t) {
    dij.Reset();
    const auto start = std::chrono::steady_clock::now();
    dij.AddSource(0);
    dij.Run(g);
    x = Seconds(start);
  }
  std::sort(t, t + 3);
  return t[1];
}

inline Graph<uint32_t> MustBuild(EdgeList<uint32_t> list) {
  auto g = BuildGraph(std::move(list));
  if (!g.ok()) std::abort();
  return std::move(g).value();
}

inline EdgeList<uint32_t> Weighted(EdgeList<uint32_t> list, uint32_t lo, uint32_t hi, uint64_t seed) {
  WeightSpec spec;
  spec.kind = WeightSpec::Kind::kUniform;
  spec.lo = lo;
  spec.hi = hi;
  spec.seed = seed;
  if (!ApplyWeights(spec, list).ok()) std::abort();
  return list;
}

// Cached named graphs: "grid" (side x side, weights 1..100), "trigrid"
// (triangulated, weights 1..100), or a bundled dataset path relative to the
// source tree ("datasets/usa_road_ny/NY.gr.xz").
inline const Graph<uint32_t>& NamedGraph(const std::string& name) {
  static std::map<std::string, std::unique_ptr<Graph<uint32_t>>> cache;
  auto& slot = cache[name];
  if (!slot) {
    const uint32_t side = GridSide();
    if (name == "grid") {
      slot = std::make_unique<Graph<uint32_t>>(MustBuild(Weighted(GridEdges(side, side), 1, 100, 1)));
    } else if (name == "trigrid") {
      slot = std::make_unique<Graph<uint32_t>>(MustBuild(Weighted(TriangulatedGridEdges(side, side, 1), 1, 100, 2)));
    } else {
      const std::string path = std::string(SHORTCUT_SOURCE_DIR) + "/" + name;
      auto g = ReadGraph<uint32_t>(path);
      if (!g.ok()) {
        std::fprintf(stderr, "cannot load %s: %s\n", path.c_str(), std::string(g.status().message()).c_str());
        std::abort();
      }
      slot = std::make_unique<Graph<uint32_t>>(std::move(g).value());
    }
  }
  return *slot;
}

}  // namespace shortcut::bench

#endif  // SHORTCUT_BENCH_BENCH_COMMON_H_
