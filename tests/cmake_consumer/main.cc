// Builds a small grid, partitions it and checks the partition: exits 0 only
// if everything works through the installed headers and library.
#include <cstdio>

#include "shortcut/core/graph_builder.h"
#include "shortcut/generators/grid.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/verify/partition_checks.h"

int main() {
  auto g = shortcut::BuildGraph(shortcut::GridEdges(20, 20));
  if (!g.ok()) return 1;
  shortcut::ShortcutPartitionOptions options;
  options.epsilon = 0.5;
  options.r = 5;
  auto p = shortcut::ComputeShortcutPartition(*g, options);
  if (!p.ok()) return 1;
  shortcut::PartitionCheckOptions check;
  check.epsilon = 0.5;
  check.diameter = p->clustering.diameter;
  const auto report = shortcut::CheckShortcutPartition(*g, p->clustering.cluster_of, check);
  std::printf("%u clusters, hop constant %.2f: %s\n", p->clustering.NumClusters(), report.hop_constant_max,
              report.status.ok() ? "ok" : "FAILED");
  return report.status.ok() ? 0 : 1;
}
