// shortcut oracle query INDEX [U V]
//
// With a pair: prints "U V ESTIMATE". Without: reads "U V" lines from stdin
// and streams "U V ESTIMATE" lines (ids as in the input graph file; "inf"
// for vertices in different components). An unknown id or a malformed line
// prints an error line on stderr and the run continues; the exit code is then
// 1. Blank lines and lines starting with '#' are skipped. --threads answers
// the stream's batches with several threads (same output); --binary reads
// and writes the binary records of common/pair_queries.h.
#include <fmt/format.h>

#include <span>
#include <string>
#include <utility>

#include "common/command.h"
#include "common/flags.h"
#include "common/pair_queries.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

int RunOracleQuery(std::span<const std::string> args) {
  FlagSet flags("oracle query", "INDEX [U V] [--threads T] [--binary]   (no pair: pairs from stdin)");
  std::string index_path, u_text, v_text;
  BatchOptions batch;
  flags.Positional("INDEX", &index_path, "index file written by 'oracle build'");
  flags.Positional("U", &u_text, "vertex id (as in the graph file)", false);
  flags.Positional("V", &v_text, "vertex id (as in the graph file)", false);
  flags.Uint32("threads", &batch.threads, "threads answering stdin's pairs, in [1, 1024] (default 1; same output)");
  flags.Bool("binary", &batch.binary,
             "stdin holds 16-byte records (two little-endian u64 ids), stdout gets one little-endian u64 "
             "estimate per record (2^64-1: unreachable)");
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("oracle query", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  if (batch.threads < 1 || batch.threads > 1024) {
    return ReportError("oracle query", InvalidArgumentError("--threads must be in [1, 1024], got {}", batch.threads));
  }
  if (!u_text.empty() && v_text.empty()) {
    return ReportError("oracle query", InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  auto oracle = DistanceOracle::Load(index_path);
  if (!oracle.ok()) return ReportError("oracle query", oracle.status());
  BatchAnswerer answerer;
  answerer.resolve = [&](uint64_t id) { return oracle->FindExternal(id); };
  answerer.answer = [&](std::span<const std::pair<VertexId, VertexId>> pairs, std::span<uint64_t> out,
                        uint32_t threads) { return oracle->QueryBatch(pairs, out, threads); };
  answerer.unreachable = kUnreachable;
  return RunBatchPairQueries("oracle query", u_text, v_text, batch, answerer);
}

const bool kRegistered = RegisterCommand(
    {"oracle query", "approximate distances from an oracle index (pairs on stdin or as arguments)", &RunOracleQuery});

}  // namespace
}  // namespace shortcut::cli
