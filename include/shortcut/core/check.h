// File: shortcut/core/check.h
//
// Invariant checks with assertion levels chosen at configure time
// (SHORTCUT_ASSERTION_LEVEL = 0 none, 1 light, 2 normal, 3 heavy):
//
//   SHORTCUT_CHECK(cond)        always on; guards memory safety.
//   SHORTCUT_DCHECK(cond)       on at level >= normal (Debug default).
//   SHORTCUT_HEAVY_CHECK(cond)  on at level heavy; may run whole verifiers.
//
// A failed check prints the condition and location to stderr and aborts: it
// is a bug in this library, never a consequence of user input (user input is
// answered with absl::Status). Disabled checks still compile their condition
// inside `if constexpr (false)`, so they can never rot.
#ifndef SHORTCUT_CORE_CHECK_H_
#define SHORTCUT_CORE_CHECK_H_

#ifndef SHORTCUT_ASSERTION_LEVEL
#define SHORTCUT_ASSERTION_LEVEL 1
#endif

namespace shortcut::internal {
[[noreturn]] void CheckFailed(const char* condition, const char* file, int line, const char* message);
inline constexpr int kAssertionLevel = SHORTCUT_ASSERTION_LEVEL;
}  // namespace shortcut::internal

#define SHORTCUT_INTERNAL_CHECK_AT(level, cond, msg)                                      \
  do {                                                                                    \
    if constexpr (::shortcut::internal::kAssertionLevel >= (level)) {                     \
      if (!(cond)) [[unlikely]]                                                           \
        ::shortcut::internal::CheckFailed(#cond, __FILE__, __LINE__, msg);                \
    }                                                                                     \
  } while (false)

#define SHORTCUT_CHECK(cond) SHORTCUT_INTERNAL_CHECK_AT(0, cond, nullptr)
#define SHORTCUT_CHECK_MSG(cond, msg) SHORTCUT_INTERNAL_CHECK_AT(0, cond, msg)
#define SHORTCUT_LIGHT_CHECK(cond) SHORTCUT_INTERNAL_CHECK_AT(1, cond, nullptr)
#define SHORTCUT_DCHECK(cond) SHORTCUT_INTERNAL_CHECK_AT(2, cond, nullptr)
#define SHORTCUT_HEAVY_CHECK(cond) SHORTCUT_INTERNAL_CHECK_AT(3, cond, nullptr)

#endif  // SHORTCUT_CORE_CHECK_H_
