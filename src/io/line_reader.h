// Internal to src/io (not installed): byte sources (plain files, gzip and xz
// streams, memory buffers), a line reader over them, and the small number
// parsers every text format shares.
//
// LineReader hands out one line at a time as a string_view into its buffer
// (valid until the next call). It never copies a line twice: the unscanned
// tail is moved to the front of the buffer once per refill, and the buffer
// doubles when a line does not fit, so a line of L bytes costs O(L). Lines
// longer than max_line_bytes are an error. Every error message has the form
// "NAME:LINE: what is wrong".
#ifndef SHORTCUT_SRC_IO_LINE_READER_H_
#define SHORTCUT_SRC_IO_LINE_READER_H_

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/status.h"
#include "shortcut/core/types.h"

namespace shortcut::io_internal {

// ByteSource: a stream of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Read: up to `capacity` bytes into `out`; returns 0 only at the end of the
  // input. Errors (corrupt or truncated compressed data, read failures) have
  // a message without location; the line reader adds it.
  virtual absl::StatusOr<std::size_t> Read(char* out, std::size_t capacity) = 0;
  // SizeHint: the number of bytes the stream will produce if known, else 0.
  virtual uint64_t SizeHint() const { return 0; }
};

enum class Compression { kNone, kGzip, kXz };

// OpenInput: opens `path`; gzip and xz data (recognised by their magic
// bytes, whatever the extension) are decompressed on the fly.
// Errors: the open errors of shortcut/io/file.h (NotFound for a missing
// file, PermissionDenied, ...); InvalidArgument for a directory or a read
// failure.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenInput(const std::string& path,
                                                      Compression* compression = nullptr);

// Quote: `text` for an error message: at most 40 characters, non-printable
// bytes as \xNN.
std::string Quote(std::string_view text);

class LineReader {
 public:
  // Over a source (owned elsewhere).
  LineReader(ByteSource* source, std::string_view name, uint64_t max_line_bytes);
  // Over a buffer in memory: no copy.
  LineReader(std::string_view data, std::string_view name, uint64_t max_line_bytes);

  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Next: the next line without its "\n" or "\r\n". Returns false at the end
  // of the input or on error (then status() is not OK).
  bool Next(std::string_view* line) {
    const char* nl = static_cast<const char*>(
        scan_ < end_ ? std::memchr(data_ + scan_, '\n', end_ - scan_) : nullptr);
    if (nl == nullptr) return NextSlow(line);
    const std::size_t stop = static_cast<std::size_t>(nl - data_);
    if (stop - pos_ > max_line_bytes_) return LineTooLong();
    std::size_t len = stop - pos_;
    if (len > 0 && data_[pos_ + len - 1] == '\r') --len;
    *line = std::string_view(data_ + pos_, len);
    pos_ = scan_ = stop + 1;
    ++line_;
    return true;
  }

  // Peek: at least the first `bytes` bytes of the input (fewer if the input
  // is shorter) without consuming anything. Only before the first Next().
  std::string_view Peek(std::size_t bytes);

  uint64_t line_number() const { return line_; }
  const absl::Status& status() const { return status_; }
  std::string_view name() const { return name_; }
  // bytes(): bytes consumed from the source so far (uncompressed).
  uint64_t bytes() const { return bytes_; }
  uint64_t SizeHint() const { return source_ != nullptr ? source_->SizeHint() : end_; }

