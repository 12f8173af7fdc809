// JsonObject: an insertion-ordered flat JSON object for --stats files and
// `--json` output. Values are numbers, strings, booleans or nested objects.
//
//   JsonObject j;
//   j.Add("n", g.NumVertices()).Add("planar", true).Add("name", "grid");
//   WriteJsonFile(path, j);
#ifndef SHORTCUT_APPS_COMMON_JSON_H_
#define SHORTCUT_APPS_COMMON_JSON_H_

#include <cmath>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"

namespace shortcut::cli {

std::string JsonEscape(std::string_view s);

class JsonObject {
 public:
  JsonObject& Add(std::string_view key, std::string_view value);
  JsonObject& Add(std::string_view key, const char* value) { return Add(key, std::string_view(value)); }
  JsonObject& Add(std::string_view key, const std::string& value) { return Add(key, std::string_view(value)); }
  JsonObject& Add(std::string_view key, bool value);
  JsonObject& Add(std::string_view key, double value);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  JsonObject& Add(std::string_view key, T value) {
    return AddRaw(key, std::to_string(value));
  }
  JsonObject& Add(std::string_view key, const JsonObject& value) { return AddRaw(key, value.ToString()); }
  JsonObject& AddRaw(std::string_view key, std::string raw_json);
  // Merge: appends every entry of `other`.
  JsonObject& Merge(const JsonObject& other);
  std::string ToString(int indent = 0) const;

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

absl::Status WriteJsonFile(const std::string& path, const JsonObject& object);

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_JSON_H_
