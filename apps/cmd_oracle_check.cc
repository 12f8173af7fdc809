// shortcut oracle check INDEX
//
// Loads an index and checks its structure: the header, the checksum, the
// offsets and every label (each decodes inside its own bytes, paths and
// stars in range and increasing; DistanceOracle::Load validates that), then
// walks every label again through the query's own decoder and checks what it
// yields (stars below the star count, entries summing to the header's
// count). Prints a one-line summary and exits 0, or prints the problem and
// exits 1. A structurally valid index can still be wrong about distances (the
// checksum detects corruption, not tampering): `verify oracle GRAPH INDEX`
// checks it against a graph (docs/distance_oracle.md, "Trust").
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "common/command.h"
#include "common/flags.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::cli {
namespace {

// CheckLabels: the entries of every label as Query decodes them.
absl::Status CheckLabels(const DistanceOracle& oracle, uint64_t* max_label_bytes) {
  uint64_t entries = 0;
  for (VertexId v = 0; v < oracle.NumVertices(); ++v) {
    *max_label_bytes = std::max(*max_label_bytes, oracle.LabelBytes(v));
    const auto label = oracle.DecodeLabel(v);
    uint64_t previous = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
      const uint64_t star = label[i].first;
      if (star >= oracle.NumStars()) {
        return InvalidArgumentError("label of vertex {} names star {} of {}", oracle.ExternalId(v), star,
                                    oracle.NumStars());
      }
      if (i > 0 && star <= previous) {
        return InvalidArgumentError("label of vertex {}: stars not increasing ({} after {})", oracle.ExternalId(v),
                                    star, previous);
      }
      previous = star;
    }
    entries += label.size();
  }
  if (entries != oracle.NumEntries()) {
    return InvalidArgumentError("labels decode to {} entries, the index says {}", entries, oracle.NumEntries());
  }
  return absl::OkStatus();
}

int RunOracleCheck(std::span<const std::string> args) {
  FlagSet flags("oracle check", "INDEX");
  std::string index_path;
  flags.Positional("INDEX", &index_path, "index file written by 'oracle build'");
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("oracle check", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  auto oracle = DistanceOracle::Load(index_path);
  if (!oracle.ok()) return ReportError("oracle check", oracle.status());
  uint64_t max_label_bytes = 0;
  if (absl::Status st = CheckLabels(*oracle, &max_label_bytes); !st.ok()) {
    return ReportError("oracle check", InvalidArgumentError("{}: {}", index_path, st.message()));
  }
  fmt::print("{}: ok: {} vertices, {} paths, {} stars, {} label entries in {} bytes (largest label {} bytes), "
             "eps {}, scale ratio {}, {} weights, fingerprint {:016x}\n",
             index_path, oracle->NumVertices(), oracle->NumPaths(), oracle->NumStars(), oracle->NumEntries(),
             oracle->LabelBytes(), max_label_bytes, oracle->epsilon(), oracle->scale_ratio(),
             oracle->WeightCodeBits() == 12   ? "12-bit coded"
             : oracle->WeightCodeBits() == 16 ? "16-bit coded"
                                              : "exact",
             oracle->fingerprint());
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"oracle check", "check an oracle index's structure (every label) without a graph", &RunOracleCheck});

}  // namespace
}  // namespace shortcut::cli
