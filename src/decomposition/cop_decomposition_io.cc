#include "shortcut/decomposition/cop_decomposition_io.h"

#include <fmt/format.h>

#include <charconv>
#include <sstream>
#include <utility>

#include "shortcut/core/external_ids.h"
#include "shortcut/core/status.h"
#include "shortcut/io/file.h"
#include "shortcut/io/vertex_labels.h"

namespace shortcut {
namespace {

bool ParseUint(std::string_view s, uint64_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

template <EdgeWeight W>
absl::Status WriteCopDecomposition(const std::string& labels_path, const Graph<W>& g,
                                   const CopDecomposition<W>& cop) {
  // Supernode ids by first appearance, as in the label file.
  const uint32_t k = cop.NumSupernodes();
  std::vector<uint32_t> new_id(k, kNoSupernode);
  std::vector<uint32_t> order;
  for (VertexId v = 0; v < g.NumVertices(); ++v) {
    const uint32_t s = cop.supernode_of[v];
    if (new_id[s] == kNoSupernode) {
      new_id[s] = static_cast<uint32_t>(order.size());
      order.push_back(s);
    }
  }
  std::vector<uint32_t> labels(cop.supernode_of.begin(), cop.supernode_of.end());
  SHORTCUT_RETURN_IF_ERROR(WriteVertexLabels(labels_path, g, labels));
  const std::string tree_path = CopTreePath(labels_path);
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile f, AtomicFile::Create(tree_path));
  SHORTCUT_RETURN_IF_ERROR(f.Write(fmt::format("# shortcut cop decomposition tree v1\n# radius {} r {}\n", cop.radius, cop.r)));
  std::string line;
  for (uint32_t s : order) {
    line.clear();
    const uint32_t p = cop.parent[s];
    fmt::format_to(std::back_inserter(line), "s {} {} {}", new_id[s],
                   p == kNoSupernode ? std::string("-") : std::to_string(new_id[p]), cop.Skeleton(s).size());
    const auto sk = cop.Skeleton(s);
    const auto par = cop.SkeletonParents(s);
    for (std::size_t i = 0; i < sk.size(); ++i) {
      if (par[i] == kNoVertex) {
        fmt::format_to(std::back_inserter(line), " {}:-", g.ExternalId(sk[i]));
      } else {
        fmt::format_to(std::back_inserter(line), " {}:{}", g.ExternalId(sk[i]), g.ExternalId(par[i]));
      }
    }
    line += '\n';
    SHORTCUT_RETURN_IF_ERROR(f.Write(line));
  }
  return f.Commit();
}

template <EdgeWeight W>
absl::StatusOr<CopDecomposition<W>> ReadCopDecomposition(const std::string& labels_path, const Graph<W>& g) {
  CopDecomposition<W> cop;
  SHORTCUT_ASSIGN_OR_RETURN(cop.supernode_of, ReadVertexLabels(labels_path, g));
  // Supernodes are numbered from 0 in order of first appearance, so there
  // are at most n of them: a larger id is refused before anything is sized
  // by it (a one-line file could otherwise ask for 2^32 supernodes).
  const uint64_t n = g.NumVertices();
  for (VertexId v = 0; v < n; ++v) {
    if (cop.supernode_of[v] >= n) {
      return InvalidArgumentError("{}: vertex {} has supernode {}, but {} vertices have at most {} supernodes "
                                  "(numbered from 0)",
                                  labels_path, g.ExternalId(v), cop.supernode_of[v], n, n);
    }
  }
  const std::string tree_path = CopTreePath(labels_path);
  // The tree lists each supernode once and each vertex in at most one
  // skeleton: a "v:p" pair of 20-digit ids a vertex, a header line a
  // supernode, plus room for comments.
  const uint64_t max_tree_bytes = 64 * (2 * n + 1) + (uint64_t{1} << 20);
  absl::StatusOr<std::string> text = ReadFile(tree_path, max_tree_bytes);
  if (!text.ok()) {
    return absl::Status(text.status().code(),
                        fmt::format("{} (the partition tree written next to '{}')", text.status().message(), labels_path));
  }
  std::istringstream in(std::move(*text));
  const ExternalIdIndex ids(g);
  uint64_t k = 0;
  for (uint32_t s : cop.supernode_of) k = std::max<uint64_t>(k, uint64_t{s} + 1);
  cop.parent.assign(k, kNoSupernode);
  std::vector<std::vector<std::pair<VertexId, VertexId>>> skeleton(k);
  std::vector<uint8_t> defined(k, 0);
  std::string line;
  uint64_t line_no = 0;
  auto error = [&](std::string_view what) {
    return InvalidArgumentError("{}:{}: {}", tree_path, line_no, what);
  };
  auto vertex = [&](std::string_view token, VertexId& out) {
    uint64_t id = 0;
    if (!ParseUint(token, id)) return false;
    out = ids.Find(id);
    return out != kNoVertex;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') {
      if (line.rfind("# radius ", 0) == 0) {
        std::istringstream h(line.substr(9));
        std::string rword;
        h >> cop.radius >> rword >> cop.r;
      }
      continue;
    }
    std::istringstream tokens(line);
    std::string tag, id_text, parent_text;
    uint64_t size = 0, id = 0, parent = 0;
    tokens >> tag >> id_text >> parent_text >> size;
    if (tag != "s" || !tokens || !ParseUint(id_text, id)) return error("expected 's <id> <parent> <k> <v>:<p> ...'");
    if (id >= k) return error(fmt::format("supernode {} does not appear in the label file", id));
    if (defined[id]) return error(fmt::format("supernode {} is defined twice", id));
    defined[id] = 1;
    if (parent_text != "-") {
      if (!ParseUint(parent_text, parent) || parent >= k) return error(fmt::format("invalid parent '{}'", parent_text));
      cop.parent[id] = static_cast<uint32_t>(parent);
    }
    std::string pair;
    while (tokens >> pair) {
      const auto colon = pair.find(':');
      if (colon == std::string::npos) return error(fmt::format("expected <vertex>:<parent>, got '{}'", pair));
      VertexId v = kNoVertex, p = kNoVertex;
      if (!vertex(std::string_view(pair).substr(0, colon), v)) {
        return error(fmt::format("unknown vertex in '{}'", pair));
      }
      const std::string_view ptext = std::string_view(pair).substr(colon + 1);
      if (ptext != "-" && !vertex(ptext, p)) return error(fmt::format("unknown parent vertex in '{}'", pair));
      skeleton[id].emplace_back(v, p);
    }
    if (skeleton[id].size() != size) {
      return error(fmt::format("supernode {} declares {} skeleton vertices but lists {}", id, size, skeleton[id].size()));
    }
  }
  for (uint64_t s = 0; s < k; ++s) {
    if (!defined[s]) return InvalidArgumentError("{}: supernode {} has no 's' line", tree_path, s);
  }
  cop.skeleton_offsets.push_back(0);
  cop.seen_offsets.assign(k + 1, 0);
  cop.depth.assign(k, 0);
  // The partition tree as a type when the parents form a forest; a cyclic
  // file is left for the verifier to report (verify/cop_checks.h).
  if (auto tree = RootedForest::FromParents(cop.parent); tree.ok()) {
    cop.tree = *std::move(tree);
    for (uint64_t s = 0; s < k; ++s) cop.depth[s] = cop.tree.Depth(static_cast<uint32_t>(s));
  }
  for (uint64_t s = 0; s < k; ++s) {
    for (const auto& [v, p] : skeleton[s]) {
      cop.skeleton_vertices.push_back(v);
      cop.skeleton_parents.push_back(p);
      cop.skeleton_distances.push_back(0);
    }
    cop.skeleton_offsets.push_back(static_cast<uint32_t>(cop.skeleton_vertices.size()));
  }
  return cop;
}

template absl::Status WriteCopDecomposition(const std::string&, const Graph<uint32_t>&,
                                            const CopDecomposition<uint32_t>&);
template absl::StatusOr<CopDecomposition<uint32_t>> ReadCopDecomposition(const std::string&, const Graph<uint32_t>&);

}  // namespace shortcut
