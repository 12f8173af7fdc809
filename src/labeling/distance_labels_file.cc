// The labels file (docs/distance_labels.md, "File format"): Serialize,
// Deserialize (validating every byte), Save and Load.
#include <fmt/format.h>

#include <cmath>
#include <cstring>

#include "shortcut/core/status.h"
#include "shortcut/cover/cover_scales.h"
#include "shortcut/io/file.h"
#include "shortcut/labeling/distance_labels.h"

namespace shortcut {
namespace {

constexpr char kMagic[8] = {'S', 'C', 'L', 'A', 'B', 'E', 'L', 'S'};
constexpr std::size_t kHeaderBytes = 80;

void PutU64(std::string& out, uint64_t x) {
  char b[8];
  std::memcpy(b, &x, 8);  // little-endian hosts only (as the oracle index)
  out.append(b, 8);
}
uint64_t GetU64(std::string_view bytes, std::size_t at) {
  uint64_t x = 0;
  std::memcpy(&x, bytes.data() + at, 8);
  return x;
}
uint64_t Pad8(uint64_t x) { return (x + 7) & ~uint64_t{7}; }

absl::Status Bad(std::string_view what) {
  return absl::InvalidArgumentError(fmt::format("labels file: {}", what));
}

}  // namespace

std::string DistanceLabels::Serialize() const {
  const uint64_t n = NumVertices();
  std::string out;
  out.reserve(kHeaderBytes + 8 * (n + 1) + Pad8(bytes_.size()) + 8 * ids_.size() + 16 * aliases_.size() + 8);
  out.append(kMagic, 8);
  const uint32_t version = kDistanceLabelFormatVersion, flags = 0;
  out.append(reinterpret_cast<const char*>(&version), 4);
  out.append(reinterpret_cast<const char*>(&flags), 4);
  PutU64(out, fingerprint_);
  uint64_t eps_bits = 0;
  std::memcpy(&eps_bits, &epsilon_, 8);
  PutU64(out, eps_bits);
  PutU64(out, n);
  PutU64(out, num_stars_);
  PutU64(out, bytes_.size());
  PutU64(out, ids_.size());
  PutU64(out, id_base_);
  PutU64(out, aliases_.size());
  for (uint64_t o : offsets_) PutU64(out, o);
  out.append(reinterpret_cast<const char*>(bytes_.data()), bytes_.size());
  out.append(Pad8(bytes_.size()) - bytes_.size(), '\0');
  for (uint64_t id : ids_) PutU64(out, id);
  for (const auto& [id, v] : aliases_) {
    PutU64(out, id);
    PutU64(out, v);
  }
  PutU64(out, DistanceOracle::FileChecksum(absl::string_view(out.data(), out.size())));
  return out;
}

absl::StatusOr<DistanceLabels> DistanceLabels::Deserialize(std::string_view bytes) {
  if (bytes.size() < kHeaderBytes + 16) return Bad("truncated (shorter than its header)");
  if (std::memcmp(bytes.data(), kMagic, 8) != 0) return Bad("not a shortcut labels file (bad magic)");
  uint32_t version = 0, flags = 0;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&flags, bytes.data() + 12, 4);
  if (version != kDistanceLabelFormatVersion) {
    return Bad(fmt::format("format version {}, this build reads version {}", version, kDistanceLabelFormatVersion));
  }
  if (flags != 0) return Bad(fmt::format("unknown flags {:#x}", flags));
  DistanceLabels out;
  out.fingerprint_ = GetU64(bytes, 16);
  const uint64_t eps_bits = GetU64(bytes, 24);
  std::memcpy(&out.epsilon_, &eps_bits, 8);
  const uint64_t n = GetU64(bytes, 32), stars = GetU64(bytes, 40), label_bytes = GetU64(bytes, 48);
  const uint64_t num_ids = GetU64(bytes, 56), base = GetU64(bytes, 64), num_aliases = GetU64(bytes, 72);
  if (!(out.epsilon_ > 0 && out.epsilon_ <= kMaxCoverEpsilon)) return Bad("epsilon out of range");
  const uint64_t words = bytes.size() / 8;
  if (n >= kNoVertex || n + 1 > words || label_bytes > bytes.size() || num_ids > words ||
      num_aliases > words / 2) {
    return Bad("truncated (the counts cannot fit the file)");
  }
  if (num_ids != 0 && num_ids != n) return Bad("the id count is neither 0 nor the vertex count");
  const uint64_t expected = kHeaderBytes + 8 * (n + 1) + Pad8(label_bytes) + 8 * num_ids + 16 * num_aliases + 8;
  if (bytes.size() < expected) return Bad("truncated");
  if (bytes.size() > expected) return Bad("trailing bytes");
  if (DistanceOracle::FileChecksum(absl::string_view(bytes.data(), bytes.size() - 8)) != GetU64(bytes, bytes.size() - 8)) {
    return Bad("corrupted (checksum mismatch)");
  }
  std::size_t at = kHeaderBytes;
  out.offsets_.resize(n + 1);
  for (uint64_t v = 0; v <= n; ++v, at += 8) out.offsets_[v] = GetU64(bytes, at);
  if (out.offsets_[0] != 0 || out.offsets_[n] != label_bytes) return Bad("label offsets do not span the labels");
  for (uint64_t v = 0; v < n; ++v) {
    if (out.offsets_[v + 1] < out.offsets_[v]) return Bad("decreasing label offsets");
  }
  out.bytes_.assign(bytes.begin() + at, bytes.begin() + at + label_bytes);
  for (uint64_t i = label_bytes; i < Pad8(label_bytes); ++i) {
    if (bytes[at + i] != 0) return Bad("non-zero padding");
  }
  at += Pad8(label_bytes);
  out.ids_.resize(num_ids);
  for (uint64_t v = 0; v < num_ids; ++v, at += 8) out.ids_[v] = GetU64(bytes, at);
  out.aliases_.resize(num_aliases);
  for (uint64_t i = 0; i < num_aliases; ++i, at += 16) {
    const uint64_t v = GetU64(bytes, at + 8);
    if (v >= n) return Bad("an alias names no vertex");
    out.aliases_[i] = {GetU64(bytes, at), static_cast<VertexId>(v)};
  }
  out.id_base_ = num_ids == 0 ? base : 0;
  if (num_ids == 0 && n > 0 && base > ~uint64_t{0} - n) return Bad("id base out of range");
  out.num_stars_ = stars;
  out.index_ = ExternalIdIndex(static_cast<VertexId>(n), out.id_base_, out.ids_, out.aliases_);
  if (!out.index_.Distinct()) return Bad("two vertices share an id");
  for (VertexId v = 0; v < n; ++v) {
    if (absl::Status st = ValidateLabel(out.Label(v), n, stars); !st.ok()) {
      return Bad(fmt::format("malformed label {}: {}", v, st.message()));
    }
    if (LabelVertex(out.Label(v)) != v) return Bad(fmt::format("label {} names vertex {}", v, LabelVertex(out.Label(v))));
  }
  out.ComputeSizes();
  return out;
}

absl::Status DistanceLabels::Save(const std::string& path) const { return WriteFileAtomic(path, Serialize()); }

absl::StatusOr<DistanceLabels> DistanceLabels::Load(const std::string& path) {
  SHORTCUT_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path, kNoSizeLimit, FileKind::kRegular));
  absl::StatusOr<DistanceLabels> labels = Deserialize(bytes);
  if (!labels.ok()) return absl::InvalidArgumentError(fmt::format("{}: {}", path, labels.status().message()));
  return labels;
}

}  // namespace shortcut
