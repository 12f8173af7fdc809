#include "shortcut/verify/minor_checks.h"

#include <algorithm>
#include <numeric>
#include <queue>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "shortcut/core/components.h"
#include "shortcut/core/induced_subgraph.h"
#include "shortcut/core/random.h"
#include "shortcut/core/status.h"

namespace shortcut {
namespace {

// FindRoot: the root of v in a union-find forest given by parent pointers
// (roots point to themselves), halving the path on the way.
VertexId FindRoot(std::vector<VertexId>& parent, VertexId v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

constexpr uint32_t kNoSet = ~uint32_t{0};

using SimpleEdge = std::pair<VertexId, VertexId>;

// ReducesToEmpty: the series-parallel reduction (delete degree <= 1,
// suppress degree 2, merge parallel edges) on the simple graph given by
// `edges` (u != v, no duplicates). True iff the graph has no K4 minor.
bool ReducesToEmpty(std::span<const SimpleEdge> edges) {
  // Local ids for the vertices the edges touch.
  std::vector<VertexId> ids;
  ids.reserve(2 * edges.size());
  for (const auto& [u, v] : edges) {
    ids.push_back(u);
    ids.push_back(v);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto local = [&ids](VertexId v) {
    return static_cast<uint32_t>(std::lower_bound(ids.begin(), ids.end(), v) - ids.begin());
  };
  const uint32_t n = static_cast<uint32_t>(ids.size());
  std::vector<absl::flat_hash_set<uint32_t>> adj(n);
  for (const auto& [u, v] : edges) {
    const uint32_t a = local(u), b = local(v);
    adj[a].insert(b);
    adj[b].insert(a);
  }
  std::vector<uint8_t> removed(n, 0);
  std::vector<uint32_t> stack;
  for (uint32_t v = 0; v < n; ++v) {
    if (adj[v].size() <= 2) stack.push_back(v);
  }
  uint32_t left = n;
  while (!stack.empty()) {
    const uint32_t v = stack.back();
    stack.pop_back();
    if (removed[v] || adj[v].size() > 2) continue;
    removed[v] = 1;
    --left;
    std::vector<uint32_t> nb(adj[v].begin(), adj[v].end());
    adj[v].clear();
    for (uint32_t w : nb) adj[w].erase(v);
    if (nb.size() == 2) {
      // Suppress v: the edge nb[0]-nb[1] (merged if present).
      adj[nb[0]].insert(nb[1]);
      adj[nb[1]].insert(nb[0]);
    }
    for (uint32_t w : nb) {
      if (adj[w].size() <= 2) stack.push_back(w);
    }
  }
  return left == 0;
}

template <EdgeWeight W>
std::vector<SimpleEdge> AllEdges(const Graph<W>& g) {
  std::vector<SimpleEdge> edges(g.NumEdges());
  for (EdgeId e = 0; e < g.NumEdges(); ++e) edges[e] = g.EdgeEndpoints(e);
  return edges;
}

// K4Witness: branch sets from a subdivision of K4 given by its edges.
absl::StatusOr<BranchSets> K4BranchSets(std::span<const SimpleEdge> edges) {
  absl::flat_hash_map<VertexId, std::vector<VertexId>> adj;
  for (const auto& [u, v] : edges) {
    adj[u].push_back(v);
    adj[v].push_back(u);
  }
  std::vector<VertexId> branch;
  for (const auto& [v, nb] : adj) {
    if (nb.size() == 3) {
      branch.push_back(v);
    } else if (nb.size() != 2) {
      return InternalError("K4 subdivision has a vertex of degree {}", nb.size());
    }
  }
  std::sort(branch.begin(), branch.end());
  if (branch.size() != 4) return InternalError("K4 subdivision has {} branch vertices", branch.size());
  BranchSets sets(4);
  for (int i = 0; i < 4; ++i) sets[i].push_back(branch[i]);
  for (int i = 0; i < 4; ++i) {
    for (VertexId first : adj[branch[i]]) {
      // Walk the path from branch[i] through `first` to the next branch vertex.
      std::vector<VertexId> inner;
      VertexId prev = branch[i], cur = first;
      while (adj[cur].size() == 2) {
        inner.push_back(cur);
        const VertexId next = adj[cur][0] == prev ? adj[cur][1] : adj[cur][0];
        prev = cur;
        cur = next;
      }
      const int j = static_cast<int>(std::lower_bound(branch.begin(), branch.end(), cur) - branch.begin());
      if (i < j) sets[i].insert(sets[i].end(), inner.begin(), inner.end());
    }
  }
  return sets;
}

}  // namespace

template <EdgeWeight W>
absl::Status CheckMinorWitness(const Graph<W>& g, const BranchSets& branch_sets) {
  const VertexId n = g.NumVertices();
  const uint32_t k = static_cast<uint32_t>(branch_sets.size());
  std::vector<uint32_t> owner(n, kNoSet);
  for (uint32_t i = 0; i < k; ++i) {
    if (branch_sets[i].empty()) return FailedPreconditionError("branch set {} is empty", i);
    for (VertexId v : branch_sets[i]) {
      if (v >= n) return FailedPreconditionError("branch set {}: vertex {} is out of range (n = {})", i, v, n);
      if (owner[v] == i) return FailedPreconditionError("branch set {} lists vertex {} twice", i, v);
      if (owner[v] != kNoSet) {
        return FailedPreconditionError("vertex {} is in branch sets {} and {}", v, owner[v], i);
      }
      owner[v] = i;
    }
  }
  // Connectivity of each set: a search inside the set from its first vertex.
  std::vector<uint8_t> reached(n, 0);
  std::vector<VertexId> queue;
  for (uint32_t i = 0; i < k; ++i) {
    const auto& set = branch_sets[i];
    queue.assign(1, set[0]);
    reached[set[0]] = 1;
    for (std::size_t q = 0; q < queue.size(); ++q) {
      for (VertexId w : g.Neighbors(queue[q])) {
        if (owner[w] == i && !reached[w]) {
          reached[w] = 1;
          queue.push_back(w);
        }
      }
    }
    if (queue.size() != set.size()) {
      for (VertexId v : set) {
        if (!reached[v]) {
          return FailedPreconditionError("branch set {} is not connected: vertex {} cannot be reached from {}",
                                         i, v, set[0]);
        }
      }
    }
  }
  // Adjacency of every pair.
  absl::flat_hash_set<uint64_t> adjacent;
  std::vector<uint32_t> degree(k, 0);
  for (VertexId u = 0; u < n; ++u) {
    if (owner[u] == kNoSet) continue;
    for (VertexId w : g.Neighbors(u)) {
      const uint32_t a = owner[u], b = owner[w];
      if (b == kNoSet || a >= b) continue;
      if (adjacent.insert((uint64_t{a} << 32) | b).second) {
        ++degree[a];
        ++degree[b];
      }
    }
  }
  for (uint32_t i = 0; i < k; ++i) {
    if (degree[i] == k - 1) continue;
    for (uint32_t j = 0; j < k; ++j) {
      if (j == i) continue;
      const uint64_t key = (uint64_t{std::min(i, j)} << 32) | std::max(i, j);
      if (!adjacent.contains(key)) {
        return FailedPreconditionError("branch sets {} and {} are not adjacent", std::min(i, j),
                                       std::max(i, j));
      }
    }
  }
  return absl::OkStatus();
}

template <EdgeWeight W>
MinorTestResult HasK3Minor(const Graph<W>& g) {
  MinorTestResult result;
  const VertexId n = g.NumVertices();
  std::vector<VertexId> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&parent](VertexId v) { return FindRoot(parent, v); };
  std::vector<std::vector<VertexId>> forest(n);
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    const VertexId a = find(u), b = find(v);
    if (a != b) {
      parent[a] = b;
      forest[u].push_back(v);
      forest[v].push_back(u);
      continue;
    }
    // u and v are joined by a forest path: with the edge uv, a cycle.
    std::vector<VertexId> pred(n, kNoVertex);
    std::vector<VertexId> queue = {u};
    pred[u] = u;
    for (std::size_t q = 0; q < queue.size() && pred[v] == kNoVertex; ++q) {
      for (VertexId w : forest[queue[q]]) {
        if (pred[w] == kNoVertex) {
          pred[w] = queue[q];
          queue.push_back(w);
        }
      }
    }
    for (VertexId x = v; x != u; x = pred[x]) result.cycle.push_back(x);
    result.cycle.push_back(u);
    result.has_minor = true;
    const auto& c = result.cycle;
    result.witness = {{c[0]}, {c[1]}, std::vector<VertexId>(c.begin() + 2, c.end())};
    break;
  }
  return result;
}

template <EdgeWeight W>
MinorTestResult HasK4Minor(const Graph<W>& g) {
  MinorTestResult result;
  std::vector<SimpleEdge> edges = AllEdges(g);
  if (ReducesToEmpty(edges)) return result;
  result.has_minor = true;
  // Delete blocks of edges while a K4 minor survives; halve the block size
  // until single edges. What is left is edge-minimal with a K4 minor, hence
  // a subdivision of K4 (K4 has maximum degree 3, so K4 minors and
  // topological K4 minors coincide).
  std::size_t block = std::max<std::size_t>(1, edges.size() / 2);
  std::vector<SimpleEdge> candidate;
  for (;;) {
    for (std::size_t i = 0; i < edges.size();) {
      const std::size_t end = std::min(edges.size(), i + block);
      candidate.assign(edges.begin(), edges.begin() + static_cast<std::ptrdiff_t>(i));
      candidate.insert(candidate.end(), edges.begin() + static_cast<std::ptrdiff_t>(end), edges.end());
      if (!ReducesToEmpty(candidate)) {
        edges.swap(candidate);
      } else {
        i = end;
      }
    }
    if (block == 1) break;
    block = (block + 1) / 2;
  }
  absl::StatusOr<BranchSets> sets = K4BranchSets(edges);
  SHORTCUT_CHECK_MSG(sets.ok(), "K4 witness extraction failed");
  result.witness = *std::move(sets);
  return result;
}

namespace {

// GreedyClique: the contraction heuristic on one connected graph.
template <EdgeWeight W>
BranchSets GreedyClique(const Graph<W>& g, const BranchSets& initial, Random* rng) {
  const VertexId n = g.NumVertices();
  std::vector<VertexId> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&parent](VertexId v) { return FindRoot(parent, v); };
  std::vector<uint64_t> priority(n);
  for (VertexId v = 0; v < n; ++v) priority[v] = rng == nullptr ? v : rng->Next();
  for (const auto& set : initial) {
    for (std::size_t i = 1; i < set.size(); ++i) parent[find(set[i])] = find(set[0]);
  }
  std::vector<absl::flat_hash_set<VertexId>> adj(n);
  VertexId live = 0;
  for (VertexId v = 0; v < n; ++v) {
    const VertexId rv = find(v);
    if (rv == v) ++live;
    for (VertexId w : g.Neighbors(v)) {
      const VertexId rw = find(w);
      if (rv != rw) adj[rv].insert(rw);
    }
  }
  using Entry = std::tuple<uint32_t, uint64_t, VertexId>;  // degree, priority, vertex
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (VertexId v = 0; v < n; ++v) {
    if (find(v) == v) heap.emplace(static_cast<uint32_t>(adj[v].size()), priority[v], v);
  }
  for (;;) {
    // The current minimum degree (skipping stale entries).
    while (!heap.empty()) {
      const auto [d, p, v] = heap.top();
      if (parent[v] == v && adj[v].size() == d) break;
      heap.pop();
    }
    if (heap.empty()) break;
    const auto [d, p, u] = heap.top();
    if (d + 1 == live) break;  // every super-vertex sees all others: a clique
    heap.pop();
    // Contract u into the neighbour sharing the fewest neighbours with it.
    VertexId best = kNoVertex;
    std::size_t best_common = 0;
    for (VertexId v : adj[u]) {
      std::size_t common = 0;
      for (VertexId w : adj[u]) common += adj[v].contains(w) ? 1 : 0;
      // Fewest common neighbours keeps the most edges; among those, the
      // smallest degree spreads contractions out (a matching, not a star).
      if (best == kNoVertex || common < best_common ||
          (common == best_common && (adj[v].size() < adj[best].size() ||
                                     (adj[v].size() == adj[best].size() && priority[v] < priority[best])))) {
        best = v;
        best_common = common;
      }
    }
    SHORTCUT_CHECK(best != kNoVertex);  // connected and not a clique: d >= 1
    const VertexId v = best;
    for (VertexId w : adj[u]) {
      adj[w].erase(u);
      if (w != v) {
        adj[w].insert(v);
        adj[v].insert(w);
        heap.emplace(static_cast<uint32_t>(adj[w].size()), priority[w], w);
      }
    }
    adj[u].clear();
    adj[u].rehash(0);
    parent[u] = v;
    --live;
    heap.emplace(static_cast<uint32_t>(adj[v].size()), priority[v], v);
  }
  // Branch sets: the classes of the surviving super-vertices.
  std::vector<uint32_t> index(n, kNoSet);
  BranchSets sets;
  for (VertexId v = 0; v < n; ++v) {
    const VertexId r = find(v);
    if (index[r] == kNoSet) {
      index[r] = static_cast<uint32_t>(sets.size());
      sets.emplace_back();
    }
    sets[index[r]].push_back(v);
  }
  return sets;
}

}  // namespace

