// Shared by `shortcut distance` and `shortcut oracle query`: vertex-id pairs
// given on the command line, or streamed from stdin — as "U V" text lines or
// as binary records — and answered in order.
//
// Text stream: one "U V" pair per line (ids of the input graph file); blank
// lines and lines starting with '#' are skipped; each answer is one line.
// Binary stream (docs/distance_oracle.md, "Bulk queries"): 16-byte records,
// two little-endian unsigned 64-bit ids; each answer is one little-endian
// unsigned 64-bit estimate, 2^64 − 1 for "unreachable".
//
// stdin is read in large blocks and parsed in place; output is buffered and
// written in blocks. For the oracle, pairs are answered in batches, by
// several threads when asked; the output does not depend on the thread count.
#ifndef SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_
#define SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_

#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "shortcut/core/types.h"

namespace shortcut::cli {

// Answers the pair (u, v) of input-file vertex ids by appending a line to out.
using PairAnswer = std::function<absl::Status(uint64_t u, uint64_t v, fmt::memory_buffer& out)>;

// RunPairQueries: with u_text and v_text given, answers that pair (an error
// is reported and returned as the exit code). With neither, reads text pairs
// from stdin: a malformed line or a failed answer prints "shortcut COMMAND:
// stdin:LINE: message" on stderr and the stream goes on, answers flushed in
// order before each error; the exit code is then kExitUsage. One id without
// the other is a usage error.
int RunPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                   const PairAnswer& answer);

// The batch interface of a distance structure: `resolve` maps an input-file
// id to a vertex (kNoVertex if unknown); `answer` fills out[i] with the
// estimate for pairs[i] (kUnreachable-or-above for "no path"), using up to
// `threads` threads.
struct BatchAnswerer {
  std::function<VertexId(uint64_t)> resolve;
  std::function<absl::Status(std::span<const std::pair<VertexId, VertexId>> pairs, std::span<uint64_t> out,
                             uint32_t threads)>
      answer;
  uint64_t unreachable = 0;  // estimates >= this print as "inf" (binary: 2^64 − 1)
};

struct BatchOptions {
  uint32_t threads = 1;  // threads for answering and formatting
  bool binary = false;   // binary records on stdin and stdout instead of text
};

// RunBatchPairQueries: as RunPairQueries (same text output, same error
// lines, same exit codes), answering in batches. In binary mode an unknown
// id or a trailing partial record stops the stream after the answers before
// it ("stdin: record N: ..."), so that the output stays aligned with the
// input records.
int RunBatchPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                        const BatchOptions& options, const BatchAnswerer& answerer);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_
