// File: shortcut/sssp/dijkstra.h
//
// DijkstraEngine<W>: a reusable shortest-path search workspace. It owns
// n-sized scratch state allocated once; Reset() is O(1) (a new stamp, the
// scheme of core/marker.h), so
// many small searches on a big graph cost only what they touch.
//
//   DijkstraEngine<uint32_t> dij(g.NumVertices());
//   dij.Reset();
//   dij.AddSource(s);                       // any number, with offsets/labels
//   dij.Run(g, LabelDomain{owner, kFree}, {.radius = r});
//   for (VertexId v : dij.SettledVertices()) use(dij.Distance(v), dij.Label(v));
//
// Semantics:
//  * Multi-source: AddSource(v, offset, label). Every reached vertex records
//    the label of the source its shortest-path-forest path starts at.
//  * Domain: the search relaxes arcs only into vertices the domain contains;
//    sources are settled whatever the domain says.
//  * Bounds: `radius` (settle only vertices at distance <= radius),
//    `max_settled`, and targets (AddTarget): the run stops as soon as every
//    target is settled. A stopped run can be continued by calling Run again.
//  * Ties are deterministic: vertices are settled in increasing order of
//    (distance, vertex id), and a tentative distance is replaced only by a
//    strictly smaller one, so the parent of v is the first vertex in settle
//    order that reaches v with the final distance.
//  * Distances are exact for integer weights (uint64 sums).
//
// Complexity: O((s + a) log_4 h) for s settled vertices and a scanned arcs,
// h the heap size; Reset O(1) amortised. Not thread-safe: use one engine per
// thread.
#ifndef SHORTCUT_SSSP_DIJKSTRA_H_
#define SHORTCUT_SSSP_DIJKSTRA_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/types.h"
#include "shortcut/core/vertex_domain.h"

namespace shortcut {

template <EdgeWeight W>
class DijkstraEngine {
 public:
  using DistanceT = DistanceOf<W>;
  static constexpr uint32_t kNoLabel = std::numeric_limits<uint32_t>::max();

  struct Bounds {
    DistanceT radius = kInfinity<W>;
    uint32_t max_settled = std::numeric_limits<uint32_t>::max();
  };

  DijkstraEngine() = default;
  explicit DijkstraEngine(VertexId n) { Resize(n); }

  // Resize(n): (re)allocates for graphs of up to n vertices and resets.
  void Resize(VertexId n) {
    state_.assign(n, VertexState{});
    targets_.Resize(n);
    clock_.Restart();
    NextEpoch();
    heap_.clear();
    settled_.clear();
    remaining_targets_ = 0;
  }
  VertexId Capacity() const { return static_cast<VertexId>(state_.size()); }

  // Reset(): forgets the last search. O(1) amortised.
  void Reset() {
    heap_.clear();
    settled_.clear();
    remaining_targets_ = 0;
    targets_.Clear();
    NextEpoch();
  }

  // AddSource(v, offset, label): v enters with distance `offset`; `label`
  // (default: v itself) is inherited along shortest-path-forest paths. If v
  // is already reached with a distance <= offset the call has no effect.
  void AddSource(VertexId v, DistanceT offset = 0, uint32_t label = kNoLabel) {
    SHORTCUT_DCHECK(v < state_.size());
    VertexState& s = state_[v];
    if (label == kNoLabel) label = v;
    if (s.epoch != epoch_) {
      s = VertexState{offset, epoch_, kNoPos, kNoArc, label};
      Push(v);
    } else if (s.pos != kSettled && offset < s.dist) {
      s.dist = offset;
      s.parent = kNoArc;
      s.label = label;
      SiftUp(s.pos);
    }
  }

  // AddTarget(v): Run stops once every added target is settled.
  void AddTarget(VertexId v) {
    if (targets_.Get(v)) return;
    targets_.Set(v);
    if (!IsSettled(v)) ++remaining_targets_;
  }

