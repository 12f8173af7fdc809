// shortcut labels query L.bin [U V]
//
// With a pair: prints "U V ESTIMATE", decoded from the two labels alone
// (DecodeDistance). Without: reads "U V" lines from stdin and streams the
// answers, like `oracle query` (ids as in the input graph file; "inf" across
// components; an unknown id or a malformed line gives an error line and exit
// code 1 at the end).
#include <fmt/format.h>

#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "common/pair_queries.h"
#include "shortcut/labeling/distance_labels.h"

namespace shortcut::cli {
namespace {

absl::Status Answer(const DistanceLabels& labels, uint64_t ua, uint64_t ub, fmt::memory_buffer& out) {
  const VertexId u = labels.FindExternal(ua), v = labels.FindExternal(ub);
  if (u == kNoVertex) return OutOfRangeError("unknown vertex id {}", ua);
  if (v == kNoVertex) return OutOfRangeError("unknown vertex id {}", ub);
  const uint64_t d = DecodeDistance(labels.Label(u), labels.Label(v));
  if (d >= kUnreachable) {
    fmt::format_to(std::back_inserter(out), "{} {} inf\n", ua, ub);
  } else {
    fmt::format_to(std::back_inserter(out), "{} {} {}\n", ua, ub, d);
  }
  return absl::OkStatus();
}

int RunLabelsQuery(std::span<const std::string> args) {
  FlagSet flags("labels query", "L.bin [U V]   (no pair: 'U V' lines from stdin)");
  std::string path, u_text, v_text;
  flags.Positional("LABELS", &path, "labels file written by 'labels'");
  flags.Positional("U", &u_text, "vertex id (as in the graph file)", false);
  flags.Positional("V", &v_text, "vertex id (as in the graph file)", false);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("labels query", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (!u_text.empty() && v_text.empty()) {
    return ReportError("labels query", InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  auto labels = DistanceLabels::Load(path);
  if (!labels.ok()) return ReportError("labels query", labels.status());
  return RunPairQueries("labels query", u_text, v_text,
                        [&](uint64_t u, uint64_t v, fmt::memory_buffer& out) { return Answer(*labels, u, v, out); });
}

const bool kRegistered = RegisterCommand(
    {"labels query", "approximate distances decoded from two distance labels (pairs on stdin or as arguments)",
     &RunLabelsQuery});

}  // namespace
}  // namespace shortcut::cli
