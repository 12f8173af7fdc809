// ProgressBar: a throttled progress line on stderr for long runs
// ("label [#####.....] 52% 1.3 s, ETA 1.2 s"). Drawn only when stderr is a
// terminal, unless forced; Finish() prints a final summary line.
#ifndef SHORTCUT_APPS_COMMON_PROGRESS_H_
#define SHORTCUT_APPS_COMMON_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace shortcut::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, uint64_t total);
  ~ProgressBar();
  // Update(done): redraws at most ~10 times per second.
  void Update(uint64_t done);
  // Fraction(f): progress as a fraction in [0, 1].
  void Fraction(double f) { Update(static_cast<uint64_t>(f * static_cast<double>(total_))); }
  void Finish();
  // Enabled(): whether anything is drawn (stderr is a TTY, or forced by
  // SHORTCUT_PROGRESS=1; SHORTCUT_PROGRESS=0 disables it).
  static bool Enabled();

 private:
  std::string label_;
  uint64_t total_;
  bool enabled_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_PROGRESS_H_
