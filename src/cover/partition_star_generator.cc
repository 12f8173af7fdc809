// The partition cover: per scale a buffered cop decomposition, a shortcut
// partition of radius τ_j and one bounded search per cluster star
// (docs/tree_cover.md, "The partition cover").
#include "partition_star_generator.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <thread>
#include <utility>

#include "shortcut/core/check.h"
#include "shortcut/core/status.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/partition/clustering.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/sssp/range_search.h"

namespace shortcut::cover_internal {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// The compact CSR of g in its own numbering (for the eccentricity searches).
void CompactCsr(const Graph<uint32_t>& g, std::span<const VertexId> new_to_old, std::span<const VertexId> old_to_new,
                std::vector<ArcId>& offsets, std::vector<CompactArc>& arcs) {
  const VertexId n = g.NumVertices();
  offsets.assign(uint64_t{n} + 1, 0);
  arcs.resize(g.NumArcs());
  for (VertexId v = 0; v < n; ++v) {
    const VertexId old = new_to_old[v];
    offsets[v + 1] = offsets[v] + g.Degree(old);
    ArcId a = offsets[v];
    for (ArcId arc : g.Arcs(old)) arcs[a++] = CompactArc{old_to_new[g.Head(arc)], g.Weight(arc)};
  }
}

// One scale's partition in the order the stars need: supernodes in
// preorder, each one's clusters in id order, each cluster's vertices by id.
// Then dom(η) = [dom_begin, dom_end) and, for a cluster C of η, C =
// [begin, end) and U_C = [begin, dom_end of η).
struct ScalePartition {
  std::vector<VertexId> new_to_old, old_to_new;
  std::vector<VertexId> cluster_begin, cluster_end, cluster_dom_end, cluster_root;  // new ids
  std::vector<ArcId> offsets;
  std::vector<CompactArc> arcs;
};

absl::Status BuildScalePartition(const Graph<uint32_t>& g, const CopDecomposition<uint32_t>& cop,
                                 const Clustering& clustering, const std::vector<uint32_t>& cluster_supernode,
                                 ScalePartition& out) {
  const VertexId n = g.NumVertices();
  const uint32_t k = cop.NumSupernodes();
  const uint32_t clusters = clustering.NumClusters();
  // Clusters of one supernode have consecutive ids, in supernode order.
  std::vector<uint32_t> first_cluster(k + 1, 0);
  for (uint32_t c = 0; c < clusters; ++c) {
    const uint32_t s = cluster_supernode[c];
    if (c > 0 && s < cluster_supernode[c - 1]) return InternalError("partition cover: clusters out of supernode order");
    ++first_cluster[s + 1];
  }
  for (uint32_t s = 0; s < k; ++s) first_cluster[s + 1] += first_cluster[s];
  // Vertices by cluster, stably by id; every vertex in one cluster of its supernode.
  std::vector<VertexId> size(clusters + 1, 0);
  for (VertexId v = 0; v < n; ++v) {
    const uint32_t c = clustering.cluster_of[v];
    if (c >= clusters || cluster_supernode[c] != cop.supernode_of[v]) {
      return InternalError("partition cover: vertex {} is not in a cluster of its supernode", v);
    }
    ++size[c + 1];
  }
  std::vector<VertexId> by_cluster(n), start(clusters + 1, 0);
  for (uint32_t c = 0; c < clusters; ++c) start[c + 1] = start[c] + size[c + 1];
  {
    std::vector<VertexId> at(start.begin(), start.end() - 1);
    for (VertexId v = 0; v < n; ++v) by_cluster[at[clustering.cluster_of[v]]++] = v;
  }
  const RootedForest& tree = cop.tree;
  std::vector<VertexId> first_new(k), dom_size(k, 0);
  out.new_to_old.resize(n);
  out.old_to_new.resize(n);
  out.cluster_begin.resize(clusters);
  out.cluster_end.resize(clusters);
  out.cluster_dom_end.resize(clusters);
  out.cluster_root.resize(clusters);
  VertexId next = 0;
  for (uint32_t s : tree.Preorder()) {
    first_new[s] = next;
    for (uint32_t c = first_cluster[s]; c < first_cluster[s + 1]; ++c) {
      out.cluster_begin[c] = next;
      for (VertexId i = start[c]; i < start[c + 1]; ++i) {
        out.new_to_old[next] = by_cluster[i];
        out.old_to_new[by_cluster[i]] = next;
        ++next;
      }
      out.cluster_end[c] = next;
    }
    dom_size[s] = next - first_new[s];
  }
  const auto preorder = tree.Preorder();
  for (uint32_t i = k; i-- > 0;) {
    const uint32_t s = preorder[i];
    if (!tree.IsRoot(s)) dom_size[tree.Parent(s)] += dom_size[s];
  }
  for (uint32_t c = 0; c < clusters; ++c) {
    const uint32_t s = cluster_supernode[c];
    out.cluster_dom_end[c] = first_new[s] + dom_size[s];
    out.cluster_root[c] = out.old_to_new[clustering.center[c]];
    if (out.cluster_root[c] < out.cluster_begin[c] || out.cluster_root[c] >= out.cluster_end[c]) {
      return InternalError("partition cover: the centre of cluster {} is not in it", c);
    }
  }
  CompactCsr(g, out.new_to_old, out.old_to_new, out.offsets, out.arcs);
  return absl::OkStatus();
}

// SkeletonReach: max over supernodes η and v ∈ η of δ_η(v, T_η), the
// measured radius of the decomposition (at most Δ when r holds, Lemma 3.14;
// 0 with empty buffers). One multi-source search per supernode.
uint64_t SkeletonReach(const Graph<uint32_t>& g, const CopDecomposition<uint32_t>& cop, bool empty) {
  if (empty) return 0;
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  uint64_t reach = 0;
  for (uint32_t s = 0; s < cop.NumSupernodes(); ++s) {
    dijkstra.Reset();
    for (VertexId x : cop.Skeleton(s)) dijkstra.AddSource(x);
    dijkstra.Run(g, LabelDomain{cop.supernode_of, s});
    const auto settled = dijkstra.SettledVertices();
    if (!settled.empty()) reach = std::max<uint64_t>(reach, dijkstra.Distance(settled.back()));
  }
  return reach;
}

}  // namespace

