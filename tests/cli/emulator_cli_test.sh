#!/usr/bin/env bash
# CLI tests of the low-hop emulator:
#   usage: emulator_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   build   emulator on airfoil1 with --stats; identical files for 1 and 2
#           threads; an edge list with arbitrary ids gets "c id" lines
#   verify  verify emulator: sampled on airfoil1, all pairs on a small graph
#           with two components
#   broken  doubled weights (stretch), unit weights (domination), a file of
#           another graph, a truncated file, bad flags
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

g="$src/datasets/airfoil1/airfoil1.graph"
# A weighted 12x12 grid as an edge list with ids 10, 20, ..., plus a
# separate edge (a second component).
small="$tmp/small.txt"
for ((i = 0; i < 12; i++)); do
  for ((j = 0; j < 12; j++)); do
    v=$((i * 12 + j + 1))
    [ $j -lt 11 ] && echo "$((v * 10)) $(((v + 1) * 10)) $(((v * 7) % 19 + 1))"
    [ $i -lt 11 ] && echo "$((v * 10)) $(((v + 12) * 10)) $(((v * 11) % 23 + 1))"
  done
done >"$small"
echo "5000 5010 4" >>"$small"

case "$case_name" in
  build)
    run 0 emulator "$g" --eps 0.25 -o "$tmp/a.gr" --stats "$tmp/a.json"
    expect "$tmp/err" "emulator: n = 4253"
    for key in '"n"' '"eps"' '"stars"' '"star_edges"' '"edges"' '"edges_per_vertex"' '"max_degree"' '"build_s"' \
               '"reference_dijkstra_s"' '"build_over_dijkstra"'; do
      expect "$tmp/a.json" "$key"
    done
    expect "$tmp/a.gr" "p sp 4253 "
    edges=$(json_number "$tmp/a.json" edges)
    [ "$(grep -c '^a ' "$tmp/a.gr")" -eq $((2 * edges)) ] || fail "arc count is not twice the edge count"
    run 0 emulator "$g" --eps 0.25 --threads 2 -o "$tmp/b.gr"
    cmp -s "$tmp/a.gr" "$tmp/b.gr" || fail "the emulator differs between 1 and 2 threads"
    run 0 emulator "$small" --eps 0.1 -o "$tmp/s.gr"
    expect "$tmp/s.gr" "c id 1 10"
    expect "$tmp/s.gr" "c id 146 5010"
    ;;
  verify)
    run 0 emulator "$g" --eps 0.25 -o "$tmp/a.gr"
    run 0 verify emulator "$g" "$tmp/a.gr" --eps 0.25 --sources 5 --stats "$tmp/v.json"
    expect "$tmp/err" "verify emulator: OK"
    expect "$tmp/err" "5 sources"
    expect "$tmp/v.json" '"ok": true'
    run 0 emulator "$small" --eps 0.1 -o "$tmp/s.gr"
    run 0 verify emulator "$small" "$tmp/s.gr" --eps 0.1
    expect "$tmp/err" "all pairs"
    expect "$tmp/err" "verify emulator: OK"
    ;;
  broken)
    run 0 emulator "$small" --eps 0.1 -o "$tmp/s.gr"
    awk '$1 == "a" { $4 = 2 * $4 } { print }' "$tmp/s.gr" >"$tmp/double.gr"
    run 2 verify emulator "$small" "$tmp/double.gr" --eps 0.1
    expect "$tmp/err" "FAILED: stretch"
    awk '$1 == "a" { $4 = 1 } { print }' "$tmp/s.gr" >"$tmp/unit.gr"
    run 2 verify emulator "$small" "$tmp/unit.gr" --eps 0.1
    expect "$tmp/err" "FAILED: domination"
    run 0 emulator "$g" --eps 0.25 -o "$tmp/a.gr"
    run 1 verify emulator "$small" "$tmp/a.gr" --eps 0.1
    head -c 2000 "$tmp/s.gr" >"$tmp/trunc.gr"
    run 1 verify emulator "$small" "$tmp/trunc.gr" --eps 0.1
    run 1 verify emulator "$small" "$tmp/s.gr"
    run 1 emulator "$small" -o "$tmp/x.gr"
    run 1 emulator "$small" --eps 0.1 -o "$small"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok ($case_name)"
