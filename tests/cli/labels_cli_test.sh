#!/usr/bin/env bash
# CLI tests of the distance labels:
#   usage: labels_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   build   labels on airfoil1 with --stats; identical files for 1 and 2
#           threads
#   query   one pair, a stream on stdin (ids of the input file), the same
#           answers as the oracle, unknown ids and malformed lines, "inf"
#           across components
#   verify  verify labels (sampled on airfoil1, all pairs on a small graph)
#   broken  truncated and corrupted files, another graph's labels, a bound
#           the labels do not meet, bad flags
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
    run 0 labels "$g" --eps 0.25 -o "$tmp/a.bin" --stats "$tmp/a.json"
    expect "$tmp/err" "labels: n = 4253"
    for key in '"n"' '"eps"' '"stars"' '"entries"' '"mean_label_bits"' '"max_label_bits"' '"mean_label_words"' \
               '"build_s"' '"reference_dijkstra_s"' '"build_over_dijkstra"'; do
      expect "$tmp/a.json" "$key"
    done
    head -c 8 "$tmp/a.bin" | grep -q SCLABELS || fail "no magic"
    run 0 labels "$g" --eps 0.25 --threads 2 -o "$tmp/b.bin"
    cmp -s "$tmp/a.bin" "$tmp/b.bin" || fail "the labels differ between 1 and 2 threads"
    ;;
  query)
    run 0 labels "$small" --eps 0.1 -o "$tmp/s.bin"
    run 0 oracle build "$small" --eps 0.1 --profile fast -o "$tmp/s.idx"   # the labels keep 16-bit codes
    run 0 labels query "$tmp/s.bin" 1 225
    read -r a b d <"$tmp/out"
    [ "$a" = 1 ] && [ "$b" = 225 ] && [ "$d" -gt 0 ] || fail "bad single answer"
    printf '1 225\n# a comment\n\n  17 40  \n1000 1001\n1 1000\n3 3\n' >"$tmp/pairs"
    run_stdin 0 "$tmp/pairs" labels query "$tmp/s.bin"
    [ "$(wc -l <"$tmp/out")" -eq 5 ] || fail "expected 5 answers"
    expect "$tmp/out" "1 225 $d"
    expect "$tmp/out" "1000 1001 4"
    expect "$tmp/out" "1 1000 inf"
    expect "$tmp/out" "3 3 0"
    cp "$tmp/out" "$tmp/labels.out"
    run_stdin 0 "$tmp/pairs" oracle query "$tmp/s.idx"
    cmp -s "$tmp/out" "$tmp/labels.out" || fail "labels and oracle answer differently"
    printf '1 2\n5 99999\n3 x\n7\n2 3\n' >"$tmp/bad"
    run_stdin 1 "$tmp/bad" labels query "$tmp/s.bin"
    expect "$tmp/err" "stdin:2: unknown vertex id 99999"
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "the good lines are still answered"
    run 1 labels query "$tmp/s.bin" 1
    ;;
  verify)
    run 0 labels "$g" --eps 0.25 -o "$tmp/a.bin"
    run 0 verify labels "$g" "$tmp/a.bin" --pairs 20000 --sources 2 --stats "$tmp/v.json"
    expect "$tmp/err" "verify labels: OK"
    expect "$tmp/v.json" '"ok": true'
    run 0 labels "$small" --eps 0.1 -o "$tmp/s.bin"
    run 0 verify labels "$small" "$tmp/s.bin"
    expect "$tmp/err" "all pairs"
    expect "$tmp/err" "verify labels: OK"
    ;;
  broken)
    run 0 labels "$small" --eps 0.5 -o "$tmp/s.bin"
    head -c 300 "$tmp/s.bin" >"$tmp/trunc.bin"
    run 1 labels query "$tmp/trunc.bin" 1 2
    expect "$tmp/err" "truncated"
    cp "$tmp/s.bin" "$tmp/flip.bin"
    printf '\x77' | dd of="$tmp/flip.bin" bs=1 seek=2000 conv=notrunc status=none
    run 1 labels query "$tmp/flip.bin" 1 2
    expect "$tmp/err" "corrupted"
    run 1 verify labels "$g" "$tmp/s.bin"
    expect "$tmp/err" "another graph"
    run 2 verify labels "$small" "$tmp/s.bin" --eps 0.01
    expect "$tmp/err" "FAILED: stretch above"
    run 1 labels "$small" -o "$tmp/x.bin"
    run 1 labels "$small" --eps 0.1 -o "$small"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok ($case_name)"
