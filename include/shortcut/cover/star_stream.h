// File: shortcut/cover/star_stream.h
//
// StarStream: the stage that produces the stars of the (1+ε) star cover, path
// by path, for whoever consumes them: BuildTreeCover stores them,
// DistanceOracle::Build encodes them into labels. It owns the distance scales
// (cover_scales.h), the statistics of the decomposition and the searches, and
// the one range check of the parameters (StarStreamOptions::Validate).
//
//   StarStreamOptions options;
//   options.epsilon = 0.25;
//   SHORTCUT_ASSIGN_OR_RETURN(StarStream stream, StarStream::Create(g, options));
//   SHORTCUT_RETURN_IF_ERROR(stream.Run([&](const PathStars& ps) { ...; return absl::OkStatus(); }));
//   CopyStreamStats(stream.stats(), cover_stats);
//
// Two constructions (StarStreamOptions::cover; docs/tree_cover.md has both
// and their proofs). The portal cover (the default, our own): one
// cop decomposition with empty buffers (every supernode is its skeleton),
// the vertices renumbered so that every domain dom(η) is a contiguous id
// range, the skeletons split into vertex-disjoint shortest paths, nested
// portals placed along every path at every scale, and one bounded search
// per portal star inside G[dom(η)]. The stars of path p come to the sink in
// path order; within a path along the path (for a root with several scales,
// finer first). Every star weight is the length of a real walk in G (rounded
// up when quantised), so every star dominates; the stretch bound is the
// cover's (tree_cover.h). The partition cover (the paper's route, §4–§5):
// per distance scale a buffered cop decomposition and a shortcut partition
// whose clusters have radius at most τ_j, and one star per cluster; its
// groups are the scales (one PathStars per scale, ids in the input's
// numbering, NewToOld() the identity).
//
// Determinism: the stars, their order and their weights do not depend on the
// thread count. Errors: InvalidArgument for bad options (Validate) or an ε too
// small for quantised weights; FailedPrecondition for a weight beyond
// kMaxCodedWeight when quantising; Internal if a self-check of the
// decomposition fails.
#ifndef SHORTCUT_COVER_STAR_STREAM_H_
#define SHORTCUT_COVER_STAR_STREAM_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/cover_scales.h"
#include "shortcut/cover/cover_stats.h"
#include "shortcut/cover/weight_code.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut {

namespace cover_internal {
class StarSource;
}  // namespace cover_internal

// The radius of the coarsest star of a path: it holds the whole domain.
inline constexpr uint64_t kUnboundedRadius = std::numeric_limits<uint64_t>::max();

// Which cover the stream builds (docs/tree_cover.md proves both).
enum class CoverKind {
  kPortal,     // one decomposition with empty buffers, portal stars along skeleton paths (ours)
  kPartition,  // per scale a shortcut partition, one star per cluster (the paper's route)
};
// CoverKindName: "portal" or "partition"; ParseCoverKind: the inverse
// (InvalidArgument for any other name).
std::string_view CoverKindName(CoverKind kind);
absl::StatusOr<CoverKind> ParseCoverKind(std::string_view name);

// The scale ratio the partition cover is measured best at (docs/RESULTS.md,
// "Two covers"): the CLI's default with --cover partition. The library's
// default (StarStreamOptions::scale_ratio) is the portal cover's.
inline constexpr double kPartitionCoverScaleRatio = 4;

// The parameters every consumer of the star stream shares (the cover's and
// the oracle's options extend it).
struct StarStreamOptions {
  // The guaranteed stretch is 1 + epsilon; epsilon in (0, kMaxCoverEpsilon].
  double epsilon = 0;
  // Promised excluded minor K_r (r >= 3), or 0 (unknown). The stretch proof
  // does not depend on r; r only bounds the skeleton paths per supernode
  // (at most max(1, r−2)) and is reported.
  uint32_t r = 0;
  // Ratio between consecutive distance scales, in (1, kMaxScaleRatio].
  double scale_ratio = 1.25;
  // Shrinking ideas, each provably safe (docs/tree_cover.md); switch them off
  // to measure what they save.
  bool nested_portals = true;      // portal sets nested across scales, one star per portal
  bool drop_trivial_stars = true;  // stars holding only their root serve no pair
  bool quantize_weights = true;    // weights rounded up to 16-bit codes (weight_code.h)
  // The code family when quantising: kWeightCodeMantissaBits (16-bit codes)
  // or kCompactWeightMantissaBits (12-bit codes, a larger rounding charged to
  // the budget through e_j: docs/tree_cover.md, "Scales").
  uint32_t weight_mantissa_bits = kWeightCodeMantissaBits;
  RootRule root_rule = RootRule::kFarthestFromBoundaryHops;
  // The construction; nested_portals applies to the portal cover only.
  CoverKind cover = CoverKind::kPortal;
  // Worker threads for the star searches, in [1, 1024]; the result does not
  // depend on it.
  uint32_t threads = 1;
  // Progress in [0, 1]; may be empty. Called from the calling thread.
  std::function<void(double)> progress;

