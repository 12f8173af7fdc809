#!/usr/bin/env bash
# Product formats read from hostile files cost memory in proportion to the
# graph, never to a number or a device in the file (docs/conventions.md,
# "Limits"):
#   cop   a supernode label file naming supernode 4000000000 (a one-line
#         edit) is refused with a message, not sized by it; a .tree that is
#         /dev/zero fails quickly at the reader's bound
#   spr   /dev/zero as the SPR minor fails quickly at a bound set by the
#         graph (128 bytes a line for 2m arcs and n comments, + 1 MiB)
#   td    a .td declaring 10^9 bags with one bag line is a missing bag, not
#         a 24 GB allocation; /dev/zero as a .td fails at the line bound
# Runs under `ulimit -v` so that a regression fails instead of exhausting the
# machine (skipped for a binary that cannot start under it, e.g. ASan's).
#   usage: hostile_formats_test.sh SHORTCUT_BINARY CASE
set -uo pipefail
bin=$1
case_name=$2
source "$(dirname "$0")/cli_lib.sh"

g="$tmp/g.gr"
run 0 gen grid --rows 8 --cols 8 --seed 2 -o "$g"
case "$case_name" in
  cop)
    run 0 cop "$g" --radius 3 -r 5 -o "$tmp/s.txt"
    run 0 verify cop "$g" "$tmp/s.txt" --radius 3 --r 5
    # One supernode id raised to 4e9 (labels may go to 2^32 - 1).
    sed '1s/ [0-9]*$/ 4000000000/' "$tmp/s.txt" >"$tmp/big.txt"
    cp "$tmp/s.txt.tree" "$tmp/big.txt.tree"
    run_capped 1 verify cop "$g" "$tmp/big.txt" --radius 3 --r 5
    expect "$tmp/err" "has supernode 4000000000, but 64 vertices have at most 64 supernodes"
    # A .tree without end.
    cp "$tmp/s.txt" "$tmp/z.txt"
    ln -s /dev/zero "$tmp/z.txt.tree"
    run_capped 3 verify cop "$g" "$tmp/z.txt" --radius 3 --r 5
    expect "$tmp/err" "longer than the limit"
    ;;
  spr)
    run 0 terminals "$g" --fraction 0.25 -o "$tmp/t.txt"
    run 0 spr "$g" --terminals "$tmp/t.txt" -o "$tmp/m.gr" --map "$tmp/map.txt"
    run_capped 0 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt"
    run_capped 3 verify spr "$g" --terminals "$tmp/t.txt" /dev/zero "$tmp/map.txt"
    expect "$tmp/err" "/dev/zero: longer than the limit of"
    ;;
  td)
    printf 'c\ns td 1000000000 3 9\nb 1 1\n' >"$tmp/big.td"
    run_capped 1 verify class "$g" --tree-decomposition "$tmp/big.td"
    expect "$tmp/err" "big.td: bag 2 is missing"
    run_capped 1 verify class "$g" --tree-decomposition /dev/zero
    expect "$tmp/err" "/dev/zero:1: line longer than"
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "hostile formats $case_name: ok"
