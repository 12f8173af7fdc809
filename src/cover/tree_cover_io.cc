// WriteTreeCover: the COVER text format (docs/tree_cover.md, "The COVER file").
#include "shortcut/cover/tree_cover_io.h"

#include <fmt/format.h>

#include <iterator>

#include "shortcut/core/status.h"
#include "shortcut/io/file.h"

namespace shortcut {

absl::Status WriteTreeCover(const std::string& path, const Graph<uint32_t>& g, const TreeCover& cover) {
  SHORTCUT_ASSIGN_OR_RETURN(AtomicFile f, AtomicFile::Create(path));
  fmt::memory_buffer out;
  auto flush = [&] {
    const absl::Status st = f.Write(std::string_view(out.data(), out.size()));
    out.clear();
    return st;
  };
  auto it = std::back_inserter(out);
  fmt::format_to(it, "c shortcut tree cover: star forests, one 't' line per star (docs/tree_cover.md)\n");
  fmt::format_to(it, "p cover {} {} {} {} {}\n", g.NumVertices(), cover.NumStars(), cover.members.size(),
                 cover.scales.size(), cover.stats.forests_packed);
  fmt::format_to(it, "e {} {} {} {}\n", cover.epsilon, cover.scale_ratio, cover.min_weight, cover.quantized ? 1 : 0);
  for (std::size_t j = 0; j < cover.scales.size(); ++j) {
    const CoverScale& s = cover.scales[j];
    const CoverScaleStats st = j < cover.stats.scales.size() ? cover.stats.scales[j] : CoverScaleStats{};
    fmt::format_to(it, "s {} {} {} {} {} {} {} {}\n", j, s.upper, s.budget, s.tau, s.radius, s.quantization_error,
                   st.stars, st.forests);
  }
  for (uint32_t s = 0; s < cover.NumStars(); ++s) {
    const auto members = cover.Members(s);
    const auto weights = cover.Weights(s);
    fmt::format_to(it, "t {} {} {} {} {} ", s, cover.star_level[s],
                   cover.star_forest.empty() ? -1 : static_cast<int64_t>(cover.star_forest[s]),
                   cover.star_global_forest.empty() ? -1 : static_cast<int64_t>(cover.star_global_forest[s]),
                   g.ExternalId(cover.star_root[s]));
    if (cover.star_radius[s] == kUnboundedRadius) {
      fmt::format_to(it, "inf");
    } else {
      fmt::format_to(it, "{}", cover.star_radius[s]);
    }
    fmt::format_to(it, " {}", members.size());
    for (std::size_t i = 0; i < members.size(); ++i) fmt::format_to(it, " {}:{}", g.ExternalId(members[i]), weights[i]);
    fmt::format_to(it, "\n");
    if (out.size() > (1 << 20)) SHORTCUT_RETURN_IF_ERROR(flush());
  }
  SHORTCUT_RETURN_IF_ERROR(flush());
  return f.Commit();
}

}  // namespace shortcut
