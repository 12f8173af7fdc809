// shortcut emulator GRAPH --eps E -o H.gr [--stats S.json] [--r R] [--threads T] [--scale-ratio B] [--exact-weights]
//
// Writes the (1+eps) low-hop emulator of GRAPH (docs/emulator.md): the star
// root–member edges of the (1+eps) star cover, as a DIMACS graph over the
// input's vertex numbering (emulator/low_hop_emulator_io.h).
#include <fmt/format.h>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/emulator/low_hop_emulator.h"
#include "shortcut/emulator/low_hop_emulator_io.h"

namespace shortcut::cli {
namespace {

int RunEmulator(std::span<const std::string> args) {
  FlagSet flags("emulator", "GRAPH --eps E -o H.gr [--stats S.json] [--r R] [--threads T]");
  std::string graph_path, out, stats_path;
  TreeCoverFlags tc;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads (default 1; the emulator is identical)");
  flags.String("o", &out, "emulator file (DIMACS .gr over the input's vertex numbering)", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("emulator", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) {
    return ReportError("emulator", st);
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("emulator", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  LowHopEmulatorOptions options = tc.Get<LowHopEmulatorOptions>();
  ProgressBar bar("emulator", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  auto h = BuildLowHopEmulator(g, options);
  bar.Finish();
  if (!h.ok()) return ReportError("emulator", h.status());
  const LowHopEmulatorStats& s = h->stats;
  const double ref = ReferenceDijkstraSeconds(g);
  fmt::print(stderr,
             "emulator: n = {}, {} edges ({:.1f} per vertex, max degree {}) from {} star edges of {} stars, "
             "{:.2f} s = {:.1f}x one Dijkstra\n",
             g.NumVertices(), s.edges, s.edges_per_vertex, s.max_degree, s.star_edges, s.stars, s.total_s,
             ref > 0 ? s.total_s / ref : 0.0);
  const std::string comment = fmt::format("(1+{}) low-hop emulator: {} vertices, {} edges", tc.eps,
                                          g.NumVertices(), s.edges);
  if (auto st = WriteLowHopEmulator(out, g, h->graph, comment); !st.ok()) return ReportError("emulator", st);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights);
    j.Add("stars", s.stars).Add("star_edges", s.star_edges).Add("edges", s.edges);
    j.Add("edges_per_vertex", s.edges_per_vertex).Add("max_degree", s.max_degree);
    j.Add("supernodes", s.stream.supernodes).Add("paths", s.stream.paths);
    j.Add("build_s", s.total_s).Add("reference_dijkstra_s", ref).Add("build_over_dijkstra", ref > 0 ? s.total_s / ref : 0.0);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("emulator", st);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"emulator", "(1+eps) low-hop emulator: a graph with a <= 2-hop (1+eps) path for every pair", &RunEmulator});

}  // namespace
}  // namespace shortcut::cli
