#!/usr/bin/env bash
# Installs what is missing, builds with assertions (level normal) and
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs the whole test
# suite; exits with the tests' status. Also compiles the benchmarks and runs
# each once briefly (smoke), runs the research harness's `quick` preset, and
# runs every fuzz target for a few seconds when clang is available.
#   scripts/test.sh            full run (what CI runs)
#   JOBS=4 scripts/test.sh     parallel build jobs (default: nproc)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh clang libclang-rt-14-dev python3-matplotlib ccache

# ccache makes a rebuild on the same machine (a second run, or CI after a
# local run) cost only what changed; paths are hashed relative to the
# checkout so that two clones share entries. CMake reads the launcher from
# the environment, so the harness's and the fuzzers' builds use it too.
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi

jobs=${JOBS:-$(nproc)}
build=build/test
cmake -S . -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSHORTCUT_ASSERTION_LEVEL=normal \
  -DSHORTCUT_SANITIZE=address,undefined \
  -DSHORTCUT_BUILD_TESTS=ON -DSHORTCUT_BUILD_APPS=ON \
  -DSHORTCUT_BUILD_BENCHMARKS=ON \
  -DSHORTCUT_WERROR=ON
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 900 || status=$?

# The research harness's `quick` preset as a smoke test (about 3 minutes on 2
# cores: a Release build of the CLI, 289 runs, the benchmarks and the plots),
# into build/ so that the committed results are left alone; any run that is
# not ok fails the suite. HARNESS_QUICK=0 skips it.
if [ "$status" -eq 0 ] && [ "${HARNESS_QUICK:-1}" != 0 ]; then
  quick=build/ci-quick
  if bench/experiments/run.sh quick --out "$quick/results" --plots "$quick/plots" --no-report --no-pictures; then
    python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); sys.exit(1 if m["failed"] else 0)' \
      "$quick/results/manifest.json" || { echo "harness quick: some runs were not ok (see $quick/results)"; status=1; }
  else
    status=1
  fi
fi

if [ "$status" -eq 0 ] && [ -x scripts/fuzz.sh ] && command -v clang++ >/dev/null; then
  scripts/fuzz.sh --seconds "${FUZZ_SECONDS:-10}" || status=$?
fi
exit "$status"
