// METIS .graph reader: header "N M [FMT [NCON]]" (M undirected edges), then
// exactly N vertex lines (an empty line is a vertex without neighbours), each
// "[SIZE] [W_1 .. W_NCON] NBR [EW] NBR [EW] ..." with 1-based neighbours.
// FMT's digits say whether vertex sizes (100), vertex weights (10) and edge
// weights (1) are present. '%' lines are comments. Vertex sizes and weights
// are validated and ignored.
#include <numeric>

#include "formats.h"

namespace shortcut::io_internal {

template <EdgeWeight W>
absl::Status ParseMetis(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  std::string_view line;
  // Header: the first line that is neither blank nor a comment.
  bool have_header = false;
  while (in.Next(&line)) {
    const char c = FirstNonSpace(line);
    if (c == '\0' || c == '%') continue;
    have_header = true;
    break;
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (!have_header) {
    return in.line_number() == 0 ? in.EndError("empty file (expected the METIS header 'N M [FMT [NCON]]')")
                                 : in.EndError("missing METIS header 'N M [FMT [NCON]]'");
  }
  const uint64_t header_line = in.line_number();
  uint64_t n = 0, m = 0, ncon = 0;
  bool has_sizes = false, has_vertex_weights = false, has_edge_weights = false;
  {
    Fields f(line);
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex count", &n));
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "edge count", &m));
    std::string_view fmt_token;
    if (f.Next(&fmt_token)) {
      if (fmt_token.size() > 3 || fmt_token.find_first_not_of("01") != std::string_view::npos) {
        return in.Error("format code {} is not one of 0, 1, 10, 11, 100, 101, 110, 111", Quote(fmt_token));
      }
      const std::string padded = std::string(3 - fmt_token.size(), '0') + std::string(fmt_token);
      has_sizes = padded[0] == '1';
      has_vertex_weights = padded[1] == '1';
      has_edge_weights = padded[2] == '1';
      std::string_view ncon_token;
      if (f.Next(&ncon_token)) {
        if (!ParseUint(ncon_token, &ncon) || ncon == 0 || ncon > 1000) {
          return in.Error("constraint count {} is not an integer in [1, 1000]", Quote(ncon_token));
        }
        if (!has_vertex_weights) {
          return in.Error("constraint count given but the format code {} has no vertex weights",
                          Quote(fmt_token));
        }
      }
    }
    SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, "the METIS header"));
  }
  if (has_vertex_weights && ncon == 0) ncon = 1;
  SHORTCUT_RETURN_IF_ERROR(CheckVertexCount(n, ctx.max_vertices, in));
  if (m > kMaxArcs / 2) {
    return absl::ResourceExhaustedError(fmt::format("{}:{}: {} edges do not fit 32-bit arc ids", in.name(),
                                                    header_line, m));
  }

  auto& edges = out->list.edges;
  edges.reserve(ReserveHint(2 * m, 2, in));
  const uint64_t expected_entries = 2 * m;
  uint64_t v = 0;
  while (v < n && in.Next(&line)) {
    if (!line.empty() && line[0] == '%') continue;
    Fields f(line);
    std::string_view token;
    uint64_t value = 0;
    if (has_sizes) {
      if (!f.Next(&token)) return in.Error("vertex {} has no size (format code has 100)", v + 1);
      if (!ParseUint(token, &value)) return in.Error("vertex size {} is not a non-negative integer", Quote(token));
    }
    for (uint64_t i = 0; i < ncon; ++i) {
      if (!f.Next(&token)) return in.Error("vertex {} has fewer than {} vertex weights", v + 1, ncon);
      if (!ParseUint(token, &value)) {
        return in.Error("vertex weight {} is not a non-negative integer", Quote(token));
      }
    }
    while (f.Next(&token)) {
      uint64_t id = 0;
      if (!ParseUint(token, &id)) {
        return in.Error("neighbour {} of vertex {} is not a positive integer", Quote(token), v + 1);
      }
      if (id == 0 || id > n) {
        return in.Error("neighbour {} of vertex {} is out of range [1, {}] (ids are 1-based)", id, v + 1, n);
      }
      if (edges.size() == expected_entries) {
        return in.Error("more adjacency entries than the 2 x {} that the header (line {}) declares", m,
                        header_line);
      }
      WeightedEdge<W> e{static_cast<VertexId>(v), static_cast<VertexId>(id - 1), W{1}};
      if (has_edge_weights) {
        if (!f.Next(&token)) return in.Error("edge ({}, {}) has no weight (format code has 1)", v + 1, id);
        SHORTCUT_RETURN_IF_ERROR(ParseWeight<W>(token, in, &e.weight));
        if (e.weight == W{0} && ctx.reject_zero && e.tail != e.head) return ZeroWeightError(in, v + 1, id);
      }
      edges.push_back(e);
    }
    ++v;
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (v < n) {
    return in.EndError("file ends after {} vertex lines, but the header (line {}) declares {} vertices "
                       "(truncated file?)",
                       v, header_line, n);
  }
  while (in.Next(&line)) {
    const char c = FirstNonSpace(line);
    if (c == '\0' || c == '%') continue;
    return in.Error("unexpected line {} after the {} vertex lines the header (line {}) declares", Quote(line),
                    n, header_line);
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (edges.size() != expected_entries) {
    return in.ErrorAt(header_line,
                      "the header declares {} edges ({} adjacency entries) but the adjacency lists have {} "
                      "entries",
                      m, expected_entries, edges.size());
  }
  out->list.num_vertices = static_cast<VertexId>(n);
  out->list.directed = true;  // each edge appears twice; the builder pairs them up
  out->list.external_ids.resize(n);
  std::iota(out->list.external_ids.begin(), out->list.external_ids.end(), uint64_t{1});
  out->weighted = has_edge_weights;
  return absl::OkStatus();
}

SHORTCUT_IO_INSTANTIATE_PARSER(ParseMetis);

}  // namespace shortcut::io_internal
