// The compiled part of the Python package `shortcut` (python/shortcut): the
// pybind11 module _shortcut over the library's public entry points (graphs,
// the oracle, the constructions, the generators, the verifiers); the result
// classes are bound in results.cc.
//
// What it guarantees: every call either returns or raises a Python exception
// carrying the library's message, never aborts (ids and array shapes are
// checked here before they reach code that only DCHECKs them); long calls
// release the GIL; arrays handed back are numpy arrays (copies, or read-only
// views that keep their owner alive). Status codes become exceptions as
// docs/python.md lists: InvalidArgument, OutOfRange, FailedPrecondition and
// ResourceExhausted raise ValueError, NotFound raises FileNotFoundError,
// anything else RuntimeError.
//
// Graphs are Graph<uint32_t> (positive integer weights below 2^32): the
// distance oracle and the tree cover are defined for integer weights only.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/components.h"
#include "shortcut/core/csr_builder.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/graph_builder.h"
#include "shortcut/core/status.h"
#include "shortcut/core/weight_spec.h"
#include "shortcut/cover/tree_cover.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/generators/families.h"
#include "shortcut/io/read_graph.h"
#include "shortcut/oracle/distance_oracle.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/steiner/steiner_point_removal.h"
#include "shortcut/core/tree_decomposition.h"
#include "shortcut/verify/cop_checks.h"
#include "shortcut/verify/minor_checks.h"
#include "shortcut/verify/oracle_checks.h"
#include "shortcut/verify/partition_checks.h"
#include "shortcut/verify/planarity.h"
#include "shortcut/verify/spr_checks.h"
#include "shortcut/verify/tree_cover_checks.h"
#include "shortcut/verify/treewidth.h"
#include "bindings.h"

