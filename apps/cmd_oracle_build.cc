// shortcut oracle build GRAPH --eps E [--r R] [--threads T] -o INDEX [--stats S.json]
#include <fmt/format.h>

#include <chrono>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

int RunOracleBuild(std::span<const std::string> args) {
  FlagSet flags("oracle build", "GRAPH --eps E [--r R] [--threads T] -o INDEX [--stats S.json]");
  std::string graph_path, out, stats_path;
  TreeCoverFlags tc;
  bool forests = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads for the star searches (default 1; the index is identical)");
  flags.Bool("forests", &forests, "also pack the cover's stars into forests, for --stats (not needed by the index)");
  flags.String("o", &out, "index file", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("oracle build", st);
  if (auto st = tc.Resolve(flags); !st.ok()) return ReportError("oracle build", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) {
    return ReportError("oracle build", st);
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("oracle build", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;

  DistanceOracleOptions options = tc.Get<DistanceOracleOptions>();
  options.pack_forests = forests;
  ProgressBar bar("oracle build", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  OracleBuildStats stats;
  const auto start = std::chrono::steady_clock::now();
  auto oracle = DistanceOracle::Build(g, options, &stats);
  bar.Finish();
  if (!oracle.ok()) return ReportError("oracle build", oracle.status());
  const double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (auto st = oracle->Save(out); !st.ok()) return ReportError("oracle build", st);

  const double ref = ReferenceDijkstraSeconds(g);
  const VertexId n = g.NumVertices();
  const double per_vertex = n > 0 ? 1.0 / n : 0;
  const auto& c = stats.cover;
  fmt::print(stderr,
             "oracle build: n = {}, eps = {}: {} stars, {:.1f} entries per vertex (max {}), index {:.1f} bytes per "
             "vertex, partition-tree depth {}, {} paths; {:.2f} s = {:.1f}x one Dijkstra ({} thread{})\n",
             n, tc.eps, c.stars, c.entries * per_vertex, c.max_overlap, oracle->SerializedBytes() * per_vertex,
             c.tree_depth, c.paths, build_s, ref > 0 ? build_s / ref : 0.0, tc.threads, tc.threads == 1 ? "" : "s");
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", n).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights);
    j.Merge(CoverStatsJson(c));
    j.Add("entries_per_vertex", c.entries * per_vertex);
    j.Add("label_bytes", oracle->LabelBytes()).Add("index_bytes", oracle->SerializedBytes());
    j.Add("index_bytes_per_vertex", oracle->SerializedBytes() * per_vertex);
    j.Add("groups", stats.groups).Add("labels_s", stats.labels_s);
    j.Add("build_s", build_s).Add("reference_dijkstra_s", ref).Add("build_over_dijkstra", ref > 0 ? build_s / ref : 0.0);
    j.Add("load_s", loaded->load_seconds);
    j.AddRaw("scales", ScalesJson(oracle->scales(), c));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("oracle build", st);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"oracle build", "build a (1+eps) distance oracle (star-forest tree cover labels)", &RunOracleBuild});

}  // namespace
}  // namespace shortcut::cli
