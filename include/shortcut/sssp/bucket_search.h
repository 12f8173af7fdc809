// File: shortcut/sssp/bucket_search.h
//
// BucketSearch<W>: a reusable single-source search workspace that settles
// vertices in exactly the order of DijkstraEngine (sssp/dijkstra.h, the
// reference engine) — increasing (distance, vertex id), a tentative distance
// replaced only by a strictly smaller one, so the parent of v is the first
// settled vertex that reaches v with its final distance — but with the
// cheapest queue the weights allow:
//
//   * one integer weight c on every edge: levels (a breadth-first search;
//     the parent is the smallest-id neighbour one level up);
//   * integer weights up to kMaxDialWeight: Dial's buckets (one per distance
//     value, a ring of 2^k > w_max of them; a bucket's entries are settled in
//     id order);
//   * anything else (larger or floating-point weights, or a search whose
//     distances may not fit in 32-bit stamps): a 4-ary heap of (distance, id).
//
//   BucketSearch<uint32_t> search(g);                 // sizes and picks the queue
//   search.Run(g, root, LabelDomain{label, id}, radius,
//              [&](VertexId v) { return frontier.Get(v); },      // filter
//              [&](VertexId v) { return --missing > 0; });        // visit; false stops
//   search.DistanceTo(v), search.Parent(v)           // for settled v
//
// Semantics:
//  * Domain: arcs are relaxed only into vertices the domain contains; the
//    source is settled whatever the domain says.
//  * Radius: only vertices at distance <= radius are settled.
//  * Filter and visit: every settled vertex is expanded; visit(v) is called,
//    in settle order, for the settled vertices with filter(v). A visit that
//    returns false stops the run at once (a target stop: v is settled, its
//    arcs are not relaxed). The filter lets the level search skip sorting a
//    level's other vertices.
//  * Reset: none needed. Distances are stamps base + d over the library's
//    stamp scheme (core/marker.h), so a run costs only what it touches.
//  * DistanceTo(v) and Parent(v) are valid after a run for the vertices it
//    settled (and its visits), until the next run.
//
// Complexity: levels and Dial O(s + a + D/c) for s settled vertices, a arcs
// scanned and final distance D (plus sorting each level's filtered vertices,
// or each bucket); the heap O((s + a) log a). Not thread-safe: one workspace
// per thread.
#ifndef SHORTCUT_SSSP_BUCKET_SEARCH_H_
#define SHORTCUT_SSSP_BUCKET_SEARCH_H_

#include <algorithm>
#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/types.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/four_ary_heap.h"

namespace shortcut {

// The largest integer weight searched with Dial's buckets (one bucket per
// distance value: above this the ring costs more than a heap saves).
inline constexpr uint32_t kMaxDialWeight = 1024;

template <EdgeWeight W>
class BucketSearch {
 public:
  using Distance = DistanceOf<W>;
  enum class Queue { kLevels, kDial, kHeap };

  BucketSearch() = default;
  explicit BucketSearch(const Graph<W>& g) { Prepare(g); }

  // Prepare(g): sizes the workspace for g and picks the queue from its
  // weights (the search may run on any graph with the same vertices and
  // weights no larger).
  void Prepare(const Graph<W>& g) {
    DistanceOf<W> lo = kInfinity<W>, hi = 0;
    for (W w : g.WeightArray()) {
      lo = std::min<DistanceOf<W>>(lo, w);
      hi = std::max<DistanceOf<W>>(hi, w);
    }
    Prepare(g.NumVertices(), lo, hi);
  }
  // Prepare(n, lo, hi): the same for a caller that knows the smallest and
  // largest weight (lo > hi: no edges).
  void Prepare(VertexId n, DistanceOf<W> lo, DistanceOf<W> hi) {
    stamp_.assign(n, 0);
    parent_.resize(n);
    // A level queue and a level's (or bucket's) candidates hold distinct
    // vertices: n slots each, written without push_back.
    scratch_.resize(n);
    candidates_.resize(n);
    dist_.clear();
    clock_.Restart();
    queue_ = Queue::kHeap;
    if constexpr (std::unsigned_integral<W>) {
      if (lo <= hi && lo >= 1) {
        max_weight_ = hi;
        if (lo == hi) {
          queue_ = Queue::kLevels;
          uniform_ = hi;
        } else if (hi <= kMaxDialWeight) {
          queue_ = Queue::kDial;
          buckets_.assign(std::bit_ceil(static_cast<uint32_t>(hi) + 1), {});
        }
      }
    }
  }
  Queue queue() const { return queue_; }

