#!/usr/bin/env bash
# Runs two builds of the `shortcut` CLI on the same inputs and options and
# compares every product byte for byte (cmp): generated graphs, cop
# decompositions, partitions, tree covers, oracle indexes (one and two
# threads) and Steiner point removal minors and maps, over the bundled
# datasets and generated planar and non-planar minor-free families.
# A refactoring that must not change any output passes when this prints
# "same outputs" and exits 0.
#
#   scripts/same_outputs.sh OLD_CLI NEW_CLI [WORK_DIR]
#
# Statistics files (--stats) are not compared: they carry timings.
set -euo pipefail
old=$(realpath "$1")
new=$(realpath "$2")
work=$(realpath -m "${3:-$(mktemp -d)}")
cd "$(dirname "$0")/.."
mkdir -p "$work/old" "$work/new" "$work/graphs"

# Generated graphs: every family class the library is named for. Both CLIs
# generate them; the outputs must agree before anything is built on them.
gens=(
  "trigrid --n 3000 --seed 1 --weights uniform:1:100"
  "delaunay --n 3000 --seed 2"
  "ktree --n 1500 --k 4 --seed 3"
  "partial-ktree --n 1500 --k 3 --seed 4"
  "clique-sum --n 2000 --seed 5"
  "apex --n 2000 --seed 6"
  "torus --rows 40 --cols 40 --seed 7"
  "series-parallel --n 1500 --seed 8"
)
graphs=()
i=0
for spec in "${gens[@]}"; do
  name=g$i
  # shellcheck disable=SC2086
  "$old" gen $spec -o "$work/old/$name.gr" >/dev/null || { echo "gen $spec failed"; exit 2; }
  # shellcheck disable=SC2086
  "$new" gen $spec -o "$work/new/$name.gr" >/dev/null || { echo "gen $spec failed (new)"; exit 2; }
  if ! cmp -s "$work/old/$name.gr" "$work/new/$name.gr"; then
    echo "DIFFERENT: gen $spec"
    exit 1
  fi
  cp "$work/old/$name.gr" "$work/graphs/$name.gr"
  graphs+=("$work/graphs/$name.gr")
  i=$((i + 1))
done
graphs+=(datasets/rome99/rome99.gr datasets/3elt/3elt.grf.gz datasets/airfoil1/airfoil1.graph)
for d in datasets/*/; do
  for f in "$d"*; do
    case "$f" in *.md|*.txt|*.co|*.co.*) continue ;; esac
    case " ${graphs[*]} " in *" $f "*) ;; *) graphs+=("$f") ;; esac
    break
  done
done

# Each job: a name and the arguments after the graph; {o} is the output file,
# {m} a second output (the SPR map), {t} the terminals file.
jobs=(
  "cop|cop {g} --radius 40 --r 5 -o {o}"
  "partition|partition {g} --eps 0.25 --r 5 -o {o}"
  "partition_r0|partition {g} --eps 0.5 -o {o}"
  "treecover|treecover {g} --eps 0.5 -o {o}"
  "oracle|oracle build {g} --eps 0.25 -o {o}"
  "oracle_t2|oracle build {g} --eps 0.25 --threads 2 -o {o}"
  "oracle_eps1|oracle build {g} --eps 0.1 -o {o}"
  "spr|spr {g} --terminals {t} --method paper -o {o} --map {m}"
)

status=0
compared=0
for g in "${graphs[@]}"; do
  base=$(basename "$g"); base=${base%%.*}
  terminals="$work/graphs/$base.terminals"
  "$old" terminals "$g" --fraction 0.05 --seed 1 -o "$terminals" >/dev/null 2>&1 || continue
  for job in "${jobs[@]}"; do
    jname=${job%%|*}
    args=${job#*|}
    for side in old new; do
      bin=$old; [ "$side" = new ] && bin=$new
      o="$work/$side/$base.$jname.out"; m="$work/$side/$base.$jname.map"
      a=${args//\{g\}/$g}; a=${a//\{o\}/$o}; a=${a//\{m\}/$m}; a=${a//\{t\}/$terminals}
      # shellcheck disable=SC2086
      "$bin" $a >"$work/$side/$base.$jname.log" 2>&1 || echo "exit $?" >>"$work/$side/$base.$jname.log"
    done
    for ext in out map; do
      a="$work/old/$base.$jname.$ext" b="$work/new/$base.$jname.$ext"
      if [ -e "$a" ] || [ -e "$b" ]; then
        compared=$((compared + 1))
        if ! cmp -s "$a" "$b"; then
          echo "DIFFERENT: $jname on $g ($ext)"
          status=1
        fi
      fi
    done
  done
done
if [ "$status" -eq 0 ]; then
  echo "same outputs ($compared files compared, ${#graphs[@]} graphs)"
fi
exit "$status"
