// File: fuzz/fuzz_test_graph.h
//
// SparseIdCycle(): the fixed graph the fuzz targets of per-vertex files
// (vertex labels, SPR minors) parse against: a 6-cycle with the sparse
// external ids 1, 2, 3, 10, 20, 30 (not consecutive, so ids go through the
// hash lookup) and weights 3, 1, 2, 5, 1, 4. Built once; aborts if the
// reader rejects it.
#ifndef SHORTCUT_TESTS_FUZZ_FUZZ_TEST_GRAPH_H_
#define SHORTCUT_TESTS_FUZZ_FUZZ_TEST_GRAPH_H_

#include <cstdint>
#include <cstdlib>
#include <utility>

#include "shortcut/io/read_graph.h"

namespace shortcut::fuzz {

inline const Graph<uint32_t>& SparseIdCycle() {
  static const auto* graph = [] {
    auto g = ParseGraph<uint32_t>("1 2 3\n2 3 1\n3 10 2\n10 20 5\n20 30 1\n30 1 4\n", "cycle",
                                  GraphFormat::kEdgeList);
    if (!g.ok()) std::abort();
    return new Graph<uint32_t>(std::move(g).value());
  }();
  return *graph;
}

}  // namespace shortcut::fuzz

#endif  // SHORTCUT_TESTS_FUZZ_FUZZ_TEST_GRAPH_H_
