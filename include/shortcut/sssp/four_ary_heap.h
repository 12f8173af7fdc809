// File: shortcut/sssp/four_ary_heap.h
//
// The search kit's heap: a 4-ary min-heap in a std::vector, with lazy
// deletion left to the caller (a popped entry that no longer matches its
// vertex's tentative distance is skipped). The entry type orders itself
// (operator<); the kit's entries order by (distance, id), so the heap
// settles ties by id.
//
//   std::vector<Entry> heap;
//   HeapPush(heap, Entry{d, v});
//   const Entry top = heap.front(); HeapPopTop(heap);
//
// Push and pop are O(log_4 size); four children per node halve the depth of
// a binary heap, and a node's children share a cache line. Both are declared
// inline, as member functions are: GCC then inlines them into the star
// searches as it did their former private copies (without it, RangeSearch's
// Dial loop costs 0.7 % more instructions).
#ifndef SHORTCUT_SSSP_FOUR_ARY_HEAP_H_
#define SHORTCUT_SSSP_FOUR_ARY_HEAP_H_

#include <algorithm>
#include <cstddef>
#include <vector>

namespace shortcut {

template <class T>
inline void HeapPush(std::vector<T>& heap, T e) {
  std::size_t i = heap.size();
  heap.push_back(e);
  while (i > 0) {
    const std::size_t p = (i - 1) / 4;
    if (!(e < heap[p])) break;
    heap[i] = heap[p];
    i = p;
  }
  heap[i] = e;
}

// HeapPopTop: removes heap.front(). Requires a nonempty heap.
template <class T>
inline void HeapPopTop(std::vector<T>& heap) {
  const T last = heap.back();
  heap.pop_back();
  const std::size_t size = heap.size();
  if (size == 0) return;
  std::size_t i = 0;
  for (;;) {
    const std::size_t first = 4 * i + 1;
    if (first >= size) break;
    std::size_t best = first;
    const std::size_t end = std::min(first + 4, size);
    for (std::size_t c = first + 1; c < end; ++c) {
      if (heap[c] < heap[best]) best = c;
    }
    if (!(heap[best] < last)) break;
    heap[i] = heap[best];
    i = best;
  }
  heap[i] = last;
}

}  // namespace shortcut

#endif  // SHORTCUT_SSSP_FOUR_ARY_HEAP_H_
