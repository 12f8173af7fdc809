#!/usr/bin/env bash
# Reproduces every table and plot of the research harness with one command:
# builds the `shortcut` CLI (Release), runs the preset's experiment matrix
# through it (one CSV row per run, resumable), runs the Google Benchmark
# programs, draws the plots and rewrites the harness block of docs/RESULTS.md.
#
# Usage: bench/experiments/run.sh PRESET [options]
#   PRESET              smoke | quick | full   (bench/experiments/presets.py)
# Options:
#   --out DIR           results (CSV, benchmark JSON)   default bench/results/PRESET
#   --plots DIR         PNG plots                        default docs/plots/PRESET
#   --build-dir DIR     CMake build directory            default build/experiments
#   --cache DIR         generated graphs and scratch     default build/experiments-cache/COMMIT
#   --cli PATH          use this shortcut binary; implies --no-build
#   --no-build          do not configure or build (the binary must exist)
#   --no-bench          skip the Google Benchmark programs
#   --no-plots          skip the plots (and python3-matplotlib)
#   --no-pictures       skip docs/pictures (default for smoke; needs librsvg2-bin)
#   --no-report         do not touch docs/RESULTS.md (default for smoke)
#   --force             rerun every run, even those with a row for this commit
#   --retry-failed      rerun runs whose row is an error or a timeout
#   --only REGEX        run only the runs whose label matches
#   --timeout SECONDS   per CLI call (default: the preset's)
#   --list              print the runs of the preset and exit
#   -h, --help          this help
# Environment: JOBS (build parallelism, default 2).
#
# Interrupt at any time (Ctrl-C): the CSV files stay valid, and the same
# command resumes where it stopped.
set -euo pipefail

self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$self"; }
die() { echo "run.sh: error: $*" >&2; exit 1; }

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
here=bench/experiments

preset=""
out="" plots="" build_dir=build/experiments cli=""
build=1 bench=1 do_plots=1 pictures="" report="" list=0
harness_args=()
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; out=$2; shift ;;
    --plots) [ $# -ge 2 ] || die "--plots needs a value"; plots=$2; shift ;;
    --build-dir) [ $# -ge 2 ] || die "--build-dir needs a value"; build_dir=$2; shift ;;
    --cli) [ $# -ge 2 ] || die "--cli needs a value"; cli=$2; build=0; shift ;;
    --no-build) build=0 ;;
    --no-bench) bench=0 ;;
    --no-plots) do_plots=0 ;;
    --no-pictures) pictures=0 ;;
    --no-report) report=0 ;;
    --report) report=1 ;;
    --force) harness_args+=("$1"); bench_args+=("$1") ;;
    --retry-failed) harness_args+=("$1") ;;
    --only|--timeout|--cache) [ $# -ge 2 ] || die "$1 needs a value"; harness_args+=("$1" "$2"); shift ;;
    --list) list=1 ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *) [ -z "$preset" ] || die "one preset only (got '$preset' and '$1')"; preset=$1 ;;
  esac
  shift
done
[ -n "$preset" ] || { usage >&2; die "missing PRESET"; }
case "$preset" in smoke|quick|full) ;; *) die "unknown preset '$preset' (smoke, quick or full)" ;; esac
command -v python3 >/dev/null || die "python3 is required"

if [ "$list" -eq 1 ]; then
  exec python3 "$here/harness.py" list "$preset"
fi
[ -n "$out" ] || out=bench/results/$preset
[ -n "$plots" ] || plots=docs/plots/$preset
[ -n "$report" ] || { if [ "$preset" = smoke ]; then report=0; else report=1; fi; }
[ -n "$pictures" ] || { if [ "$preset" = smoke ]; then pictures=0; else pictures=1; fi; }

start=$(date +%s.%N)
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$1" "$2"; }

