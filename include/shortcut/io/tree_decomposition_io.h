// File: shortcut/io/tree_decomposition_io.h
//
// The PACE 2017 ".td" file format of a tree decomposition
// (core/tree_decomposition.h):
//
//   c <comment>
//   s td <bags> <largest bag size> <vertices>
//   b <bag id> <v1> <v2> ...      one line per bag, ids 1-based
//   <i> <j>                       one line per tree edge between bags i, j
//
//   SHORTCUT_RETURN_IF_ERROR(WritePaceTreeDecomposition("g.td", td, g.NumVertices(), "min-fill"));
//   SHORTCUT_ASSIGN_OR_RETURN(PaceTreeDecomposition back, ReadPaceTreeDecomposition("g.td"));
//
// Reading checks the syntax and the counts only; whether the bags form a
// valid decomposition of a graph is CheckTreeDecomposition's question
// (verify/treewidth.h).
#ifndef SHORTCUT_IO_TREE_DECOMPOSITION_IO_H_
#define SHORTCUT_IO_TREE_DECOMPOSITION_IO_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/tree_decomposition.h"

namespace shortcut {

// PaceTreeDecomposition: a decomposition read from a file, with vertex ids
// as written in it (1-based ids become 0-based: file id i is vertex i - 1)
// and the vertex count of its "s td" line.
struct PaceTreeDecomposition {
  TreeDecomposition decomposition;
  uint64_t num_vertices = 0;
};

// ParsePaceTreeDecomposition: parses .td text; `name` is used in messages.
// Errors: InvalidArgument "NAME:LINE: ..." for a missing or repeated "s td"
// line, bag ids out of range or repeated, vertex ids outside [1, N], counts
// that disagree with the header, or malformed numbers.
absl::StatusOr<PaceTreeDecomposition> ParsePaceTreeDecomposition(std::string_view text, std::string_view name);

// ReadPaceTreeDecomposition: ParsePaceTreeDecomposition on a file, streamed
// (gzip and xz are decompressed on the fly); memory follows the bags read,
// never the "s td" count.
// Errors: the file errors of io/file.h (NotFound for a missing file, ...);
// InvalidArgument for a line over 64 MiB (binary data, /dev/zero); as above
// otherwise.
absl::StatusOr<PaceTreeDecomposition> ReadPaceTreeDecomposition(const std::string& path);

// FormatPaceTreeDecomposition / WritePaceTreeDecomposition: the .td text of
// `td` for a graph of `num_vertices` vertices (vertex v written as v + 1),
// with an optional comment. The file is replaced atomically (io/file.h): a
// failed write leaves the old file intact. Write errors: the file errors of
// io/file.h (NotFound, PermissionDenied, ResourceExhausted, Unknown).
std::string FormatPaceTreeDecomposition(const TreeDecomposition& td, uint64_t num_vertices,
                                        std::string_view comment = {});
absl::Status WritePaceTreeDecomposition(const std::string& path, const TreeDecomposition& td,
                                        uint64_t num_vertices, std::string_view comment = {});

}  // namespace shortcut

#endif  // SHORTCUT_IO_TREE_DECOMPOSITION_IO_H_