namespace shortcut {
namespace bindings {
namespace {

char Kind(const py::array& a) { return a.dtype().kind(); }

// AsArray: `obj` as a one-dimensional numpy array (TypeError / ValueError
// naming `what` otherwise).
py::array AsArray(py::handle obj, const char* what) {
  py::array a = py::array::ensure(obj);
  if (!a) throw py::type_error(fmt::format("{} must be array-like", what));
  if (a.ndim() != 1) throw py::value_error(fmt::format("{} must be one-dimensional (got {} dimensions)", what, a.ndim()));
  return a;
}

void RequireIntegers(const py::array& a, const char* what) {
  if (a.size() == 0) return;  // [] is float64 to numpy
  const char k = Kind(a);
  if (k != 'i' && k != 'u') {
    throw py::type_error(fmt::format("{} must hold integers (got dtype {})", what,
                                     std::string(py::str(a.dtype()))));
  }
}

// Ids: `obj` as 32-bit ids, each checked to be in [0, limit). Int32 and
// uint32 arrays are viewed without a copy when `view_ok` (the CSR entry
// point checks them itself: a negative int32 is then a huge head or offset
// and fails its checks); everything else is range-checked into `storage`.
std::span<const uint32_t> Ids(py::handle obj, const char* what, uint64_t limit, bool view_ok,
                              std::vector<uint32_t>& storage, py::object& keep) {
  py::array a = AsArray(obj, what);
  RequireIntegers(a, what);
  if (view_ok && a.itemsize() == 4 && a.dtype().attr("isnative").cast<bool>()) {
    auto c = py::array_t<uint32_t, py::array::c_style>::ensure(a.attr("view")("uint32"));
    keep = c;
    return {c.data(), static_cast<std::size_t>(c.size())};
  }
  const std::size_t size = static_cast<std::size_t>(a.size());
  storage.resize(size);
  if (Kind(a) == 'u') {
    auto c = py::array_t<uint64_t, py::array::c_style | py::array::forcecast>::ensure(a);
    const uint64_t* d = c.data();
    for (std::size_t i = 0; i < size; ++i) {
      if (d[i] >= limit) throw py::value_error(fmt::format("{}[{}] = {} is out of range [0, {})", what, i, d[i], limit));
      storage[i] = static_cast<uint32_t>(d[i]);
    }
  } else {
    auto c = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(a);
    const int64_t* d = c.data();
    for (std::size_t i = 0; i < size; ++i) {
      if (d[i] < 0 || static_cast<uint64_t>(d[i]) >= limit) {
        throw py::value_error(fmt::format("{}[{}] = {} is out of range [0, {})", what, i, d[i], limit));
      }
      storage[i] = static_cast<uint32_t>(d[i]);
    }
  }
  return storage;
}

// Weights: `obj` as int64 weights (integers, or floats that are integers);
// the library's converters then check that they fit uint32 and are positive.
std::vector<int64_t> IntegerWeights(py::handle obj, const char* what) {
  py::array a = AsArray(obj, what);
  const char k = Kind(a);
  const std::size_t size = static_cast<std::size_t>(a.size());
  std::vector<int64_t> out(size);
  if (size == 0) return out;
  if (k == 'i' || k == 'u') {
    if (k == 'u' && a.itemsize() == 8) {
      auto c = py::array_t<uint64_t, py::array::c_style | py::array::forcecast>::ensure(a);
      for (std::size_t i = 0; i < size; ++i) {
        if (c.data()[i] > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
          throw py::value_error(fmt::format("{}[{}] = {} does not fit a 32-bit weight", what, i, c.data()[i]));
        }
        out[i] = static_cast<int64_t>(c.data()[i]);
      }
    } else {
      auto c = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(a);
      std::copy(c.data(), c.data() + size, out.begin());
    }
  } else if (k == 'f') {
    auto c = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(a);
    for (std::size_t i = 0; i < size; ++i) {
      const double x = c.data()[i];
      if (!std::isfinite(x) || x != std::floor(x) || std::fabs(x) > 9.0e15) {
        throw py::value_error(fmt::format(
            "{}[{}] = {} is not an integer: graphs carry positive integer weights (scale and round first)", what,
            i, x));
      }
      out[i] = static_cast<int64_t>(x);
    }
  } else {
    throw py::type_error(fmt::format("{} must hold numbers (got dtype {})", what, std::string(py::str(a.dtype()))));
  }
  return out;
}

GraphPtr Share(G g) { return std::make_shared<G>(std::move(g)); }

// ---------------------------------------------------------------- graphs

GraphPtr FromCsr(py::handle indptr, py::handle indices, py::object data, bool reject_self_loops) {
  std::vector<uint32_t> s1, s2;
  py::object k1, k2;
  const auto offsets = Ids(indptr, "indptr", kMaxArcs + 1, true, s1, k1);
  const auto heads = Ids(indices, "indices", kMaxVertices + 1, true, s2, k2);
  CsrOptions options;
  options.self_loops = reject_self_loops ? SelfLoopPolicy::kReject : SelfLoopPolicy::kDrop;
  if (data.is_none()) {
    const std::vector<uint32_t> ones(heads.size(), 1);
    return Share(Value(NoGil([&] {
      return BuildGraphFromCsrArrays<uint32_t>(offsets, heads, std::span<const uint32_t>(ones), options);
    })));
  }
  py::array a = AsArray(data, "data");
  if (Kind(a) == 'u' && a.itemsize() == 4) {  // the fast path: no conversion
    auto c = py::array_t<uint32_t, py::array::c_style>::ensure(a);
    const std::span<const uint32_t> w(c.data(), static_cast<std::size_t>(c.size()));
    return Share(Value(NoGil([&] { return BuildGraphFromCsrArrays<uint32_t>(offsets, heads, w, options); })));
  }
  const std::vector<int64_t> w = IntegerWeights(a, "data");
  return Share(Value(NoGil([&] {
    return BuildGraphFromCsr<uint32_t>(offsets, heads, std::span<const int64_t>(w), options);
  })));
}

GraphPtr FromEdges(py::handle u, py::handle v, py::object w, std::optional<uint64_t> n, bool directed) {
  std::vector<uint32_t> su, sv;
  py::object ku, kv;
  const uint64_t limit = n ? *n : kMaxVertices;
  if (n && *n > kMaxVertices) throw py::value_error(fmt::format("n = {} exceeds the 32-bit id range", *n));
  const auto tails = Ids(u, "u", limit, false, su, ku);
  const auto heads = Ids(v, "v", limit, false, sv, kv);
  if (tails.size() != heads.size()) {
    throw py::value_error(fmt::format("u and v differ in length ({} and {})", tails.size(), heads.size()));
  }
  std::vector<int64_t> weights;
  if (!w.is_none()) {
    weights = IntegerWeights(w, "w");
    if (weights.size() != tails.size()) {
      throw py::value_error(fmt::format("w has {} entries for {} edges", weights.size(), tails.size()));
    }
  }
  EdgeList<uint32_t> list;
  list.directed = directed;
  list.edges.resize(tails.size());
  uint64_t max_id = 0;
  for (std::size_t i = 0; i < tails.size(); ++i) {
    uint32_t weight = 1;
    if (!weights.empty() && !ConvertWeight<uint32_t>(weights[i], &weight)) {
      throw py::value_error(fmt::format("w[{}] = {} does not fit a positive 32-bit weight", i, weights[i]));
    }
    list.edges[i] = {tails[i], heads[i], weight};
    max_id = std::max<uint64_t>(max_id, std::max(tails[i], heads[i]) + uint64_t{1});
  }
  list.num_vertices = static_cast<VertexId>(n ? *n : max_id);
  return Share(Value(NoGil([&] { return BuildGraph(std::move(list)); })));
}

GraphPtr ReadGraphFile(const std::string& path, const std::string& weights, const std::string& format,
                       bool contract_zero_weights, const std::string& coordinates) {
  ReadOptions options;
  options.format = Value(ParseGraphFormat(format));
  options.weights = Value(ParseWeightSpec(weights));
  options.zero_weights = contract_zero_weights ? ZeroWeightPolicy::kContract : ZeroWeightPolicy::kReject;
  options.coordinates_path = coordinates;
  return Share(Value(NoGil([&] { return ReadGraph<uint32_t>(path, options); })));
}

VertexId CheckedVertex(const G& g, int64_t v, const char* what) {
  if (v < 0 || static_cast<uint64_t>(v) >= g.NumVertices()) {
    throw py::value_error(fmt::format("{} = {} is out of range [0, {})", what, v, g.NumVertices()));
  }
  return static_cast<VertexId>(v);
}

py::dict GraphInfo(const G& g) {
  uint32_t min_w = 0, max_w = 0, max_degree = 0;
  const auto weights = g.WeightArray();
  if (!weights.empty()) {
    const auto [lo, hi] = std::minmax_element(weights.begin(), weights.end());
    min_w = *lo;
    max_w = *hi;
  }
  for (VertexId v = 0; v < g.NumVertices(); ++v) max_degree = std::max(max_degree, g.Degree(v));
  const Components cc = ConnectedComponents(g);
  py::dict d;
  d["n"] = g.NumVertices();
  d["m"] = g.NumEdges();
  d["components"] = cc.count;
  d["max_degree"] = max_degree;
  d["min_weight"] = min_w;
  d["max_weight"] = max_w;
  d["has_coordinates"] = g.HasCoordinates();
  d["memory_bytes"] = g.MemoryBytes();
  return d;
}

// ---------------------------------------------------------------- oracle

// The arguments of DistanceOracle.build, and the one place that turns them
// into the oracle's options.
struct OracleArgs {
  double epsilon = 0;
  uint32_t r = 0;
  double scale_ratio = 0;  // 0: the cover's default (as the CLI's)
  uint32_t threads = 1;
  bool pack_forests = false;
  std::string profile = "compact";  // or "fast" (16-bit weight codes), as `oracle build --profile`
  std::string cover = "portal";     // or "partition", as `--cover`
};

// PositiveRatio: a given scale ratio (which Validate range-checks), or 0
// for None. A given ratio <= 0 stays out of range rather than meaning None.
double PositiveRatio(std::optional<double> ratio) {
  if (!ratio) return 0;
  return *ratio > 0 ? *ratio : -1;
}

// CoverAndRatio: the cover named `name` and the scale ratio to use with it
// (the given one, or the cover's default: 1.25 portal, 4 partition).
std::pair<CoverKind, double> CoverAndRatio(const std::string& name, double scale_ratio) {
  const CoverKind kind = Value(ParseCoverKind(name));
  if (scale_ratio != 0) return {kind, scale_ratio};
  return {kind, kind == CoverKind::kPartition ? kPartitionCoverScaleRatio : StarStreamOptions{}.scale_ratio};
}

DistanceOracleOptions OracleOptions(const OracleArgs& a) {
  DistanceOracleOptions options;
  options.epsilon = a.epsilon;
  options.r = a.r;
  std::tie(options.cover, options.scale_ratio) = CoverAndRatio(a.cover, a.scale_ratio);
  options.threads = a.threads;
  options.pack_forests = a.pack_forests;
  if (a.profile == "fast") options.weight_mantissa_bits = kWeightCodeMantissaBits;
  return options;
}

absl::StatusOr<DistanceOracle> BuildOracle(const G& g, const OracleArgs& a, OracleBuildStats* stats) {
  if (a.profile != "compact" && a.profile != "fast") {
    return absl::InvalidArgumentError(fmt::format("profile must be 'compact' or 'fast', got '{}'", a.profile));
  }
  return DistanceOracle::Build(g, OracleOptions(a), stats);
}
absl::Status SaveOracle(const DistanceOracle& oracle, const std::string& path) { return oracle.Save(path); }
absl::StatusOr<DistanceOracle> LoadOracle(const std::string& path) { return DistanceOracle::Load(path); }

struct PyOracle {
  DistanceOracle oracle;
  std::optional<OracleBuildStats> stats;  // present when built in this process
};

// Pairs: (us[i], vs[i]) as 32-bit ids checked against n.
std::vector<std::pair<VertexId, VertexId>> Pairs(py::handle us, py::handle vs, VertexId n) {
  py::array a = AsArray(us, "us"), b = AsArray(vs, "vs");
  RequireIntegers(a, "us");
  RequireIntegers(b, "vs");
  if (a.size() != b.size()) throw py::value_error(fmt::format("us and vs differ in length ({} and {})", a.size(), b.size()));
  auto ca = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(a);
  auto cb = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(b);
  const int64_t* pa = ca.data();
  const int64_t* pb = cb.data();
  const std::size_t size = static_cast<std::size_t>(ca.size());
  std::vector<std::pair<VertexId, VertexId>> pairs(size);
  std::size_t bad = size;
  NoGil([&] {
    for (std::size_t i = 0; i < size; ++i) {
      if (static_cast<uint64_t>(pa[i]) >= n || static_cast<uint64_t>(pb[i]) >= n) {  // negatives wrap
        bad = i;
        return;
      }
      pairs[i] = {static_cast<VertexId>(pa[i]), static_cast<VertexId>(pb[i])};
    }
  });
  if (bad < size) {
    throw py::value_error(fmt::format("pair {} ({}, {}) is out of range: vertex ids are in [0, {})", bad, pa[bad],
                                      pb[bad], n));
  }
  return pairs;
}

uint32_t CheckedThreads(int64_t threads) {
  if (threads < 1 || threads > 1024) throw py::value_error(fmt::format("threads = {} is not in [1, 1024]", threads));
  return static_cast<uint32_t>(threads);
}

py::array_t<uint64_t> QueryBatch(const PyOracle& self, py::handle us, py::handle vs, int64_t threads) {
  const uint32_t t = CheckedThreads(threads);
  const auto pairs = Pairs(us, vs, self.oracle.NumVertices());
  py::array_t<uint64_t> out(static_cast<py::ssize_t>(pairs.size()));
  uint64_t* data = out.mutable_data();
  Ok(NoGil([&] { return self.oracle.QueryBatch(pairs, std::span<uint64_t>(data, pairs.size()), t); }));
  return out;
}

// VertexSets: a Python sequence of id arrays, each id checked against n.
std::vector<std::vector<VertexId>> VertexSets(const GraphPtr& g, py::handle sets, const char* what) {
  std::vector<std::vector<VertexId>> out;
  std::size_t i = 0;
  for (py::handle set : sets) {
    std::vector<uint32_t> storage;
    py::object keep;
    const std::string name = fmt::format("{}[{}]", what, i++);
    const auto ids = Ids(set, name.c_str(), g->NumVertices(), false, storage, keep);
    out.emplace_back(ids.begin(), ids.end());
  }
  return out;
}

py::list VertexSetList(const std::vector<std::vector<VertexId>>& sets) {
  py::list out;
  for (const auto& set : sets) out.append(Copy<VertexId>(set));
  return out;
}

// ---------------------------------------------------------------- generators

GraphPtr Generate(const std::string& name, const FamilyOptions& options, const std::string& weights) {
  const WeightSpec spec = Value(ParseWeightSpec(weights));
  return Share(Value(NoGil([&]() -> absl::StatusOr<G> {
    SHORTCUT_ASSIGN_OR_RETURN(GeneratedGraph t, GenerateFamily(name, options));
    SHORTCUT_RETURN_IF_ERROR(ApplyWeights(spec, t.list));
    return BuildGraph(std::move(t.list));
  })));
}

// ---------------------------------------------------------------- timing

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace
}  // namespace bindings
}  // namespace shortcut

PYBIND11_MODULE(_shortcut, m) {
  using namespace shortcut;
  using namespace shortcut::bindings;
  m.doc() = "Compiled core of the shortcut package; import `shortcut`, not this module.";
  m.attr("__version__") = SHORTCUT_VERSION;
  m.attr("UNREACHABLE") = py::int_(kUnreachable);
  m.attr("ORACLE_FORMAT_VERSION") = kOracleFormatVersion;

  BindStats(m);
  BindReports(m);
  BindResults(m);
  BindApplications(m);

  // Graph.
  py::class_<G, GraphPtr>(m, "Graph", py::dynamic_attr(),
      "An immutable undirected simple graph with positive 32-bit integer weights (core/graph.h). Vertices are "
      "0 .. n-1; edges are numbered by (min endpoint, max endpoint).")
      .def(py::init([] { return Share(G()); }), "The empty graph.")
      .def_property_readonly("n", &G::NumVertices, "Number of vertices.")
      .def_property_readonly("m", &G::NumEdges, "Number of undirected edges.")
      .def("__len__", &G::NumVertices)
      .def("__repr__", [](const G& g) { return fmt::format("Graph(n={}, m={})", g.NumVertices(), g.NumEdges()); })
      .def("info", &GraphInfo, "A dict: n, m, components, max_degree, min_weight, max_weight, has_coordinates, memory_bytes.")
      .def_property_readonly("indptr", [](py::object s) { return View<ArcId>(s.cast<const G&>().OffsetArray(), s); },
                             "CSR offsets (n + 1 entries, uint32, read-only view).")
      .def_property_readonly("indices", [](py::object s) { return View<VertexId>(s.cast<const G&>().HeadArray(), s); },
                             "CSR heads (2m entries, sorted per vertex, uint32, read-only view).")
      .def_property_readonly("data", [](py::object s) { return View<uint32_t>(s.cast<const G&>().WeightArray(), s); },
                             "CSR weights (2m entries, uint32, read-only view).")
      .def_property_readonly("external_ids", [](py::object s) { return View<uint64_t>(s.cast<const G&>().ExternalIds(), s); },
                             "Per vertex, the id the input used for it.")
      .def_property_readonly("coordinates", [](const G& g) -> py::object {
        if (!g.HasCoordinates()) return py::none();
        py::array_t<double> a({static_cast<py::ssize_t>(g.NumVertices()), py::ssize_t{3}});
        auto r = a.mutable_unchecked<2>();
        for (VertexId v = 0; v < g.NumVertices(); ++v) {
          r(v, 0) = g.Coordinate(v).x;
          r(v, 1) = g.Coordinate(v).y;
          r(v, 2) = g.Coordinate(v).z;
        }
        return a;
      }, "An (n, 3) array of vertex coordinates, or None.")
      .def("degrees", [](const G& g) {
        std::vector<uint32_t> d(g.NumVertices());
        for (VertexId v = 0; v < g.NumVertices(); ++v) d[v] = g.Degree(v);
        return Owned(std::move(d));
      }, "Per vertex, its degree.")
      .def("edges", [](const G& g) {
        const EdgeId m = g.NumEdges();
        std::vector<VertexId> u(m), v(m);
        std::vector<uint32_t> w(m);
        for (EdgeId e = 0; e < m; ++e) {
          std::tie(u[e], v[e]) = g.EdgeEndpoints(e);
          w[e] = g.EdgeWeightOf(e);
        }
        return py::make_tuple(Owned(std::move(u)), Owned(std::move(v)), Owned(std::move(w)));
      }, "The edges as three arrays (u, v, w) with u < v, in edge-id order.")
      .def("edge_weight", [](const G& g, int64_t u, int64_t v) -> py::object {
        const ArcId a = g.FindArc(CheckedVertex(g, u, "u"), CheckedVertex(g, v, "v"));
        if (a == kNoArc) return py::none();
        return py::int_(g.Weight(a));
      }, py::arg("u"), py::arg("v"), "The weight of edge {u, v}, or None when there is none.")
      .def("fingerprint", [](const G& g) { return GraphFingerprint(g); }, "The 64-bit fingerprint saved oracles carry.")
      .def_static("from_csr", &FromCsr, py::arg("indptr"), py::arg("indices"), py::arg("data") = py::none(),
                  py::arg("reject_self_loops") = false,
                  "A graph from the symmetric CSR arrays of an undirected graph (core/csr_builder.h): validated in "
                  "O(n + m), never sorted. int32/uint32 index arrays and uint32 weights are used without a copy.")
      .def_static("from_edges", &FromEdges, py::arg("u"), py::arg("v"), py::arg("w") = py::none(),
                  py::arg("n") = py::none(), py::arg("directed") = false,
                  "A graph from edge arrays (core/graph_builder.h): self-loops dropped, parallel edges merged "
                  "(lightest kept); n defaults to max id + 1; w defaults to 1; directed=True symmetrises arcs.");

  m.def("_read_graph", &ReadGraphFile, py::arg("path"), py::arg("weights") = "input", py::arg("format") = "auto",
        py::arg("contract_zero_weights") = false, py::arg("coordinates") = "");

  // Distance oracle.
  py::class_<PyOracle, std::shared_ptr<PyOracle>>(m, "DistanceOracle",
      "A (1+eps) distance oracle (oracle/distance_oracle.h): d(u,v) <= query(u,v) <= (1+eps) d(u,v).")
      .def_static("build", [](const GraphPtr& g, double eps, uint32_t r, std::optional<double> scale_ratio,
                              int64_t threads, bool pack_forests, const std::string& profile, const std::string& cover) {
        OracleArgs args{eps, r, PositiveRatio(scale_ratio), CheckedThreads(threads), pack_forests, profile, cover};
        auto out = std::make_shared<PyOracle>();
        OracleBuildStats stats;
        out->oracle = Value(NoGil([&] { return BuildOracle(*g, args, &stats); }));
        out->stats = std::move(stats);
        return out;
      }, py::arg("g"), py::arg("eps"), py::arg("r") = 0, py::arg("scale_ratio") = py::none(), py::arg("threads") = 1,
         py::arg("pack_forests") = false, py::arg("profile") = "compact", py::arg("cover") = "portal",
         "Builds the oracle of g with stretch 1 + eps (the result does not depend on threads); profile 'compact' "
         "(12-bit weight codes, the default) or 'fast' (16-bit codes).")
      .def_static("from_tree_cover", [](const GraphPtr& g, const Ptr<TreeCover>& cover) {
        auto out = std::make_shared<PyOracle>();
        out->oracle = Value(NoGil([&] { return DistanceOracle::FromTreeCover(*g, *cover); }));
        return out;
      }, py::arg("g"), py::arg("cover"), "The oracle of a tree cover built for g.")
      .def_static("load", [](const std::string& path) {
        auto out = std::make_shared<PyOracle>();
        out->oracle = Value(NoGil([&] { return LoadOracle(path); }));
        return out;
      }, py::arg("path"), "Loads a saved oracle (FileNotFoundError if missing, ValueError if malformed).")
      .def("save", [](const PyOracle& self, const std::string& path) {
        Ok(NoGil([&] { return SaveOracle(self.oracle, path); }));
      }, py::arg("path"), "Saves the oracle in the versioned binary format.")
      .def("query", [](const PyOracle& self, int64_t u, int64_t v) {
        const VertexId n = self.oracle.NumVertices();
        if (u < 0 || v < 0 || static_cast<uint64_t>(u) >= n || static_cast<uint64_t>(v) >= n) {
          throw py::value_error(fmt::format("pair ({}, {}) is out of range: vertex ids are in [0, {})", u, v, n));
        }
        return Value(self.oracle.QueryChecked(static_cast<VertexId>(u), static_cast<VertexId>(v)));
      }, py::arg("u"), py::arg("v"), "The estimate for (u, v): 0 if u == v, UNREACHABLE across components.")
      .def("query_batch", &QueryBatch, py::arg("us"), py::arg("vs"), py::arg("threads") = 1,
           "Estimates for the pairs (us[i], vs[i]) as a uint64 array, without the GIL.")
      .def("check_graph", [](const PyOracle& self, const GraphPtr& g) { Ok(self.oracle.CheckGraph(*g)); }, py::arg("g"),
           "Raises ValueError unless g is the graph the oracle was built for.")
      .def("find_external",
           [](const PyOracle& self, uint64_t id) {
             const VertexId v = self.oracle.FindExternal(id);
             if (v == kNoVertex) throw py::value_error("no vertex has the id " + std::to_string(id) + " in the input file");
             return v;
           },
           py::arg("id"), "The vertex the input file called `id` (ValueError if none).")
      .def("external_id", [](const PyOracle& self, VertexId v) {
             if (v >= self.oracle.NumVertices()) throw py::value_error("vertex " + std::to_string(v) + " is out of range");
             return self.oracle.ExternalId(v);
           },
           py::arg("v"), "The input file's id of vertex v.")
      .def_property_readonly("n", [](const PyOracle& s) { return s.oracle.NumVertices(); })
      .def_property_readonly("epsilon", [](const PyOracle& s) { return s.oracle.epsilon(); })
      .def_property_readonly("scale_ratio", [](const PyOracle& s) { return s.oracle.scale_ratio(); })
      .def_property_readonly("quantized", [](const PyOracle& s) { return s.oracle.quantized(); })
      .def_property_readonly("fingerprint", [](const PyOracle& s) { return s.oracle.fingerprint(); })
      .def_property_readonly("num_entries", [](const PyOracle& s) { return s.oracle.NumEntries(); })
      .def_property_readonly("num_stars", [](const PyOracle& s) { return s.oracle.NumStars(); })
      .def_property_readonly("num_paths", [](const PyOracle& s) { return s.oracle.NumPaths(); })
      .def_property_readonly("label_bytes", [](const PyOracle& s) { return s.oracle.LabelBytes(); })
      .def_property_readonly("serialized_bytes", [](const PyOracle& s) { return s.oracle.SerializedBytes(); })
      .def_property_readonly("scales", [](const PyOracle& s) { return s.oracle.scales(); })
      .def_property_readonly("stats", [](const PyOracle& s) -> py::object {
        if (!s.stats) return py::none();
        return py::cast(*s.stats);
      }, "The build statistics (None for a loaded oracle).")
      .def("__repr__", [](const PyOracle& s) {
        return fmt::format("DistanceOracle(n={}, epsilon={}, entries={})", s.oracle.NumVertices(), s.oracle.epsilon(),
                           s.oracle.NumEntries());
      });

  // Constructions.
  m.def("tree_cover", [](const GraphPtr& g, double eps, uint32_t r, std::optional<double> scale_ratio, int64_t threads,
                         bool pack_forests, const std::string& cover) {
    TreeCoverOptions options;
    options.epsilon = eps;
    options.r = r;
    std::tie(options.cover, options.scale_ratio) = CoverAndRatio(cover, PositiveRatio(scale_ratio));
    options.threads = CheckedThreads(threads);
    options.pack_forests = pack_forests;
    return std::make_shared<TreeCover>(Value(NoGil([&] { return BuildTreeCover(*g, options); })));
  }, py::arg("g"), py::arg("eps"), py::arg("r") = 0, py::arg("scale_ratio") = py::none(), py::arg("threads") = 1,
     py::arg("pack_forests") = true, py::arg("cover") = "portal",
     "A (1+eps) tree cover of g by star forests; cover 'portal' (default) or 'partition' (the paper's route); "
     "scale_ratio None: the cover's default.");

  m.def("cop_decomposition", [](const GraphPtr& g, double radius, uint32_t r) {
    CopDecompositionOptions options;
    options.radius = radius;
    options.r = r;
    return std::make_shared<Cop>(Value(NoGil([&] { return ComputeCopDecomposition(*g, options); })));
  }, py::arg("g"), py::arg("radius"), py::arg("r") = 0,
     "A buffered cop decomposition of g with supernode radius `radius` (r = promised K_r-minor-freeness, 0 = detect).");

  m.def("shortcut_partition", [](const GraphPtr& g, double eps, uint32_t r, double diameter) {
    ShortcutPartitionOptions options;
    options.epsilon = eps;
    options.r = r;
    options.diameter = diameter;
    return std::make_shared<Partition>(Value(NoGil([&] { return ComputeShortcutPartition(*g, options); })));
  }, py::arg("g"), py::arg("eps"), py::arg("r") = 0, py::arg("diameter") = 0.0,
     "A shortcut partition of g: clusters of strong diameter <= eps * D (D = diameter, or computed when 0).");

  m.def("steiner_point_removal", [](const GraphPtr& g, py::handle terminals, const std::string& method,
                                    uint32_t zeta, uint32_t r, uint32_t diameter_sweeps, uint64_t seed) {
    std::vector<uint32_t> storage;
    py::object keep;
    const auto t = Ids(terminals, "terminals", g->NumVertices(), false, storage, keep);
    SteinerPointRemovalOptions options;
    options.method = Value(ParseSprMethod(method));
    options.zeta = zeta;
    options.r = r;
    options.diameter_sweeps = diameter_sweeps;
    options.seed = seed;
    return std::make_shared<Spr>(Value(NoGil([&] { return ComputeSteinerPointRemoval(*g, t, options); })));
  }, py::arg("g"), py::arg("terminals"), py::arg("method") = "auto", py::arg("zeta") = kDefaultSprZeta,
     py::arg("r") = 0, py::arg("diameter_sweeps") = 4, py::arg("seed") = 1,
     "Steiner point removal: a minor on the terminals (method auto|paper|voronoi|ball|gupta).");

  m.def("sample_terminals", [](uint32_t n, uint32_t count, uint64_t seed) {
    if (count > n) throw py::value_error(fmt::format("count = {} exceeds n = {}", count, n));
    return Owned(SampleTerminals(n, count, seed));
  }, py::arg("n"), py::arg("count"), py::arg("seed") = 1, "`count` distinct vertices of [0, n), sorted.");

  // Generators.
  m.def("_generate", [](const std::string& name, uint32_t n, uint64_t seed, uint32_t k, double keep, double p,
                        uint32_t rows, uint32_t cols, bool triangulated, uint32_t spine, uint32_t piece_size,
                        uint32_t paths, uint32_t length, double ratio, const std::string& weights) {
    FamilyOptions o;
    o.n = n; o.seed = seed; o.k = k; o.keep = keep; o.p = p; o.rows = rows; o.cols = cols;
    o.triangulated = triangulated; o.spine = spine; o.piece_size = piece_size; o.paths = paths;
    o.length = length; o.ratio = ratio;
    return Generate(name, o, weights);
  }, py::arg("name"), py::arg("n") = 1000, py::arg("seed") = 1, py::arg("k") = 3, py::arg("keep") = 0.5,
     py::arg("p") = 0.5, py::arg("rows") = 0, py::arg("cols") = 0, py::arg("triangulated") = false,
     py::arg("spine") = 0, py::arg("piece_size") = 30, py::arg("paths") = 0, py::arg("length") = 0,
     py::arg("ratio") = 1.0, py::arg("weights") = "input");
  m.def("_families", [] {
    py::list out;
    for (const FamilyInfo& f : Families()) {
      out.append(py::dict(py::arg("name") = std::string(f.name), py::arg("graph_class") = std::string(f.graph_class),
                          py::arg("excluded_minor") = f.excluded_minor, py::arg("planar") = f.planar,
                          py::arg("has_coordinates") = f.has_coordinates, py::arg("summary") = std::string(f.summary)));
    }
    return out;
  });

  // Verifiers (independent checkers, verify/).
  m.def("_verify_oracle", [](const GraphPtr& g, const PyOracle& oracle, double eps, uint32_t all_pairs_limit,
                             uint64_t random_pairs, uint32_t pairs_per_source, uint32_t sources, uint64_t seed,
                             int64_t threads, bool force_all_pairs) {
    OracleCheckOptions o;
    o.epsilon = eps; o.all_pairs_limit = all_pairs_limit; o.random_pairs = random_pairs;
    o.pairs_per_source = pairs_per_source; o.sources = sources; o.seed = seed; o.threads = CheckedThreads(threads);
    o.force_all_pairs = force_all_pairs;
    return NoGil([&] { return CheckDistanceOracle(*g, oracle.oracle, o); });
  });
  m.def("_verify_tree_cover", [](const GraphPtr& g, const Ptr<TreeCover>& cover, uint64_t max_stars_checked,
                                 bool check_forests, bool check_stretch, uint32_t all_pairs_limit,
                                 uint64_t random_pairs, uint64_t seed, int64_t threads) {
    if (cover->num_vertices != g->NumVertices()) {
      throw py::value_error(fmt::format("the cover has {} vertices but the graph {}", cover->num_vertices, g->NumVertices()));
    }
    TreeCoverCheckOptions o;
    o.max_stars_checked = max_stars_checked; o.check_forests = check_forests; o.check_stretch = check_stretch;
    o.pairs.all_pairs_limit = all_pairs_limit; o.pairs.random_pairs = random_pairs; o.pairs.seed = seed;
    o.pairs.threads = CheckedThreads(threads); o.seed = seed;
    return NoGil([&] { return CheckTreeCover(*g, *cover, o); });
  });
  m.def("_verify_partition", [](const GraphPtr& g, py::handle cluster_of, double eps, double diameter,
                                double max_hop_constant, uint32_t all_pairs_limit, uint32_t sources, uint64_t seed,
                                bool check_hops) {
    std::vector<uint32_t> storage;
    py::object keep;
    const auto labels = Ids(cluster_of, "cluster_of", uint64_t{kMaxVertices} + 1, false, storage, keep);
    if (labels.size() != g->NumVertices()) {
      throw py::value_error(fmt::format("cluster_of has {} entries for {} vertices", labels.size(), g->NumVertices()));
    }
    PartitionCheckOptions o;
    o.epsilon = eps; o.diameter = diameter; o.max_hop_constant = max_hop_constant;
    o.all_pairs_limit = all_pairs_limit; o.sources = sources; o.seed = seed; o.check_hops = check_hops;
    return NoGil([&] { return CheckShortcutPartition(*g, labels, o); });
  });
  m.def("_verify_cop", [](const GraphPtr& g, const Ptr<Cop>& cop, double radius, uint32_t r) {
    if (cop->supernode_of.size() != g->NumVertices()) {
      throw py::value_error(fmt::format("the decomposition has {} vertices but the graph {}", cop->supernode_of.size(),
                                        g->NumVertices()));
    }
    CopCheckOptions o;
    o.radius = radius;
    o.r = r;
    return NoGil([&] { return CheckCopDecomposition(*g, *cop, o); });
  });
  m.def("_verify_spr", [](const GraphPtr& g, py::handle terminals, py::handle terminal_of, py::handle mu,
                          py::handle mv, py::handle mw, uint32_t max_sources, uint64_t seed) {
    const uint64_t n = g->NumVertices();
    std::vector<uint32_t> st, sf, su, sv;
    py::object k1, k2, k3, k4;
    const auto t = Ids(terminals, "terminals", n, false, st, k1);
    const auto f = Ids(terminal_of, "terminal_of", n, false, sf, k2);
    const auto u = Ids(mu, "minor_u", n, false, su, k3);
    const auto v = Ids(mv, "minor_v", n, false, sv, k4);
    const std::vector<int64_t> w = IntegerWeights(mw, "minor_w");
    if (u.size() != v.size() || u.size() != w.size()) throw py::value_error("minor_u, minor_v and minor_w differ in length");
    std::vector<MinorEdge<uint32_t>> edges(u.size());
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (w[i] < 0) throw py::value_error(fmt::format("minor_w[{}] = {} is negative", i, w[i]));
      edges[i] = {u[i], v[i], static_cast<uint64_t>(w[i])};
    }
    SprCheckOptions o;
    o.max_sources = max_sources;
    o.seed = seed;
    return NoGil([&] {
      return CheckSteinerPointRemoval(*g, t, f, std::span<const MinorEdge<uint32_t>>(edges), o);
    });
  });
  m.def("_verify_planarity", [](const GraphPtr& g) {
    return NoGil([&] {
      PlanarityResult r = TestPlanarity(*g);
      absl::Status witness = r.planar ? absl::OkStatus() : CheckKuratowskiWitness(*g, r.kuratowski_edges);
      return std::make_tuple(r.planar, std::move(r.kuratowski_edges), std::string(witness.message()), witness.ok());
    });
  });

