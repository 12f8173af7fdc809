#!/usr/bin/env bash
# The hostile-input probe: runs the CLI the way a hostile or careless user
# would — malformed and oversized inputs, compression bombs, corrupted and
# truncated indexes, labels and routing tables, devices and directories
# where files belong, interrupted and failing writes, repeated and
# multi-threaded runs — and prints one Markdown row per case with what was
# expected, what happened and a verdict.
#
#   scripts/probe.sh [SHORTCUT_BINARY]      (default: build/release/shortcut)
#
# Every run is capped (ulimit -v 4 GiB, 60 s). A case passes when the exit
# code is the expected one: 0 for valid input; 1 (invalid input) or 3 (I/O,
# resources) with a message for bad input; and never a signal (a crash), a
# timeout (a hang) or a kill by the memory cap. Cases about written files
# also check that the previous file is intact. Exits 1 if any case fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/release/shortcut}")
[ -x "$bin" ] || { echo "probe.sh: no CLI at $bin (build it: scripts/run.sh builds build/release)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SHORTCUT_PROGRESS=0
cap_kb=$((4 * 1024 * 1024))
failed=0
number=0

# attempt ARGS...: runs shortcut ARGS (stdin from $stdin, default /dev/null)
# under the caps; sets $code, $elapsed, $msg (first stderr line).
stdin=/dev/null
attempt() {
  local start end
  start=$(date +%s.%N)
  (ulimit -v "$cap_kb"; exec timeout 60 "$bin" "$@") <"$stdin" >"$tmp/out" 2>"$tmp/err"
  code=$?
  end=$(date +%s.%N)
  elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  # The scratch directory's name is not part of the message.
  msg=$(head -n 1 "$tmp/err" | sed "s|$tmp/||g; s|$tmp|DIR|g" | cut -c 1-110 | sed 's/|/\\|/g')
}
row() {  # row CASE EXPECTED VERDICT DETAIL
  number=$((number + 1))
  [ "$3" = ok ] || failed=1
  printf '| %d | %s | %s | %s | %s |\n' "$number" "$1" "$2" "$3" "$4"
}
# probe CASE WANT ARGS...: WANT is ok (exit 0) or reject (exit 1 or 3 and a
# message on stderr).
probe() {
  local name=$1 want=$2 verdict=ok
  shift 2
  attempt "$@"
  if [ "$code" -ge 124 ]; then
    verdict="FAIL (exit $code: $( [ "$code" -eq 124 ] && echo timeout || echo signal/kill))"
  elif [ "$want" = ok ] && [ "$code" -ne 0 ]; then
    verdict="FAIL (exit $code)"
  elif [ "$want" = reject ] && { [ "$code" -ne 1 ] && [ "$code" -ne 3 ] || [ -z "$msg" ]; }; then
    verdict="FAIL (exit $code)"
  fi
  row "$name" "$want" "$verdict" "exit $code, ${elapsed} s: ${msg:-(no message)}"
  stdin=/dev/null
}

echo "| # | case | expected | verdict | what happened |"
echo "|---|---|---|---|---|"

g="$tmp/g.gr"
"$bin" gen trigrid --rows 30 --cols 30 --seed 3 --weights uniform:1:100:3 -o "$g" >/dev/null 2>&1 ||
  { echo "probe.sh: gen failed" >&2; exit 1; }

# ---- graph readers ----
printf 'p sp x y\na 1 2 3\n' >"$tmp/h1.gr";            probe "DIMACS: non-numeric header" reject info "$tmp/h1.gr"
printf 'p sp 3 1\na 1 2 3\na 2 3 4\n' >"$tmp/h2.gr";   probe "DIMACS: more arcs than declared" reject info "$tmp/h2.gr"
printf 'p sp 3 2\na 1 9 3\na 2 3 4\n' >"$tmp/h3.gr";   probe "DIMACS: vertex id above n" reject info "$tmp/h3.gr"
printf 'p sp 3 2\na 0 2 3\na 2 3 4\n' >"$tmp/h4.gr";   probe "DIMACS: vertex id 0" reject info "$tmp/h4.gr"
printf 'p sp 3 1\na 1 2 99999999999999999999\n' >"$tmp/w1.gr"; probe "DIMACS: weight overflows 64 bits" reject info "$tmp/w1.gr"
printf 'p sp 3 1\na 1 2 -5\n' >"$tmp/w2.gr";           probe "DIMACS: negative weight" reject info "$tmp/w2.gr"
printf 'p sp 3 1\na 1 2 0\n' >"$tmp/w3.gr";            probe "DIMACS: zero weight (default policy: reject)" reject info "$tmp/w3.gr"
printf 'p sp 100000000 1\na 1 2 5\n' >"$tmp/n.gr";     probe "DIMACS: 25-byte file declaring 10^8 vertices (oracle build)" reject oracle build "$tmp/n.gr" --eps 0.25 -o "$tmp/n.idx"
printf '1 2\n\0002 3\n3 4\n' >"$tmp/nul.txt";          probe "edge list: line starting with NUL" reject info "$tmp/nul.txt" --format edgelist
printf 'p sp 3 2\na 1 2 1\n\000a 2 3 1\n' >"$tmp/nul.gr"; probe "DIMACS: line starting with NUL" reject info "$tmp/nul.gr"
printf 'OFF\n3 1 0\n0 0 0\n1 0 0\n\0000 1 0\n3 0 1 2\n' >"$tmp/nul.off"; probe "OFF: line starting with NUL" reject info "$tmp/nul.off"
printf '3 2\n2\n1 3\n' >"$tmp/m1.graph";               probe "METIS: fewer neighbour lines than vertices" reject info "$tmp/m1.graph"
printf '3 3\n2 3\n1 3\n1 2 2\n' >"$tmp/m2.graph";      probe "METIS: edge count disagrees with the lists" reject info "$tmp/m2.graph"
printf '0\n3 4\n0 000\n0 1 1\n' >"$tmp/s1.grf";        probe "Scotch: truncated body" reject info "$tmp/s1.grf"
printf 'OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n' >"$tmp/o1.off"; probe "OFF: face index out of range" reject info "$tmp/o1.off"
: >"$tmp/empty.gr";                                     probe "empty file" reject info "$tmp/empty.gr"
head -c 1048576 /dev/urandom >"$tmp/random.gr";         probe "1 MiB of random bytes" reject info "$tmp/random.gr"
head -c 10485760 /dev/zero | tr '\0' '7' >"$tmp/long.txt"; probe "one 10 MiB line" reject info "$tmp/long.txt" --format edgelist
head -c 1073741824 /dev/zero | gzip -1 >"$tmp/bomb.gr.gz"; probe "gzip bomb (1 GiB of zeros, $(($(stat -c %s "$tmp/bomb.gr.gz") / 1024)) KiB)" reject info "$tmp/bomb.gr.gz"
head -c 1073741824 /dev/zero | xz -0 -T1 >"$tmp/bomb.gr.xz"; probe "xz bomb (1 GiB of zeros, $(($(stat -c %s "$tmp/bomb.gr.xz") / 1024)) KiB)" reject info "$tmp/bomb.gr.xz"
yes '1 2' | head -c 1073741824 | gzip -1 >"$tmp/lines.txt.gz"; probe "gzip bomb of valid lines (2^28 copies of '1 2', $(($(stat -c %s "$tmp/lines.txt.gz") / 1024)) KiB), under the 4 GiB cap" reject info "$tmp/lines.txt.gz" --format edgelist
probe "graph path is a directory" reject info "$tmp"
probe "graph file does not exist" reject info "$tmp/missing.gr"
probe "graph from /dev/zero" reject info /dev/zero --format edgelist
stdin=datasets/rome99/rome99.gr; probe "graph on standard input ('-')" ok info - --format dimacs

# ---- flags ----
probe "--eps not a number" reject oracle build "$g" --eps abc -o "$tmp/x.idx"
probe "--eps negative" reject oracle build "$g" --eps -1 -o "$tmp/x.idx"
probe "--eps above the accepted range" reject oracle build "$g" --eps 100 -o "$tmp/x.idx"
probe "unknown flag" reject oracle build "$g" --eps 0.25 --frobnicate -o "$tmp/x.idx"
probe "--threads 0" reject oracle build "$g" --eps 0.25 --threads 0 -o "$tmp/x.idx"

# ---- the index ----
idx="$tmp/g.idx"
probe "oracle build (valid)" ok oracle build "$g" --eps 0.25 -o "$idx"
probe "oracle build X -o X (would overwrite its input)" reject oracle build "$g" --eps 0.25 -o "$g"
probe "oracle query: index is a directory" reject oracle query "$tmp" 1 2
probe "oracle query: index is /dev/zero" reject oracle query /dev/zero 1 2
probe "verify oracle: index is a directory" reject verify oracle "$g" "$tmp"
probe "oracle query: vertex id not in the graph" reject oracle query "$idx" 1 999999
printf '1 2\nfoo bar\n3 4\n' >"$tmp/pairs.txt"; stdin="$tmp/pairs.txt"
probe "oracle query: a malformed pair line on stdin" reject oracle query "$idx"
size=$(stat -c %s "$idx")
rejected=0 total=0 bad=""
for cut in 0 1 7 8 16 31 64 $((size / 3)) $((size / 2)) $((size - 9)) $((size - 1)); do
  head -c "$cut" "$idx" >"$tmp/t.idx"
  attempt oracle query "$tmp/t.idx" 1 2
  total=$((total + 1))
  if [ "$code" -eq 1 ] || [ "$code" -eq 3 ]; then rejected=$((rejected + 1)); else bad="$bad $cut:$code"; fi
done
row "truncated index (11 lengths, 0 to size − 1)" reject "$( [ "$rejected" -eq "$total" ] && echo ok || echo "FAIL ($bad)")" "$rejected of $total rejected"
rejected=0 total=0 bad=""
for i in $(seq 0 141); do
  cp "$idx" "$tmp/c.idx"
  pos=$(( (i * 2654435761) % size ))
  byte=$(od -An -tu1 -j "$pos" -N 1 "$idx" | tr -d ' ')
  printf "$(printf '\\%03o' $(( (byte + 1 + i % 255) % 256 )))" | dd of="$tmp/c.idx" bs=1 seek="$pos" conv=notrunc status=none
  attempt oracle check "$tmp/c.idx"
  total=$((total + 1))
  if [ "$code" -eq 1 ] || [ "$code" -eq 2 ] || [ "$code" -eq 3 ]; then rejected=$((rejected + 1)); else bad="$bad $pos:$code"; fi
done
row "index with one byte changed (142 positions), oracle check" reject "$( [ "$rejected" -eq "$total" ] && echo ok || echo "FAIL ($bad)")" "$rejected of $total rejected"

# ---- other product files ----
probe "cop (valid)" ok cop "$g" --radius 50 -r 5 -o "$tmp/s.txt"
sed '3s/ [0-9]*$/ 4000000000/' "$tmp/s.txt" >"$tmp/s2.txt"; cp "$tmp/s.txt.tree" "$tmp/s2.txt.tree"
probe "verify cop: a supernode id of 4·10^9" reject verify cop "$g" "$tmp/s2.txt" --radius 50 --r 5
"$bin" terminals "$g" --fraction 0.25 -o "$tmp/t.txt" >/dev/null 2>&1
probe "spr (valid)" ok spr "$g" --terminals "$tmp/t.txt" -o "$tmp/m.gr" --map "$tmp/map.txt"
probe "verify spr: minor is /dev/zero" reject verify spr "$g" --terminals "$tmp/t.txt" /dev/zero "$tmp/map.txt"
head -c $(( $(stat -c %s "$tmp/map.txt") / 2 )) "$tmp/map.txt" >"$tmp/map2.txt"
probe "verify spr: map cut in half" reject verify spr "$g" --terminals "$tmp/t.txt" "$tmp/m.gr" "$tmp/map2.txt"
printf 'c\ns td 1000000000 3 9\nb 1 1\n' >"$tmp/big.td"
probe "verify class: .td declaring 10^9 bags" reject verify class "$g" --tree-decomposition "$tmp/big.td"

# ---- the applications' files (labels, routing tables, emulator) ----
probe "labels (valid)" ok labels "$g" --eps 0.25 -o "$tmp/l.bin"
probe "route build (valid)" ok route build "$g" --eps 0.25 -o "$tmp/r.bin"
probe "emulator (valid)" ok emulator "$g" --eps 0.25 -o "$tmp/h.gr"
probe "labels query: file is /dev/zero" reject labels query /dev/zero 1 2
probe "route: table file is a directory" reject route "$g" "$tmp" 1 2
for product in l r; do
  file="$tmp/$product.bin"
  fsize=$(stat -c %s "$file")
  rejected=0 total=0 bad=""
  for i in $(seq 0 49); do
    cp "$file" "$tmp/c.bin"
    pos=$(( (i * 2654435761) % fsize ))
    byte=$(od -An -tu1 -j "$pos" -N 1 "$file" | tr -d ' ')
    printf "$(printf '\\%03o' $(( (byte + 1 + i % 255) % 256 )))" | dd of="$tmp/c.bin" bs=1 seek="$pos" conv=notrunc status=none
    if [ "$product" = l ]; then attempt labels query "$tmp/c.bin" 1 2; else attempt route "$g" "$tmp/c.bin" 1 2; fi
    total=$((total + 1))
    if [ "$code" -eq 1 ] || [ "$code" -eq 3 ]; then rejected=$((rejected + 1)); else bad="$bad $pos:$code"; fi
  done
  for cut in 0 8 $((fsize / 2)) $((fsize - 1)); do
    head -c "$cut" "$file" >"$tmp/c.bin"
    if [ "$product" = l ]; then attempt labels query "$tmp/c.bin" 1 2; else attempt route "$g" "$tmp/c.bin" 1 2; fi
    total=$((total + 1))
    if [ "$code" -eq 1 ] || [ "$code" -eq 3 ]; then rejected=$((rejected + 1)); else bad="$bad cut$cut:$code"; fi
  done
  row "$( [ "$product" = l ] && echo "labels file" || echo "routing tables") with one byte changed (50 positions) or truncated (4 lengths)" reject \
    "$( [ "$rejected" -eq "$total" ] && echo ok || echo "FAIL ($bad)")" "$rejected of $total rejected"
done
# An emulator with one edge made lighter than the distance it stands for.
awk '!done && /^a / { $4 = 1; done = 1 } { print }' "$tmp/h.gr" >"$tmp/h2.gr"
attempt verify emulator "$g" "$tmp/h2.gr" --eps 0.25
row "verify emulator: one edge lighter than its distance" "verification fails (exit 2)" \
  "$( [ "$code" -eq 2 ] && echo ok || echo "FAIL (exit $code)")" "exit $code: ${msg:-(no message)}"

# ---- writes: atomic, and never over the input ----
cp "$idx" "$tmp/keep.idx"
probe "oracle build to /dev/full" reject oracle build "$g" --eps 0.25 -o /dev/full
# A rebuild of a larger index killed half-way, at several moments.
big="$tmp/big.gr"
"$bin" gen trigrid --rows 300 --cols 300 --seed 4 --weights uniform:1:100:4 -o "$big" >/dev/null 2>&1
"$bin" oracle build "$big" --eps 0.25 -o "$tmp/big.idx" >/dev/null 2>&1
intact=0 complete=0 damaged=0
for delay in 0.3 0.8 1.5 2.5; do
  cp "$tmp/big.idx" "$tmp/keep.idx"
  "$bin" oracle build "$big" --eps 0.1 -o "$tmp/keep.idx" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if cmp -s "$tmp/big.idx" "$tmp/keep.idx"; then intact=$((intact + 1))
  elif "$bin" oracle check "$tmp/keep.idx" >/dev/null 2>&1; then complete=$((complete + 1))
  else damaged=$((damaged + 1)); fi
done
row "oracle build killed while rebuilding an index (4 moments)" "old or new file intact" \
  "$( [ "$damaged" -eq 0 ] && echo ok || echo FAIL)" "previous index intact $intact times, new index complete $complete times, damaged $damaged times; $(ls -A "$tmp" | grep -c '^\.keep\.idx\.tmp-') temporaries left by SIGKILL (no handler can run; a later run does not reuse them)"
cp "$idx" "$tmp/keep2.idx"
(ulimit -f 64; exec "$bin" oracle build "$g" --eps 0.1 -o "$tmp/keep2.idx") >/dev/null 2>&1
fcode=$?
row "oracle build over a file-size limit (ulimit -f 64 KiB)" "failure, old file intact" \
  "$( [ "$fcode" -ne 0 ] && cmp -s "$idx" "$tmp/keep2.idx" && echo ok || echo FAIL)" "exit $fcode, previous index $(cmp -s "$idx" "$tmp/keep2.idx" && echo intact || echo changed)"
for cmd in "gen trigrid --rows 20 --cols 20" "partition $g --eps 0.5 -r 5" "spr $g --terminals $tmp/t.txt --map $tmp/map.txt" "treecover $g --eps 0.25"; do
  echo old >"$tmp/old.txt"
  # shellcheck disable=SC2086
  (ulimit -f 1; exec "$bin" $cmd -o "$tmp/old.txt") >/dev/null 2>&1
  fcode=$?
  row "${cmd%% *} over a file-size limit (ulimit -f 1 KiB)" "failure, old file intact" \
    "$( [ "$fcode" -ne 0 ] && [ "$(cat "$tmp/old.txt")" = old ] && echo ok || echo FAIL)" "exit $fcode, previous file $( [ "$(cat "$tmp/old.txt")" = old ] && echo intact || echo changed)"
done

# ---- determinism ----
"$bin" oracle build "$g" --eps 0.25 --threads 2 -o "$tmp/g2.idx" >/dev/null 2>&1
"$bin" oracle build "$g" --eps 0.25 -o "$tmp/g3.idx" >/dev/null 2>&1
row "oracle build: twice, and with 2 threads" "byte-identical" \
  "$(cmp -s "$idx" "$tmp/g2.idx" && cmp -s "$idx" "$tmp/g3.idx" && echo ok || echo FAIL)" "$(stat -c %s "$idx") bytes each"
"$bin" treecover "$g" --eps 0.25 -o "$tmp/c1.txt" >/dev/null 2>&1
"$bin" treecover "$g" --eps 0.25 --threads 2 -o "$tmp/c2.txt" >/dev/null 2>&1
row "treecover: 1 and 2 threads" "byte-identical" "$(cmp -s "$tmp/c1.txt" "$tmp/c2.txt" && echo ok || echo FAIL)" "$(stat -c %s "$tmp/c1.txt") bytes each"
"$bin" gen delaunay --n 3000 --seed 9 -o "$tmp/d1.gr" >/dev/null 2>&1
"$bin" gen delaunay --n 3000 --seed 9 -o "$tmp/d2.gr" >/dev/null 2>&1
row "gen: the same seed twice" "byte-identical" "$(cmp -s "$tmp/d1.gr" "$tmp/d2.gr" && echo ok || echo FAIL)" "$(stat -c %s "$tmp/d1.gr") bytes each"

echo
if [ "$failed" -eq 0 ]; then echo "probe: all $number cases ok"; else echo "probe: some of $number cases FAILED"; fi
exit "$failed"
