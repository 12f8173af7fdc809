#include "common/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace shortcut::cli {

bool ProgressBar::Enabled() {
  if (const char* env = std::getenv("SHORTCUT_PROGRESS")) return std::strcmp(env, "0") != 0;
  return isatty(STDERR_FILENO) != 0;
}

ProgressBar::ProgressBar(std::string label, uint64_t total)
    : label_(std::move(label)), total_(total == 0 ? 1 : total), enabled_(Enabled()) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Update(uint64_t done) {
  if (!enabled_ || finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done < total_) return;
  last_draw_ = now;
  const double f = std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const int width = 30;
  const int filled = static_cast<int>(f * width);
  std::string bar(filled, '#');
  bar.append(width - filled, '.');
  std::string eta = f > 0.01 ? fmt::format(", ETA {:.1f} s", elapsed * (1 - f) / f) : "";
  fmt::print(stderr, "\r{} [{}] {:3.0f}% {:.1f} s{}   ", label_, bar, 100 * f, elapsed, eta);
  std::fflush(stderr);
}

void ProgressBar::Finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  fmt::print(stderr, "\r{} [{}] 100% {:.1f} s{}\n", label_, std::string(30, '#'), elapsed,
             std::string(16, ' '));
}

}  // namespace shortcut::cli
