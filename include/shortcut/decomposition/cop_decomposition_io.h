// File: shortcut/decomposition/cop_decomposition_io.h
//
// Files for a buffered cop decomposition, in the graph's external ids:
//
//   SUPERNODES.txt       one line per vertex "<vertex id> <supernode id>"
//                        (io/vertex_labels.h); supernode ids are numbered
//                        from 0 in order of first appearance.
//   SUPERNODES.txt.tree  the partition tree and the skeletons, same ids:
//                          # shortcut cop decomposition tree v1
//                          # radius <Δ> r <r>
//                          s <id> <parent id or -> <k> <v1>:<p1> ... <vk>:<pk>
//                        one "s" line per supernode, where v:p lists the k
//                        skeleton vertices with their skeleton parents ("-"
//                        for the root).
//
//   SHORTCUT_RETURN_IF_ERROR(WriteCopDecomposition("s.txt", g, cop));
//   SHORTCUT_ASSIGN_OR_RETURN(CopDecomposition<uint32_t> back, ReadCopDecomposition("s.txt", g));
//
// Reading restores supernode_of, parent and the skeletons (not the
// construction statistics); every malformed line is InvalidArgument
// "FILE:LINE: ...". Each of the two files is replaced atomically
// (io/file.h): a failed write leaves the old one intact (the label file is
// written first, so a failure writing the tree can leave a new label file
// next to the old tree).
#ifndef SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_IO_H_
#define SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_IO_H_

#include <string>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/decomposition/cop_decomposition.h"

namespace shortcut {

// TreePath: the companion file of a supernode label file.
inline std::string CopTreePath(const std::string& labels_path) { return labels_path + ".tree"; }

template <EdgeWeight W>
absl::Status WriteCopDecomposition(const std::string& labels_path, const Graph<W>& g,
                                   const CopDecomposition<W>& cop);

template <EdgeWeight W>
absl::StatusOr<CopDecomposition<W>> ReadCopDecomposition(const std::string& labels_path, const Graph<W>& g);

extern template absl::Status WriteCopDecomposition(const std::string&, const Graph<uint32_t>&,
                                                   const CopDecomposition<uint32_t>&);
extern template absl::StatusOr<CopDecomposition<uint32_t>> ReadCopDecomposition(const std::string&,
                                                                                const Graph<uint32_t>&);

}  // namespace shortcut

#endif  // SHORTCUT_DECOMPOSITION_COP_DECOMPOSITION_IO_H_
