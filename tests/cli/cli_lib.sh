# Shared by the CLI test scripts (sourced after they set `bin` and
# `case_name`): a scratch directory removed on exit, progress bars off, and
#   run EXPECTED_EXIT ARGS...              shortcut ARGS, stdout/stderr captured
#   run_stdin EXPECTED_EXIT FILE ARGS...   the same with FILE on stdin
#   expect FILE TEXT (alias expect_in)     FILE contains TEXT
#   json_number FILE KEY                   the number after "KEY": in FILE
#   fail MESSAGE                           report (with the captured output), exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/out" "$tmp/err"
export SHORTCUT_PROGRESS=0

fail() {
  echo "FAIL ($case_name): $*" >&2
  echo "--- stdout" >&2; head -c 4000 "$tmp/out" >&2
  echo "--- stderr" >&2; head -c 4000 "$tmp/err" >&2
  exit 1
}
run() {
  local want=$1
  shift
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  [ "$code" -eq "$want" ] || fail "'shortcut $*' exited $code, expected $want"
}
run_stdin() {
  local want=$1 input=$2
  shift 2
  "$bin" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  [ "$code" -eq "$want" ] || fail "'shortcut $*' < $(basename "$input") exited $code, expected $want"
}
expect() { grep -qF -- "$2" "$1" || fail "expected '$2' in $(basename "$1")"; }
expect_in() { expect "$@"; }
json_number() { sed -n "s/.*\"$2\": *\([0-9.eE+-]*\).*/\1/p" "$1" | head -1; }

# run_capped WANT ARGS...: `shortcut ARGS` under `ulimit -v` 4 GiB (so that a
# regression in a memory bound fails instead of exhausting the machine;
# without the cap for a binary that cannot start under it, e.g. ASan's),
# expecting exit WANT within 20 s.
run_capped() {
  local want=$1
  shift
  local start=$SECONDS limit_kb=$((4 * 1024 * 1024))
  if (ulimit -v "$limit_kb"; "$bin" --help >/dev/null 2>&1); then
    (ulimit -v "$limit_kb"; exec timeout 60 "$bin" "$@") >"$tmp/out" 2>"$tmp/err"
  else
    timeout 60 "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  fi
  local code=$?
  [ "$code" -eq "$want" ] || fail "'shortcut $*' (under ulimit -v) exited $code, expected $want"
  [ $((SECONDS - start)) -le 20 ] || fail "'shortcut $*' took $((SECONDS - start)) s"
}
