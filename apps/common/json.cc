#include "common/json.h"

#include <fmt/format.h>

#include <cstdio>

#include "shortcut/core/status.h"
#include "shortcut/io/file.h"

namespace shortcut::cli {

std::string JsonEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

JsonObject& JsonObject::Add(std::string_view key, std::string_view value) {
  return AddRaw(key, JsonEscape(value));
}
JsonObject& JsonObject::Add(std::string_view key, bool value) { return AddRaw(key, value ? "true" : "false"); }
JsonObject& JsonObject::Add(std::string_view key, double value) {
  // JSON has no inf/nan: write null.
  return AddRaw(key, std::isfinite(value) ? fmt::format("{}", value) : "null");
}
JsonObject& JsonObject::AddRaw(std::string_view key, std::string raw_json) {
  for (auto& [k, v] : entries_) {
    if (k == key) {
      v = std::move(raw_json);
      return *this;
    }
  }
  entries_.emplace_back(std::string(key), std::move(raw_json));
  return *this;
}
JsonObject& JsonObject::Merge(const JsonObject& other) {
  for (const auto& [k, v] : other.entries_) AddRaw(k, v);
  return *this;
}

std::string JsonObject::ToString(int indent) const {
  std::string s = "{";
  // Built by appends: GCC 12 warns (-Wrestrict, a false positive) on
  // "literal" + std::string&&.
  std::string pad;
  if (indent > 0) {
    pad.push_back('\n');
    pad.append(static_cast<std::size_t>(indent), ' ');
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i > 0) s += ",";
    s += pad.empty() ? (i > 0 ? " " : "") : pad;
    s += JsonEscape(entries_[i].first) + ": " + entries_[i].second;
  }
  if (indent > 0 && !entries_.empty()) s += "\n";
  s += "}";
  return s;
}

absl::Status WriteJsonFile(const std::string& path, const JsonObject& object) {
  return WriteFileAtomic(path, object.ToString(2) + "\n");
}

}  // namespace shortcut::cli
