// shortcut spr GRAPH --terminals T.txt [--method auto|paper|voronoi|ball|gupta] [--zeta Z]
//              -o MINOR.gr --map MAP.txt [--stats S.json] [--check]
//
// Steiner point removal: writes the minor on the terminals (DIMACS, over the
// input's vertex numbering) and the map vertex -> terminal; see
// shortcut/steiner/minor_io.h for both formats.
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "common/spr_report.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/steiner/minor_io.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "shortcut/verify/spr_checks.h"

namespace shortcut::cli {
namespace {

int RunSpr(std::span<const std::string> args) {
  FlagSet flags("spr",
                "GRAPH --terminals T.txt [--method auto|paper|voronoi|ball|gupta] [--zeta Z] -o MINOR.gr --map MAP.txt "
                "[--stats S.json] [--check]");
  std::string graph_path, terminals_path, out, map_path, stats_path, method_name = "auto";
  uint32_t zeta = kDefaultSprZeta, r = 0, sweeps = 4, sources = 0;
  uint64_t seed = 1;
  bool check = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.String("terminals", &terminals_path, "terminal file: one vertex id per line", true);
  flags.String("method", &method_name,
               "auto (default: gupta on trees, paper otherwise) | paper | voronoi | ball | gupta");
  flags.Uint32("zeta", &zeta, fmt::format("paper: ring ratio, an integer >= 2 (default {})", kDefaultSprZeta));
  flags.Uint32("r", &r, "paper: promised excluded minor K_r of the shortcut partitions (planar: 5); 0 = detect");
  flags.Uint32("diameter-sweeps", &sweeps, "paper: sweeps bounding each component's diameter (default 4)");
  flags.Uint64("seed", &seed, "ball: seed of the terminal order and growth factors (default 1)");
  flags.String("o", &out, "minor file (DIMACS 'p sp', two arcs per edge, weight d_G)", true, "output");
  flags.String("map", &map_path, "map file: '<vertex> <its terminal>' per vertex", true);
  flags.String("stats", &stats_path, "write statistics as JSON");
  flags.Bool("check", &check, "also verify the result and measure its distortion (exit 2 if a check fails)");
  flags.Uint32("sources", &sources, "with --check: sampled source terminals for the distortion (0 = all pairs)");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("spr", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  auto method = ParseSprMethod(method_name);
  if (!method.ok()) return ReportError("spr", Annotate(method.status(), "--method"));
  if (auto st = RefuseOutputsOverInputs({out, map_path, stats_path}, {graph_path, gf.coordinates, terminals_path}); !st.ok()) return ReportError("spr", st);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("spr", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto terminals = ReadVertexList(terminals_path, g);
  if (!terminals.ok()) return ReportError("spr", terminals.status());

  SteinerPointRemovalOptions options;
  options.method = *method;
  options.zeta = zeta;
  options.r = r;
  options.diameter_sweeps = sweeps;
  options.seed = seed;
  SteinerPointRemoval<uint32_t> spr;
  {
    ProgressBar bar("spr", 1000);
    options.progress = [&bar](double f) { bar.Fraction(f); };
    auto result = ComputeSteinerPointRemoval(g, *terminals, options);
    bar.Finish();
    if (!result.ok()) return ReportError("spr", result.status());
    spr = std::move(*result);
  }
  const std::string header = fmt::format("method {}{}", SprMethodName(spr.method),
                                         spr.method == SprMethod::kPaper ? fmt::format(", zeta {}", zeta) : "");
  if (auto st = WriteSprMinor<uint32_t>(out, g, spr.terminals, spr.minor_edges, header); !st.ok()) {
    return ReportError("spr", st);
  }
  if (auto st = WriteSprMap(map_path, g, spr.terminal_of); !st.ok()) return ReportError("spr", st);

  const double ref = ReferenceDijkstraSeconds(g);
  const SteinerPointRemovalStats& s = spr.stats;
  JsonObject j;
  j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("terminals", s.terminals);
  j.Add("method", std::string(SprMethodName(spr.method)));
  if (spr.method == SprMethod::kPaper) {
    j.Add("zeta", s.zeta).Add("scale", s.scale).Add("iterations", s.iterations).Add("clusters", s.clusters);
    j.Add("partitioned_components", s.partitioned_components);
    j.Add("single_cluster_components", s.single_cluster_components).Add("max_level", s.max_level);
    j.Add("minor_found", s.minor_found);
  }
  if (spr.method == SprMethod::kBall) j.Add("seed", seed);
  j.Add("minor_edges", s.minor_edges).Add("max_region_size", s.max_region_size).Add("repaired", s.repaired);
  j.Add("time_s", s.time_s).Add("assignment_time_s", s.assignment_time_s).Add("minor_time_s", s.minor_time_s);
  j.Add("reference_dijkstra_s", ref).Add("time_over_dijkstra", ref > 0 ? s.time_s / ref : 0.0);
  j.Add("load_s", loaded->load_seconds);
  fmt::print(stderr,
             "spr ({}): {} terminals, {} minor edges, largest region {} vertices; {:.3f} s ({:.1f}x one Dijkstra)\n",
             SprMethodName(spr.method), s.terminals, s.minor_edges, s.max_region_size, s.time_s,
             ref > 0 ? s.time_s / ref : 0.0);
  if (spr.method == SprMethod::kPaper) {
    fmt::print(stderr, "spr: zeta {}, {} rings, {} clusters, {} shortcut partitions, largest level {}\n", s.zeta,
               s.iterations, s.clusters, s.partitioned_components, s.max_level);
  }
  int exit_code = kExitOk;
  if (check) {
    SprCheckOptions co;
    co.max_sources = sources;
    ProgressBar bar("checking", 1000);
    co.progress = [&bar](double f) { bar.Fraction(f); };
    const SprCheckReport rep = CheckSteinerPointRemoval<uint32_t>(g, spr.terminals, spr.terminal_of, spr.minor_edges, co);
    bar.Finish();
    j.Merge(SprCheckJson(g, rep));
    if (rep.status.ok()) {
      fmt::print(stderr, "spr check: OK; distortion max {:.4f}, mean {:.4f} over {} {} pairs; {:.2f} s\n",
                 rep.max_distortion, rep.mean_distortion, rep.pairs, rep.all_pairs ? "(all)" : "(sampled)", rep.time_s);
    } else {
      fmt::print(stderr, "spr: check FAILED: {}\n", rep.status.message());
      exit_code = kExitVerificationFailed;
    }
  }
  if (!stats_path.empty()) {
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("spr", st);
  }
  return exit_code;
}

const bool kRegistered = RegisterCommand(
    {"spr", "Steiner point removal: a minor on the terminals that approximates their distances", &RunSpr});

}  // namespace
}  // namespace shortcut::cli
