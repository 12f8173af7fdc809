// Steiner point removal benchmarks (docs/RESULTS.md, "Steiner point
// removal"). For every instance, terminal density and method: the
// construction time divided by one full Dijkstra on the same graph in the
// same run (median of three), and the distortion of the minor measured by
// the independent verifier: max and mean of d_M/d_G over all terminal pairs,
// or over the pairs of 300 sampled source terminals when |K|·n > 10^8 (the
// `all_pairs` and `sources` counters say which).
//
//   SPR/<instance>/<terminals>/<method>   the table
//   SprZeta/<instance>/<terminals>/<zeta> the paper method for several ring
//                                         ratios ζ (the default's measurement)
//   SprSmoke                              every method once on a small grid
//
// Instances: random tree (n = 10^4, weights 1..100); cxkr, the complete
// binary tree of depth 12 with geometrically decreasing weights (ratio 2)
// and its 4096 leaves as terminals, and cxkr_unit, the same with unit
// weights (Chan, Xia, Konjevod and Richa's instance); tent, a path whose every vertex carries
// a pendant terminal a little closer than the path's ends (Voronoi's bad
// case: its minor follows the pendants one by one); 100 x 100 grids and
// triangulated grids (weights 1..100); the bundled meshes and road networks.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "bench_common.h"
#include "shortcut/generators/adversarial.h"
#include "shortcut/generators/tree.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "shortcut/verify/spr_checks.h"

