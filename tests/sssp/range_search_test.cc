#include "shortcut/sssp/range_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

// A connected random graph (a random spanning tree plus random extra edges)
// with weights uniform in [lo, hi], and its compact CSR.
struct Compact {
  Graph<uint32_t> g;
  std::vector<ArcId> offsets;
  std::vector<CompactArc> arcs;
  uint32_t max_weight = 1;
};

Compact RandomCompact(VertexId n, uint32_t extra, uint32_t lo, uint32_t hi, Random& rng) {
  EdgeList<uint32_t> list;
  list.num_vertices = n;
  auto weight = [&] { return static_cast<uint32_t>(lo + rng.UniformInt(uint64_t{hi} - lo + 1)); };
  for (VertexId v = 1; v < n; ++v) list.edges.push_back({static_cast<VertexId>(rng.UniformInt(v)), v, weight()});
  for (uint32_t i = 0; i < extra; ++i) {
    const VertexId u = static_cast<VertexId>(rng.UniformInt(n)), v = static_cast<VertexId>(rng.UniformInt(n));
    if (u != v) list.edges.push_back({u, v, weight()});
  }
  auto g = BuildGraph(std::move(list));
  SHORTCUT_CHECK(g.ok());
  Compact c{std::move(*g), {}, {}, 1};
  c.offsets.assign(c.g.OffsetArray().begin(), c.g.OffsetArray().end());
  for (ArcId a = 0; a < c.g.NumArcs(); ++a) {
    c.arcs.push_back({c.g.Head(a), c.g.Weight(a)});
    c.max_weight = std::max(c.max_weight, c.g.Weight(a));
  }
  return c;
}

struct Star {
  std::vector<VertexId> vertices;
  std::vector<uint64_t> distances;
  bool operator==(const Star&) const = default;
};

Star RunOnce(RangeSearch& search, const Compact& c, VertexId source, VertexId lo, VertexId hi, uint64_t radius) {
  Star s;
  search.Run(c.offsets.data(), c.arcs.data(), source, lo, hi, radius, s.vertices, s.distances);
  return s;
}

// The reference: DijkstraEngine inside the range, up to the radius.
Star Reference(const Compact& c, VertexId source, VertexId lo, VertexId hi, uint64_t radius) {
  std::vector<uint32_t> label(c.g.NumVertices());
  for (VertexId v = 0; v < c.g.NumVertices(); ++v) label[v] = v >= lo && v < hi ? 0 : 1;
  DijkstraEngine<uint32_t> dij(c.g.NumVertices());
  dij.AddSource(source);
  dij.Run(c.g, LabelDomain{label, 0}, {.radius = radius});
  Star s;
  for (VertexId v : dij.SettledVertices()) {
    s.vertices.push_back(v);
    s.distances.push_back(dij.Distance(v));
  }
  return s;
}

