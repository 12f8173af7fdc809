// The file layer (io/file.h): atomic replace (the old file survives every
// failed or abandoned write, and no temporary is left), devices written in
// place, bounded reads, and the errno -> Status map.
#include "shortcut/io/file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "io/io_test_util.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;
using ::shortcut::testing::StatusIs;
using ::shortcut::testing::TempPath;
using ::shortcut::testing::WriteFile;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string Slurp(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadFile(path, kNoSizeLimit);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.ok() ? *bytes : std::string();
}

// Entries: the names in a folder, sorted (a temporary would show up here).
std::vector<std::string> Entries(const fs::path& folder) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(folder)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Pattern(std::size_t bytes) {
  std::string s(bytes, '\0');
  for (std::size_t i = 0; i < bytes; ++i) s[i] = static_cast<char>('a' + (i * 7 + i / 26) % 26);
  return s;
}

// FileSizeLimit: RLIMIT_FSIZE lowered to `bytes` with SIGXFSZ ignored (so a
// write past it fails with EFBIG instead of killing the test); restored on
// destruction.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved_;
    lowered.rlim_cur = bytes;
    EXPECT_EQ(setrlimit(RLIMIT_FSIZE, &lowered), 0);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }

 private:
  rlimit saved_{};
  void (*old_handler_)(int) = nullptr;
};

TEST(FileTest, WriteFileAtomicCreatesAndReplaces) {
  const std::string path = TempPath("out.txt");
  ASSERT_OK(WriteFileAtomic(path, "first\n"));
  EXPECT_EQ(Slurp(path), "first\n");
  ASSERT_OK(WriteFileAtomic(path, "second, longer\n"));
  EXPECT_EQ(Slurp(path), "second, longer\n");
  ASSERT_OK(WriteFileAtomic(path, ""));
  EXPECT_EQ(Slurp(path), "");
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("out.txt"));
}

TEST(FileTest, NewFileGetsModeFromUmask) {
  for (const mode_t mask : {mode_t{022}, mode_t{077}, mode_t{002}}) {
    const mode_t saved = ::umask(mask);
    const std::string path = TempPath("m.txt");
    const absl::Status st = WriteFileAtomic(path, "x");
    ::umask(saved);
    ASSERT_OK(st);
    struct stat sb;
    ASSERT_EQ(::stat(path.c_str(), &sb), 0);
    EXPECT_EQ(sb.st_mode & 0777, 0666 & ~mask) << "umask " << std::oct << mask;
  }
}

TEST(FileTest, TargetUnchangedUntilCommit) {
  const std::string path = TempPath("t.txt");
  WriteFile(path, "old contents\n");
  ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
  const std::string big = Pattern(3 * AtomicFile::kBufferBytes + 17);  // forces writes to the temporary
  ASSERT_OK(out.Write(big));
  EXPECT_EQ(Slurp(path), "old contents\n");
  EXPECT_NE(out.temp_path(), path);
  EXPECT_EQ(fs::path(out.temp_path()).parent_path(), fs::path(path).parent_path());
  EXPECT_THAT(fs::path(out.temp_path()).filename().string(), ::testing::StartsWith(".t.txt.tmp-"));
  EXPECT_GE(fs::file_size(out.temp_path()), 3 * AtomicFile::kBufferBytes);
  ASSERT_OK(out.Commit());
  EXPECT_EQ(Slurp(path), big);
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("t.txt"));
  EXPECT_THAT(out.Commit(), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("committed twice")));
  EXPECT_THAT(out.Write("late"), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("written after Commit")));
  EXPECT_EQ(Slurp(path), big);
}

TEST(FileTest, AbandonedWriteLeavesOldFileAndNoTemporary) {
  const std::string path = TempPath("a.txt");
  WriteFile(path, "keep me\n");
  {
    ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
    ASSERT_OK(out.Write(Pattern(2 * AtomicFile::kBufferBytes)));
    EXPECT_TRUE(fs::exists(out.temp_path()));
  }  // destroyed without Commit
  EXPECT_EQ(Slurp(path), "keep me\n");
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("a.txt"));

  ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
  ASSERT_OK(out.Write("partial"));
  const std::string temp = out.temp_path();
  out.Discard();
  EXPECT_FALSE(fs::exists(temp));
  EXPECT_EQ(Slurp(path), "keep me\n");
}

