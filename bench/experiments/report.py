#!/usr/bin/env python3
"""Writes the harness's block of docs/RESULTS.md from a results directory.

    report.py --results bench/results/quick --plots docs/plots/quick [--results-md docs/RESULTS.md]
    report.py ... --stdout        # print the block instead of writing it

Only the text between the lines `<!-- BEGIN harness -->` and
`<!-- END harness -->` is replaced (the block is appended when absent); every
other section of RESULTS.md belongs to someone else and is left byte for byte
as it was. Every number in the block is read from the CSVs written by
harness.py. Python 3 standard library only.
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

from plots import fit_slope  # same directory; the log-log slope of the growth tables

ROOT = Path(__file__).resolve().parent.parent.parent
BEGIN = "<!-- BEGIN harness -->"
END = "<!-- END harness -->"
METHODS = ["cop", "net", "mpx"]


def load(path: Path) -> list:
    if not path.exists():
        return []
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def num(row: dict, key: str) -> float:
    try:
        v = row.get(key, "")
        return float(v) if v not in ("", None) else math.nan
    except ValueError:
        return math.nan


def fmt(x: float, digits: int = 3) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if x == 0:
        return "0"
    if float(x).is_integer() and abs(x) < 1e9:
        return str(int(x))
    if abs(x) >= 1e5 or abs(x) < 1e-3:
        return f"{x:.2e}"
    return f"{x:.{digits}g}"


def rel_link(target: Path, md: Path) -> str:
    return os.path.relpath(target.resolve(), md.resolve().parent)


def repo_rel(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p)


def mean(vals: list) -> float:
    vs = [v for v in vals if not math.isnan(v)]
    return sum(vs) / len(vs) if vs else math.nan


def cell(rows: list, key: str, digits: int = 3) -> str:
    """The mean over seeds of a metric; failed runs are marked."""
    if not rows:
        return "–"
    bad = [r for r in rows if r.get("status") not in ("ok", "verification_failed")]
    if len(bad) == len(rows):
        return "error" if bad[0].get("status") != "timeout" else "timeout"
    s = fmt(mean([num(r, key) for r in rows if r not in bad]), digits)
    if any(r.get("status") == "verification_failed" for r in rows):
        s += " (check failed)"
    return s


def time_cell(rows: list) -> str:
    """Construction time in ms and, in parentheses, as a ratio to one full
    Dijkstra measured in the same run."""
    t = cell(rows, "time_s")
    if t in ("–", "error", "timeout"):
        return t
    ms = mean([num(r, "time_s") * 1e3 for r in rows])
    return f"{fmt(ms)} ({cell(rows, 'time_over_dijkstra')}×)"


def table(header: list, rows: list) -> list:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out


class Report:
    def __init__(self, results: Path, plots: Path, md: Path):
        self.results, self.plots, self.md = results, plots, md
        m = results / "manifest.json"
        self.manifest = json.loads(m.read_text()) if m.exists() else {}
        self.exps = {e["name"]: e for e in self.manifest.get("experiments", [])}
        p = plots / "plots.json"
        self.plot_index = json.loads(p.read_text()) if p.exists() else {"plots": [], "skipped": []}

    def partition_table(self, rows: list) -> list:
        """One line per (graph, eps): the three methods side by side."""
        groups = defaultdict(list)
        order = []
        for r in rows:
            k = (r["graph"], r["eps"])
            if k not in groups:
                order.append(k)
            groups[k].append(r)
        methods = [m for m in METHODS if any(r["method"] == m for r in rows)]
        ms = " / ".join(methods)
        header = ["graph", "n", "planar; r of cop", "eps", f"hop constant max: {ms}",
                  f"hop p99: {ms}", f"max diam ÷ εD: {ms}", f"clusters: {ms}",
                  f"time ms (× one Dijkstra): {ms}"]
        lines = []
        for (g, eps) in sorted(order, key=lambda k: (k[0], -float(k[1]))):
            rs = groups[(g, eps)]
            per = {m: [r for r in rs if r["method"] == m] for m in methods}
            cop = per.get("cop", [])
            if cop:
                promised = cop[0].get("r_flag", "")
                used = cop[0].get("stats.r") or cop[0].get("r", "")
                planar = (f"yes; r = {promised}" if promised not in ("", "0")
                          else f"no; r = {used} detected")
            else:
                planar = "–"
            n = rs[0].get("n", "")
            lines.append([g, n, planar, eps,
                          " / ".join(cell(per[m], "hop_constant_max") for m in methods),
                          " / ".join(cell(per[m], "hop_constant_p99") for m in methods),
                          " / ".join(cell(per[m], "max_strong_diameter_over_eps_D") for m in methods),
                          " / ".join(cell(per[m], "clusters") for m in methods),
                          " / ".join(time_cell(per[m]) for m in methods)])
        return table(header, lines)

    def sweep_table(self, rows: list) -> list:
        methods = [m for m in METHODS if any(r["method"] == m for r in rows)]
        ms = " / ".join(methods)
        by_n = defaultdict(list)
        for r in rows:
            by_n[int(num(r, "n"))].append(r)
        lines = []
        for n in sorted(by_n):
            per = {m: [r for r in by_n[n] if r["method"] == m] for m in methods}
            lines.append([n, by_n[n][0].get("eps", ""),
                          " / ".join(cell(per[m], "hop_constant_max") for m in methods),
                          " / ".join(cell(per[m], "hop_constant_mean") for m in methods),
                          " / ".join(cell(per[m], "max_strong_diameter_over_eps_D") for m in methods),
                          " / ".join(cell(per[m], "clusters") for m in methods),
                          " / ".join(time_cell(per[m]) for m in methods)])
        slopes = []
        for m in methods:
            pts = sorted((num(r, "n"), num(r, "time_s")) for r in rows if r["method"] == m
                         and r.get("status") == "ok")
            slopes.append(f"{m} {fmt(fit_slope([p[0] for p in pts], [p[1] for p in pts]), 3)}")
        out = table(["n", "eps", f"hop constant max: {ms}", f"hop mean: {ms}", f"max diam ÷ εD: {ms}",
                     f"clusters: {ms}", f"time ms (× one Dijkstra): {ms}"], lines)
        out += ["", f"Fitted slope of log(time) against log(n): {', '.join(slopes)}."]
        return out

    def cop_table(self, rows: list) -> list:
        lines = []
        for r in sorted(rows, key=lambda r: (r["experiment"], r["family"], num(r, "n"), num(r, "radius_frac"))):
            lines.append([r["graph"], r.get("n", ""), r.get("radius_frac", ""), r.get("radius", ""),
                          r.get("r_flag", ""), r.get("supernodes", ""), r.get("max_seen", ""),
                          r.get("tree_depth", ""), r.get("max_skeleton_leaves", ""),
                          r.get("verify.ok", r.get("status", "")), fmt(num(r, "time_s")),
                          fmt(num(r, "time_s") / num(r, "reference_dijkstra_s"))])
        return table(["graph", "n", "Δ ÷ ecc(1)", "Δ", "r", "supernodes", "max seen", "tree depth", "skeleton leaves",
                      "verified", "time (s)", "time ÷ Dijkstra"], lines)

    def spr_table(self, rows: list) -> list:
        """One line per (graph, |K|): the methods side by side."""
        methods = [m for m in ("paper", "voronoi", "ball", "gupta") if any(r["method"] == m for r in rows)]
        ms = " / ".join(methods)
        groups = defaultdict(list)
        for r in rows:
            groups[(r["graph"], num(r, "fraction"))].append(r)
        lines = []
        for (g, frac) in sorted(groups):
            rs = groups[(g, frac)]
            per = {m: [r for r in rs if r["method"] == m] for m in methods}
            k = next((r.get("terminals") for r in rs if r.get("terminals")), "")
            lines.append([g, rs[0].get("n", ""), k,
                          " / ".join(cell(per[m], "max_distortion") for m in methods),
                          " / ".join(cell(per[m], "mean_distortion") for m in methods),
                          " / ".join(cell(per[m], "time_over_dijkstra") for m in methods)])
        return table(["graph", "n", "terminals", f"max distortion: {ms}", f"mean distortion: {ms}",
                      f"time ÷ Dijkstra: {ms}"], lines)

    def treecover_table(self, rows: list) -> list:
        lines = []
        for r in sorted(rows, key=lambda r: (r["experiment"], r["family"], num(r, "n"), -num(r, "eps"))):
            lines.append([r["graph"], r.get("n", ""), r.get("eps", ""), cell([r], "forests_packed"),
                          cell([r], "forests_per_scale_sum"), cell([r], "stars"), cell([r], "max_overlap"),
                          cell([r], "max_stretch"), cell([r], "mean_stretch"), cell([r], "total_s"),
                          cell([r], "time_over_dijkstra")])
        return table(["graph", "n", "eps", "forests", "forests summed over scales", "stars", "max overlap",
                      "max stretch", "mean stretch", "time (s)", "time ÷ Dijkstra"], lines)

    def oracle_table(self, rows: list) -> list:
        lines = []
        for r in sorted(rows, key=lambda r: (r["family"], num(r, "n"), -num(r, "eps"))):
            lines.append([r["graph"], r.get("n", ""), r.get("eps", ""), cell([r], "index_bytes_per_vertex"),
                          cell([r], "exact_table_bytes_per_vertex"), cell([r], "entries_per_vertex"),
                          cell([r], "verify.max_stretch"), cell([r], "verify.mean_stretch"),
                          cell([r], "query_ns"), cell([r], "dijkstra_query_ns"), cell([r], "build_over_dijkstra")])
        return table(["graph", "n", "eps", "index B/vertex", "exact table B/vertex", "entries/vertex",
                      "max stretch", "mean stretch", "ns/query", "one Dijkstra (ns)", "build ÷ Dijkstra"], lines)

    def bench_table(self, rows: list) -> list:
        lines = []
        for r in rows:
            counters = [f"{k}={fmt(num(r, k))}" for k in ("n", "ns_per_vertex", "x_dijkstra")
                        if r.get(k) not in (None, "")]
            lines.append([r.get("program", ""), f"`{r.get('name', '')}`", fmt(num(r, "real_time")),
                          fmt(num(r, "cpu_time")), r.get("time_unit", ""), r.get("iterations", ""),
                          ", ".join(counters)])
        return table(["program", "benchmark", "real time", "CPU time", "unit", "iterations", "counters"], lines)

    def block(self) -> str:
        m = self.manifest
        preset = m.get("preset", self.results.name)
        out = [BEGIN, f"## Research harness: partitions, baselines and size sweeps (preset `{preset}`)", ""]
        out += ["Generated by `bench/experiments/report.py` from the CSV files in "
                f"[`{repo_rel(self.results)}/`]({rel_link(self.results, self.md)}/); do not edit by hand. "
                f"Command: `{m.get('command', '')}` (builds the CLI, runs the matrix, draws the plots, "
                "rewrites this block).", ""]
        timing = m.get("timing", {})
        t = ""
        if timing:
            build = ("from scratch" if timing.get("fresh_build") else
                     "incremental" if timing.get("built") else "skipped")
            kept = (f"; {timing['kept_runs']} runs were kept from an earlier invocation"
                    if timing.get("kept_runs") else "")
            t = (f" Wall time of the whole command: {timing.get('total_s', 0) / 60:.1f} min (build, {build}: "
                 f"{timing.get('build_s', 0) / 60:.1f} min; runs {timing.get('runs_s', 0) / 60:.1f} min; "
                 f"benchmarks, plots and pictures {timing.get('other_s', 0) / 60:.1f} min{kept})"
                 + (f"; CPU time {timing['cpu_s'] / 60:.1f} min, load average {timing['load_average']} at the end "
                    f"(the machine was shared)." if timing.get("cpu_s") else "."))
        est = m.get("estimates", {}).get("full")
        if est and preset != "full":
            t += (f" Expected time of `bench/experiments/run.sh full` ({est['runs']} runs), extrapolated from "
                  f"these rows: about {est['runs_s'] / 60:.0f} min of runs plus the build and the benchmarks.")
        out += [f"- Machine: {m.get('machine', '?')}, {m.get('cores', '?')} cores, {m.get('mem_gib', '?')} GiB, "
                f"CPU {m.get('cpu', '?')}; compiler {m.get('compiler', '?')} ({m.get('build_type', '?')}).",
                f"- Commit `{m.get('commit', '?')}`, date {m.get('date', '?')}; {m.get('runs', 0)} runs."
                + t,
                "- Times are noisy (shared machine); each is also given as a ratio to one full Dijkstra on the same "
                "graph measured in the same run (`reference_dijkstra_s`). Hop constants are measured by the "
                "independent checker (all pairs up to 2000 vertices, else all pairs from 200 sampled sources). "
                "Cells list the methods in the order of the column header; ours is `cop` (with `--r 5` on planar "
                "inputs, otherwise r detected); mpx values are means over its seeds.", ""]
        part = load(self.results / "partition.csv")
        sweeps = {e for e, x in self.exps.items() if x.get("sweep")}
        for name, x in self.exps.items():
            rows = [r for r in part if r["experiment"] == name]
            if x["kind"] != "partition" or not rows:
                continue
            out += [f"### {x.get('title') or name}", ""]
            out += self.sweep_table(rows) if name in sweeps else self.partition_table(rows)
            out += [""]
        cop = load(self.results / "cop.csv")
        if cop:
            out += ["### Buffered cop decomposition, verified", ""] + self.cop_table(cop) + [""]
        tc = load(self.results / "treecover.csv")
        if tc:
            out += ["### Tree cover (verified)", "",
                    "`shortcut treecover --verify`: the verifier checks domination and measures the stretch over "
                    "all pairs (small graphs) or sampled pairs before the cover is written.", ""]
            out += self.treecover_table(tc) + [""]
        oracle = load(self.results / "oracle.csv")
        if oracle:
            out += ["### Distance oracle", "",
                    "Space from `oracle build`, stretch from `verify oracle`; query time is the CLI throughput "
                    "(wall time for the random pairs minus the time for one pair, divided by their number: "
                    "parsing and printing included). Exact baselines from the same run: an exact distance table "
                    "takes 8n bytes per vertex, and one exact query by search costs up to one full Dijkstra.", ""]
            out += self.oracle_table(oracle) + [""]
        spr = load(self.results / "spr.csv")
        if spr:
            for name, x in self.exps.items():
                rows = [r for r in spr if r["experiment"] == name]
                if x["kind"] == "spr" and rows:
                    srcs = sorted({r.get("sources", "") for r in rows if r.get("sources")}, key=float)
                    out += [f"### {x.get('title') or name}", "",
                            "Ours is `paper` (the reduction through shortcut partitions); distortion over the "
                            "checked terminal pairs: all pairs when there are few terminals, otherwise all pairs "
                            f"from {' or '.join(srcs) or '?'} sampled source terminals.",
                            ""] + self.spr_table(rows) + [""]
        bench = load(self.results / "benchmarks.csv")
        if bench:
            out += ["### Google Benchmark (hot paths)", "",
                    f"JSON output next to the CSVs: `{repo_rel(self.results)}/benchmarks/`.", ""]
            out += self.bench_table(bench) + [""]
        if self.plot_index["plots"]:
            out += ["### Plots", ""]
            for p in self.plot_index["plots"]:
                link = rel_link(self.plots / p["file"], self.md)
                out += [f"![{p['file']}]({link})", "", p["caption"], ""]
        singles = sorted({f"{r['method']} on {r['graph']} at eps = {r['eps']}" for r in part
                          if r.get("status") == "ok" and r.get("clusters") and r.get("clusters") == r.get("n")})
        if singles:
            out += ["### Degenerate clusterings", "",
                    "These runs returned only singleton clusters (clusters = n): their strong diameter is 0 and "
                    "their hop constant is that of the graph's own hop distances, so they say little about the "
                    "method. On unit-weight graphs this happens when eps·D is only a few hops.", "",
                    "- " + "; ".join(singles), ""]
        failed = []
        for f in sorted(self.results.glob("*.csv")):
            for r in load(f):
                if r.get("status") not in ("ok", "", None):
                    label = " ".join(f"{k}={r.get(k)}" for k in ("experiment", "graph", "method", "eps", "fraction")
                                     if r.get(k))
                    failed.append(f"{f.stem}: {label}: {r.get('status')}: {r.get('error', '')}")
        if failed:
            out += ["### Runs that did not succeed", "",
                    f"{len(failed)} runs; their rows are kept in the CSVs with the error (first 12 shown):", ""]
            out += [f"- {x}" for x in failed[:12]] + [""]
        notes = list(m.get("notes", [])) + [f"plot {s['file']}: skipped, {s['reason']}"
                                            for s in self.plot_index["skipped"]]
        if notes:
            out += ["### Not measured in this run", ""] + [f"- {n}" for n in notes] + [""]
        out += [END]
        return "\n".join(out) + "\n"


def replace_block(text: str, block: str) -> str:
    b, e = text.find(BEGIN), text.find(END)
    if b >= 0 and e > b:
        end = e + len(END)
        if text[end:end + 1] == "\n":
            end += 1
        return text[:b] + block + text[end:]
    if b >= 0 or e >= 0:
        raise SystemExit(f"report: {BEGIN} / {END} markers are unbalanced; fix them by hand")
    sep = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
    return text + sep + block


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", required=True, help="results directory (bench/results/PRESET)")
    ap.add_argument("--plots", required=True, help="plot directory (docs/plots/PRESET)")
    ap.add_argument("--results-md", default=str(ROOT / "docs" / "RESULTS.md"), help="the file to update")
    ap.add_argument("--stdout", action="store_true", help="print the block instead of writing it")
    args = ap.parse_args(argv)
    results = Path(args.results)
    if not (results / "manifest.json").exists():
        print(f"report: error: {results}/manifest.json not found; run bench/experiments/run.sh first",
              file=sys.stderr)
        return 1
    md = Path(args.results_md)
    block = Report(results, Path(args.plots), md).block()
    if args.stdout:
        sys.stdout.write(block)
        return 0
    text = md.read_text() if md.exists() else ""
    new = replace_block(text, block)
    tmp = md.with_name(f".{md.name}.tmp")
    tmp.write_text(new)
    os.replace(tmp, md)
    print(f"report: updated the harness block of {repo_rel(md)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
