// libFuzzer target: the CLI's argument parsing (apps/common/flags.h). The
// input is split at NUL bytes into arguments and parsed by a FlagSet with
// every kind of flag (string with an alias, double, uint64, uint32, bool,
// required and optional positionals, a rest); the usage text is formatted
// whatever the outcome. A parse that succeeds must leave a required flag set.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "common/flags.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args;
  std::size_t begin = 0;
  while (begin <= input.size() && args.size() < 64) {
    std::size_t end = input.find('\0', begin);
    if (end == std::string_view::npos) end = input.size();
    args.emplace_back(input.substr(begin, end - begin));
    begin = end + 1;
  }
  shortcut::cli::FlagSet flags("fuzz", "GRAPH [OUT] [MORE...]");
  std::string graph, out, name, format;
  double eps = 0;
  uint64_t seed = 0;
  uint32_t threads = 1;
  bool stats = false;
  std::vector<std::string> rest;
  flags.String("output", &name, "output file", false, "o");
  flags.String("format", &format, "input format", true);
  flags.Double("eps", &eps, "epsilon");
  flags.Uint64("seed", &seed, "seed");
  flags.Uint32("threads", &threads, "threads");
  flags.Bool("stats", &stats, "statistics");
  flags.Positional("GRAPH", &graph, "graph file");
  flags.Positional("OUT", &out, "output", false);
  flags.Rest("MORE", &rest, "more files");
  const auto status = flags.Parse(args);
  if (status.ok() && !flags.help_requested() && !flags.WasSet("format")) std::abort();
  const std::string usage = flags.Usage();
  if (usage.empty()) std::abort();
  return 0;
}
