// shortcut verify oracle GRAPH INDEX [--pairs N | --all] [--sources K] [--stats S.json]
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/verify/oracle_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyOracle(std::span<const std::string> args) {
  FlagSet flags("verify oracle", "GRAPH INDEX [--pairs N | --all] [--sources K] [--stats S.json]");
  std::string graph_path, index_path, stats_path;
  uint64_t pairs = 100000, seed = 1;
  uint32_t sources = 10, threads = 1, limit = 3000;
  bool all = false;
  double eps = 0;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "the graph the index was built for");
  flags.Positional("INDEX", &index_path, "index file written by 'oracle build'");
  flags.Uint64("pairs", &pairs, "random pairs when n > 3000 (default 100000, drawn as 1000 per random source)");
  flags.Bool("all", &all, "check every pair (one Dijkstra per vertex)");
  flags.Uint32("sources", &sources, "sources whose pairs are all checked when n > 3000 (default 10)");
  flags.Uint32("all-pairs-limit", &limit, "check every pair when n <= this (default 3000)");
  flags.Double("eps", &eps, "stretch bound to check (default: the index's own eps)");
  flags.Uint64("seed", &seed, "seed of the sampled pairs (default 1)");
  flags.Uint32("threads", &threads, "threads (default 1)");
  flags.String("stats", &stats_path, "write the measured stretch as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify oracle", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify oracle", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto oracle = DistanceOracle::Load(index_path);
  if (!oracle.ok()) return ReportError("verify oracle", oracle.status());
  if (auto st = oracle->CheckGraph(g); !st.ok()) return ReportError("verify oracle", st);

  OracleCheckOptions options;
  options.epsilon = eps;
  options.random_pairs = pairs;
  options.sources = sources;
  options.seed = seed;
  options.threads = std::max<uint32_t>(1, threads);
  options.all_pairs_limit = limit;
  options.force_all_pairs = all;
  ProgressBar bar("verify oracle", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  const OracleCheckReport rep = CheckDistanceOracle(g, *oracle, options);
  bar.Finish();
  const double bound = eps > 0 ? eps : oracle->epsilon();
  auto ext = [&](VertexId v) { return v == kNoVertex ? uint64_t{0} : g.ExternalId(v); };
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", bound).Add("all_pairs", rep.all_pairs);
    j.Add("pairs_checked", rep.pairs_checked).Add("unreachable_pairs", rep.unreachable_pairs);
    j.Add("sources", rep.sources_used).Add("domination_violations", rep.domination_violations);
    j.Add("stretch_violations", rep.stretch_violations).Add("max_stretch", rep.max_stretch);
    j.Add("p99_stretch", rep.p99_stretch).Add("mean_stretch", rep.mean_stretch);
    j.Add("worst_u", ext(rep.worst_u)).Add("worst_v", ext(rep.worst_v));
    j.Add("worst_estimate", rep.worst_estimate).Add("worst_distance", rep.worst_distance);
    j.Add("ok", rep.status.ok()).Add("time_s", rep.time_s);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify oracle", st);
  }
  fmt::print(stderr,
             "verify oracle: {} pairs ({}), stretch max {:.4f} (vertices {} and {}: {} vs {}), p99 {:.4f}, mean "
             "{:.4f}; bound 1 + {}\n",
             rep.pairs_checked, rep.all_pairs ? "all pairs" : fmt::format("{} sources", rep.sources_used),
             rep.max_stretch, ext(rep.worst_u), ext(rep.worst_v), rep.worst_estimate, rep.worst_distance,
             rep.p99_stretch, rep.mean_stretch, bound);
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify oracle: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr, "verify oracle: OK\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify oracle", "check an oracle index against exact distances (domination, stretch)", &RunVerifyOracle});

}  // namespace
}  // namespace shortcut::cli
