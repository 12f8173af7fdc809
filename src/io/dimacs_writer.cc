#include "shortcut/io/dimacs_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <utility>

#include "shortcut/core/status.h"

namespace shortcut {
namespace {

void AppendComment(AtomicFile& out, std::string_view comment) {
  while (!comment.empty()) {
    const std::size_t nl = comment.find('\n');
    const std::string_view line = comment.substr(0, nl);
    (void)out.Write("c ");  // errors stick in `out` and come back from Commit
    (void)out.Write(line);
    (void)out.Write("\n");
    if (nl == std::string_view::npos) break;
    comment.remove_prefix(nl + 1);
  }
}

// AppendUint: decimal digits of x at p; returns the end.
char* AppendUint(char* p, uint64_t x) {
  const fmt::format_int digits(x);
  std::memcpy(p, digits.data(), digits.size());
  return p + digits.size();
}

}  // namespace

DimacsGraphWriter::DimacsGraphWriter(AtomicFile file, uint64_t n, uint64_t m)
    : file_(std::move(file)), num_vertices_(n), num_edges_(m) {}
DimacsGraphWriter::DimacsGraphWriter(DimacsGraphWriter&&) noexcept = default;
DimacsGraphWriter& DimacsGraphWriter::operator=(DimacsGraphWriter&&) noexcept = default;
DimacsGraphWriter::~DimacsGraphWriter() = default;

absl::StatusOr<DimacsGraphWriter> DimacsGraphWriter::Open(const std::string& path, uint64_t num_vertices,
                                                          uint64_t num_edges, std::string_view comment) {
  if (num_vertices > kMaxVertices) {
    return InvalidArgumentError("{} vertices do not fit 32-bit ids", num_vertices);
  }
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  AppendComment(file, comment);
  (void)file.Write(fmt::format("p sp {} {}\n", num_vertices, 2 * num_edges));
  return DimacsGraphWriter(std::move(file), num_vertices, num_edges);
}

absl::Status DimacsGraphWriter::AddEdge(VertexId u, VertexId v, uint32_t w) {
  if (!file_.has_value()) return absl::FailedPreconditionError("AddEdge after Close");
  if (!file_->status().ok()) return file_->status();  // a full disk: stop now, not after formatting everything
  if (u == v) return InvalidArgumentError("edge {}: self-loop at vertex {}", edges_written_, u);
  if (u >= num_vertices_ || v >= num_vertices_) {
    return InvalidArgumentError("edge {}: ({}, {}) has an endpoint >= n = {}", edges_written_, u, v,
                                num_vertices_);
  }
  if (w == 0) return InvalidArgumentError("edge {}: ({}, {}) has weight 0", edges_written_, u, v);
  if (edges_written_ >= num_edges_) {
    return InvalidArgumentError("more than the announced {} edges", num_edges_);
  }
  ++edges_written_;
  // Two lines of at most 2 + 10 + 1 + 10 + 1 + 10 + 1 bytes each.
  char* const start = file_->Reserve(80);
  char* p = start;
  for (int arc = 0; arc < 2; ++arc) {
    *p++ = 'a';
    *p++ = ' ';
    p = AppendUint(p, uint64_t{u} + 1);
    *p++ = ' ';
    p = AppendUint(p, uint64_t{v} + 1);
    *p++ = ' ';
    p = AppendUint(p, w);
    *p++ = '\n';
    std::swap(u, v);
  }
  file_->Advance(static_cast<std::size_t>(p - start));
  return absl::OkStatus();
}

absl::Status DimacsGraphWriter::Close() {
  if (!file_.has_value()) return absl::OkStatus();
  std::optional<AtomicFile> file = std::exchange(file_, std::nullopt);
  if (edges_written_ != num_edges_) {
    return InvalidArgumentError("{}: {} edges written, {} announced", file->path(), edges_written_, num_edges_);
  }
  return file->Commit();
}

absl::Status WriteDimacsGraph(const std::string& path, const EdgeList<uint32_t>& list, std::string_view comment) {
  if (list.directed) return InvalidArgumentError("DIMACS output needs an undirected edge list");
  SHORTCUT_ASSIGN_OR_RETURN(DimacsGraphWriter writer,
                            DimacsGraphWriter::Open(path, list.num_vertices, list.edges.size(), comment));
  for (const auto& e : list.edges) SHORTCUT_RETURN_IF_ERROR(writer.AddEdge(e.tail, e.head, e.weight));
  return writer.Close();
}

absl::Status WriteDimacsGraph(const std::string& path, const Graph<uint32_t>& g, std::string_view comment) {
  SHORTCUT_ASSIGN_OR_RETURN(DimacsGraphWriter writer,
                            DimacsGraphWriter::Open(path, g.NumVertices(), g.NumEdges(), comment));
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    SHORTCUT_RETURN_IF_ERROR(writer.AddEdge(u, v, g.EdgeWeightOf(e)));
  }
  return writer.Close();
}

absl::Status WriteDimacsCoordinates(const std::string& path, std::span<const Point> points,
                                    std::string_view comment) {
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y)) {
      return InvalidArgumentError("vertex {} has a non-finite coordinate", i + 1);
    }
  }
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  AppendComment(file, comment);
  (void)file.Write(fmt::format("p aux sp co {}\n", points.size()));
  fmt::memory_buffer line;
  for (std::size_t i = 0; i < points.size(); ++i) {
    line.clear();
    fmt::format_to(std::back_inserter(line), "v {} {} {}\n", i + 1, points[i].x, points[i].y);
    if (!file.Write(std::string_view(line.data(), line.size())).ok()) break;  // Commit reports it
  }
  return file.Commit();
}

std::string SiblingPath(std::string_view graph_path, std::string_view extension) {
  constexpr std::string_view kGr = ".gr";
  std::string out(graph_path);
  if (out.size() > kGr.size() && out.compare(out.size() - kGr.size(), kGr.size(), kGr) == 0) {
    out.resize(out.size() - kGr.size());
  }
  out += extension;
  return out;
}

std::string DimacsCoordinatesPath(std::string_view graph_path) { return SiblingPath(graph_path, ".co"); }

}  // namespace shortcut
