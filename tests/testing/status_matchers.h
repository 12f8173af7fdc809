// File: testing/status_matchers.h
//
// GoogleTest helpers for absl::Status / StatusOr (Debian's Abseil ships no
// matchers):
//
//   EXPECT_OK(status_or_statusor);
//   ASSERT_OK_AND_ASSIGN(auto g, BuildGraph(list));
//   EXPECT_THAT(ReadGraph(path), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("line 3")));
#ifndef SHORTCUT_TESTING_STATUS_MATCHERS_H_
#define SHORTCUT_TESTING_STATUS_MATCHERS_H_

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/status.h"

namespace shortcut::testing {

inline const absl::Status& GetStatus(const absl::Status& s) { return s; }
template <class T>
const absl::Status& GetStatus(const absl::StatusOr<T>& s) {
  return s.status();
}

MATCHER_P2(StatusIs, code, message_matcher, "") {
  const absl::Status& s = ::shortcut::testing::GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.code() == code &&
         ::testing::ExplainMatchResult(message_matcher, std::string(s.message()), result_listener);
}

MATCHER(IsOk, "") {
  const absl::Status& s = ::shortcut::testing::GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.ok();
}

}  // namespace shortcut::testing

#define EXPECT_OK(expr) EXPECT_THAT((expr), ::shortcut::testing::IsOk())
#define ASSERT_OK(expr) ASSERT_THAT((expr), ::shortcut::testing::IsOk())

#define ASSERT_OK_AND_ASSIGN(lhs, rexpr) \
  SHORTCUT_TESTING_ASSERT_OK_AND_ASSIGN(SHORTCUT_INTERNAL_CONCAT(shortcut_test_or_, __LINE__), lhs, rexpr)
#define SHORTCUT_TESTING_ASSERT_OK_AND_ASSIGN(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                          \
  ASSERT_TRUE(tmp.ok()) << tmp.status().ToString();            \
  lhs = std::move(tmp).value()

#endif  // SHORTCUT_TESTING_STATUS_MATCHERS_H_
