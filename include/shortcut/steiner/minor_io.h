// File: shortcut/steiner/minor_io.h
//
// Files of a Steiner-point-removal result:
//
//   MINOR.gr  the minor M in DIMACS shortest-path form over the input graph's
//             vertex numbering: "p sp n m" with n the input's vertex count and
//             m the number of arcs, then every minor edge {u, v} as the two
//             arcs "a u v w" and "a v u w" (w = d_G(u, v)); only terminals
//             have arcs. DIMACS vertex i is the input's i-th vertex in the
//             library's order, i.e. internal id i - 1, which is the input
//             file's own id for 1-based formats (DIMACS, METIS, PACE); a
//             comment line "c terminal <i> <input id>" names every terminal
//             for other formats.
//   MAP.txt   one line per vertex, "<vertex id> <id of its terminal>", in
//             the input file's ids, vertices in internal order. Read it back
//             with ReadVertexLabels(path, g, /*value_is_vertex=*/true).
//
//   SHORTCUT_RETURN_IF_ERROR(WriteSprMinor("minor.gr", g, spr.terminals, spr.minor_edges));
//   SHORTCUT_RETURN_IF_ERROR(WriteSprMap("map.txt", g, spr.terminal_of));
//   SHORTCUT_ASSIGN_OR_RETURN(std::vector<MinorEdge<uint32_t>> m, ReadSprMinor("minor.gr", g));
//
// Weights are written exactly: integers in decimal, doubles with 17
// significant digits (round-trip exact).
//
// Thread-safety: the functions share no state.
#ifndef SHORTCUT_STEINER_MINOR_IO_H_
#define SHORTCUT_STEINER_MINOR_IO_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/steiner/minor.h"

namespace shortcut {

// WriteSprMinor: writes `edges` as described above; `terminals` get comment
// lines. `header` (may be empty) is written as one more comment line.
// Requires: endpoints < g.NumVertices() (else OutOfRange).
// The file is replaced atomically (io/file.h): a failed write leaves the
// old file intact. Errors: the file errors of io/file.h (NotFound for a
// missing folder, PermissionDenied, ResourceExhausted for a full disk).
// Complexity: O(|edges| + |terminals|).
template <EdgeWeight W>
absl::Status WriteSprMinor(const std::string& path, const Graph<W>& g, std::span<const VertexId> terminals,
                           std::span<const MinorEdge<W>> edges, const std::string& header = "");

// ReadSprMinor: the minor edges of a MINOR.gr file for graph g, one per arc
// pair, normalised to u < v and sorted by (u, v).
// Errors: the file errors of io/file.h; InvalidArgument "FILE:LINE: ..." for
// a malformed line, a missing or repeated "p sp" line, a vertex count other
// than g's, an arc count that disagrees with the body, ids outside [1, n],
// self-loops, zero or malformed weights, an arc without its reverse, two
// directions with different weights, and repeated arcs.
// Complexity: O(file size + m log m).
template <EdgeWeight W>
absl::StatusOr<std::vector<MinorEdge<W>>> ReadSprMinor(const std::string& path, const Graph<W>& g);

// ParseSprMinor: ReadSprMinor on text in memory; `name` is used in messages.
template <EdgeWeight W>
absl::StatusOr<std::vector<MinorEdge<W>>> ParseSprMinor(std::string_view data, std::string_view name,
                                                        const Graph<W>& g);

// WriteSprMap: writes "<external id> <external id of terminal_of[v]>" for
// every vertex v in internal order.
// Requires: terminal_of.size() == g.NumVertices() and every value < n (else
// InvalidArgument). Errors: as WriteSprMinor. Complexity: O(n).
template <EdgeWeight W>
absl::Status WriteSprMap(const std::string& path, const Graph<W>& g, std::span<const VertexId> terminal_of);

extern template absl::Status WriteSprMinor(const std::string&, const Graph<uint32_t>&, std::span<const VertexId>,
                                           std::span<const MinorEdge<uint32_t>>, const std::string&);
extern template absl::Status WriteSprMinor(const std::string&, const Graph<double>&, std::span<const VertexId>,
                                           std::span<const MinorEdge<double>>, const std::string&);
extern template absl::StatusOr<std::vector<MinorEdge<uint32_t>>> ReadSprMinor(const std::string&,
                                                                             const Graph<uint32_t>&);
extern template absl::StatusOr<std::vector<MinorEdge<double>>> ReadSprMinor(const std::string&, const Graph<double>&);
extern template absl::StatusOr<std::vector<MinorEdge<uint32_t>>> ParseSprMinor(std::string_view, std::string_view,
                                                                              const Graph<uint32_t>&);
extern template absl::StatusOr<std::vector<MinorEdge<double>>> ParseSprMinor(std::string_view, std::string_view,
                                                                            const Graph<double>&);
extern template absl::Status WriteSprMap(const std::string&, const Graph<uint32_t>&, std::span<const VertexId>);
extern template absl::Status WriteSprMap(const std::string&, const Graph<double>&, std::span<const VertexId>);

}  // namespace shortcut

#endif  // SHORTCUT_STEINER_MINOR_IO_H_
