// File: shortcut/io/file.h
//
// The library's one file layer: every file the library or the CLI reads
// whole or writes goes through it.
//
//   ErrnoStatus(errno, path, "cannot create")   one errno -> absl::Status map
//   ReadFile(path, max_bytes)                   a whole file, bounded
//   AtomicFile / WriteFileAtomic(path, bytes)   atomic replace of a file
//
//   SHORTCUT_ASSIGN_OR_RETURN(AtomicFile out, AtomicFile::Create("x.txt"));
//   SHORTCUT_RETURN_IF_ERROR(out.Write("hello\n"));
//   SHORTCUT_RETURN_IF_ERROR(out.Commit());   // only now does x.txt change
//
// Guarantees.
// * Atomic replace: AtomicFile writes to a temporary file in the target's
//   folder (".NAME.tmp-XXXXXX", created with mode 0666 & ~umask like any new
//   file), and Commit() flushes, fsyncs, closes and renames it over the
//   target. Until Commit() succeeds the target is untouched; an AtomicFile
//   destroyed without Commit(), or whose Write or Commit failed, removes its
//   temporary. Readers of the target see the old file or the new one, never
//   a part. A process killed outright (SIGKILL, power loss) may leave the
//   temporary behind, never a damaged target; a program that ends on a
//   signal it catches can remove the temporaries first
//   (RemovePendingTemporaries, as the CLI does for SIGINT, SIGTERM, SIGHUP). A symbolic link to a regular
//   file stays a link: the file it names is replaced.
// * Devices are written in place: when the target exists and is not a
//   regular file (/dev/null, /dev/full, a FIFO, a terminal) or lies under
//   /dev or /proc (/dev/stdout), it is opened and written directly, so
//   `-o /dev/full` reports ResourceExhausted instead of replacing the device.
// * ReadFile never reads more than max_bytes + 1 bytes, so a device without
//   end (/dev/zero) or an oversized file costs bounded memory and a clear
//   error; directories are refused up front.
// * No exceptions (but std::bad_alloc); the functions never print.
//
// Error codes (docs/conventions.md, "Files"); every message reads
// "PATH: what: strerror":
//   NotFound            ENOENT, ENOTDIR (a missing file or folder)
//   PermissionDenied    EACCES, EPERM, EROFS
//   ResourceExhausted   ENOSPC, EDQUOT, EFBIG (disk, quota or file-size limit
//                       full), and a file longer than ReadFile's max_bytes
//   InvalidArgument     EISDIR, ELOOP, ENAMETOOLONG, ENXIO (a path that
//                       cannot name a file to read or write), and a
//                       non-regular file where one is required
//   Unknown             any other system error (EIO, ...)
#ifndef SHORTCUT_IO_FILE_H_
#define SHORTCUT_IO_FILE_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace shortcut {

// ErrnoStatus: the status for system error `error` on `path`, with message
// "PATH: WHAT: strerror(error)" and the code of the table above.
absl::Status ErrnoStatus(int error, std::string_view path, std::string_view what);

// kNoSizeLimit: a ReadFile bound that only memory limits.
inline constexpr uint64_t kNoSizeLimit = std::numeric_limits<uint64_t>::max();

enum class FileKind {
  kAny,      // anything readable: regular files, FIFOs, devices, /dev/stdin
  kRegular,  // regular files only (their size is known before reading)
};

// ReadFile: the whole contents of `path`.
// Errors: the errno codes above; InvalidArgument "PATH: is a directory";
// InvalidArgument when `kind` is kRegular and `path` is not a regular file;
// ResourceExhausted "PATH: longer than the limit of N bytes" as soon as more
// than max_bytes bytes are available (a regular file is refused from its
// size, before anything is read).
// Complexity: O(size) time; memory the file's size, at most max_bytes + 1.
absl::StatusOr<std::string> ReadFile(const std::string& path, uint64_t max_bytes,
                                     FileKind kind = FileKind::kAny);

// AtomicFile: a buffered writer that replaces its target atomically (see the
// guarantees above). Move-only.
class AtomicFile {
 public:
  // Create: opens the temporary next to `path` (or, for a device, `path`
  // itself). Errors: the errno codes above, on the folder or the device.
  static absl::StatusOr<AtomicFile> Create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Discards an uncommitted file: closes and removes the temporary.
  ~AtomicFile();

  // Write: appends `data`. Buffered (kBufferBytes); the first error sticks
  // and is returned by every later Write and by Commit.
  absl::Status Write(std::string_view data);

  // Reserve(k) / Advance(k): a pointer to k writable bytes in the buffer
  // (k <= kBufferBytes), then keep the first k' <= k of them. For writers
  // that format numbers in place (io/dimacs_writer.h).
  char* Reserve(std::size_t bytes);
  void Advance(std::size_t bytes) { used_ += bytes; }

  // Commit: flush, fsync, close and rename over the target. After a failure
  // the temporary is gone and the target is as it was. Calling it twice is
  // FailedPrecondition.
  absl::Status Commit();

  // Discard: what the destructor does, at a point of the caller's choosing.
  void Discard();

  // status: the first error so far (OK while every write succeeded), for
  // writers that want to stop early.
  const absl::Status& status() const { return status_; }

  // path: the target; temp_path: the file written until Commit (== path for
  // a device).
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

  static constexpr std::size_t kBufferBytes = std::size_t{1} << 20;

 private:
  AtomicFile(int fd, std::string path, std::string target, std::string temp_path, bool direct, int slot);
  absl::Status Flush();
  absl::Status Fail(int error, std::string_view what);

  int fd_ = -1;
  int slot_ = -1;          // in the table RemovePendingTemporaries reads
  std::string path_;       // as given (for messages)
  std::string target_;     // what Commit renames over (a symlink resolved)
  std::string temp_path_;  // the file written
  bool direct_ = false;    // writing the device itself, no rename
  std::string buffer_;
  std::size_t used_ = 0;
  absl::Status status_;
};

// RemovePendingTemporaries: unlinks the temporary of every AtomicFile of the
// process that is neither committed nor discarded. Async-signal-safe, for a
// signal handler that then ends the process; the AtomicFiles must not be
// used afterwards. (Up to 64 concurrent files are tracked; temporaries of
// any beyond are left to the destructors.)
void RemovePendingTemporaries() noexcept;

// WriteFileAtomic: AtomicFile::Create(path), Write(bytes), Commit().
absl::Status WriteFileAtomic(const std::string& path, std::string_view bytes);

}  // namespace shortcut

#endif  // SHORTCUT_IO_FILE_H_
