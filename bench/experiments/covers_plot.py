#!/usr/bin/env python3
"""Growth plot of the two covers (docs/plots/covers_growth.svg): entries per
vertex against n on log-log axes, one line per (family, cover), from the
rows.json files that bench/experiments/covers_table.py writes. Standard
library only (the SVG is written by hand).

    python3 bench/experiments/covers_plot.py OUT.svg WORK/rows.json [MORE/rows.json ...]
"""

from __future__ import annotations

import json
import math
import sys

COLORS = {"grid": "#1f77b4", "trigrid": "#2ca02c", "delaunay": "#d62728"}
W, H, L, R, T, B = 640, 420, 70, 170, 30, 50


def main():
    out, files = sys.argv[1], sys.argv[2:]
    rows = [r for f in files for r in json.load(open(f)) if r.get("family") in COLORS]
    ns = [r["n"] for r in rows]
    es = [r["entries"] for r in rows]
    x0, x1 = math.log10(min(ns)) - 0.1, math.log10(max(ns)) + 0.1
    y0, y1 = math.log10(40), math.log10(max(es) * 1.3)

    def px(n):
        return L + (math.log10(n) - x0) / (x1 - x0) * (W - L - R)

    def py(e):
        return H - B - (math.log10(e) - y0) / (y1 - y0) * (H - T - B)

    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{L}" y="18">entries per vertex vs n, eps = 0.25 (solid: partition cover, dashed: portal cover)</text>']
    for k in range(3, 7):
        for m in (1, 2, 5):
            n = m * 10 ** k
            if x0 <= math.log10(n) <= x1:
                s.append(f'<line x1="{px(n):.1f}" y1="{T}" x2="{px(n):.1f}" y2="{H - B}" stroke="#eee"/>')
                if m == 1:
                    s.append(f'<text x="{px(n):.1f}" y="{H - B + 16}" text-anchor="middle">10^{k}</text>')
    for e in (50, 100, 200, 500, 1000, 2000):
        if y0 <= math.log10(e) <= y1:
            s.append(f'<line x1="{L}" y1="{py(e):.1f}" x2="{W - R}" y2="{py(e):.1f}" stroke="#eee"/>')
            s.append(f'<text x="{L - 6}" y="{py(e) + 4:.1f}" text-anchor="end">{e}</text>')
    s.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">vertices n</text>')
    legend = 0
    for fam, color in COLORS.items():
        for cover in ("portal", "partition"):
            pts = sorted((r["n"], r["entries"]) for r in rows if r["family"] == fam and r["cover"] == cover)
            if len(pts) < 2:
                continue
            dash = ' stroke-dasharray="5,4"' if cover == "portal" else ""
            d = " ".join(f"{px(n):.1f},{py(e):.1f}" for n, e in pts)
            s.append(f'<polyline points="{d}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
            for n, e in pts:
                s.append(f'<circle cx="{px(n):.1f}" cy="{py(e):.1f}" r="3" fill="{color}"/>')
            lx, ly = W - R + 12, T + 14 + 18 * legend
            s.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 24}" y2="{ly - 4}" stroke="{color}" stroke-width="2"{dash}/>')
            s.append(f'<text x="{lx + 30}" y="{ly}">{fam} {cover}</text>')
            legend += 1
    s.append("</svg>")
    open(out, "w").write("\n".join(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
