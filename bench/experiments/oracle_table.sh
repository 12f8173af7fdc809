#!/usr/bin/env bash
# Builds bench/oracle_benchmark (Release) and writes the tables of
# docs/RESULTS.md, "Tree cover and distance oracle":
#   bench/experiments/oracle_table.sh [OUT_DIR]        (default bench/results/oracle)
# Writes OUT_DIR/oracle_benchmark.json (Google Benchmark output) and
# OUT_DIR/oracle_table.md. Environment: JOBS (build jobs, default 2),
# BUILD (build directory, default build/oracle-bench), and the benchmark's own
# SHORTCUT_ORACLE_BENCH_GRAPHS / SHORTCUT_ORACLE_BENCH_PAIRS /
# SHORTCUT_ORACLE_BENCH_FORESTS (see bench/oracle_benchmark.cc).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-bench/results/oracle}
build=${BUILD:-build/oracle-bench}
mkdir -p "$out"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_BENCHMARKS=ON -DSHORTCUT_BUILD_TESTS=OFF \
  -DSHORTCUT_BUILD_APPS=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target oracle_benchmark
"$build/bench/oracle_benchmark" --benchmark_out="$out/oracle_benchmark.json" --benchmark_out_format=json \
  --benchmark_min_time=0.5 "${@:2}"
python3 bench/experiments/oracle_table.py "$out/oracle_benchmark.json" --commit "$(git rev-parse --short HEAD)" \
  >"$out/oracle_table.md"
echo "wrote $out/oracle_table.md" >&2
