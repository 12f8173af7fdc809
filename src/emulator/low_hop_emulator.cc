// BuildLowHopEmulator: the root–member edges of every star of the stream,
// merged by the graph builder (docs/emulator.md).
#include "shortcut/emulator/low_hop_emulator.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <utility>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"

namespace shortcut {

absl::StatusOr<LowHopEmulator> BuildLowHopEmulator(const Graph<uint32_t>& g, const LowHopEmulatorOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
  const std::span<const VertexId> new_to_old = stream.NewToOld();

  EdgeList<uint32_t> list;
  list.num_vertices = g.NumVertices();
  list.external_ids.assign(g.ExternalIds().begin(), g.ExternalIds().end());
  LowHopEmulatorStats stats;
  SHORTCUT_RETURN_IF_ERROR(stream.Run([&](const PathStars& ps) -> absl::Status {
    for (std::size_t s = 0; s < ps.roots.size(); ++s) {
      const VertexId root = new_to_old[ps.roots[s]];
      ++stats.stars;
      for (uint64_t i = ps.offsets[s]; i < ps.offsets[s + 1]; ++i) {
        const VertexId x = new_to_old[ps.members[i]];
        if (x == root) continue;  // the root itself, weight 0
        const uint64_t w = ps.weights[i];
        if (w > std::numeric_limits<uint32_t>::max()) {
          return absl::FailedPreconditionError(
              fmt::format("emulator: star weight {} (root {}, member {}) does not fit 32-bit edge weights", w,
                          g.ExternalId(root), g.ExternalId(x)));
        }
        // Star weights dominate distances between distinct vertices, so
        // they are >= 1 and the builder accepts them.
        list.edges.push_back({root, x, static_cast<uint32_t>(w)});
        ++stats.star_edges;
      }
    }
    return absl::OkStatus();
  }));
  stats.stream = stream.stats();
  stats.stars_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  BuildOptions build;
  build.parallel_edges = ParallelEdgePolicy::kKeepMinimum;  // the cheapest of the parallel star edges
  build.zero_weights = ZeroWeightPolicy::kReject;
  SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> h, BuildGraph(std::move(list), build));
  stats.edges = h.NumEdges();
  for (VertexId v : h.Vertices()) stats.max_degree = std::max(stats.max_degree, h.Degree(v));
  stats.edges_per_vertex = g.NumVertices() > 0 ? static_cast<double>(stats.edges) / g.NumVertices() : 0;
  stats.total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  LowHopEmulator out;
  out.epsilon = options.epsilon;
  out.graph = std::move(h);
  out.stats = std::move(stats);
  return out;
}

}  // namespace shortcut
