// File: shortcut/cover/tree_cover_io.h
//
// WriteTreeCover: a tree cover as text, the COVER format of `shortcut
// treecover` (docs/tree_cover.md, "The COVER file"): a 'p cover' line with
// the sizes, an 'e' line with ε, the scale ratio, the smallest weight and
// whether weights are quantised, one 's' line per scale, and one 't' line
// per star (id, scale, forests, root, radius or "inf", and its members as
// vertex:weight), with the input file's vertex ids (Graph::ExternalId).
//
//   SHORTCUT_RETURN_IF_ERROR(WriteTreeCover("cover.txt", g, cover));
//
// The file is replaced atomically (io/file.h): a failed or interrupted write
// leaves the previous file at `path` as it was. Errors: those of
// io/file.h (NotFound, PermissionDenied, ResourceExhausted, ...).
#ifndef SHORTCUT_COVER_TREE_COVER_IO_H_
#define SHORTCUT_COVER_TREE_COVER_IO_H_

#include <string>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/cover/tree_cover.h"

namespace shortcut {

absl::Status WriteTreeCover(const std::string& path, const Graph<uint32_t>& g, const TreeCover& cover);

}  // namespace shortcut

#endif  // SHORTCUT_COVER_TREE_COVER_IO_H_
