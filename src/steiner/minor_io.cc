// MINOR.gr and MAP.txt files of a Steiner-point-removal result; see
// minor_io.h.
#include "shortcut/steiner/minor_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <concepts>
#include <iterator>
#include <tuple>

#include "shortcut/core/status.h"
#include "shortcut/io/file.h"

namespace shortcut {
namespace {

template <class T>
std::string FormatWeight(T w) {
  if constexpr (std::floating_point<T>) {
    return fmt::format("{:.17g}", w);
  } else {
    return fmt::format("{}", w);
  }
}

// Tokens: whitespace-separated fields of one line.
std::vector<std::string_view> Tokens(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

template <class T>
bool ParseNumber(std::string_view s, T* out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

template <EdgeWeight W>
struct Arc {
  VertexId u, v;
  DistanceOf<W> w;
  uint64_t line;
};

}  // namespace

template <EdgeWeight W>
absl::Status WriteSprMinor(const std::string& path, const Graph<W>& g, std::span<const VertexId> terminals,
                           std::span<const MinorEdge<W>> edges, const std::string& header) {
  const VertexId n = g.NumVertices();
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  fmt::format_to(it, "c Steiner point removal minor: {} terminals, {} edges (each as two arcs)\n", terminals.size(),
                 edges.size());
  if (!header.empty()) fmt::format_to(it, "c {}\n", header);
  fmt::format_to(it, "c vertex i is the input's i-th vertex (its own id for 1-based formats)\n");
  for (VertexId t : terminals) {
    if (t >= n) return OutOfRangeError("{}: terminal {} is outside the graph ({} vertices)", path, t, n);
    fmt::format_to(it, "c terminal {} {}\n", t + 1, g.ExternalId(t));
  }
  fmt::format_to(it, "p sp {} {}\n", n, 2 * static_cast<uint64_t>(edges.size()));
  for (const MinorEdge<W>& e : edges) {
    if (e.u >= n || e.v >= n) return OutOfRangeError("{}: minor edge {} {} is outside the graph", path, e.u, e.v);
    const std::string w = FormatWeight(e.weight);
    fmt::format_to(it, "a {} {} {}\na {} {} {}\n", e.u + 1, e.v + 1, w, e.v + 1, e.u + 1, w);
  }
  return WriteFileAtomic(path, std::string_view(out.data(), out.size()));
}

template <EdgeWeight W>
absl::StatusOr<std::vector<MinorEdge<W>>> ParseSprMinor(std::string_view data, std::string_view name,
                                                        const Graph<W>& g) {
  using Distance = DistanceOf<W>;
  const VertexId n = g.NumVertices();
  std::vector<Arc<W>> arcs;
  uint64_t declared_arcs = 0, p_line = 0, line_number = 0;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    const std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    const auto tokens = Tokens(line);
    if (tokens.empty() || tokens[0] == "c") continue;
    auto error = [&](std::string_view what) {
      return InvalidArgumentError("{}:{}: {}", name, line_number, what);
    };
    if (tokens[0] == "p") {
      if (p_line != 0) return error(fmt::format("second 'p' line (the first is on line {})", p_line));
      uint64_t declared_n = 0;
      if (tokens.size() != 4 || tokens[1] != "sp" || !ParseNumber(tokens[2], &declared_n) ||
          !ParseNumber(tokens[3], &declared_arcs)) {
        return error("expected 'p sp <vertices> <arcs>'");
      }
      if (declared_n != n) {
        return error(fmt::format("the minor is over {} vertices but the graph has {}", declared_n, n));
      }
      p_line = line_number;
      continue;
    }
    if (tokens[0] != "a") return error(fmt::format("unexpected line starting with '{}'", tokens[0]));
    if (p_line == 0) return error("arc before the 'p sp' line");
    uint64_t u = 0, v = 0;
    Distance w = 0;
    if (tokens.size() != 4 || !ParseNumber(tokens[1], &u) || !ParseNumber(tokens[2], &v)) {
      return error("expected 'a <u> <v> <weight>'");
    }
    if (!ParseNumber(tokens[3], &w)) return error(fmt::format("malformed weight '{}'", tokens[3]));
    if (u < 1 || u > n || v < 1 || v > n) return error(fmt::format("vertex outside [1, {}] in arc {} {}", n, u, v));
    if (u == v) return error(fmt::format("self-loop at vertex {}", u));
    if (!(w > 0) || !(w < kInfinity<W>)) return error(fmt::format("weight {} is not positive and finite", tokens[3]));
    arcs.push_back({static_cast<VertexId>(u - 1), static_cast<VertexId>(v - 1), w, line_number});
  }
  if (p_line == 0) return InvalidArgumentError("{}: no 'p sp' line", name);
  if (arcs.size() != declared_arcs) {
    return InvalidArgumentError("{}:{}: the 'p' line declares {} arcs but the file has {}", name, p_line,
                                declared_arcs, arcs.size());
  }
  // Pair the two directions of every edge.
  std::sort(arcs.begin(), arcs.end(), [](const Arc<W>& a, const Arc<W>& b) {
    const auto ka = std::make_tuple(std::min(a.u, a.v), std::max(a.u, a.v), a.u, a.line);
    const auto kb = std::make_tuple(std::min(b.u, b.v), std::max(b.u, b.v), b.u, b.line);
    return ka < kb;
  });
  std::vector<MinorEdge<W>> edges;
  for (std::size_t i = 0; i < arcs.size();) {
    const Arc<W>& a = arcs[i];
    const VertexId lo = std::min(a.u, a.v), hi = std::max(a.u, a.v);
    std::size_t j = i;
    while (j < arcs.size() && std::min(arcs[j].u, arcs[j].v) == lo && std::max(arcs[j].u, arcs[j].v) == hi) ++j;
    if (j - i == 1) {
      return InvalidArgumentError("{}:{}: arc {} {} has no reverse arc", name, a.line, a.u + 1, a.v + 1);
    }
    if (j - i > 2 || arcs[i].u == arcs[i + 1].u) {
      const Arc<W>& dup = arcs[i].u == arcs[i + 1].u ? arcs[i + 1] : arcs[i + 2];
      return InvalidArgumentError("{}:{}: arc {} {} appears twice", name, dup.line, dup.u + 1, dup.v + 1);
    }
    if (arcs[i].w != arcs[i + 1].w) {
      return InvalidArgumentError("{}:{}: arc {} {} weighs {} but its reverse (line {}) weighs {}", name,
                                  arcs[i + 1].line, arcs[i + 1].u + 1, arcs[i + 1].v + 1, arcs[i + 1].w,
                                  arcs[i].line, arcs[i].w);
    }
    edges.push_back({lo, hi, a.w});
    i = j;
  }
  return edges;
}

template <EdgeWeight W>
absl::StatusOr<std::vector<MinorEdge<W>>> ReadSprMinor(const std::string& path, const Graph<W>& g) {
  // A minor of g has at most m edges, two arc lines each, and at most n
  // "c terminal" comments: 128 bytes a line is far more than any id and
  // weight need, and the bound makes a device without end (/dev/zero) a
  // quick ResourceExhausted.
  const uint64_t max_bytes = 128 * (2 * uint64_t{g.NumEdges()} + g.NumVertices()) + (uint64_t{1} << 20);
  SHORTCUT_ASSIGN_OR_RETURN(const std::string text, ReadFile(path, max_bytes));
  return ParseSprMinor<W>(text, path, g);
}

template <EdgeWeight W>
absl::Status WriteSprMap(const std::string& path, const Graph<W>& g, std::span<const VertexId> terminal_of) {
  const VertexId n = g.NumVertices();
  if (terminal_of.size() != n) {
    return InvalidArgumentError("{}: {} map entries for a graph with {} vertices", path, terminal_of.size(), n);
  }
  fmt::memory_buffer out;
  for (VertexId v = 0; v < n; ++v) {
    if (terminal_of[v] >= n) return InvalidArgumentError("{}: vertex {} maps to no vertex", path, g.ExternalId(v));
    fmt::format_to(std::back_inserter(out), "{} {}\n", g.ExternalId(v), g.ExternalId(terminal_of[v]));
  }
  return WriteFileAtomic(path, std::string_view(out.data(), out.size()));
}

#define SHORTCUT_INSTANTIATE_MINOR_IO(W)                                                                       \
  template absl::Status WriteSprMinor(const std::string&, const Graph<W>&, std::span<const VertexId>,          \
                                      std::span<const MinorEdge<W>>, const std::string&);                     \
  template absl::StatusOr<std::vector<MinorEdge<W>>> ReadSprMinor(const std::string&, const Graph<W>&);       \
  template absl::StatusOr<std::vector<MinorEdge<W>>> ParseSprMinor(std::string_view, std::string_view,        \
                                                                   const Graph<W>&);                         \
  template absl::Status WriteSprMap(const std::string&, const Graph<W>&, std::span<const VertexId>)

SHORTCUT_INSTANTIATE_MINOR_IO(uint32_t);
SHORTCUT_INSTANTIATE_MINOR_IO(double);

}  // namespace shortcut
