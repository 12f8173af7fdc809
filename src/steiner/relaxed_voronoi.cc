// The `ball` method: Filtser's relaxed Voronoi for Steiner point removal in
// general graphs (SICOMP 2019; O(log |K|) distortion). See
// docs/steiner_point_removal.md for the exact rule and why every vertex is
// assigned.
#include <cmath>
#include <concepts>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"
#include "spr_internal.h"

namespace shortcut::spr_internal {
namespace {

// Growth factors g = 1 + a / 2^20 with an integer a in [0, 2^20]: for integer
// weights the test d <= g·D(v) is then the exact integer comparison
// d·2^20 <= (2^20 + a)·D(v).
constexpr uint32_t kGrowthBits = 20;
constexpr uint64_t kGrowthOne = uint64_t{1} << kGrowthBits;

// The vertices no terminal has claimed yet (terminals are claimed by
// themselves from the start).
struct Unclaimed {
  const std::vector<VertexId>& terminal_of;
  bool Contains(VertexId v) const { return terminal_of[v] == kNoVertex; }
};

template <EdgeWeight W>
bool WithinGrowth(DistanceOf<W> d, DistanceOf<W> to_k, uint64_t a) {
  if constexpr (std::floating_point<W>) {
    return static_cast<long double>(d) * kGrowthOne <= static_cast<long double>(to_k) * (kGrowthOne + a);
  } else {
    return static_cast<Uint128>(d) * kGrowthOne <= static_cast<Uint128>(to_k) * (kGrowthOne + a);
  }
}

}  // namespace

template <EdgeWeight W>
void AssignRelaxedVoronoi(const SprInput<W>& in, std::vector<VertexId>& terminal_of) {
  const Graph<W>& g = in.graph;
  const VertexId n = g.NumVertices();
  const auto to_k = in.distance_to_terminals;
  terminal_of.assign(n, kNoVertex);
  for (VertexId t : in.terminals) terminal_of[t] = t;

  // Terminal order: a seeded random permutation. Growth factor of each
  // terminal: g = 1 + δ, δ ~ Exp(λ) truncated to [0, 1], λ = 1 + ln |K|
  // (drawn by inversion, in the order of the permutation).
  Random rng(in.options.seed);
  std::vector<VertexId> order(in.terminals.begin(), in.terminals.end());
  rng.Shuffle(std::span<VertexId>(order));
  const double lambda = 1.0 + std::log(static_cast<double>(order.size()));
  const double tail = -std::expm1(-lambda);  // 1 - e^{-λ}
  std::vector<uint64_t> growth(order.size());
  for (auto& a : growth) {
    const double delta = -std::log1p(-rng.UniformReal() * tail) / lambda;  // in [0, 1]
    a = static_cast<uint64_t>(std::llround(std::clamp(delta, 0.0, 1.0) * static_cast<double>(kGrowthOne)));
  }

  // One search per terminal among the unclaimed vertices. A vertex settled
  // with distance d is accepted iff d <= g·d(v, K); only accepted vertices
  // are expanded, so each cluster is connected. Settle order (distance, id).
  DijkstraEngine<W> search(n);
  const Unclaimed unclaimed{terminal_of};
  for (std::size_t j = 0; j < order.size(); ++j) {
    const VertexId t = order[j];
    search.Reset();
    search.AddSource(t);
    for (VertexId v; (v = search.PopNext()) != kNoVertex;) {
      if (v != t && !WithinGrowth<W>(search.Distance(v), to_k[v], growth[j])) continue;  // rejected: not expanded
      terminal_of[v] = t;
      search.Relax(g, v, unclaimed);
    }
  }
}

template void AssignRelaxedVoronoi(const SprInput<uint32_t>&, std::vector<VertexId>&);
template void AssignRelaxedVoronoi(const SprInput<double>&, std::vector<VertexId>&);

}  // namespace shortcut::spr_internal
