#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/*_fuzzer.cc) with clang in
# build/fuzz and runs each for N seconds on its seed corpus
# (tests/fuzz/corpus/<target>/, plus the first 64 KiB of every bundled
# dataset in the target's format, decompressed, in build/fuzz/seeds/<target>/;
# new inputs go to build/fuzz/corpus/<target>/).
# Exits non-zero if any target crashes, leaks, times out or fails to build;
# crashing inputs are kept under build/fuzz/artifacts/.
#   scripts/fuzz.sh                  every target, 60 s each
#   scripts/fuzz.sh --seconds 10     shorter (the smoke run of scripts/test.sh)
#   scripts/fuzz.sh --seconds 300 dimacs_fuzzer metis_fuzzer
#   JOBS=4 scripts/fuzz.sh           build jobs and targets run at once (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --seconds=*) seconds=${1#--seconds=}; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 1 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "fuzz.sh: --seconds needs a positive integer" >&2
  exit 1
fi
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
if [ ${#targets[@]} -eq 0 ]; then
  for src in tests/fuzz/*_fuzzer.cc; do targets+=("$(basename "$src" .cc)"); done
fi

jobs=${JOBS:-2}
build=build/fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSHORTCUT_ASSERTION_LEVEL=normal \
  -DSHORTCUT_BUILD_FUZZERS=ON \
  -DSHORTCUT_BUILD_TESTS=OFF -DSHORTCUT_BUILD_APPS=OFF >/dev/null
status=0
built=()
for t in "${targets[@]}"; do
  if cmake --build "$build" -j "$jobs" --target "$t" >"$build/build-$t.log" 2>&1; then
    built+=("$t")
  else
    echo "fuzz: $t FAILED to build (log: $build/build-$t.log)" >&2
    grep -E "error" "$build/build-$t.log" | head -n 20 >&2
    status=1
  fi
done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/artifacts" "$build/logs"

# dataset_patterns TARGET: the datasets/*/ file names a target parses.
dataset_patterns() {
  case "$1" in
    dimacs_fuzzer) echo "*.gr *.gr.gz *.gr.xz" ;;
    metis_fuzzer) echo "*.graph *.graph.gz *.graph.xz" ;;
    scotch_fuzzer) echo "*.grf *.grf.gz *.grf.xz" ;;
    off_fuzzer) echo "*.off *.off.gz *.off.xz" ;;
    auto_fuzzer) echo "*.gr *.gr.gz *.gr.xz *.graph *.graph.gz *.grf *.grf.gz *.off *.off.gz" ;;
    *) echo "" ;;
  esac
}
# dataset_seeds TARGET DIR: the head of each matching dataset, cut at a line.
dataset_seeds() {
  local t=$1 dir=$2 pattern f name
  rm -rf "$dir"
  mkdir -p "$dir"
  for pattern in $(dataset_patterns "$t"); do
    for f in datasets/*/$pattern; do
      [ -f "$f" ] || continue
      name=$(basename "$f")
      name=${name%.gz}
      name=${name%.xz}
      case "$f" in
        *.gz) gzip -dc "$f" ;;
        *.xz) xz -dc "$f" ;;
        *) cat "$f" ;;
      esac 2>/dev/null | head -c 65536 | sed '$d' >"$dir/$name" || true
    done
  done
}

run_one() {
  local t=$1
  mkdir -p "$build/corpus/$t"
  local seeds=()
  [ -d "tests/fuzz/corpus/$t" ] && seeds=("tests/fuzz/corpus/$t")
  dataset_seeds "$t" "$build/seeds/$t"
  [ -n "$(ls -A "$build/seeds/$t")" ] && seeds+=("$build/seeds/$t")
  if "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
      "$build/corpus/$t" "${seeds[@]}" >"$build/logs/$t.log" 2>&1; then
    local runs cov
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$t.log" | grep -o '[0-9]*$')
    # The last status line: edges covered (cov), features (ft) and corpus size.
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$build/logs/$t.log" | tail -n 1)
    echo "fuzz: $t ok ($runs runs in ${seconds} s; $cov)"
    return 0
  fi
  echo "fuzz: $t FAILED (log: $build/logs/$t.log)" >&2
  tail -n 40 "$build/logs/$t.log" >&2
  return 1
}

pids=()
names=()
for t in "${built[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit "$status"
