#include "line_reader.h"

#include <lzma.h>
#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>

#include "shortcut/io/file.h"

namespace shortcut::io_internal {
namespace {

constexpr std::size_t kInitialBuffer = std::size_t{1} << 20;
constexpr std::size_t kCompressedChunk = std::size_t{1} << 18;

// FileSource: a plain file, with the first bytes optionally already read
// (the magic-number probe) and handed out first.
class FileSource final : public ByteSource {
 public:
  FileSource(std::FILE* file, uint64_t size) : file_(file), size_(size) {}
  ~FileSource() override { std::fclose(file_); }

  absl::StatusOr<std::size_t> Read(char* out, std::size_t capacity) override {
    std::size_t n = 0;
    if (prefix_pos_ < prefix_.size()) {
      n = std::min(capacity, prefix_.size() - prefix_pos_);
      std::memcpy(out, prefix_.data() + prefix_pos_, n);
      prefix_pos_ += n;
      return n;
    }
    n = std::fread(out, 1, capacity, file_);
    if (n == 0 && std::ferror(file_)) {
      return absl::InvalidArgumentError(fmt::format("read error: {}", std::strerror(errno)));
    }
    return n;
  }
  uint64_t SizeHint() const override { return size_; }

  // Probe: reads up to `bytes` bytes that Read will return first.
  absl::Status Probe(std::size_t bytes) {
    prefix_.resize(bytes);
    const std::size_t n = std::fread(prefix_.data(), 1, bytes, file_);
    if (n < bytes && std::ferror(file_)) {
      return absl::InvalidArgumentError(
          fmt::format("cannot read: {}", std::strerror(errno == 0 ? EIO : errno)));
    }
    prefix_.resize(n);
    return absl::OkStatus();
  }
  const std::string& prefix() const { return prefix_; }

 private:
  std::FILE* file_;
  uint64_t size_;
  std::string prefix_;
  std::size_t prefix_pos_ = 0;
};

// GzipSource: gzip (or zlib) data, including concatenated gzip members.
class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), in_(kCompressedChunk) {
    std::memset(&zs_, 0, sizeof(zs_));
    ok_ = inflateInit2(&zs_, 15 + 32) == Z_OK;
  }
  ~GzipSource() override { inflateEnd(&zs_); }

  absl::StatusOr<std::size_t> Read(char* out, std::size_t capacity) override {
    if (!ok_) return absl::InternalError("zlib initialisation failed");
    if (done_) return std::size_t{0};
    const uInt want = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = want;
    while (zs_.avail_out > 0) {
      if (zs_.avail_in == 0 && !raw_eof_) {
        SHORTCUT_ASSIGN_OR_RETURN(std::size_t n, raw_->Read(in_.data(), in_.size()));
        if (n == 0) raw_eof_ = true;
        zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
        zs_.avail_in = static_cast<uInt>(n);
      }
      if (zs_.avail_in == 0 && raw_eof_) {
        if (in_member_) return absl::InvalidArgumentError("truncated gzip data (unexpected end of file)");
        done_ = true;
        break;
      }
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // Another member may follow (concatenated gzip files).
        in_member_ = false;
        inflateReset(&zs_);
        continue;
      }
      if (rc == Z_OK) {
        in_member_ = true;
        continue;
      }
      if (rc == Z_BUF_ERROR) {  // no progress possible: need more input
        in_member_ = true;
        if (raw_eof_) return absl::InvalidArgumentError("truncated gzip data (unexpected end of file)");
        continue;
      }
      return absl::InvalidArgumentError(
          fmt::format("corrupt gzip data ({})", zs_.msg != nullptr ? zs_.msg : zError(rc)));
    }
    return std::size_t{want - zs_.avail_out};
  }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::vector<char> in_;
  z_stream zs_;
  bool ok_ = false;
  bool raw_eof_ = false;
  bool done_ = false;
  bool in_member_ = false;
};

