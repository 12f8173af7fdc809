#include "common/pair_queries.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "common/command.h"
#include "shortcut/core/status.h"

namespace shortcut::cli {
namespace {

// A line longer than this is an error (and skipped), not a reason to hold
// the whole stream in memory.
constexpr std::size_t kMaxLineBytes = std::size_t{1} << 20;
constexpr std::size_t kBlockBytes = std::size_t{1} << 20;
constexpr std::size_t kBatch = std::size_t{1} << 16;
constexpr std::size_t kRecordBytes = 16;

bool ParseId(std::string_view s, uint64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

// ParsePairLine: "U V" with surrounding blanks. Returns false for a line to
// skip (blank or '#'); errors go to `status`.
bool ParsePairLine(std::string_view s, uint64_t& u, uint64_t& v, absl::Status& status) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  const std::size_t i = s.find_first_not_of(" \t");
  if (i == std::string_view::npos || s[i] == '#') return false;
  s.remove_prefix(i);
  const std::size_t sp = s.find_first_of(" \t");
  if (sp == std::string_view::npos) {
    status = InvalidArgumentError("expected two vertex ids");
    return true;
  }
  std::string_view rest = s.substr(sp);
  rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
  if (rest.find_first_of(" \t") != std::string_view::npos) {
    status = InvalidArgumentError("expected two vertex ids, got more");
    return true;
  }
  const std::string_view a = s.substr(0, sp);
  if (!ParseId(a, u)) {
    status = InvalidArgumentError("'{}' is not a vertex id", a);
  } else if (!ParseId(rest, v)) {
    status = InvalidArgumentError("'{}' is not a vertex id", rest);
  } else {
    status = absl::OkStatus();
  }
  return true;
}

// LineReader: stdin in blocks, lines as views into the block (valid until
// the next call). A line over kMaxLineBytes comes back as `too_long`, cut.
class LineReader {
 public:
  LineReader() : buffer_(kBlockBytes) {}
  bool Next(std::string_view& line, bool& too_long) {
    too_long = false;
    for (;;) {
      const char* begin = buffer_.data() + pos_;
      const char* end = buffer_.data() + size_;
      if (const void* nl = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin))) {
        const char* e = static_cast<const char*>(nl);
        line = std::string_view(begin, static_cast<std::size_t>(e - begin));
        pos_ = static_cast<std::size_t>(e - buffer_.data()) + 1;
        if (skipping_) {  // the tail of a line already reported as too long
          skipping_ = false;
          continue;
        }
        if (line.size() > kMaxLineBytes) {
          line = line.substr(0, 40);
          too_long = true;
        }
        return true;
      }
      if (eof_) {
        if (pos_ == size_) return false;
        line = std::string_view(begin, static_cast<std::size_t>(end - begin));
        pos_ = size_;
        if (skipping_) return false;
        if (line.size() > kMaxLineBytes) {
          line = line.substr(0, 40);
          too_long = true;
        }
        return true;
      }
      // Keep the partial line, read more behind it.
      const std::size_t partial = size_ - pos_;
      if (partial > kMaxLineBytes) {
        line = std::string_view(begin, std::min<std::size_t>(partial, 40));
        too_long = !skipping_;
        skipping_ = true;
        pos_ = size_ = 0;
        if (too_long) return true;
        continue;
      }
      std::memmove(buffer_.data(), begin, partial);
      pos_ = 0;
      size_ = partial;
      if (buffer_.size() < partial + kBlockBytes) buffer_.resize(partial + kBlockBytes);
      const std::size_t got = std::fread(buffer_.data() + size_, 1, buffer_.size() - size_, stdin);
      size_ += got;
      if (got == 0) eof_ = true;
    }
  }

 private:
  std::vector<char> buffer_;
  std::size_t pos_ = 0, size_ = 0;
  bool eof_ = false, skipping_ = false;
};

void Write(const char* data, std::size_t size) { std::fwrite(data, 1, size, stdout); }
void Flush(fmt::memory_buffer& out) {
  Write(out.data(), out.size());
  out.clear();
}
void ReportLine(std::string_view command, uint64_t line, const absl::Status& st) {
  std::fflush(stdout);
  fmt::print(stderr, "shortcut {}: stdin:{}: {}\n", command, line, st.message());
}

// AppendAnswer: "U V ESTIMATE\n", "inf" at or above `unreachable`.
void AppendAnswer(uint64_t u, uint64_t v, uint64_t d, uint64_t unreachable, std::string& out) {
  char buf[80];
  char* p = std::to_chars(buf, buf + 20, u).ptr;
  *p++ = ' ';
  p = std::to_chars(p, p + 20, v).ptr;
  *p++ = ' ';
  if (d >= unreachable) {
    std::memcpy(p, "inf", 3);
    p += 3;
  } else {
    p = std::to_chars(p, p + 20, d).ptr;
  }
  *p++ = '\n';
  out.append(buf, p);
}

