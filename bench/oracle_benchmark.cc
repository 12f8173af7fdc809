// Distance oracle benchmarks (docs/RESULTS.md, "Tree cover and distance
// oracle"; bench/experiments/oracle_table.sh turns the JSON output into the
// table):
//
//   OracleBuild/<graph>/eps:<e>   one build (1 thread), with counters: build
//       time over one full Dijkstra measured just before it, index bytes per
//       vertex, cover entries per vertex, and the stretch measured by
//       CheckDistanceOracle (100,000 random pairs plus all pairs from 10
//       sources; SHORTCUT_ORACLE_BENCH_PAIRS overrides the random pairs);
//   OracleQuery/<graph>/eps:<e>   time per query over uniformly random pairs;
//   OracleBuildTwoThreads/trigrid/eps:0.25   the build with --threads 2 (wall
//       time over one Dijkstra);
//   ExactEarlyExit/<graph>, ExactBidirectional/<graph>, ExactBoost/<graph>:
//       exact distances for the same kind of pairs: Dijkstra stopped at the
//       target, bidirectional Dijkstra, and Boost.Graph's
//       dijkstra_shortest_paths (a full single-source run per query: Boost
//       has no target stop);
//   OracleShrink/<variant>        what each shrinking idea saves, on a
//       500 x 500 triangulated grid at eps = 0.25 (cover entries and index
//       bytes per vertex, build time over one Dijkstra);
//   OracleSmoke                   build, query and check on a 40 x 40 grid (CI).
//
// SHORTCUT_ORACLE_BENCH_PROFILE=fast builds OracleBuild's and OracleQuery's
// oracles with 16-bit weight codes (--profile fast; the default is compact).
//
// Forests (first-fit packing of the same cover's stars) come from a second,
// untimed pass (SHORTCUT_ORACLE_BENCH_FORESTS=0 skips it).
//
// Graphs: "trigrid" (1000 x 1000 triangulated grid, weights uniform in
// 1..100), and the bundled delaunay_n14, 4elt, usa_road_ny and
// luxembourg_osm. SHORTCUT_ORACLE_BENCH_GRAPHS (comma-separated names)
// restricts them. Builds are cached between OracleBuild and OracleQuery of the
// same (graph, eps); one oracle is kept at a time.
#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_common.h"
#include "shortcut/core/random.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/sssp/bidirectional_dijkstra.h"
#include "shortcut/sssp/dijkstra.h"
#include "shortcut/verify/oracle_checks.h"
#include "testing/boost_reference.h"

