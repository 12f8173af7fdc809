#!/usr/bin/env bash
# Bulk queries of `shortcut oracle query` (common/pair_queries.h):
#   threads  a stream of pairs with errors among them gives the same stdout,
#            stderr and exit code with 1 and 3 threads, and the same answers
#            as one query per pair on the command line
#   binary   16-byte records in, 8-byte little-endian estimates out, equal to
#            the text answers; 2^64-1 across components; a partial record and
#            an unknown id stop the stream after the answers before them
#   long     a line over the line bound is an error line, the rest answered
#   usage: oracle_bulk_test.sh SHORTCUT_BINARY CASE
set -uo pipefail
bin=$1
case_name=$2
source "$(dirname "$0")/cli_lib.sh"

g="$tmp/g.gr"
run 0 gen trigrid --rows 40 --cols 40 --seed 3 --weights uniform:1:100:3 --no-coordinates -o "$g"
# A second component: vertices 2001 and 2002.
echo "a 2001 2002 7" >>"$g"
echo "a 2002 2001 7" >>"$g"
sed -i 's/^p sp \([0-9]*\) \([0-9]*\)$/p sp 2002 \2/' "$g"
sed -i "s/^p sp 2002 \([0-9]*\)$/p sp 2002 $(($(grep -c '^a ' "$g")))/" "$g"
run 0 oracle build "$g" --eps 0.25 -o "$tmp/g.idx"
# 20000 pseudo-random pairs (a linear congruence), then a few special lines.
awk 'BEGIN { x = 7; for (i = 0; i < 20000; i++) { x = (x * 1103515245 + 12345) % 2147483648; u = x % 1600 + 1;
             x = (x * 1103515245 + 12345) % 2147483648; v = x % 1600 + 1; print u, v } }' >"$tmp/pairs"
case "$case_name" in
  threads)
    { cat "$tmp/pairs"; printf '1 2001\n# comment\n\n  5   9  \n7 99999\nx 1\n1 2 3\n2001 2002\n'; cat "$tmp/pairs"; } >"$tmp/mixed"
    run_stdin 1 "$tmp/mixed" oracle query "$tmp/g.idx"
    cp "$tmp/out" "$tmp/out1"; cp "$tmp/err" "$tmp/err1"
    run_stdin 1 "$tmp/mixed" oracle query "$tmp/g.idx" --threads 3
    cmp -s "$tmp/out" "$tmp/out1" || fail "stdout differs between 1 and 3 threads"
    cmp -s "$tmp/err" "$tmp/err1" || fail "stderr differs between 1 and 3 threads"
    [ "$(wc -l <"$tmp/out1")" -eq 40003 ] || fail "expected 40003 answers, got $(wc -l <"$tmp/out1")"
    expect "$tmp/err1" "stdin:20005: unknown vertex id 99999"
    expect "$tmp/err1" "stdin:20006: 'x' is not a vertex id"
    expect "$tmp/err1" "stdin:20007: expected two vertex ids, got more"
    expect "$tmp/out1" "1 2001 inf"
    expect "$tmp/out1" "2001 2002 7"
    run_stdin 0 "$tmp/pairs" oracle query "$tmp/g.idx" --threads 2
    head -n 200 "$tmp/pairs" | while read -r u v; do
      "$bin" oracle query "$tmp/g.idx" "$u" "$v"
    done >"$tmp/single"
    head -n 200 "$tmp/out" | cmp -s - "$tmp/single" || fail "batched answers differ from single queries"
    run 1 oracle query "$tmp/g.idx" --threads 0
    expect "$tmp/err" "--threads must be in [1, 1024]"
    ;;
  binary)
    { cat "$tmp/pairs"; echo "1 2001"; } >"$tmp/p2"
    run_stdin 0 "$tmp/p2" oracle query "$tmp/g.idx"
    cp "$tmp/out" "$tmp/text"
    # Records: two little-endian u64 per line of $tmp/p2.
    awk '{ for (k = 1; k <= 2; k++) { x = $k; for (b = 0; b < 8; b++) { printf "%c", x % 256; x = int(x / 256) } } }' \
      LC_ALL=C "$tmp/p2" >"$tmp/p.bin"
    [ "$(stat -c %s "$tmp/p.bin")" -eq $((20001 * 16)) ] || fail "record file has the wrong size"
    run_stdin 0 "$tmp/p.bin" oracle query "$tmp/g.idx" --binary --threads 2
    [ "$(stat -c %s "$tmp/out")" -eq $((20001 * 8)) ] || fail "expected 20001 estimates"
    od -An -v -tu8 -w8 "$tmp/out" | tr -d ' ' >"$tmp/est"
    awk '{ print $3 }' "$tmp/text" | sed 's/^inf$/18446744073709551615/' | cmp -s - "$tmp/est" ||
      fail "binary estimates differ from the text answers"
    head -c 40 "$tmp/p.bin" >"$tmp/partial.bin"
    run_stdin 1 "$tmp/partial.bin" oracle query "$tmp/g.idx" --binary
    expect "$tmp/err" "stdin: 8 byte(s) after record 2 (records are 16 bytes)"
    [ "$(stat -c %s "$tmp/out")" -eq 16 ] || fail "the two whole records must be answered"
    { head -c 32 "$tmp/p.bin"; printf '\x9f\x86\x01\0\0\0\0\0\x01\0\0\0\0\0\0\0'; cat "$tmp/p.bin"; } >"$tmp/unknown.bin"
    run_stdin 1 "$tmp/unknown.bin" oracle query "$tmp/g.idx" --binary
    expect "$tmp/err" "stdin: record 3: unknown vertex id 99999"
    [ "$(stat -c %s "$tmp/out")" -eq 16 ] || fail "the records before the unknown id must be answered"
    run 1 oracle query "$tmp/g.idx" 1 2 --binary
    expect "$tmp/err" "--binary reads pairs from stdin"
    ;;
  long)
    { echo "1 2"; head -c 2000000 /dev/zero | tr '\0' '5'; echo; echo "3 4"; } >"$tmp/long"
    run_stdin 1 "$tmp/long" oracle query "$tmp/g.idx"
    expect "$tmp/err" "stdin:2: line longer than 1048576 bytes"
    [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "the lines around the long one must be answered"
    expect "$tmp/out" "3 4 "
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "oracle bulk $case_name: ok"
