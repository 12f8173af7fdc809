// Independent checker of approximate distances (domination and stretch).
#include "shortcut/verify/oracle_checks.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

#include "shortcut/core/random.h"
#include "shortcut/core/status.h"
#include "shortcut/sssp/dijkstra.h"

namespace shortcut {
namespace {

constexpr double kBinWidth = 1e-4;
constexpr uint32_t kBins = 20000;  // stretch in [1, 3); larger values go to an overflow bin

// One source and the targets to check from it (all v > source, all v, or a
// list).
struct SourceTask {
  VertexId source = 0;
  enum class Kind { kGreater, kAll, kList } kind = Kind::kAll;
  uint64_t list_begin = 0, list_end = 0;
};

struct Violation {
  bool set = false;
  VertexId u = 0, v = 0;
  uint64_t estimate = 0, distance = 0;
};

// Per-task results, merged in task order so the report does not depend on
// the thread count.
struct TaskResult {
  uint64_t pairs = 0, unreachable = 0, connected = 0;
  uint64_t domination = 0, stretch = 0;
  double sum = 0, max = 0;
  VertexId max_u = kNoVertex, max_v = kNoVertex;
  uint64_t max_estimate = 0, max_distance = 0;
  Violation first_domination, first_stretch;
};

}  // namespace

bool WithinStretch(uint64_t estimate, uint64_t d, double epsilon) {
  if (estimate <= d) return true;
  // ε = mantissa · 2^shift exactly; decide (estimate − d) <= mantissa·d·2^shift.
  int exponent = 0;
  const double fraction = std::frexp(epsilon, &exponent);
  const uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  const int shift = exponent - 53;
  __extension__ using U128 = unsigned __int128;
  const U128 lhs = estimate - d;
  const U128 rhs = static_cast<U128>(mantissa) * d;
  if (shift >= 0) {
    if (rhs == 0) return false;
    if (shift >= 64 || (rhs >> (128 - shift)) != 0) return true;  // rhs·2^shift exceeds any 64-bit lhs
    return lhs <= (rhs << shift);
  }
  const int s = -shift;
  if (s >= 128) return false;
  return lhs <= (rhs >> s);  // lhs integer: lhs·2^s <= rhs iff lhs <= floor(rhs / 2^s)
}

OracleCheckReport CheckDistanceEstimates(const Graph<uint32_t>& g,
                                         const std::function<uint64_t(VertexId, VertexId)>& estimate,
                                         const OracleCheckOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  OracleCheckReport report;
  const VertexId n = g.NumVertices();
  const double eps = options.epsilon;
  if (!(eps > 0) || !std::isfinite(eps)) {
    report.status = InvalidArgumentError("oracle check: epsilon must be positive, got {}", eps);
    return report;
  }
  if (n < 2) return report;

  // Plan the sources.
  std::vector<SourceTask> tasks;
  std::vector<VertexId> targets;
  report.all_pairs = options.force_all_pairs || n <= options.all_pairs_limit;
  if (report.all_pairs) {
    for (VertexId s = 0; s + 1 < n; ++s) tasks.push_back({s, SourceTask::Kind::kGreater, 0, 0});
  } else {
    Random rng(options.seed);
    const uint32_t per_source = std::max<uint32_t>(1, options.pairs_per_source);
    const uint64_t random_sources = (options.random_pairs + per_source - 1) / per_source;
    for (uint64_t i = 0; i < random_sources; ++i) {
      SourceTask t;
      t.source = static_cast<VertexId>(rng.UniformInt(n));
      t.kind = SourceTask::Kind::kList;
      t.list_begin = targets.size();
      for (uint32_t k = 0; k < per_source; ++k) {
        VertexId v;
        do {
          v = static_cast<VertexId>(rng.UniformInt(n));
        } while (v == t.source);
        targets.push_back(v);
      }
      t.list_end = targets.size();
      tasks.push_back(t);
    }
    for (uint32_t i = 0; i < options.sources; ++i) {
      tasks.push_back({static_cast<VertexId>(rng.UniformInt(n)), SourceTask::Kind::kAll, 0, 0});
    }
  }
  report.sources_used = static_cast<uint32_t>(tasks.size());

  const uint32_t threads = std::max<uint32_t>(1, options.threads);
  std::vector<TaskResult> results(tasks.size());
  std::vector<std::vector<uint64_t>> histograms(threads, std::vector<uint64_t>(kBins + 1, 0));
  std::atomic<std::size_t> next{0}, done{0};

  auto worker = [&](uint32_t t) {
    DijkstraEngine<uint32_t> dijkstra(n);
    std::vector<uint64_t>& hist = histograms[t];
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= tasks.size()) break;
      const SourceTask& task = tasks[i];
      TaskResult& r = results[i];
      dijkstra.Reset();
      dijkstra.AddSource(task.source);
      dijkstra.Run(g);
      auto check = [&](VertexId v) {
        const VertexId u = task.source;
        const uint64_t d = dijkstra.Distance(v);
        const uint64_t e = estimate(u, v);
        ++r.pairs;
        if (d >= kInfinity<uint32_t>) {
          ++r.unreachable;
          if (e < kUnreachable) {
            if (r.domination++ == 0) r.first_domination = {true, u, v, e, d};
          }
          return;
        }
        ++r.connected;
        if (e < d) {
          if (r.domination++ == 0) r.first_domination = {true, u, v, e, d};
        } else if (!WithinStretch(e, d, eps)) {
          if (r.stretch++ == 0) r.first_stretch = {true, u, v, e, d};
        }
        const double stretch = e >= kUnreachable ? INFINITY : static_cast<double>(e) / static_cast<double>(d);
        r.sum += stretch;
        if (stretch > r.max || r.max_u == kNoVertex) {
          r.max = stretch;
          r.max_u = u;
          r.max_v = v;
          r.max_estimate = e;
          r.max_distance = d;
        }
        const double bin = (stretch - 1.0) / kBinWidth;
        ++hist[bin < 0 ? 0 : bin >= kBins ? kBins : static_cast<uint32_t>(bin)];
      };
      switch (task.kind) {
        case SourceTask::Kind::kGreater:
          for (VertexId v = task.source + 1; v < n; ++v) check(v);
          break;
        case SourceTask::Kind::kAll:
          for (VertexId v = 0; v < n; ++v) {
            if (v != task.source) check(v);
          }
          break;
        case SourceTask::Kind::kList:
          for (uint64_t k = task.list_begin; k < task.list_end; ++k) check(targets[k]);
          break;
      }
      done.fetch_add(1);
      if (t == 0 && options.progress) {
        options.progress(static_cast<double>(done.load()) / static_cast<double>(tasks.size()));
      }
    }
  };
  if (threads == 1) {
    worker(0);
  } else {
    std::vector<std::thread> pool;
    for (uint32_t t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& th : pool) th.join();
  }

  // Merge in task order.
  uint64_t connected = 0;
  double sum = 0;
  Violation domination, stretch;
  for (const TaskResult& r : results) {
    report.pairs_checked += r.pairs;
    report.unreachable_pairs += r.unreachable;
    report.domination_violations += r.domination;
    report.stretch_violations += r.stretch;
    connected += r.connected;
    sum += r.sum;
    if (r.max_u != kNoVertex && (report.worst_u == kNoVertex || r.max > report.max_stretch)) {
      report.max_stretch = r.max;
      report.worst_u = r.max_u;
      report.worst_v = r.max_v;
      report.worst_estimate = r.max_estimate;
      report.worst_distance = r.max_distance;
    }
    if (!domination.set && r.first_domination.set) domination = r.first_domination;
    if (!stretch.set && r.first_stretch.set) stretch = r.first_stretch;
  }
  report.mean_stretch = connected > 0 ? sum / static_cast<double>(connected) : 0;
  std::vector<uint64_t> hist(kBins + 1, 0);
  for (const auto& h : histograms) {
    for (uint32_t b = 0; b <= kBins; ++b) hist[b] += h[b];
  }
  if (connected > 0) {
    const uint64_t rank = (connected * 99 + 99) / 100;  // the ceil(0.99·count)-th smallest
    uint64_t seen = 0;
    for (uint32_t b = 0; b <= kBins; ++b) {
      seen += hist[b];
      if (seen >= rank) {
        report.p99_stretch = b == kBins ? report.max_stretch : std::min(report.max_stretch, 1.0 + (b + 1) * kBinWidth);
        break;
      }
    }
  }
  auto ext = [&](VertexId v) { return g.ExternalId(v); };
  if (domination.set) {
    report.worst_u = domination.u;
    report.worst_v = domination.v;
    report.worst_estimate = domination.estimate;
    report.worst_distance = domination.distance;
    report.status = FailedPreconditionError(
        "domination violated on {} pair(s); first: estimate {} < distance {} for vertices {} and {}",
        report.domination_violations, domination.estimate,
        domination.distance >= kInfinity<uint32_t> ? std::string("infinity") : std::to_string(domination.distance),
        ext(domination.u), ext(domination.v));
  } else if (stretch.set) {
    report.worst_u = stretch.u;
    report.worst_v = stretch.v;
    report.worst_estimate = stretch.estimate;
    report.worst_distance = stretch.distance;
    report.status = FailedPreconditionError(
        "stretch above 1 + {} on {} pair(s); first: estimate {} > (1 + {})·{} for vertices {} and {}", eps,
        report.stretch_violations,
        stretch.estimate >= kUnreachable ? std::string("infinity") : std::to_string(stretch.estimate), eps,
        stretch.distance, ext(stretch.u), ext(stretch.v));
  }
  report.time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

OracleCheckReport CheckDistanceOracle(const Graph<uint32_t>& g, const DistanceOracle& oracle,
                                      const OracleCheckOptions& options) {
  if (absl::Status st = oracle.CheckGraph(g); !st.ok()) {
    OracleCheckReport report;
    report.status = st;
    return report;
  }
  OracleCheckOptions o = options;
  if (o.epsilon == 0) o.epsilon = oracle.epsilon();
  return CheckDistanceEstimates(
      g, [&oracle](VertexId u, VertexId v) { return oracle.Query(u, v); }, o);
}

}  // namespace shortcut
