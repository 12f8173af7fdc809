// BUILDTREE and GROWBUFFER (SODA 2024, Figures 5 and 6) with an explicit work
// stack. See cop_decomposition.h for the contract and docs/cop_decomposition.md
// for the choices made where the paper says "arbitrary".
#include "shortcut/decomposition/cop_decomposition.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "shortcut/core/check.h"
#include "shortcut/core/marker.h"
#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/bucket_search.h"

namespace shortcut {

absl::Status CopDecompositionOptions::Validate() const {
  if (!empty_buffers && (!(radius > 0) || !std::isfinite(radius))) {
    return InvalidArgumentError("cop decomposition: radius must be a positive finite number, got {}", radius);
  }
  if (r != 0 && r < 3) {
    return InvalidArgumentError("cop decomposition: r must be at least 3 (or 0 for unknown), got {}", r);
  }
  return absl::OkStatus();
}

namespace {

constexpr uint32_t kNoRegion = std::numeric_limits<uint32_t>::max();

// A maximal connected set of unassigned vertices waiting for a call: a
// GROWBUFFER call while `pending` (the list 𝒳 of cut-off supernodes) is
// non-empty, then a BUILDTREE call.
struct Region {
  uint32_t id = 0;                // label in region_of
  uint32_t parent_supernode = kNoSupernode;  // η whose BUILDTREE spawned it
  std::vector<VertexId> vertices;
  std::vector<uint32_t> seen;     // supernodes seen by the region, sorted
  std::vector<uint32_t> pending;  // 𝒳, sorted
  std::vector<VertexId> boundary; // assigned vertices adjacent to the region (if need_boundary_)
  std::vector<VertexId> frontier; // vertices adjacent to an assigned vertex: the possible witnesses
  VertexId farthest = kNoVertex;   // farhops root, when the region has a boundary
};

template <EdgeWeight W>
class Builder {
 public:
  using Distance = DistanceOf<W>;

  Builder(const Graph<W>& g, const CopDecompositionOptions& options, uint32_t r)
      : g_(g), options_(options), r_(r), vertex_mark_(g.NumVertices()),
        supernode_mark_(g.NumVertices()) {
    const VertexId n = g.NumVertices();
    out_.radius = options.empty_buffers ? 0 : options.radius;
    out_.r = r;
    if (options.empty_buffers) {
      out_.buffer = 0;
    } else if constexpr (std::floating_point<W>) {
      out_.buffer = static_cast<Distance>(options.radius / r);
    } else {
      const long double b = std::floor(static_cast<long double>(options.radius) / r);
      out_.buffer = b >= static_cast<long double>(kInfinity<W>) ? kInfinity<W> - 1 : static_cast<Distance>(b);
    }
    // Δ/r below every edge weight: every path from the boundary into H has
    // an edge longer than Δ/r, so no GROWBUFFER call can assign a vertex.
    Distance min_weight = kInfinity<W>, max_weight = 0;
    for (W w : g.WeightArray()) {
      min_weight = std::min(min_weight, static_cast<Distance>(w));
      max_weight = std::max(max_weight, static_cast<Distance>(w));
    }
    buffer_empty_ = options.empty_buffers || min_weight > out_.buffer;
    min_weight_ = min_weight;
    max_weight_ = max_weight;
    // The boundary vertices are the sources of GROWBUFFER and of the `far`
    // root search; otherwise nothing reads them.
    need_boundary_ = !buffer_empty_ || options.root_rule == RootRule::kFarthestFromBoundary;
    if (options.root_rule == RootRule::kFarthestFromBoundaryHops) hops_.assign(n, kNoHops);
    out_.supernode_of.assign(n, kNoSupernode);
    region_of_.assign(n, kNoRegion);
    out_.skeleton_offsets.push_back(0);
    out_.seen_offsets.push_back(0);
  }

