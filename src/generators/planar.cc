#include "shortcut/generators/planar.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"

namespace shortcut {
namespace {

__extension__ typedef __int128 Int128;

// QuadEdgeMesh: Guibas and Stolfi's quad-edge structure with their
// divide-and-conquer Delaunay triangulation ("Primitives for the manipulation
// of general subdivisions and the computation of Voronoi diagrams", 1985).
// Quarter-edges are numbered 4e + r; only origins of primal quarter-edges
// (r = 0, 2) are stored. Predicates are exact: coordinates are integers below
// 2^24, so orientation fits int64 and the in-circle determinant fits 128 bits.
class QuadEdgeMesh {
 public:
  using Q = uint32_t;

  QuadEdgeMesh(std::span<const int64_t> x, std::span<const int64_t> y) : x_(x), y_(y) {
    const std::size_t edges = 3 * x.size() + 8;
    next_.reserve(4 * edges);
    org_.reserve(2 * edges);
    alive_.reserve(edges);
  }

  // Triangulate: the Delaunay triangulation of all points (sorted by x, then
  // y, pairwise distinct).
  void Triangulate() {
    if (x_.size() >= 2) Build(0, static_cast<uint32_t>(x_.size()));
  }

  // Edges: the live edges as (u, v) with u < v, sorted.
  std::vector<WeightedEdge<uint32_t>> Edges() const {
    std::vector<WeightedEdge<uint32_t>> out;
    for (uint32_t e = 0; e < alive_.size(); ++e) {
      if (!alive_[e]) continue;
      VertexId u = org_[2 * e], v = org_[2 * e + 1];
      if (u > v) std::swap(u, v);
      out.push_back({u, v, 1});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
    });
    return out;
  }

  // Rotation: per vertex, its neighbours in counter-clockwise order.
  std::vector<std::vector<VertexId>> Rotation() const {
    const std::size_t n = x_.size();
    std::vector<Q> any(n, kNone);
    for (uint32_t e = 0; e < alive_.size(); ++e) {
      if (!alive_[e]) continue;
      any[Org(4 * e)] = 4 * e;
      any[Org(4 * e + 2)] = 4 * e + 2;
    }
    std::vector<std::vector<VertexId>> rotation(n);
    for (std::size_t v = 0; v < n; ++v) {
      if (any[v] == kNone) continue;
      Q q = any[v];
      do {
        rotation[v].push_back(Dest(q));
        q = Onext(q);
      } while (q != any[v]);
    }
    return rotation;
  }

 private:
  static constexpr Q kNone = ~Q{0};

  static Q Rot(Q e) { return (e & ~3u) | ((e + 1) & 3u); }
  static Q RotInv(Q e) { return (e & ~3u) | ((e + 3) & 3u); }
  static Q Sym(Q e) { return e ^ 2u; }
  Q Onext(Q e) const { return next_[e]; }
  Q Oprev(Q e) const { return Rot(next_[Rot(e)]); }
  Q Lnext(Q e) const { return Rot(next_[RotInv(e)]); }
  Q Rprev(Q e) const { return next_[Sym(e)]; }
  VertexId Org(Q e) const { return org_[e >> 1]; }
  VertexId Dest(Q e) const { return org_[Sym(e) >> 1]; }

  Q MakeEdge(VertexId a, VertexId b) {
    uint32_t e;
    if (!free_.empty()) {
      e = free_.back();
      free_.pop_back();
      alive_[e] = 1;
    } else {
      e = static_cast<uint32_t>(alive_.size());
      alive_.push_back(1);
      next_.resize(next_.size() + 4);
      org_.resize(org_.size() + 2);
    }
    const Q q = 4 * e;
    next_[q] = q;
    next_[q + 1] = q + 3;
    next_[q + 2] = q + 2;
    next_[q + 3] = q + 1;
    org_[2 * e] = a;
    org_[2 * e + 1] = b;
    return q;
  }
  void Splice(Q a, Q b) {
    const Q alpha = Rot(next_[a]);
    const Q beta = Rot(next_[b]);
    std::swap(next_[a], next_[b]);
    std::swap(next_[alpha], next_[beta]);
  }
  Q Connect(Q a, Q b) {
    const Q e = MakeEdge(Dest(a), Org(b));
    Splice(e, Lnext(a));
    Splice(Sym(e), b);
    return e;
  }
  void DeleteEdge(Q e) {
    Splice(e, Oprev(e));
    Splice(Sym(e), Oprev(Sym(e)));
    alive_[e >> 2] = 0;
    free_.push_back(e >> 2);
  }

