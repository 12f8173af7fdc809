// The Steiner point removal check statistics shared by `shortcut spr --check
// --stats` and `shortcut verify spr --stats`.
#ifndef SHORTCUT_APPS_COMMON_SPR_REPORT_H_
#define SHORTCUT_APPS_COMMON_SPR_REPORT_H_

#include <string>

#include "common/json.h"
#include "shortcut/core/graph.h"
#include "shortcut/verify/spr_checks.h"

namespace shortcut::cli {

inline JsonObject SprCheckJson(const Graph<uint32_t>& g, const SprCheckReport& rep) {
  JsonObject j;
  j.Add("ok", rep.status.ok()).Add("max_distortion", rep.max_distortion).Add("mean_distortion", rep.mean_distortion);
  j.Add("pairs", rep.pairs).Add("sources", rep.sources).Add("all_pairs", rep.all_pairs);
  if (rep.worst_u != kNoVertex) {
    j.Add("worst_u", g.ExternalId(rep.worst_u)).Add("worst_v", g.ExternalId(rep.worst_v));
    j.Add("worst_graph_distance", rep.worst_graph_distance).Add("worst_minor_distance", rep.worst_minor_distance);
  }
  j.Add("check_time_s", rep.time_s);
  if (!rep.status.ok()) j.Add("error", std::string(rep.status.message()));
  return j;
}

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_SPR_REPORT_H_