// ParallelFor: f(t, begin, end) over `threads` contiguous parts of [0, n).
template <typename F>
void ParallelFor(std::size_t n, uint32_t threads, const F& f) {
  const std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, n / 4096 + 1));
  if (parts == 1) {
    f(0, 0, n);
    return;
  }
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < parts; ++t) pool.emplace_back(f, t, n * t / parts, n * (t + 1) / parts);
  f(0, 0, n / parts);
  for (auto& th : pool) th.join();
}

struct Pending {
  uint64_t u = 0, v = 0;  // input-file ids
  uint64_t line = 0;
  int32_t error = -1;  // index into the batch's errors, or -1
};

// TextBatches: the text stream, answered batch by batch.
class TextBatches {
 public:
  TextBatches(std::string_view command, const BatchOptions& options, const BatchAnswerer& answerer)
      : command_(command), options_(options), answerer_(answerer), parts_(std::max<uint32_t>(1, options.threads)) {}

  int Run() {
    LineReader reader;
    std::string_view line;
    bool too_long = false;
    uint64_t line_number = 0;
    while (reader.Next(line, too_long)) {
      ++line_number;
      Pending p;
      p.line = line_number;
      absl::Status st;
      if (too_long) {
        st = InvalidArgumentError("line longer than {} bytes", kMaxLineBytes);
      } else if (!ParsePairLine(line, p.u, p.v, st)) {
        continue;
      }
      if (st.ok()) {
        const VertexId a = answerer_.resolve(p.u), b = answerer_.resolve(p.v);
        if (a == kNoVertex) {
          st = OutOfRangeError("unknown vertex id {}", p.u);
        } else if (b == kNoVertex) {
          st = OutOfRangeError("unknown vertex id {}", p.v);
        } else {
          pairs_.emplace_back(a, b);
        }
      }
      if (!st.ok()) {
        p.error = static_cast<int32_t>(errors_.size());
        errors_.push_back(std::move(st));
      }
      pending_.push_back(p);
      if (pending_.size() >= kBatch) {
        if (auto st = Answer(); !st.ok()) return ReportError(command_, st);
      }
    }
    if (auto st = Answer(); !st.ok()) return ReportError(command_, st);
    std::fflush(stdout);
    if (failed_ > 0) fmt::print(stderr, "shortcut {}: {} line(s) could not be answered\n", command_, failed_);
    return failed_ > 0 ? kExitUsage : kExitOk;
  }

 private:
  absl::Status Answer() {
    estimates_.resize(pairs_.size());
    SHORTCUT_RETURN_IF_ERROR(answerer_.answer(pairs_, estimates_, options_.threads));
    if (errors_.empty()) {
      // Format in parallel, write in order.
      ParallelFor(pending_.size(), options_.threads, [&](std::size_t t, std::size_t b, std::size_t e) {
        std::string& out = parts_[t];
        out.clear();
        for (std::size_t i = b; i < e; ++i) {
          AppendAnswer(pending_[i].u, pending_[i].v, estimates_[i], answerer_.unreachable, out);
        }
      });
      for (const std::string& part : parts_) Write(part.data(), part.size());
      for (std::string& part : parts_) part.clear();
    } else {
      std::string& out = parts_[0];
      out.clear();
      std::size_t k = 0;
      for (const Pending& p : pending_) {
        if (p.error < 0) {
          AppendAnswer(p.u, p.v, estimates_[k++], answerer_.unreachable, out);
          continue;
        }
        // Answers so far first, so that stdout and stderr interleave in order.
        Write(out.data(), out.size());
        out.clear();
        ReportLine(command_, p.line, errors_[static_cast<std::size_t>(p.error)]);
        ++failed_;
      }
      Write(out.data(), out.size());
      out.clear();
    }
    pending_.clear();
    pairs_.clear();
    errors_.clear();
    return absl::OkStatus();
  }

  std::string_view command_;
  const BatchOptions& options_;
  const BatchAnswerer& answerer_;
  std::vector<Pending> pending_;
  std::vector<std::pair<VertexId, VertexId>> pairs_;
  std::vector<uint64_t> estimates_;
  std::vector<absl::Status> errors_;
  std::vector<std::string> parts_;
  uint64_t failed_ = 0;
};

uint64_t LoadLittle64(const unsigned char* p) {
  uint64_t x = 0;
  for (int i = 7; i >= 0; --i) x = (x << 8) | p[i];
  return x;
}
void StoreLittle64(uint64_t x, unsigned char* p) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(x >> (8 * i));
}