  // Ccw(a, b, c): a, b, c make a strict left turn.
  bool Ccw(VertexId a, VertexId b, VertexId c) const {
    return (x_[b] - x_[a]) * (y_[c] - y_[a]) - (y_[b] - y_[a]) * (x_[c] - x_[a]) > 0;
  }
  bool RightOf(VertexId p, Q e) const { return Ccw(p, Dest(e), Org(e)); }
  bool LeftOf(VertexId p, Q e) const { return Ccw(p, Org(e), Dest(e)); }
  // InCircle(a, b, c, d): d lies strictly inside the circle through a, b, c
  // (a, b, c counter-clockwise).
  bool InCircle(VertexId a, VertexId b, VertexId c, VertexId d) const {
    const int64_t adx = x_[a] - x_[d], ady = y_[a] - y_[d];
    const int64_t bdx = x_[b] - x_[d], bdy = y_[b] - y_[d];
    const int64_t cdx = x_[c] - x_[d], cdy = y_[c] - y_[d];
    const int64_t alift = adx * adx + ady * ady;
    const int64_t blift = bdx * bdx + bdy * bdy;
    const int64_t clift = cdx * cdx + cdy * cdy;
    const int64_t bc = bdx * cdy - cdx * bdy;
    const int64_t ca = cdx * ady - adx * cdy;
    const int64_t ab = adx * bdy - bdx * ady;
    const Int128 det = static_cast<Int128>(alift) * bc + static_cast<Int128>(blift) * ca +
                       static_cast<Int128>(clift) * ab;
    return det > 0;
  }

  // Build: triangulates points [lo, hi), hi - lo >= 2. Returns the
  // counter-clockwise convex hull edge out of the leftmost vertex and the
  // clockwise hull edge out of the rightmost vertex.
  std::pair<Q, Q> Build(uint32_t lo, uint32_t hi) {
    const uint32_t count = hi - lo;
    if (count == 2) {
      const Q a = MakeEdge(lo, lo + 1);
      return {a, Sym(a)};
    }
    if (count == 3) {
      const Q a = MakeEdge(lo, lo + 1);
      const Q b = MakeEdge(lo + 1, lo + 2);
      Splice(Sym(a), b);
      if (Ccw(lo, lo + 1, lo + 2)) {
        Connect(b, a);
        return {a, Sym(b)};
      }
      if (Ccw(lo, lo + 2, lo + 1)) {
        const Q c = Connect(b, a);
        return {Sym(c), c};
      }
      return {a, Sym(b)};  // collinear
    }
    const uint32_t mid = lo + (count + 1) / 2;
    auto [ldo, ldi] = Build(lo, mid);
    auto [rdi, rdo] = Build(mid, hi);
    // Lower common tangent of the two hulls.
    for (;;) {
      if (LeftOf(Org(rdi), ldi)) {
        ldi = Lnext(ldi);
      } else if (RightOf(Org(ldi), rdi)) {
        rdi = Rprev(rdi);
      } else {
        break;
      }
    }
    Q basel = Connect(Sym(rdi), ldi);
    if (Org(ldi) == Org(ldo)) ldo = Sym(basel);
    if (Org(rdi) == Org(rdo)) rdo = basel;
    // Merge loop: zip the two triangulations together bottom-up.
    for (;;) {
      Q lcand = Onext(Sym(basel));
      if (RightOf(Dest(lcand), basel)) {
        while (InCircle(Dest(basel), Org(basel), Dest(lcand), Dest(Onext(lcand)))) {
          const Q t = Onext(lcand);
          DeleteEdge(lcand);
          lcand = t;
        }
      }
      Q rcand = Oprev(basel);
      if (RightOf(Dest(rcand), basel)) {
        while (InCircle(Dest(basel), Org(basel), Dest(rcand), Dest(Oprev(rcand)))) {
          const Q t = Oprev(rcand);
          DeleteEdge(rcand);
          rcand = t;
        }
      }
      const bool lvalid = RightOf(Dest(lcand), basel);
      const bool rvalid = RightOf(Dest(rcand), basel);
      if (!lvalid && !rvalid) break;
      if (!lvalid || (rvalid && InCircle(Dest(lcand), Org(lcand), Org(rcand), Dest(rcand)))) {
        basel = Connect(rcand, Sym(basel));
      } else {
        basel = Connect(Sym(basel), Sym(lcand));
      }
    }
    return {ldo, rdo};
  }

  std::span<const int64_t> x_, y_;
  std::vector<Q> next_;
  std::vector<VertexId> org_;
  std::vector<uint8_t> alive_;
  std::vector<uint32_t> free_;
};

// Find with path halving over a union-find parent array.
uint32_t Find(std::vector<uint32_t>& parent, uint32_t v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

}  // namespace

GeneratedGraph DelaunayTriangulation(uint32_t n, uint64_t seed) {
  SHORTCUT_CHECK(n < (1u << 31));
  Random rng(seed);
  constexpr int kShift = 64 - kDelaunayCoordinateBits;
  auto sample = [&rng] {
    const uint64_t x = rng.Next() >> kShift;
    const uint64_t y = rng.Next() >> kShift;
    return (x << 32) | y;
  };
  std::vector<uint64_t> keys(n);
  for (auto& k : keys) k = sample();
  // Distinct points: resample duplicates (deterministically) until none.
  for (;;) {
    std::sort(keys.begin(), keys.end());
    bool duplicate = false;
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (keys[i] == keys[i - 1]) {
        keys[i] = sample();
        duplicate = true;
      }
    }
    if (!duplicate) break;
  }
  std::vector<int64_t> x(n), y(n);
  GeneratedGraph out;
  out.list.num_vertices = n;
  out.list.coordinates.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    x[i] = static_cast<int64_t>(keys[i] >> 32);
    y[i] = static_cast<int64_t>(keys[i] & 0xffffffffu);
    out.list.coordinates[i] = Point{static_cast<double>(x[i]), static_cast<double>(y[i]), 0};
  }
  keys = {};
  QuadEdgeMesh mesh(x, y);
  mesh.Triangulate();
  out.list.edges = mesh.Edges();
  out.rotation = mesh.Rotation();
  return out;
}

