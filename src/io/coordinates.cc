// Coordinate files: DIMACS .co and the two .xyz dialects (Scotch geometry
// with ids, and plain rows in vertex order).
#include <vector>

#include "formats.h"

namespace shortcut::io_internal {
namespace {

bool NextNonBlank(LineReader& in, std::string_view* line, bool dimacs) {
  while (in.Next(line)) {
    const char c = FirstNonSpace(*line);
    if (c == '\0' || c == '#' || c == '%') continue;
    if (dimacs && c == 'c') continue;
    return true;
  }
  return false;
}

// Assign: records point p for external id `id`.
absl::Status Assign(const LineReader& in, const IdLookup& ids, uint64_t id, const Point& p,
                    std::vector<Point>* points, std::vector<char>* seen) {
  const VertexId v = ids.Find(id);
  if (v == kNoVertex) return in.Error("vertex id {} names no vertex of the graph", id);
  if ((*seen)[v]) return in.Error("vertex {} has coordinates twice", id);
  (*seen)[v] = 1;
  (*points)[v] = p;
  return absl::OkStatus();
}

absl::Status CheckComplete(const LineReader& in, const std::vector<char>& seen,
                           std::span<const uint64_t> external_ids) {
  for (std::size_t v = 0; v < seen.size(); ++v) {
    if (!seen[v]) {
      return in.EndError("vertex {} has no coordinates",
                         external_ids.empty() ? static_cast<uint64_t>(v) : external_ids[v]);
    }
  }
  return absl::OkStatus();
}

}  // namespace

IdLookup::IdLookup(std::span<const uint64_t> external_ids, VertexId n) : n_(n) {
  if (external_ids.empty()) return;
  base_ = external_ids[0];
  for (VertexId v = 0; v < n; ++v) {
    if (external_ids[v] != base_ + v) {
      consecutive_ = false;
      break;
    }
  }
  if (!consecutive_) {
    map_.reserve(n);
    for (VertexId v = 0; v < n; ++v) map_.emplace(external_ids[v], v);
  }
}

VertexId IdLookup::Find(uint64_t id) const {
  if (consecutive_) return id >= base_ && id - base_ < n_ ? static_cast<VertexId>(id - base_) : kNoVertex;
  auto it = map_.find(id);
  return it == map_.end() ? kNoVertex : it->second;
}

absl::StatusOr<std::vector<Point>> ReadCoordinates(LineReader& in, const IdLookup& ids, VertexId n,
                                                   std::span<const uint64_t> external_ids) {
  std::vector<Point> points(n);
  std::vector<char> seen(n, 0);
  // DIMACS .co starts with 'c' comments or the 'p aux' line; look at the
  // first line before skipping anything.
  std::string_view line;
  const std::string_view prefix = in.Peek(4096);
  bool dimacs = false;
  {
    LineReader probe(prefix, in.name(), prefix.size() + 1);
    std::string_view first;
    while (probe.Next(&first)) {
      const char c = FirstNonSpace(first);
      if (c == '\0') continue;
      dimacs = c == 'c' || c == 'p' || c == 'v';
      break;
    }
  }
  if (!NextNonBlank(in, &line, dimacs)) {
    SHORTCUT_RETURN_IF_ERROR(in.status());
    return in.EndError("empty coordinates file");
  }
  if (dimacs) {
    bool have_header = false;
    do {
      Fields f(line);
      std::string_view kind;
      f.Next(&kind);
      if (kind == "p") {
        std::string_view aux, sp, co;
        if (have_header || !f.Next(&aux) || aux != "aux" || !f.Next(&sp) || sp != "sp" || !f.Next(&co) ||
            co != "co") {
          return in.Error("malformed problem line {} (expected one 'p aux sp co N')", Quote(line));
        }
        uint64_t count = 0;
        SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex count", &count));
        SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, "the problem line"));
        if (count != n) return in.Error("coordinates for {} vertices, but the graph has {}", count, n);
        have_header = true;
      } else if (kind == "v") {
        uint64_t id = 0;
        Point p;
        SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "vertex id", &id));
        SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "x coordinate", &p.x));
        SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "y coordinate", &p.y));
        if (!f.Empty()) SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(f, in, "z coordinate", &p.z));
        SHORTCUT_RETURN_IF_ERROR(ExpectEnd(f, in, "the coordinates"));
        SHORTCUT_RETURN_IF_ERROR(Assign(in, ids, id, p, &points, &seen));
      } else {
        return in.Error("unexpected line {} (expected 'c', 'p aux sp co N' or 'v ID X Y')", Quote(line));
      }
    } while (NextNonBlank(in, &line, true));
    SHORTCUT_RETURN_IF_ERROR(in.status());
    SHORTCUT_RETURN_IF_ERROR(CheckComplete(in, seen, external_ids));
    return points;
  }
  Fields first(line);
  std::string_view token;
  int tokens = 0;
  while (first.Next(&token)) ++tokens;
  if (tokens == 1) {
    // Scotch geometry: DIM, N, then N rows "ID X [Y [Z]]".
    Fields f(line);
    uint64_t dim = 0, count = 0;
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(f, in, "dimension", &dim));
    if (dim < 1 || dim > 3) return in.Error("dimension {} is not 1, 2 or 3", dim);
    if (!NextNonBlank(in, &line, false)) {
      SHORTCUT_RETURN_IF_ERROR(in.status());
      return in.EndError("file ends before the vertex count (truncated file?)");
    }
    Fields g(line);
    SHORTCUT_RETURN_IF_ERROR(ParseUintField(g, in, "vertex count", &count));
    SHORTCUT_RETURN_IF_ERROR(ExpectEnd(g, in, "the vertex count"));
    if (count != n) return in.Error("coordinates for {} vertices, but the graph has {}", count, n);
    for (uint64_t i = 0; i < count; ++i) {
      if (!NextNonBlank(in, &line, false)) {
        SHORTCUT_RETURN_IF_ERROR(in.status());
        return in.EndError("file ends after {} of {} rows (truncated file?)", i, count);
      }
      Fields r(line);
      uint64_t id = 0;
      Point p;
      SHORTCUT_RETURN_IF_ERROR(ParseUintField(r, in, "vertex id", &id));
      SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "x coordinate", &p.x));
      if (dim >= 2) SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "y coordinate", &p.y));
      if (dim >= 3) SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "z coordinate", &p.z));
      SHORTCUT_RETURN_IF_ERROR(ExpectEnd(r, in, "the coordinates"));
      SHORTCUT_RETURN_IF_ERROR(Assign(in, ids, id, p, &points, &seen));
    }
  } else {
    // Plain rows "X Y [Z]", one per vertex in order.
    uint64_t row = 0;
    do {
      if (row == n) return in.Error("more coordinate rows than the graph's {} vertices", n);
      Fields r(line);
      Point p;
      SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "x coordinate", &p.x));
      SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "y coordinate", &p.y));
      if (!r.Empty()) SHORTCUT_RETURN_IF_ERROR(ParseCoordinateField(r, in, "z coordinate", &p.z));
      SHORTCUT_RETURN_IF_ERROR(ExpectEnd(r, in, "the coordinates"));
      points[row] = p;
      seen[row] = 1;
      ++row;
    } while (NextNonBlank(in, &line, false));
    SHORTCUT_RETURN_IF_ERROR(in.status());
    if (row != n) return in.EndError("{} coordinate rows, but the graph has {} vertices", row, n);
  }
  if (NextNonBlank(in, &line, false)) return in.Error("unexpected line {} after the coordinates", Quote(line));
  SHORTCUT_RETURN_IF_ERROR(in.status());
  SHORTCUT_RETURN_IF_ERROR(CheckComplete(in, seen, external_ids));
  return points;
}

}  // namespace shortcut::io_internal
