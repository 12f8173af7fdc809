#!/usr/bin/env bash
# CLI tests of Steiner point removal: terminals -> spr -> verify spr.
#   usage: spr_cli_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   pipeline  airfoil1 (METIS, 1-based), 5% terminals: every general method
#             passes `verify spr`; --stats JSON keys; byte-identical reruns
#   tree      a small weighted tree (DIMACS): auto picks gupta, distortion <= 8,
#             enforced with --max-distortion 8; a bound below it exits 2
#   offbase   a 0-based edge list: MINOR.gr names vertices by position, MAP.txt
#             by the file's ids, and both verify
#   reject    broken map, broken weight, non-touching edge: verify exits 2
#             with the counterexample; malformed files exit 1 with FILE:LINE
#   usage     bad flags and bad terminal files exit 1 with a clear message
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

# A weighted tree on 9 vertices (DIMACS, 1-based):
#            1
#          /   \
#        2       3
#       / \     / \
#      4   5   6   7
#     / \
#    8   9
tree_file() {
  {
    echo "p sp 9 16"
    for e in "1 2 5" "1 3 4" "2 4 2" "2 5 3" "3 6 1" "3 7 6" "4 8 1" "4 9 7"; do
      set -- $e
      echo "a $1 $2 $3"; echo "a $2 $1 $3"
    done
  } >"$1"
}

