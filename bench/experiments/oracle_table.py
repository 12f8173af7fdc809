#!/usr/bin/env python3
"""Turns the JSON output of bench/oracle_benchmark into the markdown tables of
docs/RESULTS.md, "Tree cover and distance oracle".

    oracle_table.py RESULTS.json [MORE.json ...] [--commit COMMIT] > table.md

Rows of later files replace rows of the same name in earlier ones.

Only the Python standard library is used."""
import json
import sys


def fmt(x, digits=1):
    if x is None:
        return "–"
    if isinstance(x, float) and abs(x - round(x)) < 1e-9 and abs(x) >= 100:
        return f"{int(round(x)):,}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def main():
    args = sys.argv[1:]
    commit = ""
    if "--commit" in args:
        i = args.index("--commit")
        commit = args[i + 1]
        del args[i:i + 2]
    rows = {}
    ctx = {}
    for path in args:
        data = json.load(open(path))
        ctx = ctx or data.get("context", {})
        for b in data.get("benchmarks", []):
            rows[b["name"].split("/iterations")[0].split("/manual_time")[0]] = b
    out = []
    out.append(f"Machine: {ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz, "
               f"load average {', '.join(f'{x:.1f}' for x in ctx.get('load_avg', []))} when the run started"
               + (f"; commit {commit}" if commit else "") + ".")
    out.append("")
    out.append("| graph | n | ε | build ÷ Dijkstra, CPU (wall) | index B/vertex | entries/vertex (max) | "
               "forests across scales (Σ per scale) | query ns, CPU (wall) | stretch max / p99 / mean | pairs checked |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    graphs = []
    for name in rows:
        if name.startswith("OracleBuild/"):
            g = name.split("/")[1]
            if g not in graphs:
                graphs.append(g)
    for g in graphs:
        for eps in ("0.50", "0.25", "0.10"):
            b = rows.get(f"OracleBuild/{g}/eps:{eps}")
            q = rows.get(f"OracleQuery/{g}/eps:{eps}")
            if b is None:
                continue
            query = "–"
            if q is not None:
                query = f"{fmt(q['cpu_time'], 0)} ({fmt(q['real_time'], 0)})"
            forests = "–"
            if "forests_packed" in b:
                forests = f"{fmt(b['forests_packed'], 0)} ({fmt(b['forests_per_scale_sum'], 0)})"
            out.append(
                f"| {g} | {fmt(b['n'], 0)} | {eps} | {fmt(b['build_over_dijkstra_cpu'])} ({fmt(b['build_over_dijkstra'])}) | "
                f"{fmt(b['index_bytes_per_vertex'], 0)} | {fmt(b['entries_per_vertex'])} ({fmt(b['max_overlap'], 0)}) | "
                f"{forests} | {query} | "
                f"{b['stretch_max']:.4f} / {b['stretch_p99']:.4f} / {b['stretch_mean']:.4f} | {fmt(b['pairs_checked'], 0)} |")
    two = [(k, v) for k, v in rows.items() if k.startswith("OracleBuildTwoThreads/")]
    for k, v in two:
        g, eps = k.split("/")[1], k.split("/")[2].replace("eps:", "")
        out.append("")
        out.append(f"The same build of {g} at ε = {eps} with `--threads 2`: {v['build_s']:.1f} s wall = "
                   f"{v['build_over_dijkstra']:.1f}× one Dijkstra (CPU of both threads {v['build_cpu_s']:.1f} s).")
    out.append("")
    out.append("Exact answers for random pairs, measured in the same run (µs per query, CPU (wall)):")
    out.append("")
    out.append("| graph | Dijkstra, stop at target | bidirectional Dijkstra | Boost.Graph dijkstra_shortest_paths (full) |")
    out.append("|---|---|---|---|")
    for g in graphs:
        cells = []
        for kind in ("ExactEarlyExit", "ExactBidirectional", "ExactBoost"):
            r = rows.get(f"{kind}/{g}")
            cells.append("–" if r is None else f"{fmt(r['cpu_time'])} ({fmt(r['real_time'])})")
        out.append(f"| {g} | " + " | ".join(cells) + " |")
    shrink = [(k.split("/")[1], v) for k, v in rows.items() if k.startswith("OracleShrink/")]
    if shrink:
        out.append("")
        base = dict(shrink).get("default")
        out.append("What each idea saves (500 × 500 triangulated grid, weights 1..100, ε = 0.25; each row switches "
                   "one idea off, or changes one parameter):")
        out.append("")
        out.append("| variant | entries/vertex | vs default | index B/vertex | vs default | build ÷ Dijkstra, CPU (wall) | query ns |")
        out.append("|---|---|---|---|---|---|---|")
        for name, r in shrink:
            rel_e = rel_b = "–"
            if base is not None:
                rel_e = f"{r['entries_per_vertex'] / base['entries_per_vertex']:.2f}×"
                rel_b = f"{r['index_bytes_per_vertex'] / base['index_bytes_per_vertex']:.2f}×"
            out.append(f"| {name} | {fmt(r['entries_per_vertex'])} | {rel_e} | {fmt(r['index_bytes_per_vertex'], 0)} | "
                       f"{rel_b} | {fmt(r.get('build_over_dijkstra_cpu'))} ({fmt(r['build_over_dijkstra'])}) | "
                       f"{fmt(r['query_ns'], 0)} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