namespace shortcut::bench {
namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU time of the whole process (every thread).
double CpuNow() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Seconds {
  double wall = 0, cpu = 0;
};

// One full Dijkstra from vertex 0: the fastest of three warm runs (noise on
// a shared machine only ever adds time), wall and CPU.
Seconds FullDijkstra(const Graph<uint32_t>& g) {
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  dijkstra.AddSource(0);
  dijkstra.Run(g);
  Seconds best{1e300, 1e300};
  for (int run = 0; run < 3; ++run) {
    dijkstra.Reset();
    const double wall = Now(), cpu = CpuNow();
    dijkstra.AddSource(0);
    dijkstra.Run(g);
    best.wall = std::min(best.wall, Now() - wall);
    best.cpu = std::min(best.cpu, CpuNow() - cpu);
  }
  return best;
}

std::vector<std::pair<VertexId, VertexId>> RandomPairs(VertexId n, std::size_t count, uint64_t seed) {
  Random rng(seed);
  std::vector<std::pair<VertexId, VertexId>> pairs(count);
  for (auto& [u, v] : pairs) {
    u = static_cast<VertexId>(rng.UniformInt(n));
    v = static_cast<VertexId>(rng.UniformInt(n));
  }
  return pairs;
}

// SHORTCUT_ORACLE_BENCH_PROFILE=fast: the oracle builds of OracleBuild and
// OracleQuery use 16-bit weight codes (`oracle build --profile fast`).
bool FastProfile() {
  const char* s = std::getenv("SHORTCUT_ORACLE_BENCH_PROFILE");
  return s != nullptr && std::string(s) == "fast";
}

struct Built {
  std::string graph;
  double eps = 0;
  std::unique_ptr<DistanceOracle> oracle;
};

Built& Current() {
  static Built built;
  return built;
}

const DistanceOracle& EnsureBuilt(const std::string& graph, double eps, OracleBuildStats* stats = nullptr) {
  Built& b = Current();
  if (b.oracle == nullptr || b.graph != graph || b.eps != eps || stats != nullptr) {
    b.oracle.reset();
    DistanceOracleOptions options;
    options.epsilon = eps;
    options.pack_forests = false;  // the forests come from a separate, untimed pass
    if (FastProfile()) options.weight_mantissa_bits = kWeightCodeMantissaBits;
    auto oracle = DistanceOracle::Build(NamedGraph(graph), options, stats);
    if (!oracle.ok()) {
      std::fprintf(stderr, "oracle build failed: %s\n", std::string(oracle.status().message()).c_str());
      std::abort();
    }
    b.oracle = std::make_unique<DistanceOracle>(std::move(oracle).value());
    b.graph = graph;
    b.eps = eps;
  }
  return *b.oracle;
}

uint64_t EnvOr(const char* name, uint64_t fallback) {
  const char* s = std::getenv(name);
  return s != nullptr && *s != '\0' ? std::strtoull(s, nullptr, 10) : fallback;
}

void OracleBuild(benchmark::State& state, const std::string& graph, double eps) {
  const Graph<uint32_t>& g = NamedGraph(graph);
  OracleBuildStats stats;
  Seconds dijkstra, build;
  for (auto _ : state) {
    dijkstra = FullDijkstra(g);
    const double wall = Now(), cpu = CpuNow();
    EnsureBuilt(graph, eps, &stats);
    build = {Now() - wall, CpuNow() - cpu};
    state.SetIterationTime(build.wall);
  }
  const DistanceOracle& oracle = *Current().oracle;
  const double n = g.NumVertices();
  // The forests of the same cover: a second, untimed pass that packs the
  // stars as they stream by without keeping them.
  if (EnvOr("SHORTCUT_ORACLE_BENCH_FORESTS", 1) != 0) {
    TreeCoverOptions options;
    options.epsilon = eps;
    options.keep_stars = false;
    auto cover = BuildTreeCover(g, options);
    if (cover.ok()) {
      state.counters["forests_packed"] = cover->stats.forests_packed;
      state.counters["forests_per_scale_sum"] = cover->stats.forests_per_scale_sum;
      uint32_t max_scale_forests = 0;
      for (const auto& s : cover->stats.scales) max_scale_forests = std::max(max_scale_forests, s.forests);
      state.counters["max_forests_one_scale"] = max_scale_forests;
    }
  }
  OracleCheckOptions check;
  check.random_pairs = SmokeMode() ? 2000 : EnvOr("SHORTCUT_ORACLE_BENCH_PAIRS", 100000);
  check.sources = SmokeMode() ? 2 : 10;
  check.all_pairs_limit = 0;
  const OracleCheckReport rep = CheckDistanceOracle(g, oracle, check);
  if (!rep.status.ok()) state.SkipWithError(std::string(rep.status.message()).c_str());
  state.counters["n"] = n;
  state.counters["eps"] = eps;
  state.counters["build_s"] = build.wall;
  state.counters["dijkstra_s"] = dijkstra.wall;
  state.counters["build_over_dijkstra"] = dijkstra.wall > 0 ? build.wall / dijkstra.wall : 0;
  state.counters["build_cpu_s"] = build.cpu;
  state.counters["dijkstra_cpu_s"] = dijkstra.cpu;
  state.counters["build_over_dijkstra_cpu"] = dijkstra.cpu > 0 ? build.cpu / dijkstra.cpu : 0;
  state.counters["decomposition_s"] = stats.cover.decomposition_s;
  state.counters["labels_s"] = stats.labels_s;
  state.counters["index_bytes_per_vertex"] = oracle.SerializedBytes() / n;
  state.counters["label_bytes_per_vertex"] = oracle.LabelBytes() / n;
  state.counters["entries_per_vertex"] = stats.cover.entries / n;
  state.counters["max_overlap"] = stats.cover.max_overlap;
  state.counters["stars"] = stats.cover.stars;
  state.counters["tree_depth"] = stats.cover.tree_depth;
  state.counters["stretch_max"] = rep.max_stretch;
  state.counters["stretch_p99"] = rep.p99_stretch;
  state.counters["stretch_mean"] = rep.mean_stretch;
  state.counters["pairs_checked"] = rep.pairs_checked;
}

// The same build with two threads (the index is byte-identical).
void OracleBuildTwoThreads(benchmark::State& state, const std::string& graph, double eps) {
  const Graph<uint32_t>& g = NamedGraph(graph);
  Seconds dijkstra, build;
  for (auto _ : state) {
    dijkstra = FullDijkstra(g);
    DistanceOracleOptions options;
    options.epsilon = eps;
    options.threads = 2;
    const double wall = Now(), cpu = CpuNow();
    auto oracle = DistanceOracle::Build(g, options);
    build = {Now() - wall, CpuNow() - cpu};
    if (!oracle.ok()) std::abort();
    state.SetIterationTime(build.wall);
  }
  state.counters["build_s"] = build.wall;
  state.counters["dijkstra_s"] = dijkstra.wall;
  state.counters["build_over_dijkstra"] = dijkstra.wall > 0 ? build.wall / dijkstra.wall : 0;
  state.counters["build_cpu_s"] = build.cpu;
}

void OracleQuery(benchmark::State& state, const std::string& graph, double eps) {
  const DistanceOracle& oracle = EnsureBuilt(graph, eps);
  const auto pairs = RandomPairs(oracle.NumVertices(), 1 << 16, 11);
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [u, v] = pairs[i++ & (pairs.size() - 1)];
    benchmark::DoNotOptimize(oracle.Query(u, v));
  }
  state.SetItemsProcessed(state.iterations());
}

