// Scotch source graph (.grf) reader. Whitespace-separated tokens:
//   VERSION(0)  VERTNBR EDGENBR(arcs = 2 x edges)  BASEVAL FLAGS
// then per vertex: [LABEL] [LOAD] DEGREE, then DEGREE x ([EDGELOAD] END).
// FLAGS has three digits: vertex labels (100), edge loads (10), vertex
// loads (1). END is a label when labels are present, else a vertex number
// counted from BASEVAL. External ids are the labels, or BASEVAL-based numbers.
#include <numeric>

#include "formats.h"

namespace shortcut::io_internal {
namespace {

// TokenReader: the tokens of a LineReader across line breaks.
class TokenReader {
 public:
  explicit TokenReader(LineReader& in) : in_(in), fields_(std::string_view()) {}
  // Next: false at the end of input or on a read error (see in.status()).
  bool Next(std::string_view* token) {
    while (!fields_.Next(token)) {
      std::string_view line;
      if (!in_.Next(&line)) return false;
      fields_ = Fields(line);
    }
    return true;
  }
  // Uint: the next token as a non-negative integer.
  absl::Status Uint(std::string_view what, uint64_t* out) {
    std::string_view token;
    if (!Next(&token)) {
      SHORTCUT_RETURN_IF_ERROR(in_.status());
      return in_.EndError("file ends where {} was expected (truncated file?)", what);
    }
    if (!ParseUint(token, out)) return in_.Error("{} {} is not a non-negative integer", what, Quote(token));
    return absl::OkStatus();
  }

