// File: shortcut/sssp/range_search.h
//
// RangeSearch: the search kit's engine for many bounded searches over one
// compact graph (the star searches of the tree cover and the distance
// oracle, docs/tree_cover.md). It runs on a CSR of CompactArc {head, weight}
// (32-bit integer weights) in which every domain is an id range [lo, hi),
// and appends the vertices it settles, with their distances, to the
// caller's arrays, in settle order.
//
//   RangeSearch search(n, narrow, w_max);   // narrow: (n - 1)·w_max < 2^32 (granted if n·w_max fits stamps)
//   search.Run(offsets, arcs, source, lo, hi, radius, vertices, distances);
//
// Semantics: every vertex of [lo, hi) within distance `radius` of the
// source in the subgraph induced by [lo, hi) is settled once, with its exact
// distance, in nondecreasing distance (the source must lie in the range).
// Tie order: bucket LIFO, not the kit's default (distance, id) of
// sssp/bucket_search.h. Among vertices at one distance, the Dial and radix
// queues settle last-queued first; the order is a function of the graph, the
// source, the range and the radius alone, so it is deterministic, but it is
// not the id order (sorting each bucket by id would cost time that no
// guarantee of the star searches needs). The wide heap settles ties by id.
//
// Queues: when every distance fits in 32 bits (narrow) and the largest
// weight is at most kMaxDialWeight, Dial's circular buckets (w_max + 1 of
// them: O(1) per operation plus one probe per distance value passed); when
// distances fit in 32 bits otherwise, a radix heap; in general (wide) a
// 4-ary heap of (distance, id) pairs. Narrow state is one 32-bit stamp per
// vertex, base + its tentative distance (the stamp scheme of core/marker.h),
// so a search costs only what it touches and no reset is needed; the Dial
// relaxation is branch-free on its outcome. Not thread-safe: one search
// per thread.
#ifndef SHORTCUT_SSSP_RANGE_SEARCH_H_
#define SHORTCUT_SSSP_RANGE_SEARCH_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include "shortcut/core/marker.h"
#include "shortcut/core/types.h"
#include "shortcut/sssp/bucket_search.h"
#include "shortcut/sssp/four_ary_heap.h"

namespace shortcut {

// One arc of the compact CSR RangeSearch runs on.
struct CompactArc {
  VertexId head;
  uint32_t weight;
};

// AdviseHugePages: reserves room for `count` elements in the empty vector `v`
// and, on Linux, asks for transparent huge pages on it before any page is
// touched: fewer page faults when it is filled, and fewer TLB misses when it
// is read at random (as many short searches read the graph and their state).
template <class T>
void AdviseHugePages(std::vector<T>& v, std::size_t count) {
  v.reserve(count);
#ifdef __linux__
  constexpr uintptr_t kHuge = uintptr_t{1} << 21;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(v.data()) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(v.data()) + count * sizeof(T)) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

class RangeSearch {
 public:
  // Dial's buckets are used when the largest weight is at most
  // kMaxDialWeight (sssp/bucket_search.h), the kit's one limit. The Dial
  // search prefetches the arcs of the entries kAheadOffsets and kAheadArcs
  // ahead in its bucket.
  static constexpr std::size_t kAheadOffsets = 8;
  static constexpr std::size_t kAheadArcs = 4;

  // `narrow` asks for 32-bit state; it is granted only when a search's
  // stamps fit (StampClock::Fits): a Dial search writes stamps up to w_max
  // beyond its radius, so the span is up to (n − 1)·w_max + w_max.
  RangeSearch(VertexId n, bool narrow, uint32_t max_weight)
      : narrow_(narrow && StampClock::Fits(uint64_t{n} * max_weight)), max_weight_(max_weight) {
    if (narrow_) {
      AdviseHugePages(stamp_, n);
      stamp_.resize(n);
      if (max_weight <= kMaxDialWeight) {
        dial_.resize(max_weight + 1);
        dial_storage_.resize(max_weight + 1);
      }
    } else {
      wide_state_.resize(n);
    }
  }

