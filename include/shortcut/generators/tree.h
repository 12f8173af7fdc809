// File: shortcut/generators/tree.h
//
// RandomTreeEdges(n, seed): a uniformly random labelled tree on n vertices
// (decoded from a random Prüfer sequence); trees are K3-minor-free. Weights
// are 1; no coordinates. Deterministic per seed on every platform.
#ifndef SHORTCUT_GENERATORS_TREE_H_
#define SHORTCUT_GENERATORS_TREE_H_

#include <cstdint>

#include "shortcut/core/graph_builder.h"

namespace shortcut {

EdgeList<uint32_t> RandomTreeEdges(uint32_t n, uint64_t seed);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_TREE_H_
