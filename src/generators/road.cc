#include "shortcut/generators/road.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"

namespace shortcut {
namespace {

constexpr double kCell = 1000;
constexpr uint32_t kNone = ~uint32_t{0};
constexpr uint64_t kJitter = 200;  // < kCell / 4: the straight-line drawing stays planar

// Intersections per vertex (a target): with keep = 0.5 a grid of I points
// keeps about 1.5·I streets, and n − I vertices on them give mean degree
// about 2.5.
constexpr double kIntersectionShare = 0.45;

VertexId Find(std::vector<VertexId>& parent, VertexId v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

uint32_t Length(const Point& a, const Point& b) {
  const double d = std::hypot(a.x - b.x, a.y - b.y);
  return static_cast<uint32_t>(std::max(1.0, std::round(d)));
}

}  // namespace

GeneratedGraph RoadNetwork(uint32_t n, uint64_t seed, double keep) {
  SHORTCUT_CHECK(n >= 1 && keep >= 0 && keep <= 1);
  Random rng(seed);
  uint32_t side = static_cast<uint32_t>(std::sqrt(kIntersectionShare * n));
  uint32_t rows = std::max<uint32_t>(1, side), cols = rows;
  if (uint64_t{rows} * cols <= 1) cols = n;  // tiny n: a path of intersections
  const VertexId crossings = rows * cols;

  GeneratedGraph out;
  EdgeList<uint32_t>& list = out.list;
  list.num_vertices = n;
  list.coordinates.resize(n);
  for (uint32_t i = 0; i < rows; ++i) {
    for (uint32_t j = 0; j < cols; ++j) {
      const double dx = static_cast<double>(rng.UniformInt(2 * kJitter + 1)) - kJitter;
      const double dy = static_cast<double>(rng.UniformInt(2 * kJitter + 1)) - kJitter;
      list.coordinates[i * cols + j] = Point{j * kCell + dx, i * kCell + dy, 0};
    }
  }
  // Streets of the grid: (a, b) with b east or north of a.
  std::vector<std::pair<VertexId, VertexId>> streets;
  std::vector<uint32_t> east(crossings, kNone), north(crossings, kNone);
  streets.reserve(2 * uint64_t{crossings});
  for (uint32_t i = 0; i < rows; ++i) {
    for (uint32_t j = 0; j < cols; ++j) {
      const VertexId v = i * cols + j;
      if (j + 1 < cols) {
        east[v] = static_cast<uint32_t>(streets.size());
        streets.emplace_back(v, v + 1);
      }
      if (i + 1 < rows) {
        north[v] = static_cast<uint32_t>(streets.size());
        streets.emplace_back(v, v + cols);
      }
    }
  }
  // A uniformly random spanning tree would need Wilson's algorithm; Kruskal
  // over a random order is random enough and keeps the graph connected.
  std::vector<uint32_t> order(streets.size());
  std::iota(order.begin(), order.end(), 0u);
  for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng.UniformInt(k)]);
  std::vector<VertexId> parent(crossings);
  std::iota(parent.begin(), parent.end(), 0u);
  std::vector<uint8_t> kept(streets.size(), 0);
  for (uint32_t s : order) {
    const VertexId a = Find(parent, streets[s].first), b = Find(parent, streets[s].second);
    if (a != b) {
      parent[a] = b;
      kept[s] = 1;
    }
  }
  for (uint32_t s = 0; s < streets.size(); ++s) {
    if (!kept[s] && rng.UniformReal() < keep) kept[s] = 1;
  }
  std::vector<uint32_t> street_ids;
  for (uint32_t s = 0; s < streets.size(); ++s) {
    if (kept[s]) street_ids.push_back(s);
  }
  // The remaining vertices, each on a random kept street.
  std::vector<uint32_t> inner(streets.size(), 0);
  const VertexId rest = n - crossings;
  SHORTCUT_CHECK(rest == 0 || !street_ids.empty());
  for (VertexId k = 0; k < rest; ++k) ++inner[street_ids[rng.UniformInt(street_ids.size())]];

  // Each street a chain a = c_0, c_1, ..., c_m, c_{m+1} = b; inner vertices
  // numbered street by street after the intersections.
  list.edges.reserve(street_ids.size() + rest);
  out.rotation.assign(n, {});
  // near_a[s] / near_b[s]: the chain's neighbour of a and of b.
  std::vector<VertexId> near_a(streets.size(), kNoVertex), near_b(streets.size(), kNoVertex);
  VertexId next = crossings;
  for (uint32_t s : street_ids) {
    const auto [a, b] = streets[s];
    const uint32_t m = inner[s];
    VertexId previous = a;
    for (uint32_t t = 1; t <= m; ++t) {
      const VertexId c = next++;
      const double f = static_cast<double>(t) / (m + 1);
      const Point& pa = list.coordinates[a];
      const Point& pb = list.coordinates[b];
      list.coordinates[c] = Point{std::round(pa.x + f * (pb.x - pa.x)), std::round(pa.y + f * (pb.y - pa.y)), 0};
      list.edges.push_back({previous, c, Length(list.coordinates[previous], list.coordinates[c])});
      out.rotation[c] = {previous, kNoVertex};
      if (previous != a) out.rotation[previous][1] = c;
      previous = c;
    }
    list.edges.push_back({previous, b, Length(list.coordinates[previous], list.coordinates[b])});
    if (previous != a) out.rotation[previous][1] = b;
    near_a[s] = m > 0 ? next - m : b;
    near_b[s] = m > 0 ? next - 1 : a;
  }
  // Intersections: neighbours counter-clockwise — east, north, west, south
  // (v is the first end of its east and north streets, the second of its
  // west and south ones).
  for (uint32_t i = 0; i < rows; ++i) {
    for (uint32_t j = 0; j < cols; ++j) {
      const VertexId v = i * cols + j;
      std::vector<VertexId>& around = out.rotation[v];
      if (east[v] != kNone && kept[east[v]]) around.push_back(near_a[east[v]]);
      if (north[v] != kNone && kept[north[v]]) around.push_back(near_a[north[v]]);
      if (j > 0 && kept[east[v - 1]]) around.push_back(near_b[east[v - 1]]);
      if (i > 0 && kept[north[v - cols]]) around.push_back(near_b[north[v - cols]]);
    }
  }
  return out;
}

}  // namespace shortcut
