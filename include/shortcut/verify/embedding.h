// File: shortcut/verify/embedding.h
//
// EmbeddingGenus(g, rotation): checks a combinatorial embedding (a rotation
// system: for every vertex, the cyclic order of its neighbours) and returns
// the genus of the orientable surface it describes, from Euler's formula
// applied to each connected component: V - E + F = 2 - 2 genus, where the
// faces F are the orbits of "arrive at v from u, leave towards the
// neighbour after u in v's order". The genus of the whole graph is the sum
// over its components.
//
// A rotation system of genus 0 certifies planarity (independently of any
// planarity test); genus g certifies K_r-minor-freeness for every r with
// (r-3)(r-4) > 12 g (Ringel and Youngs: K_r embeds in the orientable
// surface of genus ceil((r-3)(r-4)/12)).
//
//   GeneratedGraph t = ToroidalGrid(5, 5, false);
//   Graph<uint32_t> g = ...BuildGraph(t.list)...;
//   absl::StatusOr<uint64_t> genus = EmbeddingGenus(g, t.rotation);   // 1
//
// Complexity: O(n + m log d) time, O(m) space.
#ifndef SHORTCUT_VERIFY_EMBEDDING_H_
#define SHORTCUT_VERIFY_EMBEDDING_H_

#include <cstdint>
#include <span>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

// EmbeddingGenus: see the file comment.
// Requires: rotation.size() == n and rotation[v] a permutation of the
// neighbours of v. Errors: FailedPrecondition naming the first vertex whose
// rotation is not a permutation of its neighbours (missing, extra or
// repeated neighbour, wrong size).
template <EdgeWeight W>
absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<W>& g, std::span<const std::vector<VertexId>> rotation);

// ExcludedCliqueForGenus(genus): the smallest r with (r-3)(r-4) > 12 genus:
// a graph of that genus has no K_r minor (5 for genus 0, 8 for genus 1).
int ExcludedCliqueForGenus(uint64_t genus);

extern template absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<uint32_t>&,
                                                        std::span<const std::vector<VertexId>>);
extern template absl::StatusOr<uint64_t> EmbeddingGenus(const Graph<double>&,
                                                        std::span<const std::vector<VertexId>>);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_EMBEDDING_H_
