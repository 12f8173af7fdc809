// libFuzzer target: ReadCopDecomposition (the supernode label file and its
// .tree, decomposition/cop_decomposition_io.h) against a fixed 6-vertex
// graph. The input is the label file, a NUL byte, then the tree file; both
// are written to a scratch folder (removed at exit) because the reader takes
// a path. A read that succeeds must hold what it claims: one supernode per
// vertex, parents and skeleton vertices in range, offsets that span the
// skeletons.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "shortcut/decomposition/cop_decomposition_io.h"
#include "shortcut/io/read_graph.h"

namespace {

const shortcut::Graph<uint32_t>& TestGraph() {
  static const auto* graph = [] {
    auto g = shortcut::ParseGraph<uint32_t>("1 2\n2 3\n3 10\n10 20\n20 30\n30 1\n", "cycle",
                                            shortcut::GraphFormat::kEdgeList);
    if (!g.ok()) std::abort();
    return new shortcut::Graph<uint32_t>(std::move(g).value());
  }();
  return *graph;
}

const std::string& LabelsPath() {
  static const auto* path = [] {
    static std::string folder = (std::filesystem::temp_directory_path() / "cop_fuzzer.XXXXXX").string();
    if (mkdtemp(folder.data()) == nullptr) std::abort();
    std::atexit([] {
      const std::string labels = folder + "/s.txt";
      std::remove(shortcut::CopTreePath(labels).c_str());
      std::remove(labels.c_str());
      rmdir(folder.c_str());
    });
    return new std::string(folder + "/s.txt");
  }();
  return *path;
}

void Write(const std::string& path, std::string_view bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) std::abort();
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  const std::string_view labels = input.substr(0, split);
  const std::string_view tree = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
  const auto& g = TestGraph();
  const std::string& path = LabelsPath();
  Write(path, labels);
  Write(shortcut::CopTreePath(path), tree);
  auto cop = shortcut::ReadCopDecomposition(path, g);
  if (!cop.ok()) return 0;
  const std::size_t k = cop->parent.size();
  if (cop->supernode_of.size() != g.NumVertices()) std::abort();
  for (uint32_t s : cop->supernode_of) {
    if (s >= k) std::abort();
  }
  for (uint32_t p : cop->parent) {
    if (p != shortcut::kNoSupernode && p >= k) std::abort();
  }
  if (cop->skeleton_offsets.size() != k + 1 || cop->skeleton_offsets.back() != cop->skeleton_vertices.size()) {
    std::abort();
  }
  for (auto v : cop->skeleton_vertices) {
    if (v >= g.NumVertices()) std::abort();
  }
  return 0;
}
