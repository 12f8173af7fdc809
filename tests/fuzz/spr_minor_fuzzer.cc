// libFuzzer target: ParseSprMinor (the SPR minor file, steiner/minor_io.h)
// against the fixed graph of fuzz_test_graph.h. A parse that
// succeeds must hold what it claims: edges u < v inside the graph, sorted,
// positive weights.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_test_graph.h"
#include "shortcut/steiner/minor_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& g = shortcut::fuzz::SparseIdCycle();
  auto minor = shortcut::ParseSprMinor(text, "fuzz", g);
  if (!minor.ok()) return 0;
  for (std::size_t i = 0; i < minor->size(); ++i) {
    const auto& e = (*minor)[i];
    if (e.u >= e.v || e.v >= g.NumVertices() || e.weight == 0) std::abort();
    if (i > 0 && !((*minor)[i - 1].u < e.u || ((*minor)[i - 1].u == e.u && (*minor)[i - 1].v < e.v))) std::abort();
  }
  return 0;
}
