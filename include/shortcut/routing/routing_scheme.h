// File: shortcut/routing/routing_scheme.h
//
// RoutingScheme: a (1+ε)-stretch compact routing scheme built on the star
// cover (cover/star_stream.h), one of the applications of the minor-free
// tree cover listed by Chang, Conroy, Le, Milenković, Solomon and Than (SODA
// 2024, §1). Every vertex x stores a routing table; every destination v has
// a header (its address); a packet is routed hop by hop by a next-hop
// function that reads only the current vertex's table and the packet:
//
//   RoutingOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(RoutingScheme rs, RoutingScheme::Build(g, options));
//   std::optional<RoutingPacket> p = StartRoute(rs.Table(u), rs.Header(v));   // at u
//   for (VertexId x = u; p;) {
//     const uint32_t port = NextHop(rs.Table(x), *p);
//     if (port == kArrived) break;                // x == v
//     x = g.Head(g.FirstArc(x) + port);           // the port-th arc of x
//   }
//
// How (docs/routing.md): for every star S (root ρ) a tree T_S of G[S] from
// ρ whose tree distances are at most the star weights (built from the
// stream's settle order, or by a Dijkstra inside the star); its
// vertices numbered in DFS order. The source picks the star minimising
// w_S(u) + w_S(v) (the distance label's estimate) and writes (S, pre_S(v))
// into the packet; every vertex then forwards down T_S to the child whose
// DFS interval holds pre_S(v), or else up to its parent: the packet follows
// the tree path of T_S from u to v.
//
// Guarantee (proved in docs/routing.md): every packet between two vertices
// of one component arrives, along edges of G, by a path of length at most
// w_S(u) + w_S(v) <= (1+ε)·δ(u, v). StartRoute gives no packet across
// components (and none for u = v). Build checks, for every star, that its
// members induce a connected subgraph whose distances from the root are at
// most the star weights (true of the stars of docs/tree_cover.md, which are
// balls of their domain); a star stream without it gives FailedPrecondition.
//
// Table layout (little-endian, fixed-width fields per table for O(log k)
// lookups) and header layout: docs/routing.md. Files (Save/Load,
// checksummed, version 1): docs/routing.md; Load validates every table and
// header, so that the functions below never read outside them; they never
// do for any bytes at all.
#ifndef SHORTCUT_ROUTING_ROUTING_SCHEME_H_
#define SHORTCUT_ROUTING_ROUTING_SCHEME_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/external_ids.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"
#include "shortcut/oracle/distance_oracle.h"  // kUnreachable, the file checksum

namespace shortcut {

inline constexpr uint32_t kRoutingFormatVersion = 1;
inline constexpr uint32_t kArrived = 0xFFFFFFFFu;  // NextHop: the packet is at its destination
inline constexpr uint32_t kNoRoute = 0xFFFFFFFEu;  // NextHop: the table cannot forward this packet

// The packet's header while in flight: the star and the destination's DFS
// number in that star's tree.
struct RoutingPacket {
  uint64_t star = 0;
  uint64_t target = 0;
  uint64_t estimate = 0;  // w_S(u) + w_S(v), the bound on the routed length
};

// StartRoute: at the source u, from u's table and v's header: the packet
// through the star minimising w_S(u) + w_S(v) (ties: the smaller star id),
// or nullopt when they share no star (different components) or u == v.
std::optional<RoutingPacket> StartRoute(std::span<const uint8_t> table_u, std::span<const uint8_t> header_v);

// NextHop: at vertex x, the port (index into x's arcs, Graph::Arcs order)
// to forward `packet` on, kArrived, or kNoRoute (x's table has no entry for
// the star, or the target is outside its tree). O(log k + log children).
uint32_t NextHop(std::span<const uint8_t> table_x, const RoutingPacket& packet);

struct RoutingOptions : StarStreamOptions {};

struct RoutingStats {
  uint64_t stars = 0;
  uint64_t table_entries = 0;
  uint64_t total_table_bits = 0, max_table_bits = 0;
  double mean_table_bits = 0;
  uint64_t total_header_bits = 0, max_header_bits = 0;
  double mean_header_bits = 0;
  uint32_t max_packet_bits = 0;  // the in-flight header: star id and DFS number, as two varints
  // Stars whose tree came from a Dijkstra inside the star because the
  // stream's member order did not give a tree within the weights (Build
  // only; 0 for the stars of docs/tree_cover.md).
  uint64_t dijkstra_trees = 0;
  double build_s = 0;
};

class RoutingScheme {
 public:
  static absl::StatusOr<RoutingScheme> Build(const Graph<uint32_t>& g, const RoutingOptions& options);
  static absl::StatusOr<RoutingScheme> Load(const std::string& path);
  static absl::StatusOr<RoutingScheme> Deserialize(std::string_view bytes);
  absl::Status Save(const std::string& path) const;
  std::string Serialize() const;

  VertexId NumVertices() const { return static_cast<VertexId>(table_offsets_.size() - 1); }
  std::span<const uint8_t> Table(VertexId v) const {
    return {tables_.data() + table_offsets_[v], tables_.data() + table_offsets_[v + 1]};
  }
  std::span<const uint8_t> Header(VertexId v) const {
    return {headers_.data() + header_offsets_[v], headers_.data() + header_offsets_[v + 1]};
  }

  // Route: the vertices of the path a packet from u to v takes in g ({u}
  // for u == v), simulated with StartRoute and NextHop only.
  // Errors: FailedPrecondition "no route" across components; Internal when
  // a table names a port beyond a vertex's degree, cannot forward, or the
  // packet is still travelling after n hops (a table that does not belong
  // to g).
  absl::StatusOr<std::vector<VertexId>> Route(const Graph<uint32_t>& g, VertexId u, VertexId v) const;

  double epsilon() const { return epsilon_; }
  uint64_t num_stars() const { return num_stars_; }
  uint64_t ExternalId(VertexId v) const { return ids_.empty() ? id_base_ + v : ids_[v]; }
  VertexId FindExternal(uint64_t id) const { return index_.Find(id); }
  absl::Status CheckGraph(const Graph<uint32_t>& g) const;
  const RoutingStats& stats() const { return stats_; }

 private:
  void ComputeSizes();

  double epsilon_ = 0;
  uint64_t fingerprint_ = 0;
  uint64_t num_stars_ = 0;
  uint64_t id_base_ = 0;
  std::vector<uint64_t> ids_;
  std::vector<std::pair<uint64_t, VertexId>> aliases_;
  std::vector<uint64_t> table_offsets_ = {0};
  std::vector<uint8_t> tables_;
  std::vector<uint64_t> header_offsets_ = {0};
  std::vector<uint8_t> headers_;
  ExternalIdIndex index_;
  RoutingStats stats_;
};

// ValidateRoutingTable / ValidateRoutingHeader: OK when the bytes are one
// well-formed table / header of a vertex < n with star ids < num_stars
// (InvalidArgument naming the problem otherwise).
absl::Status ValidateRoutingTable(std::span<const uint8_t> table, uint64_t n, uint64_t num_stars);
absl::Status ValidateRoutingHeader(std::span<const uint8_t> header, uint64_t n, uint64_t num_stars);

}  // namespace shortcut

#endif  // SHORTCUT_ROUTING_ROUTING_SCHEME_H_