// Random searches on one workspace (so stamps of earlier searches are left
// behind): the settled set and distances are the reference's, in
// nondecreasing distance; with `by_id`, the order is the reference's too.
// A second workspace repeating one search gives the same sequence.
void Trials(uint32_t lo_w, uint32_t hi_w, bool narrow, bool by_id, uint64_t seed) {
  Random rng(seed);
  for (int graph = 0; graph < 5; ++graph) {
    const VertexId n = static_cast<VertexId>(40 + rng.UniformInt(300));
    const Compact c = RandomCompact(n, static_cast<uint32_t>(n * (graph % 3)), lo_w, hi_w, rng);
    RangeSearch search(n, narrow, c.max_weight);
    for (int run = 0; run < 40; ++run) {
      VertexId lo = static_cast<VertexId>(rng.UniformInt(n)), hi = static_cast<VertexId>(rng.UniformInt(n));
      if (lo > hi) std::swap(lo, hi);
      ++hi;
      if (run % 4 == 0) lo = 0, hi = n;
      const VertexId source = lo + static_cast<VertexId>(rng.UniformInt(hi - lo));
      uint64_t radius = std::numeric_limits<uint64_t>::max();
      if (run % 3 == 1) radius = rng.UniformInt(uint64_t{hi_w} * 6 + 1);
      SCOPED_TRACE(::testing::Message() << "graph " << graph << " run " << run << " range [" << lo << ", " << hi
                                        << ") radius " << radius);
      const Star got = RunOnce(search, c, source, lo, hi, radius);
      const Star want = Reference(c, source, lo, hi, radius);
      ASSERT_FALSE(got.vertices.empty());
      EXPECT_EQ(got.vertices[0], source);
      EXPECT_TRUE(std::is_sorted(got.distances.begin(), got.distances.end()));
      if (by_id) {
        EXPECT_EQ(got, want);
      } else {
        std::vector<std::pair<VertexId, uint64_t>> a, b;
        for (std::size_t i = 0; i < got.vertices.size(); ++i) a.emplace_back(got.vertices[i], got.distances[i]);
        for (std::size_t i = 0; i < want.vertices.size(); ++i) b.emplace_back(want.vertices[i], want.distances[i]);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        EXPECT_EQ(a, b);
      }
      if (run % 10 == 3) {
        RangeSearch fresh(n, narrow, c.max_weight);
        EXPECT_EQ(RunOnce(fresh, c, source, lo, hi, radius), got);
      }
    }
  }
}

// At the edge of 32 bits: on a path of 2^22 vertices with weights 1024 the
// distances ((n − 1)·1024 < 2^32 − 1) fit the narrow state, but a Dial
// search's stamps, which run w_max beyond its radius, do not; the search
// must then use the wide state, and repeated whole-path searches from
// either end stay exact.
TEST(RangeSearchTest, NarrowIsRefusedWhenStampsWouldNotFit) {
  const VertexId n = VertexId{1} << 22;
  const uint32_t w = 1024;
  std::vector<ArcId> offsets(n + 1);
  std::vector<CompactArc> arcs;
  arcs.reserve(2 * (n - 1));
  for (VertexId v = 0; v < n; ++v) {
    offsets[v] = static_cast<ArcId>(arcs.size());
    if (v > 0) arcs.push_back({v - 1, w});
    if (v + 1 < n) arcs.push_back({v + 1, w});
  }
  offsets[n] = static_cast<ArcId>(arcs.size());
  ASSERT_LT(uint64_t{n - 1} * w, uint64_t{std::numeric_limits<uint32_t>::max()});
  RangeSearch search(n, /*narrow=*/true, w);
  for (int round = 0; round < 3; ++round) {
    for (VertexId source : {VertexId{0}, n - 1}) {
      std::vector<VertexId> vertices;
      std::vector<uint64_t> distances;
      search.Run(offsets.data(), arcs.data(), source, 0, n, std::numeric_limits<uint64_t>::max(), vertices,
                 distances);
      ASSERT_EQ(vertices.size(), n) << "round " << round << " source " << source;
      for (std::size_t i = 0; i < vertices.size(); i += 4099) {
        const uint64_t hops = source == 0 ? vertices[i] : n - 1 - vertices[i];
        ASSERT_EQ(distances[i], hops * w);
      }
    }
  }
}

TEST(RangeSearchTest, UnitWeightsOnDialsBuckets) { Trials(1, 1, true, false, 1); }
TEST(RangeSearchTest, SmallWeightsOnDialsBuckets) { Trials(1, 5, true, false, 2); }
TEST(RangeSearchTest, WeightsUpToTheDialLimit) { Trials(1, kMaxDialWeight, true, false, 3); }
TEST(RangeSearchTest, WeightsAboveTheLimitOnARadixHeap) { Trials(kMaxDialWeight + 1, 1u << 20, true, false, 4); }
TEST(RangeSearchTest, WideDistancesOnAHeapSettleTiesById) {
  Trials(1, 7, false, true, 5);
  Trials(1, 1u << 31, false, true, 6);
}

}  // namespace
}  // namespace shortcut
