#!/usr/bin/env bash
# CLI tests of --cover (portal | partition) on treecover and oracle build:
#   usage: cover_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   flags      --cover partition on treecover --verify (all pairs of a small
#              grid) and oracle build + verify oracle --all; the same index for
#              1 and 2 threads; --cover portal is the default; the partition
#              cover's scale ratio defaults to 4 unless given; a bad --cover
#              exits 1; --help names both covers
#   DATASET    oracle build --cover partition on the bundled dataset, then
#              verify oracle (sampled pairs) passes; the datasets under 20,000
#              vertices are registered (tests/cover_cli.cmake), the two road
#              networks above 100,000 run in the benchmark harness only
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

small="$tmp/small.txt"
for ((i = 0; i < 12; i++)); do
  for ((j = 0; j < 12; j++)); do
    v=$((i * 12 + j + 1))
    [ $j -lt 11 ] && echo "$v $((v + 1)) $(((v * 7) % 19 + 1))"
    [ $i -lt 11 ] && echo "$v $((v + 12)) $(((v * 11) % 23 + 1))"
  done
done >"$small"

case "$case_name" in
  flags)
    run 0 treecover "$small" --eps 0.25 --cover partition --verify -o "$tmp/p.cover" --stats "$tmp/p.json"
    expect "$tmp/err" "treecover: verified"
    expect "$tmp/p.json" '"clusters"'
    expect "$tmp/p.json" '"max_cluster_radius_ratio"'
    expect "$tmp/p.json" '"scale_ratio": 4'
    run 0 treecover "$small" --eps 0.25 --cover partition --scale-ratio 1.5 -o "$tmp/p2.cover" --stats "$tmp/p2.json"
    expect "$tmp/p2.json" '"scale_ratio": 1.5'
    run 0 treecover "$small" --eps 0.25 -o "$tmp/d.cover"
    run 0 treecover "$small" --eps 0.25 --cover portal -o "$tmp/q.cover"
    cmp -s "$tmp/d.cover" "$tmp/q.cover" || fail "--cover portal differs from the default"
    cmp -s "$tmp/d.cover" "$tmp/p.cover" && fail "the partition cover equals the portal cover"
    run 0 oracle build "$small" --eps 0.25 --cover partition -o "$tmp/a.idx"
    run 0 oracle build "$small" --eps 0.25 --cover partition --threads 2 -o "$tmp/b.idx"
    cmp -s "$tmp/a.idx" "$tmp/b.idx" || fail "the partition index differs between 1 and 2 threads"
    run 0 verify oracle "$small" "$tmp/a.idx" --all
    expect "$tmp/err" "verify oracle: OK"
    run 1 treecover "$small" --eps 0.25 --cover paper -o "$tmp/x.cover"
    expect "$tmp/err" "portal or partition"
    run 1 oracle build "$small" --eps 0.25 --cover "" -o "$tmp/x.idx"
    [ -e "$tmp/x.idx" ] && fail "a refused build wrote an index"
    run 0 oracle build --help
    expect "$tmp/out" "--cover"
    expect "$tmp/out" "partition"
    ;;
  *)
    g=$(find "$src/datasets/$case_name" -maxdepth 1 -type f ! -name '*.md' ! -name '*.xyz*' ! -name '*.co' | head -1)
    [ -n "$g" ] || fail "no graph file under datasets/$case_name"
    run 0 oracle build "$g" --eps 0.25 --cover partition -o "$tmp/g.idx" --stats "$tmp/g.json"
    run 0 verify oracle "$g" "$tmp/g.idx" --pairs 20000 --sources 2
    expect "$tmp/err" "verify oracle: OK"
    ;;
esac
exit 0