  template <VertexDomain D, class Filter, class Visit>
  void Run(const Graph<W>& g, VertexId source, const D& domain, Distance radius, const Filter& filter,
           Visit&& visit) {
    Dispatch<false>(g, std::span<const VertexId>(&source, 1), nullptr, domain, radius, filter, visit);
  }
  template <VertexDomain D, class Visit>
  void Run(const Graph<W>& g, VertexId source, const D& domain, Distance radius, Visit&& visit) {
    Run(g, source, domain, radius, [](VertexId) { return true; }, visit);
  }
  // RunFrom: the same from several sources at distance 0 (distinct, any
  // order), source i carrying labels[i]; every settled vertex inherits the
  // label of the source its shortest-path-forest path starts at (Label(v)),
  // as DijkstraEngine's AddSource(v, 0, label) does.
  template <VertexDomain D, class Filter, class Visit>
  void RunFrom(const Graph<W>& g, std::span<const VertexId> sources, std::span<const uint32_t> labels,
               const D& domain, Distance radius, const Filter& filter, Visit&& visit) {
    SHORTCUT_DCHECK(labels.size() == sources.size());
    if (label_.size() != stamp_.size()) label_.resize(stamp_.size());
    Dispatch<true>(g, sources, labels.data(), domain, radius, filter, visit);
  }
  uint32_t Label(VertexId v) const { return label_[v]; }

  Distance DistanceTo(VertexId v) const {
    switch (last_) {
      case Queue::kLevels:
        return static_cast<Distance>(stamp_[v] - base_) * static_cast<Distance>(uniform_);
      case Queue::kDial:
        return static_cast<Distance>(stamp_[v] - base_);
      case Queue::kHeap:
        break;
    }
    return dist_[v];
  }
  VertexId Parent(VertexId v) const { return parent_[v]; }

 private:
  template <bool kLabels, VertexDomain D, class Filter, class Visit>
  void Dispatch(const Graph<W>& g, std::span<const VertexId> sources, const uint32_t* labels, const D& domain,
                Distance radius, const Filter& filter, Visit& visit) {
    for (VertexId s : sources) SHORTCUT_DCHECK(s < stamp_.size());
    SHORTCUT_DCHECK(g.NumVertices() <= stamp_.size());
    if constexpr (std::unsigned_integral<W>) {
      // No distance exceeds (n − 1)·w_max: a larger radius (kInfinity, say)
      // is capped there, so that an unbounded search fits the stamps too.
      const uint64_t n1 = stamp_.empty() ? 0 : stamp_.size() - 1;
      if (queue_ != Queue::kHeap && (n1 == 0 || max_weight_ <= std::numeric_limits<uint64_t>::max() / n1)) {
        radius = std::min<Distance>(radius, static_cast<Distance>(n1 * max_weight_));
      }
      if (queue_ == Queue::kLevels && StampClock::Fits(uint64_t{radius / uniform_} + 1)) {
        return RunLevels<kLabels>(g, sources, labels, domain, static_cast<uint32_t>(radius / uniform_), filter,
                                  visit);
      }
      if (queue_ == Queue::kDial && StampClock::Fits(uint64_t{radius} + max_weight_)) {
        return RunDial<kLabels>(g, sources, labels, domain, static_cast<uint32_t>(radius), filter, visit);
      }
    }
    RunHeap<kLabels>(g, sources, labels, domain, radius, filter, visit);
  }

