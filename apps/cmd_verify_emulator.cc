// shortcut verify emulator GRAPH H.gr --eps E [--sources K] [--all] [--all-pairs-limit N] [--seed S] [--stats S.json]
//
// Checks a low-hop emulator independently (verify/emulator_checks.h):
// domination on every edge, the 2-hop (1+eps) stretch on all pairs (n <=
// 3000) or on every pair of sampled sources.
#include <fmt/format.h>

#include <limits>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "shortcut/emulator/low_hop_emulator_io.h"
#include "shortcut/verify/emulator_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyEmulator(std::span<const std::string> args) {
  FlagSet flags("verify emulator", "GRAPH H.gr --eps E [--sources K] [--all] [--stats S.json]");
  std::string graph_path, h_path, stats_path;
  EmulatorCheckOptions options;
  bool all = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "the graph the emulator was built for");
  flags.Positional("H", &h_path, "emulator file written by 'emulator'");
  flags.Double("eps", &options.epsilon, "stretch bound to check: 2-hop paths within 1+eps", true);
  flags.Uint32("sources", &options.sources, "sources whose pairs are all checked when n > 3000 (default 20)");
  flags.Uint32("all-pairs-limit", &options.all_pairs_limit, "check every pair when n <= this (default 3000)");
  flags.Bool("all", &all, "check every pair whatever n");
  flags.Uint64("seed", &options.seed, "seed of the sampled sources (default 1)");
  flags.String("stats", &stats_path, "write the measured stretch as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify emulator", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (all) options.all_pairs_limit = std::numeric_limits<uint32_t>::max();
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify emulator", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto h = ReadLowHopEmulator(h_path, g);
  if (!h.ok()) return ReportError("verify emulator", h.status());
  ProgressBar bar("verify emulator", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  const EmulatorCheckReport rep = CheckLowHopEmulator(g, *h, options);
  bar.Finish();
  if (rep.status.code() == absl::StatusCode::kInvalidArgument) return ReportError("verify emulator", rep.status);
  auto ext = [&](VertexId v) { return v == kNoVertex ? uint64_t{0} : g.ExternalId(v); };
  const double per_vertex = g.NumVertices() > 0 ? static_cast<double>(h->NumEdges()) / g.NumVertices() : 0;
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", options.epsilon);
    j.Add("edges", h->NumEdges()).Add("edges_per_vertex", per_vertex);
    j.Add("edges_checked", rep.edges_checked).Add("all_pairs", rep.all_pairs).Add("sources", rep.sources_used);
    j.Add("pairs_checked", rep.pairs_checked).Add("unreachable_pairs", rep.unreachable_pairs);
    j.Add("one_hop_pairs", rep.one_hop_pairs).Add("max_stretch", rep.max_stretch);
    j.Add("mean_stretch", rep.mean_stretch).Add("worst_u", ext(rep.worst_u)).Add("worst_v", ext(rep.worst_v));
    j.Add("ok", rep.status.ok()).Add("time_s", rep.time_s);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify emulator", st);
  }
  fmt::print(stderr,
             "verify emulator: {} edges ({:.1f} per vertex), domination on {} edges; {} pairs ({}), 2-hop stretch "
             "max {:.4f} (vertices {} and {}: {} vs {}), mean {:.4f}; bound 1 + {}\n",
             h->NumEdges(), per_vertex, rep.edges_checked, rep.pairs_checked,
             rep.all_pairs ? "all pairs" : fmt::format("{} sources", rep.sources_used), rep.max_stretch,
             ext(rep.worst_u), ext(rep.worst_v), rep.worst_estimate, rep.worst_distance, rep.mean_stretch,
             options.epsilon);
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify emulator: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr, "verify emulator: OK\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify emulator", "check a low-hop emulator (domination on every edge, 2-hop stretch)", &RunVerifyEmulator});

}  // namespace
}  // namespace shortcut::cli
