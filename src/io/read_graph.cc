// ReadGraph / ParseGraph: format detection, coordinates siblings, weight
// specs and the build, around the per-format parsers of formats.h.
#include "shortcut/io/read_graph.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "formats.h"

namespace shortcut {
namespace io_internal {

absl::Status CheckDeclaredVertices(uint64_t n, uint64_t edges, uint64_t header_line, const ParseContext& ctx,
                                   const LineReader& in) {
  const uint64_t supported = edges > n / 2 ? n : 2 * edges;
  const uint64_t isolated = n - supported;
  if (ctx.memory_budget == 0 || isolated <= ctx.memory_budget / kBytesPerDeclaredVertex) {
    return absl::OkStatus();
  }
  const double gib = double(uint64_t{1} << 30);
  return absl::ResourceExhaustedError(fmt::format(
      "{}:{}: the header declares {} vertices, but its edges ({} lines) name at most {}; the other {} "
      "isolated vertices would need about {:.1f} GiB ({} bytes a vertex), more than {} ({:.1f} GiB)",
      in.name(), header_line, n, edges, supported, isolated,
      static_cast<double>(isolated) * kBytesPerDeclaredVertex / gib, kBytesPerDeclaredVertex, ctx.budget_source,
      static_cast<double>(ctx.memory_budget) / gib));
}

uint64_t MachineMemoryBudget(std::string_view* source) {
  uint64_t budget = 0;
  *source = "physical memory";
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGESIZE);
  if (pages > 0 && page_size > 0) budget = static_cast<uint64_t>(pages) * static_cast<uint64_t>(page_size);
  const std::pair<int, std::string_view> limits[] = {{RLIMIT_AS, "the address-space limit (ulimit -v)"},
                                                     {RLIMIT_DATA, "the data-segment limit (ulimit -d)"}};
  for (const auto& [resource, name] : limits) {
    rlimit limit{};
    if (getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) continue;
    const auto bytes = static_cast<uint64_t>(limit.rlim_cur);
    if (budget == 0 || bytes < budget) {
      budget = bytes;
      *source = name;
    }
  }
  return budget;
}

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// StripCompression: the path without a trailing .gz or .xz.
std::string_view StripCompression(std::string_view path) {
  const std::string lower = Lower(path);
  if (EndsWith(lower, ".gz") || EndsWith(lower, ".xz")) return path.substr(0, path.size() - 3);
  return path;
}

// Extension: the lower-case extension of the file name (without the dot),
// after stripping .gz/.xz; empty if none.
std::string Extension(std::string_view path) {
  path = StripCompression(path);
  const std::size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return Lower(base.substr(dot + 1));
}

// FormatFromExtension: kAuto when the extension does not decide (".gr" is
// DIMACS or PACE: the content decides; *gr is set).
GraphFormat FormatFromExtension(std::string_view path, bool* gr) {
  const std::string ext = Extension(path);
  *gr = ext == "gr";
  if (ext == "graph" || ext == "metis" || ext == "chaco") return GraphFormat::kMetis;
  if (ext == "grf" || ext == "src") return GraphFormat::kScotch;
  if (ext == "off") return GraphFormat::kOff;
  if (ext == "txt" || ext == "edges" || ext == "edgelist" || ext == "el" || ext == "tsv" || ext == "snap") {
    return GraphFormat::kEdgeList;
  }
  return GraphFormat::kAuto;
}

bool LooksBinary(std::string_view prefix) {
  std::size_t odd = 0;
  for (char ch : prefix) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20) || c == 0x7f) ++odd;
  }
  return odd * 100 > prefix.size();
}

bool AllUints(std::string_view line, std::size_t* count, uint64_t* first = nullptr, uint64_t* max = nullptr) {
  Fields f(line);
  std::string_view token;
  *count = 0;
  uint64_t value = 0;
  while (f.Next(&token)) {
    if (!ParseUint(token, &value)) return false;
    if (*count == 0 && first != nullptr) *first = value;
    if (max != nullptr) *max = std::max(*max, value);
    ++*count;
  }
  return true;
}

}  // namespace