TEST(FileTest, RemovePendingTemporariesRemovesOnlyUncommittedOnes) {
  const std::string path = TempPath("p.txt");
  WriteFile(path, "old");
  const std::string done = (fs::path(path).parent_path() / "done.txt").string();
  ASSERT_OK_AND_ASSIGN(AtomicFile committed, AtomicFile::Create(done));
  ASSERT_OK(committed.Write("done"));
  ASSERT_OK(committed.Commit());
  ASSERT_OK_AND_ASSIGN(AtomicFile pending, AtomicFile::Create(path));
  ASSERT_OK(pending.Write(Pattern(2 * AtomicFile::kBufferBytes)));
  ASSERT_TRUE(fs::exists(pending.temp_path()));
  RemovePendingTemporaries();  // what the CLI's SIGINT/SIGTERM handler does
  EXPECT_FALSE(fs::exists(pending.temp_path()));
  EXPECT_EQ(Slurp(path), "old");
  EXPECT_EQ(Slurp(done), "done");
  pending.Discard();
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("done.txt", "p.txt"));
}

TEST(FileTest, MovedFileCommitsOnce) {
  const std::string path = TempPath("mv.txt");
  ASSERT_OK_AND_ASSIGN(AtomicFile a, AtomicFile::Create(path));
  ASSERT_OK(a.Write("moved\n"));
  AtomicFile b = std::move(a);
  ASSERT_OK(b.Commit());
  EXPECT_EQ(Slurp(path), "moved\n");
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("mv.txt"));
}

TEST(FileTest, FailedWriteAtFileSizeLimitKeepsOldFile) {
  const std::string path = TempPath("limited.txt");
  const std::string old = Pattern(1000);
  WriteFile(path, old);
  absl::Status st;
  {
    FileSizeLimit limit(64 * 1024);
    st = WriteFileAtomic(path, Pattern(1 << 20));
  }
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr(path + ": cannot write: ")));
  EXPECT_EQ(Slurp(path), old);
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("limited.txt"));

  // The same through buffered writes that fail only at Commit's flush.
  {
    FileSizeLimit limit(100);
    ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
    ASSERT_OK(out.Write(Pattern(500)));
    st = out.Commit();
  }
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("File too large")));
  EXPECT_EQ(Slurp(path), old);
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("limited.txt"));
}

TEST(FileTest, ErrorSticksAfterFailedWrite) {
  const std::string path = TempPath("sticky.txt");
  WriteFile(path, "old");
  FileSizeLimit limit(10);
  ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
  EXPECT_THAT(out.Write(Pattern(2 * AtomicFile::kBufferBytes)), StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
  EXPECT_THAT(out.Write("more"), StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
  EXPECT_THAT(out.Commit(), StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
  EXPECT_EQ(Slurp(path), "old");
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("sticky.txt"));
}

TEST(FileTest, DevFullIsResourceExhaustedAndStaysADevice) {
  if (!fs::is_character_file("/dev/full")) GTEST_SKIP() << "no /dev/full";
  EXPECT_THAT(WriteFileAtomic("/dev/full", "data\n"),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("/dev/full: cannot write: ")));
  ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create("/dev/full"));
  EXPECT_EQ(out.temp_path(), "/dev/full");
  ASSERT_OK(out.Write("buffered"));
  EXPECT_THAT(out.Commit(), StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST(FileTest, DevNullIsWrittenInPlace) {
  ASSERT_OK(WriteFileAtomic("/dev/null", Pattern(3 * AtomicFile::kBufferBytes)));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(FileTest, FifoIsWrittenInPlace) {
  const std::string path = TempPath("pipe");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  const std::string data = Pattern(AtomicFile::kBufferBytes + 5);
  std::string got;
  std::thread reader([&] { got = Slurp(path); });
  const absl::Status st = WriteFileAtomic(path, data);
  reader.join();
  ASSERT_OK(st);
  EXPECT_EQ(got, data);
  EXPECT_TRUE(fs::is_fifo(path));
  EXPECT_THAT(Entries(fs::path(path).parent_path()), ElementsAre("pipe"));
}

TEST(FileTest, SymlinkStaysALinkAndItsFileIsReplaced) {
  const std::string file = TempPath("real.txt");
  const std::string link = (fs::path(file).parent_path() / "link.txt").string();
  WriteFile(file, "old");
  fs::create_symlink("real.txt", link);
  ASSERT_OK(WriteFileAtomic(link, "new"));
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(Slurp(file), "new");
  EXPECT_THAT(Entries(fs::path(file).parent_path()), ElementsAre("link.txt", "real.txt"));
}

TEST(FileTest, DirectoryIsRefused) {
  const std::string dir = TempPath("d");
  fs::create_directories(dir);
  WriteFile(dir + "/inside", "x");
  EXPECT_THAT(ReadFile(dir, kNoSizeLimit), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(dir + ": is a directory")));
  EXPECT_THAT(WriteFileAtomic(dir, "x"), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("Is a directory")));
  EXPECT_THAT(WriteFileAtomic(dir + "/", "x"), StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
  EXPECT_TRUE(fs::is_directory(dir));
  EXPECT_THAT(Entries(dir), ElementsAre("inside"));
}

TEST(FileTest, MissingFolderIsNotFound) {
  const std::string path = TempPath("no/such/folder.txt");
  EXPECT_THAT(WriteFileAtomic(path, "x"), StatusIs(absl::StatusCode::kNotFound, HasSubstr(path + ": cannot create: ")));
  EXPECT_THAT(ReadFile(path, 10), StatusIs(absl::StatusCode::kNotFound, HasSubstr(path + ": cannot open: ")));
}

TEST(FileTest, ReadOnlyFolderIsPermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores permissions";
  const std::string path = TempPath("ro.txt");
  WriteFile(path, "old");
  const fs::path folder = fs::path(path).parent_path();
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  const absl::Status st = WriteFileAtomic(path, "new");
  fs::permissions(folder, fs::perms::owner_all);
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kPermissionDenied, ::testing::_));
  EXPECT_EQ(Slurp(path), "old");
}

