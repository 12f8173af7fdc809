// shortcut verify labels GRAPH L.bin [--eps E] [--pairs N | --all] [--sources K] [--stats S.json]
//
// Checks distance labels against exact distances (verify/labeling_checks.h):
// every pair when n <= 3000, sampled pairs beyond; each estimate decoded
// from the two labels alone.
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "shortcut/labeling/distance_labels.h"
#include "shortcut/verify/labeling_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyLabels(std::span<const std::string> args) {
  FlagSet flags("verify labels", "GRAPH L.bin [--eps E] [--pairs N | --all] [--sources K] [--stats S.json]");
  std::string graph_path, path, stats_path;
  OracleCheckOptions options;
  options.sources = 10;
  bool all = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "the graph the labels were built for");
  flags.Positional("LABELS", &path, "labels file written by 'labels'");
  flags.Double("eps", &options.epsilon, "stretch bound to check (default: the labels' own eps)");
  flags.Uint64("pairs", &options.random_pairs, "random pairs when n > 3000 (default 100000)");
  flags.Uint32("sources", &options.sources, "sources whose pairs are all checked when n > 3000 (default 10)");
  flags.Uint32("all-pairs-limit", &options.all_pairs_limit, "check every pair when n <= this (default 3000)");
  flags.Bool("all", &all, "check every pair");
  flags.Uint64("seed", &options.seed, "seed of the sampled pairs (default 1)");
  flags.Uint32("threads", &options.threads, "threads (default 1)");
  flags.String("stats", &stats_path, "write the measured stretch and sizes as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify labels", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  options.force_all_pairs = all;
  options.threads = std::max<uint32_t>(1, options.threads);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify labels", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto labels = DistanceLabels::Load(path);
  if (!labels.ok()) return ReportError("verify labels", labels.status());
  if (auto st = labels->CheckGraph(g); !st.ok()) return ReportError("verify labels", st);
  ProgressBar bar("verify labels", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  const LabelCheckReport rep = CheckDistanceLabels(g, *labels, options);
  bar.Finish();
  if (rep.status.code() == absl::StatusCode::kInvalidArgument) return ReportError("verify labels", rep.status);
  const double bound = options.epsilon > 0 ? options.epsilon : labels->epsilon();
  auto ext = [&](VertexId v) { return v == kNoVertex ? uint64_t{0} : g.ExternalId(v); };
  const auto& p = rep.pairs;
  const auto& s = labels->stats();
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("eps", bound).Add("labels_checked", rep.labels_checked);
    j.Add("mean_label_bits", s.mean_bits).Add("max_label_bits", s.max_bits);
    j.Add("all_pairs", p.all_pairs).Add("pairs_checked", p.pairs_checked).Add("unreachable_pairs", p.unreachable_pairs);
    j.Add("max_stretch", p.max_stretch).Add("p99_stretch", p.p99_stretch).Add("mean_stretch", p.mean_stretch);
    j.Add("worst_u", ext(p.worst_u)).Add("worst_v", ext(p.worst_v));
    j.Add("ok", rep.status.ok()).Add("time_s", p.time_s);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify labels", st);
  }
  fmt::print(stderr,
             "verify labels: {} labels (bits mean {:.0f}, max {}); {} pairs ({}), stretch max {:.4f} (vertices {} and "
             "{}: {} vs {}), mean {:.4f}; bound 1 + {}\n",
             rep.labels_checked, s.mean_bits, s.max_bits, p.pairs_checked,
             p.all_pairs ? "all pairs" : fmt::format("{} sources", p.sources_used), p.max_stretch, ext(p.worst_u),
             ext(p.worst_v), p.worst_estimate, p.worst_distance, p.mean_stretch, bound);
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify labels: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr, "verify labels: OK\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify labels", "check distance labels against exact distances (domination, stretch)", &RunVerifyLabels});

}  // namespace
}  // namespace shortcut::cli