  void Run(const ArcId* offsets, const CompactArc* arcs, VertexId source, VertexId lo, VertexId hi, uint64_t radius,
           std::vector<VertexId>& out_vertices, std::vector<uint64_t>& out_distances) {
    if (!narrow_) {
      epoch_ = clock_.Begin(0, [&] { std::fill(wide_state_.begin(), wide_state_.end(), WideState{}); });
      RunWide(offsets, arcs, source, lo, hi, radius, out_vertices, out_distances);
      return;
    }
    // No distance inside the domain exceeds (hi − lo − 1)·w_max.
    const uint64_t bound = std::min<uint64_t>(radius, uint64_t{hi - lo - 1} * max_weight_);
    // The Dial search also writes stamps up to w_max beyond its radius.
    const uint32_t beyond = dial_.empty() ? 0 : max_weight_;
    base_ = clock_.Begin(bound + beyond, [&] { std::fill(stamp_.begin(), stamp_.end(), 0u); });
    const uint32_t r = static_cast<uint32_t>(bound);
    const std::size_t first = out_distances.size();
    if (!dial_.empty()) {
      RunDial(offsets, arcs, source, lo, hi, r, out_vertices, out_distances);
    } else {
      RunNarrow(offsets, arcs, source, lo, hi, r, out_vertices, out_distances);
    }
    // Every stamp written holds base + a settled distance, the last the
    // largest (plus at most w_max for the heads the Dial search queued
    // beyond its radius): the next search starts above all of them.
    clock_.End(base_ + static_cast<uint32_t>(out_distances.size() > first ? out_distances.back() : 0) + beyond);
  }

 private:
  struct WideState {
    uint64_t dist = 0;
    uint32_t epoch = 0;
  };
  struct WideEntry {
    uint64_t dist;
    VertexId vertex;
    bool operator<(const WideEntry& o) const { return dist < o.dist || (dist == o.dist && vertex < o.vertex); }
  };

  // Narrow state: one 32-bit stamp per vertex, base_ + its tentative
  // distance in the current search (the stamp scheme of core/marker.h).
  // Stamps of earlier searches lie below base_, so stamp − base_ (mod 2^32)
  // is at least 2^32 − base_, more than any distance of this search
  // (base_ + radius < 2^32): an unreached
  // vertex reads as infinitely far, and no reset is needed between searches.
  //
  // Dial: every queued key lies in [current, current + w_max], so bucket
  // key mod (w_max + 1) holds exactly the entries of distance key. Ties are
  // settled in a fixed (LIFO) order.
  void RunDial(const ArcId* offsets, const CompactArc* arcs, VertexId source, VertexId lo, VertexId hi, uint32_t radius,
               std::vector<VertexId>& out_vertices, std::vector<uint64_t>& out_distances) {
    const uint32_t buckets = static_cast<uint32_t>(dial_.size());
    Bucket* const bucket = dial_.data();
    uint32_t* const stamp = stamp_.data();
    const uint32_t base = base_;
    uint32_t current = 0, slot = 0;
    std::size_t pending = 1;
    stamp[source] = base;
    if (bucket[0].size == bucket[0].cap) Grow(bucket[0]);
    bucket[0].data[bucket[0].size++] = source;
    const VertexId span = hi - lo;
    while (pending > 0) {
      // The next nonempty bucket in cyclic order: a scan over the bucket
      // sizes, which costs less than keeping a bitmap up to date on every arc.
      while (bucket[slot].size == 0) {
        ++current;
        if (++slot == buckets) slot = 0;
      }
      // Heads beyond the radius are queued like the others (one test less
      // per arc); the search ends at the first distance beyond it.
      if (current > radius) {
        for (Bucket& b : dial_) b.size = 0;
        break;
      }
      Bucket& here = bucket[slot];
      const VertexId u = here.data[--here.size];
      --pending;
      // The bucket's next entries are known: fetch their arcs early, in two
      // stages: the arc offsets of the entry kAheadOffsets ahead, the arcs of
      // the one kAheadArcs ahead (prefetching the heads' stamps as a third
      // stage did not pay).
      if (here.size >= kAheadOffsets) __builtin_prefetch(offsets + here.data[here.size - kAheadOffsets]);
      if (here.size >= kAheadArcs) __builtin_prefetch(arcs + offsets[here.data[here.size - kAheadArcs]]);
      const uint32_t d = current;
      if (d != stamp[u] - base) continue;  // stale: a shorter entry settled u
      out_vertices.push_back(u);
      out_distances.push_back(d);
      // Relaxation without branches on the outcome: the stamp is rewritten
      // (with itself when nothing improves) and the head is written past the
      // end of its bucket, which grows only when the arc improves.
      for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
        const CompactArc arc = arcs[a];
        const uint64_t nd = uint64_t{d} + arc.weight;
        uint32_t& s = stamp[arc.head];
        const uint32_t old = s;
        const bool better = (arc.head - lo < span) & (nd < uint64_t{old - base});
        s = better ? base + static_cast<uint32_t>(nd) : old;
        uint32_t b = slot + arc.weight;
        if (b >= buckets) b -= buckets;
        Bucket& target = bucket[b];
        if (target.size == target.cap) Grow(target);
        target.data[target.size] = arc.head;
        target.size += better;
        pending += better;
      }
    }
  }

