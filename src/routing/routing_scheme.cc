// RoutingScheme: the trees of the stars, their DFS intervals, the tables and
// headers, and the two routing functions (routing/routing_scheme.h,
// docs/routing.md).
#include "shortcut/routing/routing_scheme.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "routing_table.h"
#include "shortcut/core/status.h"
#include "shortcut/core/vertex_domain.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {

using routing_internal::AppendVarint;
using routing_internal::Field;
using routing_internal::ParseTable;
using routing_internal::ReadVarint;
using routing_internal::TableView;

std::optional<RoutingPacket> StartRoute(std::span<const uint8_t> table_u, std::span<const uint8_t> header_v) {
  TableView t;
  if (!ParseTable(table_u, t)) return std::nullopt;
  const uint8_t *p = header_v.data(), *end = p + header_v.size();
  uint64_t v = 0, k = 0;
  if (!ReadVarint(p, end, v) || !ReadVarint(p, end, k) || v == t.vertex) return std::nullopt;
  std::optional<RoutingPacket> best;
  uint64_t star = 0;
  for (uint64_t i = 0; i < k; ++i) {
    uint64_t gap = 0, weight = 0, pre = 0;
    if (!ReadVarint(p, end, gap) || !ReadVarint(p, end, weight) || !ReadVarint(p, end, pre)) break;
    star = i == 0 ? gap : star + gap;
    const uint64_t r = t.Find(star);
    if (r == t.k) continue;
    const uint64_t wu = t.Get(r, routing_internal::kWeight);
    if (wu >= kUnreachable || weight >= kUnreachable - wu) continue;
    if (!best || wu + weight < best->estimate) best = RoutingPacket{star, pre, wu + weight};
  }
  return best;
}

