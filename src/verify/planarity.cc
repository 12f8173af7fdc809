// Planarity through Boost.Graph's Boyer-Myrvold test (Boost stays in this
// file), and an independent checker for Kuratowski witnesses.
//
// GCC 12 reports false "may be used uninitialized" warnings inside Boost's
// Boyer-Myrvold implementation (and the standard headers it inlines); they
// are silenced for this file only, before any header is read.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "shortcut/verify/planarity.h"

#include <algorithm>
#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boyer_myrvold_planar_test.hpp>
#include <boost/graph/graph_traits.hpp>
#include <iterator>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "shortcut/core/status.h"

namespace shortcut {
namespace {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::property<boost::vertex_index_t, std::size_t>,
                                         boost::property<boost::edge_index_t, std::size_t>>;

// IsPlanarEdgeSet: whether the subgraph formed by `edges` is planar.
template <EdgeWeight W>
bool IsPlanarEdgeSet(const Graph<W>& g, const std::vector<EdgeId>& edges) {
  absl::flat_hash_map<VertexId, std::size_t> local;
  for (EdgeId e : edges) {
    const auto [u, v] = g.EdgeEndpoints(e);
    local.emplace(u, local.size());
    local.emplace(v, local.size());
  }
  BoostGraph bg(local.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto [u, v] = g.EdgeEndpoints(edges[i]);
    boost::add_edge(local[u], local[v], boost::property<boost::edge_index_t, std::size_t>(i), bg);
  }
  return boost::boyer_myrvold_planarity_test(bg);
}

// PruneLeaves: removes edges with an endpoint of degree 1, repeatedly (a
// queue of leaves: O(k) expected for k edges).
template <EdgeWeight W>
void PruneLeaves(const Graph<W>& g, std::vector<EdgeId>& edges) {
  absl::flat_hash_map<VertexId, std::vector<EdgeId>> incident;
  for (EdgeId e : edges) {
    const auto [u, v] = g.EdgeEndpoints(e);
    incident[u].push_back(e);
    incident[v].push_back(e);
  }
  absl::flat_hash_map<VertexId, uint32_t> degree;
  std::vector<VertexId> leaves;
  for (const auto& [v, list] : incident) {
    degree[v] = static_cast<uint32_t>(list.size());
    if (list.size() == 1) leaves.push_back(v);
  }
  absl::flat_hash_map<EdgeId, bool> removed;
  while (!leaves.empty()) {
    const VertexId v = leaves.back();
    leaves.pop_back();
    if (degree[v] != 1) continue;
    for (EdgeId e : incident[v]) {
      if (removed[e]) continue;
      removed[e] = true;
      const auto [a, b] = g.EdgeEndpoints(e);
      const VertexId other = a == v ? b : a;
      degree[v] = 0;
      if (--degree[other] == 1) leaves.push_back(other);
      break;
    }
  }
  std::erase_if(edges, [&](EdgeId e) {
    auto it = removed.find(e);
    return it != removed.end() && it->second;
  });
}

// Chains: the edge set split into maximal paths whose inner vertices have
// degree 2 (each chain as a list of edge ids), in a deterministic order.
template <EdgeWeight W>
std::vector<std::vector<EdgeId>> Chains(const Graph<W>& g, const std::vector<EdgeId>& edges) {
  absl::flat_hash_map<VertexId, std::vector<EdgeId>> incident;
  for (EdgeId e : edges) {
    const auto [u, v] = g.EdgeEndpoints(e);
    incident[u].push_back(e);
    incident[v].push_back(e);
  }
  absl::flat_hash_map<EdgeId, bool> used;
  std::vector<std::vector<EdgeId>> chains;
  auto other = [&](EdgeId e, VertexId x) {
    const auto [u, v] = g.EdgeEndpoints(e);
    return u == x ? v : u;
  };
  for (EdgeId start : edges) {  // edges are sorted: deterministic
    if (used[start]) continue;
    std::vector<EdgeId> chain = {start};
    used[start] = true;
    const auto [a, b] = g.EdgeEndpoints(start);
    // Extend from both ends through degree-2 vertices.
    for (VertexId end : {a, b}) {
      VertexId x = end;
      EdgeId via = start;
      while (incident[x].size() == 2) {
        const EdgeId next = incident[x][0] == via ? incident[x][1] : incident[x][0];
        if (used[next]) break;  // closed cycle
        used[next] = true;
        chain.push_back(next);
        x = other(next, x);
        via = next;
      }
    }
    std::sort(chain.begin(), chain.end());
    chains.push_back(std::move(chain));
  }
  return chains;
}

// MinimiseWitness: shrinks a non-planar edge set to an edge-minimal
// non-planar one, which is a subdivision of K5 or K3,3 (Kuratowski). Boost
// reports a superset (it may keep dangling paths and extra chains).
//
// Deletion with doubling blocks: walk over the chains of the initial set;
// drop a block of them when the rest stays non-planar (and grow the block),
// else halve the block; a single chain whose removal makes the rest planar
// is essential, in the current set and in every subset, so one pass leaves
// only essential chains. A minimal witness has at most 10 chains, so the
// number of planarity tests is O(10 log c + removals' blocks) for c chains.
template <EdgeWeight W>
std::vector<EdgeId> MinimiseWitness(const Graph<W>& g, std::vector<EdgeId> edges) {
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  PruneLeaves(g, edges);
  if (CheckKuratowskiWitness(g, std::span<const EdgeId>(edges)).ok()) return edges;
  const std::vector<std::vector<EdgeId>> chains = Chains(g, edges);
  std::size_t block = std::max<std::size_t>(1, chains.size() / 2);
  for (std::size_t i = 0; i < chains.size();) {
    const std::size_t end = std::min(chains.size(), i + block);
    std::vector<EdgeId> group;
    for (std::size_t c = i; c < end; ++c) group.insert(group.end(), chains[c].begin(), chains[c].end());
    std::sort(group.begin(), group.end());
    std::vector<EdgeId> rest;
    rest.reserve(edges.size());
    std::set_difference(edges.begin(), edges.end(), group.begin(), group.end(), std::back_inserter(rest));
    if (rest.size() == edges.size()) {  // already gone (pruned)
      i = end;
      continue;
    }
    if (!IsPlanarEdgeSet(g, rest)) {
      edges = std::move(rest);
      PruneLeaves(g, edges);
      i = end;
      block *= 2;
    } else if (block > 1) {
      block /= 2;
    } else {
      ++i;  // essential
    }
  }
  return edges;
}

}  // namespace

template <EdgeWeight W>
PlanarityResult TestPlanarity(const Graph<W>& g) {
  PlanarityResult result;
  const VertexId n = g.NumVertices();
  // Euler's bound settles dense graphs without a witness search only when no
  // witness is wanted; we always want one, so run the test.
  BoostGraph bg(n);
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    boost::add_edge(u, v, boost::property<boost::edge_index_t, std::size_t>(e), bg);
  }
  std::vector<boost::graph_traits<BoostGraph>::edge_descriptor> witness;
  result.planar = boost::boyer_myrvold_planarity_test(
      boost::boyer_myrvold_params::graph = bg,
      boost::boyer_myrvold_params::kuratowski_subgraph = std::back_inserter(witness));
  if (!result.planar) {
    const auto index = boost::get(boost::edge_index, bg);
    result.kuratowski_edges.reserve(witness.size());
    std::vector<EdgeId> edges;
    edges.reserve(witness.size());
    for (const auto& ed : witness) edges.push_back(static_cast<EdgeId>(boost::get(index, ed)));
    result.kuratowski_edges = MinimiseWitness(g, std::move(edges));
  }
  return result;
}

