// The star generator: decomposition, renumbering, skeleton paths, nested
// portals and one bounded search per star (docs/tree_cover.md).
#include "star_generator.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <thread>
#include <utility>

#include "shortcut/core/check.h"
#include "shortcut/core/rooted_forest.h"
#include "shortcut/core/status.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut::cover_internal {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// GreedyCover: a minimum-size subset of `candidates` (indices into `pos`,
// increasing) such that every index i has a chosen c with |pos[i] − pos[c]|
// <= tau. Scans left to right: the leftmost uncovered vertex takes the
// farthest candidate within tau to its right (or left). Requires that every
// vertex has some candidate within tau.
void GreedyCover(std::span<const uint64_t> pos, std::span<const uint32_t> candidates, uint64_t tau,
                 std::vector<uint32_t>& chosen) {
  chosen.clear();
  const std::size_t m = pos.size();
  std::size_t i = 0, ci = 0;
  while (i < m) {
    while (ci + 1 < candidates.size() && pos[candidates[ci + 1]] <= pos[i] + tau) ++ci;
    const uint32_t c = candidates[ci];
    SHORTCUT_CHECK(pos[c] <= pos[i] + tau && pos[i] <= pos[c] + tau);
    chosen.push_back(c);
    while (i < m && pos[i] <= pos[c] + tau) ++i;
  }
}

}  // namespace

struct StarGenerator::StarTask {
  uint32_t slot;     // path slot in the batch
  VertexId root;
  uint32_t level;
  uint64_t radius;
  bool top;          // the path's coarsest star (the whole domain)
};

