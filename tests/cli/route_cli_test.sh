#!/usr/bin/env bash
# CLI tests of the compact routing scheme:
#   usage: route_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   build   route build on airfoil1 with --stats; identical files for 1 and 2
#           threads
#   route   the printed path starts at U, ends at V, follows edges of the
#           graph (ids of the input file); U = V; across components; unknown
#           ids
#   verify  verify route (sampled on airfoil1, all pairs on a small graph)
#   broken  truncated and corrupted files, another graph, a bound the
#           scheme does not meet, bad flags
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
    run 0 route build "$g" --eps 0.25 -o "$tmp/a.bin" --stats "$tmp/a.json"
    expect "$tmp/err" "route build: n = 4253"
    for key in '"n"' '"eps"' '"stars"' '"mean_table_bits"' '"max_table_bits"' '"mean_header_bits"' \
               '"max_header_bits"' '"max_packet_bits"' '"build_s"' '"build_over_dijkstra"'; do
      expect "$tmp/a.json" "$key"
    done
    run 0 route build "$g" --eps 0.25 --threads 2 -o "$tmp/b.bin"
    cmp -s "$tmp/a.bin" "$tmp/b.bin" || fail "the scheme differs between 1 and 2 threads"
    ;;
  route)
    run 0 route build "$small" --eps 0.1 -o "$tmp/s.bin"
    run 0 route "$small" "$tmp/s.bin" 10 1440
    read -r -a path <"$tmp/out"
    [ "${path[0]}" = 10 ] && [ "${path[${#path[@]} - 1]}" = 1440 ] || fail "the path does not run from 10 to 1440"
    # Every hop is an edge of the input.
    for ((i = 1; i < ${#path[@]}; i++)); do
      a=${path[i - 1]} b=${path[i]}
      grep -qE "^($a $b|$b $a) " "$small" || fail "hop $a -> $b is not an edge"
    done
    expect "$tmp/err" "route: $((${#path[@]} - 1)) hops"
    run 0 route "$small" "$tmp/s.bin" 30 30
    [ "$(cat "$tmp/out")" = 30 ] || fail "a route from a vertex to itself is the vertex"
    run 0 route "$small" "$tmp/s.bin" 5000 5010
    [ "$(cat "$tmp/out")" = "5000 5010" ] || fail "bad route in the second component"
    run 1 route "$small" "$tmp/s.bin" 10 5000
    expect "$tmp/err" "different components"
    run 1 route "$small" "$tmp/s.bin" 10 11
    expect "$tmp/err" "unknown vertex id 11"
    run 1 route "$small" "$tmp/s.bin" 10 x
    ;;
  verify)
    run 0 route build "$g" --eps 0.25 -o "$tmp/a.bin"
    run 0 verify route "$g" "$tmp/a.bin" --sources 3 --stats "$tmp/v.json"
    expect "$tmp/err" "verify route: OK"
    expect "$tmp/err" "3 sources"
    expect "$tmp/v.json" '"ok": true'
    run 0 route build "$small" --eps 0.1 -o "$tmp/s.bin"
    run 0 verify route "$small" "$tmp/s.bin"
    expect "$tmp/err" "all pairs"
    expect "$tmp/err" "verify route: OK"
    ;;
  broken)
    run 0 route build "$small" --eps 0.5 -o "$tmp/s.bin"
    head -c 500 "$tmp/s.bin" >"$tmp/trunc.bin"
    run 1 route "$small" "$tmp/trunc.bin" 10 20
    expect "$tmp/err" "truncated"
    cp "$tmp/s.bin" "$tmp/flip.bin"
    printf '\x77' | dd of="$tmp/flip.bin" bs=1 seek=3000 conv=notrunc status=none
    run 1 verify route "$small" "$tmp/flip.bin"
    expect "$tmp/err" "corrupted"
    run 1 verify route "$g" "$tmp/s.bin"
    expect "$tmp/err" "another graph"
    run 2 verify route "$small" "$tmp/s.bin" --eps 0.01
    expect "$tmp/err" "FAILED: route from"
    run 1 route build "$small" -o "$tmp/x.bin"
    run 1 route build "$small" --eps 0.1 -o "$small"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok ($case_name)"
