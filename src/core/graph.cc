// Explicit instantiations of Graph<W> and the validating builder.
#include "shortcut/core/graph.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "shortcut/core/csr_builder.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"

namespace shortcut {

template class Graph<uint32_t>;
template class Graph<double>;

namespace {

// FNV-1a over raw bytes, then a final avalanche (splitmix64's finaliser).
struct Hasher {
  uint64_t h = 1469598103934665603ull;
  void Bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      h ^= p[i];
      h *= 1099511628211ull;
    }
  }
  template <class T>
  void Span(std::span<const T> s) {
    const uint64_t size = s.size();
    Bytes(&size, sizeof(size));
    Bytes(s.data(), s.size_bytes());
  }
  uint64_t Finish() const {
    uint64_t z = h + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
};

struct UnionFind {
  std::vector<VertexId> parent;
  explicit UnionFind(VertexId n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  VertexId Find(VertexId v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
  // Keeps the smaller id as the root, so representatives are class minima.
  void Union(VertexId a, VertexId b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (a < b) parent[b] = a; else parent[a] = b;
  }
};

template <EdgeWeight W>
absl::Status ValidateWeight(const WeightedEdge<W>& e, std::size_t index) {
  if constexpr (std::floating_point<W>) {
    if (!std::isfinite(e.weight)) {
      return InvalidArgumentError("edge #{} ({}, {}) has non-finite weight {}", index, e.tail, e.head,
                                  e.weight);
    }
    if (e.weight < 0) {
      return InvalidArgumentError("edge #{} ({}, {}) has negative weight {}", index, e.tail, e.head,
                                  e.weight);
    }
  }
  return absl::OkStatus();
}

}  // namespace

template <EdgeWeight W>
uint64_t GraphFingerprint(const Graph<W>& g) {
  Hasher h;
  h.Span(g.OffsetArray());
  h.Span(g.HeadArray());
  h.Span(g.WeightArray());
  h.Span(g.ExternalIds());
  return h.Finish();
}

template uint64_t GraphFingerprint(const Graph<uint32_t>&);
template uint64_t GraphFingerprint(const Graph<double>&);

template <EdgeWeight W>
absl::StatusOr<Graph<W>> BuildGraph(EdgeList<W> list, const BuildOptions& options,
                                    BuildStats* stats_out) {
  BuildStats stats;
  stats.input_edges = list.edges.size();
  stats.directed_input = list.directed;
  const VertexId n = list.num_vertices;
  if (n > kMaxVertices) {
    return ResourceExhaustedError("{} vertices do not fit 32-bit vertex ids", n);
  }
  if (!list.coordinates.empty() && list.coordinates.size() != n) {
    return InvalidArgumentError("{} coordinates given for {} vertices", list.coordinates.size(), n);
  }
  if (!list.external_ids.empty() && list.external_ids.size() != n) {
    return InvalidArgumentError("{} external ids given for {} vertices", list.external_ids.size(), n);
  }

  // Validate endpoints and weights; find zero-weight edges.
  bool has_zero = false;
  for (std::size_t i = 0; i < list.edges.size(); ++i) {
    const auto& e = list.edges[i];
    if (e.tail >= n || e.head >= n) {
      return InvalidArgumentError("edge #{} ({}, {}) has an endpoint outside [0, {})", i, e.tail,
                                  e.head, n);
    }
    SHORTCUT_RETURN_IF_ERROR(ValidateWeight(e, i));
    if (e.weight == W{0} && e.tail != e.head) {
      if (options.zero_weights == ZeroWeightPolicy::kReject) {
        return FailedPreconditionError(
            "edge #{} ({}, {}) has weight 0; zero weights are rejected (contract them instead)", i,
            e.tail, e.head);
      }
      has_zero = true;
    }
  }

  // Zero-weight contraction: classes of the zero-weight subgraph become
  // single vertices, numbered in the order of their smallest member.
  VertexId new_n = n;
  std::vector<std::pair<uint64_t, VertexId>> aliases;
  std::vector<uint64_t> external_ids = std::move(list.external_ids);
  std::vector<Point> coordinates = std::move(list.coordinates);
  if (external_ids.empty()) {
    external_ids.resize(n);
    std::iota(external_ids.begin(), external_ids.end(), uint64_t{0});
  }
  if (has_zero) {
    UnionFind uf(n);
    for (const auto& e : list.edges) {
      if (e.weight == W{0} && e.tail != e.head) {
        ++stats.zero_weight_edges;
        uf.Union(e.tail, e.head);
      }
    }
    std::vector<VertexId> new_id(n, kNoVertex);
    new_n = 0;
    for (VertexId v = 0; v < n; ++v) {
      if (uf.Find(v) == v) new_id[v] = new_n++;
    }
    std::vector<uint64_t> new_external(new_n);
    std::vector<Point> new_coordinates(coordinates.empty() ? 0 : new_n);
    for (VertexId v = 0; v < n; ++v) {
      const VertexId root = uf.Find(v);
      if (root == v) {
        new_external[new_id[v]] = external_ids[v];
        if (!coordinates.empty()) new_coordinates[new_id[v]] = coordinates[v];
      } else {
        aliases.emplace_back(external_ids[v], new_id[root]);
      }
    }
    std::sort(aliases.begin(), aliases.end());
    stats.vertices_merged = n - new_n;
    for (auto& e : list.edges) {
      e.tail = new_id[uf.Find(e.tail)];
      e.head = new_id[uf.Find(e.head)];
    }
    external_ids = std::move(new_external);
    coordinates = std::move(new_coordinates);
  }

  // Normalise to (min, max), drop self-loops, sort, merge duplicates.
  struct Item {
    uint64_t key;  // min << 32 | max
    W weight;
    uint8_t forward;  // directed input: 1 if the arc went min -> max
  };
  std::vector<Item> items;
  items.reserve(list.edges.size());
  for (std::size_t i = 0; i < list.edges.size(); ++i) {
    const auto& e = list.edges[i];
    if (e.tail == e.head) {
      if (e.weight == W{0} && has_zero) continue;  // came from contraction
      if (options.self_loops == SelfLoopPolicy::kReject) {
        return FailedPreconditionError("edge #{} is a self-loop at vertex {}", i, e.tail);
      }
      ++stats.self_loops_dropped;
      continue;
    }
    const VertexId u = std::min(e.tail, e.head);
    const VertexId v = std::max(e.tail, e.head);
    items.push_back({(uint64_t{u} << 32) | v, e.weight, static_cast<uint8_t>(e.tail < e.head)});
  }
  list.edges.clear();
  list.edges.shrink_to_fit();
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.forward != b.forward) return a.forward < b.forward;
    return a.weight < b.weight;
  });

  std::vector<WeightedEdge<W>> edges;
  edges.reserve(items.size());
  for (std::size_t i = 0; i < items.size();) {
    std::size_t j = i;
    W best = items[i].weight;
    bool has_forward = false, has_backward = false;
    W best_forward{}, best_backward{};
    for (; j < items.size() && items[j].key == items[i].key; ++j) {
      best = std::min(best, items[j].weight);
      if (items[j].forward) {
        if (!has_forward || items[j].weight < best_forward) best_forward = items[j].weight;
        has_forward = true;
      } else {
        if (!has_backward || items[j].weight < best_backward) best_backward = items[j].weight;
        has_backward = true;
      }
    }
    const std::size_t group = j - i;
    if (list.directed) {
      const std::size_t directions = (has_forward ? 1 : 0) + (has_backward ? 1 : 0);
      stats.parallel_edges_merged += group - directions;
      if (directions == 1) stats.arcs_without_reverse += group;
      if (directions == 2 && best_forward != best_backward) ++stats.arcs_with_asymmetric_weight;
      if (options.parallel_edges == ParallelEdgePolicy::kReject && group > directions) {
        return FailedPreconditionError("parallel arcs between vertices {} and {}",
                                       items[i].key >> 32, items[i].key & 0xffffffffu);
      }
    } else {
      stats.parallel_edges_merged += group - 1;
      if (options.parallel_edges == ParallelEdgePolicy::kReject && group > 1) {
        return FailedPreconditionError("parallel edges between vertices {} and {}",
                                       items[i].key >> 32, items[i].key & 0xffffffffu);
      }
    }
    edges.push_back({static_cast<VertexId>(items[i].key >> 32),
                     static_cast<VertexId>(items[i].key & 0xffffffffu), best});
    i = j;
  }
  items.clear();
  items.shrink_to_fit();
  if (2 * static_cast<uint64_t>(edges.size()) > kMaxArcs) {
    return ResourceExhaustedError("{} edges do not fit 32-bit arc ids", edges.size());
  }
  if (stats_out != nullptr) *stats_out = stats;
  return internal::GraphAccess::FromCanonicalEdges<W>(new_n, edges, std::move(coordinates),
                                                      std::move(external_ids), std::move(aliases));
}

