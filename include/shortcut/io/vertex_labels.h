// File: shortcut/io/vertex_labels.h
//
// The text format shared by clusters, supernodes and Steiner-point-removal
// maps: one line per vertex, "<external vertex id> <label>", vertices in
// increasing internal id order. Labels are renumbered from 0 in order of
// first appearance when written, so equal partitions give identical files.
//
//   SHORTCUT_RETURN_IF_ERROR(WriteVertexLabels("clusters.txt", g, cluster_of));
//   SHORTCUT_ASSIGN_OR_RETURN(std::vector<uint32_t> labels, ReadVertexLabels("clusters.txt", g));
//
// Reading accepts any order of lines and any non-negative labels, and checks
// that every vertex appears exactly once: unknown or duplicate ids, missing
// vertices and malformed lines are InvalidArgument "FILE:LINE: ...".
// ReadVertexList reads one external id per line (terminal files).
#ifndef SHORTCUT_IO_VERTEX_LABELS_H_
#define SHORTCUT_IO_VERTEX_LABELS_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

// RenumberByFirstAppearance: labels mapped to 0, 1, ... in order of first
// appearance over vertices 0..n-1. Returns the number of distinct labels.
uint32_t RenumberByFirstAppearance(std::span<uint32_t> labels);

template <EdgeWeight W>
absl::Status WriteVertexLabels(const std::string& path, const Graph<W>& g, std::span<const uint32_t> labels);

// ReadVertexLabels: labels as written (not renumbered), one per vertex.
// `value_is_vertex`: when true, each label is itself an external vertex id
// (SPR maps) and is translated to an internal vertex id.
template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ReadVertexLabels(const std::string& path, const Graph<W>& g,
                                                       bool value_is_vertex = false);

// ReadVertexList: one external vertex id per line ('#' comments allowed);
// duplicates and unknown ids are errors with the line number.
template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ReadVertexList(const std::string& path, const Graph<W>& g);

template <EdgeWeight W>
absl::Status WriteVertexList(const std::string& path, const Graph<W>& g, std::span<const VertexId> vertices);

}  // namespace shortcut

#endif  // SHORTCUT_IO_VERTEX_LABELS_H_
