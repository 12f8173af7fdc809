// Plain and SNAP edge lists: one "U V [W]" per line, '#' and '%' comments,
// ids arbitrary non-negative integers. Vertices are the distinct ids,
// numbered in increasing id order (so the result does not depend on the
// order of the lines); the ids are kept as external ids.
#include <algorithm>

#include "formats.h"

namespace shortcut::io_internal {
namespace {

template <EdgeWeight W>
struct RawEdge {
  uint64_t u;
  uint64_t v;
  W w;
};

}  // namespace

template <EdgeWeight W>
absl::Status ParseEdgeList(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  std::vector<RawEdge<W>> raw;
  raw.reserve(ReserveHint(uint64_t{1} << 40, 8, in));
  int columns = 0;  // 2 or 3, fixed by the first edge line
  uint64_t first_line = 0;
  uint64_t max_id = 0;
  std::string_view line;
  while (in.Next(&line)) {
    const char c = line.empty() ? '\0' : (line[0] == ' ' || line[0] == '\t' ? FirstNonSpace(line) : line[0]);
    if (c == '#' || c == '%' || (c == '\0' && IsBlank(line))) continue;
    Fields f(line);
    RawEdge<W> e{0, 0, W{1}};
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex id", &e.u));
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex id", &e.v));
    std::string_view token;
    const int cols = f.Next(&token) ? 3 : 2;
    if (columns == 0) {
      columns = cols;
      first_line = in.line_number();
    } else if (cols != columns) {
      return in.Error("{} columns, but line {} has {} (every line must be 'U V' or every line 'U V W')", cols,
                      first_line, columns);
    }
    if (cols == 3) {
      SHORTCUT_RETURN_IF_ERROR(ParseWeight<W>(token, in, &e.w));
      if (e.w == W{0} && ctx.reject_zero && e.u != e.v) return ZeroWeightError(in, e.u, e.v);
      SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, "the weight"));
    }
    max_id = std::max({max_id, e.u, e.v});
    raw.push_back(e);
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (in.line_number() == 0) return in.EndError("empty file (expected 'U V [W]' edge lines)");
  if (raw.empty()) return in.EndError("no edge lines (expected 'U V [W]')");

  // Distinct ids in increasing order. Dense ids (the common case) use a
  // presence array; sparse ones a sort.
  std::vector<uint64_t> ids;
  auto& edges = out->list.edges;
  edges.resize(raw.size());
  if (max_id < 4 * raw.size() + 1024) {
    std::vector<VertexId> index(max_id + 1, kNoVertex);
    for (const auto& e : raw) index[e.u] = index[e.v] = 0;
    for (uint64_t id = 0; id <= max_id; ++id) {
      if (index[id] == kNoVertex) continue;
      index[id] = static_cast<VertexId>(ids.size());
      ids.push_back(id);
    }
    for (std::size_t i = 0; i < raw.size(); ++i) edges[i] = {index[raw[i].u], index[raw[i].v], raw[i].w};
  } else {
    ids.reserve(2 * raw.size());
    for (const auto& e : raw) {
      ids.push_back(e.u);
      ids.push_back(e.v);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > std::min<uint64_t>(kMaxVertices, ctx.max_vertices)) {
      return absl::ResourceExhaustedError(
          fmt::format("{}: {} distinct vertex ids exceed the limit of {}", in.name(), ids.size(),
                      std::min<uint64_t>(kMaxVertices, ctx.max_vertices)));
    }
    auto find = [&](uint64_t id) {
      return static_cast<VertexId>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
    };
    for (std::size_t i = 0; i < raw.size(); ++i) edges[i] = {find(raw[i].u), find(raw[i].v), raw[i].w};
  }
  if (ids.size() > std::min<uint64_t>(kMaxVertices, ctx.max_vertices)) {
    return absl::ResourceExhaustedError(fmt::format("{}: {} distinct vertex ids exceed the limit of {}", in.name(),
                                                    ids.size(), std::min<uint64_t>(kMaxVertices, ctx.max_vertices)));
  }
  out->list.num_vertices = static_cast<VertexId>(ids.size());
  out->list.external_ids = std::move(ids);
  out->list.directed = false;
  out->weighted = columns == 3;
  return absl::OkStatus();
}

SHORTCUT_IO_INSTANTIATE_PARSER(ParseEdgeList);

}  // namespace shortcut::io_internal
