// Example: build a (1+ε) distance oracle, save it, load it back, query it.
//
//   oracle_example [INDEX_PATH]
//
// Builds the oracle of a 60×60 triangulated grid with random weights 1..100,
// writes it to INDEX_PATH (default: a file in the temporary directory),
// loads it and answers a few queries, comparing each with an exact Dijkstra.
// Exits 0 when every answer is within the guarantee δ <= answer <= (1+ε)δ.
#include <cstdio>
#include <filesystem>
#include <string>

#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/generators/grid.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/sssp/bidirectional_dijkstra.h"

namespace {

absl::Status Run(const std::string& path) {
  using namespace shortcut;
  // 1. A graph: any Graph<uint32_t> works (ReadGraph for files).
  EdgeList<uint32_t> edges = TriangulatedGridEdges(60, 60, /*seed=*/1);
  SHORTCUT_ASSIGN_OR_RETURN(WeightSpec weights, ParseWeightSpec("uniform:1:100:7"));
  SHORTCUT_RETURN_IF_ERROR(ApplyWeights(weights, edges));
  SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> g, BuildGraph(std::move(edges)));

  // 2. Build: the guaranteed stretch is 1 + epsilon.
  DistanceOracleOptions options;
  options.epsilon = 0.25;
  SHORTCUT_ASSIGN_OR_RETURN(DistanceOracle oracle, DistanceOracle::Build(g, options));
  std::printf("built: %u vertices, %.1f label bytes per vertex\n", oracle.NumVertices(),
              static_cast<double>(oracle.LabelBytes()) / oracle.NumVertices());

  // 3. Save and load (the file records the graph's fingerprint).
  SHORTCUT_RETURN_IF_ERROR(oracle.Save(path));
  SHORTCUT_ASSIGN_OR_RETURN(DistanceOracle loaded, DistanceOracle::Load(path));
  SHORTCUT_RETURN_IF_ERROR(loaded.CheckGraph(g));

  // 4. Query, and compare with an exact bidirectional Dijkstra.
  BidirectionalDijkstra<uint32_t> exact(g.NumVertices());
  const VertexId pairs[][2] = {{0, 3599}, {59, 3540}, {1234, 1300}, {1800, 1801}};
  for (const auto& [u, v] : pairs) {
    const uint64_t estimate = loaded.Query(u, v);
    const uint64_t d = exact.Distance(g, u, v);
    std::printf("d(%u, %u): oracle %llu, exact %llu, stretch %.4f\n", u, v,
                static_cast<unsigned long long>(estimate), static_cast<unsigned long long>(d),
                static_cast<double>(estimate) / static_cast<double>(d));
    if (estimate < d || static_cast<double>(estimate) > (1 + options.epsilon) * static_cast<double>(d)) {
      return InternalError("pair ({}, {}) is outside the guarantee", u, v);
    }
  }
  return absl::OkStatus();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path =
      argc > 1 ? argv[1] : (std::filesystem::temp_directory_path() / "oracle_example.idx").string();
  const absl::Status status = Run(path);
  std::filesystem::remove(path);
  if (!status.ok()) {
    std::fprintf(stderr, "oracle_example: %s\n", std::string(status.message()).c_str());
    return 1;
  }
  return 0;
}