GraphFormat DetectFormatFromContent(std::string_view prefix, bool whole_file) {
  if (prefix.empty() || LooksBinary(prefix)) return GraphFormat::kAuto;
  if (!whole_file) {  // drop the partial last line
    const std::size_t nl = prefix.find_last_of('\n');
    if (nl == std::string_view::npos) return GraphFormat::kAuto;
    prefix = prefix.substr(0, nl + 1);
  }
  std::vector<std::string_view> lines;
  bool hash_comments = false;
  {
    LineReader in(prefix, "", prefix.size() + 1);
    std::string_view line;
    while (in.Next(&line) && lines.size() < 2000) lines.push_back(line);
  }
  std::size_t first = 0;
  while (first < lines.size() && FirstNonSpace(lines[first]) == '\0') ++first;
  if (first == lines.size()) return GraphFormat::kAuto;
  {
    Fields f(lines[first]);
    std::string_view token;
    f.Next(&token);
    if (IsOffKeyword(token)) return GraphFormat::kOff;
    if (token == "c" || token == "p") {
      for (std::size_t i = first; i < lines.size(); ++i) {
        Fields g(lines[i]);
        std::string_view a, b;
        if (!g.Next(&a) || a != "p") continue;
        g.Next(&b);
        if (b == "sp") return GraphFormat::kDimacs;
        if (b == "tw") return GraphFormat::kPace;
        return GraphFormat::kAuto;
      }
      return GraphFormat::kAuto;
    }
  }
  // Numeric formats. Data lines: not '%'/'#' comments (blank lines count
  // for METIS, where they are vertices without neighbours).
  std::vector<std::string_view> data;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const char c = FirstNonSpace(lines[i]);
    if (c == '#') hash_comments = true;
    if (c == '#' || c == '%') continue;
    data.push_back(lines[i]);
  }
  while (!data.empty() && FirstNonSpace(data.back()) == '\0') data.pop_back();
  if (data.empty()) return GraphFormat::kAuto;
  std::size_t count0 = 0;
  uint64_t n = 0;
  const bool header_uints = AllUints(data[0], &count0, &n);
  // Scotch: "0", "N ARCS", "BASEVAL FLAGS".
  if (header_uints && count0 == 1 && n == 0 && data.size() >= 3) {
    std::size_t c1 = 0, c2 = 0;
    if (AllUints(data[1], &c1) && c1 == 2 && AllUints(data[2], &c2) && c2 == 2) return GraphFormat::kScotch;
    return GraphFormat::kAuto;
  }
  // METIS: header "N M [FMT [NCON]]", neighbour ids in [1, N].
  bool metis_ok = header_uints && count0 >= 2 && count0 <= 4;
  if (metis_ok) {
    Fields f(data[0]);
    std::string_view token;
    f.Next(&token);
    f.Next(&token);
    bool weights = false;
    if (f.Next(&token)) {
      metis_ok = token.size() <= 3 && token.find_first_not_of("01") == std::string_view::npos;
      weights = token != "0" && token != "00" && token != "000";
    }
    for (std::size_t i = 1; metis_ok && i < data.size(); ++i) {
      std::size_t count = 0;
      uint64_t max = 0;
      metis_ok = AllUints(data[i], &count, nullptr, &max) && (weights || max <= n);
      if (!weights && count > 0 && max == 0) metis_ok = false;
    }
    if (metis_ok && whole_file && data.size() - 1 != n) metis_ok = false;
  }
  // Edge list: every non-blank data line has the same 2 or 3 columns.
  bool edge_list_ok = true;
  {
    std::size_t columns = 0;
    for (std::size_t i = 0; edge_list_ok && i < data.size(); ++i) {
      if (FirstNonSpace(data[i]) == '\0') continue;
      Fields f(data[i]);
      std::string_view token;
      std::size_t count = 0;
      uint64_t value = 0;
      double d = 0;
      while (f.Next(&token)) {
        const bool ok = count < 2 ? ParseUint(token, &value) : ParseDouble(token, &d);
        if (!ok) edge_list_ok = false;
        ++count;
      }
      if (count < 2 || count > 3 || (columns != 0 && count != columns)) edge_list_ok = false;
      columns = count;
    }
  }
  if (metis_ok && !edge_list_ok) return GraphFormat::kMetis;
  if (edge_list_ok && !metis_ok) return GraphFormat::kEdgeList;
  if (metis_ok && edge_list_ok) return hash_comments ? GraphFormat::kEdgeList : GraphFormat::kMetis;
  return GraphFormat::kAuto;
}

