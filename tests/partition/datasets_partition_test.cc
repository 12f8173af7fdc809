// The shortcut partition and the cop decomposition on bundled real graphs
// (meshes, a road network, a power grid), several ε: every property holds.
#include <gtest/gtest.h>

#include "shortcut/io/read_graph.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/verify/cop_checks.h"
#include "shortcut/verify/partition_checks.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

struct Dataset {
  const char* path;
  uint32_t r;  // 5 for planar inputs, 0 (detect) otherwise
};

class DatasetPartitionTest : public ::testing::TestWithParam<Dataset> {};

TEST_P(DatasetPartitionTest, VerifiedAtSeveralEpsilon) {
  const Dataset d = GetParam();
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ReadGraph<uint32_t>(std::string(SHORTCUT_SOURCE_DIR) + "/" + d.path));
  for (double eps : {0.5, 0.25, 0.1}) {
    ShortcutPartitionOptions options;
    options.epsilon = eps;
    options.r = d.r;
    ASSERT_OK_AND_ASSIGN(auto p, ComputeShortcutPartition(g, options));
    SCOPED_TRACE(::testing::Message() << d.path << " eps " << eps);
    EXPECT_FALSE(p.cop.minor_found);
    PartitionCheckOptions check;
    check.epsilon = eps;
    check.diameter = p.clustering.diameter;
    check.sources = 16;  // sampled: the full tables come from the harness
    const auto rep = CheckShortcutPartition(g, p.clustering.cluster_of, check);
    EXPECT_OK(rep.status);
    EXPECT_GT(rep.pairs_checked, 0u);
    const auto cop_rep = CheckCopDecomposition(g, p.cop, {.radius = p.stats.delta, .r = p.cop.stats.r_used});
    EXPECT_OK(cop_rep.status);
  }
}

INSTANTIATE_TEST_SUITE_P(Bundled, DatasetPartitionTest,
                         ::testing::Values(Dataset{"datasets/airfoil1/airfoil1.graph", 5},
                                           Dataset{"datasets/3elt/3elt.grf.gz", 5},
                                           Dataset{"datasets/cheburashka/cheburashka.off", 5},
                                           Dataset{"datasets/rome99/rome99.gr", 0},
                                           Dataset{"datasets/power_grid/power.graph", 0},
                                           Dataset{"datasets/fertility/fertility.off", 0}),
                         [](const auto& info) {
                           std::string name = info.param.path;
                           name = name.substr(name.rfind('/') + 1);
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace shortcut
