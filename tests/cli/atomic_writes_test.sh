#!/usr/bin/env bash
# Every command that writes a file replaces it atomically (io/file.h): a run
# that fails or is killed half-way leaves the previous file at that path
# byte-identical, and a run that fails leaves no temporary behind.
#   usage: atomic_writes_test.sh SHORTCUT_BINARY SOURCE_DIR CASE
#   fsize  every writer (gen, partition, cop, treecover, spr -o and --map,
#          terminals, draw, --stats, verify class --write-td, oracle build)
#          under `ulimit -f` smaller than its output, so that the write
#          fails half-way (EFBIG): non-zero exit, a message, the old file
#          intact, no temporary; the same run without the limit replaces it
#   kill   gen and oracle build killed with SIGKILL while writing and while
#          building: the old file intact; gen and oracle build stopped with
#          SIGTERM or SIGHUP while writing: the old file intact and no
#          temporary left
#   full   every writer with its output on /dev/full: non-zero exit and "No
#          space left on device"; /dev/full is still a device
#   paths  an index path that is a directory or /dev/zero, outputs that are
#          directories or name the input: a clear error and exit 1, quickly
set -uo pipefail
bin=$1
src=$2
case_name=$3
source "$(dirname "$0")/cli_lib.sh"

# Inputs: a 60x60 grid with coordinates, its clusters, a terminal set and a
# 3-tree (its tree decomposition is what verify class --write-td writes).
in="$tmp/in"
mkdir -p "$in"
g="$in/g.gr"
inputs() {
  run 0 gen grid --rows 60 --cols 60 --seed 1 -o "$g"
  run 0 partition "$g" --eps 0.5 -o "$in/clusters.txt"
  run 0 terminals "$g" --fraction 0.1 -o "$in/t.txt"
  run 0 gen ktree --n 2000 --k 3 --seed 1 -o "$in/k.gr"
}

# Outputs go to their own folder, so that a temporary shows up there.
w="$tmp/w"
mkdir -p "$w"
no_temporaries() {
  local left
  left=$(find "$w" -name '.*.tmp-*' | head -3)
  [ -z "$left" ] || fail "temporary left behind: $left"
}
old_file() {  # old_file PATH: a recognisable previous version of PATH
  printf 'previous good version of %s\n' "$(basename "$1")" >"$1"
  cp "$1" "$tmp/before"
}
intact() {  # intact PATH WHAT
  cmp -s "$1" "$tmp/before" || fail "$2 changed $(basename "$1"), the previous file is gone"
}

# fails_under_limit KB OUT ARGS...: OUT holds an old file; `shortcut ARGS`
# under `ulimit -f KB` fails cleanly and leaves OUT as it was; without the
# limit the same command succeeds and replaces OUT (so OUT is what it writes).
fails_under_limit() {
  local kb=$1 out=$2
  shift 2
  old_file "$out"
  # Only the command is limited: its messages go through a pipe to a file
  # written by cat, which the limit does not reach.
  (ulimit -f "$kb" && exec "$bin" "$@" 2>&1 >/dev/null) | cat >"$tmp/err"
  local code=${PIPESTATUS[0]}
  [ "$code" -ne 0 ] || fail "'shortcut $*' under ulimit -f $kb exited 0"
  [ "$code" -lt 128 ] || fail "'shortcut $*' under ulimit -f $kb died of signal $((code - 128))"
  expect "$tmp/err" "File too large"
  intact "$out" "the failed 'shortcut $*'"
  no_temporaries
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
  [ "$code" -eq 0 ] || fail "'shortcut $*' without a limit exited $code"
  cmp -s "$out" "$tmp/before" && fail "'shortcut $*' does not write $(basename "$out")"
  no_temporaries
}

# fails_on_full OUT_FLAG_VALUE ARGS...: `shortcut ARGS` whose output is
# /dev/full (or a link to it) exits non-zero saying the disk is full.
fails_on_full() {
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  [ "$code" -ne 0 ] || fail "'shortcut $*' exited 0 writing to /dev/full"
  [ "$code" -lt 128 ] || fail "'shortcut $*' died of signal $((code - 128))"
  expect "$tmp/err" "No space left on device"
  [ -c /dev/full ] || fail "/dev/full is no longer a device after 'shortcut $*'"
  no_temporaries
}

