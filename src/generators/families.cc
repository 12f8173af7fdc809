#include "shortcut/generators/families.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "shortcut/core/status.h"
#include "shortcut/generators/adversarial.h"
#include "shortcut/generators/bounded_treewidth.h"
#include "shortcut/generators/grid.h"
#include "shortcut/generators/minor_free.h"
#include "shortcut/generators/planar.h"
#include "shortcut/generators/road.h"
#include "shortcut/generators/tree.h"

namespace shortcut {
namespace {

constexpr FamilyInfo kFamilies[] = {
    {"grid", "planar", 5, true, true, "rows x cols grid"},
    {"trigrid", "planar", 5, true, true, "grid with one random diagonal per cell"},
    {"delaunay", "planar", 5, true, true, "Delaunay triangulation of random integer points"},
    {"planar", "planar", 5, true, true, "Delaunay triangulation with random edges deleted, connected"},
    {"road", "planar", 5, true, true, "road-like: jittered street grid, random streets kept, long degree-2 chains"},
    {"outerplanar", "outerplanar (treewidth <= 2)", 4, true, false,
     "random polygon triangulation with random chords deleted"},
    {"tree", "tree", 3, true, false, "uniformly random labelled tree"},
    {"caterpillar", "tree", 3, true, false, "path with random leaves"},
    {"ktree", "treewidth <= k", 0, false, false, "random k-tree"},
    {"partial-ktree", "treewidth <= k", 0, false, false, "random k-tree with random edges deleted"},
    {"series-parallel", "series-parallel (treewidth <= 2)", 4, true, false,
     "random series and parallel extensions of an edge"},
    {"torus", "genus 1", 8, false, false, "toroidal grid (optionally triangulated)"},
    {"apex", "apex (planar + 1 vertex)", 6, false, true, "Delaunay triangulation plus an apex vertex"},
    {"clique-sum", "<=3-clique-sums of planar graphs", 5, false, false,
     "planar pieces glued along vertices, edges and triangles"},
    {"comb", "tree", 3, true, false, "path with a long path hanging from each vertex"},
    {"grid-pendant", "planar", 5, true, false, "grid with long pendant paths"},
    {"wheel-spokes", "planar", 5, true, false, "wheel whose spokes are long paths"},
    {"cxkr-tree", "tree", 3, true, false, "complete binary tree (Steiner point removal lower bound)"},
};

uint32_t CeilSqrt(uint64_t n) {
  uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(n)));
  while (r * r < n) ++r;
  while (r > 0 && (r - 1) * (r - 1) >= n) --r;
  return static_cast<uint32_t>(r);
}

// GridShape: rows and cols from the options (either may be 0).
absl::Status GridShape(const FamilyOptions& o, uint32_t min_side, uint32_t* rows, uint32_t* cols) {
  uint64_t r = o.rows, c = o.cols;
  if (r == 0 && c == 0) {
    r = c = std::max(min_side, CeilSqrt(o.n));
  } else if (r == 0) {
    r = std::max<uint64_t>(min_side, (o.n + c - 1) / c);
  } else if (c == 0) {
    c = std::max<uint64_t>(min_side, (o.n + r - 1) / r);
  }
  if (r < min_side || c < min_side) {
    return InvalidArgumentError("rows and cols must be at least {} (got {} x {})", min_side, r, c);
  }
  if (r * c > kMaxVertices) return InvalidArgumentError("{} x {} vertices do not fit 32-bit ids", r, c);
  *rows = static_cast<uint32_t>(r);
  *cols = static_cast<uint32_t>(c);
  return absl::OkStatus();
}

GeneratedGraph Wrap(EdgeList<uint32_t> list) {
  GeneratedGraph out;
  out.list = std::move(list);
  return out;
}

}  // namespace

std::span<const FamilyInfo> Families() { return kFamilies; }

