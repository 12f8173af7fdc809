#!/usr/bin/env bash
# Installs what is missing, builds with assertions (level normal) and
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs the whole test
# suite; exits with the tests' status. Also compiles the benchmarks and runs
# each once briefly (smoke), and runs every fuzz target for a few seconds when
# clang is available.
#   scripts/test.sh            full run (what CI runs)
#   JOBS=4 scripts/test.sh     parallel build jobs (default: nproc)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh clang libclang-rt-14-dev python3-matplotlib

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

if [ "$status" -eq 0 ] && [ -x scripts/fuzz.sh ] && command -v clang++ >/dev/null; then
  scripts/fuzz.sh --seconds "${FUZZ_SECONDS:-10}" || status=$?
fi
exit "$status"
