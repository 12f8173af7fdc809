// shortcut distance GRAPH [U V]
//
// Exact shortest-path distances by bidirectional Dijkstra: the reference the
// oracle's estimates are compared with. With a pair prints "U V DISTANCE";
// without, reads "U V" lines from stdin and streams "U V DISTANCE" lines (ids
// as in the graph file; "inf" when the two are in different components).
// Unknown ids and malformed lines print an error naming the line; the run
// continues and exits 1 at the end.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <iostream>
#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "common/load_graph.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/sssp/bidirectional_dijkstra.h"

namespace shortcut::cli {
namespace {

bool ParseId(std::string_view s, uint64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

class Answerer {
 public:
  explicit Answerer(const Graph<uint32_t>& g) : g_(g), ids_(g), bidi_(g.NumVertices()) {}

  absl::Status Answer(std::string_view a, std::string_view b, std::string& out) {
    uint64_t ua = 0, ub = 0;
    if (!ParseId(a, ua)) return InvalidArgumentError("'{}' is not a vertex id", a);
    if (!ParseId(b, ub)) return InvalidArgumentError("'{}' is not a vertex id", b);
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
  std::string out;
  if (!u_text.empty()) {
    if (auto st = answerer.Answer(u_text, v_text, out); !st.ok()) return ReportError("distance", st);
    std::fputs(out.c_str(), stdout);
    return kExitOk;
  }
  int exit_code = kExitOk;
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    std::string_view s(line);
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    const std::size_t i = s.find_first_not_of(" \t");
    if (i == std::string_view::npos || s[i] == '#') continue;
    s.remove_prefix(i);
    const std::size_t sp = s.find_first_of(" \t");
    absl::Status st;
    if (sp == std::string_view::npos) {
      st = InvalidArgumentError("expected two vertex ids");
    } else {
      std::string_view rest = s.substr(sp);
      rest.remove_prefix(rest.find_first_not_of(" \t"));
      if (rest.find_first_of(" \t") != std::string_view::npos) {
        st = InvalidArgumentError("expected exactly two vertex ids");
      } else {
        st = answerer.Answer(s.substr(0, sp), rest, out);
      }
    }
    if (!st.ok()) {
      fmt::print(stderr, "shortcut distance: stdin:{}: {}\n", line_number, st.message());
      exit_code = kExitUsage;
    }
    if (out.size() > (1 << 16)) {
      std::fputs(out.c_str(), stdout);
      out.clear();
    }
  }
  std::fputs(out.c_str(), stdout);
  return exit_code;
}

const bool kRegistered =
    RegisterCommand({"distance", "exact shortest-path distances (bidirectional Dijkstra)", &RunDistance});

}  // namespace
}  // namespace shortcut::cli