namespace shortcut::bench {
namespace {

// Tent(L): spine x_0..x_L (ids 0..L, edges of weight 2) and, at every inner
// x_i, a pendant terminal p_i (id L + i) at distance min(i, L - i): closer
// to x_i than both ends, so x_i joins p_i's Voronoi cell and the Voronoi
// minor joins x_0 to x_L through every pendant: d_M ~ L^2/2 against
// d_G = 2L. Terminals: x_0, x_L and the pendants.
struct Instance {
  Graph<uint32_t> graph;
  std::vector<VertexId> fixed_terminals;  // non-empty: use these
};

Instance Tent(uint32_t length) {
  EdgeList<uint32_t> list;
  list.num_vertices = 2 * length;
  Instance out;
  for (uint32_t i = 0; i < length; ++i) list.edges.push_back({i, i + 1, 2});
  out.fixed_terminals = {0, length};
  for (uint32_t i = 1; i < length; ++i) {
    list.edges.push_back({i, length + i, std::min(i, length - i)});
    out.fixed_terminals.push_back(length + i);
  }
  out.graph = MustBuild(std::move(list));
  std::sort(out.fixed_terminals.begin(), out.fixed_terminals.end());
  return out;
}

const Instance& GetInstance(const std::string& name) {
  static std::map<std::string, std::unique_ptr<Instance>> cache;
  auto& slot = cache[name];
  if (slot) return *slot;
  slot = std::make_unique<Instance>();
  if (name == "tree") {
    slot->graph = MustBuild(Weighted(RandomTreeEdges(10000, 1), 1, 100, 1));
  } else if (name == "cxkr") {
    GeneratedGraph t = CxkrTree(12, 2);
    slot->fixed_terminals = t.terminals;
    slot->graph = MustBuild(std::move(t.list));
  } else if (name == "cxkr_unit") {
    GeneratedGraph t = CxkrTree(12, 1);
    slot->fixed_terminals = t.terminals;
    slot->graph = MustBuild(std::move(t.list));
  } else if (name == "tent") {
    *slot = Tent(1000);
  } else if (name == "grid") {
    slot->graph = MustBuild(Weighted(GridEdges(100, 100), 1, 100, 1));
  } else if (name == "trigrid") {
    slot->graph = MustBuild(Weighted(TriangulatedGridEdges(100, 100, 1), 1, 100, 2));
  } else if (name == "smoke") {
    slot->graph = MustBuild(Weighted(TriangulatedGridEdges(20, 20, 1), 1, 10, 2));
  } else {
    slot->graph = NamedGraph(name).Clone();
  }
  return *slot;
}

std::vector<VertexId> TerminalsFor(const Instance& inst, double fraction) {
  if (!inst.fixed_terminals.empty()) return inst.fixed_terminals;
  const VertexId n = inst.graph.NumVertices();
  const auto k = static_cast<VertexId>(std::clamp<long long>(std::llround(fraction * n), 1, n));
  return SampleTerminals(n, k, 1);
}

// Measure: runs one construction `repeat` times (time: the fastest),
// verifies the last result and fills the counters. Returns false (after
// SkipWithError) when the construction or the check fails.
bool Measure(benchmark::State& state, const Instance& inst, const std::vector<VertexId>& terminals,
             const SteinerPointRemovalOptions& options, int repeat) {
  const Graph<uint32_t>& g = inst.graph;
  double best = 1e300;
  absl::StatusOr<SteinerPointRemoval<uint32_t>> spr;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    spr = ComputeSteinerPointRemoval(g, terminals, options);
    best = std::min(best, Seconds(start));
    if (!spr.ok()) {
      state.SkipWithError(std::string(spr.status().message()).c_str());
      return false;
    }
  }
  state.PauseTiming();
  const double ref = ReferenceDijkstra(g);
  SprCheckOptions check;
  // All pairs while |K| Dijkstras on G stay cheap; 300 sampled sources beyond.
  check.max_sources = static_cast<double>(terminals.size()) * g.NumVertices() > 1e8 ? 300 : 0;
  const SprCheckReport rep = CheckSteinerPointRemoval<uint32_t>(g, terminals, spr->terminal_of, spr->minor_edges, check);
  state.ResumeTiming();
  if (!rep.status.ok()) {
    state.SkipWithError(std::string(rep.status.message()).c_str());
    return false;
  }
  state.counters["n"] = g.NumVertices();
  state.counters["k"] = static_cast<double>(terminals.size());
  state.counters["x_dijkstra"] = best / ref;
  state.counters["time_ms"] = best * 1e3;
  state.counters["dist_max"] = rep.max_distortion;
  state.counters["dist_mean"] = rep.mean_distortion;
  state.counters["sources"] = rep.sources;
  state.counters["all_pairs"] = rep.all_pairs ? 1 : 0;
  state.counters["iterations"] = spr->stats.iterations;
  state.counters["minor_edges"] = static_cast<double>(spr->stats.minor_edges);
  return true;
}

void RunSpr(benchmark::State& state, const Instance& inst, const std::vector<VertexId>& terminals,
            const SteinerPointRemovalOptions& options, int repeat) {
  for (auto _ : state) {
    if (!Measure(state, inst, terminals, options, repeat)) return;
  }
}

struct Named {
  const char* label;
  const char* source;  // instance name for GetInstance
};

constexpr Named kInstances[] = {
    {"tree", "tree"},
    {"cxkr", "cxkr"},
    {"cxkr_unit", "cxkr_unit"},
    {"tent", "tent"},
    {"grid", "grid"},
    {"trigrid", "trigrid"},
    {"3elt", "datasets/3elt/3elt.grf.gz"},
    {"airfoil1", "datasets/airfoil1/airfoil1.graph"},
    {"cheburashka", "datasets/cheburashka/cheburashka.off"},
    {"rome99", "datasets/rome99/rome99.gr"},
    {"usa_road_ny", "datasets/usa_road_ny/NY.gr.xz"},
};

void RegisterAll() {
  const bool smoke = SmokeMode();
  {
    auto* b = benchmark::RegisterBenchmark("SprSmoke", [](benchmark::State& state) {
      const Instance& inst = GetInstance("smoke");
      const auto terminals = TerminalsFor(inst, 0.05);
      for (auto _ : state) {
        for (SprMethod m : {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall}) {
          SteinerPointRemovalOptions options;
          options.method = m;
          if (!Measure(state, inst, terminals, options, 1)) return;
        }
      }
    });
    b->Iterations(1)->Unit(benchmark::kMillisecond);
  }
  if (smoke) return;
  const std::vector<std::pair<std::string, double>> densities = {{"1pct", 0.01}, {"5pct", 0.05}, {"20pct", 0.2}};
  for (const Named& inst : kInstances) {
    const std::string label = inst.label;
    const bool fixed = label == "cxkr" || label == "cxkr_unit" || label == "tent";
    const bool tree = label == "tree" || fixed;
    std::vector<std::pair<std::string, double>> ds = fixed ? std::vector<std::pair<std::string, double>>{{"fixed", 0}}
                                                           : densities;
    std::vector<SprMethod> methods = {SprMethod::kPaper, SprMethod::kVoronoi, SprMethod::kBall};
    if (tree) methods.push_back(SprMethod::kGupta);
    for (const auto& [dname, fraction] : ds) {
      for (SprMethod m : methods) {
        const std::string name = "SPR/" + label + "/" + dname + "/" + std::string(SprMethodName(m));
        const std::string source = inst.source;
        const double f = fraction;
        const bool big = label == "usa_road_ny";
        benchmark::RegisterBenchmark(name.c_str(), [source, f, m, big](benchmark::State& state) {
          const Instance& in = GetInstance(source);
          SteinerPointRemovalOptions options;
          options.method = m;
          RunSpr(state, in, TerminalsFor(in, f), options, big ? 1 : 3);
        })->Iterations(1)->Unit(benchmark::kMillisecond);
      }
    }
  }
  // ζ for the paper method at every density (fixed terminals: cxkr, tent).
  const char* zeta_instances[][2] = {{"tree", "tree"},
                                     {"cxkr", "cxkr"},
                                     {"tent", "tent"},
                                     {"grid", "grid"},
                                     {"trigrid", "trigrid"},
                                     {"3elt", "datasets/3elt/3elt.grf.gz"},
                                     {"airfoil1", "datasets/airfoil1/airfoil1.graph"},
                                     {"rome99", "datasets/rome99/rome99.gr"}};
  for (const auto& [label, source] : zeta_instances) {
    const bool fixed = std::string(label) == "cxkr" || std::string(label) == "tent";
    for (const auto& [dname, fraction] : densities) {
      if (fixed && dname != "5pct") continue;
      for (uint32_t zeta : {2u, 3u, 4u, 6u, 8u, 12u, 16u, 32u, 64u}) {
        const std::string name = std::string("SprZeta/") + label + "/" + (fixed ? "fixed" : dname) + "/" +
                                 std::to_string(zeta);
        const std::string src = source;
        const double f = fraction;
        benchmark::RegisterBenchmark(name.c_str(), [src, f, zeta](benchmark::State& state) {
          const Instance& in = GetInstance(src);
          SteinerPointRemovalOptions options;
          options.method = SprMethod::kPaper;
          options.zeta = zeta;
          RunSpr(state, in, TerminalsFor(in, f), options, 3);
        })->Iterations(1)->Unit(benchmark::kMillisecond);
      }
    }
  }
}

}  // namespace
}  // namespace shortcut::bench

int main(int argc, char** argv) {
  shortcut::bench::RegisterAll();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
