// shortcut route build GRAPH --eps E -o R.bin [--stats S.json] [--r R] [--threads T] [--scale-ratio B] [--exact-weights]
//
// Writes the (1+eps) compact routing scheme of GRAPH: a routing table per
// vertex and a header per destination (routing/routing_scheme.h, layouts in
// docs/routing.md).
#include <fmt/format.h>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut::cli {
namespace {

int RunRouteBuild(std::span<const std::string> args) {
  FlagSet flags("route build", "GRAPH --eps E -o R.bin [--stats S.json] [--r R] [--threads T]");
  std::string graph_path, out, stats_path;
  TreeCoverFlags tc;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads (default 1; the scheme is identical)");
  flags.String("o", &out, "routing scheme file (binary, checksummed)", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("route build", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) {
    return ReportError("route build", st);
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("route build", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  RoutingOptions options = tc.Get<RoutingOptions>();
  ProgressBar bar("route build", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  auto scheme = RoutingScheme::Build(g, options);
  bar.Finish();
  if (!scheme.ok()) return ReportError("route build", scheme.status());
  const RoutingStats& s = scheme->stats();
  const double ref = ReferenceDijkstraSeconds(g);
  fmt::print(stderr,
             "route build: n = {}, table bits mean {:.0f} max {}, header bits mean {:.0f} max {}, packet header {} "
             "bits; {:.2f} s = {:.1f}x one Dijkstra\n",
             g.NumVertices(), s.mean_table_bits, s.max_table_bits, s.mean_header_bits, s.max_header_bits,
             s.max_packet_bits, s.build_s, ref > 0 ? s.build_s / ref : 0.0);
  if (auto st = scheme->Save(out); !st.ok()) return ReportError("route build", st);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights);
    j.Add("stars", s.stars).Add("table_entries", s.table_entries);
    j.Add("mean_table_bits", s.mean_table_bits).Add("max_table_bits", s.max_table_bits);
    j.Add("mean_header_bits", s.mean_header_bits).Add("max_header_bits", s.max_header_bits);
    j.Add("max_packet_bits", s.max_packet_bits).Add("dijkstra_trees", s.dijkstra_trees);
    j.Add("build_s", s.build_s).Add("reference_dijkstra_s", ref).Add("build_over_dijkstra", ref > 0 ? s.build_s / ref : 0.0);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("route build", st);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"route build", "(1+eps) compact routing scheme: a table per vertex, a header per destination", &RunRouteBuild});

}  // namespace
}  // namespace shortcut::cli
