// Shared graph-loading flags for every subcommand that reads a graph:
//   --format F          dimacs|pace|metis|scotch|off|edgelist (default: auto)
//   --weights SPEC      input|unit|uniform:A:B[:SEED]|euclidean[:SCALE]
//   --zero-weights P    reject (default) | contract
//   --coordinates FILE  coordinates file (default: sibling .co/.xyz if any)
//
//   GraphFlags gf;
//   AddGraphFlags(flags, &gf);
//   ... flags.Parse(args) ...
//   SHORTCUT_ASSIGN_OR_RETURN(LoadedGraph loaded, LoadGraph(path, gf));
//
// GRAPH "-" is standard input (a pipe or a redirected file; gzip and xz are
// recognised, the format by --format or the content; coordinates only with
// --coordinates).
#ifndef SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_
#define SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/flags.h"
#include "shortcut/core/graph.h"
#include "shortcut/io/read_graph.h"

namespace shortcut::cli {

struct GraphFlags {
  std::string format = "auto";
  std::string weights = "input";
  std::string zero_weights = "reject";
  std::string coordinates;
};

void AddGraphFlags(FlagSet& flags, GraphFlags* out);

struct LoadedGraph {
  Graph<uint32_t> graph;
  ReadReport report;
  double load_seconds = 0;
};

// MakeReadOptions: the ReadOptions the flags describe (InvalidArgument for an
// unknown format, weight spec or zero-weights policy).
absl::StatusOr<ReadOptions> MakeReadOptions(const GraphFlags& flags);

// LoadGraph: reads `path` ("-": standard input) per the flags; errors carry
// FILE:LINE.
absl::StatusOr<LoadedGraph> LoadGraph(const std::string& path, const GraphFlags& flags);

// RefuseOutputOverInput: InvalidArgument when `output` names the same file
// as one of `inputs` (the same path, or the same file through another name
// or a link), which the command would otherwise replace with its result.
absl::Status RefuseOutputOverInput(const std::string& output, std::initializer_list<std::string_view> inputs);
// RefuseOutputsOverInputs: the same for several outputs (empty ones are
// options not given).
absl::Status RefuseOutputsOverInputs(std::initializer_list<std::string_view> outputs,
                                     std::initializer_list<std::string_view> inputs);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_