  // Narrow: a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan) over 32-bit
  // distances: a key lives in the bucket of the highest bit in which it
  // differs from the last key popped, so pushes are O(1) and every key moves
  // down at most 32 times. Ties are settled in a fixed (LIFO) order.
  void RunNarrow(const ArcId* offsets, const CompactArc* arcs, VertexId source, VertexId lo, VertexId hi,
                 uint32_t radius, std::vector<VertexId>& out_vertices, std::vector<uint64_t>& out_distances) {
    for (auto& b : buckets_) b.clear();
    uint32_t* const stamp = stamp_.data();
    const uint32_t base = base_;
    uint32_t last = 0;
    std::size_t pending = 1;
    stamp[source] = base;
    buckets_[0].push_back(source);
    const VertexId span = hi - lo;
    while (pending > 0) {
      if (buckets_[0].empty()) {
        std::size_t i = 1;
        while (buckets_[i].empty()) ++i;
        uint64_t min_key = buckets_[i][0];
        for (uint64_t key : buckets_[i]) min_key = std::min(min_key, key);
        last = static_cast<uint32_t>(min_key >> 32);
        for (uint64_t key : buckets_[i]) {
          buckets_[std::bit_width(static_cast<uint32_t>(key >> 32) ^ last)].push_back(key);
        }
        buckets_[i].clear();
      }
      const uint64_t top = buckets_[0].back();
      buckets_[0].pop_back();
      --pending;
      const uint32_t d = static_cast<uint32_t>(top >> 32);
      const VertexId u = static_cast<VertexId>(top);
      if (d != stamp[u] - base) continue;  // stale: a shorter entry settled u
      out_vertices.push_back(u);
      out_distances.push_back(d);
      for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
        const VertexId h = arcs[a].head;
        if (h - lo >= span) continue;  // outside the domain
        const uint64_t nd64 = uint64_t{d} + arcs[a].weight;
        if (nd64 > radius) continue;
        const uint32_t nd = static_cast<uint32_t>(nd64);
        uint32_t& s = stamp[h];
        if (nd >= s - base) continue;
        s = base + nd;
        buckets_[std::bit_width(nd ^ last)].push_back((uint64_t{nd} << 32) | h);
        ++pending;
      }
    }
  }

  // Wide: a lazy 4-ary heap of (distance, id) (sssp/four_ary_heap.h), for
  // distances that may not fit in 32 bits.
  void RunWide(const ArcId* offsets, const CompactArc* arcs, VertexId source, VertexId lo, VertexId hi, uint64_t radius,
               std::vector<VertexId>& out_vertices, std::vector<uint64_t>& out_distances) {
    std::vector<WideEntry>& heap = wide_heap_;
    heap.clear();
    wide_state_[source] = WideState{0, epoch_};
    heap.push_back({0, source});
    const VertexId span = hi - lo;
    while (!heap.empty()) {
      const WideEntry top = heap.front();
      HeapPopTop(heap);
      if (top.dist != wide_state_[top.vertex].dist) continue;
      out_vertices.push_back(top.vertex);
      out_distances.push_back(top.dist);
      for (ArcId a = offsets[top.vertex], end = offsets[top.vertex + 1]; a < end; ++a) {
        const VertexId h = arcs[a].head;
        if (h - lo >= span) continue;
        const uint64_t nd = top.dist + arcs[a].weight;
        if (nd > radius) continue;
        WideState& s = wide_state_[h];
        if (s.epoch != epoch_) {
          s = WideState{nd, epoch_};
          HeapPush(heap, WideEntry{nd, h});
        } else if (nd < s.dist) {
          s.dist = nd;
          HeapPush(heap, WideEntry{nd, h});
        }
      }
    }
  }

  bool narrow_;
  uint32_t max_weight_;
  std::vector<uint32_t> stamp_;
  StampClock clock_;
  uint32_t base_ = 1;
  std::vector<WideState> wide_state_;
  std::vector<uint64_t> buckets_[33];
  // A Dial bucket: a stack of vertices in dial_storage_[its index].
  struct Bucket {
    VertexId* data = nullptr;
    uint32_t size = 0;
    uint32_t cap = 0;
  };
  void Grow(Bucket& b) {
    std::vector<VertexId>& store = dial_storage_[&b - dial_.data()];
    store.resize(std::max<std::size_t>(16, 2 * store.size()));
    b.data = store.data();
    b.cap = static_cast<uint32_t>(store.size());
  }
  std::vector<Bucket> dial_;
  std::vector<std::vector<VertexId>> dial_storage_;
  std::vector<WideEntry> wide_heap_;
  uint32_t epoch_ = 0;
};

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_RANGE_SEARCH_H_
