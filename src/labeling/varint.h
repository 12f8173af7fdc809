// Varints of the label layout (docs/distance_labels.md): 7 bits a byte, the
// low group first, the high bit set on every byte but the last. Readers
// never read at or past `end` and refuse more than 64 bits.
#ifndef SHORTCUT_SRC_LABELING_VARINT_H_
#define SHORTCUT_SRC_LABELING_VARINT_H_

#include <cstdint>
#include <string>

namespace shortcut::labeling_internal {

inline void AppendVarint(std::string& out, uint64_t x) {
  while (x >= 0x80) {
    out.push_back(static_cast<char>((x & 0x7F) | 0x80));
    x >>= 7;
  }
  out.push_back(static_cast<char>(x));
}

inline bool ReadVarint(const uint8_t*& p, const uint8_t* end, uint64_t& out) {
  uint64_t x = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (p >= end) return false;
    const uint8_t byte = *p++;
    if (shift == 63 && byte > 1) return false;
    x |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      out = x;
      return true;
    }
  }
  return false;
}

}  // namespace shortcut::labeling_internal

#endif  // SHORTCUT_SRC_LABELING_VARINT_H_