template <EdgeWeight W>
absl::Status CheckKuratowskiWitness(const Graph<W>& g, std::span<const EdgeId> edges) {
  if (edges.empty()) return FailedPreconditionError("the witness has no edges");
  // The witness subgraph H: local adjacency over the touched vertices.
  std::vector<EdgeId> sorted(edges.begin(), edges.end());
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (sorted[i] >= g.NumEdges()) {
      return OutOfRangeError("witness edge {} is not an edge of the graph ({} edges)", sorted[i], g.NumEdges());
    }
    if (i > 0 && sorted[i] == sorted[i - 1]) return FailedPreconditionError("witness edge {} appears twice", sorted[i]);
  }
  absl::flat_hash_map<VertexId, std::vector<VertexId>> adj;
  for (EdgeId e : sorted) {
    const auto [u, v] = g.EdgeEndpoints(e);
    adj[u].push_back(v);
    adj[v].push_back(u);
  }
  std::vector<VertexId> branch;
  std::size_t subdivision_vertices = 0;
  for (const auto& [v, nb] : adj) {
    if (nb.size() == 2) {
      ++subdivision_vertices;
    } else if (nb.size() == 3 || nb.size() == 4) {
      branch.push_back(v);
    } else {
      return FailedPreconditionError("vertex {} has degree {} in the witness (a subdivision of K5 or K3,3 has "
                                     "degrees 2, 3 or 4 only)",
                                     v, nb.size());
    }
  }
  std::sort(branch.begin(), branch.end());
  const bool k5 = branch.size() == 5 &&
                  std::all_of(branch.begin(), branch.end(), [&](VertexId v) { return adj[v].size() == 4; });
  const bool k33 = branch.size() == 6 &&
                   std::all_of(branch.begin(), branch.end(), [&](VertexId v) { return adj[v].size() == 3; });
  if (!k5 && !k33) {
    return FailedPreconditionError(
        "the witness has {} branch vertices (degree 3 or 4); a subdivision of K5 has 5 of degree 4, one of "
        "K3,3 has 6 of degree 3",
        branch.size());
  }
  // Suppress the degree-2 vertices: follow each branch vertex's paths.
  absl::flat_hash_map<VertexId, int> branch_index;
  for (std::size_t i = 0; i < branch.size(); ++i) branch_index[branch[i]] = static_cast<int>(i);
  std::array<std::array<int, 6>, 6> multiplicity{};
  std::size_t visited_internal = 0;
  for (std::size_t i = 0; i < branch.size(); ++i) {
    for (VertexId first : adj[branch[i]]) {
      VertexId prev = branch[i], cur = first;
      std::size_t steps = 0;
      while (!branch_index.contains(cur)) {
        const auto& nb = adj[cur];  // degree 2
        const VertexId next = nb[0] == prev ? nb[1] : nb[0];
        prev = cur;
        cur = next;
        ++visited_internal;
        if (++steps > adj.size()) return InternalError("witness path walk did not terminate");
      }
      const int j = branch_index[cur];
      if (j == static_cast<int>(i)) {
        return FailedPreconditionError("a path from branch vertex {} returns to itself", branch[i]);
      }
      ++multiplicity[i][j];
    }
  }
  // Every internal vertex is walked twice (once from each end of its path);
  // any other degree-2 vertex lies on a cycle apart from the branch vertices.
  if (visited_internal != 2 * subdivision_vertices) {
    return FailedPreconditionError("the witness has degree-2 vertices on cycles that avoid the branch vertices");
  }
  const int b = static_cast<int>(branch.size());
  for (int i = 0; i < b; ++i) {
    for (int j = 0; j < b; ++j) {
      if (i != j && multiplicity[i][j] > 1) {
        return FailedPreconditionError("branch vertices {} and {} are joined by {} paths", branch[i], branch[j],
                                       multiplicity[i][j]);
      }
    }
  }
  if (k5) return absl::OkStatus();  // 5 vertices of degree 4, no loops or multi-paths: K5
  // K3,3: the contracted simple cubic graph on 6 vertices must be bipartite
  // with sides of 3 (then it is K3,3).
  std::array<int, 6> side;
  side.fill(-1);
  side[0] = 0;
  std::vector<int> queue = {0};
  for (std::size_t q = 0; q < queue.size(); ++q) {
    const int i = queue[q];
    for (int j = 0; j < b; ++j) {
      if (multiplicity[i][j] == 0) continue;
      if (side[j] == -1) {
        side[j] = 1 - side[i];
        queue.push_back(j);
      } else if (side[j] == side[i]) {
        return FailedPreconditionError("the 6 branch vertices do not form K3,3 (odd cycle through {} and {})",
                                       branch[i], branch[j]);
      }
    }
  }
  if (queue.size() != 6 || std::count(side.begin(), side.end(), 0) != 3) {
    return FailedPreconditionError("the 6 branch vertices do not form K3,3");
  }
  return absl::OkStatus();
}

template PlanarityResult TestPlanarity(const Graph<uint32_t>&);
template PlanarityResult TestPlanarity(const Graph<double>&);
template absl::Status CheckKuratowskiWitness(const Graph<uint32_t>&, std::span<const EdgeId>);
template absl::Status CheckKuratowskiWitness(const Graph<double>&, std::span<const EdgeId>);

}  // namespace shortcut