case "$case_name" in
  pipeline)
    g="$src/datasets/airfoil1/airfoil1.graph"
    run 0 terminals "$g" --fraction 0.05 --seed 3 -o "$tmp/t.txt"
    [ "$(grep -cv '^#' "$tmp/t.txt")" -eq 213 ] || fail "expected 213 terminals (5% of 4253)"
    for m in auto paper voronoi ball; do
      run 0 spr "$g" --terminals "$tmp/t.txt" --method "$m" -o "$tmp/m_$m.gr" --map "$tmp/map_$m.txt" \
          --stats "$tmp/s_$m.json"
      expect "$tmp/m_$m.gr" "p sp 4253 "
      [ "$(wc -l < "$tmp/map_$m.txt")" -eq 4253 ] || fail "expected 4253 lines in the $m map"
      for key in '"n"' '"terminals"' '"method"' '"minor_edges"' '"time_s"' '"reference_dijkstra_s"' \
                 '"time_over_dijkstra"'; do
        expect "$tmp/s_$m.json" "$key"
      done
      run 0 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m_$m.gr" "$tmp/map_$m.txt" --stats "$tmp/v_$m.json"
      expect "$tmp/err" "verify spr: OK"
      for key in '"ok": true' '"max_distortion"' '"mean_distortion"' '"worst_u"' '"all_pairs": true'; do
        expect "$tmp/v_$m.json" "$key"
      done
    done
    expect "$tmp/s_auto.json" '"method": "paper"'
    expect "$tmp/s_paper.json" '"zeta"'
    expect "$tmp/s_paper.json" '"iterations"'
    cmp -s "$tmp/m_auto.gr" "$tmp/m_paper.gr" || fail "auto and paper differ on a non-tree"
    # Reruns are byte-identical, also with --check.
    run 0 spr "$g" --terminals "$tmp/t.txt" --method paper -o "$tmp/again.gr" --map "$tmp/again.txt" --check \
        --stats "$tmp/again.json"
    expect "$tmp/again.json" '"max_distortion"'
    cmp -s "$tmp/m_paper.gr" "$tmp/again.gr" || fail "spr minor differs between two runs"
    cmp -s "$tmp/map_paper.txt" "$tmp/again.txt" || fail "spr map differs between two runs"
    run 0 terminals "$g" --fraction 0.05 --seed 3 -o "$tmp/t2.txt"
    cmp -s "$tmp/t.txt" "$tmp/t2.txt" || fail "terminals differ between two runs"
    # Sampled sources.
    run 0 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m_paper.gr" "$tmp/map_paper.txt" --sources 10
    expect "$tmp/err" "(sampled) pairs"
    ;;
  tree)
    tree_file "$tmp/tree.gr"
    printf '4\n5\n6\n7\n8\n9\n' >"$tmp/t.txt"
    run 0 spr "$tmp/tree.gr" --terminals "$tmp/t.txt" -o "$tmp/m.gr" --map "$tmp/map.txt" --stats "$tmp/s.json"
    expect "$tmp/s.json" '"method": "gupta"'
    run 0 verify spr "$tmp/tree.gr" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt" --stats "$tmp/v.json"
    d=$(json_number "$tmp/v.json" max_distortion)
    awk -v d="$d" 'BEGIN { exit !(d >= 1 && d <= 8) }' || fail "gupta distortion $d outside [1, 8]"
    # Gupta's proven bound is enforced by the verifier; a bound below the
    # measured distortion fails (exit 2) naming the pair.
    run 0 verify spr "$tmp/tree.gr" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt" --max-distortion 8
    expect "$tmp/err" "verify spr: OK"
    awk -v d="$d" 'BEGIN { exit !(d > 1) }' || fail "the tree instance should distort (measured $d)"
    below=$(awk -v d="$d" 'BEGIN { printf "%.6f", (1 + d) / 2 }')
    run 2 verify spr "$tmp/tree.gr" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt" --max-distortion "$below"
    expect "$tmp/err" "FAILED: terminals"
    expect "$tmp/err" "x d_G"
    run 1 verify spr "$tmp/tree.gr" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt" --max-distortion -2
    # Every vertex maps to a terminal listed in t.txt.
    awk 'NR == FNR { t[$1] = 1; next } !($2 in t) { exit 1 }' "$tmp/t.txt" "$tmp/map.txt" \
      || fail "a vertex maps to a non-terminal"
    # gupta on a non-tree is refused.
    run 0 terminals "$src/datasets/airfoil1/airfoil1.graph" --count 3 -o "$tmp/t3.txt"
    run 1 spr "$src/datasets/airfoil1/airfoil1.graph" --terminals "$tmp/t3.txt" --method gupta -o "$tmp/x.gr" \
        --map "$tmp/x.txt"
    expect "$tmp/err" "needs a tree"
    ;;
  offbase)
    # Vertex ids 100..105 in an edge list: a cycle with a chord.
    printf '100 101 2\n101 102 2\n102 103 2\n103 104 2\n104 105 2\n105 100 2\n100 103 5\n' >"$tmp/g.txt"
    printf '100\n103\n104\n' >"$tmp/t.txt"
    for m in paper voronoi ball; do
      run 0 spr "$tmp/g.txt" --terminals "$tmp/t.txt" --method "$m" -o "$tmp/m.gr" --map "$tmp/map.txt"
      expect "$tmp/m.gr" "p sp 6 "
      expect "$tmp/m.gr" "c terminal 4 103"
      expect "$tmp/map.txt" "103 103"
      run 0 verify spr "$tmp/g.txt" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map.txt"
    done
    ;;
  reject)
    g="$src/datasets/airfoil1/airfoil1.graph"
    run 0 terminals "$g" --count 40 --seed 5 -o "$tmp/t.txt"
    run 0 spr "$g" --terminals "$tmp/t.txt" --method voronoi -o "$tmp/m.gr" --map "$tmp/map.txt"
    t1=$(sed -n 1p "$tmp/t.txt")
    t2=$(sed -n 2p "$tmp/t.txt")
    # A terminal mapped to another terminal.
    awk -v a="$t1" -v b="$t2" '$1 == a { $2 = b } { print }' "$tmp/map.txt" >"$tmp/bad_map.txt"
    run 2 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/bad_map.txt"
    expect "$tmp/err" "terminal $t1 maps to terminal $t2"
    # A weight off by one (both arcs, so the file stays well-formed).
    awk '/^a / && !done { u = $2; v = $3; w = $4 + 1; done = 1 }
         /^a / && (($2 == u && $3 == v) || ($2 == v && $3 == u)) { $4 = w } { print }' "$tmp/m.gr" >"$tmp/bad_w.gr"
    run 2 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/bad_w.gr" "$tmp/map.txt"
    expect "$tmp/err" "weighs"
    # An edge between two far-apart terminals (regions that do not touch).
    read -r a b < <(awk -v a="$t1" 'NR == FNR { if ($1 != a) last = $1; next } END { print a, last }' "$tmp/t.txt" "$tmp/t.txt")
    if ! grep -qE "^a $a $b |^a $b $a " "$tmp/m.gr"; then
      awk -v a="$a" -v b="$b" '/^p sp/ { $4 = $4 + 2 } { print } END { print "a", a, b, 1; print "a", b, a, 1 }' \
        "$tmp/m.gr" >"$tmp/bad_e.gr"
      run 2 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/bad_e.gr" "$tmp/map.txt"
      expect "$tmp/err" "do not touch"
    fi
    # Malformed minor file: an arc without its reverse.
    awk '/^p sp/ { $4 = $4 + 1 } { print } END { print "a 1 2 1" }' "$tmp/m.gr" >"$tmp/bad_arc.gr"
    run 1 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/bad_arc.gr" "$tmp/map.txt"
    expect "$tmp/err" "bad_arc.gr:"
    expect "$tmp/err" "has no reverse arc"
    # Malformed map: a vertex twice.
    { cat "$tmp/map.txt"; head -1 "$tmp/map.txt"; } >"$tmp/dup_map.txt"
    run 1 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/dup_map.txt"
    expect "$tmp/err" "dup_map.txt:4254:"
    ;;
  usage)
    g="$src/datasets/airfoil1/airfoil1.graph"
    run 1 terminals "$g" -o "$tmp/t.txt"
    expect "$tmp/err" "exactly one of --fraction and --count"
    run 1 terminals "$g" --fraction 1.5 -o "$tmp/t.txt"
    expect "$tmp/err" "--fraction must be in (0, 1]"
    run 1 terminals "$g" --count 5000 -o "$tmp/t.txt"
    expect "$tmp/err" "--count must be in [1, 4253]"
    printf '1\n2\n99999\n' >"$tmp/unknown.txt"
    run 1 spr "$g" --terminals "$tmp/unknown.txt" -o "$tmp/m.gr" --map "$tmp/map.txt"
    expect "$tmp/err" "unknown.txt:3:"
    printf '1\n2\n1\n' >"$tmp/dup.txt"
    run 1 spr "$g" --terminals "$tmp/dup.txt" -o "$tmp/m.gr" --map "$tmp/map.txt"
    expect "$tmp/err" "dup.txt:3:"
    printf '1\n2\n' >"$tmp/t.txt"
    run 1 spr "$g" --terminals "$tmp/t.txt" --method fancy -o "$tmp/m.gr" --map "$tmp/map.txt"
    expect "$tmp/err" "--method"
    run 1 spr "$g" --terminals "$tmp/t.txt" --zeta 1 -o "$tmp/m.gr" --map "$tmp/map.txt"
    expect "$tmp/err" "zeta must be an integer >= 2"
    run 1 spr "$g" --terminals "$tmp/t.txt" -o "$tmp/m.gr"
    expect "$tmp/err" "map"
    run 1 verify spr "$g" --terminals "$tmp/t.txt" "$tmp/missing.gr" "$tmp/missing.txt"
    expect "$tmp/err" "missing.gr"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "PASS ($case_name)"