  CopDecomposition<W> Run() {
    const VertexId n = g_.NumVertices();
    // The initial calls BUILDTREE(∅, C) for every connected component C.
    std::vector<Region> roots;
    for (VertexId s = 0; s < n; ++s) {
      if (region_of_[s] != kNoRegion) continue;
      Region region;
      region.id = next_region_++;
      region_of_[s] = region.id;
      region.vertices.push_back(s);
      for (std::size_t i = 0; i < region.vertices.size(); ++i) {
        for (VertexId h : g_.Neighbors(region.vertices[i])) {
          if (region_of_[h] == kNoRegion) {
            region_of_[h] = region.id;
            region.vertices.push_back(h);
          }
        }
      }
      roots.push_back(std::move(region));
    }
    // Components are processed in increasing order of their smallest vertex.
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack_.push_back(std::move(*it));

    while (!stack_.empty()) {
      Region region = std::move(stack_.back());
      stack_.pop_back();
      out_.stats.work += region.vertices.size();
      if (buffer_empty_ && !region.pending.empty()) {
        // Each pending GROWBUFFER call would assign nothing and hand H on
        // unchanged: count the calls (and their work) without running them.
        out_.stats.grow_buffer_calls += region.pending.size();
        out_.stats.work += region.pending.size() * region.vertices.size();
        region.pending.clear();
      }
      if (region.pending.empty()) {
        BuildTree(std::move(region));
      } else {
        GrowBuffer(std::move(region));
      }
      if (options_.progress && (++steps_ & 1023) == 0) {
        options_.progress(static_cast<double>(assigned_) / std::max<VertexId>(1, n));
      }
    }
    out_.stats.supernodes = out_.NumSupernodes();
    out_.stats.r_used = r_;
    return std::move(out_);
  }

 private:
  void Assign(VertexId v, uint32_t supernode) {
    out_.supernode_of[v] = supernode;
    region_of_[v] = kNoRegion;
    ++assigned_;
  }

