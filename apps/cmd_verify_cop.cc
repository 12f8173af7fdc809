// shortcut verify cop GRAPH SUPERNODES.txt --radius X --r R
#include <fmt/format.h>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "shortcut/decomposition/cop_decomposition_io.h"
#include "shortcut/verify/cop_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyCop(std::span<const std::string> args) {
  FlagSet flags("verify cop", "GRAPH SUPERNODES.txt --radius X --r R [--stats S.json]");
  std::string graph_path, labels_path, stats_path;
  double radius = 0;
  uint32_t r = 0;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Positional("SUPERNODES", &labels_path, "supernode file written by 'shortcut cop' (and its .tree file)");
  flags.Double("radius", &radius, "supernode radius Δ", true);
  flags.Uint32("r", &r, "K_r: buffer Δ/r and bags of at most r-1 supernodes", true);
  flags.String("stats", &stats_path, "write the measured properties as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify cop", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify cop", loaded.status());
  auto cop = ReadCopDecomposition(labels_path, loaded->graph);
  if (!cop.ok()) return ReportError("verify cop", cop.status());
  CopCheckOptions options;
  options.radius = radius;
  options.r = r;
  const CopCheckReport rep = CheckCopDecomposition(loaded->graph, *cop, options);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("ok", rep.status.ok()).Add("supernodes", rep.supernodes).Add("tree_depth", rep.tree_depth);
    j.Add("max_bag_size", rep.max_bag_size).Add("max_skeleton_leaves", rep.max_skeleton_leaves);
    j.Add("max_radius", rep.max_radius).Add("max_radius_over_delta", rep.max_radius_over_delta);
    j.Add("buffer_vertices_checked", rep.buffer_vertices_checked).Add("time_s", rep.time_s);
    if (!rep.status.ok()) j.Add("error", std::string(rep.status.message()));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify cop", st);
  }
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify cop: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr,
             "verify cop: OK: {} supernodes partition V and are connected; skeletons are shortest-path trees of "
             "their domains with <= {} leaves; radius <= Δ (max {:.4g} = {:.3f}Δ); buffer > Δ/r; bags form a tree "
             "decomposition with <= {} supernodes (max {}); {:.2f} s\n",
             rep.supernodes, rep.max_skeleton_leaves, rep.max_radius, rep.max_radius_over_delta, r - 1,
             rep.max_bag_size, rep.time_s);
  return kExitOk;
}

const bool kRegistered =
    RegisterCommand({"verify cop", "check every property of a buffered cop decomposition", &RunVerifyCop});

}  // namespace
}  // namespace shortcut::cli
