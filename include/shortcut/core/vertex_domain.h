// File: shortcut/core/vertex_domain.h
//
// Vertex domains restrict searches (Dijkstra, BFS, components) to a subset of
// the vertices without building a subgraph. A domain is any type with
// `bool Contains(VertexId) const`:
//
//   AllVertices          every vertex; the check compiles away.
//   LabelDomain          vertices whose label equals an id. Zero set-up: one
//                        label array serves every cluster of a partition, and
//                        relabelling a vertex moves it between domains at once.
//   MarkedSet            an ad hoc set with O(|S|) build, O(1) clear and a
//                        member list (timestamp flags).
//   ComplementDomain<D>  the vertices not in D.
#ifndef SHORTCUT_CORE_VERTEX_DOMAIN_H_
#define SHORTCUT_CORE_VERTEX_DOMAIN_H_

#include <concepts>
#include <cstdint>
#include <span>
#include <vector>

#include "shortcut/core/marker.h"
#include "shortcut/core/types.h"

namespace shortcut {

template <class D>
concept VertexDomain = requires(const D& d, VertexId v) {
  { d.Contains(v) } -> std::convertible_to<bool>;
};

struct AllVertices {
  constexpr bool Contains(VertexId) const { return true; }
};

// LabelDomain: {v : label[v] == id}. The span must outlive the domain.
struct LabelDomain {
  std::span<const uint32_t> label;
  uint32_t id;
  bool Contains(VertexId v) const { return label[v] == id; }
};

// MarkedSet: a vertex set with O(1) clear and its members in insertion order.
class MarkedSet {
 public:
  MarkedSet() = default;
  explicit MarkedSet(std::size_t n) : marker_(n) {}
  void Resize(std::size_t n) {
    marker_.Resize(n);
    members_.clear();
  }
  bool Contains(VertexId v) const { return marker_.Get(v); }
  // Insert(v): returns false when v was already present.
  bool Insert(VertexId v) {
    if (marker_.Get(v)) return false;
    marker_.Set(v);
    members_.push_back(v);
    return true;
  }
  void Clear() {
    marker_.Clear();
    members_.clear();
  }
  std::span<const VertexId> Members() const { return members_; }
  std::size_t Size() const { return members_.size(); }

 private:
  TimestampMarker marker_;
  std::vector<VertexId> members_;
};

template <VertexDomain D>
struct ComplementDomain {
  const D& inner;
  bool Contains(VertexId v) const { return !inner.Contains(v); }
};

static_assert(VertexDomain<AllVertices>);
static_assert(VertexDomain<LabelDomain>);
static_assert(VertexDomain<MarkedSet>);

}  // namespace shortcut

#endif  // SHORTCUT_CORE_VERTEX_DOMAIN_H_
