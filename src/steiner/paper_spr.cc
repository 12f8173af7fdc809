// The `paper` method: the reduction of SODA 2024 §2 from Steiner point
// removal to shortcut partitions, i.e. Filtser's iterative algorithm run with
// approximate scattering partitions (Lemma 2.3) and a ring ratio ζ
// (Remark 2.5). Notation and proofs: docs/steiner_point_removal.md.
#include <algorithm>
#include <concepts>
#include <limits>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/sssp/diameter.h"
#include "shortcut/sssp/dijkstra.h"
#include "spr_internal.h"

namespace shortcut::spr_internal {
namespace {

constexpr uint32_t kNoCluster = std::numeric_limits<uint32_t>::max();

// Times(x, zeta): x·ζ, saturating at kInfinity (exact below it).
template <EdgeWeight W>
DistanceOf<W> Times(DistanceOf<W> x, uint32_t zeta) {
  if constexpr (std::floating_point<W>) {
    return x * zeta;
  } else {
    const Uint128 p = static_cast<Uint128>(x) * zeta;
    return p >= kInfinity<W> ? kInfinity<W> : static_cast<DistanceOf<W>>(p);
  }
}

// The best linking edge found so far for a cluster: from `from` (a vertex
// of a lower level) to `to` (in the cluster); `cost` bounds the length of a
// walk from `to` to the terminal of `from` inside that terminal's region.
template <EdgeWeight W>
struct Link {
  DistanceOf<W> cost = kInfinity<W>;
  VertexId from = kNoVertex;
  VertexId to = kNoVertex;
  bool Better(DistanceOf<W> c, VertexId f, VertexId t) const {
    if (from == kNoVertex) return true;
    if (c != cost) return c < cost;
    return f != from ? f < from : t < to;
  }
};

}  // namespace

template <EdgeWeight W>
absl::Status AssignPaper(const SprInput<W>& in, std::vector<VertexId>& f, SteinerPointRemovalStats& stats) {
  using Distance = DistanceOf<W>;
  const Graph<W>& g = in.graph;
  const VertexId n = g.NumVertices();
  const auto to_k = in.distance_to_terminals;
  const uint32_t zeta = in.options.zeta;
  stats.zeta = zeta;
  f.assign(n, kNoVertex);
  // est[v]: the length of a walk from v to f(v) inside f^-1(f(v)); an upper
  // bound on d(v, f(v)) used only to choose among linking edges.
  std::vector<Distance> est(n, 0);
  for (VertexId t : in.terminals) f[t] = t;
  VertexId unassigned = n - static_cast<VertexId>(in.terminals.size());
  if (unassigned == 0) return absl::OkStatus();

  // Scale: the minimum pairwise distance is the smallest edge weight, so
  // ring i holds the unassigned v with ζ^{i-1}·w_min <= d(v, K) < ζ^i·w_min.
  // Every non-terminal has d(v, K) >= w_min, hence starts in ring >= 1.
  W w_min = std::numeric_limits<W>::max();
  for (W w : g.WeightArray()) w_min = std::min(w_min, w);
  stats.scale = static_cast<double>(w_min);
  Distance lo = static_cast<Distance>(w_min);  // ζ^{i-1}: the scattering scale Δ
  Distance hi = Times<W>(lo, zeta);             // ζ^i: ring bound and level-edge bound

  std::vector<uint32_t> component(n, kNoCluster);
  std::vector<uint32_t> cluster_of(n, kNoCluster);
  std::vector<VertexId> local_id(n, kNoVertex);
  std::vector<VertexId> queue, members;
  DijkstraEngine<W> dijkstra(n);
  const double total = static_cast<double>(unassigned);

  while (unassigned > 0) {
    // Rings without unassigned vertices have no clusters: skip them.
    Distance min_to_k = kInfinity<W>;
    for (VertexId v : g.Vertices()) {
      if (f[v] == kNoVertex) min_to_k = std::min(min_to_k, to_k[v]);
    }
    while (!(min_to_k < hi)) {
      if (hi >= kInfinity<W>) return InternalError("paper SPR: ring thresholds overflowed");
      lo = hi;
      hi = Times<W>(hi, zeta);
    }
    ++stats.iterations;
    const Distance delta = lo;

    // Components of G'_i: the unassigned vertices, joined by edges of weight
    // <= Δ (Lemma 2.3 deletes the longer ones). Only components meeting the
    // ring R_i can hold clusters of 𝒞_i; the others are left untouched.
    std::vector<VertexId> cluster_members;  // active clusters' vertices, grouped
    std::vector<uint32_t> cluster_start;    // per active cluster: offset into cluster_members
    uint32_t clusters = 0;                  // clusters of P_i built so far (this ring)
    std::vector<uint32_t> active;           // cluster id -> index among active clusters, or kNoCluster
    for (VertexId v : g.Vertices()) {
      component[v] = kNoCluster;
      cluster_of[v] = kNoCluster;
    }
    uint32_t num_components = 0;
    for (VertexId s : g.Vertices()) {
      if (f[s] != kNoVertex || component[s] != kNoCluster) continue;
      const uint32_t id = num_components++;
      queue.assign(1, s);
      component[s] = id;
      bool meets_ring = false;
      for (std::size_t q = 0; q < queue.size(); ++q) {
        const VertexId u = queue[q];
        meets_ring |= to_k[u] < hi;
        for (ArcId a : g.Arcs(u)) {
          const VertexId h = g.Head(a);
          if (f[h] == kNoVertex && component[h] == kNoCluster && static_cast<Distance>(g.Weight(a)) <= delta) {
            component[h] = id;
            queue.push_back(h);
          }
        }
      }
      if (!meets_ring) continue;
      members.assign(queue.begin(), queue.end());
      std::sort(members.begin(), members.end());
      const uint32_t first_cluster = clusters;
      bool one_cluster = members.size() == 1;
      if (!one_cluster) {
        // G'[C] as a graph of its own: local ids in increasing global order.
        for (VertexId i = 0; i < members.size(); ++i) local_id[members[i]] = i;
        EdgeList<W> list;
        list.num_vertices = static_cast<VertexId>(members.size());
        for (VertexId i = 0; i < members.size(); ++i) {
          for (ArcId a : g.Arcs(members[i])) {
            const VertexId h = g.Head(a);
            if (h > members[i] && component[h] == id && static_cast<Distance>(g.Weight(a)) <= delta) {
              list.edges.push_back({i, local_id[h], g.Weight(a)});
            }
          }
        }
        SHORTCUT_ASSIGN_OR_RETURN(Graph<W> sub, BuildGraph(std::move(list)));
        // D >= diam(G'[C]); ε := Δ/D. When Δ >= D the component fits in one
        // cluster of strong diameter <= Δ (the case ε >= 1).
        DiameterWorkspace<W> diameter(sub.NumVertices());
        std::vector<VertexId> all(sub.NumVertices());
        for (VertexId i = 0; i < all.size(); ++i) all[i] = i;
        const DiameterBounds<W> b = diameter.Bound(sub, all, AllVertices{}, in.options.diameter_sweeps);
        const Distance d_upper = b.exact ? b.lower : b.upper;
        if (d_upper <= delta) {
          one_cluster = true;
        } else {
          ShortcutPartitionOptions po;
          po.diameter = static_cast<double>(d_upper);
          po.epsilon = static_cast<double>(delta) / po.diameter;
          po.r = in.options.r;
          SHORTCUT_ASSIGN_OR_RETURN(ShortcutPartition<W> p, ComputeShortcutPartition(sub, po));
          ++stats.partitioned_components;
          stats.minor_found += p.cop.minor_found ? 1 : 0;
          for (VertexId i = 0; i < members.size(); ++i) cluster_of[members[i]] = first_cluster + p.clustering.cluster_of[i];
          clusters += p.clustering.NumClusters();
        }
      }
      if (one_cluster) {
        ++stats.single_cluster_components;
        for (VertexId v : members) cluster_of[v] = first_cluster;
        ++clusters;
      }
      // 𝒞_i: the clusters of this component that contain a ring vertex.
      active.resize(clusters, kNoCluster);
      for (VertexId v : members) {
        if (to_k[v] < hi && active[cluster_of[v]] == kNoCluster) active[cluster_of[v]] = 0;
      }
    }
    // Group the vertices of active clusters, numbering active clusters
    // 0, 1, ... in increasing cluster id.
    uint32_t num_active = 0;
    for (uint32_t c = 0; c < clusters; ++c) {
      if (active[c] != kNoCluster) active[c] = num_active++;
    }
    stats.clusters += num_active;
    cluster_start.assign(num_active + 1, 0);
    for (VertexId v : g.Vertices()) {
      if (cluster_of[v] != kNoCluster && active[cluster_of[v]] != kNoCluster) ++cluster_start[active[cluster_of[v]] + 1];
    }
    for (uint32_t c = 0; c < num_active; ++c) cluster_start[c + 1] += cluster_start[c];
    cluster_members.resize(cluster_start[num_active]);
    {
      std::vector<uint32_t> fill(cluster_start.begin(), cluster_start.end() - 1);
      for (VertexId v : g.Vertices()) {
        if (cluster_of[v] != kNoCluster && active[cluster_of[v]] != kNoCluster) {
          cluster_members[fill[active[cluster_of[v]]]++] = v;
        }
      }
    }
    auto active_of = [&](VertexId v) -> uint32_t {
      return cluster_of[v] == kNoCluster ? kNoCluster : active[cluster_of[v]];
    };

    // Levels (§2.1): V_{i-1} is level 0; an active cluster is at level j when
    // j is the least index with an edge of weight <= ζ^i to a level-(j-1)
    // cluster. Among all such edges the linking one minimises (est(x) + w,
    // x, u) for x at level j-1 and u in the cluster. Clusters of one level
    // are assigned before the next level is searched.
    std::vector<Link<W>> link(num_active);
    std::vector<uint32_t> level(num_active, 0);
    std::vector<uint32_t> frontier, next;
    auto consider = [&](VertexId x, VertexId u, W w) {
      const uint32_t c = active_of(u);
      if (c == kNoCluster || level[c] != 0) return;
      const Distance cost = est[x] + static_cast<Distance>(w);
      if (link[c].Better(cost, x, u)) link[c] = {cost, x, u};
    };
    // Level 1: edges from assigned vertices (V_{i-1}).
    for (uint32_t c = 0; c < num_active; ++c) {
      for (uint32_t k = cluster_start[c]; k < cluster_start[c + 1]; ++k) {
        const VertexId u = cluster_members[k];
        for (ArcId a : g.Arcs(u)) {
          const VertexId x = g.Head(a);
          if (f[x] != kNoVertex && static_cast<Distance>(g.Weight(a)) <= hi) consider(x, u, g.Weight(a));
        }
      }
    }
    for (uint32_t c = 0; c < num_active; ++c) {
      if (link[c].from != kNoVertex) frontier.push_back(c);
    }
    uint32_t current_level = 1;
    VertexId assigned_now = 0;
    while (!frontier.empty()) {
      // Assign this level: every vertex copies the linking vertex's terminal.
      for (uint32_t c : frontier) {
        level[c] = current_level;
        const Link<W>& l = link[c];
        const VertexId t = f[l.from];
        dijkstra.Reset();
        dijkstra.AddSource(l.to, l.cost);
        dijkstra.Run(g, LabelDomain{cluster_of, cluster_of[l.to]});
        for (VertexId v : dijkstra.SettledVertices()) est[v] = dijkstra.Distance(v);
        for (uint32_t k = cluster_start[c]; k < cluster_start[c + 1]; ++k) f[cluster_members[k]] = t;
        assigned_now += cluster_start[c + 1] - cluster_start[c];
      }
      stats.max_level = std::max(stats.max_level, current_level);
      // The next level: unlevelled active clusters joined to this level.
      for (uint32_t c : frontier) {
        for (uint32_t k = cluster_start[c]; k < cluster_start[c + 1]; ++k) {
          const VertexId x = cluster_members[k];
          for (ArcId a : g.Arcs(x)) {
            if (static_cast<Distance>(g.Weight(a)) <= hi) consider(x, g.Head(a), g.Weight(a));
          }
        }
      }
      next.clear();
      for (uint32_t c : frontier) {
        for (uint32_t k = cluster_start[c]; k < cluster_start[c + 1]; ++k) {
          for (VertexId h : g.Neighbors(cluster_members[k])) {
            const uint32_t d = active_of(h);
            if (d != kNoCluster && level[d] == 0 && link[d].from != kNoVertex) {
              level[d] = current_level + 1;  // marks it as queued
              next.push_back(d);
            }
          }
        }
      }
      std::sort(next.begin(), next.end());
      frontier.swap(next);
      ++current_level;
    }
    unassigned -= assigned_now;
    // Every cluster of 𝒞_i has a linking vertex: its ring vertex's shortest
    // path to K runs through unassigned ring vertices (in clusters of 𝒞_i)
    // along edges of weight < ζ^i until it meets V_{i-1}. So all of R_i is
    // now assigned (Claim 2.6). With floating-point weights a rounding may
    // break this; those vertices simply stay for the next ring.
    if constexpr (!std::floating_point<W>) {
      for (uint32_t c = 0; c < num_active; ++c) {
        if (level[c] == 0) {
          return InternalError("paper SPR: a cluster of ring {} (vertex {}) has no linking vertex", stats.iterations,
                               g.ExternalId(cluster_members[cluster_start[c]]));
        }
      }
    } else {
      if (assigned_now == 0) return absl::OkStatus();  // the caller attaches the rest
    }
    if (in.options.progress) in.options.progress(1.0 - static_cast<double>(unassigned) / total);
    lo = hi;
    hi = Times<W>(hi, zeta);
  }
  return absl::OkStatus();
}

template absl::Status AssignPaper(const SprInput<uint32_t>&, std::vector<VertexId>&, SteinerPointRemovalStats&);
template absl::Status AssignPaper(const SprInput<double>&, std::vector<VertexId>&, SteinerPointRemovalStats&);

}  // namespace shortcut::spr_internal
