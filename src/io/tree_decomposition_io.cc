// The PACE 2017 .td format; see tree_decomposition_io.h.
#include "shortcut/io/tree_decomposition_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "line_reader.h"
#include "shortcut/core/status.h"
#include "shortcut/core/types.h"
#include "shortcut/io/file.h"

namespace shortcut {
namespace {

constexpr uint32_t kNone = ~uint32_t{0};
constexpr uint64_t kMaxTdLineBytes = uint64_t{64} << 20;

}  // namespace

namespace {

// Parse: the .td lines of `in`. Bags are kept as they are read and placed by
// id only at the end, once every declared bag has its line: memory follows
// the body, never the header's count.
absl::StatusOr<PaceTreeDecomposition> Parse(io_internal::LineReader& in, std::string_view name) {
  PaceTreeDecomposition out;
  auto& td = out.decomposition;
  bool header = false;
  uint64_t num_bags = 0, max_bag = 0;
  std::vector<std::pair<uint32_t, std::vector<VertexId>>> bags;  // (id, vertices) as read
  absl::flat_hash_set<uint32_t> seen;                             // the ids read
  std::vector<uint64_t> tokens;
  std::string_view line;
  while (in.Next(&line)) {
    const uint64_t line_no = in.line_number();
    auto error = [&](std::string_view what) {
      return InvalidArgumentError("{}:{}: {}", name, line_no, what);
    };
    // Split into the leading word and numbers.
    std::size_t pos = line.find_first_not_of(" \t");
    if (pos == std::string_view::npos) continue;
    line.remove_prefix(pos);
    if (line[0] == 'c') continue;
    std::string_view kind;
    if (line[0] == 's' || line[0] == 'b') {
      const std::size_t end = line.find_first_of(" \t");
      kind = line.substr(0, end);
      line.remove_prefix(end == std::string_view::npos ? line.size() : end);
      if (kind == "s") {
        pos = line.find_first_not_of(" \t");
        if (pos == std::string_view::npos || line.substr(pos, 2) != "td") return error("expected 's td BAGS MAXBAG N'");
        line.remove_prefix(pos + 2);
      } else if (kind != "b") {
        return error(fmt::format("unknown line type '{}'", kind));
      }
    }
    tokens.clear();
    for (;;) {
      pos = line.find_first_not_of(" \t");
      if (pos == std::string_view::npos) break;
      line.remove_prefix(pos);
      const std::size_t end = std::min(line.size(), line.find_first_of(" \t"));
      uint64_t x = 0;
      auto [p, ec] = std::from_chars(line.data(), line.data() + end, x);
      if (ec != std::errc() || p != line.data() + end) {
        return error(fmt::format("'{}' is not a non-negative integer", line.substr(0, end)));
      }
      tokens.push_back(x);
      line.remove_prefix(end);
    }
    if (kind == "s") {
      if (header) return error("second 's td' line");
      if (tokens.size() != 3) return error("expected 's td BAGS MAXBAG N'");
      header = true;
      num_bags = tokens[0];
      max_bag = tokens[1];
      out.num_vertices = tokens[2];
      if (num_bags >= kNone || out.num_vertices > kMaxVertices) return error("counts exceed 32-bit ids");
      continue;
    }
    if (!header) return error("data before the 's td' line");
    if (kind == "b") {
      if (tokens.empty() || tokens[0] == 0 || tokens[0] > num_bags) {
        return error(fmt::format("bag id must be in [1, {}]", num_bags));
      }
      const auto id = static_cast<uint32_t>(tokens[0] - 1);
      if (!seen.insert(id).second) return error(fmt::format("bag {} is given twice", tokens[0]));
      if (tokens.size() - 1 > max_bag) {
        return error(fmt::format("bag {} has {} vertices, more than the declared {}", tokens[0],
                                 tokens.size() - 1, max_bag));
      }
      std::vector<VertexId> bag;
      bag.reserve(tokens.size() - 1);
      for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (tokens[i] == 0 || tokens[i] > out.num_vertices) {
          return error(fmt::format("vertex {} is not in [1, {}]", tokens[i], out.num_vertices));
        }
        bag.push_back(static_cast<VertexId>(tokens[i] - 1));
      }
      std::sort(bag.begin(), bag.end());
      if (std::adjacent_find(bag.begin(), bag.end()) != bag.end()) {
        return error(fmt::format("bag {} repeats a vertex", tokens[0]));
      }
      bags.emplace_back(id, std::move(bag));
      continue;
    }
    if (tokens.size() != 2) return error("expected a tree edge 'i j'");
    if (tokens[0] == 0 || tokens[0] > num_bags || tokens[1] == 0 || tokens[1] > num_bags) {
      return error(fmt::format("tree edge names a bag outside [1, {}]", num_bags));
    }
    td.edges.emplace_back(static_cast<uint32_t>(tokens[0] - 1), static_cast<uint32_t>(tokens[1] - 1));
  }
  SHORTCUT_RETURN_IF_ERROR(in.status());
  if (!header) return InvalidArgumentError("{}: no 's td' line", name);
  if (bags.size() != num_bags) {
    // Ids are distinct and below num_bags: fewer lines than bags means a gap.
    std::vector<uint32_t> ids;
    ids.reserve(bags.size());
    for (const auto& [id, bag] : bags) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    uint64_t missing = 0;
    while (missing < ids.size() && ids[missing] == missing) ++missing;
    return InvalidArgumentError("{}: bag {} is missing", name, missing + 1);
  }
  // Every id in [0, num_bags) has its line: the count is now paid for.
  td.bags.resize(num_bags);
  for (auto& [id, bag] : bags) td.bags[id] = std::move(bag);
  return out;
}

}  // namespace

