#!/usr/bin/env bash
# Installs what is missing, builds the Release tool and runs the main job: a
# (1+eps) distance oracle for a bundled road network (luxembourg_osm, edge
# lengths from its coordinates), built, saved, verified, and asked a handful of
# sample queries, each printed next to the exact distance and the stretch.
#
# Environment: JOBS (build and oracle threads, default: all cores), EPS
# (default 0.25), QUERIES (default 12), SEED (sample of query vertices,
# default 7), OUT (where the index and the samples go, default build/run),
# PYTHON (1, the default: also build the Python package, install it into
# Debian's /usr/bin/python3 when run as root, and answer the same queries
# from Python; 0: skip).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

jobs=${JOBS:-$(nproc)}
eps=${EPS:-0.25}
queries=${QUERIES:-12}
seed=${SEED:-7}
out=${OUT:-build/run}
build=build/release
python=${PYTHON:-1}
python_flag=OFF
[ "$python" = 1 ] && python_flag=ON
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_TESTS=OFF -DSHORTCUT_BUILD_APPS=ON \
  -DSHORTCUT_PYTHON=$python_flag >/dev/null
cmake --build "$build" -j "$jobs" --target shortcut_cli

bin="$build/shortcut"
graph=datasets/luxembourg_osm/luxembourg.osm.graph
graph_flags=(--weights euclidean)
index="$out/luxembourg.oracle"
mkdir -p "$out"

echo "== the graph"
"$bin" info "$graph" "${graph_flags[@]}"

echo
echo "== build the oracle (eps = $eps, $jobs threads) and save it to $index"
"$bin" oracle build "$graph" "${graph_flags[@]}" --eps "$eps" --threads "$jobs" -o "$index" \
  --stats "$out/oracle_stats.json"

echo
echo "== verify it against exact distances (sampled pairs)"
"$bin" verify oracle "$graph" "$index" "${graph_flags[@]}" --pairs 20000 --threads "$jobs"

echo
echo "== $queries sample queries: oracle estimate, exact distance (Dijkstra), stretch"
# 2·QUERIES sampled vertices (sorted by id); the i-th of the first half is
# paired with the i-th of the second, so pairs span the network.
"$bin" terminals "$graph" --count $((2 * queries)) --seed "$seed" -o "$out/query_vertices.txt" 2>"$out/terminals.log"
paste -d' ' <(head -n "$queries" "$out/query_vertices.txt") <(tail -n "$queries" "$out/query_vertices.txt") \
  >"$out/queries.txt"
"$bin" oracle query "$index" <"$out/queries.txt" >"$out/estimates.txt"
"$bin" distance "$graph" "${graph_flags[@]}" <"$out/queries.txt" >"$out/exact.txt"
paste -d' ' "$out/estimates.txt" "$out/exact.txt" | awk -v eps="$eps" '
  BEGIN { printf "%10s %10s %14s %14s %9s\n", "u", "v", "oracle", "exact", "stretch" }
  {
    if ($1 != $4 || $2 != $5) { print "mismatched query lines: " $0 > "/dev/stderr"; exit 1 }
    stretch = ($6 > 0) ? $3 / $6 : 1
    if (stretch > worst) worst = stretch
    printf "%10s %10s %14s %14s %9.4f\n", $1, $2, $3, $6, stretch
  }
  END { printf "largest stretch %.4f (guaranteed at most %.4f)\n", worst, 1 + eps }'
echo
echo "Query it yourself: $bin oracle query $index U V   (vertex ids as in the graph file)"

if [ "$python" = 1 ]; then
  echo
  echo "== the Python package: the same queries from Python"
  cmake --build "$build" -j "$jobs" --target _shortcut >/dev/null
  if [ "$(id -u)" -eq 0 ]; then
    cmake --install "$build" --component python >/dev/null
    pythonpath=""
    echo "(installed into Debian's /usr/bin/python3: 'import shortcut' works from anywhere)"
  else
    pythonpath="$PWD/$build/python"
    echo "(not root: using the build tree; install with: sudo cmake --install $build --component python)"
  fi
  PYTHONPATH="$pythonpath" /usr/bin/python3 - "$index" "$out/queries.txt" "$out/estimates.txt" <<'PY'
import sys
import numpy as np
import shortcut

oracle = shortcut.DistanceOracle.load(sys.argv[1])
pairs = np.loadtxt(sys.argv[2], dtype=np.int64, ndmin=2)
cli = np.loadtxt(sys.argv[3], dtype=np.uint64, ndmin=2)[:, 2]
us = np.array([oracle.find_external(int(u)) for u in pairs[:, 0]], dtype=np.int64)  # the file's ids
vs = np.array([oracle.find_external(int(v)) for v in pairs[:, 1]], dtype=np.int64)
got = oracle.query_batch(us, vs)
print(f"shortcut {shortcut.__version__}: {len(got)} queries from Python, "
      f"{'the same answers as the CLI' if np.array_equal(got, cli) else 'DIFFERENT from the CLI'}")
sys.exit(0 if np.array_equal(got, cli) else 1)
PY
fi
