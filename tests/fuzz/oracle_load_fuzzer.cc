// libFuzzer target: the oracle index loader (DistanceOracle::Deserialize).
// Two inputs per run: the fuzz data as a whole file, and a valid index of a
// small graph with the data applied as byte edits (3 bytes per edit:
// position high, position low, value), resealed with a correct checksum when
// the first data byte is odd so that validation beyond the checksum is
// exercised. An accepted file must answer every query and re-serialise to the
// same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/oracle/distance_oracle.h"

namespace {

const std::string& BaseIndex() {
  static const std::string* bytes = [] {
    auto list = shortcut::TriangulatedGridEdges(5, 6, 1);
    for (std::size_t i = 0; i < list.edges.size(); ++i) list.edges[i].weight = 1 + (i * 37) % 50;
    auto g = shortcut::BuildGraph(std::move(list));
    if (!g.ok()) std::abort();
    shortcut::DistanceOracleOptions options;
    options.epsilon = 0.25;
    auto oracle = shortcut::DistanceOracle::Build(*g, options);
    if (!oracle.ok()) std::abort();
    return new std::string(oracle->Serialize());
  }();
  return *bytes;
}

void Exercise(const std::string& bytes) {
  auto oracle = shortcut::DistanceOracle::Deserialize(bytes);
  if (!oracle.ok()) return;
  const shortcut::VertexId n = oracle->NumVertices();
  for (shortcut::VertexId u = 0; u < n; ++u) {
    (void)oracle->DecodeLabel(u);
    (void)oracle->FindExternal(oracle->ExternalId(u));
    for (shortcut::VertexId v = 0; v < n && v < 64; ++v) (void)oracle->Query(u, v);
  }
  if (oracle->Serialize() != bytes) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  Exercise(std::string(reinterpret_cast<const char*>(data), size));
  std::string edited = BaseIndex();
  for (std::size_t i = 1; i + 2 < size; i += 3) {
    const std::size_t at = ((std::size_t{data[i]} << 8) | data[i + 1]) % edited.size();
    edited[at] = static_cast<char>(data[i + 2]);
  }
  if (size > 0 && (data[0] & 1) && edited.size() >= 8) {
    const uint64_t c = shortcut::DistanceOracle::FileChecksum(absl::string_view(edited.data(), edited.size() - 8));
    edited.replace(edited.size() - 8, 8, reinterpret_cast<const char*>(&c), 8);
  }
  Exercise(edited);
  return 0;
}
