// Subcommand registry of the `shortcut` tool. Each subcommand lives in its
// own apps/cmd_*.cc and registers itself at static-initialisation time:
//
//   static const bool kRegistered = shortcut::cli::RegisterCommand(
//       {"verify partition", "check a shortcut partition", &RunVerifyPartition});
//
// Exit codes (shared by all subcommands): 0 ok, 1 usage or invalid input,
// 2 a verification failed, 3 any other error.
#ifndef SHORTCUT_APPS_COMMON_COMMAND_H_
#define SHORTCUT_APPS_COMMON_COMMAND_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/status.h"  // fmt support for absl::string_view

namespace shortcut::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitVerificationFailed = 2;
inline constexpr int kExitOther = 3;

struct Command {
  std::string_view name;     // one or two words: "info", "oracle build"
  std::string_view summary;  // one line for `shortcut help`
  int (*run)(std::span<const std::string> args);  // args after the name
};

bool RegisterCommand(const Command& command);
std::span<const Command> Commands();

// ReportError: prints "shortcut <command>: <message>" to stderr and returns
// the exit code for the status (InvalidArgument/NotFound/OutOfRange/
// FailedPrecondition -> 1, others -> 3).
int ReportError(std::string_view command, const absl::Status& status);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_COMMAND_H_