absl::StatusOr<PaceTreeDecomposition> ParsePaceTreeDecomposition(std::string_view text, std::string_view name) {
  io_internal::LineReader in(text, name, text.size() + 1);
  return Parse(in, name);
}

absl::StatusOr<PaceTreeDecomposition> ReadPaceTreeDecomposition(const std::string& path) {
  // Streamed: memory follows the bags read, and a line is at most 64 MiB,
  // so a device without end (/dev/zero) fails at that bound.
  SHORTCUT_ASSIGN_OR_RETURN(std::unique_ptr<io_internal::ByteSource> source, io_internal::OpenInput(path));
  io_internal::LineReader in(source.get(), path, kMaxTdLineBytes);
  return Parse(in, path);
}

std::string FormatPaceTreeDecomposition(const TreeDecomposition& td, uint64_t num_vertices,
                                        std::string_view comment) {
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  while (!comment.empty()) {
    const std::size_t nl = comment.find('\n');
    fmt::format_to(it, "c {}\n", comment.substr(0, nl));
    if (nl == std::string_view::npos) break;
    comment.remove_prefix(nl + 1);
  }
  std::size_t max_bag = 0;
  for (const auto& bag : td.bags) max_bag = std::max(max_bag, bag.size());
  fmt::format_to(it, "s td {} {} {}\n", td.bags.size(), max_bag, num_vertices);
  for (std::size_t i = 0; i < td.bags.size(); ++i) {
    fmt::format_to(it, "b {}", i + 1);
    for (VertexId v : td.bags[i]) fmt::format_to(it, " {}", uint64_t{v} + 1);
    fmt::format_to(it, "\n");
  }
  for (const auto& [a, b] : td.edges) fmt::format_to(it, "{} {}\n", uint64_t{a} + 1, uint64_t{b} + 1);
  return fmt::to_string(out);
}

absl::Status WritePaceTreeDecomposition(const std::string& path, const TreeDecomposition& td,
                                        uint64_t num_vertices, std::string_view comment) {
  return WriteFileAtomic(path, FormatPaceTreeDecomposition(td, num_vertices, comment));
}

}  // namespace shortcut
