// File: shortcut/emulator/low_hop_emulator.h
//
// BuildLowHopEmulator: a (1+ε) low-hop emulator of a graph G, one of the
// applications of the minor-free tree cover listed by Chang, Conroy, Le,
// Milenković, Solomon and Than (SODA 2024, §1): a weighted graph H on V(G)
// whose edges are the root–member edges of the stars of the (1+ε) star
// cover (cover/star_stream.h), each weighing its star weight, parallel edges
// merged keeping the minimum.
//
//   LowHopEmulatorOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(LowHopEmulator h, BuildLowHopEmulator(g, options));
//   for (VertexId v : h.graph.Vertices()) for (ArcId a : h.graph.Arcs(v)) use(h.graph.Head(a), h.graph.Weight(a));
//
// Guarantee (docs/emulator.md proves it from the cover's two properties):
//   * every edge {x, y} of H weighs at least δ_G(x, y), so every path of H is
//     at least as long as the distance in G between its ends;
//   * every pair u, v of one component of G has a path of at most 2 hops in
//     H (u – ρ – v through the root ρ of a star holding both, or the edge
//     u – v when one of them is that root) of length in
//     [δ_G(u, v), (1+ε)·δ_G(u, v)];
//   * pairs in different components of G are not connected in H.
// Only the star interface is used (roots, members, weights, domination and
// the stretch bound), so any stream of stars with these properties serves.
//
// H has G's vertices, in G's order, with G's external ids. Its size is the
// cover's entries minus its stars, less the merged pairs: about the mean
// overlap of the cover per vertex (measured in docs/emulator.md; the
// paper's emulator is linear in n, ours grows with the number of scales).
//
// Errors: those of StarStream::Create and Run (bad options, an ε too small
// for quantised weights, ...); FailedPrecondition when a star weight does
// not fit the 32-bit weights of Graph<uint32_t>. Deterministic for every
// thread count. Memory: 12 bytes per star edge while building.
#ifndef SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_H_
#define SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"

namespace shortcut {

// The emulator takes the star stream's options as they are: ε, the scale
// ratio, weight quantisation, threads.
struct LowHopEmulatorOptions : StarStreamOptions {};

struct LowHopEmulatorStats {
  uint64_t stars = 0;
  uint64_t star_edges = 0;      // root–member pairs over all stars, before merging
  uint64_t edges = 0;           // edges of H after merging parallel ones
  uint32_t max_degree = 0;      // in H
  double edges_per_vertex = 0;  // edges / n
  double stars_s = 0;           // decomposition and star searches
  double total_s = 0;
  StarStreamStats stream;
};

struct LowHopEmulator {
  double epsilon = 0;
  Graph<uint32_t> graph;  // H: G's vertices and external ids
  LowHopEmulatorStats stats;
};

// BuildLowHopEmulator: see the top of this file.
// Requires: a valid graph (any number of components).
// Complexity: the star stream's, plus sorting the star edges.
absl::StatusOr<LowHopEmulator> BuildLowHopEmulator(const Graph<uint32_t>& g, const LowHopEmulatorOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_H_
