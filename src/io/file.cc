// The file layer: errno mapping, bounded whole-file reads, atomic replace;
// see file.h.
#include "shortcut/io/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>

#include "shortcut/core/check.h"
#include "shortcut/core/status.h"

namespace shortcut {
namespace {

// A temporary's name keeps at most this much of the target's name, so that
// ".NAME.tmp-XXXXXX" stays within NAME_MAX.
constexpr std::size_t kMaxNameInTemp = 200;
constexpr int kTempAttempts = 100;

// IsStreamAlias: paths that name an open descriptor of this process
// (/dev/stdout -> /proc/self/fd/1 -> a file the shell opened). Replacing
// what they resolve to would write a file the stream no longer refers to.
bool IsStreamAlias(std::string_view path) {
  return path == "/dev/stdout" || path == "/dev/stderr" || path.starts_with("/dev/fd/") ||
         path.starts_with("/proc/");
}

// SplitFolder: ("dir/", "name") of a path; the folder is "" for a bare name.
std::pair<std::string, std::string> SplitFolder(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {"", path};
  return {path.substr(0, slash + 1), path.substr(slash + 1)};
}

// TempSuffix: six characters from [0-9A-Za-z]; different for every call of
// every process (pid, a counter and the clock, mixed).
std::string TempSuffix() {
  static std::atomic<uint64_t> counter{0};
  uint64_t x = static_cast<uint64_t>(::getpid()) * 0x9e3779b97f4a7c15ULL ^
               static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
               (counter.fetch_add(1, std::memory_order_relaxed) << 40);
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string out(6, '0');
  for (char& c : out) {
    c = kAlphabet[x % 62];
    x /= 62;
  }
  return out;
}

// The pending temporaries, for RemovePendingTemporaries in a signal
// handler: fixed slots (no allocation), a path published by its state
// turning kLive after it is copied, withdrawn before the temporary goes.
constexpr int kSlots = 64;
constexpr std::size_t kSlotPath = 4096;
enum SlotState : int { kFree = 0, kFilling = 1, kLive = 2 };
struct PendingSlot {
  std::atomic<int> state{kFree};
  char path[kSlotPath];
};
PendingSlot g_pending[kSlots];

// Track: a slot holding `path`, or -1 when none is free or it is too long.
int Track(const std::string& path) {
  if (path.size() >= kSlotPath) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (g_pending[i].state.compare_exchange_strong(expected, kFilling, std::memory_order_acquire)) {
      std::memcpy(g_pending[i].path, path.c_str(), path.size() + 1);
      g_pending[i].state.store(kLive, std::memory_order_release);
      return i;
    }
  }
  return -1;
}

void Untrack(int slot) {
  if (slot >= 0) g_pending[slot].state.store(kFree, std::memory_order_release);
}

void CloseQuietly(int fd) {
  if (fd >= 0) ::close(fd);
}

// SyncFolder: makes a rename in `folder` durable; best effort (some file
// systems refuse fsync on a folder).
void SyncFolder(const std::string& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

// WriteAll: the whole range, through short writes and EINTR; 0 or errno.
int WriteAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, std::min<std::size_t>(size, std::size_t{1} << 30));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return EIO;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace

void RemovePendingTemporaries() noexcept {
  for (PendingSlot& slot : g_pending) {
    if (slot.state.load(std::memory_order_acquire) == kLive) ::unlink(slot.path);
  }
}

absl::Status ErrnoStatus(int error, std::string_view path, std::string_view what) {
  const std::string message = fmt::format("{}: {}: {}", path, what, std::strerror(error));
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
    case EROFS:
      return absl::PermissionDeniedError(message);
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      return absl::ResourceExhaustedError(message);
    case EISDIR:
    case ELOOP:
    case ENAMETOOLONG:
    case ENXIO:
      return absl::InvalidArgumentError(message);
    default:
      return absl::UnknownError(message);
  }
}

