// shortcut cop GRAPH --radius X [--r R] -o SUPERNODES.txt [--stats S.json]
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/decomposition/cop_decomposition_io.h"

namespace shortcut::cli {
namespace {

absl::StatusOr<RootRule> ParseRootRule(const std::string& s) {
  if (s == "far") return RootRule::kFarthestFromBoundary;
  if (s == "farhops") return RootRule::kFarthestFromBoundaryHops;
  if (s == "smallest") return RootRule::kSmallestId;
  return absl::InvalidArgumentError(fmt::format("--root: expected far, farhops or smallest, got '{}'", s));
}

int RunCop(std::span<const std::string> args) {
  FlagSet flags("cop", "GRAPH --radius X [--r R] -o SUPERNODES.txt [--stats S.json]");
  std::string graph_path, out, stats_path, root = "farhops";
  double radius = 0;
  uint32_t r = 0;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Double("radius", &radius, "supernode radius Δ, in edge-weight units", true);
  flags.Uint32("r", &r, "promised excluded minor K_r (planar: 5); 0 = detect (default)");
  flags.String("root", &root, "BUILDTREE root rule: far | farhops (default) | smallest");
  flags.String("o", &out, "supernode file; the partition tree goes to FILE.tree", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("cop", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  auto rule = ParseRootRule(root);
  if (!rule.ok()) return ReportError("cop", rule.status());
  const std::string tree_out = CopTreePath(out);
  if (auto st = RefuseOutputsOverInputs({out, tree_out, stats_path}, {graph_path, gf.coordinates}); !st.ok()) return ReportError("cop", st);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("cop", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;

  CopDecompositionOptions options;
  options.radius = radius;
  options.r = r;
  options.root_rule = *rule;
  ProgressBar bar("cop decomposition", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  auto cop = ComputeCopDecomposition(g, options);
  bar.Finish();
  if (!cop.ok()) return ReportError("cop", cop.status());
  if (auto st = WriteCopDecomposition(out, g, *cop); !st.ok()) return ReportError("cop", st);

  const auto& s = cop->stats;
  const double ref = ReferenceDijkstraSeconds(g);
  fmt::print(stderr,
             "cop: {} supernodes, partition-tree depth {}, max seen s = {}, r = {}, {} BUILDTREE / {} GROWBUFFER "
             "calls, {:.3f} s ({:.1f}x one Dijkstra)\n",
             s.supernodes, s.tree_depth, s.max_seen, s.r_used, s.build_tree_calls, s.grow_buffer_calls, s.time_s,
             ref > 0 ? s.time_s / ref : 0.0);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("radius", radius).Add("r", s.r_used);
    j.Add("root_rule", root).Add("supernodes", s.supernodes).Add("tree_depth", s.tree_depth);
    j.Add("max_seen", s.max_seen).Add("rounds", s.rounds).Add("build_tree_calls", s.build_tree_calls);
    j.Add("grow_buffer_calls", s.grow_buffer_calls).Add("buffer_vertices", s.buffer_vertices);
    j.Add("work", s.work).Add("max_skeleton_leaves", s.max_skeleton_leaves);
    j.Add("minor_found", cop->minor_found).Add("minor_witness_size", cop->minor_witness.size());
    j.Add("time_s", s.time_s).Add("reference_dijkstra_s", ref).Add("load_s", loaded->load_seconds);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("cop", st);
  }
  if (cop->minor_found) {
    fmt::print(stderr,
               "cop: the graph is NOT K_{}-minor-free: a BUILDTREE call saw {} pairwise adjacent supernodes, giving a "
               "K_{} minor with branch sets of sizes",
               r, s.max_seen, cop->minor_witness.size());
    for (const auto& set : cop->minor_witness) fmt::print(stderr, " {}", set.size());
    fmt::print(stderr, " (first vertices:");
    for (const auto& set : cop->minor_witness) fmt::print(stderr, " {}", g.ExternalId(set.front()));
    fmt::print(stderr, "); the guarantees for r = {} do not hold\n", r);
    return kExitVerificationFailed;
  }
  return kExitOk;
}

const bool kRegistered =
    RegisterCommand({"cop", "buffered cop decomposition (supernodes, skeletons, partition tree)", &RunCop});

}  // namespace
}  // namespace shortcut::cli
