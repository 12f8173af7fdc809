// The Python classes of the library's result structs: statistics (the same
// field names as the C++ structs), the verifiers' reports (ok, message, the
// figures, counterexample) and the construction results (arrays as read-only
// views that keep the result alive).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "bindings.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/verify/cop_checks.h"
#include "shortcut/verify/oracle_checks.h"
#include "shortcut/verify/partition_checks.h"
#include "shortcut/verify/spr_checks.h"
#include "shortcut/verify/tree_cover_checks.h"

namespace shortcut::bindings {

void BindStats(py::module_& m) {
  Fields<CoverScale>(m, "CoverScale", "One distance scale of a tree cover (cover/cover_scales.h).")
      .Field("upper", &CoverScale::upper).Field("budget", &CoverScale::budget).Field("tau", &CoverScale::tau)
      .Field("radius", &CoverScale::radius).Field("quantization_error", &CoverScale::quantization_error).Finish();
  Fields<CoverScaleStats>(m, "CoverScaleStats", "Per-scale statistics of a tree cover (cover/cover_stats.h).")
      .Field("stars", &CoverScaleStats::stars).Field("entries", &CoverScaleStats::entries)
      .Field("forests", &CoverScaleStats::forests).Field("max_overlap", &CoverScaleStats::max_overlap)
      .Field("mean_overlap", &CoverScaleStats::mean_overlap).Finish();
  using TS = TreeCoverStats;
  Fields<TS>(m, "TreeCoverStats", "Statistics of a tree cover (TreeCoverStats, cover/cover_stats.h).")
      .Field("supernodes", &TS::supernodes).Field("tree_depth", &TS::tree_depth).Field("max_seen", &TS::max_seen)
      .Field("paths", &TS::paths).Field("max_paths_per_supernode", &TS::max_paths_per_supernode)
      .Field("stars", &TS::stars).Field("trivial_stars_dropped", &TS::trivial_stars_dropped)
      .Field("entries", &TS::entries).Field("max_overlap", &TS::max_overlap).Field("mean_overlap", &TS::mean_overlap)
      .Field("forests_per_scale_sum", &TS::forests_per_scale_sum).Field("forests_packed", &TS::forests_packed)
      .Field("settled", &TS::settled).Field("scales", &TS::scales).Field("decomposition_s", &TS::decomposition_s)
      .Field("stars_s", &TS::stars_s).Field("packing_s", &TS::packing_s).Field("total_s", &TS::total_s).Finish();
  using OS = OracleBuildStats;
  Fields<OS>(m, "OracleBuildStats", "Statistics of DistanceOracle.build (OracleBuildStats).")
      .Field("cover", &OS::cover).Field("label_bytes", &OS::label_bytes).Field("groups", &OS::groups)
      .Field("labels_s", &OS::labels_s).Field("total_s", &OS::total_s).Finish();
  using CS = CopDecompositionStats;
  Fields<CS>(m, "CopDecompositionStats", "Statistics of a cop decomposition (CopDecompositionStats).")
      .Field("supernodes", &CS::supernodes).Field("tree_depth", &CS::tree_depth).Field("max_seen", &CS::max_seen)
      .Field("r_used", &CS::r_used).Field("rounds", &CS::rounds).Field("build_tree_calls", &CS::build_tree_calls)
      .Field("grow_buffer_calls", &CS::grow_buffer_calls).Field("buffer_vertices", &CS::buffer_vertices)
      .Field("work", &CS::work).Field("max_skeleton_leaves", &CS::max_skeleton_leaves).Field("time_s", &CS::time_s)
      .Finish();
  using PS = ShortcutPartitionStats;
  Fields<PS>(m, "ShortcutPartitionStats", "Statistics of a shortcut partition (ShortcutPartitionStats).")
      .Field("clusters", &PS::clusters).Field("singleton_clusters", &PS::singleton_clusters)
      .Field("max_cluster_size", &PS::max_cluster_size).Field("net_points", &PS::net_points)
      .Field("delta", &PS::delta).Field("time_s", &PS::time_s).Finish();
  using SS = SteinerPointRemovalStats;
  Fields<SS>(m, "SteinerPointRemovalStats", "Statistics of Steiner point removal (SteinerPointRemovalStats).")
      .Field("terminals", &SS::terminals).Field("minor_edges", &SS::minor_edges)
      .Field("max_region_size", &SS::max_region_size).Field("iterations", &SS::iterations)
      .Field("clusters", &SS::clusters).Field("partitioned_components", &SS::partitioned_components)
      .Field("single_cluster_components", &SS::single_cluster_components).Field("max_level", &SS::max_level)
      .Field("zeta", &SS::zeta).Field("scale", &SS::scale).Field("minor_found", &SS::minor_found)
      .Field("repaired", &SS::repaired).Field("assignment_time_s", &SS::assignment_time_s)
      .Field("minor_time_s", &SS::minor_time_s).Field("time_s", &SS::time_s).Finish();
}

// ---------------------------------------------------------------- reports

void BindReports(py::module_& m) {
  using OR = OracleCheckReport;
  Fields<OR> oracle(m, "OracleReport", "Result of verify.oracle / the pairs part of verify.tree_cover.");
  ReportStatus(oracle);
  oracle.Field("all_pairs", &OR::all_pairs).Field("pairs_checked", &OR::pairs_checked)
      .Field("unreachable_pairs", &OR::unreachable_pairs).Field("sources_used", &OR::sources_used)
      .Field("domination_violations", &OR::domination_violations)
      .Field("stretch_violations", &OR::stretch_violations).Field("max_stretch", &OR::max_stretch)
      .Field("p99_stretch", &OR::p99_stretch).Field("mean_stretch", &OR::mean_stretch)
      .Field("worst_u", &OR::worst_u).Field("worst_v", &OR::worst_v).Field("worst_estimate", &OR::worst_estimate)
      .Field("worst_distance", &OR::worst_distance).Field("time_s", &OR::time_s)
      .Property("counterexample", [](const OR& r) -> py::object {
        if (r.status.ok() || r.worst_u == kNoVertex) return py::none();
        return py::dict(py::arg("u") = r.worst_u, py::arg("v") = r.worst_v, py::arg("estimate") = r.worst_estimate,
                        py::arg("distance") = r.worst_distance);
      }, "The worst pair when the check failed (u, v, estimate, exact distance), else None.")
      .Finish();

  using TR = TreeCoverCheckReport;
  Fields<TR> cover(m, "TreeCoverReport", "Result of verify.tree_cover.");
  ReportStatus(cover);
  cover.Field("stars_checked", &TR::stars_checked).Field("entries_checked", &TR::entries_checked)
      .Field("forests_checked", &TR::forests_checked).Field("pairs", &TR::pairs).Field("time_s", &TR::time_s)
      .Property("counterexample", [](const TR& r) -> py::object {
        if (r.status.ok()) return py::none();
        if (!r.pairs.status.ok() && r.pairs.worst_u != kNoVertex) {
          return py::dict(py::arg("u") = r.pairs.worst_u, py::arg("v") = r.pairs.worst_v,
                          py::arg("estimate") = r.pairs.worst_estimate, py::arg("distance") = r.pairs.worst_distance);
        }
        return py::dict(py::arg("message") = std::string(r.status.message()));
      }, "The violating pair, or the message naming the violating star, when the check failed; else None.")
      .Finish();

  using PR = PartitionCheckReport;
  Fields<PR> part(m, "PartitionReport", "Result of verify.partition.");
  ReportStatus(part);
  part.Field("clusters", &PR::clusters).Field("singleton_clusters", &PR::singleton_clusters)
      .Field("max_strong_diameter", &PR::max_strong_diameter)
      .Field("max_strong_diameter_over_eps_d", &PR::max_strong_diameter_over_eps_d)
      .Field("cluster_graph_edges", &PR::cluster_graph_edges).Field("hop_constant_max", &PR::hop_constant_max)
      .Field("hop_constant_p99", &PR::hop_constant_p99).Field("hop_constant_mean", &PR::hop_constant_mean)
      .Field("max_hops", &PR::max_hops).Field("pairs_checked", &PR::pairs_checked)
      .Field("sources_used", &PR::sources_used).Field("all_pairs", &PR::all_pairs).Field("worst_u", &PR::worst_u)
      .Field("worst_v", &PR::worst_v).Field("worst_hops", &PR::worst_hops)
      .Field("worst_distance", &PR::worst_distance).Field("time_s", &PR::time_s)
      .Property("counterexample", [](const PR& r) -> py::object {
        if (r.status.ok()) return py::none();
        py::dict d(py::arg("message") = std::string(r.status.message()));
        if (r.worst_u != kNoVertex) {
          d["u"] = r.worst_u;
          d["v"] = r.worst_v;
          d["hops"] = r.worst_hops;
          d["distance"] = r.worst_distance;
        }
        return d;
      }, "The violation when the check failed (its message; the worst pair when one was measured); else None.")
      .Finish();

  using CR = CopCheckReport;
  Fields<CR> cop(m, "CopReport", "Result of verify.cop.");
  ReportStatus(cop);
  cop.Field("supernodes", &CR::supernodes).Field("tree_depth", &CR::tree_depth)
      .Field("max_bag_size", &CR::max_bag_size).Field("max_skeleton_leaves", &CR::max_skeleton_leaves)
      .Field("max_radius", &CR::max_radius).Field("max_radius_over_delta", &CR::max_radius_over_delta)
      .Field("buffer_vertices_checked", &CR::buffer_vertices_checked).Field("time_s", &CR::time_s)
      .Property("counterexample", [](const CR& r) -> py::object {
        if (r.status.ok()) return py::none();
        return py::dict(py::arg("message") = std::string(r.status.message()));
      }, "The violation (its message naming the vertices) when the check failed; else None.")
      .Finish();

  using SR = SprCheckReport;
  Fields<SR> spr(m, "SprReport", "Result of verify.spr.");
  ReportStatus(spr);
  spr.Field("terminals", &SR::terminals).Field("minor_edges", &SR::minor_edges)
      .Field("max_region_size", &SR::max_region_size).Field("sources", &SR::sources)
      .Field("all_pairs", &SR::all_pairs).Field("pairs", &SR::pairs).Field("max_distortion", &SR::max_distortion)
      .Field("mean_distortion", &SR::mean_distortion).Field("worst_u", &SR::worst_u).Field("worst_v", &SR::worst_v)
      .Field("worst_graph_distance", &SR::worst_graph_distance)
      .Field("worst_minor_distance", &SR::worst_minor_distance).Field("time_s", &SR::time_s)
      .Property("counterexample", [](const SR& r) -> py::object {
        if (r.status.ok()) return py::none();
        return py::dict(py::arg("message") = std::string(r.status.message()));
      }, "The violation (its message naming the vertices) when the check failed; else None.")
      .Finish();
}

// ---------------------------------------------------------------- results



void BindResults(py::module_& m) {
  py::class_<TreeCover, Ptr<TreeCover>>(m, "TreeCover",
      "A (1+eps) tree cover of star forests (cover/tree_cover.h). Star s has root star_root[s] and members "
      "members[member_offsets[s]:member_offsets[s+1]] with weights (>= their distance to the root).")
      .def_readonly("epsilon", &TreeCover::epsilon)
      .def_readonly("scale_ratio", &TreeCover::scale_ratio)
      .def_readonly("min_weight", &TreeCover::min_weight)
      .def_readonly("quantized", &TreeCover::quantized)
      .def_readonly("num_vertices", &TreeCover::num_vertices)
      .def_readonly("scales", &TreeCover::scales)
      .def_readonly("stats", &TreeCover::stats)
      .def_property_readonly("num_stars", &TreeCover::NumStars)
      .def_property_readonly("star_root", [](py::object s) { return View<VertexId>(s.cast<TreeCover&>().star_root, s); })
      .def_property_readonly("star_level", [](py::object s) { return View<uint32_t>(s.cast<TreeCover&>().star_level, s); })
      .def_property_readonly("star_radius", [](py::object s) { return View<uint64_t>(s.cast<TreeCover&>().star_radius, s); })
      .def_property_readonly("star_path", [](py::object s) { return View<uint32_t>(s.cast<TreeCover&>().star_path, s); })
      .def_property_readonly("star_forest", [](py::object s) { return View<uint32_t>(s.cast<TreeCover&>().star_forest, s); })
      .def_property_readonly("star_global_forest",
                             [](py::object s) { return View<uint32_t>(s.cast<TreeCover&>().star_global_forest, s); })
      .def_property_readonly("member_offsets",
                             [](py::object s) { return View<uint64_t>(s.cast<TreeCover&>().member_offsets, s); })
      .def_property_readonly("members", [](py::object s) { return View<VertexId>(s.cast<TreeCover&>().members, s); })
      .def_property_readonly("weights", [](py::object s) { return View<uint64_t>(s.cast<TreeCover&>().weights, s); });

  py::class_<Cop, Ptr<Cop>>(m, "CopDecomposition",
      "A buffered cop decomposition (decomposition/cop_decomposition.h): supernode_of per vertex, the partition "
      "tree (parent, depth) and each supernode's skeleton tree.")
      .def_readonly("radius", &Cop::radius)
      .def_readonly("r", &Cop::r)
      .def_readonly("buffer", &Cop::buffer)
      .def_readonly("minor_found", &Cop::minor_found)
      .def_readonly("stats", &Cop::stats)
      .def_property_readonly("num_supernodes", &Cop::NumSupernodes)
      .def_property_readonly("supernode_of", [](py::object s) { return View<uint32_t>(s.cast<Cop&>().supernode_of, s); })
      .def_property_readonly("parent", [](py::object s) { return View<uint32_t>(s.cast<Cop&>().parent, s); })
      .def_property_readonly("depth", [](py::object s) { return View<uint32_t>(s.cast<Cop&>().depth, s); })
      .def_property_readonly("skeleton_offsets",
                             [](py::object s) { return View<uint32_t>(s.cast<Cop&>().skeleton_offsets, s); })
      .def_property_readonly("skeleton_vertices",
                             [](py::object s) { return View<VertexId>(s.cast<Cop&>().skeleton_vertices, s); })
      .def_property_readonly("skeleton_parents",
                             [](py::object s) { return View<VertexId>(s.cast<Cop&>().skeleton_parents, s); })
      .def_property_readonly("skeleton_distances",
                             [](py::object s) { return View<uint64_t>(s.cast<Cop&>().skeleton_distances, s); })
      .def_property_readonly("minor_witness", [](const Cop& c) {
        py::list out;
        for (const auto& branch : c.minor_witness) out.append(Copy<VertexId>(branch));
        return out;
      }, "Branch sets of the largest complete-minor model met (a list of vertex arrays).");

  py::class_<Partition, Ptr<Partition>>(m, "ShortcutPartition",
      "A shortcut partition (partition/shortcut_partition.h): cluster_of per vertex, one center per cluster.")
      .def_property_readonly("cluster_of", [](py::object s) { return View<uint32_t>(s.cast<Partition&>().clustering.cluster_of, s); })
      .def_property_readonly("center", [](py::object s) { return View<VertexId>(s.cast<Partition&>().clustering.center, s); })
      .def_property_readonly("cluster_supernode",
                             [](py::object s) { return View<uint32_t>(s.cast<Partition&>().cluster_supernode, s); })
      .def_property_readonly("num_clusters", [](const Partition& p) { return p.clustering.NumClusters(); })
      .def_property_readonly("epsilon", [](const Partition& p) { return p.clustering.epsilon; })
      .def_property_readonly("diameter", [](const Partition& p) { return p.clustering.diameter; })
      .def_property_readonly("diameter_kind", [](const Partition& p) { return std::string(DiameterKindName(p.clustering.diameter_kind)); })
      .def_property_readonly("time_s", [](const Partition& p) { return p.clustering.time_s; })
      .def_property_readonly("diameter_time_s", [](const Partition& p) { return p.clustering.diameter_time_s; })
      .def_readonly("stats", &Partition::stats)
      .def_property_readonly("cop", [](const Ptr<Partition>& p) { return Ptr<Cop>(p, &p->cop); },
                             "The cop decomposition the clusters were carved from.");

  py::class_<Spr, Ptr<Spr>>(m, "SteinerPointRemoval",
      "A Steiner point removal (steiner/steiner_point_removal.h): terminal_of per vertex (the terminal whose "
      "region holds it) and the minor on the terminals, edges (minor_u, minor_v, minor_w) with minor_u < minor_v.")
      .def_property_readonly("method", [](const Spr& s) { return std::string(SprMethodName(s.method)); })
      .def_property_readonly("terminals", [](py::object s) { return View<VertexId>(s.cast<Spr&>().terminals, s); })
      .def_property_readonly("terminal_of", [](py::object s) { return View<VertexId>(s.cast<Spr&>().terminal_of, s); })
      .def_property_readonly("minor_edges", [](const Spr& s) {
        std::vector<VertexId> u(s.minor_edges.size()), v(s.minor_edges.size());
        std::vector<uint64_t> w(s.minor_edges.size());
        for (std::size_t i = 0; i < s.minor_edges.size(); ++i) {
          u[i] = s.minor_edges[i].u;
          v[i] = s.minor_edges[i].v;
          w[i] = s.minor_edges[i].weight;
        }
        return py::make_tuple(Owned(std::move(u)), Owned(std::move(v)), Owned(std::move(w)));
      }, "The minor's edges as three arrays (u, v, weight = d_G(u, v)).")
      .def_readonly("stats", &Spr::stats);
}

}  // namespace shortcut::bindings