  // Levels: stamp = base + hops. A level's vertices are final when it is
  // reached; the ones the filter keeps are visited in id order, and each
  // vertex of the next level takes its smallest-id neighbour as parent —
  // the settle order and parents of Dijkstra with one weight on every edge.
  template <bool kLabels, VertexDomain D, class Filter, class Visit>
  void RunLevels(const Graph<W>& g, std::span<const VertexId> sources, const uint32_t* labels, const D& domain,
                 uint32_t max_level, const Filter& filter, Visit& visit) {
    const uint32_t base = clock_.Begin(uint64_t{max_level} + 1, [&] { std::fill(stamp_.begin(), stamp_.end(), 0u); });
    base_ = base;
    last_ = Queue::kLevels;
    uint32_t* const stamp = stamp_.data();
    VertexId* const parent = parent_.data();
    VertexId* const queue = scratch_.data();
    VertexId* const candidates = candidates_.data();
    std::size_t tail = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const VertexId source = sources[i];
      if (stamp[source] == base) continue;  // listed twice
      queue[tail++] = source;
      stamp[source] = base;
      parent[source] = kNoVertex;
      if constexpr (kLabels) label_[source] = labels[i];
    }
    std::size_t begin = 0;
    uint32_t level = 0;
    for (;;) {
      const std::size_t end = tail;
      if (begin == end) break;
      std::size_t count = 0;
      for (std::size_t i = begin; i < end; ++i) {
        if (filter(queue[i])) candidates[count++] = queue[i];
      }
      std::sort(candidates, candidates + count);
      bool stop = false;
      for (std::size_t i = 0; i < count; ++i) {
        if (!visit(candidates[i])) {
          stop = true;
          break;
        }
      }
      if (stop || level == max_level) break;
      const uint32_t next = base + level + 1;
      for (std::size_t i = begin; i < end; ++i) {
        const VertexId u = queue[i];
        for (VertexId h : g.Neighbors(u)) {
          if (!domain.Contains(h)) continue;
          const uint32_t s = stamp[h];
          if (s < base) {
            stamp[h] = next;
            parent[h] = u;
            if constexpr (kLabels) label_[h] = label_[u];
            queue[tail++] = h;
          } else if (s == next && u < parent[h]) {
            parent[h] = u;
            if constexpr (kLabels) label_[h] = label_[u];
          }
        }
      }
      begin = end;
      ++level;
    }
    clock_.End(base + level + 1);
  }

