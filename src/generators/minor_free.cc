#include "shortcut/generators/minor_free.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "shortcut/core/check.h"
#include "shortcut/core/random.h"
#include "shortcut/generators/planar.h"

namespace shortcut {
namespace {

void SortEdges(std::vector<WeightedEdge<uint32_t>>& edges) {
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
    return std::pair(a.tail, a.head) < std::pair(b.tail, b.head);
  });
}

// A stream independent of the one DelaunayTriangulation(n, seed) uses.
Random DerivedRandom(uint64_t seed, uint64_t salt) {
  uint64_t x = seed ^ salt;
  return Random(Random::SplitMix64(x));
}

// Triangles of a triangulated piece: {u, a, b} with a, b consecutive around
// u and adjacent, reported once (u smallest).
std::vector<std::array<VertexId, 3>> Triangles(const GeneratedGraph& piece) {
  const auto& edges = piece.list.edges;
  auto adjacent = [&edges](VertexId a, VertexId b) {
    if (a > b) std::swap(a, b);
    auto it = std::lower_bound(edges.begin(), edges.end(), std::pair(a, b),
                               [](const WeightedEdge<uint32_t>& e, const std::pair<VertexId, VertexId>& p) {
                                 return std::pair(e.tail, e.head) < p;
                               });
    return it != edges.end() && it->tail == a && it->head == b;
  };
  std::vector<std::array<VertexId, 3>> out;
  for (VertexId u = 0; u < piece.rotation.size(); ++u) {
    const auto& r = piece.rotation[u];
    if (r.size() < 2) continue;
    for (std::size_t i = 0; i < r.size(); ++i) {
      const VertexId a = r[i], b = r[(i + 1) % r.size()];
      if (r.size() == 2 && i == 1) break;  // the pair was already seen
      if (a > u && b > u && adjacent(a, b)) {
        std::array<VertexId, 3> t = {u, a, b};
        std::sort(t.begin(), t.end());
        out.push_back(t);
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

GeneratedGraph ToroidalGrid(uint32_t rows, uint32_t cols, bool triangulated) {
  SHORTCUT_CHECK(rows >= 3 && cols >= 3);
  SHORTCUT_CHECK(uint64_t{rows} * cols < kMaxVertices);
  GeneratedGraph out;
  const VertexId n = rows * cols;
  out.list.num_vertices = n;
  out.list.edges.reserve(uint64_t{n} * (triangulated ? 3 : 2));
  out.rotation.resize(n);
  auto id = [cols](uint32_t i, uint32_t j) { return i * cols + j; };
  for (uint32_t i = 0; i < rows; ++i) {
    const uint32_t up = (i + 1) % rows, down = (i + rows - 1) % rows;
    for (uint32_t j = 0; j < cols; ++j) {
      const uint32_t right = (j + 1) % cols, left = (j + cols - 1) % cols;
      const VertexId v = id(i, j);
      auto add = [&](VertexId w) { out.list.edges.push_back({std::min(v, w), std::max(v, w), 1}); };
      add(id(i, right));
      add(id(up, j));
      if (triangulated) add(id(up, right));
      // Counter-clockwise with x = j, y = i: right, (up-right), up, left,
      // (down-left), down.
      auto& r = out.rotation[v];
      r.push_back(id(i, right));
      if (triangulated) r.push_back(id(up, right));
      r.push_back(id(up, j));
      r.push_back(id(i, left));
      if (triangulated) r.push_back(id(down, left));
      r.push_back(id(down, j));
    }
  }
  SortEdges(out.list.edges);
  return out;
}

GeneratedGraph RandomApex(uint32_t n, uint64_t seed, double p) {
  SHORTCUT_CHECK(n >= 1);
  GeneratedGraph out = DelaunayTriangulation(n - 1, seed);
  const VertexId apex = n - 1;
  out.list.num_vertices = n;
  constexpr double kCentre = static_cast<double>(uint64_t{1} << (kDelaunayCoordinateBits - 1));
  out.list.coordinates.push_back(Point{kCentre, kCentre, 0});
  out.rotation.emplace_back();
  out.apices = {apex};
  Random rng = DerivedRandom(seed, 0x61706578ull);
  bool any = false;
  for (VertexId v = 0; v < apex; ++v) {
    if (rng.UniformReal() < p) {
      out.list.edges.push_back({v, apex, 1});
      any = true;
    }
  }
  if (!any && apex > 0) out.list.edges.push_back({0, apex, 1});
  SortEdges(out.list.edges);
  return out;
}

GeneratedGraph RandomCliqueSum(uint32_t n, uint64_t seed, uint32_t piece_size) {
  SHORTCUT_CHECK(piece_size >= 4);
  GeneratedGraph out;
  out.list.num_vertices = n;
  if (n == 0) return out;
  Random rng = DerivedRandom(seed, 0x636c69717565ull);
  struct Piece {
    std::vector<VertexId> vertices;  // global ids, sorted
    std::vector<std::pair<VertexId, VertexId>> edges;
    std::vector<std::array<VertexId, 3>> triangles;
  };
  struct Glue {
    std::vector<VertexId> clique;
    uint32_t piece;
  };
  std::vector<Piece> pieces;
  std::vector<Glue> glues;
  auto& edges = out.list.edges;
  VertexId next_id = 0;
  while (next_id < n) {
    const bool first = pieces.empty();
    const uint32_t remaining = n - next_id;
    // The glue clique in G (the target) and the piece it comes from.
    std::vector<VertexId> target;
    uint32_t parent = 0;
    if (!first) {
      uint32_t c = 1 + static_cast<uint32_t>(rng.UniformInt(3));
      const bool reuse = !glues.empty() && rng.UniformInt(3) == 0;
      if (reuse) {
        const Glue& g = glues[rng.UniformInt(glues.size())];
        target = g.clique;
        parent = g.piece;
      } else {
        parent = static_cast<uint32_t>(rng.UniformInt(pieces.size()));
        const Piece& q = pieces[parent];
        if (c == 3 && q.triangles.empty()) c = 2;
        if (c == 2 && q.edges.empty()) c = 1;
        if (c == 1) {
          target = {q.vertices[rng.UniformInt(q.vertices.size())]};
        } else if (c == 2) {
          const auto& e = q.edges[rng.UniformInt(q.edges.size())];
          target = {e.first, e.second};
        } else {
          const auto& t = q.triangles[rng.UniformInt(q.triangles.size())];
          target.assign(t.begin(), t.end());
        }
      }
    }
    // The piece: size - c new vertices, at most the remaining ones. If it
    // has no clique of the glue's size (collinear points), shrink the glue
    // (to a sub-clique of the target) and retry with the same seed.
    const uint64_t piece_seed = rng.Next();
    uint32_t size = 0;
    GeneratedGraph local;
    std::vector<std::array<VertexId, 3>> local_triangles;
    for (;;) {
      uint32_t c = static_cast<uint32_t>(target.size());
      size = std::min(piece_size, remaining + c);
      local = DelaunayTriangulation(size, piece_seed);
      local_triangles = Triangles(local);
      if (c == 3 && local_triangles.empty()) {
        target.resize(2);
        continue;
      }
      break;
    }
    std::vector<VertexId> local_clique;
    if (target.size() == 1) {
      local_clique = {static_cast<VertexId>(rng.UniformInt(size))};
    } else if (target.size() == 2) {
      const auto& e = local.list.edges[rng.UniformInt(local.list.edges.size())];
      local_clique = {e.tail, e.head};
    } else if (target.size() == 3) {
      const auto& t = local_triangles[rng.UniformInt(local_triangles.size())];
      local_clique.assign(t.begin(), t.end());
    }
    // Map the piece: clique vertices onto the target, the rest to new ids.
    std::vector<VertexId> to_global(size, kNoVertex);
    for (std::size_t i = 0; i < local_clique.size(); ++i) to_global[local_clique[i]] = target[i];
    for (VertexId v = 0; v < size; ++v) {
      if (to_global[v] == kNoVertex) to_global[v] = next_id++;
    }
    Piece piece;
    piece.vertices = to_global;
    std::sort(piece.vertices.begin(), piece.vertices.end());
    std::vector<uint8_t> in_clique(size, 0);
    for (VertexId v : local_clique) in_clique[v] = 1;
    for (const auto& e : local.list.edges) {
      const VertexId a = std::min(to_global[e.tail], to_global[e.head]);
      const VertexId b = std::max(to_global[e.tail], to_global[e.head]);
      piece.edges.emplace_back(a, b);
      // Edges inside the glue clique exist already.
      if (!(in_clique[e.tail] && in_clique[e.head])) edges.push_back({a, b, 1});
    }
    for (const auto& t : local_triangles) {
      std::array<VertexId, 3> g = {to_global[t[0]], to_global[t[1]], to_global[t[2]]};
      std::sort(g.begin(), g.end());
      piece.triangles.push_back(g);
    }
    const uint32_t index = static_cast<uint32_t>(pieces.size());
    out.pieces.bags.push_back(piece.vertices);
    if (!first) {
      out.pieces.edges.emplace_back(parent, index);
      std::sort(target.begin(), target.end());
      glues.push_back({target, parent});
    }
    pieces.push_back(std::move(piece));
  }
  SortEdges(edges);
  return out;
}

}  // namespace shortcut
