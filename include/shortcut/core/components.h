// File: shortcut/core/components.h
//
// ConnectedComponents(g, domain): the connected components of the subgraph
// induced by a vertex domain, by breadth-first search with an explicit queue.
// Components are numbered 0, 1, ... in increasing order of their smallest
// vertex; vertices outside the domain get kNoComponent.
//
//   Components cc = ConnectedComponents(g);
//   if (cc.count > 1) ...;   cc.component[v], cc.sizes[c]
//
// Complexity: O(n + m) time; O(n) space.
#ifndef SHORTCUT_CORE_COMPONENTS_H_
#define SHORTCUT_CORE_COMPONENTS_H_

#include <cstdint>
#include <limits>
#include <vector>

#include "shortcut/core/graph.h"
#include "shortcut/core/vertex_domain.h"

namespace shortcut {

inline constexpr uint32_t kNoComponent = std::numeric_limits<uint32_t>::max();

struct Components {
  uint32_t count = 0;
  std::vector<uint32_t> component;  // per vertex
  std::vector<VertexId> sizes;      // per component
  std::vector<VertexId> smallest;   // per component: its smallest vertex
};

template <EdgeWeight W, VertexDomain D = AllVertices>
Components ConnectedComponents(const Graph<W>& g, const D& domain = {}) {
  Components cc;
  const VertexId n = g.NumVertices();
  cc.component.assign(n, kNoComponent);
  std::vector<VertexId> queue;
  queue.reserve(n);
  for (VertexId s = 0; s < n; ++s) {
    if (cc.component[s] != kNoComponent || !domain.Contains(s)) continue;
    const uint32_t id = cc.count++;
    queue.clear();
    queue.push_back(s);
    cc.component[s] = id;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const VertexId u = queue[i];
      for (VertexId h : g.Neighbors(u)) {
        if (cc.component[h] == kNoComponent && domain.Contains(h)) {
          cc.component[h] = id;
          queue.push_back(h);
        }
      }
    }
    cc.sizes.push_back(static_cast<VertexId>(queue.size()));
    cc.smallest.push_back(s);
  }
  return cc;
}

}  // namespace shortcut

#endif  // SHORTCUT_CORE_COMPONENTS_H_