absl::StatusOr<std::unique_ptr<PartitionStarGenerator>> PartitionStarGenerator::Create(
    const Graph<uint32_t>& g, const StarStreamOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  std::unique_ptr<PartitionStarGenerator> gen(new PartitionStarGenerator);
  gen->g_ = &g;
  gen->options_ = options;
  const VertexId n = g.NumVertices();
  gen->n_ = n;
  uint32_t w_min = std::numeric_limits<uint32_t>::max(), w_max = 0;
  for (uint32_t w : g.WeightArray()) {
    w_min = std::min(w_min, w);
    w_max = std::max(w_max, w);
  }
  if (g.NumEdges() == 0) w_min = w_max = 1;
  gen->min_weight_ = w_min;
  gen->max_weight_ = w_max;
  gen->narrow_ = uint64_t{n > 0 ? n - 1 : 0} * w_max < std::numeric_limits<uint32_t>::max();
  gen->identity_.resize(n);
  for (VertexId v = 0; v < n; ++v) gen->identity_[v] = v;

  // Every distance of a component is at most twice the eccentricity of its
  // first vertex: the scales stop at the first D_J >= that bound.
  uint64_t bound = w_min;
  if (n > 0) {
    std::vector<ArcId> offsets;
    std::vector<CompactArc> arcs;
    CompactCsr(g, gen->identity_, gen->identity_, offsets, arcs);
    RangeSearch search(n, gen->narrow_, w_max);
    std::vector<uint8_t> seen(n, 0);
    std::vector<VertexId> vertices;
    std::vector<uint64_t> distances;
    for (VertexId v = 0; v < n; ++v) {
      if (seen[v]) continue;
      vertices.clear();
      distances.clear();
      search.Run(offsets.data(), arcs.data(), v, 0, n, kUnboundedRadius, vertices, distances);
      for (VertexId x : vertices) seen[x] = 1;
      bound = std::max(bound, distances.back() > UINT64_MAX / 2 ? UINT64_MAX : 2 * distances.back());
    }
  }
  // ComputeCoverScales stops at the first τ_J >= its bound; τ_J <= ε·(D_{J−1}
  // + 1)/2, so asking for ⌈ε/2⌉·bound makes D_J > D_{J−1} >= bound − 1 for
  // every ε <= 16 (docs/tree_cover.md, "Scales").
  const uint64_t factor = static_cast<uint64_t>(std::max(1.0, std::ceil(options.epsilon / 2)));
  const uint64_t scales_bound = bound > UINT64_MAX / factor ? UINT64_MAX : factor * bound;
  SHORTCUT_ASSIGN_OR_RETURN(
      std::vector<CoverScale> scales,
      ComputeCoverScales(w_min, scales_bound, options.epsilon, options.scale_ratio, options.quantize_weights,
                         options.weight_mantissa_bits));
  std::size_t last = 0;
  while (last + 1 < scales.size() && scales[last].upper < bound) ++last;
  if (scales[last].upper < bound) return InternalError("partition cover: the scales end below {}", bound);
  scales.resize(last + 1);
  gen->scales_ = std::move(scales);
  gen->stats_.level_stars.assign(gen->scales_.size(), 0);
  gen->stats_.level_entries.assign(gen->scales_.size(), 0);
  gen->stats_.paths = gen->NumPaths();
  return gen;
}