template <EdgeWeight W>
absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<W>& g, const HadwigerOptions& options) {
  const VertexId n = g.NumVertices();
  if (n == 0) return BranchSets{};
  // Validate the initial sets: in range, disjoint, non-empty, connected.
  std::vector<uint32_t> owner(n, kNoSet);
  for (uint32_t i = 0; i < options.initial.size(); ++i) {
    const auto& set = options.initial[i];
    if (set.empty()) return InvalidArgumentError("initial branch set {} is empty", i);
    for (VertexId v : set) {
      if (v >= n) return InvalidArgumentError("initial branch set {}: vertex {} out of range", i, v);
      if (owner[v] != kNoSet) return InvalidArgumentError("vertex {} is in two initial branch sets", v);
      owner[v] = i;
    }
    BranchSets single = {set};
    if (absl::Status st = CheckMinorWitness(g, single); !st.ok()) {
      return InvalidArgumentError("initial branch set {}: {}", i, st.message());
    }
  }
  const Components cc = ConnectedComponents(g);
  std::vector<uint32_t> order(cc.count);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&cc](uint32_t a, uint32_t b) { return cc.sizes[a] > cc.sizes[b]; });
  std::vector<std::vector<VertexId>> members(cc.count);
  for (VertexId v = 0; v < n; ++v) members[cc.component[v]].push_back(v);
  BranchSets best = {{0}};
  Random rng(options.seed);
  const uint32_t attempts = std::max<uint32_t>(1, options.attempts);
  for (uint32_t c : order) {
    if (cc.sizes[c] <= best.size()) break;
    if (options.stop_at != 0 && best.size() >= options.stop_at) break;
    InducedSubgraph<W> sub = ExtractInducedSubgraph(g, members[c]);
    // Initial sets inside this component, in local ids.
    BranchSets local_initial;
    for (const auto& set : options.initial) {
      if (cc.component[set[0]] != c) continue;
      std::vector<VertexId> local;
      for (VertexId v : set) {
        local.push_back(static_cast<VertexId>(
            std::lower_bound(sub.to_global.begin(), sub.to_global.end(), v) - sub.to_global.begin()));
      }
      local_initial.push_back(std::move(local));
    }
    for (uint32_t a = 0; a < attempts; ++a) {
      BranchSets sets = GreedyClique(sub.graph, local_initial, a == 0 ? nullptr : &rng);
      if (sets.size() > best.size()) {
        for (auto& set : sets) {
          for (auto& v : set) v = sub.to_global[v];
        }
        best = std::move(sets);
      }
      if (options.stop_at != 0 && best.size() >= options.stop_at) break;
    }
  }
  for (auto& set : best) std::sort(set.begin(), set.end());
  if (absl::Status st = CheckMinorWitness(g, best); !st.ok()) {
    return InternalError("Hadwiger heuristic produced an invalid witness: {}", st.message());
  }
  return best;
}

template absl::Status CheckMinorWitness(const Graph<uint32_t>&, const BranchSets&);
template absl::Status CheckMinorWitness(const Graph<double>&, const BranchSets&);
template MinorTestResult HasK3Minor(const Graph<uint32_t>&);
template MinorTestResult HasK3Minor(const Graph<double>&);
template MinorTestResult HasK4Minor(const Graph<uint32_t>&);
template MinorTestResult HasK4Minor(const Graph<double>&);
template absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<uint32_t>&, const HadwigerOptions&);
template absl::StatusOr<BranchSets> HadwigerLowerBound(const Graph<double>&, const HadwigerOptions&);

}  // namespace shortcut
