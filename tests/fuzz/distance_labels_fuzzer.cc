// libFuzzer target: the distance labels loader (DistanceLabels::Deserialize)
// and the decoder. Inputs per run: the fuzz data as a whole file; a valid
// labels file of a small graph with the data applied as byte edits (3 bytes
// per edit: position high, position low, value), resealed with a correct
// checksum when the first data byte is odd so that the label validation is
// reached; and DecodeDistance on the raw data split in two. An accepted file
// must answer queries and re-serialise to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/labeling/distance_labels.h"

namespace {

const std::string& BaseFile() {
  static const std::string* bytes = [] {
    auto list = shortcut::TriangulatedGridEdges(5, 6, 1);
    for (std::size_t i = 0; i < list.edges.size(); ++i) list.edges[i].weight = 1 + (i * 37) % 50;
    auto g = shortcut::BuildGraph(std::move(list));
    if (!g.ok()) std::abort();
    shortcut::DistanceLabelOptions options;
    options.epsilon = 0.25;
    auto labels = shortcut::DistanceLabels::Build(*g, options);
    if (!labels.ok()) std::abort();
    return new std::string(labels->Serialize());
  }();
  return *bytes;
}

void Exercise(const std::string& bytes) {
  auto labels = shortcut::DistanceLabels::Deserialize(bytes);
  if (!labels.ok()) return;
  const shortcut::VertexId n = labels->NumVertices();
  for (shortcut::VertexId u = 0; u < n; ++u) {
    (void)labels->FindExternal(labels->ExternalId(u));
    for (shortcut::VertexId v = 0; v < n && v < 64; ++v) {
      if (labels->Query(u, v) != labels->Query(v, u)) std::abort();
    }
  }
  if (labels->Serialize() != bytes) std::abort();
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
  (void)shortcut::DecodeDistance(all.first(size / 2), all.subspan(size / 2));
  (void)shortcut::ValidateLabel(all, 1000, 1000);
  return 0;
}
