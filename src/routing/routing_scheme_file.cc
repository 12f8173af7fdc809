// The routing scheme file (docs/routing.md, "File format"): Serialize,
// Deserialize (validating every table and header), Save and Load.
#include <fmt/format.h>

#include <cstring>

#include "../labeling/varint.h"
#include "routing_table.h"
#include "shortcut/core/status.h"
#include "shortcut/cover/cover_scales.h"
#include "shortcut/io/file.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut {
namespace {

constexpr char kMagic[8] = {'S', 'C', 'R', 'O', 'U', 'T', 'E', 'S'};
constexpr std::size_t kHeaderBytes = 88;

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
absl::Status Bad(std::string_view what) { return absl::InvalidArgumentError(fmt::format("routing file: {}", what)); }

void PutBytes(std::string& out, const std::vector<uint8_t>& bytes) {
  out.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  out.append(Pad8(bytes.size()) - bytes.size(), '\0');
}

// ReadSection: n + 1 offsets spanning `len` bytes at `at`, then the bytes
// (zero-padded to 8).
absl::Status ReadSection(std::string_view bytes, std::size_t& at, uint64_t n, std::size_t offsets_at, uint64_t len,
                         std::vector<uint64_t>& offsets, std::vector<uint8_t>& data, std::string_view what) {
  offsets.resize(n + 1);
  for (uint64_t v = 0; v <= n; ++v) offsets[v] = GetU64(bytes, offsets_at + 8 * v);
  if (offsets[0] != 0 || offsets[n] != len) return Bad(fmt::format("{} offsets do not span the {}", what, what));
  for (uint64_t v = 0; v < n; ++v) {
    if (offsets[v + 1] < offsets[v]) return Bad(fmt::format("decreasing {} offsets", what));
  }
  data.assign(bytes.begin() + at, bytes.begin() + at + len);
  for (uint64_t i = len; i < Pad8(len); ++i) {
    if (bytes[at + i] != 0) return Bad("non-zero padding");
  }
  at += Pad8(len);
  return absl::OkStatus();
}

}  // namespace

std::string RoutingScheme::Serialize() const {
  const uint64_t n = NumVertices();
  std::string out;
  out.append(kMagic, 8);
  const uint32_t version = kRoutingFormatVersion, flags = 0;
  out.append(reinterpret_cast<const char*>(&version), 4);
  out.append(reinterpret_cast<const char*>(&flags), 4);
  PutU64(out, fingerprint_);
  uint64_t eps_bits = 0;
  std::memcpy(&eps_bits, &epsilon_, 8);
  PutU64(out, eps_bits);
  PutU64(out, n);
  PutU64(out, num_stars_);
  PutU64(out, tables_.size());
  PutU64(out, headers_.size());
  PutU64(out, ids_.size());
  PutU64(out, id_base_);
  PutU64(out, aliases_.size());
  for (uint64_t o : table_offsets_) PutU64(out, o);
  for (uint64_t o : header_offsets_) PutU64(out, o);
  PutBytes(out, tables_);
  PutBytes(out, headers_);
  for (uint64_t id : ids_) PutU64(out, id);
  for (const auto& [id, v] : aliases_) {
    PutU64(out, id);
    PutU64(out, v);
  }
  PutU64(out, DistanceOracle::FileChecksum(absl::string_view(out.data(), out.size())));
  return out;
}

