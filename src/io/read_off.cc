// OFF mesh reader: "OFF" (or COFF, NOFF, CNOFF, STOFF, ...), then
// "V F [E]", V vertex lines "X Y Z [extra]", F face lines
// "K I_1 .. I_K [colour]" with 0-based indices. The graph is the edge graph
// of the faces: {I_j, I_j+1} for consecutive corners, cyclically. '#' starts
// a comment. External ids are the 0-based vertex indices; the vertices'
// points become the graph's coordinates.
#include <string>

#include "formats.h"

namespace shortcut::io_internal {
namespace {

// NextDataLine: the next line that is not blank, with any '#' comment cut.
bool NextDataLine(LineReader& in, std::string_view* line) {
  while (in.Next(line)) {
    const std::size_t hash = line->find('#');
    if (hash != std::string_view::npos) *line = line->substr(0, hash);
    if (!IsBlank(*line)) return true;
  }
  return false;
}

}  // namespace

bool IsOffKeyword(std::string_view token) {
  if (token.size() < 3 || token.substr(token.size() - 3) != "OFF") return false;
  const std::string_view prefix = token.substr(0, token.size() - 3);
  return prefix.find_first_not_of("STCN") == std::string_view::npos;
}

template <EdgeWeight W>
absl::Status ParseOff(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  std::string_view line;
  if (!NextDataLine(in, &line)) {
    SHORTCUT_RETURN_IF_ERROR(in.status());
    return in.EndError("empty file (expected 'OFF')");
  }
  Fields header(line);
  std::string_view keyword;
  header.Next(&keyword);
  if (!IsOffKeyword(keyword)) {
    if (keyword.find("OFF") != std::string_view::npos) {
      return in.Error("OFF variant {} is not supported (only 3D OFF, COFF, NOFF, CNOFF, STOFF)", Quote(keyword));
    }
    return in.Error("expected 'OFF', found {}", Quote(line));
  }
  const bool has_texture = keyword.find("ST") != std::string_view::npos;
  const bool has_colour = keyword.find('C') != std::string_view::npos;
  const bool has_normal = keyword.find('N') != std::string_view::npos;
  const std::size_t min_vertex_fields = 3 + (has_normal ? 3 : 0) + (has_colour ? 3 : 0) + (has_texture ? 2 : 0);
  // The counts may follow the keyword on the same line.
  Fields counts = header;
  if (header.Empty()) {
    if (!NextDataLine(in, &line)) {
      SHORTCUT_RETURN_IF_ERROR(in.status());
      return in.EndError("file ends before the counts line 'V F E' (truncated file?)");
    }
    counts = Fields(line);
  }
  uint64_t nv = 0, nf = 0, ne = 0;
  SHORTCUT_RETURN_IF_ERROR(ParseUintField(counts, in, "vertex count", &nv));
  SHORTCUT_RETURN_IF_ERROR(ParseUintField(counts, in, "face count", &nf));
  if (!counts.Empty()) SHORTCUT_RETURN_IF_ERROR(ParseUintField(counts, in, "edge count", &ne));
  SHORTCUT_RETURN_IF_ERROR(ExpectEnd(counts, in, "the counts 'V F E'"));
  SHORTCUT_RETURN_IF_ERROR(CheckVertexCount(nv, ctx.max_vertices, in));
  const uint64_t counts_line = in.line_number();

  auto& coordinates = out->list.coordinates;
  coordinates.reserve(ReserveHint(nv, 6, in));
  for (uint64_t v = 0; v < nv; ++v) {
    if (!NextDataLine(in, &line)) {
      SHORTCUT_RETURN_IF_ERROR(in.status());
      return in.EndError("file ends after {} vertices, but line {} declares {} (truncated file?)", v, counts_line,
                         nv);
    }
    Fields f(line);
    Point p;
    SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "x coordinate", &p.x));
    SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "y coordinate", &p.y));
    SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "z coordinate", &p.z));
    // Normals, colours, texture coordinates: checked for presence only.
    std::string_view token;
    for (std::size_t i = 3; i < min_vertex_fields; ++i) {
      if (!f.Next(&token)) return in.Error("vertex line has fewer than the {} fields {} needs", min_vertex_fields,
                                           keyword);
    }
    coordinates.push_back(p);
  }
  auto& edges = out->list.edges;
  edges.reserve(ReserveHint(3 * nf, 4, in));
  std::vector<VertexId> corners;
  for (uint64_t face = 0; face < nf; ++face) {
    if (!NextDataLine(in, &line)) {
      SHORTCUT_RETURN_IF_ERROR(in.status());
      return in.EndError("file ends after {} faces, but line {} declares {} (truncated file?)", face, counts_line,
                         nf);
    }
    Fields f(line);
    uint64_t k = 0;
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "face size", &k));
    if (k > line.size()) return in.Error("face size {} is larger than the line", k);
    corners.clear();
    for (uint64_t i = 0; i < k; ++i) {
      uint64_t id = 0;
      SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "face corner", &id));
      if (id >= nv) return in.Error("face corner {} is out of range [0, {}] (ids are 0-based)", id, nv - 1);
      corners.push_back(static_cast<VertexId>(id));
    }
    // Anything after the corners is a colour; ignore it.
    if (k == 2) {
      edges.push_back({corners[0], corners[1], W{1}});
    } else if (k >= 3) {
      for (uint64_t i = 0; i < k; ++i) edges.push_back({corners[i], corners[(i + 1) % k], W{1}});
    }
  }
  if (NextDataLine(in, &line)) {
    return in.Error("unexpected line {} after the {} faces line {} declares", Quote(line), nf, counts_line);
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  out->list.num_vertices = static_cast<VertexId>(nv);
  out->weighted = false;
  return absl::OkStatus();
}

SHORTCUT_IO_INSTANTIATE_PARSER(ParseOff);

}  // namespace shortcut::io_internal
