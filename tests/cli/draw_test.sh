#!/usr/bin/env bash
# CLI test of `shortcut draw`: usage draw_test.sh SHORTCUT_BINARY CASE
#   clusters    a 4x4 grid with coordinates and a cluster file: an SVG with
#               one filled region per cluster, byte-identical on a rerun
#   supernodes  `shortcut cop` then draw --supernodes: skeleton paths and
#               root rings from FILE.tree
#   spr         an SPR map '<vertex> <terminal>': terminals drawn as rings
#   png         a .png output name through rsvg-convert (skipped, exit 77,
#               when rsvg-convert is not installed)
#   nocoords    a graph without coordinates: exit 1 and a clear message
#   usage       two modes at once, a bad output name: exit 1
set -uo pipefail
bin=$1
case_name=$2
source "$(dirname "$0")/cli_lib.sh"

# A 4x4 grid, vertices 1..16 row by row, unit weights, with coordinates.
{
  echo "p sp 16 48"
  for r in 0 1 2 3; do
    for c in 0 1 2 3; do
      v=$((4 * r + c + 1))
      if [ "$c" -lt 3 ]; then echo "a $v $((v + 1)) 1"; echo "a $((v + 1)) $v 1"; fi
      if [ "$r" -lt 3 ]; then echo "a $v $((v + 4)) 1"; echo "a $((v + 4)) $v 1"; fi
    done
  done
} >"$tmp/grid.gr"
{
  echo "p aux sp co 16"
  for r in 0 1 2 3; do
    for c in 0 1 2 3; do echo "v $((4 * r + c + 1)) $c $r"; done
  done
} >"$tmp/grid.co"
# Two clusters: the left two columns and the right two columns.
for r in 0 1 2 3; do
  for c in 0 1 2 3; do echo "$((4 * r + c + 1)) $((c / 2))"; done
done >"$tmp/clusters.txt"

case "$case_name" in
  clusters)
    run 0 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" -o "$tmp/a.svg" --stats "$tmp/s.json"
    head -c 5 "$tmp/a.svg" | grep -q '<svg' || fail "output does not start with <svg"
    expect_in "$tmp/a.svg" '</svg>'
    expect_in "$tmp/a.svg" 'fill="#4e79a7"'
    expect_in "$tmp/a.svg" 'fill="#f28e2b"'
    expect_in "$tmp/s.json" '"labels": 2'
    expect_in "$tmp/s.json" '"boundary_edges": 4'
    expect_in "$tmp/s.json" '"fill": "cells"'
    run 0 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" -o "$tmp/b.svg"
    cmp -s "$tmp/a.svg" "$tmp/b.svg" || fail "two runs gave different files"
    run 0 draw "$tmp/grid.gr" -o "$tmp/plain.svg" --stats "$tmp/p.json"
    expect_in "$tmp/p.json" '"mode": "graph"'
    ;;
  supernodes)
    run 0 cop "$tmp/grid.gr" --radius 2 --r 5 -o "$tmp/sn.txt"
    [ -s "$tmp/sn.txt.tree" ] || fail "cop wrote no .tree file"
    run 0 draw "$tmp/grid.gr" --supernodes "$tmp/sn.txt" -o "$tmp/sn.svg" --stats "$tmp/s.json"
    expect_in "$tmp/sn.svg" '<circle '
    expect_in "$tmp/s.json" '"mode": "supernodes"'
    python3 - "$tmp/s.json" "$tmp/sn.txt.tree" <<'PY' || fail "skeleton counts disagree with the .tree file"
import json, sys
s = json.load(open(sys.argv[1]))
lines = [l.split() for l in open(sys.argv[2]) if l.startswith("s ")]
roots = len(lines)
edges = sum(int(l[3]) - 1 for l in lines)
assert s["marked_vertices"] == roots, (s, roots)
assert s["skeleton_edges"] == edges, (s, edges)
PY
    ;;
  spr)
    # Terminals 1 and 16; every vertex maps to the nearer one (row + column < 3).
    for r in 0 1 2 3; do
      for c in 0 1 2 3; do
        if [ $((r + c)) -lt 3 ]; then t=1; else t=16; fi
        echo "$((4 * r + c + 1)) $t"
      done
    done >"$tmp/map.txt"
    run 0 draw "$tmp/grid.gr" --spr "$tmp/map.txt" -o "$tmp/spr.svg" --stats "$tmp/s.json"
    expect_in "$tmp/s.json" '"mode": "spr"'
    expect_in "$tmp/s.json" '"marked_vertices": 2'
    [ "$(grep -o '<circle ' "$tmp/spr.svg" | wc -l)" -eq 2 ] || fail "expected two terminal rings"
    ;;
  png)
    command -v rsvg-convert >/dev/null || { echo "rsvg-convert not installed: skipped"; exit 77; }
    run 0 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" -o "$tmp/a.png"
    head -c 8 "$tmp/a.png" | od -An -c | grep -q 'P   N   G' || fail "a.png is not a PNG file"
    [ ! -e "$tmp/a.png.tmp.svg" ] || fail "temporary SVG left behind"
    run 0 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" -o "$tmp/b.svg" --png
    [ -s "$tmp/b.svg" ] && [ -s "$tmp/b.png" ] || fail "--png should write both b.svg and b.png"
    ;;
  nocoords)
    rm "$tmp/grid.co"
    run 1 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" -o "$tmp/a.svg"
    expect_in "$tmp/err" "has no vertex coordinates"
    [ ! -e "$tmp/a.svg" ] || fail "no picture may be written"
    ;;
  usage)
    run 1 draw "$tmp/grid.gr" --clusters "$tmp/clusters.txt" --spr "$tmp/clusters.txt" -o "$tmp/a.svg"
    expect_in "$tmp/err" "at most one of"
    run 1 draw "$tmp/grid.gr" -o "$tmp/a.pdf"
    expect_in "$tmp/err" "must end in .svg or .png"
    run 1 draw "$tmp/missing.gr" -o "$tmp/a.svg"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok ($case_name)"
