#!/usr/bin/env bash
# CLI test of `shortcut distance`: exact distances on a small path agree with
# the known answer; bad lines are reported with their number and exit 1.
#   usage: distance_cli_test.sh SHORTCUT_BINARY
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 1 -3- 2 -4- 3 -5- 4, plus a shortcut 1-4 of weight 20 (not shorter).
printf 'p sp 4 8\na 1 2 3\na 2 1 3\na 2 3 4\na 3 2 4\na 3 4 5\na 4 3 5\na 1 4 20\na 4 1 20\n' > "$tmp/g.gr"
out=$("$bin" distance "$tmp/g.gr" 1 4) || { echo "FAIL: exit $?"; exit 1; }
[ "$out" = "1 4 12" ] || { echo "FAIL: got '$out'"; exit 1; }
printf '2 4\n1 x\n4 1\n9 1\n' | "$bin" distance "$tmp/g.gr" > "$tmp/out" 2> "$tmp/err"
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: exit $code, expected 1"; exit 1; }
[ "$(cat "$tmp/out")" = "$(printf '2 4 9\n4 1 12')" ] || { echo "FAIL: output"; cat "$tmp/out"; exit 1; }
grep -q "stdin:2: 'x' is not a vertex id" "$tmp/err" || { echo "FAIL: stderr"; cat "$tmp/err"; exit 1; }
grep -q "stdin:4: unknown vertex id 9" "$tmp/err" || { echo "FAIL: stderr"; cat "$tmp/err"; exit 1; }
exit 0