# Set-up: the harness's own packages (plots need matplotlib, pictures
# rsvg-convert).
python=python3
extra=()
[ "$do_plots" -eq 1 ] && extra+=(python3-matplotlib)
[ "$pictures" -eq 1 ] && extra+=(librsvg2-bin)
[ ${#extra[@]} -eq 0 ] || scripts/deps.sh "${extra[@]}"
if [ "$do_plots" -eq 1 ]; then
  # Debian's matplotlib lives in the system interpreter; a python3 earlier
  # on PATH (a virtualenv, pyenv) may not see it.
  if ! python3 -c 'import matplotlib' 2>/dev/null; then
    if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
      python=/usr/bin/python3
    else
      die "python3 cannot import matplotlib (install Debian's python3-matplotlib)"
    fi
  fi
fi

# Build.
build_start=$(now)
fresh=0
[ "$build" -eq 1 ] && [ ! -f "$build_dir/CMakeCache.txt" ] && fresh=1
if [ "$build" -eq 1 ]; then
  jobs=${JOBS:-2}
  bench_flag=OFF
  [ "$bench" -eq 1 ] && bench_flag=ON
  echo "run.sh: building the CLI in $build_dir (Release, -j$jobs)" >&2
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_APPS=ON -DSHORTCUT_BUILD_TESTS=OFF \
    -DSHORTCUT_BUILD_BENCHMARKS=$bench_flag >/dev/null
  targets=(shortcut_cli)
  if [ "$bench" -eq 1 ]; then
    for p in $(python3 "$here/harness.py" bench "$preset" --build-dir "$build_dir" --list); do
      [ -f "bench/$p.cc" ] && targets+=("$p")
    done
  fi
  cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"
fi
[ -n "$cli" ] || cli=$build_dir/shortcut
[ -x "$cli" ] || die "$cli: no shortcut binary (build the shortcut_cli target, or drop --no-build)"
build_s=$(elapsed "$build_start" "$(now)")

# The matrix.
runs_start=$(now)
status=0
python3 "$here/harness.py" run "$preset" --cli "$cli" --build-dir "$build_dir" --out "$out" \
  ${harness_args[@]+"${harness_args[@]}"} || status=$?
if [ "$status" -ne 0 ]; then
  [ "$status" -eq 130 ] && exit 130
  die "the harness failed (exit $status)"
fi
runs_s=$(elapsed "$runs_start" "$(now)")

other_start=$(now)
if [ "$bench" -eq 1 ]; then
  python3 "$here/harness.py" bench "$preset" --build-dir "$build_dir" --out "$out" \
    ${bench_args[@]+"${bench_args[@]}"}
fi
if [ "$do_plots" -eq 1 ]; then
  "$python" "$here/plots.py" --results "$out" --out "$plots"
fi
if [ "$pictures" -eq 1 ]; then
  "$python" "$here/pictures.py" --cli "$cli"
fi
other_s=$(elapsed "$other_start" "$(now)")
total_s=$(elapsed "$start" "$(now)")

# CPU time of everything this script ran, and the machine's load: on a
# shared machine the wall time says little without them.
times_file=$(mktemp)
times >"$times_file"  # in this shell: `times` in a $(...) subshell would see no children
cpu_times=$(tail -1 "$times_file")
rm -f "$times_file"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "")
python3 - "$out/manifest.json" "$build_s" "$runs_s" "$other_s" "$total_s" "$build" "$fresh" "$cpu_times" "$load" <<'EOF'
import json, os, re, sys
path, build_s, runs_s, other_s, total_s, built, fresh, cpu_times, load = sys.argv[1:]
def seconds(t):
    m = re.match(r"(\d+)m([\d.]+)s", t)
    return int(m.group(1)) * 60 + float(m.group(2)) if m else 0.0
cpu = sum(seconds(t) for t in cpu_times.split())
m = json.load(open(path))
m["timing"] = {"build_s": float(build_s), "runs_s": float(runs_s), "other_s": float(other_s),
               "total_s": float(total_s), "built": built == "1", "fresh_build": fresh == "1",
               "kept_runs": m.get("kept", 0), "cpu_s": round(cpu, 1), "load_average": load}
tmp = path + ".tmp"
with open(tmp, "w") as f:
    f.write(json.dumps(m, indent=2) + "\n")
os.replace(tmp, path)
EOF

if [ "$preset" = quick ]; then
  # The expected time of `full`, extrapolated from these rows.
  python3 "$here/harness.py" estimate full --from "$out" --cli "$cli" --record >/dev/null || true
fi
if [ "$report" -eq 1 ]; then
  python3 "$here/report.py" --results "$out" --plots "$plots"
fi
where=$out
[ "$do_plots" -eq 1 ] && where="$where, $plots"
echo "run.sh: preset $preset done in $(python3 -c "print(round($total_s / 60, 1))") min (build ${build_s} s," \
  "runs ${runs_s} s, benchmarks, plots and pictures ${other_s} s): $where" >&2
