// The Python classes and functions of the cover's applications: the low-hop
// emulator, the distance labels and the compact routing scheme
// (docs/emulator.md, docs/distance_labels.md, docs/routing.md).
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <vector>

#include "bindings.h"
#include "shortcut/emulator/low_hop_emulator.h"
#include "shortcut/labeling/distance_labels.h"
#include "shortcut/routing/routing_scheme.h"

namespace shortcut::bindings {
namespace {

uint32_t Threads(int64_t threads) {
  if (threads < 1 || threads > 1024) throw py::value_error(fmt::format("threads = {} is not in [1, 1024]", threads));
  return static_cast<uint32_t>(threads);
}

VertexId Vertex(int64_t v, VertexId n) {
  if (v < 0 || v >= static_cast<int64_t>(n)) throw py::value_error(fmt::format("vertex {} is not in [0, {})", v, n));
  return static_cast<VertexId>(v);
}

template <class Options>
Options StreamOptions(double eps, double scale_ratio, int64_t threads) {
  Options o;
  o.epsilon = eps;
  o.scale_ratio = scale_ratio;
  o.threads = Threads(threads);
  return o;
}

py::bytes Bytes(std::span<const uint8_t> s) { return py::bytes(reinterpret_cast<const char*>(s.data()), s.size()); }
std::span<const uint8_t> Span(const std::string& s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

}  // namespace

void BindApplications(py::module_& m) {
  m.def("low_hop_emulator", [](const GraphPtr& g, double eps, double scale_ratio, int64_t threads) {
    const auto o = StreamOptions<LowHopEmulatorOptions>(eps, scale_ratio, threads);
    LowHopEmulator h = Value(NoGil([&] { return BuildLowHopEmulator(*g, o); }));
    return std::make_shared<G>(std::move(h.graph));
  }, py::arg("g"), py::arg("eps"), py::arg("scale_ratio") = 1.25, py::arg("threads") = 1,
     "The (1+eps) low-hop emulator of g: a Graph on g's vertices in which every connected pair has a path of at "
     "most 2 edges of length in [d, (1+eps) d].");

  m.def("decode_distance", [](const py::bytes& a, const py::bytes& b) {
    const std::string sa = a, sb = b;
    return DecodeDistance(Span(sa), Span(sb));
  }, py::arg("label_u"), py::arg("label_v"),
     "The distance estimate from two distance labels alone (UNREACHABLE across components).");

  py::class_<DistanceLabels, std::shared_ptr<DistanceLabels>>(m, "DistanceLabels",
      "(1+eps) distance labels: one self-contained label (bytes) per vertex.")
      .def_static("build", [](const GraphPtr& g, double eps, double scale_ratio, int64_t threads) {
        const auto o = StreamOptions<DistanceLabelOptions>(eps, scale_ratio, threads);
        return std::make_shared<DistanceLabels>(Value(NoGil([&] { return DistanceLabels::Build(*g, o); })));
      }, py::arg("g"), py::arg("eps"), py::arg("scale_ratio") = 1.25, py::arg("threads") = 1)
      .def_static("load", [](const std::string& path) {
        return std::make_shared<DistanceLabels>(Value(DistanceLabels::Load(path)));
      }, py::arg("path"))
      .def("save", [](const DistanceLabels& l, const std::string& path) { Ok(l.Save(path)); }, py::arg("path"))
      .def("label", [](const DistanceLabels& l, int64_t v) { return Bytes(l.Label(Vertex(v, l.NumVertices()))); },
           py::arg("v"), "The label of vertex v, as bytes.")
      .def("query", [](const DistanceLabels& l, int64_t u, int64_t v) {
        return l.Query(Vertex(u, l.NumVertices()), Vertex(v, l.NumVertices()));
      }, py::arg("u"), py::arg("v"))
      .def_property_readonly("n", &DistanceLabels::NumVertices)
      .def_property_readonly("epsilon", &DistanceLabels::epsilon)
      .def_property_readonly("mean_label_bits", [](const DistanceLabels& l) { return l.stats().mean_bits; })
      .def_property_readonly("max_label_bits", [](const DistanceLabels& l) { return l.stats().max_bits; })
      .def("__repr__", [](const DistanceLabels& l) {
        return fmt::format("DistanceLabels(n={}, epsilon={}, mean_label_bits={:.0f})", l.NumVertices(), l.epsilon(),
                           l.stats().mean_bits);
      });

  py::class_<RoutingScheme, std::shared_ptr<RoutingScheme>>(m, "RoutingScheme",
      "(1+eps) compact routing: a table per vertex, a header per destination.")
      .def_static("build", [](const GraphPtr& g, double eps, double scale_ratio, int64_t threads) {
        const auto o = StreamOptions<RoutingOptions>(eps, scale_ratio, threads);
        return std::make_shared<RoutingScheme>(Value(NoGil([&] { return RoutingScheme::Build(*g, o); })));
      }, py::arg("g"), py::arg("eps"), py::arg("scale_ratio") = 1.25, py::arg("threads") = 1)
      .def_static("load", [](const std::string& path) {
        return std::make_shared<RoutingScheme>(Value(RoutingScheme::Load(path)));
      }, py::arg("path"))
      .def("save", [](const RoutingScheme& r, const std::string& path) { Ok(r.Save(path)); }, py::arg("path"))
      .def("route", [](const RoutingScheme& r, const GraphPtr& g, int64_t u, int64_t v) {
        return Value(r.Route(*g, Vertex(u, r.NumVertices()), Vertex(v, r.NumVertices())));
      }, py::arg("g"), py::arg("u"), py::arg("v"), "The vertices a packet from u to v visits, u first, v last.")
      .def("table", [](const RoutingScheme& r, int64_t v) { return Bytes(r.Table(Vertex(v, r.NumVertices()))); },
           py::arg("v"))
      .def("header", [](const RoutingScheme& r, int64_t v) { return Bytes(r.Header(Vertex(v, r.NumVertices()))); },
           py::arg("v"))
      .def_property_readonly("n", &RoutingScheme::NumVertices)
      .def_property_readonly("epsilon", &RoutingScheme::epsilon)
      .def_property_readonly("mean_table_bits", [](const RoutingScheme& r) { return r.stats().mean_table_bits; })
      .def_property_readonly("max_table_bits", [](const RoutingScheme& r) { return r.stats().max_table_bits; })
      .def_property_readonly("mean_header_bits", [](const RoutingScheme& r) { return r.stats().mean_header_bits; })
      .def_property_readonly("max_header_bits", [](const RoutingScheme& r) { return r.stats().max_header_bits; })
      .def("__repr__", [](const RoutingScheme& r) {
        return fmt::format("RoutingScheme(n={}, epsilon={}, mean_table_bits={:.0f})", r.NumVertices(), r.epsilon(),
                           r.stats().mean_table_bits);
      });
}

}  // namespace shortcut::bindings
