// CheckDistanceLabels (verify/labeling_checks.h).
#include "shortcut/verify/labeling_checks.h"

#include <fmt/format.h>

#include <vector>

namespace shortcut {

LabelCheckReport CheckDistanceLabels(const Graph<uint32_t>& g, const DistanceLabels& labels,
                                     const OracleCheckOptions& options) {
  LabelCheckReport rep;
  if (absl::Status st = labels.CheckGraph(g); !st.ok()) {
    rep.status = st;
    return rep;
  }
  for (VertexId v = 0; v < labels.NumVertices(); ++v, ++rep.labels_checked) {
    if (LabelVertex(labels.Label(v)) != v) {
      rep.status = absl::FailedPreconditionError(
          fmt::format("the label of vertex {} names vertex {}", g.ExternalId(v), LabelVertex(labels.Label(v))));
      return rep;
    }
    if (DecodeDistance(labels.Label(v), labels.Label(v)) != 0) {
      rep.status = absl::FailedPreconditionError(
          fmt::format("the label of vertex {} does not decode to 0 against itself", g.ExternalId(v)));
      return rep;
    }
  }
  OracleCheckOptions o = options;
  if (o.epsilon == 0) o.epsilon = labels.epsilon();
  // Each estimate from private copies of the two labels: the decoder sees
  // nothing but them.
  auto estimate = [&](VertexId u, VertexId v) {
    const auto lu = labels.Label(u), lv = labels.Label(v);
    const std::vector<uint8_t> a(lu.begin(), lu.end()), b(lv.begin(), lv.end());
    return DecodeDistance(a, b);
  };
  rep.pairs = CheckDistanceEstimates(g, estimate, o);
  rep.status = rep.pairs.status;
  return rep;
}

}  // namespace shortcut
