#!/usr/bin/env bash
# CLI tests of the decomposition and partition commands:
#   usage: partition_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   partition   partition (cop, net, mpx) + verify partition on airfoil1, with
#               --stats JSON keys; byte-identical output on a rerun; --max-hop
#               above the measured hop constant passes, below it exits 2
#   cop         cop + verify cop on 3elt; a damaged tree file is rejected
#   reject      a cluster file with a disconnected cluster: verify exits 2
#               with the counterexample; bad flags exit 1
#   minor       a K6 promised to be K5-minor-free: cop exits 2 naming the minor
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

case "$case_name" in
  partition)
    g="$src/datasets/airfoil1/airfoil1.graph"
    for m in cop net mpx; do
      run 0 partition "$g" --eps 0.25 --r 5 --method "$m" -o "$tmp/c_$m.txt" --stats "$tmp/s_$m.json"
      run 0 verify partition "$g" "$tmp/c_$m.txt" --eps 0.25 --stats "$tmp/v_$m.json"
      expect "$tmp/err" "verify partition: OK"
      for key in '"n"' '"m"' '"eps"' '"D"' '"D_kind"' '"clusters"' '"max_strong_diameter"' \
                 '"max_strong_diameter_over_eps_D"' '"hop_constant_max"' '"hop_constant_p99"' \
                 '"hop_constant_mean"' '"pairs_checked"' '"time_s"' '"reference_dijkstra_s"'; do
        expect "$tmp/s_$m.json" "$key"
      done
      [ "$(wc -l < "$tmp/c_$m.txt")" -eq 4253 ] || fail "expected 4253 lines in the $m cluster file"
    done
    expect "$tmp/s_cop.json" '"supernodes"'
    expect "$tmp/s_cop.json" '"max_seen"'
    # --max-hop: a bound just above the measured hop constant holds; half of
    # it fails (exit 2) naming a pair, its distance and its hops.
    h=$(json_number "$tmp/v_cop.json" hop_constant_max)
    awk -v h="$h" 'BEGIN { exit !(h >= 1) }' || fail "hop constant $h below 1"
    above=$(awk -v h="$h" 'BEGIN { printf "%.6f", h + 0.001 }')
    below=$(awk -v h="$h" 'BEGIN { printf "%.6f", h / 2 }')
    run 0 verify partition "$g" "$tmp/c_cop.txt" --eps 0.25 --max-hop "$above"
    expect "$tmp/err" "verify partition: OK"
    run 2 verify partition "$g" "$tmp/c_cop.txt" --eps 0.25 --max-hop "$below"
    expect "$tmp/err" "hop bound violated: vertices"
    expect "$tmp/err" "cluster hops along their shortest path"
    run 1 verify partition "$g" "$tmp/c_cop.txt" --eps 0.25 --max-hop -1
    run 0 partition "$g" --eps 0.25 --r 5 -o "$tmp/again.txt"
    cmp -s "$tmp/c_cop.txt" "$tmp/again.txt" || fail "partition output differs between two runs"
    ;;
  cop)
    g="$src/datasets/3elt/3elt.grf.gz"
    run 0 cop "$g" --radius 20 --r 5 -o "$tmp/s.txt" --stats "$tmp/s.json"
    [ -s "$tmp/s.txt.tree" ] || fail "no partition tree file"
    run 0 verify cop "$g" "$tmp/s.txt" --radius 20 --r 5
    expect "$tmp/err" "verify cop: OK"
    # A smaller radius than the one built with must fail the radius check.
    run 2 verify cop "$g" "$tmp/s.txt" --radius 2 --r 5
    expect "$tmp/err" "FAILED"
    # A damaged tree file is an input error with file:line.
    sed '3s/^s /x /' "$tmp/s.txt.tree" > "$tmp/bad.tree" && cp "$tmp/bad.tree" "$tmp/s.txt.tree"
    run 1 verify cop "$g" "$tmp/s.txt" --radius 20 --r 5
    expect "$tmp/err" "s.txt.tree:3:"
    ;;
  reject)
    # 0-1-2-3 path; clusters {1,3} and {2,4}: both disconnected.
    printf 'p sp 4 6\na 1 2 1\na 2 1 1\na 2 3 1\na 3 2 1\na 3 4 1\na 4 3 1\n' > "$tmp/p.gr"
    printf '1 0\n2 1\n3 0\n4 1\n' > "$tmp/c.txt"
    run 2 verify partition "$tmp/p.gr" "$tmp/c.txt" --eps 1
    expect "$tmp/err" "not connected"
    printf '1 0\n2 0\n3 1\n' > "$tmp/short.txt"
    run 1 verify partition "$tmp/p.gr" "$tmp/short.txt" --eps 1
    run 1 partition "$tmp/p.gr" --eps 2 -o "$tmp/x.txt"
    run 1 partition "$tmp/p.gr" --eps 0.5 --method nope -o "$tmp/x.txt"
    run 1 partition "$tmp/p.gr" --eps 0.5
    expect "$tmp/err" "missing required flag"
    ;;
  minor)
    {
      echo "p sp 6 30"
      for u in 1 2 3 4 5 6; do for v in 1 2 3 4 5 6; do [ "$u" != "$v" ] && echo "a $u $v 1"; done; done
    } > "$tmp/k6.gr"
    run 2 cop "$tmp/k6.gr" --radius 2 --r 5 -o "$tmp/s.txt"
    expect "$tmp/err" "NOT K_5-minor-free"
    ;;
  *)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac
exit 0