template absl::StatusOr<Graph<uint32_t>> BuildGraph(EdgeList<uint32_t>, const BuildOptions&,
                                                    BuildStats*);
template absl::StatusOr<Graph<double>> BuildGraph(EdgeList<double>, const BuildOptions&,
                                                  BuildStats*);

// The CSR fast path: two linear passes, no sort. The first checks the shape
// (offsets, head range and order, weights); the second emits the edges
// (u, v) with u < v in the order of the arcs, which is already (u, v) order,
// and matches each with its reverse arc v->u. Because the arcs of v are
// sorted by head, the arcs v->u with u < v come first at v, in increasing
// order of u; and u increases in the outer loop, so a cursor per vertex
// finds each reverse in O(1).
template <EdgeWeight W>
absl::StatusOr<Graph<W>> BuildGraphFromCsrArrays(std::span<const ArcId> offsets,
                                                 std::span<const VertexId> heads,
                                                 std::span<const W> weights,
                                                 const CsrOptions& options, BuildStats* stats_out) {
  if (offsets.empty()) return InvalidArgumentError("CSR offsets are empty (need n + 1 entries)");
  if (offsets.size() - 1 > kMaxVertices) {
    return ResourceExhaustedError("{} vertices do not fit 32-bit vertex ids", offsets.size() - 1);
  }
  if (heads.size() > kMaxArcs) {
    return ResourceExhaustedError("{} arcs do not fit 32-bit arc ids", heads.size());
  }
  const VertexId n = static_cast<VertexId>(offsets.size() - 1);
  if (offsets[0] != 0) return InvalidArgumentError("CSR offsets[0] is {}, not 0", offsets[0]);
  if (offsets[n] != heads.size() || weights.size() != heads.size()) {
    return InvalidArgumentError("CSR offsets[n] = {}, {} heads and {} weights: all three must agree",
                                offsets[n], heads.size(), weights.size());
  }
  for (VertexId v = 0; v < n; ++v) {
    if (offsets[v + 1] < offsets[v]) {
      return InvalidArgumentError("CSR offsets decrease at vertex {} ({} > {})", v, offsets[v],
                                  offsets[v + 1]);
    }
  }
  uint64_t self_loops = 0;
  for (VertexId v = 0; v < n; ++v) {
    for (ArcId a = offsets[v]; a < offsets[v + 1]; ++a) {
      const VertexId h = heads[a];
      if (h >= n) {
        return InvalidArgumentError("arc #{} {}->{} has a head outside [0, {})", a, v, h, n);
      }
      if (a > offsets[v] && h <= heads[a - 1]) {
        return InvalidArgumentError(
            "the arcs of vertex {} are not strictly increasing by head (arc #{} to {} follows {}); "
            "sort them, or build from an edge list to merge parallel arcs",
            v, a, h, heads[a - 1]);
      }
      SHORTCUT_RETURN_IF_ERROR(ValidateWeight(WeightedEdge<W>{v, h, weights[a]}, a));
      if (h == v) {
        if (options.self_loops == SelfLoopPolicy::kReject) {
          return FailedPreconditionError("arc #{} is a self-loop at vertex {}", a, v);
        }
        ++self_loops;
        continue;
      }
      if (weights[a] == W{0}) {
        return FailedPreconditionError(
            "arc #{} {}->{} has weight 0; zero weights are rejected (build from an edge list to "
            "contract them)",
            a, v, h);
      }
    }
  }

  std::vector<WeightedEdge<W>> edges;
  edges.reserve((heads.size() - self_loops) / 2);
  std::vector<ArcId> reverse(offsets.begin(), offsets.end() - 1);  // next unmatched arc v->u, u < v
  for (VertexId u = 0; u < n; ++u) {
    // Every arc u->v with v < u must have been matched by v's own pass.
    ArcId a = reverse[u];
    if (a < offsets[u + 1] && heads[a] < u) {
      return InvalidArgumentError("arc #{} {}->{} has no reverse arc {}->{}", a, u, heads[a],
                                  heads[a], u);
    }
    for (; a < offsets[u + 1]; ++a) {
      const VertexId v = heads[a];
      if (v == u) continue;
      const ArcId r = reverse[v]++;
      if (r >= offsets[v + 1] || heads[r] != u) {
        return InvalidArgumentError("arc #{} {}->{} has no reverse arc {}->{}", a, u, v, v, u);
      }
      if (weights[r] != weights[a]) {
        return InvalidArgumentError(
            "arc #{} {}->{} has weight {} but its reverse arc #{} has weight {}; build from a "
            "directed edge list to symmetrise",
            a, u, v, weights[a], r, weights[r]);
      }
      edges.push_back({u, v, weights[a]});
    }
  }
  if (stats_out != nullptr) {
    BuildStats stats;
    stats.input_edges = edges.size() + self_loops;
    stats.self_loops_dropped = self_loops;
    *stats_out = stats;
  }
  return internal::GraphAccess::FromCanonicalEdges<W>(n, edges, {}, {});
}

template absl::StatusOr<Graph<uint32_t>> BuildGraphFromCsrArrays(std::span<const ArcId>,
                                                                 std::span<const VertexId>,
                                                                 std::span<const uint32_t>,
                                                                 const CsrOptions&, BuildStats*);
template absl::StatusOr<Graph<double>> BuildGraphFromCsrArrays(std::span<const ArcId>,
                                                               std::span<const VertexId>,
                                                               std::span<const double>,
                                                               const CsrOptions&, BuildStats*);

}  // namespace shortcut