absl::StatusOr<std::unique_ptr<StarGenerator>> StarGenerator::Create(const Graph<uint32_t>& g,
                                                                     const StarStreamOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  std::unique_ptr<StarGenerator> gen(new StarGenerator);
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
  // Any finite distance is at most (n − 1)·w_max.
  const uint64_t max_distance = std::max<uint64_t>(1, uint64_t{n > 0 ? n - 1 : 0} * w_max);
  gen->max_distance_ = max_distance;
  // The scales run until τ_J >= ⌈ε/2⌉·(n − 1)·w_max; as τ_J <= ε·(D_{J−1} +
  // 1)/2, then D_J > D_{J−1} >= (n − 1)·w_max − 1, so every pair has a scale
  // for every ε <= 16 (for ε <= 2 the factor is 1; docs/tree_cover.md, §3).
  const uint64_t factor = static_cast<uint64_t>(std::max(1.0, std::ceil(options.epsilon / 2)));
  const uint64_t scales_bound = max_distance > UINT64_MAX / factor ? UINT64_MAX : factor * max_distance;
  SHORTCUT_ASSIGN_OR_RETURN(gen->scales_, ComputeCoverScales(w_min, scales_bound, options.epsilon,
                                                             options.scale_ratio, options.quantize_weights,
                                                             options.weight_mantissa_bits));
  gen->stats_.level_stars.assign(gen->scales_.size(), 0);
  gen->stats_.level_entries.assign(gen->scales_.size(), 0);
  if (n == 0) return gen;

  // One cop decomposition with empty buffers: every supernode is exactly its
  // skeleton (checked below). r only decides whether a minor is reported.
  const auto start = std::chrono::steady_clock::now();
  CopDecompositionOptions cop_options;
  cop_options.empty_buffers = true;
  cop_options.r = options.r;
  cop_options.root_rule = options.root_rule;
  if (options.progress) cop_options.progress = [&](double f) { options.progress(0.1 * f); };
  SHORTCUT_ASSIGN_OR_RETURN(CopDecomposition<uint32_t> cop, ComputeCopDecomposition(g, cop_options));
  const uint32_t k = cop.NumSupernodes();
  gen->stats_.supernodes = k;
  gen->stats_.tree_depth = cop.stats.tree_depth;
  gen->stats_.max_seen = cop.stats.max_seen;
  gen->stats_.minor_found = options.r != 0 && cop.minor_found;

  // Self-check 1: every vertex lies on the skeleton of its supernode, once.
  {
    std::vector<uint8_t> seen(n, 0);
    uint64_t count = 0;
    for (uint32_t s = 0; s < k; ++s) {
      for (VertexId x : cop.Skeleton(s)) {
        if (cop.supernode_of[x] != s || seen[x]) {
          return InternalError("tree cover: vertex {} is not on the skeleton of its supernode {} exactly once", x,
                               cop.supernode_of[x]);
        }
        seen[x] = 1;
        ++count;
      }
    }
    if (count != n) {
      return InternalError("tree cover: {} of {} vertices lie on skeletons; buffers were not empty", count, n);
    }
  }

  // The partition tree: preorder (children by id) and subtree intervals.
  const RootedForest& tree = cop.tree;
  const std::span<const uint32_t> preorder = tree.Preorder();
  // Self-check 2: the ends of every edge lie in supernodes related as
  // ancestor and descendant. This is what Claim 4.3 needs: a connected path
  // then lies in the domain of the highest supernode it meets.
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    const uint32_t a = cop.supernode_of[u], b = cop.supernode_of[v];
    if (!tree.Related(a, b)) {
      return InternalError("tree cover: edge {}-{} joins supernodes {} and {}, neither an ancestor of the other", u, v,
                           a, b);
    }
  }

  // Renumbering: supernodes in preorder, each one's skeleton in skeleton
  // order. A domain (a subtree) is then a contiguous id range.
  gen->new_to_old_.resize(n);
  gen->old_to_new_.resize(n);
  std::vector<VertexId> first_new(k), dom_size(k, 0);
  {
    VertexId next = 0;
    for (uint32_t s : preorder) {
      first_new[s] = next;
      for (VertexId x : cop.Skeleton(s)) {
        gen->new_to_old_[next] = x;
        gen->old_to_new_[x] = next;
        ++next;
      }
    }
    for (uint32_t i = k; i-- > 0;) {
      const uint32_t s = preorder[i];
      dom_size[s] += static_cast<VertexId>(cop.Skeleton(s).size());
      if (!tree.IsRoot(s)) dom_size[tree.Parent(s)] += dom_size[s];
    }
  }
  AdviseHugePages(gen->offsets_, uint64_t{n} + 1);
  gen->offsets_.assign(uint64_t{n} + 1, 0);
  AdviseHugePages(gen->arcs_, g.NumArcs());
  gen->arcs_.resize(g.NumArcs());
  for (VertexId v = 0; v < n; ++v) {
    const VertexId old = gen->new_to_old_[v];
    gen->offsets_[v + 1] = gen->offsets_[v] + g.Degree(old);
    ArcId a = gen->offsets_[v];
    for (ArcId arc : g.Arcs(old)) gen->arcs_[a++] = CompactArc{gen->old_to_new_[g.Head(arc)], g.Weight(arc)};
  }

  // Skeleton paths: each skeleton (a union of root-to-witness shortest paths
  // of dom(η)) is split into vertex-disjoint subpaths of tree paths, deepest
  // leaf first; a subpath of a shortest path is a shortest path, and its
  // positions (skeleton distances minus the top's) are dom(η)-distances.
  gen->path_offsets_.push_back(0);
  std::vector<uint32_t> index_of(n, 0);
  std::vector<uint8_t> used, has_child;
  std::vector<uint32_t> leaves, walk;
  for (uint32_t s : preorder) {
    const auto sk = cop.Skeleton(s);
    const auto par = cop.SkeletonParents(s);
    const auto dist = cop.SkeletonDistances(s);
    const uint32_t size = static_cast<uint32_t>(sk.size());
    for (uint32_t i = 0; i < size; ++i) index_of[sk[i]] = i;
    has_child.assign(size, 0);
    used.assign(size, 0);
    for (uint32_t i = 0; i < size; ++i) {
      if (par[i] != kNoVertex) has_child[index_of[par[i]]] = 1;
    }
    leaves.clear();
    for (uint32_t i = 0; i < size; ++i) {
      if (!has_child[i]) leaves.push_back(i);
    }
    std::sort(leaves.begin(), leaves.end(),
              [&](uint32_t a, uint32_t b) { return dist[a] > dist[b] || (dist[a] == dist[b] && a < b); });
    uint32_t paths_here = 0;
    for (uint32_t leaf : leaves) {
      walk.clear();
      for (uint32_t i = leaf;;) {
        used[i] = 1;
        walk.push_back(i);
        if (par[i] == kNoVertex) break;
        const uint32_t p = index_of[par[i]];
        if (used[p]) break;
        i = p;
      }
      const uint64_t base = dist[walk.back()];
      for (auto it = walk.rbegin(); it != walk.rend(); ++it) {
        gen->path_vertices_.push_back(gen->old_to_new_[sk[*it]]);
        gen->path_positions_.push_back(dist[*it] - base);
      }
      gen->path_offsets_.push_back(gen->path_vertices_.size());
      gen->path_supernode_.push_back(s);
      gen->path_dom_begin_.push_back(first_new[s]);
      gen->path_dom_end_.push_back(first_new[s] + dom_size[s]);
      ++paths_here;
    }
    gen->stats_.max_paths_per_supernode = std::max(gen->stats_.max_paths_per_supernode, paths_here);
  }
  gen->stats_.paths = gen->NumPaths();
  gen->stats_.decomposition_s = Seconds(start);
  return gen;
}

