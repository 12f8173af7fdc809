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

#include "absl/container/flat_hash_map.h"
#include "shortcut/core/graph.h"

namespace shortcut {

class ExternalIdIndex {
 public:
  ExternalIdIndex() = default;
  template <EdgeWeight W>
  explicit ExternalIdIndex(const Graph<W>& g) {
    const auto ids = g.ExternalIds();
    n_ = g.NumVertices();
    consecutive_ = true;
    base_ = ids.empty() ? 0 : ids[0];
    for (VertexId v = 0; v < n_; ++v) {
      if (ids[v] != base_ + v) {
        consecutive_ = false;
        break;
      }
    }
    if (!consecutive_) {
      map_.reserve(n_);
      for (VertexId v = 0; v < n_; ++v) map_.emplace(ids[v], v);
    }
    for (const auto& [id, v] : g.Aliases()) map_.emplace(id, v);
  }

  // Find(id): the vertex named `id`, or kNoVertex.
  VertexId Find(uint64_t id) const {
    if (consecutive_ && id >= base_ && id - base_ < n_) return static_cast<VertexId>(id - base_);
    auto it = map_.find(id);
    return it == map_.end() ? kNoVertex : it->second;
  }

 private:
  VertexId n_ = 0;
  bool consecutive_ = true;
  uint64_t base_ = 0;
  absl::flat_hash_map<uint64_t, VertexId> map_;
};

}  // namespace shortcut

#endif  // SHORTCUT_CORE_EXTERNAL_IDS_H_
