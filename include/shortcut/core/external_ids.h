// File: shortcut/core/external_ids.h
//
// ExternalIdIndex: maps the ids an input file used (Graph::ExternalId, plus
// aliases from zero-weight contraction) back to vertices. When the external
// ids are consecutive (the common case: 0- or 1-based formats) lookup is
// arithmetic; otherwise a hash map is built.
//
//   ExternalIdIndex ids(g);
//   VertexId v = ids.Find(42);   // kNoVertex if 42 names no vertex
#ifndef SHORTCUT_CORE_EXTERNAL_IDS_H_
#define SHORTCUT_CORE_EXTERNAL_IDS_H_

#include <cstdint>
#include <span>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "shortcut/core/graph.h"

namespace shortcut {

class ExternalIdIndex {
 public:
  ExternalIdIndex() = default;
  template <EdgeWeight W>
  explicit ExternalIdIndex(const Graph<W>& g) {
    const auto ids = g.ExternalIds();
    const uint64_t base = ids.empty() ? 0 : ids[0];
    for (VertexId v = 0; v < g.NumVertices(); ++v) {
      if (ids[v] != base + v) {
        Init(g.NumVertices(), 0, ids, g.Aliases());
        return;
      }
    }
    Init(g.NumVertices(), base, {}, g.Aliases());
  }

  // ExternalIdIndex(n, base, ids, aliases): the same index for ids kept
  // apart from a graph (a saved file): vertex v < n is named ids[v], or
  // base + v when `ids` is empty, and alias (id, v) names v too.
  ExternalIdIndex(VertexId n, uint64_t base, std::span<const uint64_t> ids,
                  std::span<const std::pair<uint64_t, VertexId>> aliases) {
    Init(n, base, ids, aliases);
  }

  // Distinct(): no id names two vertices (always so for a graph's ids; a
  // file's ids must be checked).
  bool Distinct() const { return distinct_; }
  // Consecutive(): vertex v is named Base() + v (Base() is 0 otherwise).
  bool Consecutive() const { return consecutive_; }
  uint64_t Base() const { return base_; }

  // Find(id): the vertex named `id`, or kNoVertex.
  VertexId Find(uint64_t id) const {
    if (consecutive_ && id >= base_ && id - base_ < n_) return static_cast<VertexId>(id - base_);
    auto it = map_.find(id);
    return it == map_.end() ? kNoVertex : it->second;
  }

 private:
  void Init(VertexId n, uint64_t base, std::span<const uint64_t> ids,
            std::span<const std::pair<uint64_t, VertexId>> aliases) {
    n_ = n;
    consecutive_ = ids.empty();
    base_ = consecutive_ ? base : 0;
    if (!consecutive_) {
      map_.reserve(n_);
      for (VertexId v = 0; v < n_; ++v) distinct_ &= map_.emplace(ids[v], v).second;
    }
    for (const auto& [id, v] : aliases) {
      if (consecutive_ && id >= base_ && id - base_ < n_) distinct_ = false;
      distinct_ &= map_.emplace(id, v).second;
    }
  }

  VertexId n_ = 0;
  bool consecutive_ = true;
  bool distinct_ = true;
  uint64_t base_ = 0;
  absl::flat_hash_map<uint64_t, VertexId> map_;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_EXTERNAL_IDS_H_
