// The partition statistics shared by `shortcut partition --stats` and
// `shortcut verify partition --stats`, and the one-line summaries.
#ifndef SHORTCUT_APPS_COMMON_PARTITION_REPORT_H_
#define SHORTCUT_APPS_COMMON_PARTITION_REPORT_H_

#include <fmt/format.h>

#include "common/json.h"
#include "shortcut/core/graph.h"
#include "shortcut/partition/clustering.h"
#include "shortcut/verify/partition_checks.h"

namespace shortcut::cli {

template <EdgeWeight W>
JsonObject PartitionCheckJson(const Graph<W>& g, const PartitionCheckReport& rep) {
  JsonObject j;
  j.Add("ok", rep.status.ok()).Add("clusters", rep.clusters).Add("singleton_clusters", rep.singleton_clusters);
  j.Add("cluster_graph_edges", rep.cluster_graph_edges);
  j.Add("max_strong_diameter", rep.max_strong_diameter);
  j.Add("max_strong_diameter_over_eps_D", rep.max_strong_diameter_over_eps_d);
  j.Add("hop_constant_max", rep.hop_constant_max).Add("hop_constant_p99", rep.hop_constant_p99);
  j.Add("hop_constant_mean", rep.hop_constant_mean).Add("max_hops", rep.max_hops);
  j.Add("pairs_checked", rep.pairs_checked).Add("sources", rep.sources_used).Add("all_pairs", rep.all_pairs);
  if (rep.worst_u != kNoVertex) {
    j.Add("worst_u", g.ExternalId(rep.worst_u)).Add("worst_v", g.ExternalId(rep.worst_v));
    j.Add("worst_hops", rep.worst_hops).Add("worst_distance", rep.worst_distance);
  }
  j.Add("check_time_s", rep.time_s);
  if (!rep.status.ok()) j.Add("error", std::string(rep.status.message()));
  return j;
}

template <EdgeWeight W>
void PrintPartitionCheck(std::string_view who, const Graph<W>& g, const PartitionCheckReport& rep) {
  fmt::print(stderr,
             "{}: {} clusters ({} singletons), max strong diameter {:.6g} = {:.3f} eps*D; hop constant max {:.3f} "
             "(pair {} {}: {} hops at distance {:.6g}), p99 {:.3f}, mean {:.3f} over {} {} pairs; {:.2f} s\n",
             who, rep.clusters, rep.singleton_clusters, rep.max_strong_diameter, rep.max_strong_diameter_over_eps_d,
             rep.hop_constant_max, rep.worst_u == kNoVertex ? 0 : g.ExternalId(rep.worst_u),
             rep.worst_v == kNoVertex ? 0 : g.ExternalId(rep.worst_v), rep.worst_hops, rep.worst_distance,
             rep.hop_constant_p99, rep.hop_constant_mean, rep.pairs_checked, rep.all_pairs ? "(all)" : "(sampled)",
             rep.time_s);
}

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_PARTITION_REPORT_H_
