#!/usr/bin/env bash
# Builds a distance oracle for every bundled dataset and every generator
# family (n = 3000, the family's weights and weights uniform in 1..100) at
# eps 0.5, 0.25 and 0.1, and checks each with `shortcut verify oracle`
# (domination and the stretch bound 1 + eps, exact distances computed by the
# verifier itself: every pair when n <= 3000, otherwise 100,000 random pairs
# plus every pair from 10 random sources). Prints the Markdown table of
# docs/RESULTS.md ("every bundled dataset and generated family, verified")
# and exits non-zero if any build or check fails.
#
#   bench/experiments/oracle_verify_all.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/release (the one scripts/run.sh builds); OUT_DIR
# (default: a temporary directory) receives the graphs, indexes and JSON stats.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
out=${2:-$(mktemp -d)}
bin="$build/shortcut"
[ -x "$bin" ] || { echo "oracle_verify_all.sh: $bin not found (run scripts/run.sh or build shortcut_cli)" >&2; exit 1; }
mkdir -p "$out"

status=0
# check FILE LABEL WEIGHTS: build at three eps, verify, print one row each.
check() {
  local f=$1 name=$2 weights=$3 eps idx tag verdict
  for eps in 0.5 0.25 0.1; do
    tag="$out/$(echo "$name-$weights-$eps" | tr ' :' '__')"
    idx="$tag.oracle"
    if ! "$bin" oracle build "$f" --weights "$weights" --eps "$eps" -o "$idx" --stats "$tag.build.json" \
      >/dev/null 2>"$tag.build.log"; then
      echo "| $name | | $weights | $eps | build failed: $(tail -n 1 "$tag.build.log") | | | | FAILED |"
      status=1
      continue
    fi
    verdict=OK
    "$bin" verify oracle "$f" "$idx" --weights "$weights" --stats "$tag.verify.json" >"$tag.verify.log" 2>&1 \
      || { verdict=FAILED; status=1; }
    python3 - "$tag.build.json" "$tag.verify.json" "$name" "$weights" "$eps" "$verdict" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
v = json.load(open(sys.argv[2]))
name, weights, eps, verdict = sys.argv[3:7]
print(f"| {name} | {b['n']:,} | {weights} | {eps} | {b['build_over_dijkstra']:.0f} | "
      f"{b['index_bytes_per_vertex']:.0f} | {v['pairs_checked']:,}{' (all)' if v.get('all_pairs') else ''} | "
      f"{v['max_stretch']:.4f} / {v['p99_stretch']:.4f} / {v['mean_stretch']:.4f} | {verdict} |")
PY
  done
}

echo "| graph | n | weights | eps | build ÷ Dijkstra | index B/vertex | pairs checked | stretch max / p99 / mean | verdict |"
echo "|---|---:|---|---:|---:|---:|---:|---|---|"
for f in datasets/*/*; do
  case "$f" in
    *.md|*.xyz|*.xyz.gz|*.xyz.xz|*.co|*.co.gz|*.co.xz) continue ;;
  esac
  case "$f" in
    *.off) check "$f" "$(basename "$(dirname "$f")")" euclidean ;;  # meshes: edge lengths
    *) check "$f" "$(basename "$(dirname "$f")")" input ;;          # the file's weights (1 where it has none)
  esac
done
for family in $("$bin" gen list | awk 'NR > 1 { print $1 }'); do
  if ! "$bin" gen "$family" --n 3000 --seed 1 --no-coordinates -o "$out/gen-$family.gr" >/dev/null 2>&1; then
    echo "gen failed: $family" >&2
    status=1
    continue
  fi
  check "$out/gen-$family.gr" "gen $family" input
  check "$out/gen-$family.gr" "gen $family" uniform:1:100:1
done
exit $status
