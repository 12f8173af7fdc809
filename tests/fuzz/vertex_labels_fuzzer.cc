// libFuzzer target: vertex label files and vertex lists against a fixed
// graph with sparse external ids.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "shortcut/io/read_graph.h"
#include "shortcut/io/vertex_labels.h"

namespace {

const shortcut::Graph<uint32_t>& TestGraph() {
  static const auto* graph = [] {
    // A 6-cycle with ids 1, 2, 3, 10, 20, 30 (not consecutive: hash lookup).
    auto g = shortcut::ParseGraph<uint32_t>("1 2\n2 3\n3 10\n10 20\n20 30\n30 1\n", "cycle",
                                            shortcut::GraphFormat::kEdgeList);
    if (!g.ok()) std::abort();
    return new shortcut::Graph<uint32_t>(std::move(g).value());
  }();
  return *graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& g = TestGraph();
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
