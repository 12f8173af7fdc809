#!/usr/bin/env bash
# CLI tests of the tree cover and the distance oracle:
#   usage: oracle_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   build      oracle build on airfoil1 with --stats; byte-identical index for
#              1 and 2 threads and on a rerun
#   query      one pair, a stream on stdin (ids of the input file), unknown
#              ids and malformed lines (error lines, exit 1, the rest answered),
#              "inf" across components
#   verify     verify oracle (sampled on airfoil1, all pairs on a small grid)
#   reject     truncated, corrupted, missing and mismatched indices; bad flags
#   treecover  treecover --verify writes one 't' line per star
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

g="$src/datasets/airfoil1/airfoil1.graph"
# A weighted 15x15 grid as an edge list with 1-based ids, plus a separate
# edge 1000-1001 (a second component).
small="$tmp/small.txt"
for ((i = 0; i < 15; i++)); do
  for ((j = 0; j < 15; j++)); do
    v=$((i * 15 + j + 1))
    [ $j -lt 14 ] && echo "$v $((v + 1)) $(((v * 7) % 19 + 1))"
    [ $i -lt 14 ] && echo "$v $((v + 15)) $(((v * 11) % 23 + 1))"
  done
done >"$small"
echo "1000 1001 4" >>"$small"

case "$case_name" in
  build)
    run 0 oracle build "$g" --eps 0.25 -o "$tmp/a.idx" --stats "$tmp/a.json"
    expect "$tmp/err" "oracle build: n = 4253"
    for key in '"n"' '"eps"' '"stars"' '"entries"' '"entries_per_vertex"' '"max_overlap"' '"index_bytes"' \
               '"index_bytes_per_vertex"' '"tree_depth"' '"build_s"' '"reference_dijkstra_s"' \
               '"build_over_dijkstra"' '"scales"' '"forests"'; do
      expect "$tmp/a.json" "$key"
    done
    run 0 oracle build "$g" --eps 0.25 --threads 2 -o "$tmp/b.idx"
    cmp -s "$tmp/a.idx" "$tmp/b.idx" || fail "the index differs between 1 and 2 threads"
    run 0 oracle build "$g" --eps 0.25 -o "$tmp/c.idx"
    cmp -s "$tmp/a.idx" "$tmp/c.idx" || fail "the index differs between two runs"
    run 0 oracle build "$g" --eps 0.5 -o "$tmp/d.idx"
    cmp -s "$tmp/a.idx" "$tmp/d.idx" && fail "eps 0.5 gave the same index as eps 0.25"
    ;;
  query)
    run 0 oracle build "$small" --eps 0.1 -o "$tmp/s.idx"
    run 0 oracle query "$tmp/s.idx" 1 225
    read -r a b d <"$tmp/out"
    [ "$a" = 1 ] && [ "$b" = 225 ] && [ "$d" -gt 0 ] || fail "bad single answer"
    printf '1 225\n# a comment\n\n  17 40  \n1000 1001\n1 1000\n' >"$tmp/pairs"
    run_stdin 0 "$tmp/pairs" oracle query "$tmp/s.idx"
    [ "$(wc -l <"$tmp/out")" -eq 4 ] || fail "expected 4 answers"
    expect "$tmp/out" "1 225 $d"
    expect "$tmp/out" "1000 1001 4"
    expect "$tmp/out" "1 1000 inf"
    printf '1 2\n5 99999\n3 x\n7\n2 3\n' >"$tmp/bad"
    run_stdin 1 "$tmp/bad" oracle query "$tmp/s.idx"
    expect "$tmp/err" "stdin:2: unknown vertex id 99999"
    expect "$tmp/err" "stdin:3: 'x' is not a vertex id"
    expect "$tmp/err" "stdin:4: expected two vertex ids"
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "the good lines must still be answered"
    expect "$tmp/out" "2 3 "
    run 1 oracle query "$tmp/s.idx" 1 424242
    expect "$tmp/err" "unknown vertex id 424242"
    ;;
  verify)
    run 0 oracle build "$g" --eps 0.25 -o "$tmp/a.idx"
    run 0 verify oracle "$g" "$tmp/a.idx" --pairs 20000 --sources 2 --stats "$tmp/v.json"
    expect "$tmp/err" "verify oracle: OK"
    for key in '"pairs_checked"' '"max_stretch"' '"p99_stretch"' '"mean_stretch"' '"worst_u"' '"ok"'; do
      expect "$tmp/v.json" "$key"
    done
    run 0 oracle build "$small" --eps 0.5 -o "$tmp/s.idx"
    run 0 verify oracle "$small" "$tmp/s.idx" --all --threads 2
    expect "$tmp/err" "all pairs"
    expect "$tmp/err" "verify oracle: OK"
    # A stricter bound than the one built for is violated somewhere.
    run 2 verify oracle "$small" "$tmp/s.idx" --all --eps 0.001
    expect "$tmp/err" "FAILED: stretch above"
    ;;
  reject)
    run 0 oracle build "$small" --eps 0.25 -o "$tmp/s.idx"
    head -c 300 "$tmp/s.idx" >"$tmp/trunc.idx"
    run 1 oracle query "$tmp/trunc.idx" 1 2
    expect "$tmp/err" "truncated"
    cp "$tmp/s.idx" "$tmp/bad.idx"
    printf '\x7f' | dd of="$tmp/bad.idx" bs=1 seek=400 conv=notrunc 2>/dev/null
    run 1 oracle query "$tmp/bad.idx" 1 2
    expect "$tmp/err" "corrupted"
    run 1 oracle query "$g" 1 2
    expect "$tmp/err" "bad magic"
    run 1 oracle query "$tmp/missing.idx" 1 2
    run 1 verify oracle "$g" "$tmp/s.idx"
    expect "$tmp/err" "vertices"
    run 1 oracle build "$small" --eps 0 -o "$tmp/x.idx"
    expect "$tmp/err" "epsilon"
    run 1 oracle build "$small" -o "$tmp/x.idx"
    run 1 oracle query "$tmp/s.idx" 1
    ;;
  treecover)
    run 0 treecover "$small" --eps 0.25 -o "$tmp/c.txt" --stats "$tmp/c.json" --verify
    expect "$tmp/err" "treecover: verified"
    expect "$tmp/c.txt" "p cover 227 "
    stars=$(awk '/^p cover/ {print $4}' "$tmp/c.txt")
    [ "$(grep -c '^t ' "$tmp/c.txt")" -eq "$stars" ] || fail "expected $stars star lines"
    expect "$tmp/c.json" '"forests_packed"'
    expect "$tmp/c.json" '"verified": true'
    run 0 treecover "$small" --eps 0.25 -o "$tmp/d.txt" --threads 3
    cmp -s "$tmp/c.txt" "$tmp/d.txt" || fail "the cover differs between 1 and 3 threads"
    ;;
  *)
    fail "unknown case"
    ;;
esac
exit 0
