#include "common/command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "shortcut/core/status.h"

namespace shortcut::cli {
namespace {
std::vector<Command>& Registry() {
  static std::vector<Command> registry;
  return registry;
}
}  // namespace

bool RegisterCommand(const Command& command) {
  auto& r = Registry();
  r.push_back(command);
  std::sort(r.begin(), r.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
  return true;
}

std::span<const Command> Commands() { return Registry(); }

int ReportError(std::string_view command, const absl::Status& status) {
  fmt::print(stderr, "shortcut {}: {}\n", command, status.message());
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kNotFound:
    case absl::StatusCode::kOutOfRange:
    case absl::StatusCode::kFailedPrecondition:
      return kExitUsage;
    default:
      return kExitOther;
  }
}

}  // namespace shortcut::cli
