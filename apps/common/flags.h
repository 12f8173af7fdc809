// A small flag parser with one vocabulary for every subcommand:
//
//   FlagSet flags("partition", "GRAPH --eps E [--r R] -o CLUSTERS.txt");
//   std::string graph_path, out;
//   double eps = 0;
//   flags.Positional("GRAPH", &graph_path, "input graph");
//   flags.Double("eps", &eps, "cluster diameter as a fraction of D", /*required=*/true);
//   flags.String("o", &out, "output file", true, "output");
//   if (auto st = flags.Parse(args); !st.ok()) return ReportError(...);
//
// Accepts --name value, --name=value, -o value; `--help` prints the usage.
// Unknown flags, missing values and malformed numbers are errors.
#ifndef SHORTCUT_APPS_COMMON_FLAGS_H_
#define SHORTCUT_APPS_COMMON_FLAGS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace shortcut::cli {

class FlagSet {
 public:
  FlagSet(std::string command, std::string usage);

  void String(const std::string& name, std::string* out, const std::string& help, bool required = false,
              const std::string& alias = "");
  void Double(const std::string& name, double* out, const std::string& help, bool required = false);
  void Uint64(const std::string& name, uint64_t* out, const std::string& help, bool required = false);
  void Uint32(const std::string& name, uint32_t* out, const std::string& help, bool required = false);
  void Bool(const std::string& name, bool* out, const std::string& help);
  // Positional arguments, in order; optional ones must come last.
  void Positional(const std::string& name, std::string* out, const std::string& help,
                  bool required = true);
  // Rest: collects any remaining positional arguments.
  void Rest(const std::string& name, std::vector<std::string>* out, const std::string& help);

  // Parse: fills the outputs. Returns InvalidArgument with a readable message
  // on bad usage. Sets help_requested() for --help/-h (and returns OK).
  absl::Status Parse(std::span<const std::string> args);
  bool help_requested() const { return help_requested_; }
  // WasSet(name): whether the flag appeared on the command line.
  bool WasSet(const std::string& name) const;
  std::string Usage() const;

 private:
  struct Flag {
    std::string name, alias, help;
    bool required = false, is_bool = false, seen = false;
    std::function<absl::Status(const std::string&)> set;
  };
  struct Pos {
    std::string name, help;
    bool required;
    std::string* out;
  };
  Flag* Find(const std::string& name);

  std::string command_, usage_;
  std::vector<Flag> flags_;
  std::vector<Pos> positionals_;
  std::vector<std::string>* rest_ = nullptr;
  std::string rest_name_, rest_help_;
  bool help_requested_ = false;
};

}  // namespace shortcut::cli

#endif  // SHORTCUT_APPS_COMMON_FLAGS_H_