namespace {

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// FindSibling: the coordinates file next to `path` for `format`, or "".
std::string FindSibling(const std::string& path, GraphFormat format) {
  std::vector<std::string> exts;
  switch (format) {
    case GraphFormat::kDimacs:
    case GraphFormat::kPace: exts = {"co"}; break;
    case GraphFormat::kMetis:
    case GraphFormat::kScotch: exts = {"xyz"}; break;
    default: return "";
  }
  std::string stem(StripCompression(path));
  const std::size_t slash = stem.find_last_of('/');
  const std::size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) stem.resize(dot);
  for (const std::string& ext : exts) {
    for (const char* compression : {"", ".gz", ".xz"}) {
      std::string candidate = stem + "." + ext + compression;
      if (FileExists(candidate)) return candidate;
    }
  }
  return "";
}

template <EdgeWeight W>
absl::Status ParseAs(GraphFormat format, LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out) {
  switch (format) {
    case GraphFormat::kDimacs: return ParseDimacs(in, ctx, out);
    case GraphFormat::kPace: return ParsePace(in, ctx, out);
    case GraphFormat::kMetis: return ParseMetis(in, ctx, out);
    case GraphFormat::kScotch: return ParseScotch(in, ctx, out);
    case GraphFormat::kOff: return ParseOff(in, ctx, out);
    case GraphFormat::kEdgeList: return ParseEdgeList(in, ctx, out);
    case GraphFormat::kAuto: break;
  }
  return absl::InternalError("no parser for format auto");
}

absl::StatusOr<std::vector<Point>> ReadCoordinatesFile(const std::string& path, const ReadOptions& options,
                                                       VertexId n, std::span<const uint64_t> external_ids) {
  SHORTCUT_ASSIGN_OR_RETURN(std::unique_ptr<ByteSource> source, OpenInput(path));
  LineReader in(source.get(), path, options.max_line_bytes);
  IdLookup ids(external_ids, n);
  return ReadCoordinates(in, ids, n, external_ids);
}

// ReadFrom: the whole pipeline on an open reader. `path` is the file path
// (empty for in-memory data: no sibling lookup).
template <EdgeWeight W>
absl::StatusOr<Graph<W>> ReadFrom(LineReader& in, const std::string& path, GraphFormat format,
                                  const ReadOptions& options, ReadReport* report) {
  const std::string name(in.name());
  if (format == GraphFormat::kAuto) {
    bool gr = false;
    if (!path.empty()) format = FormatFromExtension(path, &gr);
    if (format == GraphFormat::kAuto) {
      const std::string_view prefix = in.Peek(std::size_t{1} << 16);
      SHORTCUT_RETURN_IF_ERROR(in.status());
      const bool whole = prefix.size() < (std::size_t{1} << 16);
      format = DetectFormatFromContent(prefix, whole);
      if (format == GraphFormat::kAuto && gr) format = GraphFormat::kDimacs;
      if (format == GraphFormat::kAuto) {
        if (prefix.empty()) return in.EndError("empty file (cannot detect the graph format)");
        return InvalidArgumentError(
            "{}:1: cannot detect the graph format from the extension or the content (expected DIMACS/PACE "
            ".gr, METIS .graph, Scotch .grf, OFF or an edge list; name the format explicitly)",
            name);
      }
      if (gr && format != GraphFormat::kDimacs && format != GraphFormat::kPace) format = GraphFormat::kDimacs;
    }
  }
  ReadReport local;
  ReadReport& rep = report != nullptr ? *report : local;
  rep = ReadReport{};
  rep.format = format;

  ParseContext ctx;
  ctx.max_vertices = std::min<uint64_t>(options.max_vertices, kMaxVertices);
  if (options.memory_budget_bytes != 0) {
    ctx.memory_budget = options.memory_budget_bytes;
    ctx.budget_source = "the memory budget";
  } else {
    ctx.memory_budget = MachineMemoryBudget(&ctx.budget_source);
  }
  WeightSpec spec = options.weights;
  if (format == GraphFormat::kOff && spec.kind == WeightSpec::Kind::kInput) spec.kind = WeightSpec::Kind::kEuclidean;
  ctx.reject_zero =
      spec.kind == WeightSpec::Kind::kInput && options.zero_weights == ZeroWeightPolicy::kReject;

  ParsedGraph<W> parsed;
  SHORTCUT_RETURN_IF_ERROR(ParseAs<W>(format, in, ctx, &parsed));
  rep.bytes_read = in.bytes();
  rep.weighted_input = parsed.weighted;

  // Coordinates: an explicit file, else a sibling of the graph file.
  std::string coordinates_path = options.coordinates_path;
  if (coordinates_path.empty() && options.find_coordinates && !path.empty()) {
    coordinates_path = FindSibling(path, format);
  }
  if (!coordinates_path.empty()) {
    SHORTCUT_ASSIGN_OR_RETURN(parsed.list.coordinates,
                              ReadCoordinatesFile(coordinates_path, options, parsed.list.num_vertices,
                                                  parsed.list.external_ids));
    rep.coordinates_path = coordinates_path;
  }

  if (spec.kind == WeightSpec::Kind::kEuclidean && parsed.list.coordinates.size() != parsed.list.num_vertices) {
    return absl::FailedPreconditionError(fmt::format(
        "{}: euclidean weights need coordinates for every vertex, and none were found (give a coordinates "
        "file: .co for DIMACS, .xyz for METIS/Scotch)",
        name));
  }
  if (absl::Status st = ApplyWeights(spec, parsed.list, &rep.euclidean_scale); !st.ok()) {
    return Annotate(st, name);
  }
  BuildOptions build;
  build.zero_weights = options.zero_weights;
  absl::StatusOr<Graph<W>> g = BuildGraph(std::move(parsed.list), build, &rep.build);
  if (!g.ok()) return Annotate(g.status(), name);
  return g;
}

}  // namespace
}  // namespace io_internal