  // Run: settles vertices until the heap is empty or a bound stops it.
  template <VertexDomain D = AllVertices>
  void Run(const Graph<W>& g, const D& domain = {}, Bounds bounds = {}) {
    SHORTCUT_DCHECK(g.NumVertices() <= state_.size());
    const ArcId* offsets = g.OffsetArray().data();
    const VertexId* heads = g.HeadArray().data();
    const W* weights = g.WeightArray().data();
    const bool has_targets = remaining_targets_ > 0;
    uint32_t budget = bounds.max_settled;
    while (!heap_.empty() && budget > 0) {
      const HeapEntry top = heap_.front();
      if (top.dist > bounds.radius) break;
      PopTop();
      const VertexId u = top.vertex;
      state_[u].pos = kSettled;
      settled_.push_back(u);
      --budget;
      const uint32_t label = state_[u].label;
      for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
        const VertexId h = heads[a];
        if (!domain.Contains(h)) continue;
        const DistanceT nd = top.dist + static_cast<DistanceT>(weights[a]);
        if (nd > bounds.radius) continue;
        VertexState& s = state_[h];
        if (s.epoch != epoch_) {
          s = VertexState{nd, epoch_, kNoPos, a, label};
          Push(h);
        } else if (s.pos != kSettled && nd < s.dist) {
          s.dist = nd;
          s.parent = a;
          s.label = label;
          SiftUp(s.pos);
        }
      }
      if (has_targets && targets_.Get(u) && --remaining_targets_ == 0) break;
    }
  }

  // PopNext / Relax: Run taken apart, for searches that decide per vertex
  // whether to expand it (the relaxed Voronoi of Steiner point removal
  // settles every vertex it pops but expands only the ones it accepts).
  // PopNext settles the next vertex without relaxing its arcs and returns
  // it, or kNoVertex when nothing within `radius` is left; Relax(g, u)
  // relaxes the arcs of the settled vertex u into the domain. PopNext then
  // Relax on every vertex is exactly Run (same order, distances, parents).
  VertexId PopNext(DistanceT radius = kInfinity<W>) {
    if (heap_.empty() || heap_.front().dist > radius) return kNoVertex;
    const VertexId u = heap_.front().vertex;
    PopTop();
    state_[u].pos = kSettled;
    settled_.push_back(u);
    return u;
  }
  template <VertexDomain D = AllVertices>
  void Relax(const Graph<W>& g, VertexId u, const D& domain = {}, DistanceT radius = kInfinity<W>) {
    SHORTCUT_DCHECK(IsSettled(u));
    const DistanceT du = state_[u].dist;
    const uint32_t label = state_[u].label;
    for (ArcId a : g.Arcs(u)) {
      const VertexId h = g.Head(a);
      if (!domain.Contains(h)) continue;
      const DistanceT nd = du + static_cast<DistanceT>(g.Weight(a));
      if (nd > radius) continue;
      VertexState& s = state_[h];
      if (s.epoch != epoch_) {
        s = VertexState{nd, epoch_, kNoPos, a, label};
        Push(h);
      } else if (s.pos != kSettled && nd < s.dist) {
        s.dist = nd;
        s.parent = a;
        s.label = label;
        SiftUp(s.pos);
      }
    }
  }

  // SettleOne: settles the next vertex and relaxes its arcs; returns it, or
  // kNoVertex when nothing within `radius` is left.
  template <VertexDomain D = AllVertices>
  VertexId SettleOne(const Graph<W>& g, const D& domain = {}, DistanceT radius = kInfinity<W>) {
    const std::size_t before = settled_.size();
    Run(g, domain, Bounds{radius, 1});
    return settled_.size() == before ? kNoVertex : settled_.back();
  }