// RunBinary: 16-byte records in, 8-byte estimates out.
int RunBinary(std::string_view command, const BatchOptions& options, const BatchAnswerer& answerer) {
  std::vector<unsigned char> in(kBatch * kRecordBytes), out;
  std::vector<std::pair<VertexId, VertexId>> pairs;
  std::vector<uint64_t> estimates;
  uint64_t record = 0;
  std::size_t carry = 0;
  for (;;) {
    const std::size_t got = std::fread(in.data() + carry, 1, in.size() - carry, stdin);
    const std::size_t bytes = carry + got;
    const std::size_t whole = bytes / kRecordBytes;
    pairs.clear();
    absl::Status stop;
    for (std::size_t i = 0; i < whole; ++i) {
      const uint64_t u = LoadLittle64(&in[i * kRecordBytes]), v = LoadLittle64(&in[i * kRecordBytes + 8]);
      const VertexId a = answerer.resolve(u), b = answerer.resolve(v);
      if (a == kNoVertex || b == kNoVertex) {
        stop = OutOfRangeError("stdin: record {}: unknown vertex id {}", record + i + 1, a == kNoVertex ? u : v);
        break;
      }
      pairs.emplace_back(a, b);
    }
    estimates.resize(pairs.size());
    if (auto st = answerer.answer(pairs, estimates, options.threads); !st.ok()) return ReportError(command, st);
    out.resize(estimates.size() * 8);
    for (std::size_t i = 0; i < estimates.size(); ++i) {
      StoreLittle64(estimates[i] >= answerer.unreachable ? ~uint64_t{0} : estimates[i], &out[i * 8]);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (!stop.ok()) return ReportError(command, stop);
    record += whole;
    carry = bytes - whole * kRecordBytes;
    if (got == 0) {
      if (carry != 0) {
        return ReportError(command, InvalidArgumentError("stdin: {} byte(s) after record {} (records are {} bytes)",
                                                         carry, record, kRecordBytes));
      }
      break;
    }
    std::memmove(in.data(), in.data() + whole * kRecordBytes, carry);
  }
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

int RunPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                   const PairAnswer& answer) {
  if (u_text.empty() != v_text.empty()) {
    return ReportError(command, InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  fmt::memory_buffer out;
  if (!u_text.empty()) {
    uint64_t u = 0, v = 0;
    if (!ParseId(u_text, u)) return ReportError(command, InvalidArgumentError("'{}' is not a vertex id", u_text));
    if (!ParseId(v_text, v)) return ReportError(command, InvalidArgumentError("'{}' is not a vertex id", v_text));
    if (auto st = answer(u, v, out); !st.ok()) return ReportError(command, st);
    Flush(out);
    return kExitOk;
  }
  LineReader reader;
  std::string_view line;
  bool too_long = false;
  uint64_t line_number = 0, errors = 0;
  while (reader.Next(line, too_long)) {
    ++line_number;
    uint64_t u = 0, v = 0;
    absl::Status st;
    if (too_long) {
      st = InvalidArgumentError("line longer than {} bytes", kMaxLineBytes);
    } else if (!ParsePairLine(line, u, v, st)) {
      continue;
    }
    if (st.ok()) st = answer(u, v, out);
    if (!st.ok()) {
      Flush(out);
      ReportLine(command, line_number, st);
      ++errors;
    }
    if (out.size() > (1 << 16)) Flush(out);
  }
  Flush(out);
  std::fflush(stdout);
  if (errors > 0) fmt::print(stderr, "shortcut {}: {} line(s) could not be answered\n", command, errors);
  return errors > 0 ? kExitUsage : kExitOk;
}

int RunBatchPairQueries(std::string_view command, std::string_view u_text, std::string_view v_text,
                        const BatchOptions& options, const BatchAnswerer& answerer) {
  if (u_text.empty() != v_text.empty()) {
    return ReportError(command, InvalidArgumentError("give two vertex ids, or none to read pairs from stdin"));
  }
  if (!u_text.empty()) {
    if (options.binary) {
      return ReportError(command, InvalidArgumentError("--binary reads pairs from stdin; give no ids"));
    }
    uint64_t u = 0, v = 0;
    if (!ParseId(u_text, u)) return ReportError(command, InvalidArgumentError("'{}' is not a vertex id", u_text));
    if (!ParseId(v_text, v)) return ReportError(command, InvalidArgumentError("'{}' is not a vertex id", v_text));
    const VertexId a = answerer.resolve(u), b = answerer.resolve(v);
    if (a == kNoVertex) return ReportError(command, OutOfRangeError("unknown vertex id {}", u));
    if (b == kNoVertex) return ReportError(command, OutOfRangeError("unknown vertex id {}", v));
    const std::pair<VertexId, VertexId> pair(a, b);
    uint64_t d = 0;
    if (auto st = answerer.answer({&pair, 1}, {&d, 1}, 1); !st.ok()) return ReportError(command, st);
    std::string out;
    AppendAnswer(u, v, d, answerer.unreachable, out);
    Write(out.data(), out.size());
    std::fflush(stdout);
    return kExitOk;
  }
  if (options.binary) return RunBinary(command, options, answerer);
  return TextBatches(command, options, answerer).Run();
}

}  // namespace shortcut::cli
