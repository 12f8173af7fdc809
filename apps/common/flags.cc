#include "common/flags.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "shortcut/core/status.h"

namespace shortcut::cli {
namespace {

template <class T>
absl::Status ParseInto(const std::string& flag, const std::string& text, T* out) {
  T value{};
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size()) {
    return InvalidArgumentError("--{}: '{}' is not a valid {}", flag, text,
                                std::is_floating_point_v<T> ? "number" : "non-negative integer");
  }
  if constexpr (std::is_floating_point_v<T>) {
    if (!std::isfinite(value)) return InvalidArgumentError("--{}: '{}' is not finite", flag, text);
  }
  *out = value;
  return absl::OkStatus();
}

}  // namespace

FlagSet::FlagSet(std::string command, std::string usage)
    : command_(std::move(command)), usage_(std::move(usage)) {}

void FlagSet::String(const std::string& name, std::string* out, const std::string& help, bool required,
                     const std::string& alias) {
  flags_.push_back({name, alias, help, required, false, false, [out](const std::string& v) {
                      *out = v;
                      return absl::OkStatus();
                    }});
}
void FlagSet::Double(const std::string& name, double* out, const std::string& help, bool required) {
  flags_.push_back({name, "", help, required, false, false,
                    [name, out](const std::string& v) { return ParseInto(name, v, out); }});
}
void FlagSet::Uint64(const std::string& name, uint64_t* out, const std::string& help, bool required) {
  flags_.push_back({name, "", help, required, false, false,
                    [name, out](const std::string& v) { return ParseInto(name, v, out); }});
}
void FlagSet::Uint32(const std::string& name, uint32_t* out, const std::string& help, bool required) {
  flags_.push_back({name, "", help, required, false, false,
                    [name, out](const std::string& v) { return ParseInto(name, v, out); }});
}
void FlagSet::Bool(const std::string& name, bool* out, const std::string& help) {
  flags_.push_back({name, "", help, false, true, false, [name, out](const std::string& v) {
                      if (v.empty() || v == "true" || v == "1") {
                        *out = true;
                      } else if (v == "false" || v == "0") {
                        *out = false;
                      } else {
                        return InvalidArgumentError("--{}: expected true or false, got '{}'", name, v);
                      }
                      return absl::OkStatus();
                    }});
}
void FlagSet::Positional(const std::string& name, std::string* out, const std::string& help,
                         bool required) {
  positionals_.push_back({name, help, required, out});
}
void FlagSet::Rest(const std::string& name, std::vector<std::string>* out, const std::string& help) {
  rest_ = out;
  rest_name_ = name;
  rest_help_ = help;
}

FlagSet::Flag* FlagSet::Find(const std::string& name) {
  for (auto& f : flags_) {
    if (f.name == name || (!f.alias.empty() && f.alias == name)) return &f;
  }
  return nullptr;
}

bool FlagSet::WasSet(const std::string& name) const {
  for (const auto& f : flags_) {
    if (f.name == name) return f.seen;
  }
  return false;
}

absl::Status FlagSet::Parse(std::span<const std::string> args) {
  std::size_t next_positional = 0;
  bool only_positionals = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!only_positionals && (arg == "--help" || arg == "-h")) {
      help_requested_ = true;
      return absl::OkStatus();
    }
    if (!only_positionals && arg == "--") {
      only_positionals = true;
      continue;
    }
    const bool is_flag = !only_positionals && arg.size() >= 2 && arg[0] == '-' &&
                         !(arg[1] >= '0' && arg[1] <= '9');
    if (is_flag) {
      std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
      std::string value;
      bool has_value = false;
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      Flag* f = Find(name);
      if (f == nullptr) {
        return InvalidArgumentError("unknown flag '{}'\n{}", arg, Usage());
      }
      if (!has_value && !f->is_bool) {
        if (i + 1 >= args.size()) return InvalidArgumentError("flag '{}' needs a value", arg);
        value = args[++i];
      }
      SHORTCUT_RETURN_IF_ERROR(f->set(value));
      f->seen = true;
      continue;
    }
    if (next_positional < positionals_.size()) {
      *positionals_[next_positional++].out = arg;
    } else if (rest_ != nullptr) {
      rest_->push_back(arg);
    } else {
      return InvalidArgumentError("unexpected argument '{}'\n{}", arg, Usage());
    }
  }
  for (std::size_t p = next_positional; p < positionals_.size(); ++p) {
    if (positionals_[p].required) {
      return InvalidArgumentError("missing argument {}\n{}", positionals_[p].name, Usage());
    }
  }
  for (const auto& f : flags_) {
    if (f.required && !f.seen) {
      return InvalidArgumentError("missing required flag --{}\n{}", f.name, Usage());
    }
  }
  return absl::OkStatus();
}

std::string FlagSet::Usage() const {
  std::string s = fmt::format("usage: shortcut {} {}\n", command_, usage_);
  for (const auto& p : positionals_) s += fmt::format("  {:<22} {}\n", p.name, p.help);
  if (rest_ != nullptr) s += fmt::format("  {:<22} {}\n", rest_name_ + "...", rest_help_);
  for (const auto& f : flags_) {
    std::string name = (f.name.size() == 1 ? "-" : "--") + f.name;
    if (!f.alias.empty()) name += ", --" + f.alias;
    s += fmt::format("  {:<22} {}{}\n", name, f.help, f.required ? " (required)" : "");
  }
  return s;
}

}  // namespace shortcut::cli
