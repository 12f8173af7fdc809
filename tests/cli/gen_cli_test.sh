#!/usr/bin/env bash
# gen_cli_test.sh SHORTCUT CASE: one case of the `shortcut gen` / `shortcut
# verify class` CLI tests (see tests/gen_cli.cmake).
set -euo pipefail
bin=$1
case_name=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect CODE CMD...: runs CMD, checks its exit code, keeps its stdout.
expect() {
  local want=$1; shift
  local got=0
  "$@" >"$dir/out" 2>"$dir/err" || got=$?
  [ "$got" -eq "$want" ] || { cat "$dir/out" "$dir/err" >&2; fail "exit $got, want $want: $*"; }
}

case "$case_name" in
  files)
    expect 0 "$bin" gen delaunay --n 500 --seed 3 -o "$dir/d.gr"
    grep -q '^p sp 500 ' "$dir/d.gr" || fail "no problem line"
    grep -q '^p aux sp co 500$' "$dir/d.co" || fail "no coordinates"
    expect 0 "$bin" gen ktree --n 100 --k 3 -o "$dir/k.gr"
    grep -q '^s td 97 4 100$' "$dir/k.td" || fail "no tree decomposition"
    expect 0 "$bin" gen cxkr-tree --n 31 -o "$dir/c.gr"
    [ "$(grep -vc '^#' "$dir/c.terminals")" -eq 16 ] || fail "terminals"
    expect 0 "$bin" gen apex --n 50 -o "$dir/a"
    [ -f "$dir/a" ] && [ -f "$dir/a.apex" ] && [ -f "$dir/a.co" ] || fail "apex files"
    expect 0 "$bin" gen clique-sum --n 200 -o "$dir/s.gr"
    [ -f "$dir/s.pieces.td" ] || fail "pieces"
    expect 0 "$bin" gen list
    grep -q '^cxkr-tree' "$dir/out" || fail "gen list"
    ;;
  determinism)
    expect 0 "$bin" gen planar --n 400 --seed 9 --weights uniform:1:50 -o "$dir/a.gr"
    expect 0 "$bin" gen planar --n 400 --seed 9 --weights uniform:1:50 -o "$dir/b.gr"
    cmp -s "$dir/a.gr" "$dir/b.gr" || fail ".gr differs for the same seed"
    cmp -s "$dir/a.co" "$dir/b.co" || fail ".co differs for the same seed"
    expect 0 "$bin" gen planar --n 400 --seed 10 --weights uniform:1:50 -o "$dir/c.gr"
    ! cmp -s "$dir/a.gr" "$dir/c.gr" || fail "different seeds gave the same graph"
    ;;
  certified)
    expect 0 "$bin" gen series-parallel --n 300 --seed 2 -o "$dir/sp.gr"
    expect 0 "$bin" verify class "$dir/sp.gr" --planar --treewidth 2 --no-minor 4 --tree-decomposition "$dir/sp.td"
    grep -q 'no K4 minor: CERTIFIED' "$dir/out" || fail "K4"
    grep -q 'tree decomposition .*: VALID, width 2' "$dir/out" || fail "td"
    expect 0 "$bin" gen apex --n 200 --p 1 -o "$dir/a.gr"
    expect 0 "$bin" verify class "$dir/a.gr" --no-minor 6
    grep -q 'CERTIFIED: removing vertex 200' "$dir/out" || fail "apex"
    expect 0 "$bin" gen partial-ktree --n 300 --k 5 -o "$dir/p.gr"
    expect 0 "$bin" verify class "$dir/p.gr" --no-minor 7 --write-td "$dir/best.td"
    expect 0 "$bin" verify class "$dir/p.gr" --tree-decomposition "$dir/best.td"
    # Written decompositions read back whatever the graph's ids: 0-based and
    # sparse edge lists too.
    printf '0 1\n1 2\n2 0\n2 3\n' >"$dir/zero.txt"
    printf '1 5\n5 9\n9 1\n9 20\n' >"$dir/sparse.txt"
    for g in zero sparse; do
      expect 0 "$bin" verify class "$dir/$g.txt" --write-td "$dir/$g.td"
      expect 0 "$bin" verify class "$dir/$g.txt" --tree-decomposition "$dir/$g.td" --treewidth 2
      grep -q 'tree decomposition .*: VALID, width 2' "$dir/out" || fail "$g td round trip"
    done
    ;;
  refuted)
    expect 0 "$bin" gen torus --rows 5 --cols 5 -o "$dir/t.gr"
    expect 2 "$bin" verify class "$dir/t.gr" --planar
    grep -q 'planar: REFUTED: Kuratowski subgraph .*checked' "$dir/out" || fail "Kuratowski"
    expect 2 "$bin" verify class "$dir/t.gr" --no-minor 5
    grep -q 'branch set 5:' "$dir/out" || fail "K5 witness"
    expect 0 "$bin" gen ktree --n 100 --k 3 -o "$dir/k.gr"
    expect 2 "$bin" verify class "$dir/k.gr" --treewidth 2
    grep -q 'REFUTED: K4 minor' "$dir/out" || fail "treewidth witness"
    # A decomposition that misses an edge is invalid.
    sed -i '/^b 1 /s/ [0-9]*$//' "$dir/k.td"
    expect 2 "$bin" verify class "$dir/k.gr" --tree-decomposition "$dir/k.td"
    grep -q 'INVALID' "$dir/out" || fail "invalid td"
    ;;
  usage)
    expect 1 "$bin" gen nosuchfamily --n 10 -o "$dir/x.gr"
    expect 1 "$bin" gen tree --n 10 --weights euclidean -o "$dir/x.gr"
    expect 1 "$bin" gen grid --n 10
    expect 1 "$bin" verify class "$dir/missing.gr" --planar
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "ok: $case_name"
