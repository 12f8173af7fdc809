// Internal (not installed): StarSource, what StarStream (cover/star_stream.h)
// asks of a cover construction. Two implement it: StarGenerator (the portal
// cover, star_generator.h) and PartitionStarGenerator (the partition cover,
// partition_star_generator.h); StarStream::Create picks one by
// StarStreamOptions::cover. Both hand groups of stars (PathStars) to the same
// sinks, so the tree cover, the COVER file, the oracle's labels and the
// verifiers do not depend on which cover built them.
#ifndef SHORTCUT_SRC_COVER_STAR_SOURCE_H_
#define SHORTCUT_SRC_COVER_STAR_SOURCE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "absl/status/status.h"
#include "shortcut/cover/star_stream.h"

namespace shortcut::cover_internal {

class StarSource {
 public:
  virtual ~StarSource() = default;
  // Run: the contract of StarStream::Run.
  virtual absl::Status Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink,
                           bool views) = 0;
  virtual VertexId NumVertices() const = 0;
  virtual uint32_t NumPaths() const = 0;
  virtual std::span<const VertexId> NewToOld() const = 0;
  virtual std::span<const VertexId> OldToNew() const = 0;
  virtual const std::vector<CoverScale>& scales() const = 0;
  virtual uint64_t min_weight() const = 0;
  virtual const StarStreamStats& stats() const = 0;
  virtual const StarStreamOptions& options() const = 0;
  virtual uint32_t PathSupernode(uint32_t p) const = 0;
};

}  // namespace shortcut::cover_internal

#endif  // SHORTCUT_SRC_COVER_STAR_SOURCE_H_
