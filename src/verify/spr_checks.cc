// Independent checker of Steiner-point-removal results; see spr_checks.h.
// Uses only the graph, the Dijkstra engine and its own small Dijkstra over
// the minor (whose weights are distances, wider than edge weights).
#include "shortcut/verify/spr_checks.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <concepts>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

// Equal: exact for integers, within a relative tolerance for doubles.
template <class D>
bool Equal(D a, D b, double tolerance) {
  if constexpr (std::floating_point<D>) {
    return std::fabs(a - b) <= tolerance * std::max(std::fabs(a), std::fabs(b));
  } else {
    return a == b;
  }
}
template <class D>
bool Less(D a, D b, double tolerance) {
  if constexpr (std::floating_point<D>) {
    return a < b && !Equal(a, b, tolerance);
  } else {
    return a < b;
  }
}
// Exceeds: d_M > bound·d_G. Integers are compared in long double, which is
// exact when bound·d_G is an integer below 2^64 (bound = 8, say) and
// otherwise correct to 64 bits; doubles with the relative tolerance.
template <class D>
bool Exceeds(D dm, D dg, double bound, double tolerance) {
  const long double limit = static_cast<long double>(bound) * static_cast<long double>(dg);
  if constexpr (std::floating_point<D>) {
    return static_cast<long double>(dm) > limit * (1 + static_cast<long double>(tolerance));
  } else {
    return static_cast<long double>(dm) > limit;
  }
}

// The minor as a CSR over terminal indices, with Dijkstra on it.
template <class D>
class MinorGraph {
 public:
  MinorGraph(uint32_t k, std::span<const std::pair<uint32_t, uint32_t>> ends, std::span<const D> weights)
      : offsets_(k + 1, 0), dist_(k, kUnreached) {
    for (const auto& [a, b] : ends) {
      ++offsets_[a + 1];
      ++offsets_[b + 1];
    }
    for (uint32_t i = 0; i < k; ++i) offsets_[i + 1] += offsets_[i];
    heads_.resize(offsets_[k]);
    weights_.resize(offsets_[k]);
    std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
    for (std::size_t e = 0; e < ends.size(); ++e) {
      const auto [a, b] = ends[e];
      heads_[fill[a]] = b;
      weights_[fill[a]++] = weights[e];
      heads_[fill[b]] = a;
      weights_[fill[b]++] = weights[e];
    }
  }
  static constexpr D kUnreached = std::numeric_limits<D>::has_infinity ? std::numeric_limits<D>::infinity()
                                                                       : std::numeric_limits<D>::max();

  // Run: distances from terminal index s to all; Distance(i) afterwards.
  void Run(uint32_t s) {
    std::fill(dist_.begin(), dist_.end(), kUnreached);
    using Entry = std::pair<D, uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    dist_[s] = 0;
    heap.push({0, s});
    while (!heap.empty()) {
      const auto [d, u] = heap.top();
      heap.pop();
      if (d != dist_[u]) continue;
      for (uint32_t a = offsets_[u]; a < offsets_[u + 1]; ++a) {
        // Saturating: a hostile minor file may carry huge weights.
        const D nd = weights_[a] >= kUnreached - d ? kUnreached : d + weights_[a];
        if (nd < dist_[heads_[a]]) {
          dist_[heads_[a]] = nd;
          heap.push({nd, heads_[a]});
        }
      }
    }
  }
  D Distance(uint32_t i) const { return dist_[i]; }

 private:
  std::vector<uint32_t> offsets_, heads_;
  std::vector<D> weights_;
  std::vector<D> dist_;
};

}  // namespace

