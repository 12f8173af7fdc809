#!/usr/bin/env bash
# CLI test of `shortcut info`: usage io_info_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   json       a bundled dataset with --json: exit 0, one JSON object with the
#              counts from its SOURCE.md
#   text       the same in text form
#   malformed  a malformed file: exit 1 and "FILE:LINE: what is wrong" on stderr
#   missing    a missing file: exit 1 and the path on stderr
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

case "$case_name" in
  json)
    "$bin" info "$src/datasets/rome99/rome99.gr" --json >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 0 ] || fail "exit code $code, expected 0"
    [ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "expected exactly one line of JSON"
    for kv in '"n": 3353' '"m": 4831' '"components": 1' '"min_weight": 1' '"max_weight": 12711' \
              '"planar": false' '"diameter_upper_bound": ' '"load_s": ' '"format": "dimacs"'; do
      expect_in "$tmp/out" "$kv"
    done
    if command -v python3 >/dev/null; then
      python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["n"] == 3353 and d["diameter_upper_bound"] > 0' \
        "$tmp/out" || fail "output is not the expected JSON object"
    fi
    ;;
  text)
    "$bin" info "$src/datasets/usa_road_ny/NY.gr.xz" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 0 ] || fail "exit code $code, expected 0"
    expect_in "$tmp/out" "vertices (n)     264346"
    expect_in "$tmp/out" "edges (m)        365050"
    expect_in "$tmp/out" "planar           yes"
    expect_in "$tmp/out" "format           pace"
    ;;
  malformed)
    printf 'c bad\np sp 3 2\na 1 2 5\na 2 9 1\n' >"$tmp/bad.gr"
    "$bin" info "$tmp/bad.gr" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "exit code $code, expected 1"
    expect_in "$tmp/err" "$tmp/bad.gr:4: vertex id 9 is out of range [1, 3]"
    [ ! -s "$tmp/out" ] || fail "expected nothing on stdout"
    printf 'p sp 2 1\na 1 2 0\n' >"$tmp/zero.gr"
    "$bin" info "$tmp/zero.gr" --json >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "zero weight: exit code $code, expected 1"
    expect_in "$tmp/err" "$tmp/zero.gr:2: edge (1, 2) has weight 0"
    "$bin" info "$tmp/zero.gr" --json --zero-weights contract >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 0 ] || fail "zero weight contracted: exit code $code, expected 0"
    expect_in "$tmp/out" '"n": 1'
    ;;
  missing)
    "$bin" info "$tmp/does-not-exist.gr" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "exit code $code, expected 1"
    expect_in "$tmp/err" "$tmp/does-not-exist.gr: cannot open: No such file"
    "$bin" info --weights bogus "$src/datasets/rome99/rome99.gr" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "bad --weights: exit code $code, expected 1"
    expect_in "$tmp/err" "unknown weights 'bogus'"
    ;;
  *)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac
echo "ok ($case_name)"
