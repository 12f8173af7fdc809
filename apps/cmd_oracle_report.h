// Shared by the oracle and tree-cover subcommands: the construction's flags,
// statistics of a cover as JSON, and the per-scale table as a JSON array.
#ifndef SHORTCUT_APPS_CMD_ORACLE_REPORT_H_
#define SHORTCUT_APPS_CMD_ORACLE_REPORT_H_

#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/flags.h"
#include "common/json.h"
#include "shortcut/cover/tree_cover.h"

namespace shortcut::cli {

// The flags of BuildTreeCover / DistanceOracle::Build common to both commands.
struct TreeCoverFlags {
  double eps = 0;
  double scale_ratio = 1.25;
  uint32_t r = 0;
  uint32_t threads = 1;
  bool exact_weights = false;
  std::string cover = "portal";

  void AddTo(FlagSet& flags, const std::string& threads_help) {
    flags.Double("eps", &eps, fmt::format("guaranteed stretch 1+eps, eps in (0, {}]", kMaxCoverEpsilon), true);
    flags.Uint32("r", &r, "promised excluded minor K_r (planar: 5), reported only; 0 = unknown (default)");
    flags.Uint32("threads", &threads, threads_help);
    flags.Double("scale-ratio", &scale_ratio,
                 fmt::format("ratio between distance scales, in (1, {}] (default 1.25; {} with --cover partition)",
                             kMaxScaleRatio, kPartitionCoverScaleRatio));
    flags.Bool("exact-weights", &exact_weights, "store exact star weights instead of 16-bit rounded-up codes");
    flags.String("cover", &cover,
                 "portal (default: one decomposition, stars at portals along its skeleton paths) or partition "
                 "(per distance scale a shortcut partition, one star per cluster: the paper's route)");
  }

  // Resolve (after parsing): InvalidArgument for an unknown --cover; the
  // partition cover's own default scale ratio unless --scale-ratio was given.
  absl::Status Resolve(const FlagSet& flags) {
    auto kind = ParseCoverKind(cover);
    if (!kind.ok()) return kind.status();
    if (*kind == CoverKind::kPartition && !flags.WasSet("scale-ratio")) scale_ratio = kPartitionCoverScaleRatio;
    return absl::OkStatus();
  }

  // Options: for BuildTreeCover (TreeCoverOptions) or DistanceOracle::Build
  // (DistanceOracleOptions).
  template <class Options>
  Options Get() const {
    Options options;
    options.epsilon = eps;
    options.r = r;
    options.threads = threads;
    options.scale_ratio = scale_ratio;
    options.quantize_weights = !exact_weights;
    options.cover = ParseCoverKind(cover).value_or(CoverKind::kPortal);
    return options;
  }
  TreeCoverOptions Options() const { return Get<TreeCoverOptions>(); }
};

inline std::string ScalesJson(const std::vector<CoverScale>& scales, const TreeCoverStats& stats) {
  std::string out = "[";
  bool first = true;
  for (std::size_t j = 0; j < scales.size(); ++j) {
    const CoverScaleStats st = j < stats.scales.size() ? stats.scales[j] : CoverScaleStats{};
    if (st.stars == 0) continue;
    JsonObject o;
    o.Add("scale", j).Add("D", scales[j].upper).Add("budget", scales[j].budget).Add("tau", scales[j].tau);
    o.Add("rho", scales[j].radius).Add("quantization_error", scales[j].quantization_error);
    o.Add("stars", st.stars).Add("entries", st.entries).Add("forests", st.forests);
    o.Add("max_overlap", st.max_overlap).Add("mean_overlap", st.mean_overlap);
    out += (first ? "" : ", ") + o.ToString();
    first = false;
  }
  return out + "]";
}

inline JsonObject CoverStatsJson(const TreeCoverStats& s) {
  JsonObject j;
  j.Add("supernodes", s.supernodes).Add("tree_depth", s.tree_depth).Add("max_seen", s.max_seen);
  j.Add("paths", s.paths).Add("max_paths_per_supernode", s.max_paths_per_supernode);
  j.Add("stars", s.stars).Add("trivial_stars_dropped", s.trivial_stars_dropped).Add("entries", s.entries);
  j.Add("max_overlap", s.max_overlap).Add("mean_overlap", s.mean_overlap);
  j.Add("forests_per_scale_sum", s.forests_per_scale_sum).Add("forests_packed", s.forests_packed);
  j.Add("settled", s.settled).Add("decomposition_s", s.decomposition_s).Add("stars_s", s.stars_s);
  j.Add("packing_s", s.packing_s);
  if (s.clusters > 0) {  // the partition cover
    j.Add("clusters", s.clusters).Add("decompositions", s.decompositions);
    j.Add("max_cluster_radius_ratio", s.max_cluster_radius_ratio);
  }
  return j;
}

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_CMD_ORACLE_REPORT_H_