template <EdgeWeight W>
SprCheckReport CheckSteinerPointRemoval(const Graph<W>& g, std::span<const VertexId> terminals,
                                        std::span<const VertexId> terminal_of,
                                        std::span<const MinorEdge<W>> minor_edges, const SprCheckOptions& options) {
  using Distance = DistanceOf<W>;
  const auto start = std::chrono::steady_clock::now();
  SprCheckReport rep;
  auto done = [&](absl::Status s) {
    rep.status = std::move(s);
    rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rep;
  };
  const VertexId n = g.NumVertices();
  const double tol = options.relative_tolerance;
  auto id = [&](VertexId v) { return g.ExternalId(v); };

  // Terminals, and their dense indices.
  if (terminals.empty()) return done(InvalidArgumentError("no terminals"));
  constexpr uint32_t kNotTerminal = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t> index(n, kNotTerminal);
  for (std::size_t i = 0; i < terminals.size(); ++i) {
    const VertexId t = terminals[i];
    if (t >= n) return done(InvalidArgumentError("terminal {} is outside the graph ({} vertices)", t, n));
    if (index[t] != kNotTerminal) return done(InvalidArgumentError("terminal {} is listed twice", id(t)));
    index[t] = static_cast<uint32_t>(i);
  }
  const uint32_t k = static_cast<uint32_t>(terminals.size());
  rep.terminals = k;
  rep.minor_edges = minor_edges.size();

  // 1. f: V -> K with f(t) = t.
  if (terminal_of.size() != n) {
    return done(FailedPreconditionError("the map has {} entries for {} vertices", terminal_of.size(), n));
  }
  for (VertexId v = 0; v < n; ++v) {
    const VertexId t = terminal_of[v];
    if (t >= n || index[t] == kNotTerminal) {
      return done(FailedPreconditionError("vertex {} maps to {}, which is not a terminal", id(v),
                                          t >= n ? std::string("no vertex") : fmt::format("vertex {}", id(t))));
    }
  }
  for (VertexId t : terminals) {
    if (terminal_of[t] != t) {
      return done(FailedPreconditionError("terminal {} maps to terminal {}: its region does not contain it", id(t),
                                          id(terminal_of[t])));
    }
  }
  // 2. Connected regions: BFS from each terminal inside its region.
  {
    std::vector<uint8_t> reached(n, 0);
    std::vector<uint32_t> size(k, 0);
    std::vector<VertexId> queue;
    for (VertexId t : terminals) {
      queue.assign(1, t);
      reached[t] = 1;
      for (std::size_t i = 0; i < queue.size(); ++i) {
        for (VertexId h : g.Neighbors(queue[i])) {
          if (!reached[h] && terminal_of[h] == t) {
            reached[h] = 1;
            queue.push_back(h);
          }
        }
      }
      size[index[t]] = static_cast<uint32_t>(queue.size());
      rep.max_region_size = std::max(rep.max_region_size, size[index[t]]);
    }
    for (VertexId v = 0; v < n; ++v) {
      if (!reached[v]) {
        return done(FailedPreconditionError(
            "the region of terminal {} is not connected: vertex {} maps to it but cannot reach it inside the region",
            id(terminal_of[v]), id(v)));
      }
    }
  }
  // 3. M is a minor through f.
  std::vector<std::pair<uint32_t, uint32_t>> ends;  // terminal indices, first < second
  std::vector<Distance> weights;
  {
    std::vector<std::pair<uint64_t, std::size_t>> order;  // (pair key, edge index)
    for (std::size_t e = 0; e < minor_edges.size(); ++e) {
      const MinorEdge<W>& m = minor_edges[e];
      if (m.u >= n || m.v >= n || index[m.u] == kNotTerminal || index[m.v] == kNotTerminal) {
        return done(FailedPreconditionError("minor edge {} {} has an endpoint that is not a terminal",
                                            m.u < n ? id(m.u) : m.u, m.v < n ? id(m.v) : m.v));
      }
      if (m.u == m.v) return done(FailedPreconditionError("minor edge {} {} is a self-loop", id(m.u), id(m.v)));
      const uint32_t a = std::min(index[m.u], index[m.v]), b = std::max(index[m.u], index[m.v]);
      order.push_back({(uint64_t{a} << 32) | b, e});
    }
    std::sort(order.begin(), order.end());
    for (std::size_t i = 1; i < order.size(); ++i) {
      if (order[i].first == order[i - 1].first) {
        const MinorEdge<W>& m = minor_edges[order[i].second];
        return done(FailedPreconditionError("minor edge {} {} appears twice", id(m.u), id(m.v)));
      }
    }
    std::vector<uint64_t> touching;
    for (EdgeId e = 0; e < g.NumEdges(); ++e) {
      const auto [x, y] = g.EdgeEndpoints(e);
      const uint32_t a = index[terminal_of[x]], b = index[terminal_of[y]];
      if (a != b) touching.push_back((uint64_t{std::min(a, b)} << 32) | std::max(a, b));
    }
    std::sort(touching.begin(), touching.end());
    touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
    for (const auto& [key, e] : order) {
      if (!std::binary_search(touching.begin(), touching.end(), key)) {
        const MinorEdge<W>& m = minor_edges[e];
        return done(FailedPreconditionError("minor edge {} {} joins regions that do not touch in the graph", id(m.u),
                                            id(m.v)));
      }
      ends.push_back({static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key & 0xffffffffu)});
      weights.push_back(minor_edges[e].weight);
    }
  }
  // 4. Edge weights are exact graph distances: one Dijkstra per terminal,
  // stopped once its minor neighbours (of larger index) are settled.
  DijkstraEngine<W> dijkstra(n);
  for (std::size_t i = 0; i < ends.size();) {
    const uint32_t a = ends[i].first;
    std::size_t j = i;
    dijkstra.Reset();
    dijkstra.AddSource(terminals[a]);
    for (; j < ends.size() && ends[j].first == a; ++j) dijkstra.AddTarget(terminals[ends[j].second]);
    dijkstra.Run(g);
    for (std::size_t e = i; e < j; ++e) {
      const VertexId u = terminals[a], v = terminals[ends[e].second];
      const Distance d = dijkstra.Distance(v);
      if (!Equal<Distance>(weights[e], d, tol)) {
        return done(FailedPreconditionError("minor edge {} {} weighs {} but d_G({}, {}) = {}", id(u), id(v),
                                            weights[e], id(u), id(v),
                                            d >= kInfinity<W> ? std::string("infinity") : fmt::format("{}", d)));
      }
    }
    i = j;
  }
  // 5. Distortion, from every terminal (or sampled sources).
  std::vector<uint32_t> sources(k);
  for (uint32_t i = 0; i < k; ++i) sources[i] = i;
  if (options.max_sources != 0 && options.max_sources < k) {
    Random rng(options.seed);
    for (uint32_t i = 0; i < options.max_sources; ++i) std::swap(sources[i], sources[i + rng.UniformInt(k - i)]);
    sources.resize(options.max_sources);
    std::sort(sources.begin(), sources.end());
  }
  rep.sources = static_cast<uint32_t>(sources.size());
  rep.all_pairs = sources.size() == k;
  std::vector<uint8_t> is_source(k, 0);
  for (uint32_t s : sources) is_source[s] = 1;
  MinorGraph<Distance> minor(k, ends, weights);
  long double ratio_sum = 0;
  for (std::size_t si = 0; si < sources.size(); ++si) {
    const uint32_t s = sources[si];
    dijkstra.Reset();
    dijkstra.AddSource(terminals[s]);
    dijkstra.Run(g);
    minor.Run(s);
    for (uint32_t t = 0; t < k; ++t) {
      if (t == s || (is_source[t] && t < s)) continue;  // each unordered pair once
      const Distance dg = dijkstra.Distance(terminals[t]);
      if (dg >= kInfinity<W>) continue;  // different components of G
      const Distance dm = minor.Distance(t);
      const VertexId u = terminals[s], v = terminals[t];
      if (dm == MinorGraph<Distance>::kUnreached) {
        return done(FailedPreconditionError("terminals {} and {} are connected in the graph (distance {}) but not in the minor",
                                            id(u), id(v), dg));
      }
      if (Less<Distance>(dm, dg, tol)) {
        return done(FailedPreconditionError("d_M({}, {}) = {} is below d_G = {}", id(u), id(v), dm, dg));
      }
      if (options.max_distortion > 0 && Exceeds<Distance>(dm, dg, options.max_distortion, tol)) {
        return done(FailedPreconditionError(
            "terminals {} and {}: d_M = {} exceeds {} x d_G (d_G = {}, distortion {:.6g})", id(u), id(v), dm,
            options.max_distortion, dg,
            static_cast<double>(static_cast<long double>(dm) / static_cast<long double>(dg))));
      }
      const double ratio = static_cast<double>(static_cast<long double>(dm) / static_cast<long double>(dg));
      ratio_sum += ratio;
      ++rep.pairs;
      if (ratio > rep.max_distortion) {
        rep.max_distortion = ratio;
        rep.worst_u = u;
        rep.worst_v = v;
        rep.worst_graph_distance = static_cast<double>(dg);
        rep.worst_minor_distance = static_cast<double>(dm);
      }
    }
    if (options.progress) options.progress(static_cast<double>(si + 1) / static_cast<double>(sources.size()));
  }
  if (rep.pairs > 0) {
    rep.mean_distortion = static_cast<double>(ratio_sum / static_cast<long double>(rep.pairs));
  } else {
    rep.max_distortion = 1;  // nothing to distort
    rep.mean_distortion = 1;
  }
  return done(absl::OkStatus());
}

template SprCheckReport CheckSteinerPointRemoval(const Graph<uint32_t>&, std::span<const VertexId>,
                                                 std::span<const VertexId>, std::span<const MinorEdge<uint32_t>>,
                                                 const SprCheckOptions&);
template SprCheckReport CheckSteinerPointRemoval(const Graph<double>&, std::span<const VertexId>,
                                                 std::span<const VertexId>, std::span<const MinorEdge<double>>,
                                                 const SprCheckOptions&);

}  // namespace shortcut
