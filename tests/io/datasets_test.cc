// Every bundled dataset (datasets/<name>/) loads with the counts its
// SOURCE.md states ("Measured counts": vertices, undirected simple edges,
// components), and our Dijkstra agrees exactly with Boost.Graph's
// dijkstra_shortest_paths on it from a few sources.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "shortcut/core/components.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/sssp/dijkstra.h"
#include "testing/boost_reference.h"
#include "testing/status_matchers.h"

namespace shortcut {
namespace {

namespace fs = std::filesystem;

struct Dataset {
  std::string name;
  std::string graph_path;                   // the graph file
  std::map<std::string, uint64_t> counts;   // from SOURCE.md
};

bool IsGraphFile(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name == "SOURCE.md") return false;
  for (const char* ext : {".xyz", ".co"}) {
    const std::string e(ext);
    if (name.find(e) != std::string::npos &&
        (name.ends_with(e) || name.ends_with(e + ".gz") || name.ends_with(e + ".xz"))) {
      return false;
    }
  }
  return true;
}

// ParseMeasuredCounts: "- key: value" lines under "## Measured counts".
std::map<std::string, uint64_t> ParseMeasuredCounts(const fs::path& source_md) {
  std::ifstream in(source_md);
  std::map<std::string, uint64_t> counts;
  std::string line;
  bool in_section = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) in_section = line == "## Measured counts";
    if (!in_section || line.rfind("- ", 0) != 0) continue;
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string key = line.substr(2, colon - 2);
    std::istringstream value(line.substr(colon + 1));
    uint64_t v = 0;
    if (value >> v) counts[key] = v;
  }
  return counts;
}

std::vector<Dataset> BundledDatasets() {
  std::vector<Dataset> out;
  const fs::path root = fs::path(SHORTCUT_SOURCE_DIR) / "datasets";
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs) {
    Dataset d;
    d.name = dir.filename().string();
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && IsGraphFile(entry.path())) {
        EXPECT_TRUE(d.graph_path.empty()) << "two graph files in " << dir;
        d.graph_path = entry.path().string();
      }
    }
    d.counts = ParseMeasuredCounts(dir / "SOURCE.md");
    out.push_back(std::move(d));
  }
  return out;
}

TEST(DatasetsTest, AllBundledDatasetsArePresent) {
  const auto datasets = BundledDatasets();
  EXPECT_GE(datasets.size(), 11u);
  for (const auto& d : datasets) {
    EXPECT_FALSE(d.graph_path.empty()) << d.name;
    EXPECT_TRUE(d.counts.contains("vertices")) << d.name;
    EXPECT_TRUE(d.counts.contains("undirected simple edges")) << d.name;
    EXPECT_TRUE(d.counts.contains("components")) << d.name;
  }
}

class DatasetTest : public ::testing::TestWithParam<Dataset> {};

TEST_P(DatasetTest, CountsMatchSourceAndDijkstraMatchesBoost) {
  const Dataset& d = GetParam();
  ReadReport report;
  ASSERT_OK_AND_ASSIGN(Graph<uint32_t> g, ReadGraph<uint32_t>(d.graph_path, {}, &report));
  EXPECT_EQ(g.NumVertices(), d.counts.at("vertices"));
  EXPECT_EQ(g.NumEdges(), d.counts.at("undirected simple edges"));
  const Components cc = ConnectedComponents(g);
  EXPECT_EQ(cc.count, d.counts.at("components"));
  if (d.counts.contains("coord rows")) {
    EXPECT_TRUE(g.HasCoordinates()) << d.name;
  }
  if (d.counts.contains("weight min")) {
    const auto w = g.WeightArray();
    EXPECT_EQ(*std::min_element(w.begin(), w.end()), d.counts.at("weight min"));
    EXPECT_EQ(*std::max_element(w.begin(), w.end()), d.counts.at("weight max"));
  }

  // Dijkstra versus Boost from the first, the middle and the last vertex.
  const testing::BoostCsr bg = testing::ToBoostCsr(g);
  DijkstraEngine<uint32_t> dijkstra(g.NumVertices());
  const VertexId n = g.NumVertices();
  for (VertexId source : {VertexId{0}, n / 2, n - 1}) {
    dijkstra.Reset();
    dijkstra.AddSource(source);
    dijkstra.Run(g);
    const std::vector<uint64_t> expected = testing::BoostDistances(bg, source);
    uint64_t mismatches = 0;
    for (VertexId v = 0; v < n; ++v) {
      const uint64_t ours = dijkstra.IsReached(v) ? dijkstra.Distance(v) : std::numeric_limits<uint64_t>::max();
      if (ours != expected[v] && mismatches++ < 5) {
        ADD_FAILURE() << d.name << ": distance from " << source << " to " << v << ": ours " << ours << ", Boost "
                      << expected[v];
      }
    }
    EXPECT_EQ(mismatches, 0u) << d.name << " source " << source;
  }
}

INSTANTIATE_TEST_SUITE_P(Bundled, DatasetTest, ::testing::ValuesIn(BundledDatasets()),
                         [](const ::testing::TestParamInfo<Dataset>& info) { return info.param.name; });

}  // namespace
}  // namespace shortcut
