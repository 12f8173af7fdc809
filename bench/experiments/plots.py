#!/usr/bin/env python3
"""Plots of a results directory written by harness.py (PNG, small files).

    plots.py --results bench/results/quick --out docs/plots/quick

Every number comes from the CSVs; a plot whose data is missing is skipped
with a note in <out>/plots.json (read by report.py), never faked. Needs
Debian's python3-matplotlib (run.sh installs it through scripts/deps.sh).

Plots:
  hop_vs_n.png            hop constant (max, and p99 dashed) vs n, one panel per
                          size-sweep experiment, one line per method
  hop_datasets.png        hop constant per dataset and method, one panel per eps
  strong_diameter.png     max strong cluster diameter / (eps D) per graph and
                          method (the bound is 1)
  time_vs_n.png           construction time vs n on log-log axes with the
                          fitted slope, and the same as a ratio to one Dijkstra
  cop_sweep.png           cop decomposition: supernodes, max seen, time vs n
  treecover.png           tree-cover forests vs eps and vs n
  oracle_tradeoff.png     oracle space / query time / stretch next to exact
                          baselines
  spr_distortion.png      SPR distortion vs |K| per method
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from collections import defaultdict
from pathlib import Path

from pictures import shrink_png  # same directory

try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:  # pragma: no cover - reported below
    plt = None

METHOD_STYLE = {
    "cop": dict(color="#d62728", marker="o", label="ours (cop)"),
    "net": dict(color="#1f77b4", marker="s", label="net baseline"),
    "mpx": dict(color="#2ca02c", marker="^", label="mpx baseline"),
}
DPI = 80


def style(method: str) -> dict:
    return METHOD_STYLE.get(method, dict(color="#7f7f7f", marker="x", label=method))


def load(path: Path) -> list:
    if not path.exists():
        return []
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def num(row: dict, key: str, default=math.nan) -> float:
    try:
        v = row.get(key, "")
        return float(v) if v not in ("", None) else default
    except ValueError:
        return default


def ok_rows(rows: list) -> list:
    return [r for r in rows if r.get("status") in ("ok", "verification_failed")]


def hop_bound(r: int) -> float:
    """The paper's hop bound (54r)^(r-1) for K_r-minor-free graphs."""
    return float(54 * r) ** (r - 1)


def agg(values: list) -> tuple:
    vs = [v for v in values if not math.isnan(v)]
    if not vs:
        return math.nan, math.nan, math.nan
    return sum(vs) / len(vs), min(vs), max(vs)


def fit_slope(xs: list, ys: list) -> float:
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return math.nan
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    if sxx == 0:
        return math.nan
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx


def by(rows: list, *keys) -> dict:
    out = defaultdict(list)
    for r in rows:
        out[tuple(r.get(k, "") for k in keys)].append(r)
    return out