  // Dial: stamp = base + tentative distance; every queued key lies in
  // [d, d + w_max], so bucket key mod 2^k holds exactly the entries of
  // distance key. All entries of the current bucket are final (weights >= 1):
  // its valid ones, in id order, are the settle order. Heads beyond the
  // radius are queued like the others (one test less per arc): the run ends
  // at the first distance beyond it, so stamps reach base + radius + w_max.
  template <bool kLabels, VertexDomain D, class Filter, class Visit>
  void RunDial(const Graph<W>& g, std::span<const VertexId> sources, const uint32_t* labels, const D& domain,
                 uint32_t radius, const Filter& filter, Visit& visit) {
    const uint32_t w_max = static_cast<uint32_t>(max_weight_);
    const uint32_t base =
        clock_.Begin(uint64_t{radius} + w_max, [&] { std::fill(stamp_.begin(), stamp_.end(), 0u); });
    base_ = base;
    last_ = Queue::kDial;
    const ArcId* const offsets = g.OffsetArray().data();
    const VertexId* const heads = g.HeadArray().data();
    const W* const weights = g.WeightArray().data();
    uint32_t* const stamp = stamp_.data();
    VertexId* const parent = parent_.data();
    const uint32_t mask = static_cast<uint32_t>(buckets_.size()) - 1;
    std::size_t pending = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const VertexId source = sources[i];
      if (stamp[source] == base) continue;  // listed twice
      stamp[source] = base;
      parent[source] = kNoVertex;
      if constexpr (kLabels) label_[source] = labels[i];
      buckets_[0].push_back(source);
      ++pending;
    }
    uint32_t d = 0;
    bool stop = false;
    while (pending > 0 && !stop) {
      std::vector<VertexId>& bucket = buckets_[d & mask];
      if (bucket.empty()) {
        ++d;
        continue;
      }
      if (d > radius) break;
      pending -= bucket.size();
      VertexId* const candidates = candidates_.data();
      std::size_t count = 0;
      for (VertexId v : bucket) {
        if (stamp[v] - base == d) candidates[count++] = v;
      }
      bucket.clear();
      std::sort(candidates, candidates + count);
      for (std::size_t i = 0; i < count; ++i) {
        const VertexId v = candidates[i];
        if (filter(v) && !visit(v)) {
          stop = true;
          break;
        }
        for (ArcId a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
          const VertexId h = heads[a];
          if (!domain.Contains(h)) continue;
          const uint32_t nd = d + static_cast<uint32_t>(weights[a]);
          if (nd >= stamp[h] - base) continue;
          stamp[h] = base + nd;
          parent[h] = v;
          if constexpr (kLabels) label_[h] = label_[v];
          buckets_[nd & mask].push_back(h);
          ++pending;
        }
      }
      ++d;
    }
    if (pending > 0) {
      for (auto& b : buckets_) b.clear();
    }
    // Stamps written: at most base + min(d, radius) + w_max.
    clock_.End(base + std::min(d, radius) + w_max);
  }

  // Heap: a lazy 4-ary heap of (distance, id) (sssp/four_ary_heap.h);
  // stamp = one per run marks the vertices reached, dist_ their tentative
  // distances.
  template <bool kLabels, VertexDomain D, class Filter, class Visit>
  void RunHeap(const Graph<W>& g, std::span<const VertexId> sources, const uint32_t* labels, const D& domain,
                 Distance radius, const Filter& filter, Visit& visit) {
    if (dist_.size() != stamp_.size()) dist_.resize(stamp_.size());
    const uint32_t base = clock_.Begin(0, [&] { std::fill(stamp_.begin(), stamp_.end(), 0u); });
    base_ = base;
    last_ = Queue::kHeap;
    uint32_t* const stamp = stamp_.data();
    heap_.clear();
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const VertexId source = sources[i];
      if (stamp[source] == base) continue;  // listed twice
      stamp[source] = base;
      dist_[source] = 0;
      parent_[source] = kNoVertex;
      if constexpr (kLabels) label_[source] = labels[i];
      HeapPush(heap_, Entry{0, source});
    }
    while (!heap_.empty()) {
      const Entry top = heap_.front();
      HeapPopTop(heap_);
      const VertexId u = top.vertex;
      if (top.dist != dist_[u]) continue;  // stale: a shorter entry settled u
      if (filter(u) && !visit(u)) break;
      for (ArcId a : g.Arcs(u)) {
        const VertexId h = g.Head(a);
        if (!domain.Contains(h)) continue;
        const Distance nd = top.dist + static_cast<Distance>(g.Weight(a));
        if (nd > radius) continue;
        if (stamp[h] != base) {
          stamp[h] = base;
        } else if (!(nd < dist_[h])) {
          continue;
        }
        dist_[h] = nd;
        parent_[h] = u;
        if constexpr (kLabels) label_[h] = label_[u];
        HeapPush(heap_, Entry{nd, h});
      }
    }
  }

  struct Entry {
    Distance dist;
    VertexId vertex;
    bool operator<(const Entry& o) const { return dist < o.dist || (dist == o.dist && vertex < o.vertex); }
  };

  Queue queue_ = Queue::kHeap;
  Queue last_ = Queue::kHeap;
  uint64_t uniform_ = 0;     // levels: the weight of every edge
  uint64_t max_weight_ = 0;  // integer weights: w_max
  std::vector<uint32_t> stamp_;
  std::vector<VertexId> parent_;
  std::vector<Distance> dist_;   // heap only (allocated on first use)
  std::vector<uint32_t> label_;  // RunFrom only (allocated on first use)
  StampClock clock_;
  uint32_t base_ = 0;
  std::vector<std::vector<VertexId>> buckets_;
  std::vector<Entry> heap_;
  std::vector<VertexId> scratch_, candidates_;
};

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_BUCKET_SEARCH_H_
