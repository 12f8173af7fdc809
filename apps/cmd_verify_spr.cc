// shortcut verify spr GRAPH --terminals T.txt MINOR.gr MAP.txt [--max-distortion X] [--sources K] [--stats S.json]
//
// Checks a Steiner-point-removal result independently of how it was made
// (shortcut/verify/spr_checks.h): the map is a partition into connected
// regions, one per terminal; the minor's edges join touching regions and
// weigh exactly d_G; and measures the distortion over all terminal pairs
// (or over pairs from K sampled sources), failing on the first pair above
// --max-distortion X when given. Exit 0 when everything holds, 2 with the
// first counterexample, 1 for unreadable or malformed inputs.
#include <fmt/format.h>

#include <cmath>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/spr_report.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/steiner/minor_io.h"
#include "shortcut/verify/spr_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifySpr(std::span<const std::string> args) {
  FlagSet flags("verify spr",
                "GRAPH --terminals T.txt MINOR.gr MAP.txt [--max-distortion X] [--sources K] [--seed S] [--stats S.json]");
  std::string graph_path, terminals_path, minor_path, map_path, stats_path;
  uint32_t sources = 0;
  uint64_t seed = 1;
  double max_distortion = 0;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Positional("MINOR", &minor_path, "minor file written by `shortcut spr -o`");
  flags.Positional("MAP", &map_path, "map file written by `shortcut spr --map`");
  flags.String("terminals", &terminals_path, "terminal file: one vertex id per line", true);
  flags.Double("max-distortion", &max_distortion, "fail if a measured pair has d_M > X*d_G (default: measure only)");
  flags.Uint32("sources", &sources, "measure distortion from K sampled terminals (default 0: all pairs)");
  flags.Uint64("seed", &seed, "seed of the sampled sources (default 1)");
  flags.String("stats", &stats_path, "write the measured properties as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify spr", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (max_distortion < 0 || !std::isfinite(max_distortion)) {
    return ReportError("verify spr", absl::InvalidArgumentError("--max-distortion must be a positive number"));
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify spr", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto terminals = ReadVertexList(terminals_path, g);
  if (!terminals.ok()) return ReportError("verify spr", terminals.status());
  auto minor = ReadSprMinor(minor_path, g);
  if (!minor.ok()) return ReportError("verify spr", minor.status());
  auto map = ReadVertexLabels(map_path, g, /*value_is_vertex=*/true);
  if (!map.ok()) return ReportError("verify spr", map.status());

  SprCheckOptions options;
  options.max_sources = sources;
  options.seed = seed;
  options.max_distortion = max_distortion;
  SprCheckReport rep;
  {
    ProgressBar bar("verify spr", 1000);
    options.progress = [&bar](double f) { bar.Fraction(f); };
    rep = CheckSteinerPointRemoval<uint32_t>(g, *terminals, *map, *minor, options);
    bar.Finish();
  }
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("terminals", rep.terminals);
    j.Add("minor_edges", rep.minor_edges).Add("max_region_size", rep.max_region_size);
    if (max_distortion > 0) j.Add("max_distortion_bound", max_distortion);
    j.Merge(SprCheckJson(g, rep));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify spr", st);
  }
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify spr: FAILED: {}\n", rep.status.message());
    return rep.status.code() == absl::StatusCode::kInvalidArgument ? kExitUsage : kExitVerificationFailed;
  }
  fmt::print(stderr,
             "verify spr: OK: {} terminals, {} minor edges, largest region {}; distortion max {:.4f} (terminals {} {}: "
             "{:.6g} in the minor, {:.6g} in the graph), mean {:.4f} over {} {} pairs; {:.2f} s\n",
             rep.terminals, rep.minor_edges, rep.max_region_size, rep.max_distortion,
             rep.worst_u == kNoVertex ? 0 : g.ExternalId(rep.worst_u),
             rep.worst_v == kNoVertex ? 0 : g.ExternalId(rep.worst_v), rep.worst_minor_distance,
             rep.worst_graph_distance, rep.mean_distortion, rep.pairs, rep.all_pairs ? "(all)" : "(sampled)",
             rep.time_s);
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify spr", "check a Steiner-point-removal minor and map, and measure the distortion", &RunVerifySpr});

}  // namespace
}  // namespace shortcut::cli
