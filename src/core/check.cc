#include "shortcut/core/check.h"

#include <cstdio>
#include <cstdlib>

namespace shortcut::internal {

void CheckFailed(const char* condition, const char* file, int line, const char* message) {
  std::fprintf(stderr, "%s:%d: internal check failed: %s%s%s\n", file, line, condition,
               message != nullptr ? ": " : "", message != nullptr ? message : "");
  std::fflush(stderr);
  std::abort();
}

}  // namespace shortcut::internal
