// Steiner point removal: the driver shared by every method (validation,
// distances to the terminals, the minor), and the two simplest methods,
// nearest-terminal Voronoi and the top-down tree rule. See
// steiner_point_removal.h and docs/steiner_point_removal.md.
#include "shortcut/steiner/steiner_point_removal.h"

#include <algorithm>
#include <chrono>
#include <concepts>
#include <utility>

#include "shortcut/core/components.h"
#include "shortcut/core/random.h"
#include "shortcut/core/rooted_forest.h"
#include "shortcut/core/status.h"
#include "shortcut/sssp/dijkstra.h"
#include "spr_internal.h"

namespace shortcut {

std::string_view SprMethodName(SprMethod method) {
  switch (method) {
    case SprMethod::kAuto: return "auto";
    case SprMethod::kPaper: return "paper";
    case SprMethod::kVoronoi: return "voronoi";
    case SprMethod::kBall: return "ball";
    case SprMethod::kGupta: return "gupta";
  }
  return "?";
}

absl::StatusOr<SprMethod> ParseSprMethod(std::string_view name) {
  for (SprMethod m : {SprMethod::kAuto, SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall, SprMethod::kGupta}) {
    if (name == SprMethodName(m)) return m;
  }
  return InvalidArgumentError("unknown Steiner point removal method '{}' (expected auto, paper, voronoi, ball or gupta)",
                              name);
}

absl::Status SteinerPointRemovalOptions::Validate() const {
  if (zeta < 2) return InvalidArgumentError("Steiner point removal: zeta must be an integer >= 2, got {}", zeta);
  if (r != 0 && r < 3) {
    return InvalidArgumentError("Steiner point removal: r must be at least 3 (or 0 to detect it), got {}", r);
  }
  if (diameter_sweeps == 0) return InvalidArgumentError("Steiner point removal: diameter_sweeps must be at least 1");
  return absl::OkStatus();
}

std::vector<VertexId> SampleTerminals(VertexId n, VertexId count, uint64_t seed) {
  SHORTCUT_CHECK(count <= n);
  std::vector<VertexId> ids(n);
  for (VertexId v = 0; v < n; ++v) ids[v] = v;
  Random rng(seed);
  for (VertexId i = 0; i < count; ++i) std::swap(ids[i], ids[i + rng.UniformInt(n - i)]);
  ids.resize(count);
  std::sort(ids.begin(), ids.end());
  return ids;
}

template <EdgeWeight W>
bool IsTree(const Graph<W>& g) {
  if (g.NumVertices() == 0 || g.NumEdges() + 1 != g.NumVertices()) return false;
  return ConnectedComponents(g).count == 1;
}

template bool IsTree(const Graph<uint32_t>&);
template bool IsTree(const Graph<double>&);

namespace spr_internal {

template <EdgeWeight W>
void AssignVoronoi(const SprInput<W>& in, std::vector<VertexId>& terminal_of) {
  using Distance = DistanceOf<W>;
  const Graph<W>& g = in.graph;
  const auto dist = in.distance_to_terminals;
  terminal_of.assign(g.NumVertices(), kNoVertex);
  // Vertices in order of distance to K: every tight predecessor u of v
  // (d(u) + w(u, v) = d(v)) comes earlier, because weights are positive.
  std::vector<VertexId> order(g.NumVertices());
  for (VertexId v : g.Vertices()) order[v] = v;
  std::sort(order.begin(), order.end(),
            [&](VertexId a, VertexId b) { return dist[a] < dist[b] || (dist[a] == dist[b] && a < b); });
  for (VertexId t : in.terminals) terminal_of[t] = t;
  for (VertexId v : order) {
    if (terminal_of[v] != kNoVertex) continue;  // a terminal
    // The smallest terminal among v's nearest ones: the minimum over its
    // tight predecessors. Every vertex on a shortest path from v to that
    // terminal has it as its own answer, so regions are connected.
    VertexId best = kNoVertex;
    for (ArcId a : g.Arcs(v)) {
      const VertexId u = g.Head(a);
      if (dist[u] < dist[v] && dist[u] + static_cast<Distance>(g.Weight(a)) == dist[v]) {
        best = std::min(best, terminal_of[u]);
      }
    }
    terminal_of[v] = best;  // kNoVertex only when a floating-point sum broke every tie
  }
}

template <EdgeWeight W>
void AssignGupta(const SprInput<W>& in, std::vector<VertexId>& terminal_of) {
  using Distance = DistanceOf<W>;
  const Graph<W>& g = in.graph;
  const VertexId n = g.NumVertices();
  const VertexId root = in.terminals.front();  // the smallest terminal
  // Rooted tree at `root`: parents by a search over the arcs, then preorder
  // and subtree intervals from RootedForest (children by id, i.e. arc order),
  // and weighted depths top-down.
  std::vector<VertexId> parent(n, kNoVertex);
  std::vector<W> parent_weight(n, 0);
  {
    std::vector<VertexId> queue{root};
    std::vector<uint8_t> reached(n, 0);
    reached[root] = 1;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const VertexId v = queue[i];
      for (ArcId a : g.Arcs(v)) {
        const VertexId h = g.Head(a);
        if (reached[h]) continue;
        reached[h] = 1;
        parent[h] = v;
        parent_weight[h] = g.Weight(a);
        queue.push_back(h);
      }
    }
  }
  const RootedForest tree(parent);
  SHORTCUT_CHECK(tree.Roots().size() == 1);  // g is a tree: one root, `root`
  const std::span<const uint32_t> preorder = tree.Preorder();
  std::vector<Distance> depth(n, 0);
  for (VertexId v : preorder) {
    if (parent[v] != kNoVertex) depth[v] = depth[parent[v]] + static_cast<Distance>(parent_weight[v]);
  }
  // Bottom-up: h(v), the distance to the nearest terminal in v's subtree,
  // and c(v), that terminal (ties by smallest id); kInfinity when the
  // subtree holds no terminal. The chain of minimising children from v leads
  // to c(v), so c is constant along the path from v to c(v).
  std::vector<uint8_t> is_terminal(n, 0);
  for (VertexId t : in.terminals) is_terminal[t] = 1;
  std::vector<Distance> h(n, kInfinity<W>);
  std::vector<VertexId> c(n, kNoVertex);
  for (auto it = preorder.rbegin(); it != preorder.rend(); ++it) {
    const VertexId v = *it;
    if (is_terminal[v]) {
      h[v] = 0;
      c[v] = v;
    }
    const VertexId p = parent[v];
    if (p == kNoVertex || c[v] == kNoVertex) continue;
    const Distance via = h[v] + static_cast<Distance>(parent_weight[v]);
    if (via < h[p] || (via == h[p] && c[v] < c[p])) {
      h[p] = via;
      c[p] = c[v];
    }
  }
  // Top-down: v stays in its parent's region while d(v, f(parent)) <= 3·h(v);
  // otherwise it starts the region of c(v) (the whole path to c(v) follows,
  // since there d(u, c(v)) = h(u)). Terminals always start their own region
  // (h = 0). The factor 3 is what the distortion-8 proof needs.
  std::vector<Distance> to_terminal(n, 0);  // d(v, f(v))
  terminal_of.assign(n, kNoVertex);
  terminal_of[root] = root;
  auto within_three = [](Distance d, Distance hv) {
    if constexpr (std::floating_point<Distance>) {
      return d <= 3 * hv;
    } else {
      return (d + 2) / 3 <= hv;  // d <= 3·hv without overflow
    }
  };
  for (std::size_t i = 1; i < preorder.size(); ++i) {
    const VertexId v = preorder[i];
    const VertexId p = parent[v];
    const VertexId t = terminal_of[p];
    // d(v, t): t below v (inside v's subtree interval) or reached via p.
    const Distance d = tree.IsAncestor(v, t) ? depth[t] - depth[v]
                                             : to_terminal[p] + static_cast<Distance>(parent_weight[v]);
    if (c[v] == kNoVertex || within_three(d, h[v])) {
      terminal_of[v] = t;
      to_terminal[v] = d;
    } else {
      terminal_of[v] = c[v];
      to_terminal[v] = h[v];
    }
  }
}

template void AssignVoronoi(const SprInput<uint32_t>&, std::vector<VertexId>&);
template void AssignVoronoi(const SprInput<double>&, std::vector<VertexId>&);
template void AssignGupta(const SprInput<uint32_t>&, std::vector<VertexId>&);
template void AssignGupta(const SprInput<double>&, std::vector<VertexId>&);

}  // namespace spr_internal

namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// RepairUnassigned: attaches every unassigned vertex to the region its
// shortest path to the assigned vertices leads to (one multi-source Dijkstra
// restricted to unassigned vertices), which keeps regions connected. Returns
// the number of vertices attached.
template <EdgeWeight W>
uint32_t RepairUnassigned(const Graph<W>& g, std::vector<VertexId>& terminal_of) {
  struct Unassigned {
    std::span<const VertexId> f;
    bool Contains(VertexId v) const { return f[v] == kNoVertex; }
  };
  uint32_t missing = 0;
  for (VertexId f : terminal_of) missing += f == kNoVertex ? 1 : 0;
  if (missing == 0) return 0;
  DijkstraEngine<W> dijkstra(g.NumVertices());
  for (VertexId v : g.Vertices()) {
    if (terminal_of[v] != kNoVertex) dijkstra.AddSource(v, 0, terminal_of[v]);
  }
  dijkstra.Run(g, Unassigned{terminal_of});
  for (VertexId v : dijkstra.SettledVertices()) {
    if (terminal_of[v] == kNoVertex) terminal_of[v] = dijkstra.Label(v);
  }
  return missing;
}

// MinorEdges: one edge per pair of touching regions, weight d_G(u, v), by one
// Dijkstra per terminal u towards its touching terminals v > u.
template <EdgeWeight W>
std::vector<MinorEdge<W>> MinorEdges(const Graph<W>& g, std::span<const VertexId> terminal_of,
                                     const std::function<void(double)>& progress) {
  std::vector<std::pair<VertexId, VertexId>> pairs;
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [x, y] = g.EdgeEndpoints(e);
    VertexId a = terminal_of[x], b = terminal_of[y];
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    pairs.push_back({a, b});
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<MinorEdge<W>> edges(pairs.size());
  DijkstraEngine<W> dijkstra(g.NumVertices());
  for (std::size_t i = 0; i < pairs.size();) {
    const VertexId u = pairs[i].first;
    std::size_t j = i;
    dijkstra.Reset();
    dijkstra.AddSource(u);
    for (; j < pairs.size() && pairs[j].first == u; ++j) dijkstra.AddTarget(pairs[j].second);
    dijkstra.Run(g);
    for (std::size_t e = i; e < j; ++e) edges[e] = {u, pairs[e].second, dijkstra.Distance(pairs[e].second)};
    i = j;
    if (progress) progress(static_cast<double>(i) / static_cast<double>(pairs.size()));
  }
  return edges;
}

}  // namespace

