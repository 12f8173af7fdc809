// libFuzzer target: ParseGraph with format off.
#include <cstddef>
#include <cstdint>

#include "fuzz_graph_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  shortcut::fuzz::FuzzGraphFormat(shortcut::GraphFormat::kOff, data, size);
  return 0;
}
