// Shared by `shortcut distance` and `shortcut oracle query`: vertex-id pairs
// given on the command line, or streamed as "U V" lines from stdin, each
// answered by a callback that appends one output line.
#ifndef SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_
#define SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_

#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <string_view>

#include "absl/status/status.h"

namespace shortcut::cli {

// Answers the pair (u, v) of input-file vertex ids by appending a line to out.
using PairAnswer = std::function<absl::Status(uint64_t u, uint64_t v, fmt::memory_buffer& out)>;

// RunPairQueries: with u_text and v_text given, answers that pair (an error
// is reported and returned as the exit code). With neither, reads stdin:
// blank lines and lines starting with '#' are skipped; a malformed line or a
// failed answer prints "shortcut COMMAND: stdin:LINE: message" on stderr and
// the stream goes on, answers flushed in order before each error; the exit
// code is then kExitUsage. One id without the other is a usage error.
int RunPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                   const PairAnswer& answer);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_PAIR_QUERIES_H_
