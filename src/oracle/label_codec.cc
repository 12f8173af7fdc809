// The label validator (label_codec.h); the writer and reader are inline.
#include "label_codec.h"

#include "shortcut/core/status.h"

namespace shortcut::oracle_internal {
namespace {

// ParseVarint: checked: at most 10 bytes, inside [p, end), no bits beyond 64.
bool ParseVarint(const uint8_t*& p, const uint8_t* end, uint64_t& x) {
  x = 0;
  for (int i = 0; i < 10; ++i) {
    if (p == end) return false;
    const uint8_t b = *p++;
    if (i == 9 && b > 1) return false;
    x |= static_cast<uint64_t>(b & 0x7f) << (7 * i);
    if (b < 0x80) return true;
  }
  return false;
}

}  // namespace

absl::Status ValidateLabel(uint64_t vertex, std::span<const uint8_t> label,
                           std::span<const uint64_t> path_star_begin, const ImpliedStars& implied,
                           WeightFormat format, uint64_t& entries) {
  const uint64_t paths = path_star_begin.size() - 1;
  const uint8_t* p = label.data();
  const uint8_t* const end = p + label.size();
  uint64_t path = kBeforeFirst;
  while (p < end) {
    uint64_t delta, length;
    if (!ParseVarint(p, end, delta) || !ParseVarint(p, end, length) || delta >= paths - path - 1 || length == 0 ||
        length > static_cast<uint64_t>(end - p)) {
      return InvalidArgumentError("oracle index: label of vertex {} is malformed (group header)", vertex);
    }
    path += delta + 1;
    const uint8_t* const group_end = p + length;
    const uint64_t path_stars = path_star_begin[path + 1] - path_star_begin[path];
    // Exact and 16-bit weights (implied or after an index step).
    auto parse_weight = [&]() {
      uint64_t weight;
      if (format == WeightFormat::kCode16) {
        if (group_end - p < 2) return false;
        p += 2;
        return true;
      }
      return ParseVarint(p, group_end, weight) && weight < kMaxExactWeight;
    };
    const uint64_t num_implied = implied.Count(path);
    if (format == WeightFormat::kCode12) {
      if (static_cast<uint64_t>(group_end - p) < Implied12Bytes(num_implied)) {
        return InvalidArgumentError("oracle index: label of vertex {} is malformed (implied weight)", vertex);
      }
      p += Implied12Bytes(num_implied);
      entries += num_implied;
    } else {
      for (uint64_t i = 0; i < num_implied; ++i) {
        if (!parse_weight()) {
          return InvalidArgumentError("oracle index: label of vertex {} is malformed (implied weight)", vertex);
        }
        ++entries;
      }
    }
    // The implied indices of the path, to refuse an explicit entry for one.
    const uint32_t* next_implied = num_implied == 0 ? nullptr : implied.index.data() + implied.begin[path];
    const uint32_t* const implied_end = next_implied + num_implied;
    uint64_t index = kBeforeFirst;
    while (p < group_end) {
      uint64_t step;
      bool weight_ok = true;
      if (format == WeightFormat::kCode12) {
        if (group_end - p < 2) {
          return InvalidArgumentError("oracle index: label of vertex {} is malformed (weight)", vertex);
        }
        step = p[1] >> 4;
        p += 2;
        uint64_t more = 0;
        if (step == kStepEscape && !ParseVarint(p, group_end, more)) step = ~uint64_t{0};
        step += more;
        if (step < more) step = ~uint64_t{0};  // overflow
      } else if (!ParseVarint(p, group_end, step)) {
        step = ~uint64_t{0};
      }
      if (step >= path_stars - index - 1) {
        return InvalidArgumentError("oracle index: label of vertex {} is malformed (star index)", vertex);
      }
      index += step + 1;
      while (next_implied != implied_end && *next_implied < index) ++next_implied;
      if (next_implied != implied_end && *next_implied == index) {
        return InvalidArgumentError("oracle index: label of vertex {} is malformed (implied star {} listed)", vertex,
                                    index);
      }
      if (format != WeightFormat::kCode12) weight_ok = parse_weight();
      if (!weight_ok) return InvalidArgumentError("oracle index: label of vertex {} is malformed (weight)", vertex);
      ++entries;
    }
  }
  return absl::OkStatus();
}

}  // namespace shortcut::oracle_internal