  m.def("_check_minor_witness", [](const GraphPtr& g, py::handle branch_sets) {
    const auto sets = VertexSets(g, branch_sets, "branch_sets");
    const absl::Status st = NoGil([&] { return CheckMinorWitness(*g, sets); });
    return std::make_tuple(st.ok(), std::string(st.message()));
  });
  m.def("_hadwiger_lower_bound", [](const GraphPtr& g, uint32_t attempts, uint64_t seed, uint32_t stop_at) {
    HadwigerOptions o;
    o.attempts = attempts;
    o.seed = seed;
    o.stop_at = stop_at;
    return VertexSetList(Value(NoGil([&] { return HadwigerLowerBound(*g, o); })));
  });
  m.def("_tree_decomposition", [](const GraphPtr& g, const std::string& heuristic) {
    EliminationHeuristic h;
    if (heuristic == "min_fill") {
      h = EliminationHeuristic::kMinFill;
    } else if (heuristic == "min_degree") {
      h = EliminationHeuristic::kMinDegree;
    } else {
      throw py::value_error(fmt::format("heuristic must be min_fill or min_degree, got '{}'", heuristic));
    }
    TreeDecomposition td = NoGil([&] { return EliminationDecomposition(*g, h); });
    py::array_t<uint32_t> edges({static_cast<py::ssize_t>(td.edges.size()), py::ssize_t{2}});
    auto e = edges.mutable_unchecked<2>();
    for (std::size_t i = 0; i < td.edges.size(); ++i) {
      e(i, 0) = td.edges[i].first;
      e(i, 1) = td.edges[i].second;
    }
    return std::make_tuple(VertexSetList(td.bags), edges, td.Width());
  });
  m.def("_check_tree_decomposition", [](const GraphPtr& g, py::handle bags, py::handle edges) {
    TreeDecomposition td;
    td.bags = VertexSets(g, bags, "bags");
    auto e = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(edges);
    if (!e || (e.size() > 0 && (e.ndim() != 2 || e.shape(1) != 2))) {
      throw py::value_error("edges must be an (k, 2) array of bag indices");
    }
    for (py::ssize_t i = 0; i < (e.size() > 0 ? e.shape(0) : 0); ++i) {
      const int64_t a = e.at(i, 0), b = e.at(i, 1);
      if (a < 0 || b < 0 || static_cast<uint64_t>(a) >= td.bags.size() || static_cast<uint64_t>(b) >= td.bags.size()) {
        throw py::value_error(fmt::format("edges[{}] = ({}, {}) is not a pair of bag indices in [0, {})", i, a, b,
                                          td.bags.size()));
      }
      td.edges.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
    }
    const absl::Status st = NoGil([&] { return CheckTreeDecomposition(*g, td); });
    return std::make_tuple(st.ok(), std::string(st.message()), td.Width());
  });

