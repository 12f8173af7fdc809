// shortcut labels GRAPH --eps E -o L.bin [--stats S.json] [--r R] [--threads T] [--scale-ratio B] [--exact-weights]
//
// Writes one self-contained (1+eps) distance label per vertex
// (labeling/distance_labels.h; the layout is in docs/distance_labels.md).
#include <fmt/format.h>

#include <cmath>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/labeling/distance_labels.h"

namespace shortcut::cli {
namespace {

int RunLabels(std::span<const std::string> args) {
  FlagSet flags("labels", "GRAPH --eps E -o L.bin [--stats S.json] [--r R] [--threads T]");
  std::string graph_path, out, stats_path;
  TreeCoverFlags tc;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads (default 1; the labels are identical)");
  flags.String("o", &out, "labels file (binary, checksummed)", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("labels", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) return ReportError("labels", st);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("labels", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  DistanceLabelOptions options = tc.Get<DistanceLabelOptions>();
  ProgressBar bar("labels", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  auto labels = DistanceLabels::Build(g, options);
  bar.Finish();
  if (!labels.ok()) return ReportError("labels", labels.status());
  const DistanceLabelStats& s = labels->stats();
  const double ref = ReferenceDijkstraSeconds(g);
  const double n = g.NumVertices();
  const double log2n = n > 1 ? std::log2(n) : 1;
  fmt::print(stderr,
             "labels: n = {}, label bits mean {:.0f} max {} ({:.1f} and {:.1f} words of log2 n bits), {:.1f} entries "
             "mean, {} max; {:.2f} s = {:.1f}x one Dijkstra\n",
             g.NumVertices(), s.mean_bits, s.max_bits, s.mean_bits / log2n, s.max_bits / log2n,
             n > 0 ? s.entries / n : 0.0, s.max_entries, s.build_s, ref > 0 ? s.build_s / ref : 0.0);
  if (auto st = labels->Save(out); !st.ok()) return ReportError("labels", st);
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights);
    j.Add("stars", s.stars).Add("entries", s.entries).Add("max_entries", s.max_entries);
    j.Add("mean_label_bits", s.mean_bits).Add("max_label_bits", s.max_bits).Add("total_label_bits", s.total_bits);
    j.Add("log2_n", log2n).Add("mean_label_words", s.mean_bits / log2n).Add("max_label_words", s.max_bits / log2n);
    // Against the known bounds for planar graphs: exact labels need
    // Ω(n^{1/3}) bits; Thorup's (1+ε) labels take O(ε⁻¹ log n) words of
    // log n bits, i.e. O(ε⁻¹ log² n) bits.
    j.Add("n_cube_root", std::cbrt(n)).Add("mean_bits_over_log2n_squared_over_eps", s.mean_bits * tc.eps / (log2n * log2n));
    j.Add("build_s", s.build_s).Add("reference_dijkstra_s", ref).Add("build_over_dijkstra", ref > 0 ? s.build_s / ref : 0.0);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("labels", st);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"labels", "(1+eps) distance labels: one self-contained label per vertex, decoded in pairs", &RunLabels});

}  // namespace
}  // namespace shortcut::cli
