// Internal (not installed): the partition cover behind StarStream
// (cover/star_stream.h, CoverKind::kPartition). Per distance scale j a
// buffered cop decomposition with radius Δ_j = τ_j/2, a shortcut partition
// of it (ClusterSupernodesByNet: clusters of radius <= 2Δ_j = τ_j from their
// net point, Lemma 4.2) and one star per cluster C of a supernode η: the
// vertices of U_C = dom(η) minus the clusters of η before C within
// D_j + r_C of C's root in G[U_C], r_C the root's eccentricity in G[C]
// (self-checked: r_C <= τ_j). Each scale is one group of stars (PathStars,
// path = scale), in the input's vertex numbering. docs/tree_cover.md has
// the construction and its proof.
#ifndef SHORTCUT_SRC_COVER_PARTITION_STAR_GENERATOR_H_
#define SHORTCUT_SRC_COVER_PARTITION_STAR_GENERATOR_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/star_stream.h"
#include "star_source.h"

namespace shortcut::cover_internal {

class PartitionStarGenerator final : public StarSource {
 public:
  // Create: validates the options and fixes the scales (up to the first
  // D_J at least twice the largest eccentricity of a component's first
  // vertex, so every pair has a scale). The decompositions are built by Run,
  // one scale at a time.
  static absl::StatusOr<std::unique_ptr<PartitionStarGenerator>> Create(const Graph<uint32_t>& g,
                                                                        const StarStreamOptions& options);

  absl::Status Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink,
                   bool views) override;

  VertexId NumVertices() const override { return n_; }
  uint32_t NumPaths() const override { return static_cast<uint32_t>(scales_.size()); }
  std::span<const VertexId> NewToOld() const override { return identity_; }
  std::span<const VertexId> OldToNew() const override { return identity_; }
  const std::vector<CoverScale>& scales() const override { return scales_; }
  uint64_t min_weight() const override { return min_weight_; }
  const StarStreamStats& stats() const override { return stats_; }
  const StarStreamOptions& options() const override { return options_; }
  // The group of scale p has no single supernode: its index is reported.
  uint32_t PathSupernode(uint32_t p) const override { return p; }

 private:
  PartitionStarGenerator() = default;

  const Graph<uint32_t>* g_ = nullptr;
  StarStreamOptions options_;
  VertexId n_ = 0;
  uint64_t min_weight_ = 1;
  uint32_t max_weight_ = 1;
  bool narrow_ = true;
  std::vector<CoverScale> scales_;
  std::vector<VertexId> identity_;
  StarStreamStats stats_;
};

}  // namespace shortcut::cover_internal

#endif  // SHORTCUT_SRC_COVER_PARTITION_STAR_GENERATOR_H_