std::string_view GraphFormatName(GraphFormat format) {
  switch (format) {
    case GraphFormat::kAuto: return "auto";
    case GraphFormat::kDimacs: return "dimacs";
    case GraphFormat::kPace: return "pace";
    case GraphFormat::kMetis: return "metis";
    case GraphFormat::kScotch: return "scotch";
    case GraphFormat::kOff: return "off";
    case GraphFormat::kEdgeList: return "edgelist";
  }
  return "?";
}

absl::StatusOr<GraphFormat> ParseGraphFormat(std::string_view name) {
  static constexpr std::array<GraphFormat, 7> kAll = {GraphFormat::kAuto,  GraphFormat::kDimacs, GraphFormat::kPace,
                                                      GraphFormat::kMetis, GraphFormat::kScotch, GraphFormat::kOff,
                                                      GraphFormat::kEdgeList};
  for (GraphFormat f : kAll) {
    if (GraphFormatName(f) == name) return f;
  }
  return InvalidArgumentError("unknown graph format '{}' (expected auto, dimacs, pace, metis, scotch, off or edgelist)",
                              name);
}

template <EdgeWeight W>
absl::StatusOr<Graph<W>> ReadGraph(const std::string& path, const ReadOptions& options, ReadReport* report) {
  SHORTCUT_ASSIGN_OR_RETURN(std::unique_ptr<io_internal::ByteSource> source, io_internal::OpenInput(path));
  io_internal::LineReader in(source.get(), path, options.max_line_bytes);
  return io_internal::ReadFrom<W>(in, path, options.format, options, report);
}

template <EdgeWeight W>
absl::StatusOr<Graph<W>> ParseGraph(std::string_view data, std::string_view name, GraphFormat format,
                                    const ReadOptions& options, ReadReport* report) {
  io_internal::LineReader in(data, name, options.max_line_bytes);
  if (format == GraphFormat::kAuto) {
    format = io_internal::DetectFormatFromContent(data, /*whole_file=*/true);
    if (format == GraphFormat::kAuto && data.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      return InvalidArgumentError("{}:1: empty file (cannot detect the graph format)", name);
    }
    if (format == GraphFormat::kAuto) {
      return InvalidArgumentError("{}:1: cannot detect the graph format from the content; name the format", name);
    }
  }
  return io_internal::ReadFrom<W>(in, "", format, options, report);
}

template absl::StatusOr<Graph<uint32_t>> ReadGraph(const std::string&, const ReadOptions&, ReadReport*);
template absl::StatusOr<Graph<double>> ReadGraph(const std::string&, const ReadOptions&, ReadReport*);
template absl::StatusOr<Graph<uint32_t>> ParseGraph(std::string_view, std::string_view, GraphFormat,
                                                    const ReadOptions&, ReadReport*);
template absl::StatusOr<Graph<double>> ParseGraph(std::string_view, std::string_view, GraphFormat,
                                                  const ReadOptions&, ReadReport*);

}  // namespace shortcut