// XzSource: xz (and lzma) data, concatenated streams allowed.
class XzSource final : public ByteSource {
 public:
  explicit XzSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), in_(kCompressedChunk) {
    ok_ = lzma_stream_decoder(&strm_, UINT64_MAX, LZMA_CONCATENATED) == LZMA_OK;
  }
  ~XzSource() override { lzma_end(&strm_); }

  absl::StatusOr<std::size_t> Read(char* out, std::size_t capacity) override {
    if (!ok_) return absl::InternalError("liblzma initialisation failed");
    if (done_) return std::size_t{0};
    strm_.next_out = reinterpret_cast<uint8_t*>(out);
    strm_.avail_out = capacity;
    while (strm_.avail_out > 0) {
      if (strm_.avail_in == 0 && !raw_eof_) {
        SHORTCUT_ASSIGN_OR_RETURN(std::size_t n, raw_->Read(in_.data(), in_.size()));
        if (n == 0) raw_eof_ = true;
        strm_.next_in = reinterpret_cast<const uint8_t*>(in_.data());
        strm_.avail_in = n;
      }
      const lzma_ret rc = lzma_code(&strm_, raw_eof_ ? LZMA_FINISH : LZMA_RUN);
      if (rc == LZMA_STREAM_END) {
        done_ = true;
        break;
      }
      if (rc == LZMA_OK) continue;
      if (rc == LZMA_BUF_ERROR) {
        return absl::InvalidArgumentError("truncated xz data (unexpected end of file)");
      }
      return absl::InvalidArgumentError(fmt::format("corrupt xz data (liblzma error {})", static_cast<int>(rc)));
    }
    return capacity - strm_.avail_out;
  }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::vector<char> in_;
  lzma_stream strm_ = LZMA_STREAM_INIT;
  bool ok_ = false;
  bool raw_eof_ = false;
  bool done_ = false;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ByteSource>> OpenInput(const std::string& path, Compression* compression) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ErrnoStatus(errno, path, "cannot open");
  struct stat st;
  uint64_t size = 0;
  if (fstat(fileno(f), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      std::fclose(f);
      return InvalidArgumentError("{}: is a directory", path);
    }
    if (S_ISREG(st.st_mode)) size = static_cast<uint64_t>(st.st_size);
  }
  auto file = std::make_unique<FileSource>(f, size);
  if (absl::Status st2 = file->Probe(6); !st2.ok()) return Annotate(st2, path);
  const std::string& magic = file->prefix();
  Compression kind = Compression::kNone;
  if (magic.size() >= 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
      static_cast<unsigned char>(magic[1]) == 0x8b) {
    kind = Compression::kGzip;
  } else if (magic.size() >= 6 && std::memcmp(magic.data(), "\xfd" "7zXZ\0", 6) == 0) {
    kind = Compression::kXz;
  }
  if (compression != nullptr) *compression = kind;
  switch (kind) {
    case Compression::kGzip: return std::unique_ptr<ByteSource>(new GzipSource(std::move(file)));
    case Compression::kXz: return std::unique_ptr<ByteSource>(new XzSource(std::move(file)));
    case Compression::kNone: break;
  }
  return std::unique_ptr<ByteSource>(std::move(file));
}

std::string Quote(std::string_view text) {
  std::string out = "'";
  const std::size_t limit = 40;
  for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("\\x{:02x}", c);
    }
  }
  if (text.size() > limit) out += "...";
  out += "'";
  return out;
}

LineReader::LineReader(ByteSource* source, std::string_view name, uint64_t max_line_bytes)
    : source_(source), name_(name), max_line_bytes_(max_line_bytes) {
  buffer_.resize(static_cast<std::size_t>(
      std::min<uint64_t>(kInitialBuffer, std::max<uint64_t>(max_line_bytes + 2, 4096))));
  data_ = buffer_.data();
}

LineReader::LineReader(std::string_view data, std::string_view name, uint64_t max_line_bytes)
    : name_(name), max_line_bytes_(max_line_bytes), data_(data.data()), end_(data.size()), eof_(true),
      bytes_(data.size()) {}

bool LineReader::Fill() {
  if (eof_ || !status_.ok()) return false;
  if (pos_ > 0) {  // move the partial line to the front
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    scan_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buffer_.size()) {
    // The partial line fills the buffer: grow (doubling keeps the total
    // copying linear in the line length).
    buffer_.resize(buffer_.size() * 2);
    data_ = buffer_.data();
  }
  absl::StatusOr<std::size_t> n = source_->Read(buffer_.data() + end_, buffer_.size() - end_);
  if (!n.ok()) {
    status_ = absl::Status(n.status().code(),
                           fmt::format("{}:{}: {}", name_, line_ + 1, n.status().message()));
    return false;
  }
  if (*n == 0) {
    eof_ = true;
    return false;
  }
  end_ += *n;
  bytes_ += *n;
  return true;
}

bool LineReader::LineTooLong() {
  status_ = ErrorAt(line_ + 1, "line longer than {} bytes (binary data?)", max_line_bytes_);
  end_ = pos_ = scan_ = 0;
  eof_ = true;
  return false;
}

bool LineReader::NextSlow(std::string_view* line) {
  for (;;) {
    if (!status_.ok()) return false;
    const char* nl = static_cast<const char*>(
        scan_ < end_ ? std::memchr(data_ + scan_, '\n', end_ - scan_) : nullptr);
    if (nl != nullptr) {
      scan_ = pos_;  // Next() rescans nothing: restart from the line start
      return Next(line);
    }
    scan_ = end_;
    if (end_ - pos_ > max_line_bytes_) return LineTooLong();
    if (source_ == nullptr || !Fill()) {
      if (!status_.ok()) return false;
      if (pos_ == end_) return false;  // clean end of input
      // Last line without a newline.
      std::size_t len = end_ - pos_;
      if (len > 0 && data_[pos_ + len - 1] == '\r') --len;
      *line = std::string_view(data_ + pos_, len);
      pos_ = scan_ = end_;
      ++line_;
      return true;
    }
  }
}

