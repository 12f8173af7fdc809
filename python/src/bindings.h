// python/src/bindings.h: what the two translation units of the _shortcut
// module share: the status-to-exception mapping (docs/python.md), numpy
// arrays from library vectors, the read-only field binder of the result
// statistics and reports, and the binders results.cc defines.
#ifndef SHORTCUT_PYTHON_BINDINGS_H_
#define SHORTCUT_PYTHON_BINDINGS_H_

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shortcut/core/graph.h"
#include "shortcut/core/status.h"
#include "shortcut/decomposition/cop_decomposition.h"
#include "shortcut/partition/shortcut_partition.h"
#include "shortcut/steiner/steiner_point_removal.h"

namespace shortcut::bindings {

namespace py = pybind11;

using G = Graph<uint32_t>;
using GraphPtr = std::shared_ptr<G>;  // never mutated: Graph has no mutators
using Cop = CopDecomposition<uint32_t>;
using Partition = ShortcutPartition<uint32_t>;
using Spr = SteinerPointRemoval<uint32_t>;
template <class T>
using Ptr = std::shared_ptr<T>;

// ---------------------------------------------------------------- errors

[[noreturn]] inline void Raise(const absl::Status& status) {
  const std::string message(status.message());
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
    case absl::StatusCode::kFailedPrecondition:
    case absl::StatusCode::kResourceExhausted:
      throw py::value_error(message);
    case absl::StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, message.c_str());
      throw py::error_already_set();
    default:
      throw std::runtime_error(message);
  }
}

inline void Ok(const absl::Status& status) {
  if (!status.ok()) Raise(status);
}

template <class T>
T Value(absl::StatusOr<T> result) {
  if (!result.ok()) Raise(result.status());
  return std::move(result).value();
}

// Runs f() without the GIL (f must not touch Python objects).
template <class F>
auto NoGil(F&& f) {
  py::gil_scoped_release release;
  return f();
}

// ---------------------------------------------------------------- arrays

// A numpy array owning `v` (no copy).
template <class T>
py::array_t<T> Owned(std::vector<T> v) {
  auto* heap = new std::vector<T>(std::move(v));
  py::capsule owner(heap, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>(static_cast<py::ssize_t>(heap->size()), heap->data(), owner);
}

// A numpy copy of `s`.
template <class T>
py::array_t<T> Copy(std::span<const T> s) {
  py::array_t<T> a(static_cast<py::ssize_t>(s.size()));
  std::copy(s.begin(), s.end(), a.mutable_data());
  return a;
}

// A read-only view of `s`, kept alive by `owner`.
template <class T>
py::array_t<T> View(std::span<const T> s, py::handle owner) {
  py::array_t<T> a(static_cast<py::ssize_t>(s.size()), s.data(), owner);
  a.attr("setflags")(py::arg("write") = false);
  return a;
}

// ---------------------------------------------------------------- stats

// Fields: binds read-only fields of T and a to_dict() / __repr__ over them.
template <class T, class Holder = std::unique_ptr<T>>
class Fields {
 public:
  Fields(py::module_& m, const char* name, const char* doc) : cls_(m, name, doc) {}
  template <class M>
  Fields& Field(const char* name, M T::*member, const char* doc = "") {
    cls_.def_readonly(name, member, doc);
    names_.push_back(name);
    return *this;
  }
  template <class F>
  Fields& Property(const char* name, F&& f, const char* doc = "") {
    cls_.def_property_readonly(name, std::forward<F>(f), doc);
    names_.push_back(name);
    return *this;
  }
  py::class_<T, Holder>& Finish() {
    auto names = names_;
    cls_.def("to_dict", [names](py::object self) {
      py::dict d;
      for (const auto& n : names) {
        py::object v = self.attr(n.c_str());
        d[n.c_str()] = py::hasattr(v, "to_dict") ? v.attr("to_dict")() : v;
      }
      return d;
    }, "The fields as a dict (nested statistics as dicts).");
    const std::string type = py::str(cls_.attr("__name__"));
    cls_.def("__repr__", [type](py::object self) {
      return fmt::format("{}({})", type, std::string(py::repr(self.attr("to_dict")())));
    });
    return cls_;
  }
  py::class_<T, Holder>& cls() { return cls_; }

 private:
  py::class_<T, Holder> cls_;
  std::vector<std::string> names_;
};

template <class Report>
void ReportStatus(Fields<Report>& f) {
  f.Property("ok", [](const Report& r) { return r.status.ok(); }, "True when every checked property holds.");
  f.Property("message", [](const Report& r) { return std::string(r.status.message()); },
             "The first violation found (empty when ok).");
  f.cls().def("raise_if_failed", [](const Report& r) { Ok(r.status); },
              "Raises the first violation as an exception (ValueError, ...); returns None when ok.");
  f.cls().def("__bool__", [](const Report& r) { return r.status.ok(); });
}

// The classes of the result statistics, the verifiers' reports and the
// construction results (results.cc).
void BindStats(py::module_& m);
void BindReports(py::module_& m);
void BindResults(py::module_& m);
void BindApplications(py::module_& m);  // applications.cc: emulator, labels, routing

}  // namespace shortcut::bindings

#endif  // SHORTCUT_PYTHON_BINDINGS_H_
