// libFuzzer target: vertex label files and vertex lists against a fixed
// graph (fuzz_test_graph.h).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_test_graph.h"
#include "shortcut/io/vertex_labels.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& g = shortcut::fuzz::SparseIdCycle();
  for (bool value_is_vertex : {false, true}) {
    auto labels = shortcut::ParseVertexLabels(text, "fuzz", g, value_is_vertex);
    if (labels.ok()) {
      if (labels->size() != g.NumVertices()) std::abort();
      if (value_is_vertex) {
        for (uint32_t v : *labels) {
          if (v >= g.NumVertices()) std::abort();
        }
      }
    }
  }
  auto list = shortcut::ParseVertexList(text, "fuzz", g);
  if (list.ok()) {
    if (list->size() > g.NumVertices()) std::abort();
    for (auto v : *list) {
      if (v >= g.NumVertices()) std::abort();
    }
  }
  return 0;
}