absl::StatusOr<std::string> ReadFile(const std::string& path, uint64_t max_bytes, FileKind kind) {
  int fd = -1;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return ErrnoStatus(errno, path, "cannot open");
  struct Closer {
    int fd;
    ~Closer() { CloseQuietly(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) return ErrnoStatus(errno, path, "cannot open");
  if (S_ISDIR(st.st_mode)) return InvalidArgumentError("{}: is a directory, not a file", path);
  const bool regular = S_ISREG(st.st_mode);
  if (kind == FileKind::kRegular && !regular) {
    return InvalidArgumentError("{}: not a regular file (a device, FIFO or socket)", path);
  }
  const auto too_long = [&] {
    return ResourceExhaustedError("{}: longer than the limit of {} bytes", path, max_bytes);
  };
  const uint64_t size = regular ? static_cast<uint64_t>(st.st_size) : 0;
  if (size > max_bytes) return too_long();
  // Read at most max_bytes + 1 bytes: one more than allowed proves the file
  // too long. A regular file is read into one buffer of its size (+1 to see
  // the end); anything else grows geometrically from 64 KiB.
  const uint64_t cap = max_bytes == kNoSizeLimit ? kNoSizeLimit : max_bytes + 1;
  std::string out;
  std::size_t used = 0;
  out.resize(static_cast<std::size_t>(std::min<uint64_t>(cap, regular ? size + 1 : uint64_t{1} << 16)));
  for (;;) {
    if (used == out.size()) {
      if (used >= cap) return too_long();
      const uint64_t grown = std::min<uint64_t>(cap, std::max<uint64_t>(uint64_t{1} << 16, 2 * uint64_t{used}));
      out.resize(static_cast<std::size_t>(grown));
    }
    const std::size_t want = std::min<std::size_t>(out.size() - used, std::size_t{1} << 30);
    const ssize_t n = ::read(fd, out.data() + used, want);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus(errno, path, "cannot read");
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  if (used > max_bytes) return too_long();
  out.resize(used);
  return out;
}

AtomicFile::AtomicFile(int fd, std::string path, std::string target, std::string temp_path, bool direct, int slot)
    : fd_(fd),
      slot_(slot),
      path_(std::move(path)),
      target_(std::move(target)),
      temp_path_(std::move(temp_path)),
      direct_(direct),
      buffer_(kBufferBytes, '\0') {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      slot_(std::exchange(other.slot_, -1)),
      path_(std::move(other.path_)),
      target_(std::move(other.target_)),
      temp_path_(std::move(other.temp_path_)),
      direct_(other.direct_),
      buffer_(std::move(other.buffer_)),
      used_(std::exchange(other.used_, 0)),
      status_(std::move(other.status_)) {}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    Discard();
    fd_ = std::exchange(other.fd_, -1);
    slot_ = std::exchange(other.slot_, -1);
    path_ = std::move(other.path_);
    target_ = std::move(other.target_);
    temp_path_ = std::move(other.temp_path_);
    direct_ = other.direct_;
    buffer_ = std::move(other.buffer_);
    used_ = std::exchange(other.used_, 0);
    status_ = std::move(other.status_);
  }
  return *this;
}

AtomicFile::~AtomicFile() { Discard(); }

void AtomicFile::Discard() {
  if (fd_ < 0) return;
  CloseQuietly(fd_);
  fd_ = -1;
  if (!direct_) ::unlink(temp_path_.c_str());
  Untrack(std::exchange(slot_, -1));
  used_ = 0;
}

absl::StatusOr<AtomicFile> AtomicFile::Create(const std::string& path) {
  if (path.empty()) return InvalidArgumentError("cannot write a file with an empty name");
  struct stat st;
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return ErrnoStatus(EISDIR, path, "cannot write");
  if (path.back() == '/') return ErrnoStatus(EISDIR, path, "cannot write");
  if ((exists && !S_ISREG(st.st_mode)) || IsStreamAlias(path)) {
    // A device, FIFO or stream: written in place (appending to a regular
    // file behind /dev/stdout, as a shell redirection would).
    const int flags = O_WRONLY | O_CLOEXEC | (exists && S_ISREG(st.st_mode) ? O_APPEND : 0);
    int fd = -1;
    do {
      fd = ::open(path.c_str(), flags);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return ErrnoStatus(errno, path, "cannot open for writing");
    return AtomicFile(fd, path, path, path, /*direct=*/true, /*slot=*/-1);
  }
  // A symbolic link to a regular file: replace the file, keep the link.
  std::string target = path;
  struct stat lst;
  if (exists && ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
    std::unique_ptr<char, decltype(&std::free)> resolved(::realpath(path.c_str(), nullptr), &std::free);
    if (resolved != nullptr) target = resolved.get();
  }
  auto [folder, name] = SplitFolder(target);
  if (name.size() > kMaxNameInTemp) name.resize(kMaxNameInTemp);
  for (int attempt = 0; attempt < kTempAttempts; ++attempt) {
    std::string temp = fmt::format("{}.{}.tmp-{}", folder, name, TempSuffix());
    // Published before the file exists, so that a signal at any moment after
    // it is created finds it (a handler that runs first unlinks nothing).
    const int slot = Track(temp);
    // 0666: the process umask applies, as for any file the tool creates.
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return AtomicFile(fd, path, std::move(target), std::move(temp), /*direct=*/false, slot);
    const int error = errno;
    Untrack(slot);
    if (error == EEXIST || error == EINTR) continue;
    return ErrnoStatus(error, path, "cannot create");
  }
  return ErrnoStatus(EEXIST, path, "cannot create a temporary file next to it");
}

absl::Status AtomicFile::Fail(int error, std::string_view what) {
  if (status_.ok()) status_ = ErrnoStatus(error, path_, what);
  return status_;
}

absl::Status AtomicFile::Flush() {
  const std::size_t used = std::exchange(used_, 0);
  if (!status_.ok()) return status_;
  if (fd_ < 0) return status_ = FailedPreconditionError("{}: written after Commit or Discard", path_);
  if (const int error = WriteAll(fd_, buffer_.data(), used); error != 0) return Fail(error, "cannot write");
  return absl::OkStatus();
}

absl::Status AtomicFile::Write(std::string_view data) {
  if (!status_.ok()) return status_;
  if (fd_ < 0) return status_ = FailedPreconditionError("{}: written after Commit or Discard", path_);
  if (data.size() <= buffer_.size() - used_) {
    std::memcpy(buffer_.data() + used_, data.data(), data.size());
    used_ += data.size();
    return absl::OkStatus();
  }
  SHORTCUT_RETURN_IF_ERROR(Flush());
  if (data.size() <= buffer_.size()) {
    std::memcpy(buffer_.data(), data.data(), data.size());
    used_ = data.size();
    return absl::OkStatus();
  }
  if (const int error = WriteAll(fd_, data.data(), data.size()); error != 0) return Fail(error, "cannot write");
  return absl::OkStatus();
}

char* AtomicFile::Reserve(std::size_t bytes) {
  SHORTCUT_CHECK(bytes <= buffer_.size());
  if (bytes > buffer_.size() - used_) (void)Flush();  // an error sticks in status_
  return buffer_.data() + used_;
}

absl::Status AtomicFile::Commit() {
  if (fd_ < 0) {
    return status_.ok() ? FailedPreconditionError("{}: committed twice", path_) : status_;
  }
  absl::Status st = Flush();
  // fsync before the rename: otherwise a crash soon after could leave the
  // new name on empty data. Devices and pipes have nothing to sync.
  if (st.ok() && !direct_ && ::fsync(fd_) != 0) st = Fail(errno, "cannot write");
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0 && st.ok() && errno != EINTR) st = Fail(errno, "cannot write");
  if (direct_) return st;
  if (st.ok() && ::rename(temp_path_.c_str(), target_.c_str()) != 0) st = Fail(errno, "cannot replace");
  if (!st.ok()) ::unlink(temp_path_.c_str());
  // After the rename the temporary's name is free again (a handler that
  // unlinks it before this finds nothing: names are unique).
  Untrack(std::exchange(slot_, -1));
  if (!st.ok()) return st;
  SyncFolder(SplitFolder(target_).first);
  return absl::OkStatus();
}

absl::Status WriteFileAtomic(const std::string& path, std::string_view bytes) {
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  SHORTCUT_RETURN_IF_ERROR(file.Write(bytes));
  return file.Commit();
}

}  // namespace shortcut
