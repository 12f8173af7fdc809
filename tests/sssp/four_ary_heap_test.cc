#include "shortcut/sssp/four_ary_heap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "shortcut/core/random.h"

namespace shortcut {
namespace {

// Interleaved pushes and pops: every pop is the smallest entry in the heap
// (checked against a plain list of what was pushed and not yet popped).
TEST(FourAryHeapTest, EveryPopIsTheMinimum) {
  using E = std::pair<uint64_t, uint32_t>;
  Random rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    const int count = 1 + static_cast<int>(rng.UniformInt(300));
    const uint64_t keys = 1 + rng.UniformInt(40);  // few keys: many ties
    std::vector<E> heap, live;
    auto pop = [&] {
      const auto it = std::min_element(live.begin(), live.end());
      ASSERT_EQ(heap.front(), *it);
      live.erase(it);
      HeapPopTop(heap);
      ASSERT_EQ(heap.size(), live.size());
    };
    for (int i = 0; i < count; ++i) {
      const E e{rng.UniformInt(keys), static_cast<uint32_t>(rng.UniformInt(8))};
      HeapPush(heap, e);
      live.push_back(e);
      if (rng.UniformInt(3) == 0) pop();
    }
    while (!heap.empty()) pop();
  }
}

TEST(FourAryHeapTest, PushesThenPopsSort) {
  Random rng(12);
  std::vector<uint64_t> heap, want;
  for (int i = 0; i < 1000; ++i) {
    const uint64_t x = rng.UniformInt(100);
    HeapPush(heap, x);
    want.push_back(x);
  }
  std::sort(want.begin(), want.end());
  std::vector<uint64_t> got;
  while (!heap.empty()) {
    got.push_back(heap.front());
    HeapPopTop(heap);
  }
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace shortcut