  bool IsReached(VertexId v) const { return state_[v].epoch == epoch_; }
  bool IsSettled(VertexId v) const { return IsReached(v) && state_[v].pos == kSettled; }
  // Distance(v): the (tentative, if unsettled) distance; kInfinity if unreached.
  DistanceT Distance(VertexId v) const { return IsReached(v) ? state_[v].dist : kInfinity<W>; }
  // ParentArc(v): the arc into v on its shortest-path-forest path; kNoArc for
  // sources and unreached vertices.
  ArcId ParentArc(VertexId v) const { return IsReached(v) ? state_[v].parent : kNoArc; }
  // Parent(g, v): the previous vertex on v's forest path, or kNoVertex.
  VertexId Parent(const Graph<W>& g, VertexId v) const {
    const ArcId a = ParentArc(v);
    return a == kNoArc ? kNoVertex : g.Tail(a);
  }
  // Label(v): the label of v's source; kNoLabel if unreached.
  uint32_t Label(VertexId v) const { return IsReached(v) ? state_[v].label : kNoLabel; }
  // SettledVertices(): settled vertices in settle order (non-decreasing
  // distance, ties by id).
  std::span<const VertexId> SettledVertices() const { return settled_; }
  bool HeapEmpty() const { return heap_.empty(); }
  // PathTo(g, v): vertices from v's source to v (v must be reached).
  std::vector<VertexId> PathTo(const Graph<W>& g, VertexId v) const {
    std::vector<VertexId> path;
    for (VertexId x = v; x != kNoVertex; x = Parent(g, x)) path.push_back(x);
    std::reverse(path.begin(), path.end());
    return path;
  }

 private:
  static constexpr uint32_t kNoPos = std::numeric_limits<uint32_t>::max() - 1;
  static constexpr uint32_t kSettled = std::numeric_limits<uint32_t>::max();

  struct VertexState {
    DistanceOf<W> dist = 0;
    uint32_t epoch = 0;
    uint32_t pos = kNoPos;  // heap index, or kSettled
    ArcId parent = kNoArc;
    uint32_t label = kNoLabel;
  };
  struct HeapEntry {
    DistanceOf<W> dist;
    VertexId vertex;
  };
  static bool Less(const HeapEntry& a, const HeapEntry& b) {
    return a.dist < b.dist || (a.dist == b.dist && a.vertex < b.vertex);
  }

  void Push(VertexId v) {
    heap_.push_back({state_[v].dist, v});
    state_[v].pos = static_cast<uint32_t>(heap_.size() - 1);
    SiftUp(state_[v].pos);
  }
  void PopTop() {
    const HeapEntry last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) {
      heap_[0] = last;
      state_[last.vertex].pos = 0;
      SiftDown(0);
    }
  }
  void SiftUp(uint32_t i) {
    const VertexId v = heap_[i].vertex;
    const HeapEntry e{state_[v].dist, v};
    while (i > 0) {
      const uint32_t p = (i - 1) / 4;
      if (!Less(e, heap_[p])) break;
      heap_[i] = heap_[p];
      state_[heap_[i].vertex].pos = i;
      i = p;
    }
    heap_[i] = e;
    state_[v].pos = i;
  }
  void SiftDown(uint32_t i) {
    const HeapEntry e = heap_[i];
    const uint32_t size = static_cast<uint32_t>(heap_.size());
    for (;;) {
      const uint32_t first = 4 * i + 1;
      if (first >= size) break;
      uint32_t best = first;
      const uint32_t last = std::min(first + 4, size);
      for (uint32_t c = first + 1; c < last; ++c) {
        if (Less(heap_[c], heap_[best])) best = c;
      }
      if (!Less(heap_[best], e)) break;
      heap_[i] = heap_[best];
      state_[heap_[i].vertex].pos = i;
      i = best;
    }
    heap_[i] = e;
    state_[e.vertex].pos = i;
  }

  // The library's stamp scheme (core/marker.h), one stamp per search.
  void NextEpoch() {
    epoch_ = clock_.Begin(0, [&] { std::fill(state_.begin(), state_.end(), VertexState{}); });
  }

  std::vector<VertexState> state_;
  std::vector<HeapEntry> heap_;
  std::vector<VertexId> settled_;
  TimestampMarker targets_;
  uint32_t remaining_targets_ = 0;
  StampClock clock_;
  uint32_t epoch_ = 1;
};

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_DIJKSTRA_H_