  // BUILDTREE(S, H) — Figure 5.
  void BuildTree(Region region) {
    ++out_.stats.build_tree_calls;
    const std::vector<uint32_t>& seen = region.seen;
    const uint32_t s = static_cast<uint32_t>(seen.size());
    if (s > out_.stats.max_seen || (s > 0 && out_.minor_witness.empty())) {
      out_.stats.max_seen = std::max(out_.stats.max_seen, s);
      RecordMinor(region);
    }
    if (options_.r != 0 && s + 1 >= options_.r) out_.minor_found = true;

    const VertexId root = ChooseRoot(region);

    // Skeleton: a shortest-path tree inside H from the root to the first
    // vertex (in Dijkstra order) adjacent to each seen supernode.
    std::vector<SkeletonEntry>& skeleton = skeleton_;
    skeleton.clear();
    if (s == 0) {
      skeleton.push_back({0, root, kNoVertex});
    } else {
      WitnessPaths(region, root);
    }
    // Vertices sorted by (distance, id).
    const uint32_t eta = out_.NumSupernodes();
    std::sort(skeleton.begin(), skeleton.end(), [](const SkeletonEntry& a, const SkeletonEntry& b) {
      return a.distance < b.distance || (a.distance == b.distance && a.vertex < b.vertex);
    });
    uint32_t leaves = 0;
    {
      // A skeleton vertex is a leaf iff no other skeleton vertex has it as parent.
      TimestampMarker& has_child = supernode_mark_;  // reuse: ids < n
      has_child.Clear();
      for (const SkeletonEntry& x : skeleton) {
        if (x.parent != kNoVertex) has_child.Set(x.parent);
      }
      for (const SkeletonEntry& x : skeleton) leaves += has_child.Get(x.vertex) ? 0 : 1;
    }
    out_.stats.max_skeleton_leaves = std::max(out_.stats.max_skeleton_leaves, leaves);
    for (const SkeletonEntry& x : skeleton) {
      out_.skeleton_vertices.push_back(x.vertex);
      out_.skeleton_parents.push_back(x.parent);
      out_.skeleton_distances.push_back(x.distance);
    }
    out_.skeleton_offsets.push_back(static_cast<uint32_t>(out_.skeleton_vertices.size()));
    out_.seen.insert(out_.seen.end(), seen.begin(), seen.end());
    out_.seen_offsets.push_back(static_cast<uint32_t>(out_.seen.size()));
    out_.parent.push_back(region.parent_supernode);
    const uint32_t depth =
        region.parent_supernode == kNoSupernode ? 0 : out_.depth[region.parent_supernode] + 1;
    out_.depth.push_back(depth);
    out_.stats.tree_depth = std::max(out_.stats.tree_depth, depth);
    for (const SkeletonEntry& x : skeleton) Assign(x.vertex, eta);
    if (!hops_.empty()) {
      VertexId* const queue = ScratchQueue();
      std::size_t seeds = 0;
      for (const SkeletonEntry& x : skeleton) queue[seeds++] = x.vertex;
      UpdateHops(region.id, seeds);
    }

    // Components H' of H \ η; each gets GROWBUFFER(S, 𝒳, H') with 𝒳 the
    // supernodes seen by H but not by H'. Pushed in reverse so that they run
    // in order of discovery.
    std::vector<Region> children = SplitRegion(region, region.vertices.size() - skeleton.size(), eta);
    for (Region& child : children) {
      std::set_difference(seen.begin(), seen.end(), child.seen.begin(), child.seen.end(),
                          std::back_inserter(child.pending));
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack_.push_back(std::move(*it));
  }

  // IsWitness: true if v, just settled, is adjacent to a seen supernode still
  // without a witness (marked in supernode_mark_; such supernodes are
  // unmarked). Only vertices adjacent to an assigned vertex (marked in
  // vertex_mark_) can be witnesses.
  bool IsWitness(VertexId v, uint32_t& missing) {
    if (!vertex_mark_.Get(v)) return false;
    bool is_witness = false;
    for (VertexId x : g_.Neighbors(v)) {
      const uint32_t owner = out_.supernode_of[x];
      if (owner != kNoSupernode && supernode_mark_.Get(owner)) {
        supernode_mark_.Unset(owner);
        --missing;
        is_witness = true;
      }
    }
    return is_witness;
  }

  // MarkSeenAndFrontier: the marks IsWitness reads.
  void MarkSeenAndFrontier(const Region& region) {
    supernode_mark_.Clear();
    for (uint32_t x : region.seen) supernode_mark_.Set(x);
    vertex_mark_.Clear();
    for (VertexId v : region.frontier) vertex_mark_.Set(v);
  }

  // WitnessPaths: a search from the root inside H in Dijkstra order
  // ((distance, id): sssp/bucket_search.h picks levels, Dial's buckets or a
  // heap from the weights) until every seen supernode has a witness; appends
  // the union of the root-to-witness paths to skeleton_.
  void WitnessPaths(const Region& region, VertexId root) {
    MarkSeenAndFrontier(region);
    witnesses_.clear();
    uint32_t missing = static_cast<uint32_t>(region.seen.size());
    // No distance inside H exceeds (|H| − 1)·w_max: a bound, not a stop.
    Distance bound = kInfinity<W>;
    if constexpr (std::unsigned_integral<W>) bound = Distance{region.vertices.size()} * max_weight_;
    BucketSearch<W>& search = Search();
    search.Run(
        g_, root, LabelDomain{region_of_, region.id}, bound, [&](VertexId v) { return vertex_mark_.Get(v); },
        [&](VertexId v) {
          if (IsWitness(v, missing)) witnesses_.push_back(v);
          return missing > 0;
        });
    SHORTCUT_CHECK(missing == 0);  // H is connected and sees every supernode in `seen`
    vertex_mark_.Clear();
    for (VertexId w : witnesses_) {
      for (VertexId x = w; x != kNoVertex && !vertex_mark_.Get(x); x = search.Parent(x)) {
        vertex_mark_.Set(x);
        skeleton_.push_back({search.DistanceTo(x), x, search.Parent(x)});
      }
    }
  }

  // Search(): the search kit, allocated on first use.
  BucketSearch<W>& Search() {
    if (!search_prepared_) {
      search_.Prepare(g_.NumVertices(), min_weight_, max_weight_);
      search_prepared_ = true;
    }
    return search_;
  }

  // GROWBUFFER(S, 𝒳, H) — Figure 6.
  void GrowBuffer(Region region) {
    ++out_.stats.grow_buffer_calls;
    const uint32_t x_processed = region.pending.front();
    const uint32_t x_depth = out_.depth[x_processed];
    // ∂_{H↓X}: vertices outside H adjacent to H and in dom_S(X). Every vertex
    // adjacent to H belongs to a supernode on the chain of calls above this
    // one (Invariant 3.3), so it lies in dom_S(X) iff its supernode is X or
    // was created below X on that chain, i.e. has depth >= depth(X).
    sources_.clear();
    source_labels_.clear();
    for (VertexId x : region.boundary) {
      const uint32_t owner = out_.supernode_of[x];
      if (out_.depth[owner] >= x_depth) {
        sources_.push_back(x);
        source_labels_.push_back(owner);
      }
    }
    // N_H^X: vertices of H within Δ/r of the boundary, measured in dom_S(X);
    // shortest such paths stay inside H until their last vertex, so the
    // search runs in H. Each joins the supernode its forest path starts in.
    std::vector<std::pair<VertexId, uint32_t>>& assignment = assignment_;
    assignment.clear();
    if (!sources_.empty()) {
      BucketSearch<W>& search = Search();
      search.RunFrom(
          g_, sources_, source_labels_, LabelDomain{region_of_, region.id}, out_.buffer,
          [](VertexId) { return true; },
          [&](VertexId v) {
            if (out_.supernode_of[v] == kNoSupernode) assignment.emplace_back(v, search.Label(v));
            return true;
          });
    }
    region.pending.erase(region.pending.begin());
    if (assignment.empty()) {
      // Nothing assigned: H is unchanged and sees the same supernodes.
      stack_.push_back(std::move(region));
      return;
    }
    for (const auto& [v, owner] : assignment) Assign(v, owner);
    if (!hops_.empty()) {
      VertexId* const queue = ScratchQueue();
      std::size_t seeds = 0;
      for (const auto& [v, owner] : assignment) queue[seeds++] = v;
      UpdateHops(region.id, seeds);
    }
    out_.stats.buffer_vertices += assignment.size();

    std::vector<Region> children =
        SplitRegion(region, region.vertices.size() - assignment.size(), region.parent_supernode);
    for (Region& child : children) {
      std::vector<uint32_t> cut;
      std::set_difference(region.seen.begin(), region.seen.end(), child.seen.begin(), child.seen.end(),
                          std::back_inserter(cut));
      std::set_union(region.pending.begin(), region.pending.end(), cut.begin(), cut.end(),
                     std::back_inserter(child.pending));
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack_.push_back(std::move(*it));
  }

  // SplitRegion: the connected components of the still-unassigned vertices
  // of `region` (`unassigned` of them), each with a fresh region id and its
  // seen set.
  std::vector<Region> SplitRegion(const Region& region, std::size_t unassigned, uint32_t parent_supernode) {
    std::vector<Region> children;
    // Each component is searched in the scratch queue and then copied to an
    // exactly sized vertex list. Its order matters: the children of a region
    // are found in the order of its vertex list.
    // The boundary, frontier and seen lists are gathered the same way, in
    // scratch that grows as needed and keeps its size across calls.
    VertexId* const queue = ScratchQueue();
    auto append = [](std::vector<uint32_t>& scratch, std::size_t& size, uint32_t x) {
      if (size == scratch.size()) scratch.resize(std::max<std::size_t>(64, 2 * size));
      scratch[size++] = x;
    };
    const uint32_t* const supernode_of = out_.supernode_of.data();
    const bool need_boundary = need_boundary_;
    uint32_t* const region_of = region_of_.data();
    const uint32_t* const hops = hops_.empty() ? nullptr : hops_.data();
    const ArcId* const offsets = g_.OffsetArray().data();
    const VertexId* const heads = g_.HeadArray().data();
    // Locals, not members: the stores into region_of could alias them.
    const uint32_t parent_id = region.id;
    std::size_t left = unassigned;  // vertices of the region not yet in a child
    for (VertexId start : region.vertices) {
      if (left == 0) break;  // the rest of the list is assigned
      if (region_of[start] != parent_id) continue;  // assigned, or already in a child
      Region child;
      const uint32_t child_id = next_region_++;
      child.id = child_id;
      child.parent_supernode = parent_supernode;
      region_of[start] = child_id;
      std::size_t tail = 0, boundary_size = 0, frontier_size = 0, seen_size = 0;
      queue[tail++] = start;
      supernode_mark_.Clear();
      vertex_mark_.Clear();
      // The farhops root: the largest (hops, −id), as one key (hops, ~id) —
      // every key is > 0, since ids are below kNoVertex.
      uint64_t farthest_key = 0;
      for (std::size_t i = 0; i < tail; ++i) {
        const VertexId u = queue[i];
        bool on_frontier = false;
        for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
          const VertexId h = heads[a];
          const uint32_t label = region_of[h];
          if (label == parent_id) {
            region_of[h] = child_id;
            queue[tail++] = h;
          } else if (label == kNoRegion) {
            const uint32_t owner = supernode_of[h];
            SHORTCUT_DCHECK(owner != kNoSupernode);
            on_frontier = true;
            if (need_boundary && !vertex_mark_.Get(h)) {
              vertex_mark_.Set(h);
              append(split_boundary_, boundary_size, h);
            }
            if (!supernode_mark_.Get(owner)) {
              supernode_mark_.Set(owner);
              append(split_seen_, seen_size, owner);
            }
          }
        }
        if (on_frontier) append(split_frontier_, frontier_size, u);
        if (hops != nullptr) farthest_key = std::max(farthest_key, (uint64_t{hops[u]} << 32) | uint32_t{~u});
      }
      SHORTCUT_DCHECK(tail <= left);
      left -= tail;
      if (hops != nullptr) child.farthest = ~static_cast<uint32_t>(farthest_key);
      child.vertices.assign(queue, queue + tail);
      child.boundary.assign(split_boundary_.begin(), split_boundary_.begin() + boundary_size);
      child.frontier.assign(split_frontier_.begin(), split_frontier_.begin() + frontier_size);
      std::sort(split_seen_.begin(), split_seen_.begin() + seen_size);
      child.seen.assign(split_seen_.begin(), split_seen_.begin() + seen_size);
      children.push_back(std::move(child));
    }
    return children;
  }

  VertexId ChooseRoot(const Region& region) {
    if (options_.root_rule == RootRule::kSmallestId) {
      return *std::min_element(region.vertices.begin(), region.vertices.end());
    }
    if (options_.root_rule == RootRule::kFarthestFromBoundaryHops) {
      if (region.farthest == kNoVertex) return FarthestInHops(region);
      // hops_ is maintained incrementally: compare its pick with a search
      // from scratch (off below level normal: it costs a BFS per call).
      SHORTCUT_DCHECK(FarthestInHopsFromScratch(region) == region.farthest);
      return region.farthest;
    }
    // Farthest from the boundary of H (ties: smallest id). Without a
    // boundary (a whole component), farthest from H's smallest vertex.
    sources_.assign(region.boundary.begin(), region.boundary.end());
    if (sources_.empty()) sources_.push_back(*std::min_element(region.vertices.begin(), region.vertices.end()));
    source_labels_.assign(sources_.size(), 0);
    // No vertex of H is more than |H| edges from a source: a bound, not a stop.
    Distance bound = kInfinity<W>;
    if constexpr (std::unsigned_integral<W>) bound = Distance{region.vertices.size() + 1} * max_weight_;
    VertexId best = kNoVertex;
    Distance best_d = 0;
    BucketSearch<W>& search = Search();
    search.RunFrom(
        g_, sources_, source_labels_, LabelDomain{region_of_, region.id}, bound,
        [&](VertexId v) { return region_of_[v] == region.id; },  // not a boundary source
        [&](VertexId v) {
          const Distance d = search.DistanceTo(v);
          if (best == kNoVertex || d > best_d || (d == best_d && v < best)) {
            best = v;
            best_d = d;
          }
          return true;
        });
    SHORTCUT_CHECK(best != kNoVertex);
    return best;
  }

  // UpdateHops: the `seeds` vertices at the head of ScratchQueue() have just
  // been assigned, leaving the region `id`. hops_[v] is kept equal to the hop
  // distance from v to the boundary of v's region (kNoHops while the region
  // has no boundary); the vertices just assigned join the boundaries of the
  // regions they split H into, and every path from the old boundary to
  // v ∈ H' (a component of what is left of H) ends in a path from H''s
  // boundary, so hops_[v] becomes min(hops_[v], hops from the assigned
  // vertices inside H). A BFS from them that expands only the vertices it
  // improves finds these: every vertex on a shortest path to an improved
  // vertex is improved too.
  void UpdateHops(uint32_t id, std::size_t seeds) {
    // Each vertex enters the queue once: as a seed (assigned, so never
    // improved), or when improved (it stays in the region, and a vertex is
    // improved once per distance level, the first time it is reached).
    VertexId* const queue = ScratchQueue();
    const ArcId* const offsets = g_.OffsetArray().data();
    const VertexId* const heads = g_.HeadArray().data();
    const uint32_t* const region_of = region_of_.data();
    uint32_t* const hops = hops_.data();
    std::size_t begin = 0, tail = seeds;
    for (uint32_t d = 1; begin < tail; ++d) {
      const std::size_t end = tail;
      for (std::size_t i = begin; i < end; ++i) {
        const VertexId u = queue[i];
        for (ArcId a = offsets[u], last = offsets[u + 1]; a < last; ++a) {
          const VertexId h = heads[a];
          if (region_of[h] == id && hops[h] > d) {
            hops[h] = d;
            queue[tail++] = h;
          }
        }
      }
      begin = end;
    }
  }

  // ScratchQueue: the queue of UpdateHops, SplitRegion and FarthestInHops (n
  // slots, on first use; none runs during another).
  VertexId* ScratchQueue() {
    if (split_queue_.size() < g_.NumVertices()) split_queue_.resize(g_.NumVertices());
    return split_queue_.data();
  }

  // FarthestInHops: for a region without a boundary (a whole component), the
  // last vertex of a breadth-first search from its smallest vertex, ties by
  // smallest id. (A region with a boundary gets the vertex farthest in hops
  // from it, ties by smallest id, from SplitRegion: Region::farthest.)
  VertexId FarthestInHops(const Region& region) {
    SHORTCUT_DCHECK(region.frontier.empty());
    VertexId* const queue = ScratchQueue();  // each vertex of the region at most once
    std::size_t tail = 0;
    vertex_mark_.Clear();
    const VertexId s = *std::min_element(region.vertices.begin(), region.vertices.end());
    vertex_mark_.Set(s);
    queue[tail++] = s;
    // Level by level; the answer is the smallest id on the last level.
    std::size_t level_start = 0;
    while (true) {
      const std::size_t level_end = tail;
      for (std::size_t i = level_start; i < level_end; ++i) {
        for (VertexId h : g_.Neighbors(queue[i])) {
          if (region_of_[h] == region.id && !vertex_mark_.Get(h)) {
            vertex_mark_.Set(h);
            queue[tail++] = h;
          }
        }
      }
      if (tail == level_end) return *std::min_element(queue + level_start, queue + tail);
      level_start = level_end;
    }
  }


  // FarthestInHopsFromScratch: the farhops root of a region with a boundary
  // recomputed without hops_: a multi-source BFS inside the region from its
  // vertices adjacent to an assigned vertex (at hop 1, as in UpdateHops);
  // the farthest vertex, ties by smallest id. Only the checks call it.
  VertexId FarthestInHopsFromScratch(const Region& region) {
    if (check_hops_.empty()) check_hops_.assign(g_.NumVertices(), kNoHops);
    check_queue_.clear();
    for (VertexId v : region.vertices) {
      SHORTCUT_CHECK(region_of_[v] == region.id);
      for (VertexId h : g_.Neighbors(v)) {
        if (out_.supernode_of[h] != kNoSupernode) {
          check_hops_[v] = 1;
          check_queue_.push_back(v);
          break;
        }
      }
    }
    for (std::size_t i = 0; i < check_queue_.size(); ++i) {
      const VertexId u = check_queue_[i];
      for (VertexId h : g_.Neighbors(u)) {
        if (region_of_[h] == region.id && check_hops_[h] == kNoHops) {
          check_hops_[h] = check_hops_[u] + 1;
          check_queue_.push_back(h);
        }
      }
    }
    VertexId best = kNoVertex;
    for (VertexId v : region.vertices) {
      if (best == kNoVertex || check_hops_[v] > check_hops_[best] ||
          (check_hops_[v] == check_hops_[best] && v < best)) {
        best = v;
      }
    }
    // A connected region with a boundary is reached everywhere.
    SHORTCUT_CHECK(check_queue_.size() == region.vertices.size());
    for (VertexId v : region.vertices) check_hops_[v] = kNoHops;
    return best;
  }

  // RecordMinor: the seen supernodes (as they are now) and H are pairwise
  // adjacent connected sets: branch sets of a K_{s+1} minor (Lemma 3.5).
  void RecordMinor(const Region& region) {
    const uint32_t s = static_cast<uint32_t>(region.seen.size());
    std::vector<std::vector<VertexId>> sets(s + 1);
    supernode_mark_.Clear();
    for (uint32_t i = 0; i < s; ++i) supernode_mark_.Set(region.seen[i]);
    // Members of each seen supernode and of H, each in increasing order: one
    // scan of the assignment (cheaper than sorting H, which can be most of G).
    sets[s].reserve(region.vertices.size());
    for (VertexId v = 0; v < g_.NumVertices(); ++v) {
      const uint32_t owner = out_.supernode_of[v];
      if (owner == kNoSupernode) {
        if (region_of_[v] == region.id) sets[s].push_back(v);
        continue;
      }
      if (!supernode_mark_.Get(owner)) continue;
      const auto it = std::lower_bound(region.seen.begin(), region.seen.end(), owner);
      sets[static_cast<std::size_t>(it - region.seen.begin())].push_back(v);
    }
    out_.minor_witness = std::move(sets);
  }

  struct SkeletonEntry {
    Distance distance;
    VertexId vertex;
    VertexId parent;
  };

  const Graph<W>& g_;
  const CopDecompositionOptions& options_;
  const uint32_t r_;
  CopDecomposition<W> out_;
  TimestampMarker vertex_mark_;
  TimestampMarker supernode_mark_;  // supernode ids (< n) or vertex ids
  std::vector<uint32_t> region_of_;  // region of an unassigned vertex; kNoRegion once assigned
  std::vector<Region> stack_;
  // farhops: hop distance of each unassigned vertex to its region's boundary,
  // which SplitRegion reads to find each new region's root (Region::farthest).
  static constexpr uint32_t kNoHops = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t> hops_;
  // FarthestInHopsFromScratch state (allocated on first use; kNoHops between calls).
  std::vector<uint32_t> check_hops_;
  std::vector<VertexId> check_queue_;
  // Scratch reused across calls.
  std::vector<VertexId> split_queue_;  // ScratchQueue() (n, on first use)
  std::vector<VertexId> split_boundary_, split_frontier_;  // SplitRegion scratch
  std::vector<uint32_t> split_seen_;
  std::vector<VertexId> witnesses_;
  std::vector<std::pair<VertexId, uint32_t>> assignment_;  // GrowBuffer
  std::vector<SkeletonEntry> skeleton_;
  // Every search of the construction (allocated on first use).
  BucketSearch<W> search_;
  std::vector<VertexId> sources_;
  std::vector<uint32_t> source_labels_;
  bool search_prepared_ = false;
  Distance min_weight_ = 0, max_weight_ = 0;
  uint32_t next_region_ = 0;
  bool buffer_empty_ = false;   // Δ/r below the smallest edge weight
  bool need_boundary_ = true;   // Region::boundary is read by some call
  VertexId assigned_ = 0;
  uint64_t steps_ = 0;
};

}  // namespace

template <EdgeWeight W>
absl::StatusOr<CopDecomposition<W>> ComputeCopDecomposition(const Graph<W>& g,
                                                            const CopDecompositionOptions& options) {
  SHORTCUT_RETURN_IF_ERROR(options.Validate());
  const auto start = std::chrono::steady_clock::now();
  uint32_t r = options.r != 0 ? options.r : 3;
  CopDecomposition<W> result;
  uint32_t rounds = 0;
  for (;;) {
    ++rounds;
    result = Builder<W>(g, options, r).Run();
    // With r unknown, the guarantees need s <= r - 2: rerun with r = s + 2
    // until it holds. This settles: a round that does not hold has s + 2 > r,
    // so r grows strictly; and every round found a K_{s+1} minor (Lemma 3.5),
    // so s + 2 <= h + 1 for the largest clique minor K_h of g, and once
    // r >= h + 1 every round holds. Hence at most max(1, h − 1) <= n rounds.
    // Without buffers r changes nothing: one round is enough.
    if (options.r != 0 || options.empty_buffers || result.stats.max_seen + 2 <= r) break;
    if (options.max_auto_rounds != 0 && rounds >= options.max_auto_rounds) {
      // The last round ran with an r its own s exceeds: its buffers are
      // too wide for the radius bound of Lemma 3.14. Never return it.
      return FailedPreconditionError(
          "cop decomposition: automatic r did not settle in {} rounds (the last ran with r = {} and saw "
          "s = {} supernodes, so it needs r >= {}); pass r, or allow more rounds",
          rounds, r, result.stats.max_seen, result.stats.max_seen + 2);
    }
    r = result.stats.max_seen + 2;
  }
  if (options.r == 0) result.stats.r_used = r;
  result.stats.rounds = rounds;
  result.tree = RootedForest(result.parent);
  result.stats.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

template absl::StatusOr<CopDecomposition<uint32_t>> ComputeCopDecomposition(const Graph<uint32_t>&,
                                                                             const CopDecompositionOptions&);
template absl::StatusOr<CopDecomposition<double>> ComputeCopDecomposition(const Graph<double>&,
                                                                           const CopDecompositionOptions&);

}  // namespace shortcut
