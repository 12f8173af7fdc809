// File: shortcut/io/read_graph.h
//
// ReadGraph: loads a graph file in any supported format, detected from the
// extension and the content; .gz and .xz files are decompressed on the fly.
//
//   ReadOptions options;                 // weights from the file, else 1
//   ReadReport report;
//   SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> g, ReadGraph<uint32_t>("NY.gr.xz", options, &report));
//
// Formats:
//   dimacs     DIMACS shortest-path .gr ("p sp n m", "a u v w" arcs,
//              1-based, directed: symmetrised) with an optional .co sibling
//   pace       PACE .gr ("p tw n m", "u v" edges, 1-based, unweighted)
//   metis      METIS .graph ("n m [fmt [ncon]]", 1-based adjacency lists,
//              optional vertex/edge weights) with an optional .xyz sibling
//   scotch     Scotch .grf (0-based or 1-based per baseval; flags for vertex
//              labels, vertex loads and edge weights) + .xyz sibling
//   off        OFF triangle/polygon meshes: the edge graph of the faces,
//              Euclidean lengths scaled to integers (see WeightSpec)
//   edgelist   plain and SNAP edge lists "u v [w]" with '#'/'%' comments;
//              ids are arbitrary non-negative integers, kept as external ids;
//              vertices are numbered in increasing id order
//
// Detection: the extension (after stripping .gz/.xz: .gr, .graph/.metis,
// .grf/.src, .off, .txt/.edges/.el/.tsv/.snap) and otherwise the content;
// compression is recognised by its magic bytes.
//
// External ids: 1-based formats (DIMACS, PACE, METIS) keep the file's 1-based
// ids, Scotch its base value or vertex labels, OFF its 0-based indices, edge
// lists the ids as written (see Graph::ExternalId).
//
// Weights: unweighted inputs get weight 1 unless ReadOptions::weights says
// otherwise; with the default `input` spec an OFF mesh is weighted by
// `euclidean` (its own geometry). Coordinates come from the sibling with the
// graph's stem ("NY.gr.xz" -> NY.co, NY.co.gz or NY.co.xz; "3elt.grf.gz" ->
// 3elt.xyz[.gz|.xz]; "luxembourg.osm.graph" -> luxembourg.osm.xyz), or from
// ReadOptions::coordinates_path, which overrides it. Coordinate files are
// DIMACS .co ("p aux sp co N", "v ID X Y") or .xyz, either Scotch geometry
// ("DIM", "N", then "ID X [Y [Z]]") or plain rows "X Y [Z]" in vertex order;
// every vertex must get exactly one point.
//
// Errors: every malformed input gives InvalidArgument "FILE:LINE: what is
// wrong" (empty or truncated files, counts that disagree with the body, ids
// out of range, negative/NaN/inf/non-numeric weights, over-long lines,
// binary data); zero weights are rejected with FailedPrecondition unless
// zero_weights = kContract; a missing file is NotFound; vertex counts beyond
// 32 bits (or above ReadOptions::max_vertices), and isolated vertices a
// DIMACS/PACE header declares beyond ReadOptions::memory_budget_bytes, are
// ResourceExhausted. No partial result is ever returned. Memory: no reader
// allocates in proportion to a header's count before the body supports it
// (docs/conventions.md, "Limits").
#ifndef SHORTCUT_IO_READ_GRAPH_H_
#define SHORTCUT_IO_READ_GRAPH_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/weight_spec.h"

namespace shortcut {

enum class GraphFormat { kAuto, kDimacs, kPace, kMetis, kScotch, kOff, kEdgeList };

// GraphFormatName: "auto", "dimacs", "pace", "metis", "scotch", "off" or
// "edgelist"; ParseGraphFormat is its inverse (InvalidArgument otherwise).
std::string_view GraphFormatName(GraphFormat format);
absl::StatusOr<GraphFormat> ParseGraphFormat(std::string_view name);

struct ReadOptions {
  GraphFormat format = GraphFormat::kAuto;
  WeightSpec weights;  // default kInput: the file's weights, or 1
  ZeroWeightPolicy zero_weights = ZeroWeightPolicy::kReject;
  // Coordinates file (.co / .xyz); empty = look for a sibling next to the
  // graph file (same stem, optionally compressed) when find_coordinates.
  std::string coordinates_path;
  bool find_coordinates = true;
  // Longest accepted line, in bytes (guards against binary garbage).
  uint64_t max_line_bytes = 64ull << 20;
  // Largest accepted vertex count (declared or distinct ids); larger counts
  // are ResourceExhausted. Lower it to bound memory on untrusted input.
  uint64_t max_vertices = kMaxVertices;
  // Memory, in bytes, that vertices declared by a DIMACS/PACE header but
  // named by no edge may claim, at 1 KiB each; more is ResourceExhausted
  // before anything is allocated for them. 0 = the machine's: physical
  // memory, lowered to the address-space or data limit when one is set.
  uint64_t memory_budget_bytes = 0;
};

struct ReadReport {
  GraphFormat format = GraphFormat::kAuto;
  std::string coordinates_path;  // the coordinates file used, if any
  uint64_t bytes_read = 0;       // uncompressed bytes parsed
  bool weighted_input = false;   // the file carried edge weights
  double euclidean_scale = 0;    // scale used for euclidean weights, if any
  BuildStats build;
};

// ReadGraph: the graph in the file at `path`.
// Requires: nothing (any file content is answered with a status).
// Returns: the canonical simple graph; `report` (optional) receives the
// detected format, the coordinates file used, the bytes parsed and the
// builder's statistics (self-loops dropped, parallel edges merged, arcs of
// directed inputs without a reverse).
// Errors: as listed at the top of this file; messages start with
// "PATH:LINE:" (or "PATH:" for whole-graph problems found by the builder).
// Complexity: O(B + m log m) for B input bytes; the input is streamed (peak
// memory is the edge list plus one line, never the whole file).
template <EdgeWeight W>
absl::StatusOr<Graph<W>> ReadGraph(const std::string& path, const ReadOptions& options = {},
                                   ReadReport* report = nullptr);

// ParseGraph: the same from uncompressed text already in memory (used by
// fuzzers and tests); `name` is used in error messages; format must not be
// kAuto unless the content identifies it. No coordinates sibling is looked
// up (ReadOptions::coordinates_path is still honoured).
template <EdgeWeight W>
absl::StatusOr<Graph<W>> ParseGraph(std::string_view data, std::string_view name, GraphFormat format,
                                    const ReadOptions& options = {}, ReadReport* report = nullptr);

extern template absl::StatusOr<Graph<uint32_t>> ReadGraph(const std::string&, const ReadOptions&, ReadReport*);
extern template absl::StatusOr<Graph<double>> ReadGraph(const std::string&, const ReadOptions&, ReadReport*);
extern template absl::StatusOr<Graph<uint32_t>> ParseGraph(std::string_view, std::string_view, GraphFormat,
                                                           const ReadOptions&, ReadReport*);
extern template absl::StatusOr<Graph<double>> ParseGraph(std::string_view, std::string_view, GraphFormat,
                                                         const ReadOptions&, ReadReport*);

}  // namespace shortcut

#endif  // SHORTCUT_IO_READ_GRAPH_H_
