// Internal to src/io (not installed): the per-format parsers behind
// ReadGraph/ParseGraph. Each parser reads a LineReader to its end and fills
// a ParsedGraph: an EdgeList in the builder's terms (0-based internal ids,
// external ids as the file named the vertices), whether the file carried
// weights, and coordinates when the format has them (OFF). Weight specs,
// coordinate siblings and the build happen in read_graph.cc.
#ifndef SHORTCUT_SRC_IO_FORMATS_H_
#define SHORTCUT_SRC_IO_FORMATS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "line_reader.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/io/read_graph.h"

namespace shortcut::io_internal {

template <EdgeWeight W>
struct ParsedGraph {
  EdgeList<W> list;
  bool weighted = false;  // the file carried edge weights
};

struct ParseContext {
  // reject_zero: a zero weight in the file is an error right away (weights
  // are taken from the file and zero weights are not contracted).
  bool reject_zero = true;
  uint64_t max_vertices = kMaxVertices;
  // Memory budget in bytes for vertices a header declares but no edge
  // supports (see CheckDeclaredVertices); 0 = unlimited.
  uint64_t memory_budget = 0;
  // Where the budget comes from, for the message ("physical memory", ...).
  std::string_view budget_source = "the memory budget";
};

// Bytes charged per declared-only vertex: about the most working memory any
// command of the tool needs per vertex (the graph, its ids, an analysis).
inline constexpr uint64_t kBytesPerDeclaredVertex = 1024;

// CheckDeclaredVertices: a header declares `n` vertices and the body has
// `edges` edge lines, which name at most 2·edges distinct vertices; the rest
// are isolated vertices only the header promises. They are accepted while
// they fit the budget at kBytesPerDeclaredVertex each; above it the error is
// ResourceExhausted "NAME:LINE: ..." naming the count and the bytes, raised
// before anything proportional to `n` is allocated.
absl::Status CheckDeclaredVertices(uint64_t n, uint64_t edges, uint64_t header_line, const ParseContext& ctx,
                                   const LineReader& in);

// MachineMemoryBudget: physical memory, lowered to the address-space and
// data-segment limits (ulimit -v, -d) when they are set; `source` names
// which one bounds it. 0 when none is known.
uint64_t MachineMemoryBudget(std::string_view* source);

// ZeroWeightError: FailedPrecondition "NAME:LINE: ..." for a zero weight.
absl::Status ZeroWeightError(const LineReader& in, uint64_t u, uint64_t v);

template <EdgeWeight W>
absl::Status ParseDimacs(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);
template <EdgeWeight W>
absl::Status ParsePace(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);
template <EdgeWeight W>
absl::Status ParseMetis(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);
template <EdgeWeight W>
absl::Status ParseScotch(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);
template <EdgeWeight W>
absl::Status ParseOff(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);
template <EdgeWeight W>
absl::Status ParseEdgeList(LineReader& in, const ParseContext& ctx, ParsedGraph<W>* out);

// IdLookup: external id -> vertex, for coordinate files.
class IdLookup {
 public:
  // `external_ids` empty means vertex v has id v.
  IdLookup(std::span<const uint64_t> external_ids, VertexId n);
  VertexId Find(uint64_t id) const;

 private:
  VertexId n_;
  bool consecutive_ = true;
  uint64_t base_ = 0;
  absl::flat_hash_map<uint64_t, VertexId> map_;
};

// ReadCoordinates: a DIMACS .co file ("p aux sp co N", "v ID X Y") or an
// .xyz file (Scotch geometry "DIM\nN\nID X [Y [Z]]" or plain rows "X Y [Z]",
// one per vertex in order), detected from the content. Every vertex must
// get exactly one point.
absl::StatusOr<std::vector<Point>> ReadCoordinates(LineReader& in, const IdLookup& ids, VertexId n,
                                                   std::span<const uint64_t> external_ids);

// IsOffKeyword: OFF, COFF, NOFF, CNOFF, STOFF, ... (3D variants).
bool IsOffKeyword(std::string_view token);

// DetectFormatFromContent: the format the first bytes of a file look like,
// or kAuto. `whole_file`: the prefix is the entire input.
GraphFormat DetectFormatFromContent(std::string_view prefix, bool whole_file);

#define SHORTCUT_IO_INSTANTIATE_PARSER(name)                                                   \
  template absl::Status name<uint32_t>(LineReader&, const ParseContext&, ParsedGraph<uint32_t>*); \
  template absl::Status name<double>(LineReader&, const ParseContext&, ParsedGraph<double>*)

}  // namespace shortcut::io_internal

#endif  // SHORTCUT_SRC_IO_FORMATS_H_
