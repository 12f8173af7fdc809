// shortcut distance GRAPH [U V]
//
// Exact shortest-path distances by bidirectional Dijkstra: the reference the
// oracle's estimates are compared with. With a pair prints "U V DISTANCE";
// without, reads "U V" lines from stdin and streams "U V DISTANCE" lines (ids
// as in the graph file; "inf" when the two are in different components).
// Unknown ids and malformed lines print an error naming the line; the run
// continues and exits 1 at the end.
#include <fmt/format.h>

#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "common/load_graph.h"
#include "common/pair_queries.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/sssp/bidirectional_dijkstra.h"

namespace shortcut::cli {
namespace {

// Answerer: "U V DISTANCE" by bidirectional Dijkstra, "inf" across components.
class Answerer {
 public:
  explicit Answerer(const Graph<uint32_t>& g) : g_(g), ids_(g), bidi_(g.NumVertices()) {}

  absl::Status Answer(uint64_t ua, uint64_t ub, fmt::memory_buffer& out) {
    const VertexId u = ids_.Find(ua), v = ids_.Find(ub);
    if (u == kNoVertex) return OutOfRangeError("unknown vertex id {}", ua);
    if (v == kNoVertex) return OutOfRangeError("unknown vertex id {}", ub);
    const uint64_t d = bidi_.Distance(g_, u, v);
    if (d >= kInfinity<uint32_t>) {
      fmt::format_to(std::back_inserter(out), "{} {} inf\n", ua, ub);
    } else {
      fmt::format_to(std::back_inserter(out), "{} {} {}\n", ua, ub, d);
    }
    return absl::OkStatus();
  }

 private:
  const Graph<uint32_t>& g_;
  ExternalIdIndex ids_;
  BidirectionalDijkstra<uint32_t> bidi_;
};

int RunDistance(std::span<const std::string> args) {
  FlagSet flags("distance", "GRAPH [U V]   (no pair: 'U V' lines from stdin)");
  std::string graph_path, u_text, v_text;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Positional("U", &u_text, "vertex id (as in the graph file)", false);
  flags.Positional("V", &v_text, "vertex id (as in the graph file)", false);
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("distance", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (!u_text.empty() && v_text.empty()) {
    return ReportError("distance", InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("distance", loaded.status());
  Answerer answerer(loaded->graph);
  return RunPairQueries("distance", u_text, v_text,
                        [&](uint64_t u, uint64_t v, fmt::memory_buffer& out) { return answerer.Answer(u, v, out); });
}

const bool kRegistered =
    RegisterCommand({"distance", "exact shortest-path distances (bidirectional Dijkstra)", &RunDistance});

}  // namespace
}  // namespace shortcut::cli
