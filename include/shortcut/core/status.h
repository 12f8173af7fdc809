// File: shortcut/core/status.h
//
// absl::Status helpers. Debian's Abseil (20220623) has no RETURN_IF_ERROR /
// ASSIGN_OR_RETURN, so we provide thin equivalents:
//
//   SHORTCUT_RETURN_IF_ERROR(ParseHeader(...));
//   SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> g, ReadGraph<uint32_t>(path));
//
// and fmt-formatted constructors for the canonical codes the library uses
// (see docs/conventions.md): InvalidArgument for malformed input,
// FailedPrecondition for valid data that breaks a requirement, OutOfRange for
// bad query ids, NotFound for missing files, ResourceExhausted for id-width
// overflow, Internal for a self-check that caught our own bug.
#ifndef SHORTCUT_CORE_STATUS_H_
#define SHORTCUT_CORE_STATUS_H_

#include <fmt/format.h>

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

// Debian's Abseil has its own absl::string_view (not std::string_view):
// teach fmt to print it, so that status messages can be formatted directly.
#if !defined(ABSL_USES_STD_STRING_VIEW)
template <>
struct fmt::formatter<absl::string_view> : fmt::formatter<fmt::string_view> {
  template <class Context>
  auto format(absl::string_view s, Context& ctx) const {
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), ctx);
  }
};
#endif

#define SHORTCUT_INTERNAL_CONCAT2(a, b) a##b
#define SHORTCUT_INTERNAL_CONCAT(a, b) SHORTCUT_INTERNAL_CONCAT2(a, b)

// Evaluates `expr` (an absl::Status) and returns it from the enclosing
// function when it is not OK.
#define SHORTCUT_RETURN_IF_ERROR(expr)                     \
  do {                                                     \
    ::absl::Status shortcut_status_ = (expr);              \
    if (!shortcut_status_.ok()) return shortcut_status_;   \
  } while (false)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status,
// otherwise moves the value into `lhs` (which may be a declaration).
#define SHORTCUT_ASSIGN_OR_RETURN(lhs, rexpr) \
  SHORTCUT_INTERNAL_ASSIGN_OR_RETURN(SHORTCUT_INTERNAL_CONCAT(shortcut_statusor_, __LINE__), lhs, rexpr)

#define SHORTCUT_INTERNAL_ASSIGN_OR_RETURN(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                       \
  if (!tmp.ok()) return std::move(tmp).status();            \
  lhs = std::move(tmp).value()

namespace shortcut {

template <class... Args>
absl::Status InvalidArgumentError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::InvalidArgumentError(fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
absl::Status FailedPreconditionError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::FailedPreconditionError(fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
absl::Status OutOfRangeError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::OutOfRangeError(fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
absl::Status NotFoundError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::NotFoundError(fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
absl::Status ResourceExhaustedError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::ResourceExhaustedError(fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
absl::Status InternalError(fmt::format_string<Args...> f, Args&&... args) {
  return absl::InternalError(fmt::format(f, std::forward<Args>(args)...));
}

// Prefixes the message of a non-OK status with `context` ("context: message"),
// keeping its code.
inline absl::Status Annotate(const absl::Status& status, std::string_view context) {
  if (status.ok()) return status;
  return absl::Status(status.code(), fmt::format("{}: {}", context, status.message()));
}

}  // namespace shortcut

#endif  // SHORTCUT_CORE_STATUS_H_
