#!/usr/bin/env bash
# CLI test of `shortcut info`: usage io_info_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   json       a bundled dataset with --json: exit 0, one JSON object with the
#              counts from its SOURCE.md
#   text       the same in text form
#   malformed  a malformed file: exit 1 and "FILE:LINE: what is wrong" on stderr
#   missing    a missing file: exit 1 and the path on stderr
#   stdin      GRAPH "-": a redirected file, a pipe and xz data on a pipe give
#              the same counts as the file
#   nul        a line starting with a NUL byte: exit 1 and "FILE:LINE:" (it
#              was skipped as blank, losing its edge)
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
              '"planarity_tested": true' '"planar": false' '"diameter_upper_bound": ' '"load_s": ' '"format": "dimacs"'; do
      expect_in "$tmp/out" "$kv"
    done
    if command -v python3 >/dev/null; then
      python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["n"] == 3353 and d["diameter_upper_bound"] > 0' \
        "$tmp/out" || fail "output is not the expected JSON object"
    fi
    # Above the planarity limit the test is skipped and said so (no "planar" key).
    "$bin" info "$src/datasets/rome99/rome99.gr" --json --planarity-limit 1000 >"$tmp/out" 2>"$tmp/err" ||
      fail "info --planarity-limit failed"
    expect_in "$tmp/out" '"planarity_tested": false'
    grep -q '"planar":' "$tmp/out" && fail "an untested graph must not report \"planar\""
    "$bin" info "$src/datasets/rome99/rome99.gr" --planarity-limit 1000 >"$tmp/out" 2>"$tmp/err"
    expect_in "$tmp/out" "planar           not tested (more than 1000 vertices"
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
  stdin)
    rome="$src/datasets/rome99/rome99.gr"
    "$bin" info "$rome" --json >"$tmp/file.json" 2>"$tmp/err" || fail "info on the file failed"
    n_file=$(json_number "$tmp/file.json" n)
    m_file=$(json_number "$tmp/file.json" m)
    [ "$n_file" = 3353 ] || fail "info on the file: n = $n_file"
    run_stdin 0 "$rome" info - --json
    [ "$(json_number "$tmp/out" n)" = "$n_file" ] && [ "$(json_number "$tmp/out" m)" = "$m_file" ] ||
      fail "info - < FILE disagrees with info FILE"
    cat "$rome" | "$bin" info - --json >"$tmp/out" 2>"$tmp/err" || fail "info - on a pipe failed"
    [ "$(json_number "$tmp/out" m)" = "$m_file" ] || fail "info - on a pipe disagrees with info FILE"
    xz -c "$rome" | "$bin" info - --json >"$tmp/out" 2>"$tmp/err" || fail "info - on xz data failed"
    [ "$(json_number "$tmp/out" m)" = "$m_file" ] || fail "info - on xz data disagrees with info FILE"
    printf '1 2\n2 3\n' | "$bin" info - --format edgelist --json >"$tmp/out" 2>"$tmp/err" || fail "edge list on stdin"
    expect_in "$tmp/out" '"m": 2'
    ;;
  nul)
    printf '1 2\n\0002 3\n3 4\n' >"$tmp/e.txt"
    "$bin" info "$tmp/e.txt" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "a NUL line: exit code $code, expected 1"
    expect_in "$tmp/err" "$tmp/e.txt:2:"
    printf 'p sp 3 2\n\000a 1 2 1\na 2 3 1\n' >"$tmp/d.gr"
    "$bin" info "$tmp/d.gr" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || fail "a NUL line in DIMACS: exit code $code, expected 1"
    expect_in "$tmp/err" "$tmp/d.gr:2:"
    ;;
  *)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac
echo "ok ($case_name)"