absl::Status PartitionStarGenerator::Run(const std::function<absl::Status(const PathStars&)>& sink,
                                         bool /*concurrent_sink*/, bool views) {
  const Graph<uint32_t>& g = *g_;
  const bool quantized = options_.quantize_weights;
  const uint32_t m = options_.weight_mantissa_bits;
  const uint64_t max_coded = MaxCodedWeight(m);
  const uint32_t threads = std::max<uint32_t>(1, options_.threads);
  const uint32_t num_scales = NumPaths();
  std::vector<std::unique_ptr<RangeSearch>> searches;
  if (n_ > 0) {
    for (uint32_t t = 0; t < threads; ++t) searches.push_back(std::make_unique<RangeSearch>(n_, narrow_, max_weight_));
  }
  struct Arena {
    std::vector<VertexId> vertices;
    std::vector<uint64_t> distances;
    std::vector<VertexId> scratch_vertices;
    std::vector<uint64_t> scratch_distances;
  };
  std::vector<Arena> arenas(threads);
  struct Result {
    uint32_t thread = 0;
    uint64_t begin = 0, count = 0;
    uint64_t radius = 0;  // r_C
    bool connected = true;
  };
  std::vector<Result> results;
  PathStars out;
  // The decomposition of the previous scale, reused while its buffer is the
  // same: the construction depends on Δ only through the buffer ⌊Δ/r⌋
  // (empty below r·w_min for every r >= 3).
  std::optional<CopDecomposition<uint32_t>> cop;
  int64_t cop_key = -2;
  uint64_t reach = 0;  // SkeletonReach of `cop`
  ScalePartition part;

  for (uint32_t j = 0; j < num_scales; ++j) {
    const CoverScale& scale = scales_[j];
    out.path = j;
    out.supernode = j;
    out.roots.clear();
    out.levels.clear();
    out.radii.clear();
    out.offsets.assign(1, 0);
    out.members.clear();
    out.weights.clear();
    out.star_vertices.clear();
    out.star_distances.clear();
    out.dom_begin = out.dom_end = 0;
    if (n_ == 0) {
      SHORTCUT_RETURN_IF_ERROR(sink(out));
      continue;
    }
    // Δ_j = τ_j / 2, so that Lemma 4.2's clusters have radius <= 2Δ_j = τ_j.
    const auto t_decomposition = std::chrono::steady_clock::now();
    const double delta = static_cast<double>(scale.tau) / 2;
    const bool empty = scale.tau < 6 * min_weight_;  // Δ < 3·w_min <= r·w_min
    const int64_t key = empty ? -1 : options_.r >= 3 ? static_cast<int64_t>(scale.tau / (2 * options_.r)) : -3 - j;
    if (!cop.has_value() || key != cop_key) {
      CopDecompositionOptions cop_options;
      cop_options.empty_buffers = empty;
      cop_options.radius = empty ? 0 : delta;
      cop_options.r = options_.r;
      cop_options.root_rule = options_.root_rule;
      SHORTCUT_ASSIGN_OR_RETURN(cop, ComputeCopDecomposition(g, cop_options));
      cop_key = key;
      reach = SkeletonReach(g, *cop, empty);
      ++stats_.decompositions;
      stats_.supernodes = std::max(stats_.supernodes, cop->NumSupernodes());
      stats_.tree_depth = std::max(stats_.tree_depth, cop->stats.tree_depth);
      stats_.max_seen = std::max(stats_.max_seen, cop->stats.max_seen);
      stats_.minor_found = stats_.minor_found || (options_.r != 0 && cop->minor_found);
      // Claim 4.3 needs every edge between related supernodes (the
      // portal cover's self-check 2).
      for (EdgeId e = 0; e < g.NumEdges(); ++e) {
        const auto [u, v] = g.EdgeEndpoints(e);
        const uint32_t a = cop->supernode_of[u], b = cop->supernode_of[v];
        if (!cop->tree.Related(a, b)) {
          return InternalError(
              "partition cover: edge {}-{} joins supernodes {} and {}, neither an ancestor of the other", u, v, a, b);
        }
      }
    }
    Clustering clustering;
    std::vector<uint32_t> cluster_supernode;
    // Net spacing τ_j − h, h the decomposition's measured reach: a vertex
    // is within h of T_η inside η and every skeleton vertex within the
    // spacing of a net point above it, so r_C <= h + (τ_j − h) = τ_j
    // (Lemma 4.2's argument with measured terms; self-checked below). With
    // h <= Δ_j = τ_j/2 the spacing is at least Lemma 4.2's Δ_j.
    const uint64_t spacing = reach <= scale.tau ? scale.tau - reach : 0;
    ClusterSupernodesByNet(g, *cop, static_cast<double>(spacing), clustering, cluster_supernode);
    SHORTCUT_RETURN_IF_ERROR(BuildScalePartition(g, *cop, clustering, cluster_supernode, part));
    const uint32_t clusters = clustering.NumClusters();
    stats_.clusters += clusters;
    stats_.decomposition_s += Seconds(t_decomposition);

    // Per cluster: r_C (one search inside G[C]) and the star (one search
    // inside G[U_C] bounded by D_j + r_C), in parallel; each result lands in
    // its own slot, so the output does not depend on scheduling.
    const auto t_stars = std::chrono::steady_clock::now();
    results.assign(clusters, Result{});
    for (Arena& a : arenas) {
      a.vertices.clear();
      a.distances.clear();
    }
    std::atomic<uint32_t> next{0};
    auto worker = [&](uint32_t t) {
      RangeSearch& search = *searches[t];
      Arena& arena = arenas[t];
      for (;;) {
        const uint32_t c = next.fetch_add(1, std::memory_order_relaxed);
        if (c >= clusters) break;
        const VertexId root = part.cluster_root[c];
        arena.scratch_vertices.clear();
        arena.scratch_distances.clear();
        search.Run(part.offsets.data(), part.arcs.data(), root, part.cluster_begin[c], part.cluster_end[c],
                   kUnboundedRadius, arena.scratch_vertices, arena.scratch_distances);
        Result& r = results[c];
        r.thread = t;
        r.connected = arena.scratch_vertices.size() == part.cluster_end[c] - part.cluster_begin[c];
        r.radius = arena.scratch_distances.back();
        if (!r.connected || r.radius > scale.tau) continue;  // reported below, in cluster order
        r.begin = arena.vertices.size();
        search.Run(part.offsets.data(), part.arcs.data(), root, part.cluster_begin[c], part.cluster_dom_end[c],
                   scale.upper + r.radius, arena.vertices, arena.distances);
        r.count = arena.vertices.size() - r.begin;
        for (uint64_t x = r.begin; x < arena.vertices.size(); ++x) {
          arena.vertices[x] = part.new_to_old[arena.vertices[x]];
        }
      }
    };
    if (threads == 1 || clusters < 2) {
      worker(0);
    } else {
      std::vector<std::thread> pool;
      for (uint32_t t = 1; t < threads; ++t) pool.emplace_back(worker, t);
      worker(0);
      for (auto& th : pool) th.join();
    }
    stats_.stars_s += Seconds(t_stars);

    VertexId lo = n_, hi = 0;
    for (uint32_t c = 0; c < clusters; ++c) {
      const Result& r = results[c];
      if (!r.connected) return InternalError("partition cover: cluster {} of scale {} is not connected", c, j);
      if (r.radius > scale.tau) {
        if (cop->minor_found) {
          return FailedPreconditionError(
              "partition cover: the graph has a K_{} minor, so the promised r is false (cluster radius {} > {})",
              options_.r, r.radius, scale.tau);
        }
        return InternalError("partition cover: cluster {} of scale {} has radius {} > tau {}", c, j, r.radius,
                             scale.tau);
      }
      if (scale.tau > 0) {
        stats_.max_cluster_radius_ratio =
            std::max(stats_.max_cluster_radius_ratio, static_cast<double>(r.radius) / static_cast<double>(scale.tau));
      }
      // One-member stars are kept (drop_trivial_stars does not apply): they
      // put every vertex (its own cluster's star holds it) in every scale's
      // group, and the oracle's query stops at the first group two labels do
      // not share.
      stats_.settled += r.count;
      const Arena& arena = arenas[r.thread];
      const VertexId* const vertices = arena.vertices.data() + r.begin;
      const uint64_t* const distances = arena.distances.data() + r.begin;
      if (quantized && r.count > 0 && distances[r.count - 1] > max_coded) {
        const uint64_t w = *std::upper_bound(distances, distances + r.count, max_coded);
        return FailedPreconditionError(
            "tree cover: distance {} exceeds the largest coded weight {}; build with exact weights", w, max_coded);
      }
      for (uint64_t x = 0; x < r.count; ++x) {
        lo = std::min(lo, vertices[x]);
        hi = std::max(hi, vertices[x] + 1);
      }
      if (views) {
        out.star_vertices.push_back(vertices);
        out.star_distances.push_back(distances);
      } else {
        const std::size_t at = out.members.size();
        out.members.insert(out.members.end(), vertices, vertices + r.count);
        out.weights.resize(at + r.count);
        uint64_t* const weights = out.weights.data() + at;
        if (quantized) {
          for (uint64_t x = 0; x < r.count; ++x) weights[x] = DecodeWeight(EncodeWeightUp(distances[x], m), m);
        } else {
          std::copy(distances, distances + r.count, weights);
        }
      }
      out.roots.push_back(vertices[0]);
      out.levels.push_back(j);
      out.radii.push_back(scale.upper + r.radius);
      out.offsets.push_back(out.offsets.back() + r.count);
      ++stats_.stars;
      stats_.entries += r.count;
      ++stats_.level_stars[j];
      stats_.level_entries[j] += r.count;
    }
    if (lo < hi) {
      out.dom_begin = lo;
      out.dom_end = hi;
    }
    SHORTCUT_RETURN_IF_ERROR(sink(out));
    if (options_.progress) options_.progress(static_cast<double>(j + 1) / num_scales);
  }
  return absl::OkStatus();
}

}  // namespace shortcut::cover_internal