# kill_when SIGNAL PATTERN OUT ARGS...: starts `shortcut ARGS`, sends it
# SIGNAL as soon as a file matching PATTERN exists in $w (PATTERN "" : after
# $build_delay seconds, a third of an uninterrupted run), then checks OUT is
# intact, and for a signal other than KILL that no temporary is left. Returns 1 when the command finished before the
# signal (the caller retries).
kill_when() {
  local signal=$1 pattern=$2 out=$3
  shift 3
  old_file "$out"
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err" &
  local pid=$! i seen=0
  for ((i = 0; i < 4000; i++)); do
    if [ -z "$pattern" ]; then
      sleep "$build_delay"
      seen=1
      break
    fi
    if compgen -G "$w/$pattern" >/dev/null; then
      seen=1
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.002
  done
  kill -"$signal" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  local code=$?
  # Finished before the signal: it replaced OUT, as it should; try again.
  [ "$code" -gt 128 ] || return 1
  # Killed after its commit (the rename), on its way out: OUT is the whole
  # new file, which is as good as the old one; try again.
  if [ -f "$tmp/complete.$(basename "$out")" ] && cmp -s "$out" "$tmp/complete.$(basename "$out")"; then
    return 1
  fi
  intact "$out" "'shortcut $*' killed by SIG$signal $([ -n "$pattern" ] && echo while writing || echo while building)"
  if [ "$signal" = KILL ]; then
    rm -f "$w"/.*.tmp-*  # SIGKILL leaves the temporary; only the target matters
  else
    no_temporaries
  fi
  [ "$seen" -eq 1 ]
}

# must_kill SIGNAL PATTERN OUT ARGS...: kill_when, retried when the command
# was too quick for the signal.
must_kill() {
  local attempt
  for attempt in 1 2 3 4 5; do
    kill_when "$@" && return 0
  done
  fail "'shortcut ${*:4}' finished each time before SIG$1 $([ -n "$2" ] && echo while writing || echo while building)"
}

