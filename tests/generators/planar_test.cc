// Geometry of the Delaunay generator, checked by brute force with its own
// exact arithmetic (independent of the generator's predicates).
#include "shortcut/generators/planar.h"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/minor_free.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

__extension__ typedef __int128 Int128;

Int128 Orient(const Point& a, const Point& b, const Point& c) {
  const Int128 abx = static_cast<int64_t>(b.x - a.x), aby = static_cast<int64_t>(b.y - a.y);
  const Int128 acx = static_cast<int64_t>(c.x - a.x), acy = static_cast<int64_t>(c.y - a.y);
  return abx * acy - aby * acx;
}

// d strictly inside the circle through a, b, c (counter-clockwise), by the
// lifted 4x4 determinant expanded along the last column.
bool InsideCircle(const Point& a, const Point& b, const Point& c, const Point& d) {
  auto row = [&d](const Point& p) {
    const Int128 x = static_cast<int64_t>(p.x - d.x), y = static_cast<int64_t>(p.y - d.y);
    return std::array<Int128, 3>{x, y, x * x + y * y};
  };
  const auto r0 = row(a), r1 = row(b), r2 = row(c);
  const Int128 det = r0[0] * (r1[1] * r2[2] - r2[1] * r1[2]) - r0[1] * (r1[0] * r2[2] - r2[0] * r1[2]) +
                     r0[2] * (r1[0] * r2[1] - r2[0] * r1[1]);
  return det > 0;
}

TEST(DelaunayTest, EmptyCirclesCounterClockwiseRotationsAndEulerCount) {
  for (uint64_t seed = 0; seed < 6; ++seed) {
    const uint32_t n = 30 + 40 * static_cast<uint32_t>(seed);
    GeneratedGraph t = DelaunayTriangulation(n, seed);
    const auto& pts = t.list.coordinates;
    ASSERT_EQ(pts.size(), n);
    std::set<std::pair<VertexId, VertexId>> edges;
    for (const auto& e : t.list.edges) edges.insert({std::min(e.tail, e.head), std::max(e.tail, e.head)});
    // Points are distinct, sorted by (x, y), with coordinates < 2^24.
    for (uint32_t i = 1; i < n; ++i) {
      EXPECT_TRUE(std::pair(pts[i - 1].x, pts[i - 1].y) < std::pair(pts[i].x, pts[i].y));
    }
    // Bounded faces: consecutive neighbours (a, b) around v with a left
    // turn v -> a -> b ... are triangles whose circumcircle is empty.
    uint64_t triangles = 0;
    for (VertexId v = 0; v < n; ++v) {
      const auto& r = t.rotation[v];
      for (std::size_t i = 0; i < r.size() && r.size() >= 2; ++i) {
        const VertexId a = r[i], b = r[(i + 1) % r.size()];
        if (Orient(pts[v], pts[a], pts[b]) <= 0) continue;  // the outer face (or a reflex gap)
        ASSERT_TRUE(edges.count({std::min(a, b), std::max(a, b)})) << "consecutive neighbours not adjacent";
        if (v < a && v < b) ++triangles;
        for (VertexId d = 0; d < n; ++d) {
          if (d == v || d == a || d == b) continue;
          ASSERT_FALSE(InsideCircle(pts[v], pts[a], pts[b], pts[d])) << "point " << d << " in circle " << v;
        }
      }
    }
    // Triangulation of the convex hull: m = 3n - 3 - h and 2n - 2 - h
    // triangles, with h the hull vertices (random points: no three
    // collinear on the hull with overwhelming probability).
    std::vector<VertexId> hull;
    {
      std::vector<VertexId> lower, upper;
      for (VertexId i = 0; i < n; ++i) {
        while (lower.size() >= 2 && Orient(pts[lower[lower.size() - 2]], pts[lower.back()], pts[i]) <= 0) lower.pop_back();
        lower.push_back(i);
      }
      for (VertexId i = n; i-- > 0;) {
        while (upper.size() >= 2 && Orient(pts[upper[upper.size() - 2]], pts[upper.back()], pts[i]) <= 0) upper.pop_back();
        upper.push_back(i);
      }
      hull = lower;
      hull.insert(hull.end(), upper.begin() + 1, upper.end() - 1);
    }
    const uint64_t h = hull.size();
    EXPECT_EQ(t.list.edges.size(), 3 * n - 3 - h);
    EXPECT_EQ(triangles, 2 * n - 2 - h);
  }
}

TEST(DelaunayTest, DegenerateInputs) {
  for (uint32_t n : {0u, 1u, 2u, 3u, 4u}) {
    GeneratedGraph t = DelaunayTriangulation(n, 1);
    EXPECT_EQ(t.list.num_vertices, n);
    EXPECT_EQ(t.rotation.size(), n);
    ASSERT_OK(BuildGraph(std::move(t.list)).status());
  }
}

TEST(RandomPlanarTest, KeepsASpanningTreeAndFiltersTheRotation) {
  GeneratedGraph full = DelaunayTriangulation(500, 4);
  GeneratedGraph none = RandomPlanar(500, 4, 0.0);
  GeneratedGraph all = RandomPlanar(500, 4, 1.0);
  EXPECT_EQ(none.list.edges.size(), 499u);
  EXPECT_EQ(all.list.edges, full.list.edges);
  EXPECT_EQ(all.rotation, full.rotation);
  GeneratedGraph half = RandomPlanar(500, 4, 0.5);
  EXPECT_GT(half.list.edges.size(), 499u);
  EXPECT_LT(half.list.edges.size(), full.list.edges.size());
}

TEST(ToroidalGridTest, SizesAndTriangulation) {
  GeneratedGraph q = ToroidalGrid(4, 6, false);
  EXPECT_EQ(q.list.num_vertices, 24u);
  EXPECT_EQ(q.list.edges.size(), 48u);
  GeneratedGraph t = ToroidalGrid(4, 6, true);
  EXPECT_EQ(t.list.edges.size(), 72u);  // a torus triangulation: m = 3n
  for (const auto& r : t.rotation) EXPECT_EQ(r.size(), 6u);
}

}  // namespace
}  // namespace shortcut
