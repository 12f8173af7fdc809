// libFuzzer target: ParseSprMinor (the SPR minor file, steiner/minor_io.h)
// against a fixed 6-vertex graph with sparse external ids. A parse that
// succeeds must hold what it claims: edges u < v inside the graph, sorted,
// positive weights.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "shortcut/io/read_graph.h"
#include "shortcut/steiner/minor_io.h"

namespace {

const shortcut::Graph<uint32_t>& TestGraph() {
  static const auto* graph = [] {
    auto g = shortcut::ParseGraph<uint32_t>("1 2 3\n2 3 1\n3 10 2\n10 20 5\n20 30 1\n30 1 4\n", "cycle",
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
  auto minor = shortcut::ParseSprMinor(text, "fuzz", g);
  if (!minor.ok()) return 0;
  for (std::size_t i = 0; i < minor->size(); ++i) {
    const auto& e = (*minor)[i];
    if (e.u >= e.v || e.v >= g.NumVertices() || e.weight == 0) std::abort();
    if (i > 0 && !((*minor)[i - 1].u < e.u || ((*minor)[i - 1].u == e.u && (*minor)[i - 1].v < e.v))) std::abort();
  }
  return 0;
}
