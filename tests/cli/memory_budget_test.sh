#!/usr/bin/env bash
# The memory budget for declared sizes (docs/conventions.md, "Limits"): a
# 25-byte DIMACS or PACE file that declares 10^8 vertices and names two is
# refused with ResourceExhausted (exit 3) and a message naming the count,
# quickly and without allocating for it, plain or compressed (a compressed
# file's size bounds nothing); within the budget, isolated vertices are kept.
# Runs under `ulimit -v` so that a regression fails instead of exhausting the
# machine (skipped for a binary that cannot start under it, e.g. ASan's).
#   usage: memory_budget_test.sh SHORTCUT_BINARY
set -uo pipefail
bin=$1
case_name=memory_budget
source "$(dirname "$0")/cli_lib.sh"

printf 'p sp 100000000 1\na 1 2 5\n' >"$tmp/n.gr"
printf 'p tw 100000000 1\n1 2\n' >"$tmp/p.gr"
gzip -c "$tmp/n.gr" >"$tmp/nz.gr.gz"
xz -c "$tmp/n.gr" >"$tmp/nx.gr.xz" 2>/dev/null || cp "$tmp/nz.gr.gz" "$tmp/nx.gr.xz"

for f in n.gr nz.gr.gz nx.gr.xz; do
  start=$SECONDS
  run_capped 3 oracle build "$tmp/$f" --eps 0.25 -o "$tmp/x.idx"
  expect "$tmp/err" "the header declares 100000000 vertices"
  expect "$tmp/err" "99999998 isolated vertices would need about 95.4 GiB"
  [ $((SECONDS - start)) -le 10 ] || fail "oracle build $f took $((SECONDS - start)) s to refuse"
  [ ! -e "$tmp/x.idx" ] || fail "oracle build $f wrote an index"
done
run_capped 3 info "$tmp/n.gr"
expect "$tmp/err" "n.gr:1: the header declares 100000000 vertices"
run_capped 3 info "$tmp/p.gr" --format pace
expect "$tmp/err" "p.gr:1: the header declares 100000000 vertices"

# Isolated vertices within the budget: every declared vertex is there.
printf 'p sp 100000 1\na 1 2 5\n' >"$tmp/ok.gr"
run_capped 0 info "$tmp/ok.gr"
expect "$tmp/out" "100000"
grep -E '^vertices \(n\) +100000$' "$tmp/out" >/dev/null || fail "info does not report 100000 vertices"
echo "memory budget: ok"
