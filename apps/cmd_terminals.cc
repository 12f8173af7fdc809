// shortcut terminals GRAPH (--fraction F | --count K) [--seed S] -o T.txt
//
// Samples a terminal set uniformly at random (seeded) and writes it as one
// input-file vertex id per line, in increasing vertex order.
#include <fmt/format.h>

#include <cmath>

#include "common/command.h"
#include "common/flags.h"
#include "common/load_graph.h"
#include "shortcut/io/vertex_labels.h"
#include "shortcut/steiner/steiner_point_removal.h"

namespace shortcut::cli {
namespace {

int RunTerminals(std::span<const std::string> args) {
  FlagSet flags("terminals", "GRAPH (--fraction F | --count K) [--seed S] -o T.txt");
  std::string graph_path, out;
  double fraction = 0;
  uint32_t count = 0;
  uint64_t seed = 1;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph");
  flags.Double("fraction", &fraction, "fraction of the vertices to pick, in (0, 1] (at least one vertex)");
  flags.Uint32("count", &count, "number of vertices to pick");
  flags.Uint64("seed", &seed, "seed of the sample (default 1)");
  flags.String("o", &out, "terminal file: one vertex id per line", true, "output");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("terminals", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (flags.WasSet("fraction") == flags.WasSet("count")) {
    return ReportError("terminals", absl::InvalidArgumentError("give exactly one of --fraction and --count"));
  }
  if (flags.WasSet("fraction") && !(fraction > 0 && fraction <= 1)) {
    return ReportError("terminals", absl::InvalidArgumentError(fmt::format("--fraction must be in (0, 1], got {}", fraction)));
  }
  if (auto st = RefuseOutputsOverInputs({out}, {graph_path, gf.coordinates}); !st.ok()) return ReportError("terminals", st);
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("terminals", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  const VertexId n = g.NumVertices();
  if (n == 0) return ReportError("terminals", absl::InvalidArgumentError(graph_path + ": the graph has no vertices"));
  VertexId k = count;
  if (flags.WasSet("fraction")) {
    k = static_cast<VertexId>(std::llround(fraction * static_cast<double>(n)));
    k = std::clamp<VertexId>(k, 1, n);
  } else if (count == 0 || count > n) {
    return ReportError("terminals", absl::InvalidArgumentError(
                                        fmt::format("--count must be in [1, {}] (the number of vertices), got {}", n, count)));
  }
  const std::vector<VertexId> terminals = SampleTerminals(n, k, seed);
  if (auto st = WriteVertexList(out, g, terminals); !st.ok()) return ReportError("terminals", st);
  fmt::print(stderr, "terminals: {} of {} vertices (seed {}) written to {}\n", k, n, seed, out);
  return kExitOk;
}

const bool kRegistered =
    RegisterCommand({"terminals", "sample a terminal set (for spr) uniformly at random", &RunTerminals});

}  // namespace
}  // namespace shortcut::cli
