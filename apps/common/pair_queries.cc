#include "common/pair_queries.h"

#include <charconv>
#include <cstdio>
#include <iostream>
#include <string>

#include "common/command.h"
#include "shortcut/core/status.h"

namespace shortcut::cli {
namespace {

bool ParseId(std::string_view s, uint64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

absl::Status AnswerText(std::string_view a, std::string_view b, const PairAnswer& answer, fmt::memory_buffer& out) {
  uint64_t u = 0, v = 0;
  if (!ParseId(a, u)) return InvalidArgumentError("'{}' is not a vertex id", a);
  if (!ParseId(b, v)) return InvalidArgumentError("'{}' is not a vertex id", b);
  return answer(u, v, out);
}

// AnswerLine: splits "U V" (surrounding blanks allowed) and answers it.
absl::Status AnswerLine(std::string_view s, const PairAnswer& answer, fmt::memory_buffer& out) {
  const std::size_t sp = s.find_first_of(" \t");
  if (sp == std::string_view::npos) return InvalidArgumentError("expected two vertex ids");
  std::string_view rest = s.substr(sp);
  rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
  if (rest.find_first_of(" \t") != std::string_view::npos) {
    return InvalidArgumentError("expected two vertex ids, got more");
  }
  return AnswerText(s.substr(0, sp), rest, answer, out);
}

void Flush(fmt::memory_buffer& out) {
  std::fwrite(out.data(), 1, out.size(), stdout);
  out.clear();
}

}  // namespace

int RunPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                   const PairAnswer& answer) {
  if (u_text.empty() != v_text.empty()) {
    return ReportError(command, InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  fmt::memory_buffer out;
  if (!u_text.empty()) {
    if (auto st = AnswerText(u_text, v_text, answer, out); !st.ok()) return ReportError(command, st);
    Flush(out);
    return kExitOk;
  }
  int exit_code = kExitOk;
  std::string line;
  uint64_t line_number = 0, errors = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    std::string_view s(line);
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    const std::size_t i = s.find_first_not_of(" \t");
    if (i == std::string_view::npos || s[i] == '#') continue;
    s.remove_prefix(i);
    if (auto st = AnswerLine(s, answer, out); !st.ok()) {
      // Answers so far first, so that stdout and stderr interleave in order.
      Flush(out);
      std::fflush(stdout);
      fmt::print(stderr, "shortcut {}: stdin:{}: {}\n", command, line_number, st.message());
      ++errors;
      exit_code = kExitUsage;
    }
    if (out.size() > (1 << 16)) Flush(out);
  }
  Flush(out);
  std::fflush(stdout);
  if (errors > 0) fmt::print(stderr, "shortcut {}: {} line(s) could not be answered\n", command, errors);
  return exit_code;
}

}  // namespace shortcut::cli
