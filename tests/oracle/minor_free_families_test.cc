// The (1+ε) distance oracle on the non-planar minor-free families: the
// independent verifier on every pair, and the exact stretch recomputed here
// against Boost.Graph's Dijkstra. The oracle serves Graph<uint32_t> only.
#include <gtest/gtest.h>

#include <algorithm>

#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/verify/oracle_checks.h"
#include "testing/boost_reference.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

// The one place that builds an oracle from (ε, r).
absl::StatusOr<DistanceOracle> BuildOracle(const Graph<uint32_t>& g, double eps, uint32_t r) {
  DistanceOracleOptions options;
  options.epsilon = eps;
  options.r = r;
  return DistanceOracle::Build(g, options);
}

TEST(DistanceOracleMinorFreeTest, StretchOnEveryPair) {
  for (const auto& mf : testing::MinorFreeGraphs(400, {1, 2})) {
    for (double eps : {0.5, 0.25}) {  // exact in binary: the comparison below is exact
      SCOPED_TRACE(::testing::Message() << mf.name << " eps " << eps);
      const Graph<uint32_t>& g = mf.graph;
      ASSERT_OK_AND_ASSIGN(DistanceOracle oracle, BuildOracle(g, eps, mf.r));
      OracleCheckOptions check;
      check.force_all_pairs = true;
      const OracleCheckReport rep = CheckDistanceOracle(g, oracle, check);
      EXPECT_OK(rep.status);
      EXPECT_TRUE(rep.all_pairs);
      EXPECT_LE(rep.max_stretch, 1 + eps);

      const auto bg = testing::ToBoostCsr(g);
      uint64_t violations = 0;
      double max_stretch = 1;
      for (VertexId u : g.Vertices()) {
        const std::vector<uint64_t> d = testing::BoostDistances(bg, u);
        for (VertexId v : g.Vertices()) {
          const uint64_t q = oracle.Query(u, v);
          if (u == v) {
            violations += q != 0;
            continue;
          }
          // Graphs from the generators are connected.
          ASSERT_NE(d[v], UINT64_MAX);
          if (q < d[v] || static_cast<long double>(q) > (1 + eps) * static_cast<long double>(d[v])) {
            ++violations;
          }
          max_stretch = std::max(max_stretch, static_cast<double>(q) / static_cast<double>(d[v]));
        }
      }
      EXPECT_EQ(violations, 0u);
      EXPECT_LE(max_stretch, 1 + eps);
      EXPECT_EQ(max_stretch, rep.max_stretch);
    }
  }
}

}  // namespace
}  // namespace shortcut
