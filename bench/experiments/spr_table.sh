#!/usr/bin/env bash
# The Steiner-point-removal tables of docs/RESULTS.md ("## Steiner point
# removal"): runs bench/spr_benchmark (Release build) and prints Markdown.
#
#   bench/experiments/spr_table.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/rel (configure it with
#   cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_BENCHMARKS=ON
# and build the target spr_benchmark); OUT_DIR (default: a temporary
# directory) receives spr.csv and zeta.csv, the raw Google Benchmark rows.
#
# Table 1 (SPR/...): per instance and terminal density, for each method
#   "max / mean distortion, construction time ÷ one Dijkstra".
# Table 2 (SprZeta/...): the paper method for ζ = 2 ... 64, geometric means
#   over all instances and densities relative to ζ = 4, plus the tent row.
set -euo pipefail
build=${1:-build/rel}
out=${2:-$(mktemp -d)}
bin="$build/bench/spr_benchmark"
[ -x "$bin" ] || { echo "spr_table.sh: $bin not found (build the spr_benchmark target)" >&2; exit 1; }
mkdir -p "$out"
"$bin" --benchmark_filter='^SPR/' --benchmark_format=csv >"$out/spr.csv" 2>"$out/spr.err"
"$bin" --benchmark_filter='^SprZeta/' --benchmark_format=csv >"$out/zeta.csv" 2>"$out/zeta.err"

python3 - "$out/spr.csv" "$out/zeta.csv" <<'EOF'
import csv, math, sys
from collections import OrderedDict, defaultdict

def rows(path):
    # Google Benchmark prints a few context lines before the CSV header.
    lines = open(path).read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith('name,'))
    return [r for r in csv.DictReader(lines[start:]) if r.get('dist_max')]

methods = ['paper', 'voronoi', 'ball', 'gupta']
table = OrderedDict()
for r in rows(sys.argv[1]):
    _, inst, dens, method = r['name'].split('/')[:4]
    key = (inst, dens)
    e = table.setdefault(key, {'n': int(float(r['n'])), 'k': int(float(r['k'])), 'all': True})
    e['all'] &= r['all_pairs'] in ('1', '1.0')
    e[method] = (float(r['dist_max']), float(r['dist_mean']), float(r['x_dijkstra']))

print('| instance | n | terminals | ' + ' | '.join(methods) + ' |')
print('|---|---:|---|' + '---|' * len(methods))
for (inst, dens), e in table.items():
    label = {'1pct': '1%', '5pct': '5%', '20pct': '20%', 'fixed': 'leaves' if inst.startswith('cxkr') else 'fixed'}[dens]
    terms = f"{e['k']} ({label}){'' if e['all'] else ', sampled'}"
    cells = []
    for m in methods:
        if m in e:
            mx, mean, x = e[m]
            cells.append(f'{mx:.2f} / {mean:.2f} / {x:.0f}×')
        else:
            cells.append('—')
    print(f"| {inst} | {e['n']} | {terms} | " + ' | '.join(cells) + ' |')

zeta = defaultdict(dict)
for r in rows(sys.argv[2]):
    _, inst, dens, z = r['name'].split('/')[:4]
    zeta[(inst, dens)][int(z)] = (float(r['dist_max']), float(r['dist_mean']), float(r['x_dijkstra']))
zs = sorted({z for v in zeta.values() for z in v})
keys = [k for k in zeta if all(z in zeta[k] for z in zs)]
print()
print('| ζ | ' + ' | '.join(str(z) for z in zs) + ' |')
print('|---|' + '---:|' * len(zs))
for idx, name in [(0, 'max distortion'), (1, 'mean distortion'), (2, 'time')]:
    gm = [math.exp(sum(math.log(zeta[k][z][idx] / zeta[k][4][idx]) for k in keys) / len(keys)) for z in zs]
    print(f'| {name} (geo. mean ÷ ζ=4) | ' + ' | '.join(f'{g:.2f}' for g in gm) + ' |')
for k in keys:
    if k[0] == 'tent':
        print('| tent: max distortion | ' + ' | '.join(f'{zeta[k][z][0]:.1f}' for z in zs) + ' |')
print()
print(f'({len(keys)} instance/density pairs)')
EOF
