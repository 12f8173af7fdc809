// The oracle's binary format, version 2 (oracle_file.h):
//
// Little-endian. Header (128 bytes):
//   0 magic "SCORACLE" | 8 u32 version | 12 u32 flags (bit 0: coded weights,
//   bit 1: 12-bit codes)
//   16 u64 graph fingerprint | 24 f64 epsilon | 32 f64 scale ratio
//   40 u64 vertices | 48 u64 paths | 56 u64 stars | 64 u64 entries
//   72 u64 label bytes | 80 u64 explicit ids (0 or vertices) | 88 u64 id base
//   96 u64 aliases | 104 u64 min weight | 112 u64 scales | 120 u64 implied stars
// Sections: scales (5 u64 each), path star offsets (paths + 1 u64), label
// offsets (vertices + 1 u64), label bytes, zero padding to 8 bytes, explicit
// ids (u64 each), aliases (u64 id, u64 vertex), the implied-star bitmap
// (ceil(stars / 64) u64, bit s of word s / 64 set iff star s is implied; not
// in version 1), then a u64 checksum of every byte before it.
//
// Version 1 is the same without the bitmap, field 120 reserved (0), and no
// implied stars: its labels are version-2 labels whose paths imply nothing,
// so it loads as such.
#include "oracle_file.h"

#include <bit>
#include <cstring>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "label_codec.h"
#include "shortcut/core/check.h"
#include "shortcut/core/status.h"

namespace shortcut::oracle_internal {
namespace {

static_assert(std::endian::native == std::endian::little, "the index format is little-endian");

constexpr char kMagic[8] = {'S', 'C', 'O', 'R', 'A', 'C', 'L', 'E'};
constexpr uint32_t kFlagQuantized = 1;
constexpr uint32_t kFlagCode12 = 2;  // with kFlagQuantized: 12-bit codes (version 2 on)
constexpr uint32_t kKnownFlags = kFlagQuantized | kFlagCode12;
constexpr uint64_t kHeaderBytes = 128;
constexpr uint64_t kScaleBytes = 40;  // five u64
constexpr uint64_t kMaxScales = 4096;

uint64_t Checksum(const uint8_t* p, std::size_t n) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ n;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p + i, n - i);
  h = (h ^ tail ^ (uint64_t{n - i} << 56)) * kMul;
  h ^= h >> 29;
  return h;
}

uint64_t PaddedLabelBytes(uint64_t label_bytes) { return label_bytes + (8 - label_bytes % 8) % 8; }

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void U32(uint32_t x) { Raw(&x, 4); }
  void U64(uint64_t x) { Raw(&x, 8); }
  void F64(double x) { Raw(&x, 8); }
  void Raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }

 private:
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(const uint8_t* p) : p_(p) {}
  uint32_t U32() { return Get<uint32_t>(); }
  uint64_t U64() { return Get<uint64_t>(); }
  double F64() { return Get<double>(); }
  const uint8_t* Take(std::size_t n) {
    const uint8_t* at = p_;
    p_ += n;
    return at;
  }

 private:
  template <class T>
  T Get() {
    T x;
    std::memcpy(&x, p_, sizeof(T));
    p_ += sizeof(T);
    return x;
  }
  const uint8_t* p_;
};

void WriteHeader(Writer& w, const OracleFileHeader& h) {
  w.Raw(kMagic, 8);
  w.U32(h.version);
  w.U32(h.flags);
  w.U64(h.fingerprint);
  w.F64(h.epsilon);
  w.F64(h.scale_ratio);
  for (uint64_t x : {h.vertices, h.paths, h.stars, h.entries, h.label_bytes, h.explicit_ids, h.id_base, h.aliases,
                     h.min_weight, h.scales, h.implied_stars}) {
    w.U64(x);
  }
}

