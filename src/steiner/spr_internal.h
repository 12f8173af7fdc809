// Internal to src/steiner (not installed): the assignment step of each
// Steiner-point-removal method. Each fills `terminal_of` (kNoVertex for a
// vertex it leaves unassigned, which only a floating-point weight type can
// cause) and the method-specific statistics. The caller validated the
// options and the terminals, checked that every vertex reaches a terminal,
// and builds the minor afterwards.
#ifndef SHORTCUT_SRC_STEINER_SPR_INTERNAL_H_
#define SHORTCUT_SRC_STEINER_SPR_INTERNAL_H_

#include <span>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/steiner/steiner_point_removal.h"

namespace shortcut::spr_internal {

// The inputs every method shares. `distance_to_terminals[v]` is d_G(v, K);
// `terminals` is sorted by id.
template <EdgeWeight W>
struct SprInput {
  const Graph<W>& graph;
  std::span<const VertexId> terminals;
  std::span<const DistanceOf<W>> distance_to_terminals;
  const SteinerPointRemovalOptions& options;
};

// Nearest terminal, ties by smallest terminal id.
template <EdgeWeight W>
void AssignVoronoi(const SprInput<W>& in, std::vector<VertexId>& terminal_of);

// Top-down rule with factor 3 on a tree rooted at the smallest terminal.
// Requires: in.graph is a tree.
template <EdgeWeight W>
void AssignGupta(const SprInput<W>& in, std::vector<VertexId>& terminal_of);

// Relaxed Voronoi: seeded terminal order and growth factors.
template <EdgeWeight W>
void AssignRelaxedVoronoi(const SprInput<W>& in, std::vector<VertexId>& terminal_of);

// The paper's rings, approximate scattering partitions and levels.
template <EdgeWeight W>
absl::Status AssignPaper(const SprInput<W>& in, std::vector<VertexId>& terminal_of,
                         SteinerPointRemovalStats& stats);

}  // namespace shortcut::spr_internal

#endif  // SHORTCUT_SRC_STEINER_SPR_INTERNAL_H_
