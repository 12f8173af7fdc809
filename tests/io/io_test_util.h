// File: io/io_test_util.h
//
// Helpers for the I/O tests: temporary files, gzip/xz compression of test
// data (through zlib and liblzma, never a shell), and a shortcut for parsing
// a string as a graph.
#ifndef SHORTCUT_TESTS_IO_IO_TEST_UTIL_H_
#define SHORTCUT_TESTS_IO_IO_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <lzma.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "shortcut/io/read_graph.h"

namespace shortcut::testing {

// TempPath: a fresh path under the test temp directory, unique per test and
// call (the file is not created).
inline std::string TempPath(std::string_view file_name) {
  static int counter = 0;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              ("shortcut_io_" + std::to_string(::getpid()) + "_" +
                               std::string(info != nullptr ? info->name() : "x") + "_" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  return (dir / std::string(file_name)).string();
}

inline void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << path;
}

// Gzip: `data` as one gzip member.
inline std::string Gzip(std::string_view data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Xz: `data` as one xz stream.
inline std::string Xz(std::string_view data) {
  std::string out(lzma_stream_buffer_bound(data.size()), '\0');
  std::size_t pos = 0;
  EXPECT_EQ(lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const uint8_t*>(data.data()),
                                    data.size(), reinterpret_cast<uint8_t*>(out.data()), &pos, out.size()),
            LZMA_OK);
  out.resize(pos);
  return out;
}

template <EdgeWeight W = uint32_t>
absl::StatusOr<Graph<W>> Parse(std::string_view data, GraphFormat format, const ReadOptions& options = {},
                               ReadReport* report = nullptr) {
  return ParseGraph<W>(data, "input", format, options, report);
}

// Edges: (external u, external v, weight) of every edge, u < v internally.
template <EdgeWeight W>
std::vector<std::tuple<uint64_t, uint64_t, W>> Edges(const Graph<W>& g) {
  std::vector<std::tuple<uint64_t, uint64_t, W>> out;
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    out.emplace_back(g.ExternalId(u), g.ExternalId(v), g.EdgeWeightOf(e));
  }
  return out;
}

}  // namespace shortcut::testing

#endif  // SHORTCUT_TESTS_IO_IO_TEST_UTIL_H_