std::string_view LineReader::Peek(std::size_t bytes) {
  if (source_ != nullptr) {
    while (end_ - pos_ < bytes && end_ < buffer_.size() && Fill()) {
    }
  }
  return std::string_view(data_ + pos_, std::min(end_ - pos_, bytes));
}

bool ParseDouble(std::string_view token, double* out) {
  if (token.empty()) return false;
  const char* begin = token.data();
  const char* end = token.data() + token.size();
  if (*begin == '+') ++begin;  // from_chars rejects a leading '+'
  if (begin == end) return false;
  auto [p, ec] = std::from_chars(begin, end, *out);
  if (ec == std::errc::result_out_of_range) {
    // Too large: report it as infinite (callers reject it); too small: 0.
    bool negative = *begin == '-';
    double mag = 0;
    // Decide the direction from the exponent sign, if any.
    const std::string_view rest(begin, static_cast<std::size_t>(end - begin));
    const std::size_t e = rest.find_first_of("eE");
    const bool tiny = e != std::string_view::npos && e + 1 < rest.size() && rest[e + 1] == '-';
    mag = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    *out = negative ? -mag : mag;
    return p == end;
  }
  return ec == std::errc() && p == end;
}

absl::Status ParseUintField(Fields& fields, const LineReader& in, std::string_view what, uint64_t* out) {
  std::string_view token;
  if (!fields.Next(&token)) return in.Error("missing {}", what);
  if (!ParseUint(token, out)) {
    if (!token.empty() && token[0] == '-') return in.Error("{} {} is negative", what, Quote(token));
    return in.Error("{} {} is not a non-negative integer", what, Quote(token));
  }
  return absl::OkStatus();
}

absl::Status ParseDoubleField(Fields& fields, const LineReader& in, std::string_view what, double* out) {
  std::string_view token;
  if (!fields.Next(&token)) return in.Error("missing {}", what);
  if (!ParseDouble(token, out)) return in.Error("{} {} is not a number", what, Quote(token));
  return absl::OkStatus();
}

absl::Status ParseCoordinateField(Fields& fields, const LineReader& in, std::string_view what,
                                  double* out) {
  SHORTCUT_RETURN_IF_ERROR(ParseDoubleField(fields, in, what, out));
  if (!std::isfinite(*out)) return in.Error("{} is not finite", what);
  return absl::OkStatus();
}

absl::Status ExpectEnd(Fields& fields, const LineReader& in, std::string_view context) {
  if (!fields.Empty()) return in.Error("unexpected {} after {}", Quote(fields.Rest()), context);
  return absl::OkStatus();
}

template <>
absl::Status ParseWeight<uint32_t>(std::string_view token, const LineReader& in, uint32_t* out) {
  uint64_t value = 0;
  if (ParseUint(token, &value)) {
    if (value > std::numeric_limits<uint32_t>::max()) {
      return in.Error("weight {} exceeds the largest integer weight 4294967295", Quote(token));
    }
    *out = static_cast<uint32_t>(value);
    return absl::OkStatus();
  }
  double d = 0;
  if (!ParseDouble(token, &d)) return in.Error("weight {} is not a number", Quote(token));
  if (std::isnan(d)) return in.Error("weight {} is NaN", Quote(token));
  if (d < 0) return in.Error("weight {} is negative", Quote(token));
  if (std::isinf(d)) return in.Error("weight {} is not finite", Quote(token));
  if (d != std::floor(d)) {
    return in.Error("weight {} is not an integer (integer weights are required; read it as a double graph)",
                    Quote(token));
  }
  if (d > 4294967295.0) {
    return in.Error("weight {} exceeds the largest integer weight 4294967295", Quote(token));
  }
  *out = static_cast<uint32_t>(d);
  return absl::OkStatus();
}

template <>
absl::Status ParseWeight<double>(std::string_view token, const LineReader& in, double* out) {
  double d = 0;
  if (!ParseDouble(token, &d)) return in.Error("weight {} is not a number", Quote(token));
  if (std::isnan(d)) return in.Error("weight {} is NaN", Quote(token));
  if (d < 0) return in.Error("weight {} is negative", Quote(token));
  if (std::isinf(d)) return in.Error("weight {} is not finite", Quote(token));
  *out = d;
  return absl::OkStatus();
}

absl::Status CheckVertexCount(uint64_t n, uint64_t limit, const LineReader& in) {
  if (n > kMaxVertices) {
    return absl::ResourceExhaustedError(fmt::format(
        "{}:{}: {} vertices do not fit 32-bit vertex ids (at most {})", in.name(), in.line_number(), n,
        kMaxVertices));
  }
  if (n > limit) {
    return absl::ResourceExhaustedError(fmt::format("{}:{}: {} vertices exceed the limit of {}", in.name(),
                                                    in.line_number(), n, limit));
  }
  return absl::OkStatus();
}

}  // namespace shortcut::io_internal
