// Independent checker of buffered cop decompositions (Definition 3.1).
#include "shortcut/verify/cop_checks.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include "shortcut/core/marker.h"
#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

template <EdgeWeight W>
bool SameDistance(DistanceOf<W> a, DistanceOf<W> b) {
  if constexpr (std::floating_point<W>) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
  } else {
    return a == b;
  }
}

// d <= bound, where bound is a real number (Δ or Δ/r scaled by `scale`):
// exact for integers via d·scale <= bound in long double.
template <EdgeWeight W>
bool AtMost(DistanceOf<W> d, double bound, double scale = 1) {
  const long double lhs = static_cast<long double>(d) * scale;
  if constexpr (std::floating_point<W>) {
    return lhs <= static_cast<long double>(bound) * (1 + 1e-9L);
  } else {
    return lhs <= static_cast<long double>(bound);
  }
}

// Membership in dom(η): v's supernode lies in η's subtree of the partition
// tree, tested with Euler-tour intervals.
struct SubtreeDomain {
  std::span<const uint32_t> supernode_of;
  std::span<const uint32_t> tin;
  uint32_t lo, hi;  // [tin(η), tout(η))
  bool Contains(VertexId v) const {
    const uint32_t t = tin[supernode_of[v]];
    return t >= lo && t < hi;
  }
};

}  // namespace

