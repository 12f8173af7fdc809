// File: shortcut/sssp/diameter.h
//
// Diameter of a graph, or of the subgraph induced by a vertex set (a strong
// diameter), by the BoundingDiameters algorithm of Takes and Kosters (2011):
// repeated Dijkstra sweeps that tighten per-vertex eccentricity bounds
//   max(d(v,w), e(v) - d(v,w)) <= e(w) <= e(v) + d(v,w)
// until the lower and upper bounds on the diameter meet. Exact whenever it
// converges within the sweep budget (typically a handful of sweeps on meshes
// and road networks); otherwise the bounds satisfy lower <= diam <= upper
// <= 2·diam (upper is 2·ecc of some vertex).
//
//   DiameterWorkspace<uint32_t> ws(g.NumVertices());
//   DiameterBounds<uint32_t> b = ws.Bound(g, members, LabelDomain{cluster_of, c});
//   if (b.exact) use(b.lower);
//
// The vertex set must induce a connected subgraph (per component otherwise:
// use GraphDiameter). Complexity: O(sweeps · (|S| + arcs) log |S|).
#ifndef SHORTCUT_SSSP_DIAMETER_H_
#define SHORTCUT_SSSP_DIAMETER_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "shortcut/core/components.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {

template <EdgeWeight W>
struct DiameterBounds {
  DistanceOf<W> lower = 0;  // realised by the pair (u, v)
  DistanceOf<W> upper = 0;
  bool exact = false;       // lower == upper
  uint32_t sweeps = 0;
  VertexId u = kNoVertex, v = kNoVertex;
};

template <EdgeWeight W>
class DiameterWorkspace {
 public:
  using Distance = DistanceOf<W>;
  explicit DiameterWorkspace(VertexId n) : dijkstra_(n), index_(n, 0) {}

  DijkstraEngine<W>& Engine() { return dijkstra_; }

  // Bound: diameter bounds of the subgraph induced by `vertices` (which the
  // domain must contain exactly), with at most `max_sweeps` sweeps (0 = until
  // exact).
  template <VertexDomain D>
  DiameterBounds<W> Bound(const Graph<W>& g, std::span<const VertexId> vertices, const D& domain,
                          uint32_t max_sweeps = 0) {
    DiameterBounds<W> out;
    const std::size_t k = vertices.size();
    if (k <= 1) {
      out.exact = true;
      if (k == 1) out.u = out.v = vertices[0];
      return out;
    }
    for (std::size_t i = 0; i < k; ++i) index_[vertices[i]] = static_cast<uint32_t>(i);
    lo_.assign(k, 0);
    hi_.assign(k, kInfinity<W>);
    candidates_.assign(vertices.begin(), vertices.end());
    Distance d_lo = 0, d_hi = kInfinity<W>;
    bool pick_high = true;
    VertexId next = vertices[0];
    while (!candidates_.empty() && d_lo < d_hi) {
      if (max_sweeps != 0 && out.sweeps >= max_sweeps) break;
      // Sweep from `next`: its eccentricity and distances to all.
      dijkstra_.Reset();
      dijkstra_.AddSource(next);
      dijkstra_.Run(g, domain);
      ++out.sweeps;
      const auto settled = dijkstra_.SettledVertices();
      const VertexId far = settled.back();
      const Distance ecc = dijkstra_.Distance(far);
      if (ecc > d_lo) {
        d_lo = ecc;
        out.u = next;
        out.v = far;
      }
      d_hi = std::min(d_hi, ecc > kInfinity<W> / 2 ? kInfinity<W> : 2 * ecc);
      // Tighten bounds and drop candidates that cannot change the answer.
      std::size_t kept = 0;
      for (VertexId w : candidates_) {
        const uint32_t i = index_[w];
        const Distance d = dijkstra_.Distance(w);
        lo_[i] = std::max({lo_[i], d, ecc > d ? ecc - d : d - ecc});
        hi_[i] = std::min(hi_[i], ecc + d);
        // w cannot raise the lower bound (hi <= d_lo) and either cannot lower
        // the upper bound or its eccentricity is already known.
        const bool useless = hi_[i] <= d_lo && (2 * lo_[i] >= d_hi || lo_[i] == hi_[i]);
        if (w != next && !useless) candidates_[kept++] = w;
      }
      candidates_.resize(kept);
      if (candidates_.empty()) break;
      // Alternate between the largest upper and the smallest lower bound
      // (ties: smallest id), as Takes and Kosters do.
      next = candidates_[0];
      for (VertexId w : candidates_) {
        const uint32_t i = index_[w], j = index_[next];
        if (pick_high ? (hi_[i] > hi_[j] || (hi_[i] == hi_[j] && w < next))
                      : (lo_[i] < lo_[j] || (lo_[i] == lo_[j] && w < next))) {
          next = w;
        }
      }
      pick_high = !pick_high;
    }
    out.lower = d_lo;
    if (candidates_.empty()) {
      out.upper = d_lo;
    } else {
      // Every eccentricity is at most its upper bound (swept and dropped
      // vertices included), which is often far below 2·ecc.
      const Distance max_hi = *std::max_element(hi_.begin(), hi_.end());
      out.upper = std::max(d_lo, std::min(d_hi, max_hi));
    }
    out.exact = out.lower == out.upper;
    return out;
  }

 private:
  DijkstraEngine<W> dijkstra_;
  std::vector<uint32_t> index_;
  std::vector<Distance> lo_, hi_;
  std::vector<VertexId> candidates_;
};

// GraphDiameter: the largest diameter over the connected components of g
// (each bounded with `max_sweeps` sweeps; 0 = exact). `lower`/`upper` are
// the maxima of the per-component bounds.
template <EdgeWeight W>
DiameterBounds<W> GraphDiameter(const Graph<W>& g, uint32_t max_sweeps = 0) {
  DiameterBounds<W> out;
  out.exact = true;
  const Components cc = ConnectedComponents(g);
  std::vector<std::vector<VertexId>> members(cc.count);
  for (VertexId v : g.Vertices()) members[cc.component[v]].push_back(v);
  DiameterWorkspace<W> ws(g.NumVertices());
  for (uint32_t c = 0; c < cc.count; ++c) {
    if (members[c].size() <= 1) continue;
    const DiameterBounds<W> b = ws.Bound(g, members[c], LabelDomain{cc.component, c}, max_sweeps);
    out.sweeps += b.sweeps;
    if (b.lower > out.lower) {
      out.lower = b.lower;
      out.u = b.u;
      out.v = b.v;
    }
    out.upper = std::max(out.upper, b.upper);
  }
  out.upper = std::max(out.upper, out.lower);
  out.exact = out.lower == out.upper;
  return out;
}

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_DIAMETER_H_