// ReadHeader: the fields after the magic; `data` holds at least kHeaderBytes.
OracleFileHeader ReadHeader(const uint8_t* data) {
  Reader r(data + 8);
  OracleFileHeader h;
  h.version = r.U32();
  h.flags = r.U32();
  h.fingerprint = r.U64();
  h.epsilon = r.F64();
  h.scale_ratio = r.F64();
  for (uint64_t* x : {&h.vertices, &h.paths, &h.stars, &h.entries, &h.label_bytes, &h.explicit_ids, &h.id_base,
                      &h.aliases, &h.min_weight, &h.scales, &h.implied_stars}) {
    *x = r.U64();
  }
  return h;
}

// The implied-star bitmap's words (none in version 1).
uint64_t BitmapWords(const OracleFileHeader& h) {
  return h.version < 2 ? 0 : h.stars / 64 + (h.stars % 64 != 0 ? 1 : 0);
}

}  // namespace

std::optional<uint64_t> FileBytes(const OracleFileHeader& h) {
  // header + scales + (paths + 1) path offsets + (n + 1) label offsets +
  // padded labels + explicit ids + aliases (id, vertex) + bitmap + checksum.
  const uint64_t padding = (8 - h.label_bytes % 8) % 8;
  const std::pair<uint64_t, uint64_t> terms[] = {
      {kHeaderBytes, 1},  {h.scales, kScaleBytes}, {h.paths, 8},        {8, 1},          {h.vertices, 8}, {8, 1},
      {h.label_bytes, 1}, {padding, 1},           {h.explicit_ids, 8}, {h.aliases, 16}, {BitmapWords(h), 8},
      {8, 1}};
  uint64_t total = 0;
  for (const auto& [count, bytes] : terms) {
    uint64_t product;
    if (__builtin_mul_overflow(count, bytes, &product) || __builtin_add_overflow(total, product, &total)) {
      return std::nullopt;
    }
  }
  return total;
}

