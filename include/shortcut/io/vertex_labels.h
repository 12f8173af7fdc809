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
// ReadVertexList reads one external id per line (terminal files). Files may
// be gzip or xz compressed when read; '#' starts a comment line.
//
// Thread-safety: the functions share no state.
#ifndef SHORTCUT_IO_VERTEX_LABELS_H_
#define SHORTCUT_IO_VERTEX_LABELS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"

namespace shortcut {

// RenumberByFirstAppearance: labels mapped to 0, 1, ... in order of first
// appearance over vertices 0..n-1. Returns the number of distinct labels.
// Complexity: O(n) expected.
uint32_t RenumberByFirstAppearance(std::span<uint32_t> labels);

// WriteVertexLabels: writes "<external id> <label>" for every vertex in
// internal order, labels renumbered by first appearance.
// Requires: labels.size() == g.NumVertices() (else InvalidArgument).
// The file is replaced atomically (io/file.h): a failed write leaves the
// old file intact. Errors: the file errors of io/file.h (NotFound for a
// missing folder, PermissionDenied, ResourceExhausted for a full disk).
// Complexity: O(n).
template <EdgeWeight W>
absl::Status WriteVertexLabels(const std::string& path, const Graph<W>& g, std::span<const uint32_t> labels);

// ReadVertexLabels: labels as written (not renumbered), one per vertex.
// `value_is_vertex`: when true, each label is itself an external vertex id
// (SPR maps) and is translated to an internal vertex id.
// Errors: NotFound for a missing file; InvalidArgument "FILE:LINE: ..." for
// malformed lines, unknown or duplicate vertex ids, labels above 2^32 - 1,
// unknown target ids, and missing vertices (reported at the last line).
// Complexity: O(n + file size).
template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ReadVertexLabels(const std::string& path, const Graph<W>& g,
                                                       bool value_is_vertex = false);

// ParseVertexLabels: ReadVertexLabels on text in memory; `name` is used in
// messages.
template <EdgeWeight W>
absl::StatusOr<std::vector<uint32_t>> ParseVertexLabels(std::string_view data, std::string_view name,
                                                        const Graph<W>& g, bool value_is_vertex = false);

// ReadVertexList: one external vertex id per line ('#' comments allowed), in
// file order; duplicates and unknown ids are errors with the line number.
template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ReadVertexList(const std::string& path, const Graph<W>& g);

// ParseVertexList: ReadVertexList on text in memory.
template <EdgeWeight W>
absl::StatusOr<std::vector<VertexId>> ParseVertexList(std::string_view data, std::string_view name,
                                                      const Graph<W>& g);

// WriteVertexList: one external id per line, in the given order.
// Errors: OutOfRange for a vertex >= g.NumVertices(); file errors as for
// WriteVertexLabels.
template <EdgeWeight W>
absl::Status WriteVertexList(const std::string& path, const Graph<W>& g, std::span<const VertexId> vertices);

}  // namespace shortcut

#endif  // SHORTCUT_IO_VERTEX_LABELS_H_
