// File: shortcut/core/marker.h
//
// TimestampMarker: a set of vertex ids over a fixed universe [0, n) with O(1)
// insert, membership and clear. Clearing bumps a 32-bit epoch; the array is
// wiped only when the epoch wraps (once every 2^32 - 1 clears).
//
//   TimestampMarker seen(g.NumVertices());
//   seen.Set(v); if (seen.Get(u)) ...; seen.Clear();  // O(1)
#ifndef SHORTCUT_CORE_MARKER_H_
#define SHORTCUT_CORE_MARKER_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "shortcut/core/types.h"

namespace shortcut {

class TimestampMarker {
 public:
  TimestampMarker() = default;
  explicit TimestampMarker(std::size_t n) : stamp_(n, 0) {}

  std::size_t Capacity() const { return stamp_.size(); }
  void Resize(std::size_t n) {
    stamp_.assign(n, 0);
    epoch_ = 1;
  }
  bool Get(VertexId v) const { return stamp_[v] == epoch_; }
  void Set(VertexId v) { stamp_[v] = epoch_; }
  void Unset(VertexId v) { stamp_[v] = 0; }
  // Clear: O(1) amortised.
  void Clear() {
    if (++epoch_ == 0) {
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
  }

 private:
  std::vector<uint32_t> stamp_;
  uint32_t epoch_ = 1;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_MARKER_H_