void StarGenerator::PortalsOf(uint32_t path, std::vector<StarTask>& tasks, uint32_t slot,
                              std::vector<uint32_t>& cand, std::vector<uint32_t>& chosen,
                              std::vector<int32_t>& level) const {
  const uint64_t begin = path_offsets_[path], end = path_offsets_[path + 1];
  const uint32_t m = static_cast<uint32_t>(end - begin);
  const std::span<const uint64_t> pos(path_positions_.data() + begin, m);
  const VertexId* verts = path_vertices_.data() + begin;
  cand.resize(m);
  for (uint32_t i = 0; i < m; ++i) cand[i] = i;
  if (options_.nested_portals) {
    // P_0 ⊇ P_1 ⊇ …: P_j covers the path with radius τ_j using only P_{j−1}
    // (possible since τ_{j−1} <= τ_j). A portal's level is its coarsest scale.
    level.assign(m, -1);
    uint32_t top = 0, j = 0;
    for (;; ++j) {
      SHORTCUT_CHECK(j < scales_.size());
      GreedyCover(pos, cand, scales_[j].tau, chosen);
      for (uint32_t c : chosen) level[c] = static_cast<int32_t>(j);
      if (chosen.size() == 1) {
        top = chosen[0];
        break;
      }
      std::swap(cand, chosen);
    }
    for (uint32_t i = 0; i < m; ++i) {
      if (level[i] < 0) continue;
      const uint32_t l = static_cast<uint32_t>(level[i]);
      const bool is_top = i == top;
      tasks.push_back({slot, verts[i], l, is_top ? kUnboundedRadius : scales_[l].radius, is_top});
    }
    return;
  }
  // Independent portal sets per scale (the baseline): a star per (portal,
  // scale) below the first scale with a single portal, whose portal gets the
  // unbounded star.
  std::vector<std::pair<uint32_t, uint32_t>> stars;  // (index, level)
  uint32_t top = 0, top_level = 0;
  for (uint32_t j = 0;; ++j) {
    SHORTCUT_CHECK(j < scales_.size());
    GreedyCover(pos, cand, scales_[j].tau, chosen);
    if (chosen.size() == 1) {
      top = chosen[0];
      top_level = j;
      break;
    }
    for (uint32_t c : chosen) stars.emplace_back(c, j);
  }
  stars.emplace_back(top, top_level);
  std::sort(stars.begin(), stars.end());
  for (const auto& [i, l] : stars) {
    const bool is_top = i == top && l == top_level;
    tasks.push_back({slot, verts[i], l, is_top ? kUnboundedRadius : scales_[l].radius, is_top});
  }
}

