// Independent checker of shortcut partitions (Definition 1.1).
#include "shortcut/verify/partition_checks.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "shortcut/core/components.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/diameter.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

constexpr uint32_t kUnset = std::numeric_limits<uint32_t>::max();
constexpr double kBinsPerUnit = 64;

// Incremental BFS distances from one cluster in the cluster graph restricted
// to a growing and shrinking multiset S of clusters (those on the current
// tree path), with an undo log.
class RestrictedBfs {
 public:
  RestrictedBfs(std::span<const uint32_t> offsets, std::span<const uint32_t> adj, uint32_t k)
      : offsets_(offsets), adj_(adj), dist_(k, kUnset), count_(k, 0) {}

  void Start(uint32_t c0) {
    dist_[c0] = 0;
    count_[c0] = 1;
    root_ = c0;
  }
  void Finish() {
    count_[root_] = 0;
    dist_[root_] = kUnset;
  }
  uint32_t Dist(uint32_t c) const { return dist_[c]; }

  // Insert(c): returns the undo mark.
  std::size_t Insert(uint32_t c) {
    const std::size_t mark = log_.size();
    if (count_[c]++ > 0) return mark;
    uint32_t best = kUnset;
    for (uint32_t i = offsets_[c]; i < offsets_[c + 1]; ++i) {
      const uint32_t d = dist_[adj_[i]];
      if (d != kUnset) best = std::min(best, d + 1);
    }
    log_.emplace_back(c, kUnset);
    dist_[c] = best;
    if (best == kUnset) return mark;  // cannot happen for a tree-path walk
    queue_.assign(1, c);
    for (std::size_t q = 0; q < queue_.size(); ++q) {
      const uint32_t x = queue_[q];
      for (uint32_t i = offsets_[x]; i < offsets_[x + 1]; ++i) {
        const uint32_t y = adj_[i];
        if (dist_[y] != kUnset && dist_[x] + 1 < dist_[y]) {
          log_.emplace_back(y, dist_[y]);
          dist_[y] = dist_[x] + 1;
          queue_.push_back(y);
        }
      }
    }
    return mark;
  }
  void Undo(uint32_t c, std::size_t mark) {
    --count_[c];
    while (log_.size() > mark) {
      dist_[log_.back().first] = log_.back().second;
      log_.pop_back();
    }
  }

 private:
  std::span<const uint32_t> offsets_, adj_;
  std::vector<uint32_t> dist_, count_;
  std::vector<std::pair<uint32_t, uint32_t>> log_;
  std::vector<uint32_t> queue_;
  uint32_t root_ = 0;
};

}  // namespace

