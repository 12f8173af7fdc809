// The `shortcut` command-line tool: dispatches to the registered subcommands
// (apps/cmd_*.cc). `shortcut help` lists them; `shortcut CMD --help` shows
// the usage of one.
#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "common/command.h"
#include "shortcut/io/file.h"

namespace {

void RemoveTemporariesAndExit(int sig) {
  shortcut::RemovePendingTemporaries();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void PrintHelp() {
  fmt::print(stderr,
             "shortcut: shortcut partitions, cop decompositions, tree covers, distance oracles\n"
             "and Steiner point removal for minor-free graphs.\n\nusage: shortcut COMMAND [args]\n\n"
             "commands:\n");
  for (const auto& c : shortcut::cli::Commands()) fmt::print(stderr, "  {:<20} {}\n", c.name, c.summary);
  fmt::print(stderr, "\nRun 'shortcut COMMAND --help' for the options of a command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  // A write past the file-size limit (ulimit -f) then fails with EFBIG, which
  // the file layer reports and cleans up after, instead of killing the
  // process with its temporary file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
  // Interrupted (Ctrl-C, kill, a closed terminal): remove the temporaries of
  // files being written, then end as the signal would. A signal inherited as
  // ignored (nohup, a background job's SIGINT) stays ignored.
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    if (std::signal(sig, RemoveTemporariesAndExit) == SIG_IGN) std::signal(sig, SIG_IGN);
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    PrintHelp();
    return args.empty() ? shortcut::cli::kExitUsage : shortcut::cli::kExitOk;
  }
  // Longest match first: "oracle build" before "oracle".
  const shortcut::cli::Command* best = nullptr;
  std::size_t best_words = 0;
  for (const auto& c : shortcut::cli::Commands()) {
    std::vector<std::string> words;
    std::string_view name = c.name;
    for (std::size_t start = 0;;) {
      const std::size_t sp = name.find(' ', start);
      words.emplace_back(name.substr(start, sp == std::string_view::npos ? sp : sp - start));
      if (sp == std::string_view::npos) break;
      start = sp + 1;
    }
    if (words.size() > args.size() || words.size() <= best_words) continue;
    bool match = true;
    for (std::size_t i = 0; i < words.size(); ++i) match = match && words[i] == args[i];
    if (match) {
      best = &c;
      best_words = words.size();
    }
  }
  if (best == nullptr) {
    std::string prefix_matches;
    for (const auto& c : shortcut::cli::Commands()) {
      if (c.name.substr(0, args[0].size()) == args[0]) prefix_matches += fmt::format("  {}\n", c.name);
    }
    if (!prefix_matches.empty()) {
      fmt::print(stderr, "shortcut: '{}' needs a subcommand:\n{}", args[0], prefix_matches);
    } else {
      fmt::print(stderr, "shortcut: unknown command '{}' (see 'shortcut help')\n", args[0]);
    }
    return shortcut::cli::kExitUsage;
  }
  std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(best_words), args.end());
  try {
    return best->run(rest);
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "shortcut {}: out of memory\n", best->name);
    return shortcut::cli::kExitOther;
  }
}