class Plotter:
    def __init__(self, results: Path, out: Path):
        self.results, self.out = results, out
        self.made: list = []
        self.skipped: list = []
        manifest = results / "manifest.json"
        self.manifest = json.loads(manifest.read_text()) if manifest.exists() else {}
        self.sweeps = {e["name"] for e in self.manifest.get("experiments", []) if e.get("sweep")}
        self.titles = {e["name"]: e.get("title", "") for e in self.manifest.get("experiments", [])}

    def save(self, fig, name: str, caption: str):
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / name
        fig.savefig(path, dpi=DPI, metadata={"Software": None})
        plt.close(fig)
        shrink_png(path)
        self.made.append({"file": name, "caption": caption})

    def skip(self, name: str, why: str):
        self.skipped.append({"file": name, "reason": why})

    def sweep_rows(self, rows: list) -> dict:
        """Size-sweep experiments (declared sweep=True) with >= 2 sizes."""
        order = [e["name"] for e in self.manifest.get("experiments", [])]
        out = {}
        groups = by(rows, "experiment")
        for (exp,), rs in sorted(groups.items(), key=lambda kv: order.index(kv[0][0]) if kv[0][0] in order else 99):
            sizes = {r.get("n") for r in rs}
            if exp in self.sweeps and len(sizes) >= 2:
                out[exp] = rs
        return out

    # ---------------------------------------------------------------- partition

    def hop_vs_n(self, rows: list):
        sweeps = self.sweep_rows(rows)
        if not sweeps:
            return self.skip("hop_vs_n.png", "no size-sweep partition experiment in the results")
        k = len(sweeps)
        cols = min(2, k)
        nrows = (k + cols - 1) // cols
        fig, axes = plt.subplots(nrows, cols, figsize=(5.2 * cols, 3.6 * nrows), squeeze=False)
        rs_used = set()
        for ax, (exp, rs) in zip(axes.flat, sweeps.items()):
            for (method,), mrows in sorted(by(rs, "method").items()):
                pts = defaultdict(list)
                p99 = defaultdict(list)
                for r in mrows:
                    pts[num(r, "n")].append(num(r, "hop_constant_max"))
                    p99[num(r, "n")].append(num(r, "hop_constant_p99"))
                    if method == "cop":
                        rv = num(r, "stats.r", num(r, "r", math.nan))
                        if not math.isnan(rv):
                            rs_used.add(int(rv))
                ns = sorted(pts)
                means = [agg(pts[n]) for n in ns]
                st = style(method)
                ax.errorbar(ns, [m[0] for m in means],
                            yerr=[[m[0] - m[1] for m in means], [m[2] - m[0] for m in means]],
                            color=st["color"], marker=st["marker"], label=st["label"] + " max", capsize=2, ms=4)
                ax.plot(ns, [agg(p99[n])[0] for n in ns], color=st["color"], ls="--", lw=1, alpha=0.7,
                        label=st["label"] + " p99")
            ax.set_xscale("log")
            ax.set_xlabel("n (vertices)")
            ax.set_ylabel("hop constant")
            ax.set_title(self.titles.get(exp) or exp, fontsize=9)
            ax.set_ylim(bottom=0)
            ax.grid(alpha=0.3)
        for ax in list(axes.flat)[k:]:
            ax.axis("off")
        bound_note = ", ".join(f"r = {r}: (54r)^(r-1) = {hop_bound(r):.1e}" for r in sorted(rs_used)) or "n/a"
        axes.flat[0].legend(fontsize=7, loc="upper left")
        fig.suptitle(f"Hop constant vs n (max over checked pairs; dashed: p99). Paper's hop bound, off the chart: "
                     f"{bound_note}", fontsize=8)
        fig.tight_layout()
        self.save(fig, "hop_vs_n.png",
                  "Hop constant (largest over the checked pairs; dashed: 99th percentile) against n for each "
                  f"size sweep, ours vs the net and mpx baselines. The paper's bound is off the chart ({bound_note}).")

    def _grouped(self, rows: list, metric: str, ylabel: str, name: str, caption: str, bound=None):
        data = [r for r in rows if r.get("experiment") not in self.sweeps]
        if not data:
            return self.skip(name, "no non-sweep partition experiment in the results")
        epss = sorted({num(r, "eps") for r in data}, reverse=True)
        graphs = []
        for r in data:
            if r["graph"] not in graphs:
                graphs.append(r["graph"])
        methods = [m for m in METHOD_STYLE if any(r["method"] == m for r in data)]
        fig, axes = plt.subplots(len(epss), 1, figsize=(max(7.0, 0.42 * len(graphs) * len(methods) / 1.6),
                                                         2.5 * len(epss) + 0.6), squeeze=False)
        width = 0.8 / max(1, len(methods))
        for ax, eps in zip(axes.flat, epss):
            for i, m in enumerate(methods):
                ys, lo, hi = [], [], []
                for g in graphs:
                    a = agg([num(r, metric) for r in data if r["graph"] == g and r["method"] == m
                             and num(r, "eps") == eps])
                    ys.append(a[0])
                    lo.append(a[0] - a[1] if not math.isnan(a[0]) else 0)
                    hi.append(a[2] - a[0] if not math.isnan(a[0]) else 0)
                xs = [j + (i - (len(methods) - 1) / 2) * width for j in range(len(graphs))]
                st = style(m)
                ax.bar(xs, [0 if math.isnan(y) else y for y in ys], width, color=st["color"], label=st["label"],
                       yerr=[lo, hi] if any(hi) else None, capsize=1.5)
            if bound is not None:
                ax.axhline(bound, color="black", lw=1, ls="--", label="bound" if eps == epss[0] else None)
            ax.set_xticks(range(len(graphs)))
            ax.set_xticklabels(graphs if eps == epss[-1] else [], rotation=35, ha="right", fontsize=7)
            ax.set_ylabel(f"{ylabel}\neps = {eps:g}", fontsize=8)
            ax.grid(axis="y", alpha=0.3)
        axes.flat[0].legend(fontsize=7, ncol=4, loc="upper left")
        fig.tight_layout()
        self.save(fig, name, caption)

    def hop_datasets(self, rows):
        self._grouped(rows, "hop_constant_max", "hop constant (max)", "hop_datasets.png",
                      "Largest measured hop constant per graph, method and eps (datasets and generated families). "
                      "The paper's bound (54r)^(r-1) (5.3e9 for r = 5) is far off the chart.")

    def strong_diameter(self, rows):
        self._grouped(rows, "max_strong_diameter_over_eps_D", "max diam / (eps D)", "strong_diameter.png",
                      "Largest strong cluster diameter divided by eps*D per graph, method and eps; the guarantee "
                      "of every method is <= 1 (dashed line).", bound=1.0)

    def time_vs_n(self, rows):
        sweeps = self.sweep_rows(rows)
        if not sweeps:
            return self.skip("time_vs_n.png", "no size-sweep partition experiment in the results")
        k = len(sweeps)
        fig, axes = plt.subplots(2, k, figsize=(3.4 * k, 6.2), squeeze=False)
        for j, (exp, rs) in enumerate(sweeps.items()):
            top, bottom = axes[0][j], axes[1][j]
            for (method,), mrows in sorted(by(rs, "method").items()):
                pts = defaultdict(list)
                ratio = defaultdict(list)
                for r in mrows:
                    pts[num(r, "n")].append(num(r, "time_s"))
                    ratio[num(r, "n")].append(num(r, "time_over_dijkstra"))
                ns = sorted(pts)
                ts = [agg(pts[n])[0] for n in ns]
                slope = fit_slope(ns, ts)
                st = style(method)
                top.plot(ns, ts, color=st["color"], marker=st["marker"], ms=4,
                         label=f"{method}: slope {slope:.2f}")
                bottom.plot(ns, [agg(ratio[n])[0] for n in ns], color=st["color"], marker=st["marker"], ms=4,
                            label=method)
            top.set_title(exp, fontsize=9)
            for ax in (top, bottom):
                ax.set_xscale("log")
                ax.set_yscale("log")
                ax.grid(alpha=0.3, which="both")
                ax.tick_params(labelsize=7)
            top.legend(fontsize=7)
            bottom.set_xlabel("n (vertices)", fontsize=8)
            if j == 0:
                top.set_ylabel("construction time (s)", fontsize=8)
                bottom.set_ylabel("time / one full Dijkstra\n(same run)", fontsize=8)
        fig.suptitle("Construction time vs n (log-log, least-squares slope in the legend); below, as a ratio to one "
                     "Dijkstra. Times under a millisecond are dominated by noise.", fontsize=8)
        fig.tight_layout()
        self.save(fig, "time_vs_n.png",
                  "Construction time (without computing D) against n on log-log axes with the least-squares slope "
                  "per sweep and method, and the same time divided by one full Dijkstra measured in the same run. "
                  "The machine is shared: times under a millisecond are mostly noise.")

    # ---------------------------------------------------------------- cop

    def cop_sweep(self, rows):
        rows = ok_rows(rows)
        if len({r.get("n") for r in rows}) < 2:
            return self.skip("cop_sweep.png", "fewer than two sizes in cop.csv")
        fig, axes = plt.subplots(1, 3, figsize=(11, 3.4))
        for (exp, frac), rs in sorted(by(rows, "experiment", "radius_frac").items()):
            rs = sorted(rs, key=lambda r: num(r, "n"))
            ns = [num(r, "n") for r in rs]
            lab = f"{exp}, radius {frac} x D"
            axes[0].plot(ns, [num(r, "supernodes") / max(1, num(r, "n")) for r in rs], marker="o", label=lab)
            axes[1].plot(ns, [num(r, "max_seen") for r in rs], marker="o", label=lab)
            axes[2].plot(ns, [num(r, "time_s") / max(1e-12, num(r, "reference_dijkstra_s")) for r in rs],
                         marker="o", label=lab)
        axes[0].set_ylabel("supernodes / n")
        axes[1].set_ylabel("max supernodes seen (s <= r-2)")
        axes[2].set_ylabel("time / one Dijkstra")
        for ax in axes:
            ax.set_xscale("log")
            ax.set_xlabel("n")
            ax.grid(alpha=0.3)
        axes[0].legend(fontsize=7)
        fig.tight_layout()
        self.save(fig, "cop_sweep.png", "Buffered cop decomposition (verified by `shortcut verify cop`): supernodes "
                  "per vertex, most supernodes seen by one BUILDTREE call, and time relative to one Dijkstra.")

    # ---------------------------------------------------------------- applications

    def treecover(self, rows):
        rows = ok_rows(rows)
        if not rows:
            return self.skip("treecover.png", self.reason("treecover", "treecover.csv"))
        sweeps = {e for e in self.sweeps}
        fixed = [r for r in rows if r["experiment"] not in sweeps]
        sweep = [r for r in rows if r["experiment"] in sweeps]
        fig, axes = plt.subplots(1, 3, figsize=(12, 3.6))
        for (graph,), rs in sorted(by(fixed, "graph").items()):
            rs = sorted(rs, key=lambda r: num(r, "eps"))
            axes[0].plot([num(r, "eps") for r in rs], [num(r, "forests_packed") for r in rs], marker="o", ms=4,
                         label=graph)
            axes[2].plot([num(r, "eps") for r in rs], [num(r, "max_stretch") for r in rs], marker="o", ms=4,
                         label=graph)
        for (eps,), rs in sorted(by(sweep, "eps").items()):
            pts = defaultdict(list)
            for r in rs:
                pts[num(r, "n")].append(num(r, "forests_packed"))
            ns = sorted(pts)
            axes[1].plot(ns, [agg(pts[n])[0] for n in ns], marker="o", ms=4, label=f"eps = {eps}")
        epss = sorted({num(r, "eps") for r in rows})
        axes[2].plot(epss, [1 + e for e in epss], color="black", ls="--", lw=1, label="bound 1 + eps")
        axes[0].set_xlabel("eps")
        axes[0].set_ylabel("forests")
        axes[0].set_title("forests vs eps", fontsize=9)
        axes[1].set_xscale("log")
        axes[1].set_xlabel("n")
        axes[1].set_ylabel("forests")
        axes[1].set_title("forests vs n" + ("" if sweep else " (no sweep data)"), fontsize=9)
        axes[2].set_xlabel("eps")
        axes[2].set_ylabel("max stretch (verified)")
        axes[2].set_title("measured stretch vs the guarantee", fontsize=9)
        for ax in axes:
            ax.grid(alpha=0.3)
            if ax.lines:
                ax.legend(fontsize=6)
        fig.suptitle("Tree cover: the paper bounds the number of trees by a function of eps and r only "
                     "(no explicit constant to draw)", fontsize=8)
        fig.tight_layout()
        self.save(fig, "treecover.png", "Tree cover (`shortcut treecover --verify`): forests after packing against "
                  "eps and against n, and the largest stretch found by the verifier against the guarantee 1 + eps.")

    def oracle(self, rows):
        rows = ok_rows(rows)
        if not rows:
            return self.skip("oracle_tradeoff.png", self.reason("oracle", "oracle.csv"))
        bench = [b for b in load(self.results / "benchmarks.csv") if b.get("program") == "oracle_benchmark"]
        panels = 4 if bench else 3
        fig, axes = plt.subplots(1, panels, figsize=(4 * panels, 3.6))
        colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        if bench:
            self._oracle_bench(axes[3], bench, colours)
        for i, ((graph,), rs) in enumerate(sorted(by(rows, "graph").items())):
            c = colours[i % len(colours)]
            rs = sorted(rs, key=lambda r: num(r, "eps"))
            eps = [num(r, "eps") for r in rs]
            n = num(rs[0], "n")
            axes[0].plot(eps, [num(r, "index_bytes_per_vertex") for r in rs], color=c, marker="o", ms=4,
                         label=f"{graph} (n = {int(n)})")
            axes[0].axhline(8 * n, color=c, ls=":", lw=1)
            axes[1].plot(eps, [num(r, "query_ns") for r in rs], color=c, marker="o", ms=4, label=graph)
            axes[1].axhline(agg([num(r, "dijkstra_query_ns") for r in rs])[0], color=c, ls=":", lw=1)
            axes[2].plot(eps, [num(r, "verify.max_stretch") for r in rs], color=c, marker="o", ms=4, label=graph)
            axes[2].plot(eps, [num(r, "verify.mean_stretch") for r in rs], color=c, ls="--", lw=1)
        epss = sorted({num(r, "eps") for r in rows})
        axes[2].plot(epss, [1 + e for e in epss], color="black", ls="--", lw=1, label="bound 1 + eps")
        axes[0].set_yscale("log")
        axes[0].set_ylabel("bytes per vertex")
        axes[0].set_title("space (dotted: exact distance table, 8n B/vertex)", fontsize=8)
        axes[1].set_yscale("log")
        axes[1].set_ylabel("ns per query")
        axes[1].set_title("query time (dotted: one full Dijkstra)", fontsize=8)
        axes[2].set_ylabel("stretch (solid max, dashed mean)")
        axes[2].set_title("measured stretch vs the guarantee", fontsize=8)
        for ax in axes:
            ax.set_xlabel("eps")
            ax.grid(alpha=0.3, which="both")
        axes[0].legend(fontsize=6)
        axes[2].legend(fontsize=6)
        fig.tight_layout()
        extra = (" Right: `bench/oracle_benchmark` (Google Benchmark, same machine): oracle query time against eps "
                 "next to exact queries by early-exit, bidirectional and Boost Dijkstra (dotted)." if bench else "")
        self.save(fig, "oracle_tradeoff.png",
                  "Distance oracle against eps: index size per vertex next to an exact distance table (8n bytes per "
                  "vertex, dotted), time per query (CLI throughput: wall time for the random pairs minus one pair, "
                  "divided by their number, so parsing and printing are included) next to one full Dijkstra on "
                  "the same graph measured in the same run (dotted), and the stretch measured by `shortcut verify "
                  "oracle` against the guarantee 1 + eps." + extra)

    @staticmethod
    def _oracle_bench(ax, bench, colours):
        """Query time of the oracle (OracleQuery/<graph>/eps:<e>) and of the
        exact baselines (Exact<kind>/<graph>), in ns."""
        scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}
        graphs = []
        for b in bench:
            parts = b["name"].split("/")
            if len(parts) >= 2 and parts[1] not in graphs and parts[0] in ("OracleQuery",):
                graphs.append(parts[1])
        styles = {"ExactEarlyExit": ":", "ExactBidirectional": "--", "ExactBoost": "-."}
        for i, g in enumerate(graphs):
            c = colours[i % len(colours)]
            pts = []
            for b in bench:
                parts = b["name"].split("/")
                t = num(b, "real_time") * scale.get(b.get("time_unit", "ns"), 1)
                if parts[0] == "OracleQuery" and parts[1] == g:
                    pts.append((float(parts[2].split(":")[1]), t))
                elif parts[0] in styles and parts[1] == g:
                    ax.axhline(t, color=c, ls=styles[parts[0]], lw=1,
                               label=f"{parts[0][5:]} ({g})" if i == 0 else None)
            pts.sort()
            ax.plot([p[0] for p in pts], [p[1] for p in pts], color=c, marker="o", ms=4, label=f"oracle ({g})")
        ax.set_yscale("log")
        ax.set_xlabel("eps")
        ax.set_ylabel("ns per query (benchmark)")
        ax.set_title("oracle_benchmark: oracle vs exact queries", fontsize=8)
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=6)

    def spr(self, rows):
        rows = ok_rows(rows)
        if not rows:
            return self.skip("spr_distortion.png", self.reason("spr", "spr.csv"))
        graphs = []
        for r in rows:
            if r["graph"] not in graphs:
                graphs.append(r["graph"])
        cols = min(4, len(graphs))
        nrows = (len(graphs) + cols - 1) // cols
        fig, axes = plt.subplots(nrows, cols, figsize=(3.3 * cols, 2.9 * nrows + 0.4), squeeze=False)
        colours = {"paper": "#d62728", "voronoi": "#1f77b4", "ball": "#2ca02c", "gupta": "#9467bd"}
        for ax, g in zip(axes.flat, graphs):
            for (method,), rs in sorted(by([r for r in rows if r["graph"] == g], "method").items()):
                pts, means = defaultdict(list), defaultdict(list)
                for r in rs:
                    pts[num(r, "terminals")].append(num(r, "max_distortion"))
                    means[num(r, "terminals")].append(num(r, "mean_distortion"))
                ks = sorted(pts)
                c = colours.get(method, "#7f7f7f")
                label = "ours (paper)" if method == "paper" else method
                ax.plot(ks, [agg(pts[k])[0] for k in ks], color=c, marker="o", ms=3, label=f"{label} max")
                ax.plot(ks, [agg(means[k])[0] for k in ks], color=c, ls="--", lw=1, label=f"{label} mean")
            ax.set_xscale("log")
            ax.set_title(f"{g} (n = {rows[[r['graph'] for r in rows].index(g)].get('n', '?')})", fontsize=8)
            ax.set_xlabel("|K| (terminals)", fontsize=8)
            ax.set_ylabel("distortion", fontsize=8)
            ax.tick_params(labelsize=7)
            ax.grid(alpha=0.3)
        for ax in list(axes.flat)[len(graphs):]:
            ax.axis("off")
        axes.flat[0].legend(fontsize=6)
        fig.suptitle("Steiner point removal: distortion over the checked terminal pairs (solid: max, dashed: mean). "
                     "The paper's bound 2^O(r log r) has no explicit constant to draw.", fontsize=8)
        fig.tight_layout()
        self.save(fig, "spr_distortion.png", "Steiner point removal: largest (solid) and mean (dashed) distortion "
                  "over the checked terminal pairs against the number of terminals |K|, per graph and method; ours "
                  "is `paper`. The paper proves distortion 2^O(r log r) without an explicit constant, so no bound "
                  "line is drawn.")

    def reason(self, kind: str, csv_name: str) -> str:
        """Why a plot of `kind` has no data: failed runs, or the harness's note."""
        rows = load(self.results / csv_name)
        if rows and not ok_rows(rows):
            return f"all {len(rows)} runs in {csv_name} failed (first: {rows[0].get('error', '?')})"
        kind_exps = {e["name"] for e in self.manifest.get("experiments", []) if e.get("kind") == kind}
        for note in self.manifest.get("notes", []):
            for e in kind_exps:
                if note.startswith(f"experiment {e}:"):
                    return note.split(":", 1)[1].strip().removeprefix("skipped, ")
        if not kind_exps:
            return f"the preset has no {kind} experiment"
        return f"no successful run in {csv_name}"

    def run(self):
        if plt is None:
            print("plots: python3-matplotlib is not installed (scripts/deps.sh python3-matplotlib)", file=sys.stderr)
            return 1
        part = ok_rows(load(self.results / "partition.csv"))
        if part:
            self.hop_vs_n(part)
            self.hop_datasets(part)
            self.strong_diameter(part)
            self.time_vs_n(part)
        else:
            for f in ("hop_vs_n.png", "hop_datasets.png", "strong_diameter.png", "time_vs_n.png"):
                self.skip(f, "no partition results (partition.csv missing or empty)")
        cop = load(self.results / "cop.csv")
        if cop:
            self.cop_sweep(cop)
        else:
            self.skip("cop_sweep.png", self.reason("cop", "cop.csv"))
        self.treecover(load(self.results / "treecover.csv"))
        self.oracle(load(self.results / "oracle.csv"))
        self.spr(load(self.results / "spr.csv"))
        self.out.mkdir(parents=True, exist_ok=True)
        # Remove plots of an earlier run that this run no longer makes.
        made = {m["file"] for m in self.made}
        for old in self.out.glob("*.png"):
            if old.name not in made:
                old.unlink()
        index = [f"# Plots of the `{self.manifest.get('preset', self.results.name)}` preset", "",
                 f"Drawn by `bench/experiments/plots.py` from the CSV files of `{self.results.name}` results "
                 f"(commit `{self.manifest.get('commit', '?')}`, {self.manifest.get('date', '?')}); the tables are "
                 "in the harness block of docs/RESULTS.md.", ""]
        for m in self.made:
            index += [f"## {m['file']}", "", f"![{m['file']}]({m['file']})", "", m["caption"], ""]
        if self.skipped:
            index += ["## Not drawn", ""] + [f"- {s['file']}: {s['reason']}" for s in self.skipped] + [""]
        (self.out / "README.md").write_text("\n".join(index))
        tmp = self.out / ".plots.json.tmp"
        tmp.write_text(json.dumps({"plots": self.made, "skipped": self.skipped}, indent=2) + "\n")
        os.replace(tmp, self.out / "plots.json")
        for m in self.made:
            print(f"plots: wrote {m['file']}", file=sys.stderr)
        for s in self.skipped:
            print(f"plots: skipped {s['file']}: {s['reason']}", file=sys.stderr)
        return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", required=True, help="results directory of a preset (CSV files)")
    ap.add_argument("--out", required=True, help="directory for the PNG files")
    args = ap.parse_args(argv)
    return Plotter(Path(args.results), Path(args.out)).run()


if __name__ == "__main__":
    sys.exit(main())
