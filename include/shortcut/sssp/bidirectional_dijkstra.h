// File: shortcut/sssp/bidirectional_dijkstra.h
//
// BidirectionalDijkstra<W>: exact point-to-point distances by two Dijkstra
// searches, one from each end, that stop as soon as the sum of their
// smallest tentative distances reaches the best meeting distance found. It is
// the exact single-pair baseline the approximate oracle is measured against.
//
//   BidirectionalDijkstra<uint32_t> bidi(g.NumVertices());
//   uint64_t d = bidi.Distance(g, s, t);   // kInfinity<uint32_t> if unreachable
//   bidi.SettledLastQuery();               // work done by the last query
//
// Correctness (standard): let μ be the best s–t walk seen through a relaxed
// arc, and a, b the tops of the two queues. Every s–t path not yet seen has a
// vertex settled by neither side, so it is at least a + b long; stopping when
// a + b >= μ therefore returns δ(s, t).
//
// The graph is undirected, so both searches use the same arcs. Scratch state
// (two distance arrays with epochs) is allocated once; each query costs only
// what it touches. Complexity: O((s + a) log s) for s settled vertices and a
// scanned arcs. Not thread-safe: use one object per thread.
#ifndef SHORTCUT_SSSP_BIDIRECTIONAL_DIJKSTRA_H_
#define SHORTCUT_SSSP_BIDIRECTIONAL_DIJKSTRA_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/types.h"

namespace shortcut {

template <EdgeWeight W>
class BidirectionalDijkstra {
 public:
  using Distance_t = DistanceOf<W>;

  BidirectionalDijkstra() = default;
  explicit BidirectionalDijkstra(VertexId n) { Resize(n); }

  // Resize(n): allocates for graphs of up to n vertices.
  void Resize(VertexId n) {
    for (Side& side : sides_) {
      side.state.assign(n, State{});
      side.heap.clear();
    }
    clock_.Restart();
  }

  // Distance(g, s, t): δ_g(s, t), or kInfinity<W> when t is unreachable.
  // Requires: s, t < g.NumVertices() <= the size given to Resize.
  Distance_t Distance(const Graph<W>& g, VertexId s, VertexId t) {
    SHORTCUT_DCHECK(s < g.NumVertices() && t < g.NumVertices() && g.NumVertices() <= sides_[0].state.size());
    settled_ = 0;
    if (s == t) return 0;
    // A new stamp (the scheme of core/marker.h) forgets the last query.
    epoch_ = clock_.Begin(0, [&] {
      for (Side& side : sides_) std::fill(side.state.begin(), side.state.end(), State{});
    });
    Side& forward = sides_[0];
    Side& backward = sides_[1];
    forward.heap.clear();
    backward.heap.clear();
    Reach(forward, s, 0);
    Reach(backward, t, 0);
    Distance_t best = kInfinity<W>;
    for (;;) {
      DropStale(forward);
      DropStale(backward);
      if (forward.heap.empty() || backward.heap.empty()) break;
      const Distance_t a = forward.heap.front().dist, b = backward.heap.front().dist;
      if (a + b >= best) break;
      Side& side = a <= b ? forward : backward;
      Side& other = a <= b ? backward : forward;
      std::pop_heap(side.heap.begin(), side.heap.end(), Greater);
      const Entry top = side.heap.back();
      side.heap.pop_back();
      const VertexId u = top.vertex;
      side.state[u].settled = true;
      ++settled_;
      for (ArcId arc : g.Arcs(u)) {
        const VertexId h = g.Head(arc);
        const Distance_t nd = top.dist + static_cast<Distance_t>(g.Weight(arc));
        const State& o = other.state[h];
        if (o.epoch == epoch_) best = std::min(best, nd + o.dist);
        State& st = side.state[h];
        if (st.epoch != epoch_ || (!st.settled && nd < st.dist)) Reach(side, h, nd);
      }
    }
    return best;
  }

  // SettledLastQuery(): vertices settled (both sides) by the last Distance.
  uint64_t SettledLastQuery() const { return settled_; }

 private:
  struct State {
    Distance_t dist = 0;
    uint32_t epoch = 0;
    bool settled = false;
  };
  struct Entry {
    Distance_t dist;
    VertexId vertex;
  };
  struct Side {
    std::vector<State> state;
    std::vector<Entry> heap;  // lazy binary min-heap on (dist, vertex)
  };
  static bool Greater(const Entry& a, const Entry& b) {
    return a.dist > b.dist || (a.dist == b.dist && a.vertex > b.vertex);
  }
  void Reach(Side& side, VertexId v, Distance_t d) {
    side.state[v] = State{d, epoch_, false};
    side.heap.push_back({d, v});
    std::push_heap(side.heap.begin(), side.heap.end(), Greater);
  }
  // DropStale: pops entries whose vertex is settled or has a shorter entry.
  static void DropStale(Side& side) {
    while (!side.heap.empty()) {
      const Entry& top = side.heap.front();
      const State& st = side.state[top.vertex];
      if (!st.settled && st.dist == top.dist) return;
      std::pop_heap(side.heap.begin(), side.heap.end(), Greater);
      side.heap.pop_back();
    }
  }

  Side sides_[2];
  StampClock clock_;
  uint32_t epoch_ = 0;
  uint64_t settled_ = 0;
};

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_BIDIRECTIONAL_DIJKSTRA_H_
