// File: shortcut/generators/adversarial.h
//
// Adversarial families: graphs on which simple clusterings (balls, Voronoi
// cells of a net, BFS layers) need many hops or much distortion, so that the
// guarantees of shortcut partitions are exercised rather than met by luck.
//
//   Comb(spine, tooth)                 a path of `spine` vertices (ids
//       0..spine-1) with a path of `tooth` further vertices hanging from each
//       spine vertex. A tree (K3-minor-free). Shortest paths between tooth
//       tips run down one tooth, along the spine and up another, so clusters
//       of small diameter cut them into many pieces.
//   GridWithPendantPaths(rows, cols, paths, length, seed)  the rows x cols
//       grid (ids as GridEdges) plus `paths` pendant paths of `length`
//       vertices each, attached at random grid vertices. Planar. Long thin
//       appendages next to a 2-dimensional core defeat radius-based
//       clusterings.
//   WheelWithSpokes(spokes, spoke_length)  a hub (vertex 0) and a rim cycle
//       of `spokes` vertices, each rim vertex joined to the hub by a path of
//       `spoke_length` edges (spoke_length - 1 inner vertices). Planar. Every
//       pair of rim vertices is close through the hub but far along the rim.
//   CxkrTree(depth, ratio)             the complete binary tree of the given
//       depth (2^(depth+1) - 1 vertices, root 0, children of v are 2v+1 and
//       2v+2); terminals are the 2^depth leaves. An edge from depth i-1 to
//       depth i weighs ratio^(depth-i) (rounded, at least 1): with ratio 1 all
//       weights are 1, which is the instance of Chan, Xia, Konjevod and Richa
//       (APPROX 2006) on which every Steiner point removal has distortion at
//       least 8(1 - o(1)) as depth grows; ratio > 1 gives the geometrically
//       decreasing weights (heavy near the root) of the related lower-bound
//       trees. A tree.
//
//   EdgeList<uint32_t> comb = Comb(/*spine=*/10, /*tooth=*/9);  // 100 vertices
//
// All weights are 1 except CxkrTree's; no coordinates. Requires the vertex
// count to fit 32 bits, spokes >= 3 and spoke_length >= 1, depth <= 30,
// ratio >= 1 with ratio^depth < 2^32. Complexity: linear in the output.
#ifndef SHORTCUT_GENERATORS_ADVERSARIAL_H_
#define SHORTCUT_GENERATORS_ADVERSARIAL_H_

#include <cstdint>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/generated_graph.h"

namespace shortcut {

EdgeList<uint32_t> Comb(uint32_t spine, uint32_t tooth);
EdgeList<uint32_t> GridWithPendantPaths(uint32_t rows, uint32_t cols, uint32_t paths, uint32_t length,
                                        uint64_t seed);
EdgeList<uint32_t> WheelWithSpokes(uint32_t spokes, uint32_t spoke_length);
// CxkrTree: the tree, with GeneratedGraph::terminals = the leaves.
GeneratedGraph CxkrTree(uint32_t depth, double ratio);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_ADVERSARIAL_H_
