// File: shortcut/verify/labeling_checks.h
//
// CheckDistanceLabels: an independent check of a distance labeling
// (labeling/distance_labels.h) against exact distances.
//
//   OracleCheckOptions opt;                   // ε 0 = the labels' own ε
//   LabelCheckReport rep = CheckDistanceLabels(g, labels, opt);
//   if (!rep.status.ok()) Print(rep.status.message());   // names the pair
//
// Checked, in this order:
//   1. the labels were built for g (vertex count and GraphFingerprint);
//   2. every label names its own vertex and decodes, against itself, to 0;
//   3. for the pairs of oracle_checks.h (every pair when n <= 3000, sampled
//      beyond), the estimate decoded from copies of the two labels alone
//      (nothing else is passed to DecodeDistance) is >= δ(u, v) and <=
//      (1+ε)·δ(u, v), decided exactly; kUnreachable exactly across
//      components.
// Statuses: FailedPrecondition for a violation (the first one, with the
// pair, estimate and distance), InvalidArgument for bad options.
#ifndef SHORTCUT_VERIFY_LABELING_CHECKS_H_
#define SHORTCUT_VERIFY_LABELING_CHECKS_H_

#include <cstdint>

#include "absl/status/status.h"
#include "shortcut/core/graph.h"
#include "shortcut/labeling/distance_labels.h"
#include "shortcut/verify/oracle_checks.h"

namespace shortcut {

struct LabelCheckReport {
  absl::Status status;
  uint64_t labels_checked = 0;
  OracleCheckReport pairs;
};

// CheckDistanceLabels: see above. Complexity: O(total label bytes) plus one
// Dijkstra per pair source and one decode per pair.
LabelCheckReport CheckDistanceLabels(const Graph<uint32_t>& g, const DistanceLabels& labels,
                                     const OracleCheckOptions& options);

}  // namespace shortcut

#endif  // SHORTCUT_VERIFY_LABELING_CHECKS_H_
