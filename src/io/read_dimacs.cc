// DIMACS shortest-path .gr ("p sp N M" + "a U V W" arcs) and PACE .gr
// ("p tw N M" + "U V" edges) readers. Both are 1-based; external ids keep the
// file's 1-based ids.
#include <numeric>

#include "formats.h"

namespace shortcut::io_internal {
namespace {

struct Header {
  uint64_t n = 0;
  uint64_t m = 0;
  uint64_t line = 0;
};

// ParseProblemLine: "p KIND N M".
absl::Status ParseProblemLine(std::string_view line, std::string_view kind, const ParseContext& ctx,
                              const LineReader& in, Header* header) {
  Fields f(line);
  std::string_view p, k;
  f.Next(&p);
  if (p != "p") return in.Error("malformed problem line {} (expected 'p {} N M')", Quote(line), kind);
  if (!f.Next(&k) || k != kind) {
    return in.Error("problem line {} is not 'p {} N M'{}", Quote(line), kind,
                    k == "sp" ? " (this is a DIMACS shortest-path file: use format dimacs)"
                    : k == "tw" ? " (this is a PACE file: use format pace)"
                                : "");
  }
  SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex count", &header->n));
  SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, kind == "sp" ? "arc count" : "edge count", &header->m));
  SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, "the problem line"));
  SHORTCUT_RETURN_IF_ERROR(CheckVertexCount(header->n, ctx.max_vertices, in));
  header->line = in.line_number();
  return absl::OkStatus();
}

absl::Status ParseEndpoint(Fields& f, const LineReader& in, const Header& h, VertexId* out) {
  std::string_view token;
  uint64_t id = 0;
  if (!f.Next(&token)) return in.Error("missing vertex id");
  if (!ParseUint(token, &id)) return in.Error("vertex id {} is not a positive integer", Quote(token));
  if (id == 0 || id > h.n) {
    return in.Error("vertex id {} is out of range [1, {}] (ids are 1-based)", id, h.n);
  }
  *out = static_cast<VertexId>(id - 1);
  return absl::OkStatus();
}

template <EdgeWeight W>
absl::Status ParseGr(LineReader& in, const ParseContext& ctx, bool pace, ParsedGraph<W>* out) {
  const std::string_view kind = pace ? "tw" : "sp";
  const std::string_view item = pace ? "edge" : "arc";
  Header h;
  bool have_header = false;
  auto& edges = out->list.edges;
  std::string_view line;
  while (in.Next(&line)) {
    char c = line.empty() ? '\0' : line[0];
    if (c == ' ' || c == '\t') c = FirstNonSpace(line);
    const bool is_item = pace ? (c >= '0' && c <= '9') : c == 'a';
    if (is_item) {
      if (!have_header) return in.Error("{} before the problem line 'p {} N M'", item, kind);
      if (edges.size() == h.m) {
        return in.Error("more {}s than the {} declared on line {}", item, h.m, h.line);
      }
      Fields f(line);
      std::string_view token;
      if (!pace) f.Next(&token);  // the 'a'
      WeightedEdge<W> e;
      SHORTCUT_RETURN_IF_ERROR(ParseEndpoint(f, in, h, &e.tail));
      SHORTCUT_RETURN_IF_ERROR(ParseEndpoint(f, in, h, &e.head));
      if (pace) {
        e.weight = W{1};
      } else {
        if (!f.Next(&token)) return in.Error("arc ({}, {}) has no weight", e.tail + 1, e.head + 1);
        SHORTCUT_RETURN_IF_ERROR(ParseWeight<W>(token, in, &e.weight));
        if (e.weight == W{0} && ctx.reject_zero && e.tail != e.head) {
          return ZeroWeightError(in, e.tail + 1, e.head + 1);
        }
      }
      SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, pace ? "the edge" : "the arc"));
      edges.push_back(e);
      continue;
    }
    if (c == 'c' || (c == '\0' && IsBlank(line))) continue;  // comment or blank line
    if (c == 'p') {
      if (have_header) return in.Error("second problem line (the first is on line {})", h.line);
      SHORTCUT_RETURN_IF_ERROR(ParseProblemLine(line, kind, ctx, in, &h));
      have_header = true;
      edges.reserve(ReserveHint(h.m, pace ? 4 : 6, in));
      continue;
    }
    return in.Error("unexpected line {} (expected 'c', 'p' or {})", Quote(line),
                    pace ? "'U V' edge lines" : "'a' arc lines");
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (in.line_number() == 0) return in.EndError("empty file (expected 'p {} N M')", kind);
  if (!have_header) return in.EndError("missing problem line 'p {} N M'", kind);
  if (edges.size() != h.m) {
    return in.EndError("file ends after {} {}s, but the problem line (line {}) declares {} (truncated file?)",
                       edges.size(), item, h.line, h.m);
  }
  SHORTCUT_RETURN_IF_ERROR(CheckDeclaredVertices(h.n, edges.size(), h.line, ctx, in));
  out->list.num_vertices = static_cast<VertexId>(h.n);
  out->list.directed = !pace;
  out->list.external_ids.resize(h.n);
  std::iota(out->list.external_ids.begin(), out->list.external_ids.end(), uint64_t{1});
  out->weighted = !pace;
  return absl::OkStatus();
}

}  // namespace

absl::Status ZeroWeightError(const LineReader& in, uint64_t u, uint64_t v) {
  return absl::FailedPreconditionError(fmt::format(
      "{}:{}: edge ({}, {}) has weight 0; zero weights are rejected unless they are contracted "
      "(zero-weights policy 'contract')",
      in.name(), in.line_number(), u, v));
}

template <EdgeWeight W>
absl::Status ParseDimacs(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  return ParseGr(in, ctx, /*pace=*/false, out);
}

template <EdgeWeight W>
absl::Status ParsePace(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  return ParseGr(in, ctx, /*pace=*/true, out);
}

SHORTCUT_IO_INSTANTIATE_PARSER(ParseDimacs);
SHORTCUT_IO_INSTANTIATE_PARSER(ParsePace);

}  // namespace shortcut::io_internal
