// The emulator file: DIMACS over the input graph's numbering
// (emulator/low_hop_emulator_io.h).
#include "shortcut/emulator/low_hop_emulator_io.h"

#include <fmt/format.h>

#include <utility>

#include "absl/strings/match.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"
#include "shortcut/io/file.h"
#include "shortcut/io/read_graph.h"

namespace shortcut {

absl::Status WriteLowHopEmulator(const std::string& path, const Graph<uint32_t>& g, const Graph<uint32_t>& h,
                                 std::string_view comment) {
  if (h.NumVertices() != g.NumVertices()) {
    return absl::InvalidArgumentError(
        fmt::format("emulator has {} vertices, the graph {}", h.NumVertices(), g.NumVertices()));
  }
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  std::string buf;
  if (!comment.empty()) buf += fmt::format("c {}\n", comment);
  bool one_based = true;
  for (VertexId v : g.Vertices()) one_based = one_based && g.ExternalId(v) == uint64_t{v} + 1;
  if (!one_based) {
    for (VertexId v : g.Vertices()) {
      buf += fmt::format("c id {} {}\n", v + 1, g.ExternalId(v));
      if (buf.size() > (1u << 16)) {
        SHORTCUT_RETURN_IF_ERROR(file.Write(buf));
        buf.clear();
      }
    }
  }
  buf += fmt::format("p sp {} {}\n", h.NumVertices(), uint64_t{h.NumEdges()} * 2);
  for (EdgeId e = 0; e < h.NumEdges(); ++e) {
    const auto [u, v] = h.EdgeEndpoints(e);
    const uint32_t w = h.EdgeWeightOf(e);
    fmt::format_to(std::back_inserter(buf), "a {} {} {}\na {} {} {}\n", u + 1, v + 1, w, v + 1, u + 1, w);
    if (buf.size() > (1u << 16)) {
      SHORTCUT_RETURN_IF_ERROR(file.Write(buf));
      buf.clear();
    }
  }
  SHORTCUT_RETURN_IF_ERROR(file.Write(buf));
  return file.Commit();
}

absl::StatusOr<Graph<uint32_t>> ReadLowHopEmulator(const std::string& path, const Graph<uint32_t>& g) {
  ReadOptions options;
  options.format = GraphFormat::kDimacs;
  options.find_coordinates = false;
  options.max_vertices = g.NumVertices();
  absl::StatusOr<Graph<uint32_t>> parsed = ReadGraph<uint32_t>(path, options);
  // More vertices than g has: the file belongs to another graph, an input
  // error rather than a shortage of resources.
  if (parsed.status().code() == absl::StatusCode::kResourceExhausted &&
      absl::StrContains(parsed.status().message(), "exceed the limit")) {
    return absl::InvalidArgumentError(
        fmt::format("{} (the graph has {} vertices)", parsed.status().message(), g.NumVertices()));
  }
  SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> read, std::move(parsed));
  if (read.NumVertices() != g.NumVertices()) {
    return absl::InvalidArgumentError(fmt::format("{}: the emulator has {} vertices, the graph {}", path,
                                                  read.NumVertices(), g.NumVertices()));
  }
  EdgeList<uint32_t> list;
  list.num_vertices = g.NumVertices();
  list.external_ids.assign(g.ExternalIds().begin(), g.ExternalIds().end());
  list.edges.reserve(read.NumEdges());
  for (EdgeId e = 0; e < read.NumEdges(); ++e) {
    const auto [a, b] = read.EdgeEndpoints(e);
    const uint64_t ia = read.ExternalId(a), ib = read.ExternalId(b);
    if (ia < 1 || ia > g.NumVertices() || ib < 1 || ib > g.NumVertices()) {
      return absl::InvalidArgumentError(fmt::format("{}: vertex id outside [1, {}]", path, g.NumVertices()));
    }
    list.edges.push_back({static_cast<VertexId>(ia - 1), static_cast<VertexId>(ib - 1), read.EdgeWeightOf(e)});
  }
  return BuildGraph(std::move(list));
}

}  // namespace shortcut
