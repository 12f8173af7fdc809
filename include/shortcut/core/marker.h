// File: shortcut/core/marker.h
//
// The library's one stamp scheme, and the vertex set built on it.
//
// StampClock: per-index 32-bit stamps that make an n-sized array reusable
// without clearing it. Each use (a search, a set) begins a generation that
// reserves the stamps [base, base + span]; the next generation starts above
// the largest stamp the last one wrote, so every older stamp lies below the
// current base and reads as "not set" (0 is never a current stamp). Only
// when the 32-bit range runs out is the array wiped (the caller's `wipe`),
// once every ~2^32 stamps: a reset costs O(1) amortised, i.e. time in
// proportion to what was touched. A search may store base + tentative
// distance as its stamp (span = the largest distance it can write): one word
// then holds both "reached now" and the distance.
//
//   StampClock clock;
//   const uint32_t base = clock.Begin(span, [&] { std::fill(stamp.begin(), stamp.end(), 0); });
//   ... stamp[v] = base + d ...; current iff stamp[v] >= base
//   clock.End(largest_written);  // optional: release the unused part of the span
//
// TimestampMarker: a set of vertex ids over a fixed universe [0, n) with O(1)
// insert, membership and clear, on a StampClock with span 0 per clear.
//
//   TimestampMarker seen(g.NumVertices());
//   seen.Set(v); if (seen.Get(u)) ...; seen.Clear();  // O(1)
#ifndef SHORTCUT_CORE_MARKER_H_
#define SHORTCUT_CORE_MARKER_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "shortcut/core/types.h"

namespace shortcut {

class StampClock {
 public:
  static constexpr uint32_t kMaxStamp = std::numeric_limits<uint32_t>::max();

  // Fits(span): whether a generation of this span fits in 32-bit stamps at
  // all (after a wipe). Searches whose distances may exceed it need wider state.
  static constexpr bool Fits(uint64_t span) { return span < kMaxStamp - 1; }

  // Begin(span, wipe): the base of a new generation that may write stamps in
  // [base, base + span]; calls wipe() (which must set every stamp to 0)
  // first when they would not fit. Requires Fits(span).
  template <class Wipe>
  uint32_t Begin(uint64_t span, Wipe&& wipe) {
    if (uint64_t{next_} + span >= kMaxStamp) {
      wipe();
      next_ = 1;
    }
    base_ = next_;
    next_ = static_cast<uint32_t>(base_ + span + 1);
    return base_;
  }
  // End(largest): the generation wrote no stamp above `largest` (>= base):
  // the next one may start right above it.
  void End(uint32_t largest) { next_ = largest + 1; }
  uint32_t base() const { return base_; }
  // Restart(): forget all generations (after the caller zeroed its stamps).
  void Restart() { base_ = 0, next_ = 1; }

 private:
  uint32_t base_ = 0;
  uint32_t next_ = 1;
};

class TimestampMarker {
 public:
  TimestampMarker() { Clear(); }
  explicit TimestampMarker(std::size_t n) : stamp_(n, 0) { Clear(); }

  std::size_t Capacity() const { return stamp_.size(); }
  void Resize(std::size_t n) {
    stamp_.assign(n, 0);
    clock_.Restart();
    Clear();
  }
  bool Get(VertexId v) const { return stamp_[v] == epoch_; }
  void Set(VertexId v) { stamp_[v] = epoch_; }
  void Unset(VertexId v) { stamp_[v] = 0; }
  // Clear: O(1) amortised.
  void Clear() {
    epoch_ = clock_.Begin(0, [&] { std::fill(stamp_.begin(), stamp_.end(), 0); });
  }

 private:
  std::vector<uint32_t> stamp_;
  StampClock clock_;
  uint32_t epoch_ = 1;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_MARKER_H_
