// shortcut draw GRAPH [--clusters C.txt | --supernodes S.txt | --spr MAP.txt] -o FILE.svg|FILE.png
//
// Draws a graph that has vertex coordinates (meshes, Delaunay graphs, grids,
// road networks with a .co/.xyz sibling) as an SVG picture:
//   --clusters C.txt     vertices and intra-cluster edges coloured by cluster,
//                        cluster boundaries drawn as the perpendicular
//                        bisectors of the edges between clusters;
//   --supernodes S.txt   the same for the supernodes of a cop decomposition,
//                        plus the skeletons read from S.txt.tree (thick
//                        dark paths, roots as rings);
//   --spr MAP.txt        Steiner-point-removal regions ("<vertex> <terminal>"
//                        lines) coloured by terminal, terminals as rings.
// Colours are deterministic: labels are renumbered by first appearance and
// coloured greedily (lowest palette colour not used by an adjacent label),
// so equal inputs give byte-identical files. A .png output name, or --png,
// converts the SVG with rsvg-convert (Debian: librsvg2-bin).
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "common/command.h"
#include "common/flags.h"
#include "common/json.h"
#include "common/load_graph.h"
#include "shortcut/core/status.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/decomposition/cop_decomposition_io.h"
#include "shortcut/io/file.h"
#include "shortcut/io/vertex_labels.h"

extern char** environ;