template <EdgeWeight W>
PartitionCheckReport CheckShortcutPartition(const Graph<W>& g, std::span<const uint32_t> labels,
                                            const PartitionCheckOptions& options) {
  using Distance = DistanceOf<W>;
  const auto start = std::chrono::steady_clock::now();
  PartitionCheckReport rep;
  auto done = [&](absl::Status s) {
    rep.status = std::move(s);
    rep.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rep;
  };
  const VertexId n = g.NumVertices();
  if (!(options.epsilon > 0) || !(options.diameter >= 0)) {
    return done(InvalidArgumentError("partition check needs epsilon > 0 and a diameter >= 0"));
  }
  if (labels.size() != n) {
    return done(FailedPreconditionError("{} labels for {} vertices", labels.size(), n));
  }
  const long double unit = static_cast<long double>(options.epsilon) * options.diameter;  // ε·D

  // Dense cluster ids in order of first appearance.
  std::vector<uint32_t> cluster(n);
  uint32_t k = 0;
  {
    absl::flat_hash_map<uint32_t, uint32_t> dense;
    for (VertexId v = 0; v < n; ++v) {
      auto [it, inserted] = dense.emplace(labels[v], k);
      if (inserted) ++k;
      cluster[v] = it->second;
    }
  }
  rep.clusters = k;
  std::vector<std::vector<VertexId>> members(k);
  for (VertexId v = 0; v < n; ++v) members[cluster[v]].push_back(v);
  for (const auto& m : members) rep.singleton_clusters += m.size() == 1 ? 1 : 0;

  // Connected clusters, and exact strong diameters.
  DiameterWorkspace<W> diam(n);
  {
    TimestampMarker seen(n);
    std::vector<VertexId> queue;
    for (uint32_t c = 0; c < k; ++c) {
      queue.assign(1, members[c][0]);
      seen.Set(members[c][0]);
      for (std::size_t i = 0; i < queue.size(); ++i) {
        for (VertexId h : g.Neighbors(queue[i])) {
          if (cluster[h] == c && !seen.Get(h)) {
            seen.Set(h);
            queue.push_back(h);
          }
        }
      }
      if (queue.size() != members[c].size()) {
        VertexId missing = kNoVertex;
        for (VertexId v : members[c]) {
          if (!seen.Get(v)) {
            missing = v;
            break;
          }
        }
        return done(FailedPreconditionError("cluster of vertex {} is not connected: vertex {} has the same label but is not reachable inside it",
                                            g.ExternalId(members[c][0]), g.ExternalId(missing)));
      }
      const DiameterBounds<W> b = diam.Bound(g, members[c], LabelDomain{cluster, c});
      const double d = static_cast<double>(b.lower);
      rep.max_strong_diameter = std::max(rep.max_strong_diameter, d);
      const bool within = std::floating_point<W> ? static_cast<long double>(b.lower) <= unit * (1 + 1e-9L)
                                                 : static_cast<long double>(b.lower) <= unit;
      if (!within) {
        rep.max_strong_diameter_over_eps_d = unit > 0 ? static_cast<double>(b.lower / unit) : INFINITY;
        return done(FailedPreconditionError(
            "cluster of vertex {} has strong diameter {} > ε·D = {} (between vertices {} and {})",
            g.ExternalId(members[c][0]), d, static_cast<double>(unit), g.ExternalId(b.u), g.ExternalId(b.v)));
      }
    }
  }
  rep.max_strong_diameter_over_eps_d = unit > 0 ? static_cast<double>(rep.max_strong_diameter / unit) : 0;

  // The cluster graph (built here, independently of the construction).
  std::vector<uint32_t> offsets(k + 1, 0), adj;
  {
    std::vector<uint64_t> pairs;
    for (EdgeId e = 0; e < g.NumEdges(); ++e) {
      const auto [u, v] = g.EdgeEndpoints(e);
      if (cluster[u] == cluster[v]) continue;
      pairs.push_back((uint64_t{cluster[u]} << 32) | cluster[v]);
      pairs.push_back((uint64_t{cluster[v]} << 32) | cluster[u]);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (uint64_t p : pairs) {
      ++offsets[(p >> 32) + 1];
      adj.push_back(static_cast<uint32_t>(p));
    }
    for (uint32_t c = 0; c < k; ++c) offsets[c + 1] += offsets[c];
    rep.cluster_graph_edges = static_cast<uint32_t>(pairs.size() / 2);
  }
  if (!options.check_hops || n < 2 || unit <= 0) return done(absl::OkStatus());

  // Sources: all vertices, or a seeded sample.
  std::vector<VertexId> sources;
  if (n <= options.all_pairs_limit || options.sources >= n) {
    rep.all_pairs = true;
    sources.resize(n);
    for (VertexId v = 0; v < n; ++v) sources[v] = v;
  } else {
    Random rng(options.seed);
    std::vector<VertexId> all(n);
    for (VertexId v = 0; v < n; ++v) all[v] = v;
    for (uint32_t i = 0; i < options.sources; ++i) {
      std::swap(all[i], all[i + rng.UniformInt(n - i)]);
    }
    sources.assign(all.begin(), all.begin() + options.sources);
    std::sort(sources.begin(), sources.end());
  }
  rep.sources_used = static_cast<uint32_t>(sources.size());

  DijkstraEngine<W>& dijkstra = diam.Engine();
  RestrictedBfs bfs(offsets, adj, k);
  std::vector<uint64_t> histogram;
  long double sum = 0;
  // Children lists of the Dijkstra tree, rebuilt per source.
  std::vector<uint32_t> child_offsets(n + 1);
  std::vector<VertexId> child_list(n);
  struct Frame {
    VertexId v;
    uint32_t next_child;
    std::size_t mark;
  };
  std::vector<Frame> stack;
  for (std::size_t si = 0; si < sources.size(); ++si) {
    const VertexId u = sources[si];
    dijkstra.Reset();
    dijkstra.AddSource(u);
    dijkstra.Run(g);
    const auto settled = dijkstra.SettledVertices();
    // Children in settle order.
    std::fill(child_offsets.begin(), child_offsets.end(), 0);
    for (VertexId v : settled) {
      const VertexId p = dijkstra.Parent(g, v);
      if (p != kNoVertex) ++child_offsets[p + 1];
    }
    for (VertexId v = 0; v < n; ++v) child_offsets[v + 1] += child_offsets[v];
    {
      std::vector<uint32_t> fill(child_offsets.begin(), child_offsets.end() - 1);
      for (VertexId v : settled) {
        const VertexId p = dijkstra.Parent(g, v);
        if (p != kNoVertex) child_list[fill[p]++] = v;
      }
    }
    bfs.Start(cluster[u]);
    stack.clear();
    stack.push_back({u, child_offsets[u], 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next_child == child_offsets[f.v + 1]) {
        if (stack.size() > 1) bfs.Undo(cluster[f.v], f.mark);
        stack.pop_back();
        continue;
      }
      const VertexId v = child_list[f.next_child++];
      const std::size_t mark = bfs.Insert(cluster[v]);
      stack.push_back({v, child_offsets[v], mark});
      // Evaluate the pair (u, v).
      const uint32_t hops = bfs.Dist(cluster[v]);
      const Distance d = dijkstra.Distance(v);
      const long double units = std::ceil(static_cast<long double>(d) / unit);
      const double ratio = static_cast<double>(hops / std::max<long double>(1, units));
      ++rep.pairs_checked;
      sum += ratio;
      rep.max_hops = std::max(rep.max_hops, hops);
      const std::size_t bin = std::min<std::size_t>(static_cast<std::size_t>(ratio * kBinsPerUnit), 1u << 22);
      if (bin >= histogram.size()) histogram.resize(bin + 1, 0);
      ++histogram[bin];
      if (ratio > rep.hop_constant_max) {
        rep.hop_constant_max = ratio;
        rep.worst_u = u;
        rep.worst_v = v;
        rep.worst_hops = hops;
        rep.worst_distance = static_cast<double>(d);
      }
      if (options.max_hop_constant > 0 &&
          static_cast<long double>(hops) >
              static_cast<long double>(options.max_hop_constant) * std::max<long double>(1, units)) {
        bfs.Finish();
        rep.hop_constant_mean = static_cast<double>(sum / rep.pairs_checked);
        return done(FailedPreconditionError(
            "hop bound violated: vertices {} and {} at distance {} need {} cluster hops along their shortest path, "
            "more than {} x ceil(d/(ε·D)) = {}",
            g.ExternalId(u), g.ExternalId(v), static_cast<double>(d), hops, options.max_hop_constant,
            options.max_hop_constant * static_cast<double>(units)));
      }
    }
    bfs.Finish();
    if (options.progress) options.progress(static_cast<double>(si + 1) / sources.size());
  }
  if (rep.pairs_checked > 0) {
    rep.hop_constant_mean = static_cast<double>(sum / rep.pairs_checked);
    const uint64_t target = (rep.pairs_checked * 99 + 99) / 100;  // ceil(0.99 · pairs)
    uint64_t acc = 0;
    for (std::size_t b = 0; b < histogram.size(); ++b) {
      acc += histogram[b];
      if (acc >= target) {
        rep.hop_constant_p99 = std::min(rep.hop_constant_max, (b + 1) / kBinsPerUnit);
        break;
      }
    }
  }
  return done(absl::OkStatus());
}

template PartitionCheckReport CheckShortcutPartition(const Graph<uint32_t>&, std::span<const uint32_t>,
                                                     const PartitionCheckOptions&);
template PartitionCheckReport CheckShortcutPartition(const Graph<double>&, std::span<const uint32_t>,
                                                     const PartitionCheckOptions&);

}  // namespace shortcut
