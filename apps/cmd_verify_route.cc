// shortcut verify route GRAPH R.bin [--eps E] [--sources K] [--all] [--stats S.json]
//
// Simulates the routing scheme on all pairs (n <= 3000) or on every pair of
// sampled sources (verify/routing_checks.h), and reports the table, header
// and packet sizes.
#include <fmt/format.h>

#include <limits>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "common/progress.h"
#include "shortcut/routing/routing_scheme.h"
#include "shortcut/verify/routing_checks.h"

namespace shortcut::cli {
namespace {

int RunVerifyRoute(std::span<const std::string> args) {
  FlagSet flags("verify route", "GRAPH R.bin [--eps E] [--sources K] [--all] [--stats S.json]");
  std::string graph_path, path, stats_path;
  RoutingCheckOptions options;
  bool all = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "the graph the scheme was built for");
  flags.Positional("R", &path, "routing scheme written by 'route build'");
  flags.Double("eps", &options.epsilon, "stretch bound to check (default: the scheme's own eps)");
  flags.Uint32("sources", &options.sources, "sources whose pairs are all routed when n > 3000 (default 20)");
  flags.Uint32("all-pairs-limit", &options.all_pairs_limit, "route every pair when n <= this (default 3000)");
  flags.Bool("all", &all, "route every pair");
  flags.Uint64("seed", &options.seed, "seed of the sampled sources (default 1)");
  flags.String("stats", &stats_path, "write the measured stretch and sizes as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("verify route", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (all) options.all_pairs_limit = std::numeric_limits<uint32_t>::max();
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("verify route", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto scheme = RoutingScheme::Load(path);
  if (!scheme.ok()) return ReportError("verify route", scheme.status());
  if (auto st = scheme->CheckGraph(g); !st.ok()) return ReportError("verify route", st);
  ProgressBar bar("verify route", 1000);
  options.progress = [&bar](double f) { bar.Fraction(f); };
  const RoutingCheckReport rep = CheckRoutingScheme(g, *scheme, options);
  bar.Finish();
  if (rep.status.code() == absl::StatusCode::kInvalidArgument) return ReportError("verify route", rep.status);
  const double bound = options.epsilon > 0 ? options.epsilon : scheme->epsilon();
  auto ext = [&](VertexId v) { return v == kNoVertex ? uint64_t{0} : g.ExternalId(v); };
  const RoutingStats& s = scheme->stats();
  const uint64_t routed = rep.pairs_checked - rep.unreachable_pairs;
  const double mean_hops = routed > 0 ? static_cast<double>(rep.hops) / routed : 0;
  const double ns_per_hop = rep.next_hop_calls > 0 ? 1e9 * rep.time_s / rep.next_hop_calls : 0;
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", g.NumVertices()).Add("eps", bound).Add("all_pairs", rep.all_pairs).Add("sources", rep.sources_used);
    j.Add("pairs_checked", rep.pairs_checked).Add("unreachable_pairs", rep.unreachable_pairs);
    j.Add("max_stretch", rep.max_stretch).Add("mean_stretch", rep.mean_stretch);
    j.Add("mean_hops", mean_hops).Add("max_hops", rep.max_hops);
    j.Add("mean_table_bits", s.mean_table_bits).Add("max_table_bits", s.max_table_bits);
    j.Add("mean_header_bits", s.mean_header_bits).Add("max_header_bits", s.max_header_bits);
    j.Add("max_packet_bits", s.max_packet_bits);
    j.Add("worst_u", ext(rep.worst_u)).Add("worst_v", ext(rep.worst_v));
    j.Add("ok", rep.status.ok()).Add("time_s", rep.time_s);
    if (auto st = WriteJsonFile(stats_path, j); !st.ok()) return ReportError("verify route", st);
  }
  fmt::print(stderr,
             "verify route: {} pairs ({}), all delivered along edges; stretch max {:.4f} (vertices {} and {}: {} vs "
             "{}), mean {:.4f}; hops mean {:.1f} max {}; table bits mean {:.0f} max {}, header bits mean {:.0f} max "
             "{}, packet {} bits; {:.0f} ns per hop (with the Dijkstras); bound 1 + {}\n",
             rep.pairs_checked, rep.all_pairs ? "all pairs" : fmt::format("{} sources", rep.sources_used),
             rep.max_stretch, ext(rep.worst_u), ext(rep.worst_v), rep.worst_length, rep.worst_distance,
             rep.mean_stretch, mean_hops, rep.max_hops, s.mean_table_bits, s.max_table_bits, s.mean_header_bits,
             s.max_header_bits, s.max_packet_bits, ns_per_hop, bound);
  if (!rep.status.ok()) {
    fmt::print(stderr, "verify route: FAILED: {}\n", rep.status.message());
    return kExitVerificationFailed;
  }
  fmt::print(stderr, "verify route: OK\n");
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"verify route", "simulate a routing scheme: every packet arrives along edges within 1+eps", &RunVerifyRoute});

}  // namespace
}  // namespace shortcut::cli
