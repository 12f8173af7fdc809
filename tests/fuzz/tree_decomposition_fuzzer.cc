// libFuzzer target: ParsePaceTreeDecomposition (PACE .td text). A parse
// that succeeds must hold what it claims: bag vertices below the "s td"
// count, tree edges between existing bags.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "shortcut/io/tree_decomposition_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto td = shortcut::ParsePaceTreeDecomposition(text, "fuzz");
  if (!td.ok()) return 0;
  const auto& d = td->decomposition;
  for (const auto& bag : d.bags) {
    for (auto v : bag) {
      if (v >= td->num_vertices) std::abort();
    }
  }
  for (const auto& [a, b] : d.edges) {
    if (a >= d.bags.size() || b >= d.bags.size()) std::abort();
  }
  return 0;
}