 private:
  LineReader& in_;
  Fields fields_;
};

}  // namespace

template <EdgeWeight W>
absl::Status ParseScotch(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  TokenReader tokens(in);
  std::string_view token;
  if (!tokens.Next(&token)) {
    SHORTCUT_RETURN_IF_ERROR(in.status());
    return in.EndError("empty file (expected the Scotch version number 0)");
  }
  if (token != "0") return in.Error("Scotch graph version {} is not supported (expected 0)", Quote(token));
  uint64_t n = 0, arcs = 0, baseval = 0;
  SHORTCUT_RETURN_IF_ERROR(tokens.Uint("vertex count", &n));
  const uint64_t header_line = in.line_number();
  SHORTCUT_RETURN_IF_ERROR(CheckVertexCount(n, ctx.max_vertices, in));
  SHORTCUT_RETURN_IF_ERROR(tokens.Uint("arc count", &arcs));
  if (arcs > kMaxArcs) {
    return absl::ResourceExhaustedError(
        fmt::format("{}:{}: {} arcs do not fit 32-bit arc ids", in.name(), in.line_number(), arcs));
  }
  SHORTCUT_RETURN_IF_ERROR(tokens.Uint("base value", &baseval));
  if (baseval > 1) return in.Error("base value {} is not 0 or 1", baseval);
  if (!tokens.Next(&token)) {
    SHORTCUT_RETURN_IF_ERROR(in.status());
    return in.EndError("file ends where the flags were expected (truncated file?)");
  }
  if (token.size() > 3 || token.find_first_not_of("01") != std::string_view::npos) {
    return in.Error("flags {} are not three binary digits (labels, edge loads, vertex loads)", Quote(token));
  }
  const std::string flags = std::string(3 - token.size(), '0') + std::string(token);
  const bool has_labels = flags[0] == '1';
  const bool has_edge_loads = flags[1] == '1';
  const bool has_vertex_loads = flags[2] == '1';

  auto& edges = out->list.edges;
  edges.reserve(ReserveHint(arcs, 2, in));
  // With labels, END is a label: keep the raw value and map it at the end.
  std::vector<uint64_t> raw_heads;
  std::vector<uint64_t> labels;
  std::vector<uint64_t> vertex_line;
  if (has_labels) {
    labels.reserve(ReserveHint(n, 2, in));
    vertex_line.reserve(ReserveHint(n, 2, in));
  }
  uint64_t value = 0;
  for (uint64_t v = 0; v < n; ++v) {
    if (has_labels) {
      SHORTCUT_RETURN_IF_ERROR(tokens.Uint("vertex label", &value));
      labels.push_back(value);
      vertex_line.push_back(in.line_number());
    }
    if (has_vertex_loads) SHORTCUT_RETURN_IF_ERROR(tokens.Uint("vertex load", &value));
    uint64_t degree = 0;
    SHORTCUT_RETURN_IF_ERROR(tokens.Uint("vertex degree", &degree));
    if (degree > arcs - edges.size()) {
      return in.Error("vertex {} has degree {}, more than the {} arcs left of the {} the header (line {}) "
                      "declares",
                      v + baseval, degree, arcs - edges.size(), arcs, header_line);
    }
    for (uint64_t i = 0; i < degree; ++i) {
      WeightedEdge<W> e{static_cast<VertexId>(v), 0, W{1}};
      if (has_edge_loads) {
        if (!tokens.Next(&token)) {
          SHORTCUT_RETURN_IF_ERROR(in.status());
          return in.EndError("file ends inside the neighbours of vertex {} (truncated file?)", v + baseval);
        }
        SHORTCUT_RETURN_IF_ERROR(ParseWeight<W>(token, in, &e.weight));
      }
      uint64_t end = 0;
      SHORTCUT_RETURN_IF_ERROR(tokens.Uint("neighbour", &end));
      if (has_labels) {
        raw_heads.push_back(end);
      } else {
        if (end < baseval || end - baseval >= n) {
          return in.Error("neighbour {} of vertex {} is out of range [{}, {}]", end, v + baseval, baseval,
                          n - 1 + baseval);
        }
        e.head = static_cast<VertexId>(end - baseval);
        if (has_edge_loads && e.weight == W{0} && ctx.reject_zero && e.head != e.tail) {
          return ZeroWeightError(in, v + baseval, end);
        }
      }
      edges.push_back(e);
    }
  }
  if (tokens.Next(&token)) {
    return in.Error("unexpected {} after the {} vertices the header (line {}) declares", Quote(token), n,
                    header_line);
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (edges.size() != arcs) {
    return in.EndError("the vertices have {} arcs in total, but the header (line {}) declares {}", edges.size(),
                       header_line, arcs);
  }
  out->list.num_vertices = static_cast<VertexId>(n);
  out->list.directed = true;
  if (has_labels) {
    absl::flat_hash_map<uint64_t, VertexId> index;
    index.reserve(n);
    for (VertexId v = 0; v < n; ++v) {
      auto [it, inserted] = index.emplace(labels[v], v);
      if (!inserted) {
        return in.ErrorAt(vertex_line[v], "duplicate vertex label {} (first used on line {})", labels[v],
                          vertex_line[it->second]);
      }
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
      auto it = index.find(raw_heads[i]);
      if (it == index.end()) {
        return in.ErrorAt(vertex_line[edges[i].tail], "neighbour label {} of vertex {} names no vertex",
                          raw_heads[i], labels[edges[i].tail]);
      }
      edges[i].head = it->second;
      if (has_edge_loads && edges[i].weight == W{0} && ctx.reject_zero && edges[i].head != edges[i].tail) {
        return absl::FailedPreconditionError(fmt::format(
            "{}:{}: edge ({}, {}) has weight 0; zero weights are rejected unless they are contracted "
            "(zero-weights policy 'contract')",
            in.name(), vertex_line[edges[i].tail], labels[edges[i].tail], raw_heads[i]));
      }
    }
    out->list.external_ids = std::move(labels);
  } else {
    out->list.external_ids.resize(n);
    std::iota(out->list.external_ids.begin(), out->list.external_ids.end(), baseval);
  }
  out->weighted = has_edge_loads;
  return absl::OkStatus();
}

SHORTCUT_IO_INSTANTIATE_PARSER(ParseScotch);

}  // namespace shortcut::io_internal