namespace shortcut::cli {
namespace {

// A qualitative palette (Tableau 10 and lighter companions), in a fixed
// order; greedy colouring of the label adjacency graph picks from it.
constexpr std::array<const char*, 16> kPalette = {
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7",
    "#9c755f", "#a0cbe8", "#ffbe7d", "#8cd17d", "#d4a6c8", "#86bcb6", "#f1ce63", "#bab0ac"};

// HashColour: a deterministic fallback colour for a label when every
// palette colour is taken by a neighbour.
std::string HashColour(uint32_t label) {
  uint64_t h = (label + 1) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  const double hue = static_cast<double>(h % 360);
  // HSL(hue, 55%, 60%) to RGB.
  const double s = 0.55, l = 0.60;
  const double c = (1 - std::fabs(2 * l - 1)) * s;
  const double hp = hue / 60.0;
  const double x = c * (1 - std::fabs(std::fmod(hp, 2.0) - 1));
  double r = 0, g = 0, b = 0;
  if (hp < 1) {
    r = c, g = x;
  } else if (hp < 2) {
    r = x, g = c;
  } else if (hp < 3) {
    g = c, b = x;
  } else if (hp < 4) {
    g = x, b = c;
  } else if (hp < 5) {
    r = x, b = c;
  } else {
    r = c, b = x;
  }
  const double m = l - c / 2;
  auto to8 = [m](double v) { return static_cast<int>(std::lround((v + m) * 255)); };
  return fmt::format("#{:02x}{:02x}{:02x}", to8(r), to8(g), to8(b));
}

// ColourLabels: one colour per label (labels in [0, k)), greedy over the
// label adjacency graph in label order.
std::vector<std::string> ColourLabels(const Graph<uint32_t>& g, const std::vector<uint32_t>& label, uint32_t k,
                                      uint32_t* colours_used) {
  std::vector<uint64_t> pairs;
  for (VertexId u : g.Vertices()) {
    for (VertexId v : g.Neighbors(u)) {
      if (label[u] != label[v]) pairs.push_back((uint64_t{label[u]} << 32) | label[v]);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<int> colour(k, -1);
  std::vector<std::string> out(k);
  std::size_t p = 0;
  uint32_t used = 0;
  for (uint32_t a = 0; a < k; ++a) {
    std::array<bool, kPalette.size()> taken{};
    for (; p < pairs.size() && (pairs[p] >> 32) < a; ++p) {
    }
    for (std::size_t q = p; q < pairs.size() && (pairs[q] >> 32) == a; ++q) {
      const uint32_t b = static_cast<uint32_t>(pairs[q]);
      if (colour[b] >= 0) taken[colour[b]] = true;
    }
    for (std::size_t c = 0; c < kPalette.size(); ++c) {
      if (!taken[c]) {
        colour[a] = static_cast<int>(c);
        break;
      }
    }
    if (colour[a] >= 0) {
      out[a] = kPalette[colour[a]];
      used = std::max<uint32_t>(used, colour[a] + 1);
    } else {
      out[a] = HashColour(a);
      used = kPalette.size() + 1;
    }
  }
  *colours_used = used;
  return out;
}

// Fmt1: a coordinate in pixels with one decimal ("12.3"), "-0.0" avoided.
std::string Fmt1(double v) {
  const double r = std::round(v * 10) / 10;
  return fmt::format("{:.1f}", r == 0 ? 0.0 : r);
}

// RunProgram: runs argv[0] (looked up in PATH) and waits. Returns an error
// naming the program when it cannot be started or exits non-zero.
absl::Status RunProgram(const std::vector<std::string>& argv, std::string_view install_hint) {
  std::vector<char*> cargv;
  for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, cargv[0], nullptr, nullptr, cargv.data(), environ);
  if (rc != 0) {
    return FailedPreconditionError("cannot run '{}' ({}); {}", argv[0], std::strerror(rc), install_hint);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return InternalError("waitpid failed for '{}'", argv[0]);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    return FailedPreconditionError("'{}' was not found; {}", argv[0], install_hint);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return InternalError("'{}' failed (exit status {})", argv[0], WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  }
  return absl::OkStatus();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct DrawStats {
  uint32_t labels = 0;
  uint32_t colours_used = 0;
  uint64_t boundary_edges = 0;
  uint64_t skeleton_edges = 0;
  uint32_t marked_vertices = 0;  // skeleton roots or terminals
  double width = 0, height = 0;
  uint64_t svg_bytes = 0;
  bool points = false;
  std::string fill;
};

int RunDraw(std::span<const std::string> args) {
  FlagSet flags("draw",
                "GRAPH [--clusters C.txt | --supernodes S.txt | --spr MAP.txt] -o FILE.svg|FILE.png [--png] "
                "[--width PX] [--view xy|xz|yz] [--stats S.json]");
  std::string graph_path, clusters_path, supernodes_path, spr_path, out, stats_path, view = "xy", points = "auto";
  std::string title, fill = "auto", edges = "auto";
  double width = 1000;
  bool png = false;
  GraphFlags gf;
  flags.Positional("GRAPH", &graph_path, "input graph with coordinates");
  flags.String("clusters", &clusters_path, "cluster file '<vertex> <cluster>' (shortcut partition -o)");
  flags.String("supernodes", &supernodes_path, "supernode file of shortcut cop; skeletons from FILE.tree");
  flags.String("spr", &spr_path, "Steiner-point-removal map '<vertex> <terminal>' (shortcut spr -o)");
  flags.String("o", &out, "output picture: FILE.svg, or FILE.png (converted with rsvg-convert)", true, "output");
  flags.Bool("png", &png, "also write FILE.png next to FILE.svg (rsvg-convert)");
  flags.Double("width", &width, "picture width in pixels (default 1000)");
  flags.String("view", &view, "projection of 3-D coordinates: xy (default) | xz | yz");
  flags.String("points", &points, "draw vertices as dots: auto (default: when n <= 20000) | on | off");
  flags.String("fill", &fill,
               "fill regions: auto (default: triangles for meshes, cells for regular graphs such as grids, else "
               "none) | triangles | cells | none");
  flags.String("edges", &edges, "draw edges: auto (default: when nothing is filled) | on | off");
  flags.String("title", &title, "title shown in the picture's top-left corner (default: none)");
  flags.String("stats", &stats_path, "write statistics as JSON");
  AddGraphFlags(flags, &gf);
  if (auto st = flags.Parse(args); !st.ok()) return ReportError("draw", st);
  if (flags.help_requested()) {
    fmt::print("{}", flags.Usage());
    return kExitOk;
  }
  const int modes = !clusters_path.empty() + !supernodes_path.empty() + !spr_path.empty();
  if (modes > 1) {
    return ReportError("draw", InvalidArgumentError("give at most one of --clusters, --supernodes and --spr"));
  }
  if (view != "xy" && view != "xz" && view != "yz") {
    return ReportError("draw", InvalidArgumentError("--view must be xy, xz or yz, got '{}'", view));
  }
  if (points != "auto" && points != "on" && points != "off") {
    return ReportError("draw", InvalidArgumentError("--points must be auto, on or off, got '{}'", points));
  }
  if (fill != "auto" && fill != "triangles" && fill != "cells" && fill != "none") {
    return ReportError("draw", InvalidArgumentError("--fill must be auto, triangles, cells or none, got '{}'", fill));
  }
  if (edges != "auto" && edges != "on" && edges != "off") {
    return ReportError("draw", InvalidArgumentError("--edges must be auto, on or off, got '{}'", edges));
  }
  if (!(width >= 50 && width <= 20000)) {
    return ReportError("draw", InvalidArgumentError("--width must be in [50, 20000], got {}", width));
  }
  const bool png_output = EndsWith(out, ".png");
  if (!png_output && !EndsWith(out, ".svg")) {
    return ReportError("draw", InvalidArgumentError("-o: the output name must end in .svg or .png, got '{}'", out));
  }
  if (auto st = RefuseOutputOverInput(out, {graph_path, gf.coordinates, clusters_path, supernodes_path, spr_path});
      !st.ok()) {
    return ReportError("draw", st);
  }
  const auto start = std::chrono::steady_clock::now();
  auto loaded = LoadGraph(graph_path, gf);
  if (!loaded.ok()) return ReportError("draw", loaded.status());
  const Graph<uint32_t>& g = loaded->graph;
  const VertexId n = g.NumVertices();
  if (!g.HasCoordinates()) {
    return ReportError("draw", FailedPreconditionError(
                                   "{}: the graph has no vertex coordinates; draw needs a coordinates sibling "
                                   "(.co for DIMACS, .xyz for METIS/Scotch), an OFF mesh, or --coordinates FILE",
                                   graph_path));
  }

  // Labels per mode; `marked` are vertices drawn as rings (skeleton roots,
  // terminals); skeleton edges are pairs of vertices.
  std::string mode = "graph";
  std::vector<uint32_t> label;
  std::vector<VertexId> marked;
  std::vector<std::pair<VertexId, VertexId>> skeleton_edges;
  if (!clusters_path.empty()) {
    mode = "clusters";
    auto l = ReadVertexLabels(clusters_path, g);
    if (!l.ok()) return ReportError("draw", l.status());
    label = std::move(*l);
  } else if (!supernodes_path.empty()) {
    mode = "supernodes";
    if (std::filesystem::exists(CopTreePath(supernodes_path))) {
      auto cop = ReadCopDecomposition(supernodes_path, g);
      if (!cop.ok()) return ReportError("draw", cop.status());
      label = cop->supernode_of;
      for (uint32_t s = 0; s < cop->NumSupernodes(); ++s) {
        const auto sk = cop->Skeleton(s);
        const auto par = cop->SkeletonParents(s);
        for (std::size_t i = 0; i < sk.size(); ++i) {
          if (par[i] == kNoVertex) {
            marked.push_back(sk[i]);
          } else {
            skeleton_edges.emplace_back(sk[i], par[i]);
          }
        }
      }
    } else {
      fmt::print(stderr, "draw: note: '{}' not found, drawing supernodes without skeletons\n",
                 CopTreePath(supernodes_path));
      auto l = ReadVertexLabels(supernodes_path, g);
      if (!l.ok()) return ReportError("draw", l.status());
      label = std::move(*l);
    }
  } else if (!spr_path.empty()) {
    mode = "spr";
    auto l = ReadVertexLabels(spr_path, g, /*value_is_vertex=*/true);
    if (!l.ok()) return ReportError("draw", l.status());
    label = std::move(*l);
    marked = label;
    std::sort(marked.begin(), marked.end());
    marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
  }
  const bool labelled = !label.empty();
  DrawStats st;
  std::vector<std::string> colour;
  if (labelled) {
    st.labels = RenumberByFirstAppearance(label);
    colour = ColourLabels(g, label, st.labels, &st.colours_used);
  } else if (fill == "triangles" || fill == "cells") {
    label.assign(n, 0);  // one region: the whole graph in a neutral colour
    colour = {"#d5dde8"};
  }

  // Projection to pixels: fit the bounding box into `width`, y upwards.
  auto project = [&view](const Point& p) -> std::pair<double, double> {
    if (view == "xz") return {p.x, p.z};
    if (view == "yz") return {p.y, p.z};
    return {p.x, p.y};
  };
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (VertexId v = 0; v < n; ++v) {
    const auto [x, y] = project(g.Coordinate(v));
    if (!std::isfinite(x) || !std::isfinite(y)) {
      return ReportError("draw", InvalidArgumentError("vertex {} has a non-finite coordinate", g.ExternalId(v)));
    }
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  if (n == 0) x0 = x1 = y0 = y1 = 0;
  const double margin = 10;
  const double dx = std::max(x1 - x0, 1e-12), dy = std::max(y1 - y0, 1e-12);
  double scale = (width - 2 * margin) / dx;
  double height = std::max(60.0, dy * scale + 2 * margin);
  if (height > 4 * width) {  // very tall inputs: fit the height instead
    height = 4 * width;
    scale = (height - 2 * margin) / dy;
  }
  std::vector<double> px(n), py(n);
  for (VertexId v = 0; v < n; ++v) {
    const auto [x, y] = project(g.Coordinate(v));
    px[v] = margin + (x - x0) * scale;
    py[v] = height - margin - (y - y0) * scale;
  }
  st.width = width, st.height = height;

  // Sizes from the edge lengths on screen.
  std::vector<double> lengths;
  lengths.reserve(g.NumEdges());
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    lengths.push_back(std::hypot(px[u] - px[v], py[u] - py[v]));
  }
  std::sort(lengths.begin(), lengths.end());
  auto quantile = [&lengths](double q) {
    return lengths.empty() ? 4.0 : lengths[static_cast<std::size_t>(q * static_cast<double>(lengths.size() - 1))];
  };
  const double median = quantile(0.5);
  const double stroke = std::clamp(0.12 * median, 0.6, 1.5);
  const double dot = std::clamp(0.45 * median, 0.8, 6.0);
  const double line = std::clamp(width / 600, 1.0, 3.0);  // skeletons, boundaries

  // Fill: triangles (meshes: each triangle split into its three barycentric
  // corner cells, one per vertex), cells (regular graphs such as grids: a
  // square per vertex), or none.
  std::vector<std::array<VertexId, 3>> triangles;
  if (fill == "auto" || fill == "triangles") {
    uint64_t cost = 0;
    for (VertexId v = 0; v < n; ++v) cost += uint64_t{g.Degree(v)} * g.Degree(v);
    if (cost <= 200'000'000) {
      // With flat coordinates (the dropped axis is constant) the drawing is
      // a straight-line embedding: keep only the faces, i.e. the triangles
      // whose sides are angularly consecutive around each corner, so that a
      // separating triangle does not paint over what it encloses. Surfaces
      // in 3-D keep every triangle.
      bool flat = true;
      auto dropped = [&view](const Point& p) { return view == "xy" ? p.z : view == "xz" ? p.y : p.x; };
      for (VertexId v = 1; v < n && flat; ++v) flat = dropped(g.Coordinate(v)) == dropped(g.Coordinate(0));
      std::vector<uint32_t> rank(g.NumArcs());  // angular rank of each arc around its tail
      if (flat) {
        std::vector<std::pair<double, uint32_t>> order;
        for (VertexId u = 0; u < n; ++u) {
          order.clear();
          for (ArcId a : g.Arcs(u)) {
            const VertexId w = g.Head(a);
            order.emplace_back(std::atan2(py[w] - py[u], px[w] - px[u]), a - g.FirstArc(u));
          }
          std::sort(order.begin(), order.end());
          for (uint32_t i = 0; i < order.size(); ++i) rank[g.FirstArc(u) + order[i].second] = i;
        }
      }
      auto consecutive = [&](VertexId u, VertexId a, VertexId b) {
        const uint32_t d = g.Degree(u);
        if (d <= 2) return true;
        const uint32_t ra = rank[g.FindArc(u, a)], rb = rank[g.FindArc(u, b)];
        return (ra + 1) % d == rb || (rb + 1) % d == ra;
      };
      for (VertexId u = 0; u < n; ++u) {
        const auto nb = g.Neighbors(u);
        for (std::size_t i = 0; i < nb.size(); ++i) {
          if (nb[i] <= u) continue;
          for (std::size_t k = i + 1; k < nb.size(); ++k) {
            if (g.FindArc(nb[i], nb[k]) == kNoArc) continue;
            const VertexId v = nb[i], w = nb[k];
            if (flat && !(consecutive(u, v, w) && consecutive(v, u, w) && consecutive(w, u, v))) continue;
            // Same orientation for every triangle: overlapping subpaths of
            // one path then never cancel under the nonzero fill rule.
            const double area = (px[v] - px[u]) * (py[w] - py[u]) - (py[v] - py[u]) * (px[w] - px[u]);
            triangles.push_back(area >= 0 ? std::array<VertexId, 3>{u, v, w} : std::array<VertexId, 3>{u, w, v});
          }
        }
      }
    }
  }
  if (fill == "auto") {
    const bool regular = !lengths.empty() && quantile(0.9) <= 1.5 * median && quantile(0.1) >= median / 1.5;
    fill = labelled && triangles.size() >= n / 2 ? "triangles" : labelled && regular ? "cells" : "none";
  }
  if (fill != "triangles") triangles.clear();
  st.fill = fill;
  const bool draw_edges = edges == "on" || (edges == "auto" && fill == "none");
  st.points = points == "on" || (points == "auto" && fill == "none" && n <= 20000);

  // Paths grouped by colour keep the file small.
  const uint32_t groups = labelled ? st.labels : 1;
  std::vector<std::string> edge_path(groups), dot_path(groups), fill_path(groups);
  std::string cross_path, boundary_path, skeleton_path, mark_path;
  auto pt = [&](double x, double y) { return fmt::format("{} {}", Fmt1(x), Fmt1(y)); };
  for (const auto& t : triangles) {
    const uint32_t la = label[t[0]], lb = label[t[1]], lc = label[t[2]];
    if (la == lb && lb == lc) {
      fill_path[la] += fmt::format("M{}L{}L{}Z", pt(px[t[0]], py[t[0]]), pt(px[t[1]], py[t[1]]),
                                   pt(px[t[2]], py[t[2]]));
      continue;
    }
    const double cx = (px[t[0]] + px[t[1]] + px[t[2]]) / 3, cy = (py[t[0]] + py[t[1]] + py[t[2]]) / 3;
    for (int i = 0; i < 3; ++i) {
      const VertexId a = t[i], b = t[(i + 1) % 3], c = t[(i + 2) % 3];
      const double abx = (px[a] + px[b]) / 2, aby = (py[a] + py[b]) / 2;
      const double acx = (px[a] + px[c]) / 2, acy = (py[a] + py[c]) / 2;
      fill_path[label[a]] += fmt::format("M{}L{}L{}L{}Z", pt(px[a], py[a]), pt(abx, aby), pt(cx, cy), pt(acx, acy));
      if (label[a] != label[b]) boundary_path += fmt::format("M{}L{}", pt(abx, aby), pt(cx, cy));
    }
  }
  if (fill == "cells") {
    const double h = median / 2;
    for (VertexId v = 0; v < n; ++v) {
      fill_path[label[v]] += fmt::format("M{}h{}v{}h-{}Z", pt(px[v] - h, py[v] - h), Fmt1(median), Fmt1(median),
                                         Fmt1(median));
    }
  }
  for (EdgeId e = 0; e < g.NumEdges(); ++e) {
    const auto [u, v] = g.EdgeEndpoints(e);
    const bool cross = labelled && label[u] != label[v];
    st.boundary_edges += cross;
    if (draw_edges) {
      const std::string seg = fmt::format("M{}L{}", pt(px[u], py[u]), pt(px[v], py[v]));
      (cross ? cross_path : edge_path[labelled ? label[u] : 0]) += seg;
    }
    if (cross && fill == "cells") {
      // The perpendicular bisector of uv, as long as uv: on grids these are
      // exactly the cell borders between the two regions.
      const double mx = (px[u] + px[v]) / 2, my = (py[u] + py[v]) / 2;
      const double hx = -(py[v] - py[u]) / 2, hy = (px[v] - px[u]) / 2;
      boundary_path += fmt::format("M{}L{}", pt(mx - hx, my - hy), pt(mx + hx, my + hy));
    }
  }
  if (st.points) {
    for (VertexId v = 0; v < n; ++v) dot_path[labelled ? label[v] : 0] += fmt::format("M{}h0", pt(px[v], py[v]));
  }
  for (const auto& [a, b] : skeleton_edges) skeleton_path += fmt::format("M{}L{}", pt(px[a], py[a]), pt(px[b], py[b]));
  st.skeleton_edges = skeleton_edges.size();
  st.marked_vertices = static_cast<uint32_t>(marked.size());
  const double ring = 2.2 * line;
  for (VertexId v : marked) {
    mark_path += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>", Fmt1(px[v]), Fmt1(py[v]), Fmt1(ring));
  }

  std::string svg;
  svg += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\">\n",
      Fmt1(width), Fmt1(height));
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  for (uint32_t c = 0; c < groups; ++c) {
    if (fill_path[c].empty()) continue;
    // A thin stroke of the fill colour hides anti-aliasing seams.
    svg += fmt::format("<path d=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"0.4\" stroke-linejoin=\"round\"/>\n",
                       fill_path[c], colour[c], colour[c]);
  }
  const std::string plain_edge = "#7f7f7f";
  if (!cross_path.empty()) {
    svg += fmt::format("<path d=\"{}\" stroke=\"#c8c8c8\" stroke-width=\"{}\" fill=\"none\"/>\n", cross_path,
                       Fmt1(std::max(0.1, stroke * 0.7)));
  }
  for (uint32_t c = 0; c < groups; ++c) {
    if (edge_path[c].empty()) continue;
    svg += fmt::format("<path d=\"{}\" stroke=\"{}\" stroke-width=\"{}\" fill=\"none\"/>\n", edge_path[c],
                       labelled ? colour[c] : plain_edge, Fmt1(std::max(0.1, stroke)));
  }
  for (uint32_t c = 0; c < groups; ++c) {
    if (dot_path[c].empty()) continue;
    svg += fmt::format("<path d=\"{}\" stroke=\"{}\" stroke-width=\"{}\" stroke-linecap=\"round\"/>\n", dot_path[c],
                       labelled ? colour[c] : "#404040", Fmt1(dot));
  }
  if (!boundary_path.empty()) {
    svg += fmt::format("<path d=\"{}\" stroke=\"#303030\" stroke-width=\"{}\" stroke-linecap=\"round\" "
                       "fill=\"none\"/>\n",
                       boundary_path, Fmt1(0.6 * line));
  }
  if (!skeleton_path.empty()) {
    svg += fmt::format("<path d=\"{}\" stroke=\"#111111\" stroke-width=\"{}\" stroke-linecap=\"round\" "
                       "stroke-linejoin=\"round\" fill=\"none\"/>\n",
                       skeleton_path, Fmt1(line));
  }
  if (!mark_path.empty()) {
    svg += fmt::format("<g fill=\"white\" stroke=\"#111111\" stroke-width=\"{}\">{}</g>\n", Fmt1(0.7 * line),
                       mark_path);
  }
  if (!title.empty()) {
    std::string escaped;
    for (char c : title) {
      if (c == '<') {
        escaped += "&lt;";
      } else if (c == '>') {
        escaped += "&gt;";
      } else if (c == '&') {
        escaped += "&amp;";
      } else {
        escaped += c;
      }
    }
    svg += fmt::format(
        "<text x=\"8\" y=\"20\" font-family=\"sans-serif\" font-size=\"15\" fill=\"#111111\" stroke=\"white\" "
        "stroke-width=\"3\" paint-order=\"stroke\">{}</text>\n",
        escaped);
  }
  svg += "</svg>\n";
  st.svg_bytes = svg.size();

  const std::string svg_path = png_output ? out + ".tmp.svg" : out;
  if (auto s = WriteFileAtomic(svg_path, svg); !s.ok()) return ReportError("draw", s);
  std::string png_path;
  if (png_output || png) {
    png_path = png_output ? out : out.substr(0, out.size() - 4) + ".png";
    // rsvg-convert writes the temporary of an AtomicFile, which then
    // replaces the target: a failed conversion leaves the old picture.
    absl::StatusOr<AtomicFile> png_file = AtomicFile::Create(png_path);
    absl::Status conv = png_file.status();
    if (conv.ok()) {
      conv = RunProgram({"rsvg-convert", "--format", "png", "-o", png_file->temp_path(), svg_path},
                        "install Debian's librsvg2-bin (scripts/deps.sh librsvg2-bin) or write an .svg file");
    }
    if (conv.ok()) conv = png_file->Commit();
    if (png_output) std::filesystem::remove(svg_path);
    if (!conv.ok()) return ReportError("draw", conv);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(stderr, "draw ({}): {} vertices, {} edges, {} labels in {} colours, {} skeleton edges, {} rings -> {}{}\n",
             mode, n, g.NumEdges(), st.labels, st.colours_used, st.skeleton_edges, st.marked_vertices,
             png_output ? png_path : out, (!png_output && png) ? " and " + png_path : "");
  if (!stats_path.empty()) {
    JsonObject j;
    j.Add("n", n).Add("m", g.NumEdges()).Add("mode", mode).Add("labels", st.labels);
    j.Add("colours_used", st.colours_used).Add("boundary_edges", st.boundary_edges);
    j.Add("skeleton_edges", st.skeleton_edges).Add("marked_vertices", st.marked_vertices);
    j.Add("fill", st.fill).Add("points", st.points).Add("width", st.width).Add("height", st.height);
    j.Add("svg_bytes", st.svg_bytes).Add("png", !png_path.empty());
    j.Add("time_s", secs).Add("load_s", loaded->load_seconds);
    if (auto s = WriteJsonFile(stats_path, j); !s.ok()) return ReportError("draw", s);
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"draw", "SVG/PNG picture of a graph with coordinates: clusters, supernodes and skeletons, SPR regions",
     &RunDraw});

}  // namespace
}  // namespace shortcut::cli
