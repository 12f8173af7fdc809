// The baseline clusterings (net and MPX): same strong-diameter bound ε·D as
// the shortcut partition, checked by the independent verifier (without the
// hop bound, which the baselines do not promise), and deterministic.
#include "shortcut/partition/baselines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shortcut/partition/clustering.h"
#include "shortcut/verify/partition_checks.h"
#include "testing/graphs.h"
#include "testing/minor_free_families.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

using ::shortcut::testing::StatusIs;

template <EdgeWeight W>
void CheckClustering(const Graph<W>& g, const Clustering& c, double eps) {
  EXPECT_EQ(c.cluster_of.size(), g.NumVertices());
  EXPECT_NE(DiameterKindName(c.diameter_kind), "");
  for (uint32_t k = 0; k < c.NumClusters(); ++k) EXPECT_EQ(c.cluster_of[c.center[k]], k);
  PartitionCheckOptions check;
  check.epsilon = eps;
  check.diameter = c.diameter;
  check.check_hops = false;
  const PartitionCheckReport rep = CheckShortcutPartition(g, c.cluster_of, check);
  EXPECT_OK(rep.status);
  EXPECT_EQ(rep.clusters, c.NumClusters());
  EXPECT_LE(rep.max_strong_diameter_over_eps_d, 1.0);
}

TEST(BaselinesTest, NetAndMpxClustersHaveSmallStrongDiameter) {
  std::vector<testing::MinorFreeGraph> graphs = testing::MinorFreeGraphs(200, {1});
  for (const auto& mf : graphs) {
    for (double eps : {0.5, 0.2}) {
      SCOPED_TRACE(::testing::Message() << mf.name << " eps " << eps);
      BaselineOptions options;
      options.epsilon = eps;
      ASSERT_OK_AND_ASSIGN(Clustering net, ComputeNetPartition(mf.graph, options));
      CheckClustering(mf.graph, net, eps);
      ASSERT_OK_AND_ASSIGN(Clustering mpx, ComputeMpxPartition(mf.graph, options));
      CheckClustering(mf.graph, mpx, eps);
      ASSERT_OK_AND_ASSIGN(Clustering again, ComputeMpxPartition(mf.graph, options));
      EXPECT_EQ(again.cluster_of, mpx.cluster_of);
      ASSERT_OK_AND_ASSIGN(Clustering dnet, ComputeNetPartition(mf.dgraph, options));
      CheckClustering(mf.dgraph, dnet, eps);
    }
  }
}

TEST(BaselinesTest, RejectsBadEpsilon) {
  const Graph<uint32_t> g = testing::MustBuild(GridEdges(3, 3));
  BaselineOptions options;
  options.epsilon = 0;
  EXPECT_THAT(ComputeNetPartition(g, options),
              StatusIs(absl::StatusCode::kInvalidArgument, ::testing::HasSubstr("epsilon must be in (0, 1]")));
}

}  // namespace
}  // namespace shortcut
