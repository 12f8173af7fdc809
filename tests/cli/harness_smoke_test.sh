#!/usr/bin/env bash
# Smoke test of the research harness: usage harness_smoke_test.sh SHORTCUT_BINARY SOURCE_DIR
# Runs `bench/experiments/run.sh smoke` with the given binary into a temporary
# directory (never into the source tree), then checks that the CSV has one
# row per run with the stats and environment columns, that at least one plot
# was drawn, and that a second invocation resumes (runs nothing again).
# Exits 77 (skipped) when matplotlib is missing and cannot be installed.
set -uo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL (harness smoke): $*" >&2
  [ -f "$tmp/log" ] && { echo "--- log" >&2; tail -40 "$tmp/log" >&2; }
  exit 1
}

have_matplotlib() {
  python3 -c 'import matplotlib' 2>/dev/null || { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; }
}
if ! have_matplotlib && [ "$(id -u)" -ne 0 ]; then
  echo "python3-matplotlib is not installed (scripts/deps.sh python3-matplotlib): skipped"
  exit 77
fi

args=(smoke --cli "$bin" --out "$tmp/results" --plots "$tmp/plots" --cache "$tmp/cache" --no-bench --no-report)
bash "$src/bench/experiments/run.sh" "${args[@]}" >"$tmp/log" 2>&1 || fail "run.sh smoke exited $?"
csv=$tmp/results/partition.csv
[ -s "$csv" ] || fail "no partition.csv"
python3 - "$csv" <<'PY' || fail "partition.csv is not as expected"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) >= 3, len(rows)
for col in ("experiment", "graph", "method", "eps", "hop_constant_max", "max_strong_diameter_over_eps_D",
            "time_s", "reference_dijkstra_s", "status", "commit", "compiler", "machine", "cores", "mem_gib", "date"):
    assert col in rows[0], col
methods = {r["method"] for r in rows if r["graph"] == "rome99"}
assert methods == {"cop", "net", "mpx"}, methods
for r in rows:
    assert r["status"] == "ok", (r["graph"], r["method"], r["status"], r["error"])
    assert float(r["max_strong_diameter_over_eps_D"]) <= 1.0 + 1e-9
    assert r["commit"] and r["compiler"] and r["date"]
PY
[ -s "$tmp/results/manifest.json" ] || fail "no manifest.json"
ls "$tmp/plots"/*.png >/dev/null 2>&1 || fail "no plot was drawn"
[ -s "$tmp/plots/strong_diameter.png" ] || fail "strong_diameter.png missing"

# Resume: nothing runs again, the CSV is unchanged.
cp "$csv" "$tmp/before.csv"
bash "$src/bench/experiments/run.sh" "${args[@]}" --no-plots >"$tmp/log" 2>&1 || fail "second run.sh exited $?"
grep -q "harness: 0 runs" "$tmp/log" || fail "the second invocation did not resume"
cmp -s "$csv" "$tmp/before.csv" || fail "resuming changed the CSV"
echo "ok (harness smoke)"