TEST(FileTest, ReadFileBoundHoldsOnDevZero) {
  if (!fs::is_character_file("/dev/zero")) GTEST_SKIP() << "no /dev/zero";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THAT(ReadFile("/dev/zero", 1 << 20),
              StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("/dev/zero: longer than the limit of 1048576 bytes")));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_THAT(ReadFile("/dev/zero", 0), StatusIs(absl::StatusCode::kResourceExhausted, ::testing::_));
  EXPECT_THAT(ReadFile("/dev/zero", kNoSizeLimit, FileKind::kRegular),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not a regular file")));
}

TEST(FileTest, ReadFileBoundOnRegularFile) {
  const std::string path = TempPath("r.bin");
  const std::string data = Pattern(100000);
  WriteFile(path, data);
  ASSERT_OK_AND_ASSIGN(std::string exact, ReadFile(path, data.size()));
  EXPECT_EQ(exact, data);
  ASSERT_OK_AND_ASSIGN(std::string regular, ReadFile(path, kNoSizeLimit, FileKind::kRegular));
  EXPECT_EQ(regular, data);
  EXPECT_THAT(ReadFile(path, data.size() - 1), StatusIs(absl::StatusCode::kResourceExhausted, HasSubstr("longer than")));
  WriteFile(path, "");
  ASSERT_OK_AND_ASSIGN(std::string empty, ReadFile(path, 0));
  EXPECT_EQ(empty, "");
}

TEST(FileTest, ReadFileFromAPipeOfUnknownLength) {
  const std::string path = TempPath("p");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  const std::string data = Pattern(300000);
  std::thread writer([&] { EXPECT_OK(WriteFileAtomic(path, data)); });
  absl::StatusOr<std::string> got = ReadFile(path, 1 << 20);
  writer.join();
  ASSERT_OK(got.status());
  EXPECT_EQ(*got, data);
}

TEST(FileTest, ReserveAndAdvance) {
  const std::string path = TempPath("r.txt");
  ASSERT_OK_AND_ASSIGN(AtomicFile out, AtomicFile::Create(path));
  std::string expected;
  for (int i = 0; i < 300000; ++i) {
    char* p = out.Reserve(16);
    const std::string s = std::to_string(i) + "\n";
    std::memcpy(p, s.data(), s.size());
    out.Advance(s.size());
    expected += s;
  }
  ASSERT_OK(out.Commit());
  EXPECT_EQ(Slurp(path), expected);
}

TEST(FileTest, ErrnoMap) {
  EXPECT_THAT(ErrnoStatus(ENOENT, "p", "cannot open"),
              StatusIs(absl::StatusCode::kNotFound, ::testing::StrEq(std::string("p: cannot open: ") + std::strerror(ENOENT))));
  EXPECT_EQ(ErrnoStatus(ENOTDIR, "p", "w").code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrnoStatus(ENOSPC, "p", "w").code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ErrnoStatus(EDQUOT, "p", "w").code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ErrnoStatus(EFBIG, "p", "w").code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ErrnoStatus(EACCES, "p", "w").code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrnoStatus(EPERM, "p", "w").code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrnoStatus(EROFS, "p", "w").code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrnoStatus(EISDIR, "p", "w").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrnoStatus(ENAMETOOLONG, "p", "w").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrnoStatus(EIO, "p", "w").code(), absl::StatusCode::kUnknown);
}

}  // namespace
}  // namespace shortcut
