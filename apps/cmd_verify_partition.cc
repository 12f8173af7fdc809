// shortcut verify partition GRAPH CLUSTERS.txt --eps E [--max-hop H] [--sources K] [--stats S.json]
//
// Exit 0 when the partition holds (and, with --max-hop H, every checked pair
// needs at most H·⌈d/(ε·D)⌉ cluster hops), 2 with the first counterexample
// (for the hop bound: the pair, its distance and its hops), 1 for bad input.
#include <fmt/format.h>

#include <cmath>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/partition_report.h"
#include "common/progress.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/partition/clustering.h"
#include "shortcut/verify/partition_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyPartition(std::span<const std::string> args) {
  FlagSet flags("verify partition", "GRAPH CLUSTERS.txt --eps E [--max-hop H] [--sources K] [--stats S.json]");
  std::string graph_path, labels_path, stats_path;
  double eps = 0, hops = 0, diameter = 0;
  uint32_t sources = 200, sweeps = 0;
  uint64_t seed = 1;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Positional("CLUSTERS", &labels_path, "cluster file: '<vertex> <cluster>' per line");
  flags.Double("eps", &eps, "clusters must have strong diameter <= eps*D", true);
  flags.Double("max-hop", &hops, "fail if a checked pair needs more than H*ceil(d/(eps*D)) cluster hops");
  flags.Double("hops", &hops, "the same as --max-hop");
  flags.Double("diameter", &diameter, "D to use (default: the exact diameter, or its 2-approximation)");
  flags.Uint32("sources", &sources, "sampled sources for the hop check when n > 2000 (default 200)");
  flags.Uint64("seed", &seed, "seed for the sampled sources (default 1)");
  flags.String("stats", &stats_path, "write the measured properties as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify partition", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (!(eps > 0) || eps > 1) return ReportError("verify partition", absl::InvalidArgumentError("--eps must be in (0, 1]"));
  if (hops < 0 || !std::isfinite(hops)) {
    return ReportError("verify partition", absl::InvalidArgumentError("--max-hop must be a positive number"));
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify partition", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto labels = ReadVertexLabels(labels_path, g);
  if (!labels.ok()) return ReportError("verify partition", labels.status());
  Clustering d;
  ResolveDiameter(g, diameter, sweeps, d);
  PartitionCheckOptions options;
  options.epsilon = eps;
  options.diameter = d.diameter;
  options.max_hop_constant = hops;
  options.sources = sources;
  options.seed = seed;
  ProgressBar bar("verify partition", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  const PartitionCheckReport rep = CheckShortcutPartition(g, *labels, options);
  bar.Finish();
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", eps).Add("D", d.diameter);
    j.Add("D_kind", std::string(DiameterKindName(d.diameter_kind)));
    if (hops > 0) j.Add("hops_bound", hops);
    j.Merge(PartitionCheckJson(g, rep));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify partition", st);
  }
  fmt::print(stderr, "verify partition: D = {} ({})\n", d.diameter, DiameterKindName(d.diameter_kind));
  PrintPartitionCheck("verify partition", g, rep);
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify partition: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr, "verify partition: OK\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify partition", "check cluster connectivity, strong diameters and hop constants", &RunVerifyPartition});

}  // namespace
}  // namespace shortcut::cli
