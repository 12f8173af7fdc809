#include "common/load_graph.h"

#include <sys/stat.h>

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
  // "-": standard input, read as a stream like any file (no sibling
  // coordinates file to look for).
  const bool standard_input = path == "-";
  if (standard_input) options.find_coordinates = false;
  LoadedGraph loaded;
  const auto start = std::chrono::steady_clock::now();
  SHORTCUT_ASSIGN_OR_RETURN(loaded.graph,
                            ReadGraph<uint32_t>(standard_input ? "/dev/stdin" : path, options, &loaded.report));
  loaded.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return loaded;
}

absl::Status RefuseOutputOverInput(const std::string& output, std::initializer_list<std::string_view> inputs) {
  struct stat out_stat;
  const bool out_exists = ::stat(output.c_str(), &out_stat) == 0;
  for (std::string_view input : inputs) {
    if (input.empty() || input == "-") continue;
    bool same = input == output;
    struct stat in_stat;
    if (!same && out_exists && ::stat(std::string(input).c_str(), &in_stat) == 0) {
      same = S_ISREG(out_stat.st_mode) && in_stat.st_dev == out_stat.st_dev && in_stat.st_ino == out_stat.st_ino;
    }
    if (same) return InvalidArgumentError("-o {}: the output would replace the input {}", output, input);
  }
  return absl::OkStatus();
}

absl::Status RefuseOutputsOverInputs(std::initializer_list<std::string_view> outputs,
                                     std::initializer_list<std::string_view> inputs) {
  for (std::string_view output : outputs) {
    if (output.empty()) continue;
    SHORTCUT_RETURN_IF_ERROR(RefuseOutputOverInput(std::string(output), inputs));
  }
  return absl::OkStatus();
}

}  // namespace shortcut::cli
