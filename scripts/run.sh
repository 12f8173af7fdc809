#!/usr/bin/env bash
# Installs what is missing, builds the Release tool and runs the main job: a
# (1+eps) distance oracle for a bundled road network (luxembourg_osm, edge
# lengths from its coordinates), built, saved, verified, and asked a handful of
# sample queries, each printed next to the exact distance and the stretch.
#
# Environment: JOBS (build and oracle threads, default: all cores), EPS
# (default 0.25), QUERIES (default 12), SEED (sample of query vertices,
# default 7), OUT (where the index and the samples go, default build/run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

jobs=${JOBS:-$(nproc)}
eps=${EPS:-0.25}
queries=${QUERIES:-12}
seed=${SEED:-7}
out=${OUT:-build/run}
build=build/release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_TESTS=OFF -DSHORTCUT_BUILD_APPS=ON >/dev/null
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
