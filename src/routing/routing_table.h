// The routing table and header layouts (docs/routing.md, "Layouts"):
// readers that never leave their bytes, and the fixed-width encoder.
#ifndef SHORTCUT_SRC_ROUTING_ROUTING_TABLE_H_
#define SHORTCUT_SRC_ROUTING_ROUTING_TABLE_H_

#include <cstdint>
#include <span>
#include <string>

#include "../labeling/varint.h"

namespace shortcut::routing_internal {

using labeling_internal::AppendVarint;
using labeling_internal::ReadVarint;

// The six fixed-width fields of a table record, and the two of a child.
enum Field { kStar = 0, kPre, kSize, kWeight, kParent, kChildBegin, kNumFields };

inline uint64_t GetLE(const uint8_t* p, uint8_t width) {
  uint64_t x = 0;
  for (uint8_t i = 0; i < width; ++i) x |= static_cast<uint64_t>(p[i]) << (8 * i);
  return x;
}
inline void PutLE(std::string& out, uint64_t x, uint8_t width) {
  for (uint8_t i = 0; i < width; ++i) out.push_back(static_cast<char>((x >> (8 * i)) & 0xFF));
}
inline uint8_t WidthOf(uint64_t x) {
  uint8_t w = 1;
  while (w < 8 && (x >> (8 * w)) != 0) ++w;
  return w;
}

// A parsed table: the record and child arrays and their field widths.
struct TableView {
  uint64_t vertex = 0, k = 0, children = 0;
  uint8_t width[kNumFields] = {};
  std::size_t record_bytes = 0, child_bytes = 0;
  const uint8_t* records = nullptr;
  const uint8_t* kids = nullptr;

  uint64_t Get(uint64_t i, Field f) const {
    std::size_t off = 0;
    for (int j = 0; j < f; ++j) off += width[j];
    return GetLE(records + i * record_bytes + off, width[f]);
  }
  uint64_t ChildPre(uint64_t c) const { return GetLE(kids + c * child_bytes, width[kPre]); }
  uint64_t ChildPort(uint64_t c) const { return GetLE(kids + c * child_bytes + width[kPre], width[kParent]); }
  uint64_t ChildEnd(uint64_t i) const { return i + 1 < k ? Get(i + 1, kChildBegin) : children; }
  // Find: the record of `star`, or k.
  uint64_t Find(uint64_t star) const {
    uint64_t lo = 0, hi = k;
    while (lo < hi) {
      const uint64_t mid = lo + (hi - lo) / 2;
      if (Get(mid, kStar) < star) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < k && Get(lo, kStar) == star ? lo : k;
  }
};

// ParseTable: false unless the bytes hold exactly the header and the arrays
// it announces (the values inside are not checked here).
inline bool ParseTable(std::span<const uint8_t> table, TableView& t) {
  const uint8_t *p = table.data(), *end = p + table.size();
  if (!ReadVarint(p, end, t.vertex) || !ReadVarint(p, end, t.k) || !ReadVarint(p, end, t.children)) return false;
  if (end - p < kNumFields) return false;
  t.record_bytes = 0;
  for (int f = 0; f < kNumFields; ++f) {
    t.width[f] = *p++;
    if (t.width[f] < 1 || t.width[f] > 8) return false;
    t.record_bytes += t.width[f];
  }
  t.child_bytes = t.width[kPre] + t.width[kParent];
  const uint64_t left = static_cast<uint64_t>(end - p);
  if (t.k > left / t.record_bytes) return false;
  const uint64_t after = left - t.k * t.record_bytes;
  if (t.children > after / t.child_bytes || after != t.children * t.child_bytes) return false;
  t.records = p;
  t.kids = p + t.k * t.record_bytes;
  return true;
}

}  // namespace shortcut::routing_internal

#endif  // SHORTCUT_SRC_ROUTING_ROUTING_TABLE_H_
