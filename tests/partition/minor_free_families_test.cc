// Shortcut partitions (SODA 2024 §4: clusters of strong diameter <= ε·D,
// every path crossing few clusters) on the non-planar minor-free families,
// with integer and double weights. The verifier recomputes the diameters
// and the hop counts over all pairs (n <= its all-pairs limit).
#include <gtest/gtest.h>

#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/verify/partition_checks.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

template <EdgeWeight W>
void PartitionAndCheck(const Graph<W>& g, uint32_t r, double eps) {
  ShortcutPartitionOptions options;
  options.epsilon = eps;
  options.r = r;
  ASSERT_OK_AND_ASSIGN(auto p, ComputeShortcutPartition(g, options));
  EXPECT_FALSE(p.cop.minor_found);
  PartitionCheckOptions check;
  check.epsilon = eps;
  check.diameter = p.clustering.diameter;
  const PartitionCheckReport rep = CheckShortcutPartition(g, p.clustering.cluster_of, check);
  EXPECT_OK(rep.status);
  EXPECT_TRUE(rep.all_pairs);
  EXPECT_EQ(rep.clusters, p.clustering.NumClusters());
  EXPECT_LE(rep.max_strong_diameter_over_eps_d, 1.0);
  for (VertexId v : g.Vertices()) {
    EXPECT_EQ(p.cop.supernode_of[v], p.cluster_supernode[p.clustering.cluster_of[v]]);
  }
}

TEST(ShortcutPartitionMinorFreeTest, IntegerWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(500, {1, 2})) {
    for (double eps : {0.5, 0.2}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " eps " << eps);
      PartitionAndCheck(mf.graph, mf.r, eps);
    }
  }
}

TEST(ShortcutPartitionMinorFreeTest, DoubleWeights) {
  for (const auto& mf : testing::MinorFreeGraphs(500, {3})) {
    for (double eps : {0.5, 0.2}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " eps " << eps);
      PartitionAndCheck(mf.dgraph, mf.r, eps);
    }
  }
}

}  // namespace
}  // namespace shortcut
