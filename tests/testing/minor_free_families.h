// File: testing/minor_free_families.h
//
// The non-planar minor-free families the library is named for, as small
// fixed-seed property-test inputs: k-trees and partial k-trees (treewidth k,
// K_{k+2}-minor-free), <=3-clique-sums of planar pieces (K_5-free), apex
// graphs (K_6-free), the triangulated torus (genus 1, K_8-free) and
// series-parallel graphs (K_4-free). Each comes with random integer weights
// and with random double weights on the same edges, and with the r that the
// family registry certifies (ExcludedMinor, generators/families.h).
#ifndef SHORTCUT_TESTING_MINOR_FREE_FAMILIES_H_
#define SHORTCUT_TESTING_MINOR_FREE_FAMILIES_H_

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/random.h"
#include "shortcut/generators/families.h"
#include "testing/graphs.h"

namespace shortcut::testing {

struct MinorFreeGraph {
  std::string name;          // e.g. "partial-ktree k=4 n=300 seed=2"
  Graph<uint32_t> graph;     // weights uniform in [1, 100]
  Graph<double> dgraph;      // the same edges, weights uniform in [0.5, 10)
  uint32_t r = 0;            // the graph is K_r-minor-free
  bool planar = false;
};

struct MinorFreeFamily {
  const char* family;
  uint32_t k = 3;  // ktree, partial-ktree: the treewidth
};

// The families, each with the option that makes it non-trivial.
inline std::vector<MinorFreeFamily> MinorFreeFamilyList() {
  return {{"ktree", 3}, {"partial-ktree", 4}, {"clique-sum"}, {"apex"}, {"torus"}, {"series-parallel"}};
}

inline EdgeList<double> WithRandomDoubleWeights(const EdgeList<uint32_t>& list, uint64_t seed) {
  EdgeList<double> out;
  out.num_vertices = list.num_vertices;
  Random rng(seed);
  for (const auto& e : list.edges) out.edges.push_back({e.tail, e.head, 0.5 + 9.5 * rng.UniformReal()});
  return out;
}

// MinorFreeGraphs(n, seeds): one member of every family per seed, about n
// vertices each (the torus rounds n to a grid shape).
inline std::vector<MinorFreeGraph> MinorFreeGraphs(uint32_t n, std::vector<uint64_t> seeds) {
  std::vector<MinorFreeGraph> out;
  for (const MinorFreeFamily& f : MinorFreeFamilyList()) {
    const FamilyInfo* info = FindFamily(f.family);
    if (info == nullptr) std::abort();
    for (uint64_t seed : seeds) {
      FamilyOptions options;
      options.n = n;
      options.seed = seed;
      options.k = f.k;
      options.triangulated = true;  // torus: the genus-1 triangulation
      options.piece_size = 20;
      auto generated = GenerateFamily(f.family, options);
      if (!generated.ok()) std::abort();
      MinorFreeGraph g;
      g.name = std::string(f.family) + (f.k != 3 ? " k=" + std::to_string(f.k) : "") +
               " n=" + std::to_string(n) + " seed=" + std::to_string(seed);
      g.r = static_cast<uint32_t>(ExcludedMinor(*info, options));
      g.planar = info->planar;
      g.dgraph = [&] {
        auto d = BuildGraph(WithRandomDoubleWeights(generated->list, seed + 100));
        if (!d.ok()) std::abort();
        return std::move(d).value();
      }();
      g.graph = MustBuild(WithUniformWeights(std::move(generated->list), 1, 100, seed + 200));
      out.push_back(std::move(g));
    }
  }
  return out;
}

}  // namespace shortcut::testing

#endif  // SHORTCUT_TESTING_MINOR_FREE_FAMILIES_H_
