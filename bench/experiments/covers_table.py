#!/usr/bin/env python3
"""The two covers side by side (docs/RESULTS.md, "Two covers: portal and partition").

    python3 bench/experiments/covers_table.py SHORTCUT_BINARY WORK_DIR [--sizes 1024,4096,...]
        [--datasets NAME,...] [--families ktree,apex,torus] [--eps 0.25]
        [--portal-ratio 1.25] [--partition-ratio 4] [--forests-up-to 65536]

For every graph and both covers: `oracle build --stats` (entries per vertex,
mean and max, index bytes per vertex, build time / one full Dijkstra of the
same run), `verify oracle` (stretch on sampled pairs, all pairs up to 3000
vertices) and, up to --forests-up-to vertices, a second build with --forests
(stars and first-fit forests across scales). Prints a Markdown table and the
fitted growth of entries per vertex with n (least squares of
log(entries) = a + alpha·log(n) per family and cover).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

DATASET_FILES = {
    "3elt": "3elt/3elt.grf.gz", "4elt": "4elt/4elt.grf.gz", "airfoil1": "airfoil1/airfoil1.graph",
    "cheburashka": "cheburashka/cheburashka.off", "delaunay_n14": "delaunay_n14/delaunay_n14.graph",
    "fe_sphere": "fe_sphere/fe_sphere.graph", "fertility": "fertility/fertility.off",
    "power_grid": "power_grid/power.graph", "rome99": "rome99/rome99.gr",
    "luxembourg_osm": "luxembourg_osm/luxembourg.osm.graph", "usa_road_ny": "usa_road_ny/NY.gr.xz",
}


def run(argv, log):
    log.write(" ".join(str(a) for a in argv) + "\n")
    log.flush()
    p = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {p.returncode}: {p.stderr[-2000:]}")
    return p


def measure(binary, graph, name, cover, ratio, eps, work, forests, log):
    idx, st, vs = work / "x.idx", work / "build.json", work / "verify.json"
    run([binary, "oracle", "build", graph, "--eps", eps, "--cover", cover, "--scale-ratio", ratio,
         "-o", idx, "--stats", st], log)
    b = json.loads(st.read_text())
    run([binary, "verify", "oracle", graph, idx, "--pairs", 20000, "--sources", 2, "--stats", vs], log)
    v = json.loads(vs.read_text())
    row = {"graph": name, "cover": cover, "ratio": ratio, "n": b["n"], "entries": b["entries_per_vertex"],
           "max": b["max_overlap"], "bytes": b["index_bytes_per_vertex"], "ratio_dijkstra": b["build_over_dijkstra"],
           "build_s": b["build_s"], "stars": b["stars"], "stretch": v.get("max_stretch"),
           "mean_stretch": v.get("mean_stretch"), "forests": None}
    if forests:
        run([binary, "oracle", "build", graph, "--eps", eps, "--cover", cover, "--scale-ratio", ratio,
             "--forests", "-o", idx, "--stats", st], log)
        row["forests"] = json.loads(st.read_text())["forests_packed"]
    return row


def fit(points):
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(e) for _, e in points]
    k = len(xs)
    mx, my = sum(xs) / k, sum(ys) / k
    sxx = sum((x - mx) ** 2 for x in xs)
    alpha = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0
    return math.exp(my - alpha * mx), alpha


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("work")
    ap.add_argument("--source", default=str(Path(__file__).resolve().parents[2]))
    ap.add_argument("--sizes", default="1024,4096,16384,65536")
    ap.add_argument("--planar", default="grid,trigrid,delaunay")
    ap.add_argument("--datasets", default=",".join(DATASET_FILES))
    ap.add_argument("--families", default="ktree,apex,torus")
    ap.add_argument("--family-n", type=int, default=16384)
    ap.add_argument("--eps", default="0.25")
    ap.add_argument("--portal-ratio", default="1.25")
    ap.add_argument("--partition-ratio", default="4")
    ap.add_argument("--forests-up-to", type=int, default=65536)
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    log = (work / "commands.txt").open("a")
    graphs = []
    for fam in filter(None, a.planar.split(",")):
        for n in map(int, a.sizes.split(",")):
            graphs.append((f"{fam} {n}", fam, n))
    for fam in filter(None, a.families.split(",")):
        graphs.append((f"{fam} {a.family_n}", fam, a.family_n))
    for d in filter(None, a.datasets.split(",")):
        graphs.append((d, None, None))
    rows = []
    print("| graph | n | cover | b | stars | forests | entries/vertex | max | bytes/vertex | build / Dijkstra | "
          "max stretch (sampled) |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, fam, n in graphs:
        if fam is None:
            path = Path(a.source) / "datasets" / DATASET_FILES[name]
        else:
            path = work / f"{fam}{n}.gr"
            if not path.exists():
                run([a.binary, "gen", fam, "-n", n, "-o", path], log)
        for cover, ratio in (("portal", a.portal_ratio), ("partition", a.partition_ratio)):
            try:
                r = measure(a.binary, path, name, cover, ratio, a.eps, work, (n or 0) <= a.forests_up_to or
                            fam is None and name not in ("luxembourg_osm", "usa_road_ny"), log)
            except RuntimeError as e:
                print(f"| {name} | | {cover} | {ratio} | failed: {e} |", flush=True)
                continue
            r["family"] = fam
            rows.append(r)
            print(f"| {name} | {r['n']} | {cover} | {ratio} | {r['stars']} | {r['forests'] or '–'} | "
                  f"{r['entries']:.1f} | {r['max']} | {r['bytes']:.0f} | {r['ratio_dijkstra']:.0f} | "
                  f"{r['stretch']:.4f} |", flush=True)
    (work / "rows.json").write_text(json.dumps(rows, indent=1))
    print()
    print("| family | cover | fitted entries per vertex | sizes |")
    print("|---|---|---|---|")
    for fam in filter(None, a.planar.split(",")):
        for cover in ("portal", "partition"):
            pts = [(r["n"], r["entries"]) for r in rows if r["family"] == fam and r["cover"] == cover]
            if len(pts) >= 2:
                c, alpha = fit(pts)
                print(f"| {fam} | {cover} | {c:.1f} · n^{alpha:.3f} | {', '.join(str(p[0]) for p in pts)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
