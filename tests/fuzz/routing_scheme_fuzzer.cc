// libFuzzer target: the routing scheme loader (RoutingScheme::Deserialize)
// and the two routing functions. Inputs per run: the fuzz data as a whole
// file; a valid scheme of a small graph with the data applied as byte edits
// (3 bytes per edit: position high, position low, value), resealed with a
// correct checksum when the first data byte is odd so that the table
// validation is reached; and StartRoute / NextHop on the raw data. An
// accepted file must route every pair to an end (delivered or an error)
// and re-serialise to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/routing/routing_scheme.h"

namespace {

const shortcut::Graph<uint32_t>& BaseGraph() {
  static const shortcut::Graph<uint32_t>* g = [] {
    auto list = shortcut::TriangulatedGridEdges(5, 6, 1);
    for (std::size_t i = 0; i < list.edges.size(); ++i) list.edges[i].weight = 1 + (i * 37) % 50;
    auto built = shortcut::BuildGraph(std::move(list));
    if (!built.ok()) std::abort();
    return new shortcut::Graph<uint32_t>(std::move(built).value());
  }();
  return *g;
}

const std::string& BaseFile() {
  static const std::string* bytes = [] {
    shortcut::RoutingOptions options;
    options.epsilon = 0.25;
    auto scheme = shortcut::RoutingScheme::Build(BaseGraph(), options);
    if (!scheme.ok()) std::abort();
    return new std::string(scheme->Serialize());
  }();
  return *bytes;
}

void Exercise(const std::string& bytes) {
  auto scheme = shortcut::RoutingScheme::Deserialize(bytes);
  if (!scheme.ok()) return;
  const shortcut::VertexId n = scheme->NumVertices();
  if (n == BaseGraph().NumVertices()) {
    for (shortcut::VertexId u = 0; u < n; ++u) {
      for (shortcut::VertexId v = 0; v < n; v += 3) (void)scheme->Route(BaseGraph(), u, v);
    }
  }
  if (scheme->Serialize() != bytes) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  Exercise(std::string(reinterpret_cast<const char*>(data), size));
  std::string edited = BaseFile();
  for (std::size_t i = 1; i + 2 < size; i += 3) {
    const std::size_t at = ((std::size_t{data[i]} << 8) | data[i + 1]) % edited.size();
    edited[at] = static_cast<char>(data[i + 2]);
  }
  if (size > 0 && (data[0] & 1) && edited.size() >= 8) {
    const uint64_t c = shortcut::DistanceOracle::FileChecksum(absl::string_view(edited.data(), edited.size() - 8));
    edited.replace(edited.size() - 8, 8, reinterpret_cast<const char*>(&c), 8);
  }
  Exercise(edited);
  const std::span<const uint8_t> all(data, size);
  (void)shortcut::StartRoute(all.first(size / 2), all.subspan(size / 2));
  shortcut::RoutingPacket packet;
  packet.star = size;
  packet.target = size > 0 ? data[0] : 0;
  (void)shortcut::NextHop(all, packet);
  (void)shortcut::ValidateRoutingTable(all, 1000, 1000);
  (void)shortcut::ValidateRoutingHeader(all, 1000, 1000);
  return 0;
}
