// shortcut treecover GRAPH --eps E [--r R] [--threads T] -o COVER [--stats S.json] [--verify]
//
// Writes the star forests of the (1+eps) tree cover as text (the format is
// documented in docs/tree_cover.md, "The COVER file"); vertex ids are those
// of the input file.
#include <fmt/format.h>

#include <chrono>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/cover/tree_cover_io.h"
#include "shortcut/verify/tree_cover_checks.h"

namespace shortcut::cli {
namespace {

int RunTreeCover(std::span<const std::string> args) {
  FlagSet flags("treecover", "GRAPH --eps E [--r R] [--threads T] -o COVER [--stats S.json] [--verify]");
  std::string graph_path, out, stats_path;
  TreeCoverFlags tc;
  bool verify = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads (default 1; the cover is identical)");
  flags.Bool("verify", &verify, "check the cover independently (domination, forests, stretch) before writing");
  flags.String("o", &out, "cover file (text)", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("treecover", st);
  if (auto st = tc.Resolve(flags); !st.ok()) return ReportError("treecover", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) {
    return ReportError("treecover", st);
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("treecover", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  TreeCoverOptions options = tc.Options();
  ProgressBar bar("treecover", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  auto cover = BuildTreeCover(g, options);
  bar.Finish();
  if (!cover.ok()) return ReportError("treecover", cover.status());
  const auto& s = cover->stats;
  const double ref = ReferenceDijkstraSeconds(g);
  const double per_vertex = g.NumVertices() > 0 ? 1.0 / g.NumVertices() : 0;
  fmt::print(stderr,
             "treecover: {} stars in {} forests ({} summed over scales), overlap mean {:.1f} max {}, {:.2f} s = "
             "{:.1f}x one Dijkstra\n",
             s.stars, s.forests_packed, s.forests_per_scale_sum, s.entries * per_vertex, s.max_overlap, s.total_s,
             ref > 0 ? s.total_s / ref : 0.0);
  int code = kExitOk;
  TreeCoverCheckReport check;
  if (verify) {
    check = CheckTreeCover(g, *cover, {});
    if (check.status.ok()) {
      fmt::print(stderr, "treecover: verified: {} stars, {} forests, {} pairs, stretch max {:.4f} mean {:.4f}\n",
                 check.stars_checked, check.forests_checked, check.pairs.pairs_checked, check.pairs.max_stretch,
                 check.pairs.mean_stretch);
    } else {
      fmt::print(stderr, "treecover: verification FAILED: {}\n", check.status.message());
      code = kExitVerificationFailed;
    }
  }
  if (auto st = WriteTreeCover(out, g, *cover); !st.ok()) return ReportError("treecover", st);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights);
    j.Merge(CoverStatsJson(s));
    j.Add("total_s", s.total_s).Add("reference_dijkstra_s", ref);
    if (verify) {
      j.Add("verified", check.status.ok()).Add("max_stretch", check.pairs.max_stretch);
      j.Add("mean_stretch", check.pairs.mean_stretch).Add("pairs_checked", check.pairs.pairs_checked);
    }
    j.AddRaw("scales", ScalesJson(cover->scales, s));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("treecover", st);
  }
  return code;
}

const bool kRegistered =
    RegisterCommand({"treecover", "(1+eps) tree cover: star forests per distance scale, as text", &RunTreeCover});

}  // namespace
}  // namespace shortcut::cli