case "$case_name" in
  fsize)
    inputs
    fails_under_limit 4 "$w/gen.gr" gen grid --rows 60 --cols 60 --seed 2 --weights uniform:1:9 -o "$w/gen.gr"
    # The graph is in place, its sibling coordinates are not: each file is atomic on its own.
    fails_under_limit 4 "$w/part.txt" partition "$g" --eps 0.25 -o "$w/part.txt"
    fails_under_limit 4 "$w/cop.txt" cop "$g" --radius 4 -o "$w/cop.txt"
    fails_under_limit 4 "$w/cover.txt" treecover "$g" --eps 0.5 -o "$w/cover.txt"
    fails_under_limit 4 "$w/minor.gr" spr "$g" --terminals "$in/t.txt" -o "$w/minor.gr" --map /dev/null
    fails_under_limit 4 "$w/map.txt" spr "$g" --terminals "$in/t.txt" -o /dev/null --map "$w/map.txt"
    fails_under_limit 4 "$w/terminals.txt" terminals "$g" --fraction 1 -o "$w/terminals.txt"
    fails_under_limit 4 "$w/pic.svg" draw "$g" --clusters "$in/clusters.txt" -o "$w/pic.svg"
    fails_under_limit 4 "$w/k.td" verify class "$in/k.gr" --write-td "$w/k.td"
    fails_under_limit 4 "$w/g.idx" oracle build "$g" --eps 0.5 -o "$w/g.idx"
    # --stats: the main output goes to a device (no size limit), the JSON
    # file fails at its first byte.
    fails_under_limit 0 "$w/s.json" partition "$g" --eps 0.5 -o /dev/null --stats "$w/s.json"
    fails_under_limit 0 "$w/o.json" oracle build "$g" --eps 0.5 -o /dev/null --stats "$w/o.json"
    ;;
  kill)
    # gen of a 700x700 grid writes ~35 MB; the oracle of a 200x200 grid
    # takes 0.2-2 s to build, depending on the build type: the kill "while
    # building" lands at a third of the measured uninterrupted run.
    run 0 gen grid --rows 200 --cols 200 --seed 3 -o "$in/m.gr"
    big=(gen grid --rows 700 --cols 700 -o "$w/gen.gr" --no-coordinates)
    oracle=(oracle build "$in/m.gr" --eps 0.25 -o "$w/m.idx")
    # What an uninterrupted run writes (a kill that lands after the commit
    # leaves exactly this).
    run 0 "${big[@]}"
    cp "$w/gen.gr" "$tmp/complete.gen.gr"
    start_ns=$(date +%s%N)
    run 0 "${oracle[@]}"
    build_delay=$(awk -v ns=$(($(date +%s%N) - start_ns)) 'BEGIN { printf "%.3f", ns / 3e9 }')
    cp "$w/m.idx" "$tmp/complete.m.idx"
    must_kill KILL '.gen.gr.tmp-*' "$w/gen.gr" "${big[@]}"
    must_kill KILL '' "$w/m.idx" "${oracle[@]}"
    must_kill KILL '.m.idx.tmp-*' "$w/m.idx" "${oracle[@]}"
    must_kill TERM '.gen.gr.tmp-*' "$w/gen.gr" "${big[@]}"
    must_kill HUP '.m.idx.tmp-*' "$w/m.idx" "${oracle[@]}"
    ;;
  full)
    inputs
    ln -s /dev/full "$w/full.svg"  # draw wants an .svg name
    fails_on_full gen grid --rows 20 --cols 20 -o /dev/full
    fails_on_full partition "$g" --eps 0.5 -o /dev/full
    fails_on_full cop "$g" --radius 4 -o /dev/full
    fails_on_full treecover "$g" --eps 0.5 -o /dev/full
    fails_on_full spr "$g" --terminals "$in/t.txt" -o /dev/full --map "$w/map.txt"
    fails_on_full spr "$g" --terminals "$in/t.txt" -o "$w/minor.gr" --map /dev/full
    fails_on_full terminals "$g" --fraction 0.5 -o /dev/full
    fails_on_full draw "$g" --clusters "$in/clusters.txt" -o "$w/full.svg"
    [ -L "$w/full.svg" ] || fail "draw replaced the link to /dev/full"
    fails_on_full verify class "$in/k.gr" --write-td /dev/full
    fails_on_full oracle build "$g" --eps 0.5 -o /dev/full
    fails_on_full partition "$g" --eps 0.5 -o "$w/p.txt" --stats /dev/full
    ;;
  paths)
    run 0 gen grid --rows 10 --cols 10 -o "$g"
    run 1 oracle query "$tmp" 1 2
    expect "$tmp/err" "is a directory"
    run 1 verify oracle "$g" "$tmp"
    expect "$tmp/err" "is a directory"
    start=$SECONDS
    run 1 oracle query /dev/zero 1 2
    expect "$tmp/err" "/dev/zero: not a regular file"
    [ $((SECONDS - start)) -le 5 ] || fail "oracle query /dev/zero took $((SECONDS - start)) s"
    mkdir -p "$w/d.idx"
    run 1 oracle build "$g" --eps 0.5 -o "$w/d.idx"
    expect "$tmp/err" "Is a directory"
    [ -d "$w/d.idx" ] || fail "the output directory was replaced"
    run 1 partition "$g" --eps 0.5 -o "$w"
    expect "$tmp/err" "Is a directory"
    run 1 oracle build "$g" --eps 0.5 -o "$w/no/such/dir.idx"
    expect "$tmp/err" "No such file or directory"
    # An output that names an input is refused before anything is written.
    cp "$g" "$tmp/before"
    run 1 oracle build "$g" --eps 0.5 -o "$g"
    expect "$tmp/err" "would replace the input"
    ln -s "$g" "$w/link.gr"
    run 1 oracle build "$w/link.gr" --eps 0.5 -o "$g"
    run 1 oracle build "$g" --eps 0.5 -o "$w/link.gr"
    run 1 treecover "$g" --eps 0.5 -o "$g"
    run 1 partition "$g" --eps 0.5 -o "$g"
    expect "$tmp/err" "would replace the input"
    run 1 partition "$g" --eps 0.5 -o "$w/p.txt" --stats "$w/link.gr"
    run 1 cop "$g" --radius 4 --r 5 -o "$g"
    run 0 terminals "$g" --count 5 --seed 1 -o "$w/t.txt"
    run 1 terminals "$g" --count 5 --seed 1 -o "$g"
    run 1 spr "$g" --terminals "$w/t.txt" -o "$w/m.gr" --map "$g"
    cp "$w/t.txt" "$tmp/terminals_before"
    run 1 spr "$g" --terminals "$w/t.txt" -o "$w/t.txt" --map "$w/map.txt"
    cmp -s "$w/t.txt" "$tmp/terminals_before" || fail "spr -o TERMINALS replaced its input"
    intact "$g" "oracle build GRAPH -o GRAPH"
    rm "$w/link.gr"
    no_temporaries
    ;;
  *)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac
exit 0
