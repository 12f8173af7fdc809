// shortcut oracle build GRAPH --eps E [--r R] [--threads T] [--profile compact|fast] -o INDEX [--stats S.json]
#include <fmt/format.h>

#include <chrono>

#include "cmd_oracle_report.h"
#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "common/reference.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

int RunOracleBuild(std::span<const std::string> args) {
  FlagSet flags("oracle build", "GRAPH --eps E [--r R] [--threads T] [--profile compact|fast] -o INDEX [--stats S.json]");
  std::string graph_path, out, stats_path, profile = "compact";
  TreeCoverFlags tc;
  bool forests = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  tc.AddTo(flags, "worker threads for the star searches (default 1; the index is identical)");
  flags.Bool("forests", &forests, "also pack the cover's stars into forests, for --stats (not needed by the index)");
  flags.String("o", &out, "index file", true, "output");
  flags.String("stats", &stats_path, "write statistics as JSON");
  flags.String("profile", &profile,
               "compact (default): 12-bit weight codes; fast: 16-bit codes, about 20% more bytes, fewer entries "
               "to read (up to 15% faster queries); both guarantee 1+eps");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("oracle build", st);
  if (auto st = tc.Resolve(flags); !st.ok()) return ReportError("oracle build", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates}); !st.ok()) {
    return ReportError("oracle build", st);
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("oracle build", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;

  DistanceOracleOptions options = tc.Get<DistanceOracleOptions>();
  options.pack_forests = forests;
  if (profile == "fast") {
    options.weight_mantissa_bits = kWeightCodeMantissaBits;
  } else if (profile != "compact") {
    return ReportError("oracle build", InvalidArgumentError("--profile must be compact or fast, got '{}'", profile));
  }
  ProgressBar bar("oracle build", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  OracleBuildStats stats;
  const auto start = std::chrono::steady_clock::now();
  auto oracle = DistanceOracle::Build(g, options, &stats);
  bar.Finish();
  if (!oracle.ok()) return ReportError("oracle build", oracle.status());
  const double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (auto st = oracle->Save(out); !st.ok()) return ReportError("oracle build", st);

  const double ref = ReferenceDijkstraSeconds(g);
  const VertexId n = g.NumVertices();
  const double per_vertex = n > 0 ? 1.0 / n : 0;
  const auto& c = stats.cover;
  fmt::print(stderr,
             "oracle build: n = {}, eps = {}: {} stars, {:.1f} entries per vertex (max {}), index {:.1f} bytes per "
             "vertex, partition-tree depth {}, {} paths; {:.2f} s = {:.1f}x one Dijkstra ({} thread{})\n",
             n, tc.eps, c.stars, c.entries * per_vertex, c.max_overlap, oracle->SerializedBytes() * per_vertex,
             c.tree_depth, c.paths, build_s, ref > 0 ? build_s / ref : 0.0, tc.threads, tc.threads == 1 ? "" : "s");
  if (!stats_path.empty() && c.entries > 0) {
    const double e = static_cast<double>(c.entries);
    fmt::print(stderr,
               "oracle build: {:.1f} label bits per entry ({:.1f} weight, {:.1f} star index, {:.1f} group header); "
               "{:.0f}% of the entries implied ({:.0f}% in top stars)\n",
               8.0 * static_cast<double>(oracle->LabelBytes()) / e, 8.0 * static_cast<double>(stats.weight_bytes) / e,
               8.0 * static_cast<double>(stats.index_bytes) / e, 8.0 * static_cast<double>(stats.header_bytes) / e,
               100.0 * static_cast<double>(stats.implied_entries) / e, 100.0 * static_cast<double>(stats.top_entries) / e);
  }
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", n).Add("m", g.NumEdges()).Add("eps", tc.eps).Add("r", tc.r).Add("threads", tc.threads);
    j.Add("scale_ratio", tc.scale_ratio).Add("quantized", !tc.exact_weights).Add("profile", profile);
    j.Add("weight_code_bits", oracle->WeightCodeBits());
    j.Merge(CoverStatsJson(c));
    j.Add("entries_per_vertex", c.entries * per_vertex);
    j.Add("label_bytes", oracle->LabelBytes()).Add("index_bytes", oracle->SerializedBytes());
    j.Add("index_bytes_per_vertex", oracle->SerializedBytes() * per_vertex);
    j.Add("groups", stats.groups).Add("labels_s", stats.labels_s);
    // Where the bytes go: the label parts, the per-vertex offsets and the
    // rest of the file (header, scales, path offsets, ids, bitmap, checksum).
    const uint64_t offsets_bytes = 8 * (uint64_t{n} + 1);
    JsonObject bytes;
    bytes.Add("group_headers", stats.header_bytes).Add("star_indices", stats.index_bytes);
    bytes.Add("weights", stats.weight_bytes).Add("label_offsets", offsets_bytes);
    bytes.Add("other", oracle->SerializedBytes() - oracle->LabelBytes() - offsets_bytes);
    j.AddRaw("bytes", bytes.ToString());
    JsonObject kinds;
    kinds.Add("implied", stats.implied_entries).Add("implied_top", stats.top_entries);
    kinds.Add("explicit", c.entries - stats.implied_entries).Add("implied_stars", stats.implied_stars);
    j.AddRaw("entries_by_kind", kinds.ToString());
    j.Add("label_bits_per_entry", c.entries > 0 ? 8.0 * static_cast<double>(oracle->LabelBytes()) / c.entries : 0.0);
    j.Add("build_s", build_s).Add("reference_dijkstra_s", ref).Add("build_over_dijkstra", ref > 0 ? build_s / ref : 0.0);
    j.Add("load_s", loaded->load_seconds);
    j.AddRaw("scales", ScalesJson(oracle->scales(), c));
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("oracle build", st);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"oracle build", "build a (1+eps) distance oracle (star-forest tree cover labels)", &RunOracleBuild});

}  // namespace
}  // namespace shortcut::cli