uint32_t NextHop(std::span<const uint8_t> table_x, const RoutingPacket& packet) {
  TableView t;
  if (!ParseTable(table_x, t)) return kNoRoute;
  const uint64_t r = t.Find(packet.star);
  if (r == t.k) return kNoRoute;
  const uint64_t pre = t.Get(r, routing_internal::kPre), size = t.Get(r, routing_internal::kSize);
  const uint64_t target = packet.target;
  if (target == pre) return kArrived;
  if (target > pre && target - pre < size) {
    // Down: the child with the largest DFS number <= target holds it.
    uint64_t lo = t.Get(r, routing_internal::kChildBegin), hi = t.ChildEnd(r);
    if (lo >= hi || hi > t.children || t.ChildPre(lo) > target) return kNoRoute;
    while (hi - lo > 1) {
      const uint64_t mid = lo + (hi - lo) / 2;
      if (t.ChildPre(mid) <= target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    const uint64_t port = t.ChildPort(lo);
    return port < kNoRoute ? static_cast<uint32_t>(port) : kNoRoute;
  }
  // Up: the target is outside x's subtree.
  const uint64_t parent = t.Get(r, routing_internal::kParent);
  return parent == 0 || parent - 1 >= kNoRoute ? kNoRoute : static_cast<uint32_t>(parent - 1);
}

absl::Status ValidateRoutingTable(std::span<const uint8_t> table, uint64_t n, uint64_t num_stars) {
  TableView t;
  if (!ParseTable(table, t)) return absl::InvalidArgumentError("table: sizes do not match its bytes");
  if (t.vertex >= n) return absl::InvalidArgumentError(fmt::format("table: vertex {} out of range", t.vertex));
  uint64_t prev_child_begin = 0;
  for (uint64_t i = 0; i < t.k; ++i) {
    const uint64_t star = t.Get(i, routing_internal::kStar);
    if (star >= num_stars || (i > 0 && star <= t.Get(i - 1, routing_internal::kStar))) {
      return absl::InvalidArgumentError(fmt::format("table of vertex {}: star ids not increasing and in range", t.vertex));
    }
    const uint64_t pre = t.Get(i, routing_internal::kPre), size = t.Get(i, routing_internal::kSize);
    if (size == 0 || pre > ~uint64_t{0} - size) {
      return absl::InvalidArgumentError(fmt::format("table of vertex {}: bad DFS interval", t.vertex));
    }
    if (t.Get(i, routing_internal::kWeight) >= kUnreachable) {
      return absl::InvalidArgumentError(fmt::format("table of vertex {}: weight out of range", t.vertex));
    }
    if (t.Get(i, routing_internal::kParent) > kNoRoute) {
      return absl::InvalidArgumentError(fmt::format("table of vertex {}: parent port out of range", t.vertex));
    }
    const uint64_t cb = t.Get(i, routing_internal::kChildBegin), ce = t.ChildEnd(i);
    if ((i == 0 && cb != 0) || cb < prev_child_begin || ce < cb || ce > t.children) {
      return absl::InvalidArgumentError(fmt::format("table of vertex {}: bad child ranges", t.vertex));
    }
    prev_child_begin = cb;
    for (uint64_t c = cb; c < ce; ++c) {
      const uint64_t cp = t.ChildPre(c);
      if (cp <= pre || cp - pre >= size || (c > cb && cp <= t.ChildPre(c - 1)) || t.ChildPort(c) >= kNoRoute) {
        return absl::InvalidArgumentError(fmt::format("table of vertex {}: bad child record", t.vertex));
      }
    }
  }
  if (t.k == 0 && t.children != 0) return absl::InvalidArgumentError("table: children without records");
  return absl::OkStatus();
}

absl::Status ValidateRoutingHeader(std::span<const uint8_t> header, uint64_t n, uint64_t num_stars) {
  const uint8_t *p = header.data(), *end = p + header.size();
  uint64_t v = 0, k = 0;
  if (!ReadVarint(p, end, v) || v >= n) return absl::InvalidArgumentError("header: bad vertex id");
  if (!ReadVarint(p, end, k) || k > header.size() / 3) return absl::InvalidArgumentError("header: bad entry count");
  uint64_t star = 0;
  for (uint64_t i = 0; i < k; ++i) {
    uint64_t gap = 0, weight = 0, pre = 0;
    if (!ReadVarint(p, end, gap) || !ReadVarint(p, end, weight) || !ReadVarint(p, end, pre)) {
      return absl::InvalidArgumentError(fmt::format("header of vertex {}: truncated", v));
    }
    if ((i > 0 && gap == 0) || gap >= num_stars || (i > 0 && star >= num_stars - gap) || weight >= kUnreachable) {
      return absl::InvalidArgumentError(fmt::format("header of vertex {}: bad entry {}", v, i));
    }
    star = i == 0 ? gap : star + gap;
  }
  if (p != end) return absl::InvalidArgumentError(fmt::format("header of vertex {}: trailing bytes", v));
  return absl::OkStatus();
}

namespace {

// The fixed-width table of one vertex from its build-time varint records
// (star, pre, size, weight, parent port + 1, child count, then the
// children's (pre, port)).
std::string EncodeTable(uint64_t vertex, uint64_t k, const std::string& records) {
  struct Rec {
    uint64_t f[routing_internal::kNumFields];
  };
  std::vector<Rec> recs(k);
  std::vector<std::pair<uint64_t, uint64_t>> kids;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(records.data());
  const uint8_t* end = p + records.size();
  uint64_t max[routing_internal::kNumFields] = {};
  for (uint64_t i = 0; i < k; ++i) {
    uint64_t c = 0;
    for (int f = 0; f < routing_internal::kChildBegin; ++f) ReadVarint(p, end, recs[i].f[f]);
    ReadVarint(p, end, c);
    recs[i].f[routing_internal::kChildBegin] = kids.size();
    for (uint64_t j = 0; j < c; ++j) {
      uint64_t pre = 0, port = 0;
      ReadVarint(p, end, pre);
      ReadVarint(p, end, port);
      kids.emplace_back(pre, port);
      max[routing_internal::kPre] = std::max(max[routing_internal::kPre], pre);
      max[routing_internal::kParent] = std::max(max[routing_internal::kParent], port);
    }
    for (int f = 0; f < routing_internal::kNumFields; ++f) max[f] = std::max(max[f], recs[i].f[f]);
  }
  uint8_t width[routing_internal::kNumFields];
  for (int f = 0; f < routing_internal::kNumFields; ++f) width[f] = routing_internal::WidthOf(max[f]);
  std::string out;
  AppendVarint(out, vertex);
  AppendVarint(out, k);
  AppendVarint(out, kids.size());
  for (uint8_t w : width) out.push_back(static_cast<char>(w));
  for (const Rec& r : recs) {
    for (int f = 0; f < routing_internal::kNumFields; ++f) routing_internal::PutLE(out, r.f[f], width[f]);
  }
  for (const auto& [pre, port] : kids) {
    routing_internal::PutLE(out, pre, width[routing_internal::kPre]);
    routing_internal::PutLE(out, port, width[routing_internal::kParent]);
  }
  return out;
}

}  // namespace

absl::StatusOr<RoutingScheme> RoutingScheme::Build(const Graph<uint32_t>& g, const RoutingOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
  const std::span<const VertexId> new_to_old = stream.NewToOld();
  const VertexId n = g.NumVertices();
  std::vector<std::string> table_body(n), header_body(n);
  std::vector<uint64_t> count(n, 0), last(n, 0);
  std::vector<uint32_t> mark(n, 0);   // star index + 1 (mod 2^32 − 1) of the star being treed
  std::vector<uint32_t> local(n, 0);  // a member's index in the star's settle order
  DijkstraEngine<uint32_t> dij(n);
  std::vector<VertexId> order;
  std::vector<uint32_t> parent, first_child, next_sibling, pre, size, stack;
  std::vector<ArcId> up_arc;   // member i's arc to its parent (x -> parent)
  std::vector<uint64_t> tree;  // member i's distance from the root along the tree
  uint64_t star = 0, dijkstra_trees = 0;
  uint32_t stamp = 0;
  absl::Status status = stream.Run([&](const PathStars& ps) -> absl::Status {
    for (std::size_t s = 0; s < ps.roots.size(); ++s, ++star) {
      if (++stamp == 0) {
        std::fill(mark.begin(), mark.end(), 0);
        stamp = 1;
      }
      const uint64_t b = ps.offsets[s], e = ps.offsets[s + 1];
      const VertexId root = new_to_old[ps.roots[s]];
      const uint32_t m = static_cast<uint32_t>(e - b);
      for (uint32_t i = 0; i < m; ++i) {
        const VertexId x = new_to_old[ps.members[b + i]];
        mark[x] = stamp;
        local[x] = i;
      }
      order.resize(m);
      for (uint32_t i = 0; i < m; ++i) order[i] = new_to_old[ps.members[b + i]];
      parent.assign(m, kNoVertex);
      up_arc.assign(m, kNoArc);
      // T_S from the members' order: the stream lists them in settle order
      // (root first), so every member's shortest path from the root inside
      // the star runs through members listed before it. tree[i] is the length
      // of a real walk of G[S] from the root, whatever the order, and the
      // tree is kept only if tree[i] <= w_S(member i) for every member;
      // otherwise a Dijkstra inside G[S] decides.
      bool fits = order[0] == root;
      tree.assign(m, 0);
      for (uint32_t i = 1; fits && i < m; ++i) {
        const VertexId x = order[i];
        uint64_t best = kUnreachable;
        for (ArcId a : g.Arcs(x)) {
          const VertexId y = g.Head(a);
          if (mark[y] != stamp || local[y] >= i) continue;
          const uint64_t d = tree[local[y]] + g.Weight(a);
          if (d < best) {
            best = d;
            parent[i] = local[y];
            up_arc[i] = a;
          }
        }
        tree[i] = best;
        fits = best <= ps.weights[b + i];
      }
      if (!fits) {
        ++dijkstra_trees;
        dij.Reset();
        dij.AddSource(root);
        dij.Run(g, LabelDomain{mark, stamp});
        for (uint64_t i = b; i < e; ++i) {
          const VertexId x = new_to_old[ps.members[i]];
          if (dij.Distance(x) > ps.weights[i]) {
            return absl::FailedPreconditionError(fmt::format(
                "routing: star {} (root {}) has member {} at distance {} from its root inside the star, more than "
                "its weight {}: the star has no tree within its weights",
                star, g.ExternalId(root), g.ExternalId(x),
                dij.Distance(x) >= kUnreachable ? std::string("inf") : fmt::format("{}", dij.Distance(x)),
                ps.weights[i]));
          }
        }
        // The Dijkstra's settle order is a valid order: the tree from it.
        order.assign(dij.SettledVertices().begin(), dij.SettledVertices().end());
        for (uint32_t i = 0; i < m; ++i) local[order[i]] = i;
        for (uint32_t i = 1; i < m; ++i) {
          const ArcId a = dij.ParentArc(order[i]);
          parent[i] = local[g.Tail(a)];
          up_arc[i] = g.ReverseArc(a);
        }
      }
      first_child.assign(m, kNoVertex);
      next_sibling.assign(m, kNoVertex);
      // Children in member order: link them back to front.
      for (uint32_t i = m; i-- > 1;) {
        next_sibling[i] = first_child[parent[i]];
        first_child[parent[i]] = i;
      }
      // DFS numbers and subtree sizes.
      pre.assign(m, 0);
      size.assign(m, 1);
      uint32_t next = 0;
      stack.assign(1, 0);
      while (!stack.empty()) {
        const uint32_t x = stack.back();
        stack.pop_back();
        pre[x] = next++;
        // Push children so that the first child is numbered first.
        uint32_t kids = 0;
        for (uint32_t c = first_child[x]; c != kNoVertex; c = next_sibling[c]) ++kids;
        stack.resize(stack.size() + kids);
        uint32_t at = static_cast<uint32_t>(stack.size());
        for (uint32_t c = first_child[x]; c != kNoVertex; c = next_sibling[c]) stack[--at] = c;
      }
      for (uint32_t i = m; i-- > 1;) size[parent[i]] += size[i];
      for (uint64_t i = b; i < e; ++i) {
        const VertexId x = new_to_old[ps.members[i]];
        const uint32_t li = local[x];
        std::string& t = table_body[x];
        AppendVarint(t, star);
        AppendVarint(t, pre[li]);
        AppendVarint(t, size[li]);
        AppendVarint(t, ps.weights[i]);
        AppendVarint(t, li == 0 ? 0 : uint64_t{up_arc[li] - g.FirstArc(x)} + 1);
        uint32_t kids = 0;
        for (uint32_t c = first_child[li]; c != kNoVertex; c = next_sibling[c]) ++kids;
        AppendVarint(t, kids);
        // Children in DFS order, which is first_child order.
        for (uint32_t c = first_child[li]; c != kNoVertex; c = next_sibling[c]) {
          AppendVarint(t, pre[c]);
          AppendVarint(t, g.ReverseArc(up_arc[c]) - g.FirstArc(x));
        }
        std::string& h = header_body[x];
        AppendVarint(h, count[x] == 0 ? star : star - last[x]);
        AppendVarint(h, ps.weights[i]);
        AppendVarint(h, pre[li]);
        last[x] = star;
        ++count[x];
      }
    }
    return absl::OkStatus();
  });
  SHORTCUT_RETURN_IF_ERROR(status);
  RoutingScheme out;
  out.epsilon_ = options.epsilon;
  out.fingerprint_ = GraphFingerprint(g);
  out.num_stars_ = star;
  const auto ids = g.ExternalIds();
  const uint64_t base = ids.empty() ? 0 : ids[0];
  bool consecutive = true;
  for (VertexId v = 0; v < n; ++v) consecutive = consecutive && ids[v] == base + v;
  out.id_base_ = consecutive ? base : 0;
  if (!consecutive) out.ids_.assign(ids.begin(), ids.end());
  out.aliases_.assign(g.Aliases().begin(), g.Aliases().end());
  std::string header;
  for (VertexId v = 0; v < n; ++v) {
    const std::string table = EncodeTable(v, count[v], table_body[v]);
    std::string().swap(table_body[v]);
    out.tables_.insert(out.tables_.end(), table.begin(), table.end());
    out.table_offsets_.push_back(out.tables_.size());
    header.clear();
    AppendVarint(header, v);
    AppendVarint(header, count[v]);
    header += header_body[v];
    std::string().swap(header_body[v]);
    out.headers_.insert(out.headers_.end(), header.begin(), header.end());
    out.header_offsets_.push_back(out.headers_.size());
  }
  out.index_ = ExternalIdIndex(n, out.id_base_, out.ids_, out.aliases_);
  out.ComputeSizes();
  out.stats_.dijkstra_trees = dijkstra_trees;
  out.stats_.build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

void RoutingScheme::ComputeSizes() {
  const double build_s = stats_.build_s;
  const uint64_t dijkstra_trees = stats_.dijkstra_trees;
  stats_ = {};
  stats_.build_s = build_s;
  stats_.dijkstra_trees = dijkstra_trees;
  stats_.stars = num_stars_;
  const VertexId n = NumVertices();
  uint64_t max_star = 0, max_pre = 0;
  for (VertexId v = 0; v < n; ++v) {
    const auto t = Table(v), h = Header(v);
    TableView view;
    if (ParseTable(t, view)) {
      stats_.table_entries += view.k;
      for (uint64_t i = 0; i < view.k; ++i) {
        max_star = std::max(max_star, view.Get(i, routing_internal::kStar));
        max_pre = std::max(max_pre, view.Get(i, routing_internal::kPre));
      }
    }
    stats_.total_table_bits += 8 * t.size();
    stats_.max_table_bits = std::max<uint64_t>(stats_.max_table_bits, 8 * t.size());
    stats_.total_header_bits += 8 * h.size();
    stats_.max_header_bits = std::max<uint64_t>(stats_.max_header_bits, 8 * h.size());
  }
  std::string packet;
  AppendVarint(packet, max_star);
  AppendVarint(packet, max_pre);
  stats_.max_packet_bits = static_cast<uint32_t>(8 * packet.size());
  stats_.mean_table_bits = n > 0 ? static_cast<double>(stats_.total_table_bits) / n : 0;
  stats_.mean_header_bits = n > 0 ? static_cast<double>(stats_.total_header_bits) / n : 0;
}

absl::StatusOr<std::vector<VertexId>> RoutingScheme::Route(const Graph<uint32_t>& g, VertexId u, VertexId v) const {
  if (u >= NumVertices() || v >= NumVertices() || g.NumVertices() != NumVertices()) {
    return absl::OutOfRangeError("route: vertex out of range");
  }
  std::vector<VertexId> path = {u};
  if (u == v) return path;
  const std::optional<RoutingPacket> packet = StartRoute(Table(u), Header(v));
  if (!packet) {
    return absl::FailedPreconditionError(
        fmt::format("no route from {} to {}: they lie in different components", ExternalId(u), ExternalId(v)));
  }
  VertexId x = u;
  for (VertexId hops = 0; hops <= NumVertices(); ++hops) {
    const uint32_t port = NextHop(Table(x), *packet);
    if (port == kArrived) {
      if (x != v) {
        return absl::InternalError(fmt::format("route: the packet for {} was delivered at {}", ExternalId(v), ExternalId(x)));
      }
      return path;
    }
    if (port == kNoRoute || port >= g.Degree(x)) {
      return absl::InternalError(
          fmt::format("route: vertex {} cannot forward the packet for {} (port {})", ExternalId(x), ExternalId(v), port));
    }
    x = g.Head(g.FirstArc(x) + port);
    path.push_back(x);
  }
  return absl::InternalError(fmt::format("route: the packet from {} to {} is still travelling after n hops",
                                         ExternalId(u), ExternalId(v)));
}

absl::Status RoutingScheme::CheckGraph(const Graph<uint32_t>& g) const {
  if (g.NumVertices() != NumVertices() || GraphFingerprint(g) != fingerprint_) {
    return absl::FailedPreconditionError(fmt::format(
        "the routing scheme was built for another graph ({} vertices, fingerprint {:016x}; this graph: {} vertices, "
        "fingerprint {:016x})",
        NumVertices(), fingerprint_, g.NumVertices(), GraphFingerprint(g)));
  }
  return absl::OkStatus();
}

}  // namespace shortcut
