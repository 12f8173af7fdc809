// File: fuzz/fuzz_graph_format.h
//
// FuzzGraphFormat(format, data, size): the body shared by the per-format
// fuzz targets. It parses the input as integer and as double graphs with
// limits that keep memory small, and checks what a successful parse
// guarantees (canonical simple graph, ids and coordinates in range). Any
// violation aborts, which libFuzzer reports as a crash.
#ifndef SHORTCUT_TESTS_FUZZ_FUZZ_GRAPH_FORMAT_H_
#define SHORTCUT_TESTS_FUZZ_FUZZ_GRAPH_FORMAT_H_

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "shortcut/io/read_graph.h"

namespace shortcut::fuzz {

template <EdgeWeight W>
void CheckGraph(const Graph<W>& g, const ReadOptions& options) {
  const VertexId n = g.NumVertices();
  if (n > options.max_vertices) std::abort();
  if (g.HasCoordinates() && g.Coordinates().size() != n) std::abort();
  if (g.ExternalIds().size() != n) std::abort();
  for (VertexId v = 0; v < n; ++v) {
    VertexId previous = kNoVertex;
    for (ArcId a : g.Arcs(v)) {
      const VertexId h = g.Head(a);
      if (h >= n || h == v) std::abort();                       // in range, no self-loop
      if (previous != kNoVertex && h <= previous) std::abort();  // sorted, no parallel arcs
      if (!(g.Weight(a) > W{0})) std::abort();
      if (g.Head(g.ReverseArc(a)) != v) std::abort();
      previous = h;
    }
  }
}

inline void FuzzGraphFormat(GraphFormat format, const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ReadOptions options;
  options.format = format;
  options.max_vertices = 1u << 16;
  options.max_line_bytes = 1u << 16;
  if (auto g = ParseGraph<uint32_t>(text, "fuzz", format, options); g.ok()) CheckGraph(*g, options);
  if (auto g = ParseGraph<double>(text, "fuzz", format, options); g.ok()) CheckGraph(*g, options);
  // Zero-weight contraction and replaced weights take other paths.
  options.zero_weights = ZeroWeightPolicy::kContract;
  options.weights.kind = size % 2 == 0 ? WeightSpec::Kind::kInput : WeightSpec::Kind::kUnit;
  if (auto g = ParseGraph<uint32_t>(text, "fuzz", format, options); g.ok()) CheckGraph(*g, options);
}

}  // namespace shortcut::fuzz

#endif  // SHORTCUT_TESTS_FUZZ_FUZZ_GRAPH_FORMAT_H_