const FamilyInfo* FindFamily(std::string_view name) {
  for (const auto& f : kFamilies) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

int ExcludedMinor(const FamilyInfo& info, const FamilyOptions& options) {
  return info.excluded_minor != 0 ? info.excluded_minor : static_cast<int>(options.k) + 2;
}

absl::StatusOr<GeneratedGraph> GenerateFamily(std::string_view name, const FamilyOptions& o) {
  const FamilyInfo* info = FindFamily(name);
  if (info == nullptr) {
    std::string known;
    for (const auto& f : kFamilies) known += fmt::format("{}{}", known.empty() ? "" : ", ", f.name);
    return InvalidArgumentError("unknown family '{}' (known: {})", name, known);
  }
  if (o.n == 0 || o.n > kMaxVertices) return InvalidArgumentError("n must be in [1, {}]", kMaxVertices);
  if (!(o.keep >= 0 && o.keep <= 1)) return InvalidArgumentError("keep must be in [0, 1], got {}", o.keep);
  if (!(o.p >= 0 && o.p <= 1)) return InvalidArgumentError("p must be in [0, 1], got {}", o.p);
  const uint32_t n = o.n;
  const std::string_view f = info->name;
  uint32_t rows = 0, cols = 0;
  if (f == "grid" || f == "trigrid") {
    SHORTCUT_RETURN_IF_ERROR(GridShape(o, 1, &rows, &cols));
    return Wrap(f == "grid" ? GridEdges(rows, cols) : TriangulatedGridEdges(rows, cols, o.seed));
  }
  if (f == "delaunay") return DelaunayTriangulation(n, o.seed);
  if (f == "planar") return RandomPlanar(n, o.seed, o.keep);
  if (f == "road") return RoadNetwork(n, o.seed, o.keep);
  if (f == "outerplanar") return RandomOuterplanar(n, o.seed, o.keep);
  if (f == "tree") return Wrap(RandomTreeEdges(n, o.seed));
  if (f == "caterpillar") {
    const uint32_t spine = o.spine != 0 ? o.spine : std::max<uint32_t>(1, n / 3);
    if (spine > n) return InvalidArgumentError("spine ({}) must be at most n ({})", spine, n);
    return Wrap(CaterpillarEdges(n, spine, o.seed));
  }
  if (f == "ktree" || f == "partial-ktree") {
    if (o.k == 0) return InvalidArgumentError("k must be at least 1");
    if (uint64_t{n} * (uint64_t{o.k} + 1) >= (uint64_t{1} << 32)) {
      return InvalidArgumentError("n * (k + 1) = {} does not fit 32 bits", uint64_t{n} * (o.k + 1));
    }
    return f == "ktree" ? RandomKTree(n, o.k, o.seed) : RandomPartialKTree(n, o.k, o.seed, o.keep);
  }
  if (f == "series-parallel") return RandomSeriesParallel(n, o.seed);
  if (f == "torus") {
    SHORTCUT_RETURN_IF_ERROR(GridShape(o, 3, &rows, &cols));
    return ToroidalGrid(rows, cols, o.triangulated);
  }
  if (f == "apex") return RandomApex(n, o.seed, o.p);
  if (f == "clique-sum") {
    if (o.piece_size < 4) return InvalidArgumentError("piece size must be at least 4, got {}", o.piece_size);
    return RandomCliqueSum(n, o.seed, o.piece_size);
  }
  if (f == "comb") {
    const uint32_t spine = o.spine != 0 ? o.spine : CeilSqrt(n);
    if (spine > n) return InvalidArgumentError("spine ({}) must be at most n ({})", spine, n);
    return Wrap(Comb(spine, (n - spine) / spine));
  }
  if (f == "grid-pendant") {
    const uint64_t side_rows = o.rows != 0 ? o.rows : std::max<uint32_t>(2, CeilSqrt(n / 2));
    const uint64_t side_cols = o.cols != 0 ? o.cols : side_rows;
    const uint64_t grid = side_rows * side_cols;
    const uint64_t rest = n > grid ? n - grid : 0;
    const uint64_t paths = o.paths != 0 ? o.paths : std::max<uint64_t>(1, side_rows / 2);
    const uint64_t length = o.length != 0 ? o.length : rest / paths;
    if (grid + paths * length > kMaxVertices) return InvalidArgumentError("too many vertices");
    return Wrap(GridWithPendantPaths(static_cast<uint32_t>(side_rows), static_cast<uint32_t>(side_cols),
                                     static_cast<uint32_t>(paths), static_cast<uint32_t>(length), o.seed));
  }
  if (f == "wheel-spokes") {
    const uint64_t spokes = o.spine != 0 ? o.spine : std::max<uint32_t>(3, CeilSqrt(n));
    if (spokes < 3) return InvalidArgumentError("a wheel needs at least 3 spokes");
    const uint64_t length = o.length != 0 ? o.length : std::max<uint64_t>(1, (n - 1) / spokes);
    if (1 + spokes * length > kMaxVertices) return InvalidArgumentError("too many vertices");
    return Wrap(WheelWithSpokes(static_cast<uint32_t>(spokes), static_cast<uint32_t>(length)));
  }
  if (f == "cxkr-tree") {
    if (!(o.ratio >= 1)) return InvalidArgumentError("ratio must be at least 1, got {}", o.ratio);
    uint32_t depth = 0;
    while (depth < 30 && (uint64_t{2} << (depth + 1)) - 1 <= n) ++depth;
    // The heaviest weight, ratio^depth, must fit 32 bits.
    double w = 1;
    for (uint32_t i = 1; i < depth; ++i) w *= o.ratio;
    if (w >= 4294967295.0) return InvalidArgumentError("ratio^depth overflows 32-bit weights");
    return CxkrTree(depth, o.ratio);
  }
  return InternalError("family '{}' is registered but not dispatched", f);
}

}  // namespace shortcut
