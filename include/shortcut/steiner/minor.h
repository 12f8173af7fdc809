// File: shortcut/steiner/minor.h
//
// MinorEdge<W>: one edge of a terminal minor M (the output of Steiner point
// removal): two terminals, named by their vertex ids in the input graph, and
// the weight of the edge. The constructions in steiner_point_removal.h set
// the weight to d_G(u, v) exactly; the verifier in verify/spr_checks.h checks
// that it is so. Weights use the distance type of the graph (uint64_t for
// integer graphs), because a terminal distance can exceed any single edge
// weight.
//
//   for (const MinorEdge<uint32_t>& e : spr.minor_edges) Use(e.u, e.v, e.weight);
//
// This header holds data only, so that the verifier can read minors without
// depending on any construction.
#ifndef SHORTCUT_STEINER_MINOR_H_
#define SHORTCUT_STEINER_MINOR_H_

#include "shortcut/core/types.h"

namespace shortcut {

template <EdgeWeight W>
struct MinorEdge {
  VertexId u = kNoVertex;  // a terminal; u < v in every list the library builds
  VertexId v = kNoVertex;  // a terminal
  DistanceOf<W> weight = 0;
  friend bool operator==(const MinorEdge&, const MinorEdge&) = default;
};

}  // namespace shortcut

#endif  // SHORTCUT_STEINER_MINOR_H_
