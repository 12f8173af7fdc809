// File: shortcut/emulator/low_hop_emulator_io.h
//
// The emulator file (`shortcut emulator -o H.gr`): the graph H in DIMACS
// shortest-path form over the input graph's vertex numbering, so that any
// DIMACS reader (ours included) loads it as a graph:
//
//   c <comment>                      (optional)
//   c id <i> <input id>              one per vertex, only when the input's
//                                    ids are not 1 … n
//   p sp <n> <2·edges>               n = the input graph's vertex count
//   a <i> <j> <w>                    every edge {i, j} of H as two arcs
//
// DIMACS vertex i is the input's i-th vertex in the library's order
// (internal id i − 1), which is the input file's own id for 1-based formats
// (DIMACS, METIS, PACE); the "c id" lines name it for other formats. Edges
// are written in H's edge-id order, weights exactly (decimal integers).
//
//   SHORTCUT_RETURN_IF_ERROR(WriteLowHopEmulator("h.gr", g, emulator.graph));
//   SHORTCUT_ASSIGN_OR_RETURN(Graph<uint32_t> h, ReadLowHopEmulator("h.gr", g));
//
// The file is replaced atomically (io/file.h).
#ifndef SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_IO_H_
#define SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_IO_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

// WriteLowHopEmulator: writes `h` (a graph on g's vertices) as above.
// Requires: h.NumVertices() == g.NumVertices() (InvalidArgument otherwise).
// Errors: the file errors of io/file.h. Complexity: O(n + m_H).
absl::Status WriteLowHopEmulator(const std::string& path, const Graph<uint32_t>& g, const Graph<uint32_t>& h,
                                 std::string_view comment = {});

// ReadLowHopEmulator: the graph of an emulator file for `g`, on g's vertices
// (vertex i − 1 of g is DIMACS vertex i) with g's external ids. Parallel
// arcs are merged keeping the minimum, as the graph reader does.
// Errors: those of ReadGraph (a DIMACS file; FILE:LINE messages), and
// InvalidArgument when the file's vertex count is not g's (also when it
// declares more).
// Complexity: O(file size + m_H log m_H).
absl::StatusOr<Graph<uint32_t>> ReadLowHopEmulator(const std::string& path, const Graph<uint32_t>& g);

}  // namespace shortcut

#endif  // SHORTCUT_EMULATOR_LOW_HOP_EMULATOR_IO_H_