  // Timing of the C++ calls alone, for bench/python_bench.py.
  m.def("_time_cpp_query_batch", [](const PyOracle& self, py::handle us, py::handle vs, int64_t threads) {
    const uint32_t t = CheckedThreads(threads);
    const auto pairs = Pairs(us, vs, self.oracle.NumVertices());
    std::vector<uint64_t> out(pairs.size());
    double seconds = 0;
    Ok(NoGil([&] {
      const auto start = std::chrono::steady_clock::now();
      absl::Status st = self.oracle.QueryBatch(pairs, out, t);
      seconds = Seconds(start);
      return st;
    }));
    return seconds;
  });
  m.def("_time_cpp_csr_build", [](py::array_t<uint32_t, py::array::c_style> indptr,
                                  py::array_t<uint32_t, py::array::c_style> indices,
                                  py::array_t<uint32_t, py::array::c_style> data) {
    const std::span<const ArcId> o(indptr.data(), static_cast<std::size_t>(indptr.size()));
    const std::span<const VertexId> h(indices.data(), static_cast<std::size_t>(indices.size()));
    const std::span<const uint32_t> w(data.data(), static_cast<std::size_t>(data.size()));
    return NoGil([&] {
      const auto start = std::chrono::steady_clock::now();
      auto g = BuildGraphFromCsrArrays<uint32_t>(o, h, w);
      const double s = Seconds(start);
      return g.ok() ? s : -1.0;
    });
  });
}