template <EdgeWeight W>
absl::StatusOr<SteinerPointRemoval<W>> ComputeSteinerPointRemoval(const Graph<W>& g,
                                                                  std::span<const VertexId> terminals,
                                                                  const SteinerPointRemovalOptions& options) {
  using Distance = DistanceOf<W>;
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  const VertexId n = g.NumVertices();
  if (terminals.empty()) return InvalidArgumentError("Steiner point removal needs at least one terminal");
  SteinerPointRemoval<W> out;
  out.terminals.assign(terminals.begin(), terminals.end());
  for (VertexId t : out.terminals) {
    if (t >= n) return OutOfRangeError("terminal {} is outside the graph ({} vertices)", t, n);
  }
  std::sort(out.terminals.begin(), out.terminals.end());
  for (std::size_t i = 1; i < out.terminals.size(); ++i) {
    if (out.terminals[i] == out.terminals[i - 1]) {
      return InvalidArgumentError("terminal {} is given twice", g.ExternalId(out.terminals[i]));
    }
  }
  out.method = options.method;
  if (out.method == SprMethod::kAuto) out.method = IsTree(g) ? SprMethod::kGupta : SprMethod::kPaper;
  if (out.method == SprMethod::kGupta && !IsTree(g)) {
    return FailedPreconditionError("method gupta needs a tree; the graph has {} vertices, {} edges and is {}", n,
                                   g.NumEdges(), ConnectedComponents(g).count == 1 ? "connected" : "disconnected");
  }
  // d(v, K), and the requirement that every vertex reaches a terminal.
  std::vector<Distance> to_k(n, kInfinity<W>);
  {
    DijkstraEngine<W> dijkstra(n);
    for (VertexId t : out.terminals) dijkstra.AddSource(t);
    dijkstra.Run(g);
    for (VertexId v : g.Vertices()) {
      to_k[v] = dijkstra.Distance(v);
      if (!dijkstra.IsSettled(v)) {
        return FailedPreconditionError("vertex {} cannot reach any terminal (its connected component has none)",
                                       g.ExternalId(v));
      }
    }
  }
  // Progress: the assignment is the first 80%, the minor the rest.
  auto report = [&](double f) {
    if (options.progress) options.progress(std::clamp(f, 0.0, 1.0));
  };
  SteinerPointRemovalOptions inner = options;
  inner.progress = [&](double f) { report(0.8 * f); };
  const spr_internal::SprInput<W> in{g, out.terminals, to_k, inner};
  out.stats.terminals = static_cast<uint32_t>(out.terminals.size());
  out.stats.iterations = 1;
  switch (out.method) {
    case SprMethod::kVoronoi:
      spr_internal::AssignVoronoi(in, out.terminal_of);
      break;
    case SprMethod::kGupta:
      spr_internal::AssignGupta(in, out.terminal_of);
      break;
    case SprMethod::kBall:
      spr_internal::AssignRelaxedVoronoi(in, out.terminal_of);
      break;
    case SprMethod::kPaper:
      out.stats.iterations = 0;
      SHORTCUT_RETURN_IF_ERROR(spr_internal::AssignPaper(in, out.terminal_of, out.stats));
      break;
    case SprMethod::kAuto:
      return InternalError("Steiner point removal: method not resolved");
  }
  // Integer weights make every comparison exact: an unassigned vertex there
  // is a bug. Floating-point ties may leave a few; attach them.
  if constexpr (!std::floating_point<W>) {
    for (VertexId v : g.Vertices()) {
      if (out.terminal_of[v] == kNoVertex) {
        return InternalError("Steiner point removal ({}): vertex {} was left unassigned", SprMethodName(out.method),
                             g.ExternalId(v));
      }
    }
  }
  out.stats.repaired = RepairUnassigned(g, out.terminal_of);
  out.stats.assignment_time_s = SecondsSince(start);
  report(0.8);

  const auto minor_start = std::chrono::steady_clock::now();
  out.minor_edges = MinorEdges<W>(g, out.terminal_of, [&](double f) { report(0.8 + 0.2 * f); });
  out.stats.minor_time_s = SecondsSince(minor_start);
  out.stats.minor_edges = out.minor_edges.size();
  std::vector<uint32_t> region_size(n, 0);
  for (VertexId t : out.terminal_of) out.stats.max_region_size = std::max(out.stats.max_region_size, ++region_size[t]);
  out.stats.time_s = SecondsSince(start);
  report(1.0);
  return out;
}

template absl::StatusOr<SteinerPointRemoval<uint32_t>> ComputeSteinerPointRemoval(
    const Graph<uint32_t>&, std::span<const VertexId>, const SteinerPointRemovalOptions&);
template absl::StatusOr<SteinerPointRemoval<double>> ComputeSteinerPointRemoval(
    const Graph<double>&, std::span<const VertexId>, const SteinerPointRemovalOptions&);

}  // namespace shortcut