GeneratedGraph RandomPlanar(uint32_t n, uint64_t seed, double keep) {
  GeneratedGraph out = DelaunayTriangulation(n, seed);
  auto& edges = out.list.edges;
  const std::size_t m = edges.size();
  // A different stream than the points' (seed + 1 would correlate with
  // the next seed's points).
  uint64_t mix = seed ^ 0x706c616e61727267ull;
  Random rng(Random::SplitMix64(mix));
  std::vector<uint32_t> order(m);
  std::iota(order.begin(), order.end(), 0u);
  rng.Shuffle(std::span<uint32_t>(order));
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  std::vector<uint8_t> kept(m, 0);
  for (uint32_t i : order) {
    const uint32_t a = Find(parent, edges[i].tail), b = Find(parent, edges[i].head);
    if (a != b) {
      parent[a] = b;
      kept[i] = 1;
    } else if (rng.UniformReal() < keep) {
      kept[i] = 1;
    }
  }
  std::vector<WeightedEdge<uint32_t>> filtered;
  filtered.reserve(m);
  for (std::size_t i = 0; i < m; ++i) {
    if (kept[i]) filtered.push_back(edges[i]);
  }
  auto is_kept = [&filtered](VertexId u, VertexId v) {
    if (u > v) std::swap(u, v);
    auto it = std::lower_bound(filtered.begin(), filtered.end(), std::pair(u, v),
                               [](const WeightedEdge<uint32_t>& e, const std::pair<VertexId, VertexId>& p) {
                                 return std::pair(e.tail, e.head) < p;
                               });
    return it != filtered.end() && it->tail == u && it->head == v;
  };
  for (VertexId v = 0; v < n; ++v) {
    auto& r = out.rotation[v];
    r.erase(std::remove_if(r.begin(), r.end(), [&](VertexId w) { return !is_kept(v, w); }), r.end());
  }
  edges = std::move(filtered);
  return out;
}

GeneratedGraph RandomOuterplanar(uint32_t n, uint64_t seed, double keep) {
  GeneratedGraph out;
  out.list.num_vertices = n;
  if (n == 0) return out;
  out.rotation.resize(n);
  auto& bags = out.decomposition.bags;
  if (n <= 2) {
    if (n == 2) {
      out.list.edges.push_back({0, 1, 1});
      out.rotation[0] = {1};
      out.rotation[1] = {0};
      bags.push_back({0, 1});
    } else {
      bags.push_back({0});
    }
    return out;
  }
  Random rng(seed);
  std::vector<WeightedEdge<uint32_t>> edges;
  for (VertexId v = 0; v + 1 < n; ++v) edges.push_back({v, v + 1, 1});
  edges.push_back({0, n - 1, 1});
  // Triangulate the polygon [i..j] (chord i-j present) with an explicit
  // stack: triangle (i, k, j) for a uniform k, then the two sub-polygons.
  struct Task {
    VertexId i, j;
    uint32_t parent_bag;
  };
  constexpr uint32_t kNoBag = ~uint32_t{0};
  std::vector<Task> stack = {{0, n - 1, kNoBag}};
  while (!stack.empty()) {
    const Task t = stack.back();
    stack.pop_back();
    const VertexId k = t.i + 1 + static_cast<VertexId>(rng.UniformInt(t.j - t.i - 1));
    const uint32_t bag = static_cast<uint32_t>(bags.size());
    bags.push_back({t.i, k, t.j});
    if (t.parent_bag != kNoBag) out.decomposition.edges.emplace_back(t.parent_bag, bag);
    if (k - t.i >= 2) {
      if (rng.UniformReal() < keep) edges.push_back({t.i, k, 1});
      stack.push_back({t.i, k, bag});
    }
    if (t.j - k >= 2) {
      if (rng.UniformReal() < keep) edges.push_back({k, t.j, 1});
      stack.push_back({k, t.j, bag});
    }
  }
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
    return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
  });
  // Convex position, vertices counter-clockwise: around v the neighbours
  // appear in the order v+1, v+2, ..., v-1 (mod n).
  for (const auto& e : edges) {
    out.rotation[e.tail].push_back(e.head);
    out.rotation[e.head].push_back(e.tail);
  }
  for (VertexId v = 0; v < n; ++v) {
    std::sort(out.rotation[v].begin(), out.rotation[v].end(), [v, n](VertexId a, VertexId b) {
      return (uint64_t{a} + n - v) % n < (uint64_t{b} + n - v) % n;
    });
  }
  out.list.edges = std::move(edges);
  return out;
}

}  // namespace shortcut