template <EdgeWeight W>
CopCheckReport CheckCopDecomposition(const Graph<W>& g, const CopDecomposition<W>& cop,
                                     const CopCheckOptions& options) {
  using Distance = DistanceOf<W>;
  const auto start = std::chrono::steady_clock::now();
  CopCheckReport rep;
  auto fail = [&](absl::Status s) {
    rep.status = std::move(s);
    rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rep;
  };
  const VertexId n = g.NumVertices();
  const uint32_t k = static_cast<uint32_t>(cop.parent.size());
  rep.supernodes = k;
  if (!(options.radius > 0) || options.r < 3) {
    return fail(InvalidArgumentError("cop check needs radius > 0 and r >= 3"));
  }
  const double delta = options.radius;
  const uint32_t r = options.r;

  // 1. Labels and the partition tree.
  if (cop.supernode_of.size() != n) {
    return fail(FailedPreconditionError("{} labels for {} vertices", cop.supernode_of.size(), n));
  }
  for (VertexId v = 0; v < n; ++v) {
    if (cop.supernode_of[v] >= k) {
      return fail(FailedPreconditionError("vertex {} has supernode {} (only {} exist)", g.ExternalId(v),
                                          cop.supernode_of[v], k));
    }
  }
  std::vector<std::vector<uint32_t>> children(k);
  std::vector<uint32_t> roots;
  for (uint32_t s = 0; s < k; ++s) {
    if (cop.parent[s] == kNoSupernode) {
      roots.push_back(s);
    } else if (cop.parent[s] >= k || cop.parent[s] == s) {
      return fail(FailedPreconditionError("supernode {} has invalid parent {}", s, cop.parent[s]));
    } else {
      children[cop.parent[s]].push_back(s);
    }
  }
  std::vector<uint32_t> tin(k, kNoSupernode), tout(k, 0), depth(k, 0);
  {
    uint32_t clock = 0;
    std::vector<std::pair<uint32_t, uint32_t>> stack;  // (supernode, next child)
    for (uint32_t root : roots) {
      stack.emplace_back(root, 0);
      tin[root] = clock++;
      while (!stack.empty()) {
        auto& [s, i] = stack.back();
        if (i < children[s].size()) {
          const uint32_t c = children[s][i++];
          tin[c] = clock++;
          depth[c] = depth[s] + 1;
          rep.tree_depth = std::max(rep.tree_depth, depth[c]);
          stack.emplace_back(c, 0);
        } else {
          tout[s] = clock;
          stack.pop_back();
        }
      }
    }
    for (uint32_t s = 0; s < k; ++s) {
      if (tin[s] == kNoSupernode) {
        return fail(FailedPreconditionError("supernode {} lies on a cycle of parent pointers", s));
      }
    }
  }
  auto is_ancestor = [&](uint32_t a, uint32_t b) {  // a is an ancestor of b (or equal)
    return tin[a] <= tin[b] && tin[b] < tout[a];
  };

  // 2. Supernodes non-empty and connected.
  std::vector<std::vector<VertexId>> members(k);
  for (VertexId v = 0; v < n; ++v) members[cop.supernode_of[v]].push_back(v);
  {
    TimestampMarker seen(n);
    std::vector<VertexId> queue;
    for (uint32_t s = 0; s < k; ++s) {
      if (members[s].empty()) return fail(FailedPreconditionError("supernode {} is empty", s));
      queue.assign(1, members[s][0]);
      seen.Set(members[s][0]);
      for (std::size_t i = 0; i < queue.size(); ++i) {
        for (VertexId h : g.Neighbors(queue[i])) {
          if (cop.supernode_of[h] == s && !seen.Get(h)) {
            seen.Set(h);
            queue.push_back(h);
          }
        }
      }
      if (queue.size() != members[s].size()) {
        VertexId missing = kNoVertex;
        for (VertexId v : members[s]) {
          if (!seen.Get(v)) {
            missing = v;
            break;
          }
        }
        return fail(FailedPreconditionError("supernode {} is not connected: vertex {} is not reachable from vertex {} inside it",
                                            s, g.ExternalId(missing), g.ExternalId(members[s][0])));
      }
    }
  }

  // 3. Skeletons: trees of G-edges inside their supernode, <= r-1 leaves,
  // shortest-path trees of dom(η).
  if (cop.skeleton_offsets.size() != k + 1) {
    return fail(FailedPreconditionError("skeleton offsets: {} entries for {} supernodes",
                                        cop.skeleton_offsets.size(), k));
  }
  DijkstraEngine<W> dijkstra(n);
  {
    std::vector<uint32_t> index(n, 0);
    TimestampMarker in_skeleton(n), has_child(n);
    std::vector<Distance> tree_dist;
    for (uint32_t s = 0; s < k; ++s) {
      const auto sk = cop.Skeleton(s);
      const auto par = cop.SkeletonParents(s);
      if (sk.empty()) return fail(FailedPreconditionError("supernode {} has an empty skeleton", s));
      in_skeleton.Clear();
      has_child.Clear();
      VertexId root = kNoVertex;
      for (std::size_t i = 0; i < sk.size(); ++i) {
        const VertexId v = sk[i];
        if (v >= n || cop.supernode_of[v] != s) {
          return fail(FailedPreconditionError("skeleton of supernode {} contains vertex {} outside it", s,
                                              v < n ? g.ExternalId(v) : v));
        }
        if (in_skeleton.Get(v)) {
          return fail(FailedPreconditionError("skeleton of supernode {} repeats vertex {}", s, g.ExternalId(v)));
        }
        in_skeleton.Set(v);
        index[v] = static_cast<uint32_t>(i);
        if (par[i] == kNoVertex) {
          if (root != kNoVertex) {
            return fail(FailedPreconditionError("skeleton of supernode {} has two roots ({} and {})", s,
                                                g.ExternalId(root), g.ExternalId(v)));
          }
          root = v;
        }
      }
      if (root == kNoVertex) return fail(FailedPreconditionError("skeleton of supernode {} has no root", s));
      // Tree distances by walking parent pointers (memoised; detects cycles).
      tree_dist.assign(sk.size(), kInfinity<W>);
      tree_dist[index[root]] = 0;
      for (std::size_t i = 0; i < sk.size(); ++i) {
        if (par[i] == kNoVertex) continue;
        if (par[i] >= n || !in_skeleton.Get(par[i])) {
          return fail(FailedPreconditionError("skeleton of supernode {}: parent of vertex {} is not in the skeleton",
                                              s, g.ExternalId(sk[i])));
        }
        has_child.Set(par[i]);
        if (g.FindArc(par[i], sk[i]) == kNoArc) {
          return fail(FailedPreconditionError("skeleton of supernode {}: {} - {} is not an edge", s,
                                              g.ExternalId(par[i]), g.ExternalId(sk[i])));
        }
      }
      for (std::size_t i = 0; i < sk.size(); ++i) {
        std::vector<uint32_t> chain;
        uint32_t x = static_cast<uint32_t>(i);
        while (tree_dist[x] == kInfinity<W>) {
          chain.push_back(x);
          if (chain.size() > sk.size()) {
            return fail(FailedPreconditionError("skeleton of supernode {} has a cycle", s));
          }
          x = index[par[x]];
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
          const uint32_t c = *it;
          tree_dist[c] = tree_dist[index[par[c]]] + static_cast<Distance>(g.Weight(g.FindArc(par[c], sk[c])));
        }
      }
      uint32_t leaves = 0;
      for (VertexId v : sk) leaves += has_child.Get(v) ? 0 : 1;
      rep.max_skeleton_leaves = std::max(rep.max_skeleton_leaves, leaves);
      if (leaves > r - 1) {
        return fail(FailedPreconditionError("skeleton of supernode {} has {} leaves, more than r-1 = {}", s, leaves,
                                            r - 1));
      }
      if (options.check_skeletons) {
        dijkstra.Reset();
        dijkstra.AddSource(root);
        for (VertexId v : sk) dijkstra.AddTarget(v);
        dijkstra.Run(g, SubtreeDomain{cop.supernode_of, tin, tin[s], tout[s]});
        for (std::size_t i = 0; i < sk.size(); ++i) {
          if (!SameDistance<W>(dijkstra.Distance(sk[i]), tree_dist[i])) {
            return fail(FailedPreconditionError(
                "skeleton of supernode {} is not a shortest-path tree of dom: vertex {} is at {} along the skeleton "
                "but {} in dom",
                s, g.ExternalId(sk[i]), tree_dist[i], dijkstra.Distance(sk[i])));
          }
        }
      }
    }
  }

  // 4. Radius: δ_η(v, T_η) <= Δ.
  for (uint32_t s = 0; s < k; ++s) {
    dijkstra.Reset();
    for (VertexId v : cop.Skeleton(s)) dijkstra.AddSource(v);
    dijkstra.Run(g, LabelDomain{cop.supernode_of, s});
    const auto settled = dijkstra.SettledVertices();
    const Distance far = dijkstra.Distance(settled.back());
    rep.max_radius = std::max(rep.max_radius, static_cast<double>(far));
    if (!AtMost<W>(far, delta)) {
      return fail(FailedPreconditionError("supernode {} has radius {} > Δ = {}: vertex {} is that far from its skeleton",
                                          s, far, delta, g.ExternalId(settled.back())));
    }
  }
  rep.max_radius_over_delta = rep.max_radius / delta;

  // Adjacent supernode pairs, as sorted (a, b) with a < b.
  std::vector<uint64_t> adjacent;
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    uint32_t a = cop.supernode_of[u], b = cop.supernode_of[v];
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    adjacent.push_back((uint64_t{a} << 32) | b);
  }
  std::sort(adjacent.begin(), adjacent.end());
  adjacent.erase(std::unique(adjacent.begin(), adjacent.end()), adjacent.end());
  auto are_adjacent = [&](uint32_t a, uint32_t b) {
    if (a > b) std::swap(a, b);
    return std::binary_search(adjacent.begin(), adjacent.end(), (uint64_t{a} << 32) | b);
  };

  // 6 (structure first, it is cheap). Tree decomposition.
  std::vector<uint32_t> bag_size(k, 1);
  for (uint64_t p : adjacent) {
    const uint32_t a = static_cast<uint32_t>(p >> 32), b = static_cast<uint32_t>(p);
    uint32_t lo = a, hi = b;  // hi: the ancestor
    if (is_ancestor(a, b)) std::swap(lo, hi);
    if (!is_ancestor(hi, lo)) {
      return fail(FailedPreconditionError(
          "not a tree decomposition: supernodes {} and {} are adjacent but neither is an ancestor of the other", a, b));
    }
    ++bag_size[lo];
    // Running intersection: the bags containing `hi` must be connected, so
    // lo's parent must be hi or contain hi too (be adjacent to it).
    const uint32_t p_lo = cop.parent[lo];
    if (p_lo != hi && !are_adjacent(p_lo, hi)) {
      return fail(FailedPreconditionError(
          "not a tree decomposition: supernode {} is adjacent to its ancestor {} but its parent {} is not", lo, hi, p_lo));
    }
  }
  for (uint32_t s = 0; s < k; ++s) {
    rep.max_bag_size = std::max(rep.max_bag_size, bag_size[s]);
    if (bag_size[s] > r - 1) {
      return fail(FailedPreconditionError("bag of supernode {} holds {} supernodes, more than r-1 = {}", s,
                                          bag_size[s], r - 1));
    }
  }

  // 5. Buffer: for each X, the vertices within Δ/r of X inside dom(X).
  if (options.check_buffer) {
    Distance radius;
    if constexpr (std::floating_point<W>) {
      radius = delta / r * (1 + 1e-9);
    } else {
      radius = static_cast<Distance>(std::floor(static_cast<long double>(delta) / r));
    }
    // ok_mark: supernodes known to have every supernode on their path up to
    // the current X adjacent to X.
    TimestampMarker ok_mark(k);
    for (uint32_t x = 0; x < k; ++x) {
      dijkstra.Reset();
      for (VertexId v : members[x]) dijkstra.AddSource(v);
      dijkstra.Run(g, SubtreeDomain{cop.supernode_of, tin, tin[x], tout[x]}, {.radius = radius});
      ok_mark.Clear();
      for (VertexId v : dijkstra.SettledVertices()) {
        const uint32_t o = cop.supernode_of[v];
        if (o == x) continue;
        if (!AtMost<W>(dijkstra.Distance(v), delta, r)) continue;
        ++rep.buffer_vertices_checked;
        std::vector<uint32_t> chain;
        for (uint32_t y = o; y != x && !ok_mark.Get(y); y = cop.parent[y]) chain.push_back(y);
        for (uint32_t y : chain) {
          if (!are_adjacent(y, x)) {
            return fail(FailedPreconditionError(
                "buffer violated: vertex {} of dom({}) is at distance {} <= Δ/r = {} from its ancestor supernode {} "
                "inside dom({}), but {} is not adjacent to {}",
                g.ExternalId(v), y, dijkstra.Distance(v), delta / r, x, x, y, x));
          }
          ok_mark.Set(y);
        }
      }
    }
  }
  rep.status = absl::OkStatus();
  rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return rep;
}

template CopCheckReport CheckCopDecomposition(const Graph<uint32_t>&, const CopDecomposition<uint32_t>&,
                                              const CopCheckOptions&);
template CopCheckReport CheckCopDecomposition(const Graph<double>&, const CopDecomposition<double>&,
                                              const CopCheckOptions&);

}  // namespace shortcut
