// ReferenceDijkstraSeconds: the time of one full Dijkstra from vertex 0 on
// the same graph, measured in the same run — the baseline every reported
// construction time is divided by. The minimum of five runs (after a warm-up)
// keeps it stable on a shared, noisy machine.
#ifndef SHORTCUT_APPS_COMMON_REFERENCE_H_
#define SHORTCUT_APPS_COMMON_REFERENCE_H_

#include <chrono>

#include "shortcut/core/graph.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut::cli {

template <EdgeWeight W>
double ReferenceDijkstraSeconds(const Graph<W>& g) {
  if (g.NumVertices() == 0) return 0;
  DijkstraEngine<W> dijkstra(g.NumVertices());
  // Warm-up run (allocations, page faults), then the timed runs.
  dijkstra.AddSource(0);
  dijkstra.Run(g);
  double best = 0;
  for (int i = 0; i < 5; ++i) {
    dijkstra.Reset();
    const auto start = std::chrono::steady_clock::now();
    dijkstra.AddSource(0);
    dijkstra.Run(g);
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (i == 0 || t < best) best = t;
  }
  return best;
}

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_REFERENCE_H_
