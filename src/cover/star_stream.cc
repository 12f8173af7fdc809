// StarStream: the public face of the star generator, the one range check of
// the stream's parameters, and the conversion of its statistics.
#include "shortcut/cover/star_stream.h"

#include <utility>

#include "shortcut/core/status.h"
#include "partition_star_generator.h"
#include "star_generator.h"

namespace shortcut {

absl::Status StarStreamOptions::Validate() const {
  SHORTCUT_RETURN_IF_ERROR(ValidateCoverParameters(epsilon, scale_ratio));
  if (r != 0 && r < 3) return InvalidArgumentError("tree cover: r must be 0 (unknown) or at least 3, got {}", r);
  if (weight_mantissa_bits != kWeightCodeMantissaBits && weight_mantissa_bits != kCompactWeightMantissaBits) {
    return InvalidArgumentError("tree cover: weight codes have {} or {} mantissa bits, got {}", kWeightCodeMantissaBits,
                                kCompactWeightMantissaBits, weight_mantissa_bits);
  }
  if (threads == 0 || threads > 1024) {
    return InvalidArgumentError("tree cover: threads must be in [1, 1024], got {}", threads);
  }
  return absl::OkStatus();
}

std::string_view CoverKindName(CoverKind kind) {
  return kind == CoverKind::kPartition ? "partition" : "portal";
}

absl::StatusOr<CoverKind> ParseCoverKind(std::string_view name) {
  if (name == "portal") return CoverKind::kPortal;
  if (name == "partition") return CoverKind::kPartition;
  return InvalidArgumentError("tree cover: the cover must be portal or partition, got '{}'", name);
}

void CopyStreamStats(const StarStreamStats& from, TreeCoverStats& to) {
  to.supernodes = from.supernodes;
  to.tree_depth = from.tree_depth;
  to.max_seen = from.max_seen;
  to.paths = from.paths;
  to.max_paths_per_supernode = from.max_paths_per_supernode;
  to.trivial_stars_dropped = from.trivial_stars_dropped;
  to.settled = from.settled;
  to.decomposition_s = from.decomposition_s;
  to.stars_s = from.stars_s;
  to.clusters = from.clusters;
  to.decompositions = from.decompositions;
  to.max_cluster_radius_ratio = from.max_cluster_radius_ratio;
}

absl::StatusOr<StarStream> StarStream::Create(const Graph<uint32_t>& g, const StarStreamOptions& options) {
  if (options.cover == CoverKind::kPartition) {
    SHORTCUT_ASSIGN_OR_RETURN(auto generator, cover_internal::PartitionStarGenerator::Create(g, options));
    return StarStream(std::move(generator));
  }
  SHORTCUT_ASSIGN_OR_RETURN(auto generator, cover_internal::StarGenerator::Create(g, options));
  return StarStream(std::move(generator));
}

StarStream::StarStream(std::unique_ptr<cover_internal::StarSource> generator) : generator_(std::move(generator)) {}
StarStream::StarStream(StarStream&&) noexcept = default;
StarStream& StarStream::operator=(StarStream&&) noexcept = default;
StarStream::~StarStream() = default;

absl::Status StarStream::Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink,
                             bool views) {
  return generator_->Run(sink, concurrent_sink, views);
}

VertexId StarStream::NumVertices() const { return generator_->NumVertices(); }
uint32_t StarStream::NumPaths() const { return generator_->NumPaths(); }
std::span<const VertexId> StarStream::NewToOld() const { return generator_->NewToOld(); }
std::span<const VertexId> StarStream::OldToNew() const { return generator_->OldToNew(); }
const std::vector<CoverScale>& StarStream::scales() const { return generator_->scales(); }
uint64_t StarStream::min_weight() const { return generator_->min_weight(); }
const StarStreamStats& StarStream::stats() const { return generator_->stats(); }
const StarStreamOptions& StarStream::options() const { return generator_->options(); }
uint32_t StarStream::PathSupernode(uint32_t p) const { return generator_->PathSupernode(p); }

}  // namespace shortcut