uint64_t FileChecksum(absl::string_view bytes) {
  return Checksum(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

OracleFileHeader OracleFile::HeaderOf(const DistanceOracle& o) {
  OracleFileHeader h;
  h.flags = (o.quantized_ ? kFlagQuantized : 0) | (o.compact_codes_ ? kFlagCode12 : 0);
  h.fingerprint = o.fingerprint_;
  h.epsilon = o.epsilon_;
  h.scale_ratio = o.scale_ratio_;
  h.vertices = o.num_vertices_;
  h.paths = o.num_paths_;
  h.stars = o.num_stars_;
  h.entries = o.num_entries_;
  h.label_bytes = o.labels_.size();
  h.explicit_ids = o.explicit_ids_.size();
  h.id_base = o.id_base_;
  h.aliases = o.aliases_.size();
  h.min_weight = o.min_weight_;
  h.scales = o.scales_.size();
  h.implied_stars = o.implied_index_.size();
  return h;
}

std::string OracleFile::Serialize(const DistanceOracle& o) {
  const OracleFileHeader header = HeaderOf(o);
  const std::optional<uint64_t> size = FileBytes(header);
  SHORTCUT_CHECK(size.has_value());
  std::string out;
  out.reserve(*size);
  Writer w(out);
  WriteHeader(w, header);
  for (const CoverScale& s : o.scales_) {
    for (uint64_t x : {s.upper, s.budget, s.tau, s.radius, s.quantization_error}) w.U64(x);
  }
  for (uint64_t x : o.path_star_begin_) w.U64(x);
  for (uint64_t x : o.offsets_) w.U64(x);
  w.Raw(o.labels_.data(), o.labels_.size());
  const char zeros[8] = {};
  w.Raw(zeros, PaddedLabelBytes(o.labels_.size()) - o.labels_.size());
  for (uint64_t id : o.explicit_ids_) w.U64(id);
  for (const auto& [id, v] : o.aliases_) {
    w.U64(id);
    w.U64(v);
  }
  std::vector<uint64_t> bitmap(BitmapWords(header), 0);
  for (uint64_t p = 0; p < o.num_paths_; ++p) {
    for (uint64_t k = o.path_implied_begin_[p]; k < o.path_implied_begin_[p + 1]; ++k) {
      const uint64_t star = o.path_star_begin_[p] + o.implied_index_[k];
      bitmap[star / 64] |= uint64_t{1} << (star % 64);
    }
  }
  for (uint64_t word : bitmap) w.U64(word);
  w.U64(Checksum(reinterpret_cast<const uint8_t*>(out.data()), out.size()));
  SHORTCUT_DCHECK(out.size() == *size);
  return out;
}

absl::StatusOr<DistanceOracle> OracleFile::Deserialize(absl::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const uint64_t size = bytes.size();
  if (size < 8 || std::memcmp(data, kMagic, 8) != 0) {
    return InvalidArgumentError("not a shortcut oracle index (bad magic)");
  }
  if (size < kHeaderBytes + 8) return InvalidArgumentError("truncated oracle index ({} bytes)", size);
  const OracleFileHeader h = ReadHeader(data);
  if (h.version < kOracleOldestFormatVersion || h.version > kOracleFormatVersion) {
    return InvalidArgumentError("oracle index version {} is not supported (this build reads versions {} to {})",
                                h.version, kOracleOldestFormatVersion, kOracleFormatVersion);
  }
  if ((h.flags & ~kKnownFlags) != 0 || ((h.flags & kFlagCode12) != 0 && (h.flags & kFlagQuantized) == 0) ||
      (h.version < 2 && (h.implied_stars != 0 || (h.flags & kFlagCode12) != 0))) {
    return InvalidArgumentError("oracle index: unknown flags");
  }
  // The counts fix the file size.
  const std::optional<uint64_t> expected = FileBytes(h);
  if (!expected.has_value() || *expected > size) {
    return InvalidArgumentError("truncated oracle index: {} bytes, the header announces {}", size,
                                expected.has_value() ? std::to_string(*expected) : std::string("more than 2^64"));
  }
  if (*expected < size) {
    return InvalidArgumentError("oracle index has {} trailing bytes (expected {})", size - *expected, *expected);
  }
  const uint64_t n = h.vertices, paths = h.paths, label_bytes = h.label_bytes;
  if (n > kMaxVertices || (h.explicit_ids != 0 && h.explicit_ids != n) || h.scales > kMaxScales ||
      h.entries > label_bytes) {
    return InvalidArgumentError(
        "oracle index: header counts are inconsistent (vertices {}, ids {}, scales {}, entries {}, label bytes {})", n,
        h.explicit_ids, h.scales, h.entries, label_bytes);
  }
  uint64_t stored;
  std::memcpy(&stored, data + size - 8, 8);
  if (stored != Checksum(data, size - 8)) return InvalidArgumentError("oracle index is corrupted (checksum mismatch)");
  if (!(h.epsilon > 0) || !(h.epsilon <= 16) || !(h.scale_ratio > 1) || !(h.scale_ratio <= 16)) {
    return InvalidArgumentError("oracle index: epsilon {} or scale ratio {} out of range", h.epsilon,
                                h.scale_ratio);
  }
  DistanceOracle o;
  o.fingerprint_ = h.fingerprint;
  o.epsilon_ = h.epsilon;
  o.scale_ratio_ = h.scale_ratio;
  o.num_vertices_ = static_cast<VertexId>(n);
  o.quantized_ = (h.flags & kFlagQuantized) != 0;
  o.compact_codes_ = (h.flags & kFlagCode12) != 0;
  o.num_paths_ = paths;
  o.num_stars_ = h.stars;
  o.num_entries_ = h.entries;
  o.min_weight_ = h.min_weight;
  o.id_base_ = h.id_base;
  Reader body(data + kHeaderBytes);
  o.scales_.resize(h.scales);
  for (CoverScale& s : o.scales_) {
    for (uint64_t* x : {&s.upper, &s.budget, &s.tau, &s.radius, &s.quantization_error}) *x = body.U64();
  }
  o.path_star_begin_.resize(paths + 1);
  for (uint64_t& x : o.path_star_begin_) x = body.U64();
  if (o.path_star_begin_[0] != 0 || o.path_star_begin_[paths] != h.stars) {
    return InvalidArgumentError("oracle index: path star offsets do not span {} stars", h.stars);
  }
  for (uint64_t p = 0; p < paths; ++p) {
    if (o.path_star_begin_[p] > o.path_star_begin_[p + 1]) {
      return InvalidArgumentError("oracle index: path star offsets decrease at path {}", p);
    }
  }
  o.offsets_.resize(n + 1);
  for (uint64_t& x : o.offsets_) x = body.U64();
  if (o.offsets_[0] != 0 || o.offsets_[n] != label_bytes) {
    return InvalidArgumentError("oracle index: label offsets do not span {} bytes", label_bytes);
  }
  for (uint64_t v = 0; v < n; ++v) {
    if (o.offsets_[v] > o.offsets_[v + 1]) {
      return InvalidArgumentError("oracle index: label offsets decrease at vertex {}", v);
    }
  }
  const uint8_t* labels = body.Take(PaddedLabelBytes(label_bytes));
  o.labels_.assign(labels, labels + label_bytes);
  for (uint64_t i = label_bytes; i < PaddedLabelBytes(label_bytes); ++i) {
    if (labels[i] != 0) return InvalidArgumentError("oracle index: non-zero padding after the labels");
  }
  o.explicit_ids_.resize(h.explicit_ids);
  for (uint64_t& id : o.explicit_ids_) id = body.U64();
  o.aliases_.resize(h.aliases);
  for (auto& [id, v] : o.aliases_) {
    id = body.U64();
    const uint64_t vertex = body.U64();
    if (vertex >= n) return InvalidArgumentError("oracle index: alias {} names vertex {} >= {}", id, vertex, n);
    v = static_cast<VertexId>(vertex);
  }
  // The implied stars, path by path; no bit beyond the last star.
  std::vector<uint64_t> bitmap(BitmapWords(h));
  for (uint64_t& word : bitmap) word = body.U64();
  if (h.stars % 64 != 0 && !bitmap.empty() && (bitmap.back() >> (h.stars % 64)) != 0) {
    return InvalidArgumentError("oracle index: the implied-star bitmap has bits beyond star {}", h.stars);
  }
  o.path_implied_begin_.assign(1, 0);
  for (uint64_t p = 0; p < paths; ++p) {
    for (uint64_t star = o.path_star_begin_[p]; !bitmap.empty() && star < o.path_star_begin_[p + 1]; ++star) {
      if ((bitmap[star / 64] >> (star % 64) & 1) == 0) continue;
      if (star - o.path_star_begin_[p] > UINT32_MAX) {
        return InvalidArgumentError("oracle index: path {} has more than 2^32 stars", p);
      }
      o.implied_index_.push_back(static_cast<uint32_t>(star - o.path_star_begin_[p]));
    }
    o.path_implied_begin_.push_back(o.implied_index_.size());
  }
  if (o.implied_index_.size() != h.implied_stars) {
    return InvalidArgumentError("oracle index: {} implied stars, the header says {}", o.implied_index_.size(),
                                h.implied_stars);
  }
  // Labels: every one must decode in bounds, so that Query never leaves the
  // buffer.
  uint64_t counted = 0;
  const ImpliedStars implied{o.path_implied_begin_, o.implied_index_};
  for (uint64_t v = 0; v < n; ++v) {
    SHORTCUT_RETURN_IF_ERROR(ValidateLabel(
        v, std::span<const uint8_t>(o.labels_.data() + o.offsets_[v], o.offsets_[v + 1] - o.offsets_[v]),
        o.path_star_begin_, implied, o.Format(), counted));
  }
  if (counted != h.entries) {
    return InvalidArgumentError("oracle index: labels hold {} entries, the header says {}", counted, h.entries);
  }
  if (h.explicit_ids == 0) {
    for (const auto& [id, v] : o.aliases_) {
      if (id >= h.id_base && id - h.id_base < n) {
        return InvalidArgumentError("oracle index: alias {} collides with a vertex id", id);
      }
    }
  }
  o.ids_ = ExternalIdIndex(o.num_vertices_, h.id_base, o.explicit_ids_, o.aliases_);
  if (!o.ids_.Distinct()) return InvalidArgumentError("oracle index: external ids are not distinct");
  return o;
}


}  // namespace shortcut::oracle_internal