absl::Status StarGenerator::Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink,
                                bool views) {
  const bool quantized = options_.quantize_weights;
  const uint32_t m = options_.weight_mantissa_bits;
  const uint64_t max_coded = MaxCodedWeight(m);
  const auto start = std::chrono::steady_clock::now();
  const uint32_t num_paths = NumPaths();
  const uint32_t threads = std::max<uint32_t>(1, options_.threads);
  // Work estimate per path: its domain size (every star search stays inside).
  uint64_t total_work = 0;
  for (uint32_t p = 0; p < num_paths; ++p) total_work += path_dom_end_[p] - path_dom_begin_[p];
  constexpr uint64_t kBatchWork = uint64_t{1} << 21;

  std::vector<std::unique_ptr<RangeSearch>> searches;
  // Distances fit in 32 bits when (n − 1)·w_max does: the narrow heap.
  const bool narrow = max_distance_ < std::numeric_limits<uint32_t>::max();
  for (uint32_t t = 0; t < threads; ++t) searches.push_back(std::make_unique<RangeSearch>(n_, narrow, max_weight_));
  struct Arena {
    std::vector<VertexId> vertices;
    std::vector<uint64_t> distances;
  };
  std::vector<Arena> arenas(threads);
  struct Result {
    uint32_t thread = 0;
    uint64_t begin = 0, count = 0;
  };
  std::vector<StarTask> tasks;
  std::vector<Result> results;
  std::vector<uint32_t> slot_task_begin;
  std::vector<uint32_t> cand, chosen;
  std::vector<int32_t> level;
  PathStars out;
  uint64_t done_work = 0;

  for (uint32_t first = 0; first < num_paths;) {
    uint32_t last = first;
    uint64_t work = 0;
    while (last < num_paths && (last == first || work < kBatchWork)) {
      work += path_dom_end_[last] - path_dom_begin_[last];
      ++last;
    }
    // Phase A: the portals and star tasks of the batch's paths.
    tasks.clear();
    slot_task_begin.clear();
    for (uint32_t p = first; p < last; ++p) {
      slot_task_begin.push_back(static_cast<uint32_t>(tasks.size()));
      PortalsOf(p, tasks, p - first, cand, chosen, level);
    }
    slot_task_begin.push_back(static_cast<uint32_t>(tasks.size()));
    // Phase B: one bounded search per star, in parallel; each task's result
    // lands in its own slot, so the output does not depend on scheduling.
    results.assign(tasks.size(), Result{});
    for (Arena& a : arenas) {
      a.vertices.clear();
      a.distances.clear();
    }
    std::atomic<uint32_t> next{0};
    auto worker = [&](uint32_t t) {
      RangeSearch& search = *searches[t];
      Arena& arena = arenas[t];
      for (;;) {
        const uint32_t i = next.fetch_add(1, std::memory_order_relaxed);
        if (i >= tasks.size()) break;
        const StarTask& task = tasks[i];
        const uint32_t p = first + task.slot;
        const uint64_t before = arena.vertices.size();
        search.Run(offsets_.data(), arcs_.data(), task.root, path_dom_begin_[p], path_dom_end_[p], task.radius,
                   arena.vertices, arena.distances);
        results[i] = Result{t, before, arena.vertices.size() - before};
      }
    };
    if (threads == 1 || tasks.size() < 2) {
      worker(0);
    } else {
      std::vector<std::thread> pool;
      for (uint32_t t = 1; t < threads; ++t) pool.emplace_back(worker, t);
      worker(0);
      for (auto& th : pool) th.join();
    }
    // Phase C: the stars of each path, handed to the sink (in path order, or
    // concurrently for different paths when the sink allows it).
    auto emit = [&](uint32_t p, PathStars& out, StarStreamStats& st) -> absl::Status {
      const uint32_t slot = p - first;
      const uint32_t tb = slot_task_begin[slot], te = slot_task_begin[slot + 1];
      // Without nesting, scales whose pairs cannot exist in this domain are
      // skipped: no pair of dom(η) is farther apart than twice the top star's
      // eccentricity, which is at most D_cap.
      uint32_t cap = std::numeric_limits<uint32_t>::max();
      if (!options_.nested_portals) {
        for (uint32_t i = tb; i < te; ++i) {
          if (!tasks[i].top) continue;
          const Result& r = results[i];
          const uint64_t ecc = arenas[r.thread].distances[r.begin + r.count - 1];
          cap = 0;
          while (cap + 1 < scales_.size() && scales_[cap].upper < 2 * ecc) ++cap;
        }
      }
      out.path = p;
      out.supernode = path_supernode_[p];
      out.dom_begin = path_dom_begin_[p];
      out.dom_end = path_dom_end_[p];
      out.roots.clear();
      out.levels.clear();
      out.radii.clear();
      out.offsets.assign(1, 0);
      out.members.clear();
      out.weights.clear();
      out.star_vertices.clear();
      out.star_distances.clear();
      for (uint32_t i = tb; i < te; ++i) {
        const StarTask& task = tasks[i];
        const Result& r = results[i];
        st.settled += r.count;
        if (!task.top && task.level > cap) continue;
        if (options_.drop_trivial_stars && r.count <= 1) {
          ++st.trivial_stars_dropped;
          continue;
        }
        const Arena& arena = arenas[r.thread];
        const uint64_t* const distances = arena.distances.data() + r.begin;
        // Distances are settled in nondecreasing order: the last is the largest.
        if (quantized && r.count > 0 && distances[r.count - 1] > max_coded) {
          const uint64_t w = *std::upper_bound(distances, distances + r.count, max_coded);
          return FailedPreconditionError(
              "tree cover: distance {} exceeds the largest coded weight {}; build with exact weights", w, max_coded);
        }
        if (views) {
          out.star_vertices.push_back(arena.vertices.data() + r.begin);
          out.star_distances.push_back(distances);
        } else {
          const std::size_t at = out.members.size();
          out.members.insert(out.members.end(), arena.vertices.begin() + r.begin,
                             arena.vertices.begin() + r.begin + r.count);
          out.weights.resize(at + r.count);
          uint64_t* const weights = out.weights.data() + at;
          if (quantized) {
            for (uint64_t x = 0; x < r.count; ++x) weights[x] = DecodeWeight(EncodeWeightUp(distances[x], m), m);
          } else {
            std::copy(distances, distances + r.count, weights);
          }
        }
        out.roots.push_back(task.root);
        out.levels.push_back(task.level);
        out.radii.push_back(task.radius);
        out.offsets.push_back(out.offsets.back() + r.count);
        ++st.stars;
        st.entries += r.count;
        ++st.level_stars[task.level];
        st.level_entries[task.level] += r.count;
      }
      return sink(out);
    };
    if (!concurrent_sink || threads == 1) {
      for (uint32_t p = first; p < last; ++p) SHORTCUT_RETURN_IF_ERROR(emit(p, out, stats_));
    } else {
      std::vector<absl::Status> status(last - first);
      std::vector<StarStreamStats> local(threads);
      for (StarStreamStats& st : local) {
        st.level_stars.assign(scales_.size(), 0);
        st.level_entries.assign(scales_.size(), 0);
      }
      std::atomic<uint32_t> next_path{first};
      auto emitter = [&](uint32_t t) {
        PathStars mine;
        for (;;) {
          const uint32_t p = next_path.fetch_add(1, std::memory_order_relaxed);
          if (p >= last) break;
          status[p - first] = emit(p, mine, local[t]);
        }
      };
      std::vector<std::thread> pool;
      for (uint32_t t = 1; t < threads; ++t) pool.emplace_back(emitter, t);
      emitter(0);
      for (auto& th : pool) th.join();
      for (const StarStreamStats& st : local) {
        stats_.settled += st.settled;
        stats_.trivial_stars_dropped += st.trivial_stars_dropped;
        stats_.stars += st.stars;
        stats_.entries += st.entries;
        for (std::size_t j = 0; j < scales_.size(); ++j) {
          stats_.level_stars[j] += st.level_stars[j];
          stats_.level_entries[j] += st.level_entries[j];
        }
      }
      for (const absl::Status& st : status) SHORTCUT_RETURN_IF_ERROR(st);
    }
    for (uint32_t p = first; p < last; ++p) done_work += path_dom_end_[p] - path_dom_begin_[p];
    if (options_.progress) {
      options_.progress(0.1 + 0.9 * static_cast<double>(done_work) / static_cast<double>(std::max<uint64_t>(1, total_work)));
    }
    first = last;
  }
  stats_.stars_s = Seconds(start);
  return absl::OkStatus();
}

}  // namespace shortcut::cover_internal