  // Validate: the one range check of these parameters (InvalidArgument
  // naming the parameter and its range).
  absl::Status Validate() const;
};

// What the stream measured: the decomposition, the paths and the searches.
struct StarStreamStats {
  uint32_t supernodes = 0;
  uint32_t tree_depth = 0;
  uint32_t max_seen = 0;
  bool minor_found = false;
  uint32_t paths = 0;
  uint32_t max_paths_per_supernode = 0;
  uint64_t stars = 0;
  uint64_t trivial_stars_dropped = 0;
  uint64_t entries = 0;
  uint64_t settled = 0;
  std::vector<uint64_t> level_stars;
  std::vector<uint64_t> level_entries;
  double decomposition_s = 0;
  double stars_s = 0;
  // The partition cover: clusters over all scales, decompositions computed
  // (scales sharing one are counted once), and the largest ratio r_C / τ_j
  // of a cluster's radius to its scale's bound (at most 1, self-checked).
  uint64_t clusters = 0;
  uint32_t decompositions = 0;
  double max_cluster_radius_ratio = 0;
};

// CopyStreamStats: the stream's share of a cover's statistics (the
// decomposition, the paths, the dropped stars, the settled vertices and the
// times); the rest comes from a CoverStatsCollector.
void CopyStreamStats(const StarStreamStats& from, TreeCoverStats& to);

// The stars of one path, in emission order. Vertex ids are in the stream's
// numbering (StarStream::NewToOld() maps them back).
struct PathStars {
  uint32_t path = 0;
  uint32_t supernode = 0;
  VertexId dom_begin = 0;  // dom(η) = [dom_begin, dom_end) in the new numbering
  VertexId dom_end = 0;
  std::vector<VertexId> roots;
  std::vector<uint32_t> levels;
  std::vector<uint64_t> radii;    // ρ_level, or kUnboundedRadius
  std::vector<uint64_t> offsets;  // roots.size() + 1
  std::vector<VertexId> members;  // in settle order; the root first
  std::vector<uint64_t> weights;  // final star weights (rounded up when quantised)
  // Views (Run with `views`): star i's members and their exact distances are
  // star_vertices[i][0 .. k) and star_distances[i][0 .. k), k = offsets[i+1] −
  // offsets[i], pointing into the stream's buffers and valid only during
  // the sink call; members and weights then stay empty.
  std::vector<const VertexId*> star_vertices;
  std::vector<const uint64_t*> star_distances;
  std::size_t NumEntries() const { return offsets.back(); }
};

class StarStream {
 public:
  // Create: validates the options, runs the decomposition and its
  // self-checks, renumbers the vertices and splits the skeletons into paths
  // (the portal cover); the partition cover fixes its scales here and
  // builds one decomposition per scale in Run, so `g` must outlive the
  // stream.
  static absl::StatusOr<StarStream> Create(const Graph<uint32_t>& g, const StarStreamOptions& options);

  StarStream(StarStream&&) noexcept;
  StarStream& operator=(StarStream&&) noexcept;
  ~StarStream();

  // Run: calls sink(stars of path p) for every path p, in order, and stops
  // at the first error the sink returns. With `concurrent_sink` (and more
  // than one thread) the paths of a batch are handed to the sink from several
  // threads at once, in no fixed order: the sink must then be safe for
  // concurrent calls on different paths; the first error in path order is
  // returned. With `views`, the stars come as views into the stream's
  // buffers (PathStars::star_vertices and star_distances), not as copies: the
  // sink encodes the weights itself. Progress goes to options.progress.
  absl::Status Run(const std::function<absl::Status(const PathStars&)>& sink, bool concurrent_sink = false,
                   bool views = false);

  VertexId NumVertices() const;
  uint32_t NumPaths() const;
  std::span<const VertexId> NewToOld() const;
  std::span<const VertexId> OldToNew() const;
  const std::vector<CoverScale>& scales() const;
  uint64_t min_weight() const;
  const StarStreamStats& stats() const;
  const StarStreamOptions& options() const;
  uint32_t PathSupernode(uint32_t p) const;

 private:
  explicit StarStream(std::unique_ptr<cover_internal::StarSource> generator);
  std::unique_ptr<cover_internal::StarSource> generator_;
};

}  // namespace shortcut

#endif  // SHORTCUT_COVER_STAR_STREAM_H_