  // Error: InvalidArgument "NAME:LINE: message" at the current line.
  template <class... Args>
  absl::Status Error(fmt::format_string<Args...> f, Args&&... args) const {
    return ErrorAt(line_, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  absl::Status ErrorAt(uint64_t line, fmt::format_string<Args...> f, Args&&... args) const {
    return absl::InvalidArgumentError(
        fmt::format("{}:{}: {}", name_, line, fmt::format(f, std::forward<Args>(args)...)));
  }
  // EndError: an error about the end of the input ("NAME:LINE: ..." with the
  // last line number).
  template <class... Args>
  absl::Status EndError(fmt::format_string<Args...> f, Args&&... args) const {
    return ErrorAt(line_ == 0 ? 1 : line_, f, std::forward<Args>(args)...);
  }

 private:
  bool NextSlow(std::string_view* line);
  bool LineTooLong();
  // Fill: reads more input after end_; false at end of input or on error.
  bool Fill();

  ByteSource* source_ = nullptr;
  std::string name_;
  uint64_t max_line_bytes_;
  std::vector<char> buffer_;
  const char* data_ = nullptr;
  std::size_t pos_ = 0;   // start of the next line
  std::size_t scan_ = 0;  // bytes before scan_ (from pos_) contain no '\n'
  std::size_t end_ = 0;   // end of valid data
  bool eof_ = false;
  uint64_t line_ = 0;
  uint64_t bytes_ = 0;
  absl::Status status_;
};

// Fields: whitespace-separated tokens of one line.
class Fields {
 public:
  explicit Fields(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}
  static bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
  // Next: the next token, or false when none is left.
  bool Next(std::string_view* token) {
    while (p_ < end_ && IsSpace(*p_)) ++p_;
    if (p_ == end_) return false;
    const char* start = p_;
    while (p_ < end_ && !IsSpace(*p_)) ++p_;
    *token = std::string_view(start, static_cast<std::size_t>(p_ - start));
    return true;
  }
  bool Empty() {
    while (p_ < end_ && IsSpace(*p_)) ++p_;
    return p_ == end_;
  }
  std::string_view Rest() {
    Empty();
    return std::string_view(p_, static_cast<std::size_t>(end_ - p_));
  }

 private:
  const char* p_;
  const char* end_;
};

// FirstNonSpace: the first non-whitespace character of a line, or '\0'
// (also for a line whose first such character is a NUL byte: IsBlank tells
// the two apart).
inline char FirstNonSpace(std::string_view line) {
  for (char c : line) {
    if (!Fields::IsSpace(c)) return c;
  }
  return '\0';
}

// IsBlank: the line holds whitespace only. A NUL byte is not whitespace, so
// a line holding one is data that the reader rejects, not a blank line to
// skip.
inline bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (!Fields::IsSpace(c)) return false;
  }
  return true;
}

// ParseUint: a decimal integer made of digits only (no sign), without
// overflow. Returns false otherwise.
inline bool ParseUint(std::string_view token, uint64_t* out) {
  if (token.empty() || token.size() > 20) return false;
  uint64_t value = 0;
  for (char c : token) {
    const unsigned d = static_cast<unsigned char>(c) - '0';
    if (d > 9) return false;
    if (value > (std::numeric_limits<uint64_t>::max() - d) / 10) return false;
    value = value * 10 + d;
  }
  *out = value;
  return true;
}

// ParseDouble: a decimal or scientific floating-point number (also accepts
// "inf" and "nan": callers check finiteness). Returns false otherwise.
bool ParseDouble(std::string_view token, double* out);

// ParseUintField / ParseDoubleField: the next token of `fields` as a number;
// a readable InvalidArgument naming `what` otherwise.
absl::Status ParseUintField(Fields& fields, const LineReader& in, std::string_view what, uint64_t* out);
absl::Status ParseDoubleField(Fields& fields, const LineReader& in, std::string_view what, double* out);
// ParseCoordinateField: a finite double.
absl::Status ParseCoordinateField(Fields& fields, const LineReader& in, std::string_view what,
                                  double* out);
// ExpectEnd: InvalidArgument if the line has more tokens.
absl::Status ExpectEnd(Fields& fields, const LineReader& in, std::string_view context);

// ParseWeight: an edge weight for Graph<W>. Integer graphs take integers in
// [0, 2^32 - 1] (a floating-point token with an integral value is accepted);
// double graphs take any finite non-negative number. Errors name the token.
template <EdgeWeight W>
absl::Status ParseWeight(std::string_view token, const LineReader& in, W* out);

// CheckVertexCount: a declared vertex count must fit 32-bit ids (else
// ResourceExhausted) and the reader's limit.
absl::Status CheckVertexCount(uint64_t n, uint64_t limit, const LineReader& in);

// ReserveHint: how many items to reserve for a declared count, never more
// than the input could hold (declared counts are not trusted for memory).
inline std::size_t ReserveHint(uint64_t declared, uint64_t bytes_per_item, const LineReader& in) {
  const uint64_t hint = in.SizeHint();
  const uint64_t cap = hint > 0 ? hint / bytes_per_item + 1 : (uint64_t{1} << 22);
  return static_cast<std::size_t>(std::min(declared, cap));
}

}  // namespace shortcut::io_internal

#endif  // SHORTCUT_SRC_IO_LINE_READER_H_