absl::StatusOr<RoutingScheme> RoutingScheme::Deserialize(std::string_view bytes) {
  if (bytes.size() < kHeaderBytes + 24) return Bad("truncated (shorter than its header)");
  if (std::memcmp(bytes.data(), kMagic, 8) != 0) return Bad("not a shortcut routing file (bad magic)");
  uint32_t version = 0, flags = 0;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&flags, bytes.data() + 12, 4);
  if (version != kRoutingFormatVersion) {
    return Bad(fmt::format("format version {}, this build reads version {}", version, kRoutingFormatVersion));
  }
  if (flags != 0) return Bad(fmt::format("unknown flags {:#x}", flags));
  RoutingScheme out;
  out.fingerprint_ = GetU64(bytes, 16);
  const uint64_t eps_bits = GetU64(bytes, 24);
  std::memcpy(&out.epsilon_, &eps_bits, 8);
  const uint64_t n = GetU64(bytes, 32), stars = GetU64(bytes, 40), table_bytes = GetU64(bytes, 48);
  const uint64_t header_bytes = GetU64(bytes, 56), num_ids = GetU64(bytes, 64), base = GetU64(bytes, 72);
  const uint64_t num_aliases = GetU64(bytes, 80);
  if (!(out.epsilon_ > 0 && out.epsilon_ <= kMaxCoverEpsilon)) return Bad("epsilon out of range");
  const uint64_t words = bytes.size() / 8;
  if (n >= kNoVertex || n + 1 > words / 2 || table_bytes > bytes.size() || header_bytes > bytes.size() ||
      num_ids > words || num_aliases > words / 2) {
    return Bad("truncated (the counts cannot fit the file)");
  }
  if (num_ids != 0 && num_ids != n) return Bad("the id count is neither 0 nor the vertex count");
  const uint64_t expected = kHeaderBytes + 16 * (n + 1) + Pad8(table_bytes) + Pad8(header_bytes) + 8 * num_ids +
                            16 * num_aliases + 8;
  if (bytes.size() < expected) return Bad("truncated");
  if (bytes.size() > expected) return Bad("trailing bytes");
  if (DistanceOracle::FileChecksum(absl::string_view(bytes.data(), bytes.size() - 8)) !=
      GetU64(bytes, bytes.size() - 8)) {
    return Bad("corrupted (checksum mismatch)");
  }
  std::size_t at = kHeaderBytes + 16 * (n + 1);
  SHORTCUT_RETURN_IF_ERROR(
      ReadSection(bytes, at, n, kHeaderBytes, table_bytes, out.table_offsets_, out.tables_, "table"));
  SHORTCUT_RETURN_IF_ERROR(ReadSection(bytes, at, n, kHeaderBytes + 8 * (n + 1), header_bytes, out.header_offsets_,
                                       out.headers_, "header"));
  out.ids_.resize(num_ids);
  for (uint64_t v = 0; v < num_ids; ++v, at += 8) out.ids_[v] = GetU64(bytes, at);
  out.aliases_.resize(num_aliases);
  for (uint64_t i = 0; i < num_aliases; ++i, at += 16) {
    const uint64_t v = GetU64(bytes, at + 8);
    if (v >= n) return Bad("an alias names no vertex");
    out.aliases_[i] = {GetU64(bytes, at), static_cast<VertexId>(v)};
  }
  if (num_ids == 0 && n > 0 && base > ~uint64_t{0} - n) return Bad("id base out of range");
  out.id_base_ = num_ids == 0 ? base : 0;
  out.num_stars_ = stars;
  out.index_ = ExternalIdIndex(static_cast<VertexId>(n), out.id_base_, out.ids_, out.aliases_);
  if (!out.index_.Distinct()) return Bad("two vertices share an id");
  for (VertexId v = 0; v < n; ++v) {
    if (absl::Status st = ValidateRoutingTable(out.Table(v), n, stars); !st.ok()) {
      return Bad(fmt::format("malformed table {}: {}", v, st.message()));
    }
    if (absl::Status st = ValidateRoutingHeader(out.Header(v), n, stars); !st.ok()) {
      return Bad(fmt::format("malformed header {}: {}", v, st.message()));
    }
    routing_internal::TableView t;
    routing_internal::ParseTable(out.Table(v), t);
    const uint8_t* h = out.Header(v).data();
    uint64_t hv = 0;
    labeling_internal::ReadVarint(h, h + out.Header(v).size(), hv);
    if (t.vertex != v || hv != v) return Bad(fmt::format("the table or header of vertex {} names another vertex", v));
  }
  out.ComputeSizes();
  return out;
}

absl::Status RoutingScheme::Save(const std::string& path) const { return WriteFileAtomic(path, Serialize()); }

absl::StatusOr<RoutingScheme> RoutingScheme::Load(const std::string& path) {
  SHORTCUT_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path, kNoSizeLimit, FileKind::kRegular));
  absl::StatusOr<RoutingScheme> scheme = Deserialize(bytes);
  if (!scheme.ok()) return absl::InvalidArgumentError(fmt::format("{}: {}", path, scheme.status().message()));
  return scheme;
}

}  // namespace shortcut
