// Internal (not installed): the binary file format of a DistanceOracle,
// version 2, which also reads version 1 (docs/distance_oracle.md, "File
// format"): the header layout, the
// file size its counts imply (written once, overflow-checked), the checksum,
// and Serialize / Deserialize. Deserialize validates everything a query
// relies on (the labels through label_codec.h's ValidateLabel).
#ifndef SHORTCUT_SRC_ORACLE_ORACLE_FILE_H_
#define SHORTCUT_SRC_ORACLE_ORACLE_FILE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "shortcut/oracle/distance_oracle.h"

namespace shortcut::oracle_internal {

// The 128-byte header, field by field in file order (after the 8-byte magic).
struct OracleFileHeader {
  uint32_t version = kOracleFormatVersion;
  uint32_t flags = 0;  // bit 0: quantised weights
  uint64_t fingerprint = 0;
  double epsilon = 0;
  double scale_ratio = 0;
  uint64_t vertices = 0;
  uint64_t paths = 0;
  uint64_t stars = 0;
  uint64_t entries = 0;
  uint64_t label_bytes = 0;
  uint64_t explicit_ids = 0;  // 0 or vertices
  uint64_t id_base = 0;
  uint64_t aliases = 0;
  uint64_t min_weight = 0;
  uint64_t scales = 0;
  uint64_t implied_stars = 0;  // version 1: reserved, 0
};

// FileBytes: the size of the file whose header holds these counts, or
// nullopt if it does not fit in 64 bits.
std::optional<uint64_t> FileBytes(const OracleFileHeader& header);

// FileChecksum: the checksum stored in the last 8 bytes, over `bytes`
// (everything before it).
uint64_t FileChecksum(absl::string_view bytes);

// OracleFile: reads and writes the oracle's members (a friend of it).
class OracleFile {
 public:
  static OracleFileHeader HeaderOf(const DistanceOracle& oracle);
  static std::string Serialize(const DistanceOracle& oracle);
  // Errors: InvalidArgument naming what is malformed (DistanceOracle::Load).
  static absl::StatusOr<DistanceOracle> Deserialize(absl::string_view bytes);
};

}  // namespace shortcut::oracle_internal

#endif  // SHORTCUT_SRC_ORACLE_ORACLE_FILE_H_
