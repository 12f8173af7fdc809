// shortcut route GRAPH R.bin U V
//
// Prints the hop-by-hop path of a packet from U to V as one line of vertex
// ids (those of the input file), simulated with the scheme's next-hop
// function alone (RoutingScheme::Route).
#include <fmt/format.h>

#include <charconv>

#include "common/command.h"
#include "common/flags.h"
#include "common/load_graph.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut::cli {
namespace {

int RunRoute(std::span<const std::string> args) {
  FlagSet flags("route", "GRAPH R.bin U V   (see also 'route build')");
  std::string graph_path, path, u_text, v_text;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "the graph the scheme was built for");
  flags.Positional("R", &path, "routing scheme written by 'route build'");
  flags.Positional("U", &u_text, "source vertex id (as in the graph file)");
  flags.Positional("V", &v_text, "destination vertex id (as in the graph file)");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("route", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  uint64_t ua = 0, va = 0;
  for (auto [text, out] : {std::pair{&u_text, &ua}, std::pair{&v_text, &va}}) {
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), *out);
    if (ec != std::errc() || end != text->data() + text->size()) {
      return ReportError("route", InvalidArgumentError("not a vertex id: '{}'", *text));
    }
  }
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("route", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  auto scheme = RoutingScheme::Load(path);
  if (!scheme.ok()) return ReportError("route", scheme.status());
  if (auto st = scheme->CheckGraph(g); !st.ok()) return ReportError("route", st);
  const VertexId u = scheme->FindExternal(ua), v = scheme->FindExternal(va);
  if (u == kNoVertex) return ReportError("route", OutOfRangeError("unknown vertex id {}", ua));
  if (v == kNoVertex) return ReportError("route", OutOfRangeError("unknown vertex id {}", va));
  auto route = scheme->Route(g, u, v);
  if (!route.ok()) return ReportError("route", route.status());
  fmt::memory_buffer out;
  uint64_t length = 0;
  for (std::size_t i = 0; i < route->size(); ++i) {
    fmt::format_to(std::back_inserter(out), "{}{}", i ? " " : "", g.ExternalId((*route)[i]));
    if (i > 0) length += g.Weight(g.FindArc((*route)[i - 1], (*route)[i]));
  }
  out.push_back('\n');
  fmt::print("{}", fmt::to_string(out));
  fmt::print(stderr, "route: {} hops, length {}\n", route->size() - 1, length);
  return kExitOk;
}

const bool kRegistered =
    RegisterCommand({"route", "route a packet from U to V with a routing scheme; prints the path", &RunRoute});

}  // namespace
}  // namespace shortcut::cli
