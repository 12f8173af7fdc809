// File: shortcut/verify/tree_cover_checks.h
//
// CheckTreeCover: an independent checker of a star-forest tree cover
// (cover/tree_cover.h). It shares nothing with the construction but the
// graph and the Dijkstra engine; every distance is recomputed here.
//
//   TreeCoverCheckReport rep = CheckTreeCover(g, cover, {});
//   if (!rep.status.ok()) Print(rep.status.message());   // the first violation, with ids
//
// Checked, in this order:
//   1. structure: array sizes agree, member ids are vertices, no star holds
//      a vertex twice, and each star lists its root with weight 0;
//   2. domination: every star edge weighs at least the true distance,
//      w(ρ, x) >= δ_G(ρ, x) (one Dijkstra from each root, bounded by the
//      star's largest weight), for every star or `max_stars_checked` random
//      ones;
//   3. forests: the stars of each forest (per scale, and of the packing
//      across scales) are vertex-disjoint;
//   4. stretch: for the pairs of oracle_checks.h (all pairs when n <=
//      all_pairs_limit), min over stars holding u and v of w(ρ,u) + w(ρ,v)
//      is >= δ(u, v) and <= (1+ε)·δ(u, v), decided exactly; the minimum is
//      evaluated here from the stars, not by DistanceOracle.
// Memory: 16 bytes per cover entry (the checker's own per-vertex lists).
#ifndef SHORTCUT_VERIFY_TREE_COVER_CHECKS_H_
#define SHORTCUT_VERIFY_TREE_COVER_CHECKS_H_

#include <cstdint>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/verify/oracle_checks.h"

namespace shortcut {

struct TreeCoverCheckOptions {
  OracleCheckOptions pairs;         // pair sampling; epsilon 0 = the cover's ε
  uint64_t max_stars_checked = 0;   // domination: 0 = every star
  bool check_forests = true;
  bool check_stretch = true;
  uint64_t seed = 1;                // for the sampled stars
};

struct TreeCoverCheckReport {
  absl::Status status;
  uint64_t stars_checked = 0;       // for domination
  uint64_t entries_checked = 0;
  uint64_t forests_checked = 0;     // per-scale plus across-scale forests
  OracleCheckReport pairs;          // the stretch check of the cover's minimum
  double time_s = 0;
};

// CheckTreeCover: runs the checks above on `cover` for `g`.
// Requires: nothing (any cover data is answered with a status).
// Returns: the report; status is OK, or FailedPrecondition naming the first
// violation (star, vertex, weight and distance; or the pair for stretch).
// Complexity: one bounded Dijkstra per checked star, one full Dijkstra per
// pair source, O(entries) memory.
TreeCoverCheckReport CheckTreeCover(const Graph<uint32_t>& g, const TreeCover& cover,
                                    const TreeCoverCheckOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_TREE_COVER_CHECKS_H_
