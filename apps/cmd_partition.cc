// shortcut partition GRAPH --eps E [--r R] [--method cop|net|mpx] -o CLUSTERS.txt [--stats S.json]
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/partition_report.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/partition/baselines.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/verify/partition_checks.h"

namespace shortcut::cli {
namespace {

int RunPartition(std::span<const std::string> args) {
  FlagSet flags("partition",
                "GRAPH --eps E [--r R] [--method cop|net|mpx] -o CLUSTERS.txt [--stats S.json] [--check]");
  std::string graph_path, out, stats_path, method = "cop", root = "farhops";
  double eps = 0, diameter = 0;
  uint32_t r = 0, sources = 200;
  uint64_t seed = 1;
  bool check = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Double("eps", &eps, "clusters have strong diameter <= eps*D, eps in (0, 1]", true);
  flags.Uint32("r", &r, "promised excluded minor K_r (planar: 5); 0 = detect (default)");
  flags.String("method", &method, "cop (the shortcut partition, default) | net | mpx (baselines)");
  flags.String("root", &root, "BUILDTREE root rule for cop: far | farhops (default) | smallest");
  flags.Double("diameter", &diameter, "use this D instead of computing the diameter");
  flags.Uint64("seed", &seed, "seed for mpx (default 1)");
  flags.String("o", &out, "cluster file: one line '<vertex> <cluster>' per vertex", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON (implies --check)");
  flags.Bool("check", &check, "also measure and verify diameters and hop constants");
  flags.Uint32("sources", &sources, "sampled sources for the hop check when n > 2000 (default 200)");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("partition", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (method != "cop" && method != "net" && method != "mpx") {
    return ReportError("partition", absl::InvalidArgumentError("--method must be cop, net or mpx, got '" + method + "'"));
  }
  if (root != "far" && root != "farhops" && root != "smallest") {
    return ReportError("partition",
                       absl::InvalidArgumentError("--root must be far, farhops or smallest, got '" + root + "'"));
  }
  if (auto st = RefuseOutputsOverInputs({out, stats_path}, {graph_path, gf.coordinates}); !st.ok()) return ReportError("partition", st);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("partition", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;

  Clustering clustering;
  JsonObject j;
  j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", eps).Add("method", method);
  if (method == "cop") {
    ShortcutPartitionOptions options;
    options.epsilon = eps;
    options.r = r;
    options.diameter = diameter;
    options.root_rule = root == "far"       ? RootRule::kFarthestFromBoundary
                        : root == "farhops" ? RootRule::kFarthestFromBoundaryHops
                                            : RootRule::kSmallestId;
    ProgressBar bar("shortcut partition", 1000);
    options.progress = [&bar](double f) { bar.Fraction(f); };
    auto p = ComputeShortcutPartition(g, options);
    bar.Finish();
    if (!p.ok()) return ReportError("partition", p.status());
    const auto& cs = p->cop.stats;
    j.Add("root_rule", root).Add("r", cs.r_used).Add("delta", p->stats.delta);
    j.Add("supernodes", cs.supernodes).Add("max_seen", cs.max_seen).Add("tree_depth", cs.tree_depth);
    j.Add("minor_found", p->cop.minor_found).Add("net_points", p->stats.net_points);
    j.Add("cop_time_s", cs.time_s);
    if (p->cop.minor_found) {
      fmt::print(stderr,
                 "partition: warning: the graph is not K_{}-minor-free (a K_{} minor was found); the clusters are "
                 "still valid, the hop guarantee for r = {} is not\n",
                 r, p->cop.minor_witness.size(), r);
    }
    clustering = std::move(p->clustering);
  } else {
    BaselineOptions options;
    options.epsilon = eps;
    options.diameter = diameter;
    options.seed = seed;
    auto c = method == "net" ? ComputeNetPartition(g, options) : ComputeMpxPartition(g, options);
    if (!c.ok()) return ReportError("partition", c.status());
    clustering = std::move(*c);
    if (method == "mpx") j.Add("seed", seed);
  }
  if (auto st = WriteVertexLabels(out, g, clustering.cluster_of); !st.ok()) return ReportError("partition", st);
  const double ref = ReferenceDijkstraSeconds(g);
  j.Add("D", clustering.diameter).Add("D_kind", std::string(DiameterKindName(clustering.diameter_kind)));
  j.Add("diameter_time_s", clustering.diameter_time_s);
  j.Add("time_s", clustering.time_s).Add("reference_dijkstra_s", ref);
  j.Add("time_over_dijkstra", ref > 0 ? clustering.time_s / ref : 0.0).Add("load_s", loaded->load_seconds);
  fmt::print(stderr, "partition ({}): {} clusters, D = {} ({}), eps*D = {:.6g}, {:.3f} s ({:.1f}x one Dijkstra)\n",
             method, clustering.NumClusters(), clustering.diameter, DiameterKindName(clustering.diameter_kind),
             eps * clustering.diameter, clustering.time_s, ref > 0 ? clustering.time_s / ref : 0.0);

  int exit_code = kExitOk;
  if (check || !stats_path.empty()) {
    PartitionCheckOptions co;
    co.epsilon = eps;
    co.diameter = clustering.diameter;
    co.sources = sources;
    ProgressBar bar("checking", 1000);
    co.progress = [&bar](double f) { bar.Fraction(f); };
    const PartitionCheckReport rep = CheckShortcutPartition(g, clustering.cluster_of, co);
    bar.Finish();
    PrintPartitionCheck("partition check", g, rep);
    j.Merge(PartitionCheckJson(g, rep));
    if (!rep.status.ok()) {
      fmt::print(stderr, "partition: check FAILED: {}\n", rep.status.message());
      exit_code = kExitVerificationFailed;
    }
  }
  if (!stats_path.empty()) {
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("partition", st);
  }
  return exit_code;
}

const bool kRegistered =
    RegisterCommand({"partition", "shortcut partition (or a baseline clustering) of a graph", &RunPartition});

}  // namespace
}  // namespace shortcut::cli
