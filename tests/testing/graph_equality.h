// File: testing/graph_equality.h
//
// ExpectSameGraph: two graphs are the same when every array the Graph holds
// is equal (offsets, heads, weights, arc -> edge, edge arcs, coordinates,
// external ids, aliases). Used to compare each entry point with the
// edge-list builder, the reference.
#ifndef SHORTCUT_TESTING_GRAPH_EQUALITY_H_
#define SHORTCUT_TESTING_GRAPH_EQUALITY_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <span>

#include "shortcut/core/graph.h"

namespace shortcut::testing {

template <class T>
bool SameSpan(std::span<const T> a, std::span<const T> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

template <EdgeWeight W>
void ExpectSameGraph(const Graph<W>& g, const Graph<W>& expected) {
  ASSERT_EQ(g.NumVertices(), expected.NumVertices());
  ASSERT_EQ(g.NumEdges(), expected.NumEdges());
  EXPECT_TRUE(SameSpan(g.OffsetArray(), expected.OffsetArray()));
  EXPECT_TRUE(SameSpan(g.HeadArray(), expected.HeadArray()));
  EXPECT_TRUE(SameSpan(g.WeightArray(), expected.WeightArray()));
  EXPECT_TRUE(SameSpan(g.ArcEdgeArray(), expected.ArcEdgeArray()));
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    EXPECT_EQ(g.EdgeArc(e), expected.EdgeArc(e)) << "edge " << e;
  }
  EXPECT_TRUE(SameSpan(g.Coordinates(), expected.Coordinates()));
  EXPECT_TRUE(SameSpan(g.ExternalIds(), expected.ExternalIds()));
  EXPECT_TRUE(SameSpan(g.Aliases(), expected.Aliases()));
}

}  // namespace shortcut::testing

#endif  // SHORTCUT_TESTING_GRAPH_EQUALITY_H_
