// Internal (not installed): the star generator behind StarStream
// (cover/star_stream.h). It runs the cop decomposition, renumbers the vertices
// so that every domain is a contiguous id range, splits skeletons into
// shortest paths, places nested portals and runs one bounded search per star
// (sssp/range_search.h, over the renumbered graph), handing the stars of each
// path, in order, to a sink. See docs/tree_cover.md for the construction and
// its proof.
#ifndef SHORTCUT_SRC_COVER_STAR_GENERATOR_H_
#define SHORTCUT_SRC_COVER_STAR_GENERATOR_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"
#include "shortcut/sssp/range_search.h"
#include "star_source.h"

namespace shortcut::cover_internal {

class StarGenerator final : public StarSource {
 public:
  // Create: decomposition, self-checks, renumbering and paths.
  static absl::StatusOr<std::unique_ptr<StarGenerator>> Create(const Graph<uint32_t>& g,
                                                               const StarStreamOptions& options);

  // Run: calls sink(stars of path p) for every path p, in order, and stops
  // at the first error the sink returns. With `concurrent_sink` (and more
  // than one thread) the paths of a batch are handed to the sink from several
  // threads at once, in no fixed order: the sink must then be safe for
  // concurrent calls on different paths; the first error in path order is
  // returned. Progress goes to options.progress.
  //
  // With `views`, the stars come as views into the generator's buffers
  // (PathStars::star_vertices and star_distances), not as copies: the sink
  // encodes the weights itself.
  absl::Status Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink = false,
                   bool views = false) override;

  VertexId NumVertices() const override { return n_; }
  uint32_t NumPaths() const override { return static_cast<uint32_t>(path_supernode_.size()); }
  std::span<const VertexId> NewToOld() const override { return new_to_old_; }
  std::span<const VertexId> OldToNew() const override { return old_to_new_; }
  const std::vector<CoverScale>& scales() const override { return scales_; }
  uint64_t min_weight() const override { return min_weight_; }
  const StarStreamStats& stats() const override { return stats_; }
  const StarStreamOptions& options() const override { return options_; }
  uint32_t PathSupernode(uint32_t p) const override { return path_supernode_[p]; }

 private:
  StarGenerator() = default;
  struct StarTask;
  void PortalsOf(uint32_t path, std::vector<StarTask>& tasks, uint32_t slot,
                 std::vector<uint32_t>& scratch_a, std::vector<uint32_t>& scratch_b,
                 std::vector<int32_t>& level) const;

  StarStreamOptions options_;
  VertexId n_ = 0;
  uint64_t min_weight_ = 1;
  uint32_t max_weight_ = 1;
  uint64_t max_distance_ = 1;  // (n − 1)·w_max: no finite distance exceeds it
  std::vector<CoverScale> scales_;
  // Graph in the new numbering.
  std::vector<ArcId> offsets_;
  std::vector<CompactArc> arcs_;
  std::vector<VertexId> new_to_old_, old_to_new_;
  // Paths: vertices (new ids) top-down with positions along the path.
  std::vector<uint64_t> path_offsets_;
  std::vector<VertexId> path_vertices_;
  std::vector<uint64_t> path_positions_;
  std::vector<uint32_t> path_supernode_;
  std::vector<VertexId> path_dom_begin_, path_dom_end_;
  StarStreamStats stats_;
};

}  // namespace shortcut::cover_internal

#endif  // SHORTCUT_SRC_COVER_STAR_GENERATOR_H_
