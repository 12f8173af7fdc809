// libFuzzer target: ParseGraph with format metis.
#include <cstddef>
#include <cstdint>

#include "fuzz_graph_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  shortcut::fuzz::FuzzGraphFormat(shortcut::GraphFormat::kMetis, data, size);
  return 0;
}
