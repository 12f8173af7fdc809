// shortcut oracle query INDEX [U V]
//
// With a pair: prints "U V ESTIMATE". Without: reads "U V" lines from stdin
// and streams "U V ESTIMATE" lines (ids as in the input graph file; "inf"
// for vertices in different components). An unknown id or a malformed line
// prints an error line on stderr and the run continues; the exit code is then
// 1. Blank lines and lines starting with '#' are skipped.
#include <fmt/format.h>

#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "common/pair_queries.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

// Answer: "U V ESTIMATE", "inf" across components.
absl::Status Answer(const DistanceOracle& oracle, uint64_t ua, uint64_t ub, fmt::memory_buffer& out) {
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
  return RunPairQueries("oracle query", u_text, v_text,
                        [&](uint64_t u, uint64_t v, fmt::memory_buffer& out) { return Answer(*oracle, u, v, out); });
}

const bool kRegistered = RegisterCommand(
    {"oracle query", "approximate distances from an oracle index (pairs on stdin or as arguments)", &RunOracleQuery});

}  // namespace
}  // namespace shortcut::cli