void ExactEarlyExit(benchmark::State& state, const std::string& graph) {
  const Graph<uint32_t>& g = NamedGraph(graph);
  const auto pairs = RandomPairs(g.NumVertices(), 1 << 10, 11);
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [u, v] = pairs[i++ & (pairs.size() - 1)];
    dijkstra.Reset();
    dijkstra.AddSource(u);
    dijkstra.AddTarget(v);
    dijkstra.Run(g);
    benchmark::DoNotOptimize(dijkstra.Distance(v));
  }
  state.SetItemsProcessed(state.iterations());
}

void ExactBidirectional(benchmark::State& state, const std::string& graph) {
  const Graph<uint32_t>& g = NamedGraph(graph);
  const auto pairs = RandomPairs(g.NumVertices(), 1 << 10, 11);
  BidirectionalDijkstra<uint32_t> bidi(g.NumVertices());
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [u, v] = pairs[i++ & (pairs.size() - 1)];
    benchmark::DoNotOptimize(bidi.Distance(g, u, v));
  }
  state.SetItemsProcessed(state.iterations());
}

void ExactBoost(benchmark::State& state, const std::string& graph) {
  const Graph<uint32_t>& g = NamedGraph(graph);
  const testing::BoostCsr bg = testing::ToBoostCsr(g);
  const auto pairs = RandomPairs(g.NumVertices(), 1 << 10, 11);
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& [u, v] = pairs[i++ & (pairs.size() - 1)];
    benchmark::DoNotOptimize(testing::BoostDistances(bg, u)[v]);
  }
  state.SetItemsProcessed(state.iterations());
}

// What each shrinking idea saves (docs/tree_cover.md §7).
void OracleShrink(benchmark::State& state, const std::string& variant) {
  static std::unique_ptr<Graph<uint32_t>> grid;
  if (!grid) {
    const uint32_t side = SmokeMode() ? 30 : 500;
    grid = std::make_unique<Graph<uint32_t>>(MustBuild(Weighted(TriangulatedGridEdges(side, side, 1), 1, 100, 2)));
  }
  DistanceOracleOptions options;
  options.epsilon = 0.25;
  options.pack_forests = false;  // time the build alone, as the CLI runs it
  if (variant == "no_nesting") options.nested_portals = false;
  if (variant == "no_nesting_ratio_2") {
    options.nested_portals = false;
    options.scale_ratio = 2;
  }
  if (variant == "keep_trivial") options.drop_trivial_stars = false;
  if (variant == "exact_weights") options.quantize_weights = false;
  if (variant == "fast_codes") options.weight_mantissa_bits = kWeightCodeMantissaBits;
  if (variant == "ratio_2") options.scale_ratio = 2;
  if (variant == "ratio_1.5") options.scale_ratio = 1.5;
  if (variant == "threads_2") options.threads = 2;
  OracleBuildStats stats;
  Seconds dijkstra, build;
  std::unique_ptr<DistanceOracle> oracle;
  for (auto _ : state) {
    dijkstra = FullDijkstra(*grid);
    const double wall = Now(), cpu = CpuNow();
    auto built = DistanceOracle::Build(*grid, options, &stats);
    build = {Now() - wall, CpuNow() - cpu};
    if (!built.ok()) std::abort();
    oracle = std::make_unique<DistanceOracle>(std::move(built).value());
    state.SetIterationTime(build.wall);
  }
  const double n = grid->NumVertices();
  state.counters["n"] = n;
  state.counters["entries_per_vertex"] = stats.cover.entries / n;
  state.counters["max_overlap"] = stats.cover.max_overlap;
  state.counters["stars"] = stats.cover.stars;
  state.counters["index_bytes_per_vertex"] = oracle->SerializedBytes() / n;
  state.counters["build_over_dijkstra"] = dijkstra.wall > 0 ? build.wall / dijkstra.wall : 0;
  state.counters["build_over_dijkstra_cpu"] = dijkstra.cpu > 0 ? build.cpu / dijkstra.cpu : 0;
  const auto pairs = RandomPairs(oracle->NumVertices(), 1 << 16, 11);
  const double start = Now();
  uint64_t sink = 0;
  for (const auto& [u, v] : pairs) sink += oracle->Query(u, v);
  benchmark::DoNotOptimize(sink);
  state.counters["query_ns"] = (Now() - start) / pairs.size() * 1e9;
}

