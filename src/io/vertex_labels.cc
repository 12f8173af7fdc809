// Vertex label files ("<external id> <label>" per line) and vertex lists.
#include "shortcut/io/vertex_labels.h"

#include <fmt/format.h>

#include <limits>
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "line_reader.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/core/status.h"
#include "shortcut/io/file.h"

namespace shortcut {
namespace {

using io_internal::Fields;
using io_internal::LineReader;
using io_internal::ParseUint;
using io_internal::Quote;

constexpr uint64_t kMaxLabelLine = uint64_t{1} << 20;

// IsSkippable: blank lines and '#' comments.
bool IsSkippable(std::string_view line) {
  const char c = io_internal::FirstNonSpace(line);
  return c == '\0' || c == '#';
}

template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ParseLabels(LineReader& in, const Graph<W>& g, bool value_is_vertex) {
  const VertexId n = g.NumVertices();
  const ExternalIdIndex ids(g);
  std::vector<uint32_t> labels(n, 0);
  std::vector<uint64_t> line_of(n, 0);  // 0: not seen yet
  VertexId seen = 0;
  std::string_view line;
  while (in.Next(&line)) {
    if (IsSkippable(line)) continue;
    Fields f(line);
    uint64_t id = 0, value = 0;
    SHORTCUT_RETURN_IF_ERROR(io_internal::ParseUintField(f, in, "vertex id", &id));
    SHORTCUT_RETURN_IF_ERROR(io_internal::ParseUintField(f, in, value_is_vertex ? "target vertex id" : "label", &value));
    SHORTCUT_RETURN_IF_ERROR(io_internal::ExpectEnd(f, in, value_is_vertex ? "the target vertex" : "the label"));
    const VertexId v = ids.Find(id);
    if (v == kNoVertex) return in.Error("vertex id {} names no vertex of the graph", id);
    if (line_of[v] != 0) return in.Error("vertex {} appears twice (first on line {})", id, line_of[v]);
    if (value_is_vertex) {
      const VertexId t = ids.Find(value);
      if (t == kNoVertex) return in.Error("target vertex id {} names no vertex of the graph", value);
      labels[v] = t;
    } else {
      if (value > std::numeric_limits<uint32_t>::max()) {
        return in.Error("label {} exceeds the largest label {}", value, std::numeric_limits<uint32_t>::max());
      }
      labels[v] = static_cast<uint32_t>(value);
    }
    line_of[v] = in.line_number();
    ++seen;
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (seen != n) {
    for (VertexId v = 0; v < n; ++v) {
      if (line_of[v] == 0) {
        return in.EndError("vertex {} has no label ({} of {} vertices are missing)", g.ExternalId(v), n - seen, n);
      }
    }
  }
  return labels;
}

template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ParseList(LineReader& in, const Graph<W>& g) {
  const ExternalIdIndex ids(g);
  absl::flat_hash_map<VertexId, uint64_t> line_of;
  std::vector<VertexId> out;
  std::string_view line;
  while (in.Next(&line)) {
    if (IsSkippable(line)) continue;
    Fields f(line);
    uint64_t id = 0;
    SHORTCUT_RETURN_IF_ERROR(io_internal::ParseUintField(f, in, "vertex id", &id));
    SHORTCUT_RETURN_IF_ERROR(io_internal::ExpectEnd(f, in, "the vertex id"));
    const VertexId v = ids.Find(id);
    if (v == kNoVertex) return in.Error("vertex id {} names no vertex of the graph", id);
    auto [it, inserted] = line_of.emplace(v, in.line_number());
    if (!inserted) return in.Error("vertex {} appears twice (first on line {})", id, it->second);
    out.push_back(v);
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  return out;
}

}  // namespace

uint32_t RenumberByFirstAppearance(std::span<uint32_t> labels) {
  absl::flat_hash_map<uint32_t, uint32_t> map;
  for (uint32_t& label : labels) {
    auto [it, inserted] = map.emplace(label, static_cast<uint32_t>(map.size()));
    label = it->second;
  }
  return static_cast<uint32_t>(map.size());
}

template <EdgeWeight W>
absl::Status WriteVertexLabels(const std::string& path, const Graph<W>& g, std::span<const uint32_t> labels) {
  if (labels.size() != g.NumVertices()) {
    return InvalidArgumentError("{}: {} labels for a graph with {} vertices", path, labels.size(), g.NumVertices());
  }
  std::vector<uint32_t> renumbered(labels.begin(), labels.end());
  RenumberByFirstAppearance(renumbered);
  fmt::memory_buffer out;
  for (VertexId v = 0; v < g.NumVertices(); ++v) fmt::format_to(std::back_inserter(out), "{} {}\n", g.ExternalId(v), renumbered[v]);
  return WriteFileAtomic(path, std::string_view(out.data(), out.size()));
}

template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ReadVertexLabels(const std::string& path, const Graph<W>& g,
                                                       bool value_is_vertex) {
  SHORTCUT_ASSIGN_OR_RETURN(std::unique_ptr<io_internal::ByteSource> source, io_internal::OpenInput(path));
  LineReader in(source.get(), path, kMaxLabelLine);
  return ParseLabels(in, g, value_is_vertex);
}

template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ParseVertexLabels(std::string_view data, std::string_view name,
                                                        const Graph<W>& g, bool value_is_vertex) {
  LineReader in(data, name, kMaxLabelLine);
  return ParseLabels(in, g, value_is_vertex);
}

template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ReadVertexList(const std::string& path, const Graph<W>& g) {
  SHORTCUT_ASSIGN_OR_RETURN(std::unique_ptr<io_internal::ByteSource> source, io_internal::OpenInput(path));
  LineReader in(source.get(), path, kMaxLabelLine);
  return ParseList(in, g);
}

template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ParseVertexList(std::string_view data, std::string_view name,
                                                      const Graph<W>& g) {
  LineReader in(data, name, kMaxLabelLine);
  return ParseList(in, g);
}

template <EdgeWeight W>
absl::Status WriteVertexList(const std::string& path, const Graph<W>& g, std::span<const VertexId> vertices) {
  fmt::memory_buffer out;
  for (VertexId v : vertices) {
    if (v >= g.NumVertices()) {
      return OutOfRangeError("{}: vertex {} is outside the graph ({} vertices)", path, v, g.NumVertices());
    }
    fmt::format_to(std::back_inserter(out), "{}\n", g.ExternalId(v));
  }
  return WriteFileAtomic(path, std::string_view(out.data(), out.size()));
}

#define SHORTCUT_INSTANTIATE_LABELS(W)                                                                          \
  template absl::Status WriteVertexLabels(const std::string&, const Graph<W>&, std::span<const uint32_t>);      \
  template absl::StatusOr<std::vector<uint32_t>> ReadVertexLabels(const std::string&, const Graph<W>&, bool);   \
  template absl::StatusOr<std::vector<uint32_t>> ParseVertexLabels(std::string_view, std::string_view,          \
                                                                   const Graph<W>&, bool);                     \
  template absl::StatusOr<std::vector<VertexId>> ReadVertexList(const std::string&, const Graph<W>&);          \
  template absl::StatusOr<std::vector<VertexId>> ParseVertexList(std::string_view, std::string_view,           \
                                                                 const Graph<W>&);                             \
  template absl::Status WriteVertexList(const std::string&, const Graph<W>&, std::span<const VertexId>)

SHORTCUT_INSTANTIATE_LABELS(uint32_t);
SHORTCUT_INSTANTIATE_LABELS(double);

}  // namespace shortcut
