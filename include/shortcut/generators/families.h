// File: shortcut/generators/families.h
//
// The registry of named graph families behind `shortcut gen FAMILY`: one
// entry per family with its class (what it excludes, and why it is
// interesting) and one entry point that turns a target size and a seed into
// a GeneratedGraph with its certificates.
//
//   FamilyOptions options;
//   options.n = 10000;
//   options.seed = 42;
//   SHORTCUT_ASSIGN_OR_RETURN(GeneratedGraph t, GenerateFamily("delaunay", options));
//
// Families: grid, trigrid, delaunay, planar, road, outerplanar, tree, caterpillar
// (planar); ktree, partial-ktree, series-parallel (bounded treewidth); torus,
// apex, clique-sum (minor-free beyond planar); comb, grid-pendant,
// wheel-spokes, cxkr-tree (adversarial). docs/generators.md has a page on
// each.
//
// `n` is a target: grid-like families round it to their shape (a grid gets
// ceil(sqrt(n)) rows and columns unless rows/cols are given; cxkr-tree the
// largest complete binary tree with at most n vertices); the others have
// exactly n vertices. The output depends only on (family, options): the
// same on every platform.
#ifndef SHORTCUT_GENERATORS_FAMILIES_H_
#define SHORTCUT_GENERATORS_FAMILIES_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "absl/status/statusor.h"
#include "shortcut/generators/generated_graph.h"

namespace shortcut {

struct FamilyOptions {
  uint32_t n = 1000;
  uint64_t seed = 1;
  uint32_t k = 3;              // ktree, partial-ktree: the treewidth
  double keep = 0.5;           // planar, outerplanar, partial-ktree: P(keep an optional edge)
  double p = 0.5;              // apex: P(apex joined to a vertex)
  uint32_t rows = 0;           // grid, trigrid, torus, grid-pendant (0: from n)
  uint32_t cols = 0;           // likewise
  bool triangulated = false;   // torus: add one diagonal per cell
  uint32_t spine = 0;          // caterpillar, comb (0: from n)
  uint32_t piece_size = 30;    // clique-sum: vertices per planar piece (>= 4)
  uint32_t paths = 0;          // grid-pendant: number of pendant paths (0: from n)
  uint32_t length = 0;         // grid-pendant path length, wheel-spokes spoke length (0: from n)
  double ratio = 1;            // cxkr-tree: weight ratio between consecutive levels (>= 1)
};

struct FamilyInfo {
  std::string_view name;
  // graph_class: what the family is certified to be, e.g. "planar".
  std::string_view graph_class;
  // excluded_minor: r such that every member is K_r-minor-free; 0 means
  // k + 2 (bounded-treewidth families, k from the options).
  int excluded_minor;
  bool planar;
  bool has_coordinates;
  std::string_view summary;
};

// Families: every registered family, in a fixed order.
std::span<const FamilyInfo> Families();

// FindFamily: the entry named `name`, or nullptr.
const FamilyInfo* FindFamily(std::string_view name);

// ExcludedMinor: r such that GenerateFamily(info.name, options) is
// K_r-minor-free.
int ExcludedMinor(const FamilyInfo& info, const FamilyOptions& options);

// GenerateFamily: generates one member of the family.
// Errors: InvalidArgument for an unknown family or out-of-range options
// (n = 0, probabilities outside [0, 1], k = 0, sizes that overflow 32-bit
// ids, torus sides < 3, piece_size < 4, ratio < 1).
// Complexity: see the family's generator; O(n log n) at most (O(n k^2) for
// k-trees).
absl::StatusOr<GeneratedGraph> GenerateFamily(std::string_view name, const FamilyOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_GENERATORS_FAMILIES_H_