void OracleSmoke(benchmark::State& state) {
  const Graph<uint32_t> g = MustBuild(Weighted(TriangulatedGridEdges(40, 40, 1), 1, 100, 2));
  for (auto _ : state) {
    DistanceOracleOptions options;
    options.epsilon = 0.25;
    auto oracle = DistanceOracle::Build(g, options);
    if (!oracle.ok()) std::abort();
    uint64_t sink = 0;
    for (const auto& [u, v] : RandomPairs(oracle->NumVertices(), 1000, 3)) sink += oracle->Query(u, v);
    benchmark::DoNotOptimize(sink);
    OracleCheckOptions check;
    check.random_pairs = 500;
    check.pairs_per_source = 100;
    check.sources = 1;
    check.all_pairs_limit = 0;
    if (!CheckDistanceOracle(g, *oracle, check).status.ok()) state.SkipWithError("stretch check failed");
  }
}

std::vector<std::string> Graphs() {
  std::vector<std::string> all = {"trigrid", "datasets/delaunay_n14/delaunay_n14.graph", "datasets/4elt/4elt.grf.gz",
                                  "datasets/usa_road_ny/NY.gr.xz", "datasets/luxembourg_osm/luxembourg.osm.graph"};
  const char* only = std::getenv("SHORTCUT_ORACLE_BENCH_GRAPHS");
  if (only == nullptr || *only == '\0') return all;
  std::vector<std::string> out;
  std::stringstream ss(only);
  for (std::string item; std::getline(ss, item, ',');) {
    for (const auto& g : all) {
      if (g == item || g.find("/" + item + "/") != std::string::npos) out.push_back(g);
    }
  }
  return out;
}

std::string Short(const std::string& graph) {
  if (graph == "trigrid") return graph;
  const std::size_t a = graph.find('/'), b = graph.find('/', a + 1);
  return graph.substr(a + 1, b - a - 1);
}

}  // namespace
}  // namespace shortcut::bench

int main(int argc, char** argv) {
  using namespace shortcut::bench;
  benchmark::RegisterBenchmark("OracleSmoke", OracleSmoke)->Iterations(1)->Unit(benchmark::kMillisecond);
  if (!SmokeMode()) {
    for (const std::string& graph : Graphs()) {
      for (double eps : {0.5, 0.25, 0.1}) {
        const std::string suffix = Short(graph) + "/eps:" + std::to_string(eps).substr(0, 4);
        benchmark::RegisterBenchmark(("OracleBuild/" + suffix).c_str(), OracleBuild, graph, eps)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kSecond);
        benchmark::RegisterBenchmark(("OracleQuery/" + suffix).c_str(), OracleQuery, graph, eps)
            ->Unit(benchmark::kNanosecond);
        if (graph == "trigrid" && eps == 0.25) {
          benchmark::RegisterBenchmark(("OracleBuildTwoThreads/" + suffix).c_str(), OracleBuildTwoThreads, graph, eps)
              ->Iterations(1)
              ->UseManualTime()
              ->Unit(benchmark::kSecond);
        }
      }
      benchmark::RegisterBenchmark(("ExactEarlyExit/" + Short(graph)).c_str(), ExactEarlyExit, graph)
          ->Unit(benchmark::kMicrosecond);
      benchmark::RegisterBenchmark(("ExactBidirectional/" + Short(graph)).c_str(), ExactBidirectional, graph)
          ->Unit(benchmark::kMicrosecond);
      benchmark::RegisterBenchmark(("ExactBoost/" + Short(graph)).c_str(), ExactBoost, graph)
          ->Unit(benchmark::kMicrosecond);
    }
    for (const char* variant :
         {"default", "no_nesting", "no_nesting_ratio_2", "keep_trivial", "exact_weights", "fast_codes", "ratio_2",
          "ratio_1.5", "threads_2"}) {
      benchmark::RegisterBenchmark((std::string("OracleShrink/") + variant).c_str(), OracleShrink,
                                   std::string(variant))
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kSecond);
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
