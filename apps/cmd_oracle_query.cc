// shortcut oracle query INDEX [U V]
//
// With a pair: prints "U V ESTIMATE". Without: reads "U V" lines from stdin
// and streams "U V ESTIMATE" lines (ids as in the input graph file; "inf"
// for vertices in different components). An unknown id or a malformed line
// prints an error line on stderr and the run continues; the exit code is then
// 1. Blank lines and lines starting with '#' are skipped.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <iostream>
#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

bool ParseId(std::string_view s, uint64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

// Answer: "u v estimate", or an error naming the line.
absl::Status Answer(const DistanceOracle& oracle, std::string_view a, std::string_view b, fmt::memory_buffer& out) {
  uint64_t ua = 0, ub = 0;
  if (!ParseId(a, ua)) return InvalidArgumentError("'{}' is not a vertex id", a);
  if (!ParseId(b, ub)) return InvalidArgumentError("'{}' is not a vertex id", b);
  const VertexId u = oracle.FindExternal(ua), v = oracle.FindExternal(ub);
  if (u == kNoVertex) return OutOfRangeError("unknown vertex id {}", ua);
  if (v == kNoVertex) return OutOfRangeError("unknown vertex id {}", ub);
  const uint64_t d = oracle.Query(u, v);
  if (d >= kUnreachable) {
    fmt::format_to(std::back_inserter(out), "{} {} inf\n", ua, ub);
  } else {
    fmt::format_to(std::back_inserter(out), "{} {} {}\n", ua, ub, d);
  }
  return absl::OkStatus();
}

int RunOracleQuery(std::span<const std::string> args) {
  FlagSet flags("oracle query", "INDEX [U V]   (no pair: 'U V' lines from stdin)");
  std::string index_path, u_text, v_text;
  flags.Positional("INDEX", &index_path, "index file written by 'oracle build'");
  flags.Positional("U", &u_text, "vertex id (as in the graph file)", false);
  flags.Positional("V", &v_text, "vertex id (as in the graph file)", false);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("oracle query", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (!u_text.empty() && v_text.empty()) {
    return ReportError("oracle query", InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  auto oracle = DistanceOracle::Load(index_path);
  if (!oracle.ok()) return ReportError("oracle query", oracle.status());

  fmt::memory_buffer out;
  if (!u_text.empty()) {
    if (auto st = Answer(*oracle, u_text, v_text, out); !st.ok()) return ReportError("oracle query", st);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitOk;
  }
  int exit_code = kExitOk;
  std::string line;
  uint64_t line_number = 0, errors = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    std::string_view s(line);
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::size_t i = s.find_first_not_of(" \t");
    if (i == std::string_view::npos || s[i] == '#') continue;
    s.remove_prefix(i);
    const std::size_t sp = s.find_first_of(" \t");
    absl::Status st;
    if (sp == std::string_view::npos) {
      st = InvalidArgumentError("expected two vertex ids");
    } else {
      std::string_view a = s.substr(0, sp), rest = s.substr(sp);
      rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
      if (rest.find_first_of(" \t") != std::string_view::npos) {
        st = InvalidArgumentError("expected two vertex ids, got more");
      } else {
        st = Answer(*oracle, a, rest, out);
      }
    }
    if (!st.ok()) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
      std::fflush(stdout);
      fmt::print(stderr, "shortcut oracle query: stdin:{}: {}\n", line_number, st.message());
      ++errors;
      exit_code = kExitUsage;
    }
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (errors > 0) fmt::print(stderr, "shortcut oracle query: {} line(s) could not be answered\n", errors);
  return exit_code;
}

const bool kRegistered = RegisterCommand(
    {"oracle query", "approximate distances from an oracle index (pairs on stdin or as arguments)", &RunOracleQuery});

}  // namespace
}  // namespace shortcut::cli
