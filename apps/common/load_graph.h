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
#ifndef SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_
#define SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_

#include <string>

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

// LoadGraph: reads `path` per the flags; errors carry FILE:LINE.
absl::StatusOr<LoadedGraph> LoadGraph(const std::string& path, const GraphFlags& flags);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_LOAD_GRAPH_H_
