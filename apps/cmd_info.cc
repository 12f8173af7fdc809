// shortcut info GRAPH [--json]: what a graph file holds. Prints the size of
// the simple undirected graph, components, weights, degrees, planarity, a
// diameter upper bound (twice the eccentricity of one vertex, by one
// Dijkstra), the load time and what the builder did to the input.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "shortcut/core/components.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/planarity.h"

namespace shortcut::cli {
namespace {

struct Info {
  VertexId n = 0;
  EdgeId m = 0;
  uint32_t components = 0;
  VertexId largest_component = 0;
  uint32_t min_weight = 0, max_weight = 0;
  uint32_t min_degree = 0, max_degree = 0;
  double mean_degree = 0;
  bool planarity_tested = false;
  bool planar = true;
  uint64_t kuratowski_edges = 0;
  bool has_source = false;
  uint64_t source_external_id = 0;
  uint64_t eccentricity = 0;
  uint64_t diameter_upper_bound = 0;
  double planarity_s = 0, diameter_s = 0;
};

// Boyer-Myrvold (Boost) costs about 0.5 KB and 10-70 µs per vertex: 16 s
// and 1 GB for a 1M-vertex road-like graph, over 20 GB at 24M. `info` is a
// quick look, so larger graphs are tested only when asked.
constexpr uint64_t kDefaultPlanarityLimit = 2'000'000;

Info Compute(const Graph<uint32_t>& g, uint64_t planarity_limit) {
  Info info;
  info.n = g.NumVertices();
  info.m = g.NumEdges();
  const auto weights = g.WeightArray();
  if (!weights.empty()) {
    const auto [lo, hi] = std::minmax_element(weights.begin(), weights.end());
    info.min_weight = *lo;
    info.max_weight = *hi;
  }
  if (info.n > 0) {
    info.min_degree = g.Degree(0);
    for (VertexId v = 0; v < info.n; ++v) {
      info.min_degree = std::min(info.min_degree, g.Degree(v));
      info.max_degree = std::max(info.max_degree, g.Degree(v));
    }
    info.mean_degree = 2.0 * info.m / info.n;
  }
  const Components cc = ConnectedComponents(g);
  info.components = cc.count;
  uint32_t largest = 0;
  for (uint32_t c = 0; c < cc.count; ++c) {
    if (cc.sizes[c] > cc.sizes[largest]) largest = c;  // ties: the lowest-numbered component
  }
  auto t0 = std::chrono::steady_clock::now();
  if (planarity_limit == 0 || info.n <= planarity_limit) {
    const PlanarityResult planarity = TestPlanarity(g);
    info.planarity_tested = true;
    info.planar = planarity.planar;
    info.kuratowski_edges = planarity.kuratowski_edges.size();
  }
  auto t1 = std::chrono::steady_clock::now();
  info.planarity_s = std::chrono::duration<double>(t1 - t0).count();
  if (cc.count > 0) {
    info.largest_component = cc.sizes[largest];
    // The source is vertex 0 of the largest component: its smallest vertex.
    const VertexId source = cc.smallest[largest];
    DijkstraEngine<uint32_t> dijkstra(info.n);
    dijkstra.Reset();
    dijkstra.AddSource(source);
    dijkstra.Run(g);
    const auto settled = dijkstra.SettledVertices();
    info.has_source = true;
    info.source_external_id = g.ExternalId(source);
    info.eccentricity = settled.empty() ? 0 : dijkstra.Distance(settled.back());
    info.diameter_upper_bound = 2 * info.eccentricity;
  }
  info.diameter_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  return info;
}

int RunInfo(std::span<const std::string> args) {
  FlagSet flags("info", "GRAPH [--json] [graph flags]");
  std::string path;
  bool json = false;
  uint64_t planarity_limit = kDefaultPlanarityLimit;
  GraphFlags graph_flags;
  flags.Positional("GRAPH", &path, "graph file (.gr, .graph, .grf, .off, edge list; .gz/.xz)");
  flags.Bool("json", &json, "print one JSON object instead of text");
  flags.Uint64("planarity-limit", &planarity_limit,
               fmt::format("test planarity only up to this many vertices (default {}; 0: always)",
                           kDefaultPlanarityLimit));
  AddGraphFlags(flags, &graph_flags);
  if (absl::Status st = flags.Parse(args); !st.ok()) return ReportError("info", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  absl::StatusOr<LoadedGraph> loaded = LoadGraph(path, graph_flags);
  if (!loaded.ok()) return ReportError("info", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  const ReadReport& r = loaded->report;
  const Info info = Compute(g, planarity_limit);
  const double mb = static_cast<double>(r.bytes_read) / 1e6;

  if (json) {
    JsonObject j;
    j.Add("path", path)
        .Add("format", GraphFormatName(r.format))
        .Add("n", info.n)
        .Add("m", info.m)
        .Add("components", info.components)
        .Add("largest_component", info.largest_component)
        .Add("min_weight", info.min_weight)
        .Add("max_weight", info.max_weight)
        .Add("min_degree", info.min_degree)
        .Add("max_degree", info.max_degree)
        .Add("mean_degree", info.mean_degree)
        .Add("planarity_tested", info.planarity_tested);
    if (info.planarity_tested) j.Add("planar", info.planar).Add("kuratowski_edges", info.kuratowski_edges);
    j.Add("diameter_upper_bound", info.diameter_upper_bound)
        .Add("diameter_bound_source", info.source_external_id)
        .Add("diameter_bound_eccentricity", info.eccentricity)
        .Add("diameter_bound_method",
             "2 x eccentricity of the smallest vertex of the largest component (one Dijkstra)")
        .Add("load_s", loaded->load_seconds)
        .Add("bytes_read", r.bytes_read)
        .Add("weighted_input", r.weighted_input)
        .Add("weights", graph_flags.weights)
        .Add("euclidean_scale", r.euclidean_scale)
        .Add("coordinates", r.coordinates_path)
        .Add("input_edges", r.build.input_edges)
        .Add("self_loops_dropped", r.build.self_loops_dropped)
        .Add("parallel_edges_merged", r.build.parallel_edges_merged)
        .Add("directed_input", r.build.directed_input)
        .Add("arcs_without_reverse", r.build.arcs_without_reverse)
        .Add("arcs_with_asymmetric_weight", r.build.arcs_with_asymmetric_weight)
        .Add("zero_weight_edges_contracted", r.build.zero_weight_edges)
        .Add("vertices_merged", r.build.vertices_merged);
    fmt::print("{}\n", j.ToString());
    return kExitOk;
  }
  fmt::print("graph            {}\n", path);
  fmt::print("format           {}{}\n", GraphFormatName(r.format),
             r.coordinates_path.empty() ? "" : fmt::format(" (coordinates: {})", r.coordinates_path));
  fmt::print("vertices (n)     {}\n", info.n);
  fmt::print("edges (m)        {} (simple undirected)\n", info.m);
  fmt::print("components       {} (largest: {} vertices)\n", info.components, info.largest_component);
  fmt::print("weights          min {}, max {} ({}{})\n", info.min_weight, info.max_weight,
             r.weighted_input ? "from the file" : "file unweighted",
             graph_flags.weights == "input" ? "" : fmt::format("; --weights {}", graph_flags.weights));
  if (r.euclidean_scale > 0) fmt::print("euclidean scale  {}\n", r.euclidean_scale);
  fmt::print("degree           min {}, max {}, mean {:.3f}\n", info.min_degree, info.max_degree, info.mean_degree);
  if (info.planarity_tested) {
    fmt::print("planar           {}{} ({:.2f} s)\n", info.planar ? "yes" : "no",
               info.planar ? "" : fmt::format(", Kuratowski subgraph with {} edges", info.kuratowski_edges),
               info.planarity_s);
  } else {
    fmt::print("planar           not tested (more than {} vertices; --planarity-limit 0 or "
               "'shortcut verify class GRAPH --planar' tests it)\n",
               planarity_limit);
  }
  if (info.has_source) {
    fmt::print("diameter bound   {} (largest component: 2 x eccentricity {} of vertex {}, its smallest vertex; "
               "one Dijkstra, {:.2f} s)\n",
               info.diameter_upper_bound, info.eccentricity, info.source_external_id, info.diameter_s);
  }
  fmt::print("load time        {:.3f} s ({:.1f} MB parsed, {:.1f} MB/s)\n", loaded->load_seconds, mb,
             loaded->load_seconds > 0 ? mb / loaded->load_seconds : 0.0);
  fmt::print("build            {} input edges; {} self-loops dropped, {} parallel edges merged", r.build.input_edges,
             r.build.self_loops_dropped, r.build.parallel_edges_merged);
  if (r.build.directed_input && r.format == GraphFormat::kDimacs) {
    fmt::print("; directed arcs symmetrised ({} arcs without reverse, {} pairs with asymmetric weights)",
               r.build.arcs_without_reverse, r.build.arcs_with_asymmetric_weight);
  } else if (r.build.directed_input) {
    // Adjacency formats list each edge from both ends; report any asymmetry.
    fmt::print("; adjacency lists paired ({} entries without reverse, {} pairs with asymmetric weights)",
               r.build.arcs_without_reverse, r.build.arcs_with_asymmetric_weight);
  }
  if (r.build.zero_weight_edges > 0) {
    fmt::print("; {} zero-weight edges contracted ({} vertices merged)", r.build.zero_weight_edges,
               r.build.vertices_merged);
  }
  fmt::print("\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand({"info", "print size, components, weights, planarity of a graph file",
                                          &RunInfo});

}  // namespace
}  // namespace shortcut::cli
