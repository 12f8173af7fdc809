// Heap accounting for benchmarks: replaces the global operator new/delete of
// the benchmark binary so that the peak number of live heap bytes during a
// region can be measured ("peak memory above the graph").
//
//   HeapTracker::ResetPeak();           // peak := current
//   RunConstruction();
//   uint64_t extra = HeapTracker::Peak() - before;
//
// Include from exactly one translation unit per binary.
#ifndef SHORTCUT_BENCH_HEAP_TRACKER_H_
#define SHORTCUT_BENCH_HEAP_TRACKER_H_

#include <malloc.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace shortcut::bench {

struct HeapTracker {
  static std::atomic<int64_t>& Current() {
    static std::atomic<int64_t> c{0};
    return c;
  }
  static std::atomic<int64_t>& PeakRef() {
    static std::atomic<int64_t> p{0};
    return p;
  }
  static void Add(int64_t bytes) {
    const int64_t now = Current().fetch_add(bytes) + bytes;
    int64_t peak = PeakRef().load();
    while (now > peak && !PeakRef().compare_exchange_weak(peak, now)) {
    }
  }
  static int64_t Now() { return Current().load(); }
  static int64_t Peak() { return PeakRef().load(); }
  static void ResetPeak() { PeakRef().store(Current().load()); }
};

}  // namespace shortcut::bench

void* operator new(std::size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  shortcut::bench::HeapTracker::Add(static_cast<int64_t>(malloc_usable_size(p)));
  return p;
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete(void* p) noexcept {
  if (p == nullptr) return;
  shortcut::bench::HeapTracker::Add(-static_cast<int64_t>(malloc_usable_size(p)));
  std::free(p);
}
void operator delete[](void* p) noexcept { ::operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { ::operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { ::operator delete(p); }

#endif  // SHORTCUT_BENCH_HEAP_TRACKER_H_
