#include "common/load_graph.h"

#include <chrono>

#include "shortcut/core/status.h"

namespace shortcut::cli {

void AddGraphFlags(FlagSet& flags, GraphFlags* out) {
  flags.String("format", &out->format, "auto|dimacs|pace|metis|scotch|off|edgelist (default: auto)");
  flags.String("weights", &out->weights,
               "input|unit|uniform:A:B[:SEED]|euclidean[:SCALE] (default: input; OFF meshes: euclidean)");
  flags.String("zero-weights", &out->zero_weights, "reject (default) | contract");
  flags.String("coordinates", &out->coordinates, "coordinates file (default: sibling .co/.xyz, if any)");
}

absl::StatusOr<ReadOptions> MakeReadOptions(const GraphFlags& flags) {
  ReadOptions options;
  SHORTCUT_ASSIGN_OR_RETURN(options.format, ParseGraphFormat(flags.format));
  absl::StatusOr<WeightSpec> spec = ParseWeightSpec(flags.weights);
  if (!spec.ok()) return Annotate(spec.status(), "--weights");
  options.weights = *spec;
  if (flags.zero_weights == "reject") {
    options.zero_weights = ZeroWeightPolicy::kReject;
  } else if (flags.zero_weights == "contract") {
    options.zero_weights = ZeroWeightPolicy::kContract;
  } else {
    return InvalidArgumentError("--zero-weights: '{}' is not reject or contract", flags.zero_weights);
  }
  options.coordinates_path = flags.coordinates;
  return options;
}

absl::StatusOr<LoadedGraph> LoadGraph(const std::string& path, const GraphFlags& flags) {
  SHORTCUT_ASSIGN_OR_RETURN(ReadOptions options, MakeReadOptions(flags));
  LoadedGraph loaded;
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(loaded.graph, ReadGraph<uint32_t>(path, options, &loaded.report));
  loaded.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return loaded;
}

}  // namespace shortcut::cli
