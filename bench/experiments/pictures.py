#!/usr/bin/env python3
"""Draws the pictures of docs/pictures.md with the `shortcut` CLI.

    pictures.py --cli build/experiments/shortcut [--out docs/pictures] [--md docs/pictures.md]

Each picture is a short pipeline of CLI calls (generate or load a graph,
partition / decompose / remove Steiner points, `shortcut draw ... -o X.png`);
its caption quotes numbers from the --stats files of those calls, and the
page lists the commands, so every picture can be redrawn by hand. Pictures
whose subcommands the CLI does not have yet are skipped with a note. Needs
rsvg-convert (Debian's librsvg2-bin; installed by run.sh through
scripts/deps.sh). Python 3 standard library, plus Pillow when available to
shrink the PNG files.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WIDTH = 640  # pixels: small PNG files


def shrink_png(path) -> None:
    """Re-encodes a PNG with a 64-colour palette when Pillow is available
    (it comes with Debian's python3-matplotlib): 3-4 times smaller files for
    flat-colour drawings. Without Pillow the file is left as it is."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        q = im.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    q.save(path, optimize=True)


def cli_commands(cli: str) -> set:
    p = subprocess.run([cli, "help"], capture_output=True, text=True)
    return {m.group(1) for m in re.finditer(r"^  (\S+(?: \S+)?)\s{2,}", p.stdout + p.stderr, re.M)}


class Picture:
    """name: PNG file stem; title: heading; steps: list of argv lists (after
    the binary) using {tmp} for scratch files and {out} for the PNG;
    caption(stats) -> text, where stats maps a step's stats file stem to its
    parsed JSON."""

    def __init__(self, name, title, steps, caption, needs):
        self.name, self.title, self.steps, self.caption, self.needs = name, title, steps, caption, needs


def f3(x) -> str:
    return f"{float(x):.3g}"


PICTURES = [
    Picture(
        "3elt_clusters_eps0.25", "3elt: shortcut partition at ε = 0.25",
        [["partition", "datasets/3elt/3elt.grf.gz", "--eps", "0.25", "--r", "5", "-o", "{tmp}/clusters.txt",
          "--stats", "{tmp}/partition.json"],
         ["draw", "datasets/3elt/3elt.grf.gz", "--clusters", "{tmp}/clusters.txt", "--width", str(WIDTH),
          "-o", "{out}"]],
        lambda s: (f"The 3elt finite-element mesh (n = {s['partition']['n']}, unit weights, D = "
                   f"{s['partition']['D']} hops) cut into {s['partition']['clusters']} clusters of strong diameter "
                   f"at most {f3(s['partition']['max_strong_diameter_over_eps_D'])}·εD; measured hop constant "
                   f"{f3(s['partition']['hop_constant_max'])} (max) / {f3(s['partition']['hop_constant_mean'])} "
                   "(mean). The mesh is graded (tiny triangles in the middle), so clusters of equal hop diameter "
                   "look small at the centre and large outside. Adjacent clusters never share a colour."),
        ["partition", "draw"]),
    Picture(
        "delaunay_supernodes", "Delaunay graph: buffered cop decomposition with skeletons",
        [["gen", "delaunay", "--n", "800", "--seed", "1", "--weights", "euclidean", "-o", "{tmp}/delaunay.gr"],
         ["info", "{tmp}/delaunay.gr", "--json", ">", "{tmp}/info.json"],
         ["cop", "{tmp}/delaunay.gr", "--radius", "{radius}", "--r", "5", "-o", "{tmp}/supernodes.txt",
          "--stats", "{tmp}/cop.json"],
         ["draw", "{tmp}/delaunay.gr", "--supernodes", "{tmp}/supernodes.txt", "--width", str(WIDTH),
          "-o", "{out}"]],
        lambda s: (f"A random Delaunay triangulation (n = {s['cop']['n']}, Euclidean weights) decomposed with "
                   f"radius Δ = {f3(s['cop']['radius'])} (a fifth of the eccentricity of vertex 1, so between "
                   "a tenth and a fifth of the diameter) for r = 5: "
                   f"{s['cop']['supernodes']} supernodes, partition-tree depth {s['cop']['tree_depth']}, at most "
                   f"{s['cop']['max_seen']} supernodes seen by one BUILDTREE call. Dark paths are the skeletons "
                   "(shortest-path trees with at most r − 2 = 3 leaves), rings their roots."),
        ["gen", "info", "cop", "draw"]),
    Picture(
        "grid_cop_eps0.25", "30 × 30 grid: ours (cop) at ε = 0.25",
        [["gen", "grid", "--n", "900", "-o", "{tmp}/grid.gr"],
         ["partition", "{tmp}/grid.gr", "--eps", "0.25", "--r", "5", "-o", "{tmp}/clusters.txt",
          "--stats", "{tmp}/partition.json"],
         ["draw", "{tmp}/grid.gr", "--clusters", "{tmp}/clusters.txt", "--width", str(WIDTH // 2 + 40),
          "-o", "{out}"]],
        lambda s: (f"Our shortcut partition of a 30 × 30 grid (D = {s['partition']['D']}): "
                   f"{s['partition']['clusters']} clusters, max strong diameter "
                   f"{f3(s['partition']['max_strong_diameter_over_eps_D'])}·εD, hop constant "
                   f"{f3(s['partition']['hop_constant_max'])} (max over all pairs)."),
        ["gen", "partition", "draw"]),
    Picture(
        "grid_mpx_eps0.25", "30 × 30 grid: the mpx baseline at ε = 0.25",
        [["gen", "grid", "--n", "900", "-o", "{tmp}/grid.gr"],
         ["partition", "{tmp}/grid.gr", "--eps", "0.25", "--method", "mpx", "-o", "{tmp}/clusters.txt",
          "--stats", "{tmp}/partition.json"],
         ["draw", "{tmp}/grid.gr", "--clusters", "{tmp}/clusters.txt", "--width", str(WIDTH // 2 + 40),
          "-o", "{out}"]],
        lambda s: (f"The Miller–Peng–Xu baseline on the same grid (seed 1): {s['partition']['clusters']} clusters, "
                   f"max strong diameter {f3(s['partition']['max_strong_diameter_over_eps_D'])}·εD, hop constant "
                   f"{f3(s['partition']['hop_constant_max'])}."),
        ["gen", "partition", "draw"]),
    Picture(
        "delaunay_spr", "Delaunay graph: Steiner point removal regions",
        [["gen", "delaunay", "--n", "1500", "--seed", "1", "--weights", "euclidean", "-o", "{tmp}/delaunay.gr"],
         ["terminals", "{tmp}/delaunay.gr", "--fraction", "0.03", "--seed", "1", "-o", "{tmp}/terminals.txt"],
         ["spr", "{tmp}/delaunay.gr", "--terminals", "{tmp}/terminals.txt", "--method", "paper", "--r", "5",
          "-o", "{tmp}/minor.gr", "--map", "{tmp}/map.txt", "--check", "--stats", "{tmp}/spr.json"],
         ["draw", "{tmp}/delaunay.gr", "--spr", "{tmp}/map.txt", "--width", str(WIDTH), "-o", "{out}"]],
        lambda s: (f"Steiner point removal (the paper's reduction, r = 5) with {s['spr']['terminals']} random "
                   f"terminals (rings) on a Delaunay graph of n = {s['spr']['n']}: every vertex is coloured by the "
                   f"terminal it is contracted into; the minor has {s['spr']['minor_edges']} edges and measured "
                   f"distortion {f3(s['spr']['max_distortion'])} (max) / {f3(s['spr']['mean_distortion'])} (mean) "
                   "over all terminal pairs."),
        ["gen", "terminals", "spr", "draw"]),
    Picture(
        "luxembourg_cop_eps0.25", "luxembourg_osm: shortcut partition of a road network at ε = 0.25",
        [["partition", "datasets/luxembourg_osm/luxembourg.osm.graph", "--eps", "0.25", "--r", "5",
          "-o", "{tmp}/clusters.txt", "--stats", "{tmp}/partition.json", "--sources", "50"],
         ["draw", "datasets/luxembourg_osm/luxembourg.osm.graph", "--clusters", "{tmp}/clusters.txt",
          "--width", str(WIDTH - 40), "-o", "{out}"]],
        lambda s: (f"The Luxembourg road network (n = {s['partition']['n']}, unit weights, D = "
                   f"{s['partition']['D']}) in {s['partition']['clusters']} clusters; no faces to fill, so edges "
                   "are coloured by cluster (grey: between clusters). Hop constant "
                   f"{f3(s['partition']['hop_constant_max'])} (max over pairs from 50 sampled sources)."),
        ["partition", "draw"]),
]


def run_picture(cli: str, pic: Picture, out: Path, tmp: Path) -> tuple:
    """Runs the steps; returns (stats by name, the commands as text)."""
    stats: dict = {}
    shown = []
    subst = {"tmp": str(tmp), "out": str(out)}
    for step in pic.steps:
        argv = []
        redirect = None
        it = iter(step)
        for a in it:
            if a == ">":
                redirect = next(it).format(**subst)
                continue
            if a == "{radius}":
                info = json.loads((tmp / "info.json").read_text())
                # A fifth of an eccentricity (the info bound is twice one).
                subst["radius"] = str(max(1, int(info["diameter_upper_bound"] / 2 * 0.2)))
                stats["cop_radius"] = subst["radius"]
            argv.append(a.format(**subst))
        p = subprocess.run([cli, *argv], cwd=ROOT, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"shortcut {' '.join(argv)}: exit {p.returncode}: {p.stderr.strip()[-300:]}")
        if redirect:
            Path(redirect).write_text(p.stdout)
        shown.append("shortcut " + " ".join(argv).replace(str(tmp) + "/", "").replace(
            str(out), f"docs/pictures/{out.name}") + (f" > {Path(redirect).name}" if redirect else ""))
    for f in tmp.glob("*.json"):
        stats[f.stem] = json.loads(f.read_text())
    if "cop" in stats:
        stats["cop"]["radius"] = float(stats["cop"].get("radius", stats.get("cop_radius", 0)))
    return stats, shown


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the shortcut binary")
    ap.add_argument("--out", default=str(ROOT / "docs" / "pictures"), help="PNG directory")
    ap.add_argument("--md", default=str(ROOT / "docs" / "pictures.md"), help="the page to write")
    args = ap.parse_args(argv)
    cli = str(Path(args.cli).resolve())
    if shutil.which("rsvg-convert") is None:
        print("pictures: error: rsvg-convert not found (scripts/deps.sh librsvg2-bin)", file=sys.stderr)
        return 1
    commands = cli_commands(cli)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    md = Path(args.md)
    plots_rel = os.path.relpath(out_dir.resolve(), md.resolve().parent)
    sections, notes, drawn = [], [], set()
    for pic in PICTURES:
        missing = [c for c in pic.needs if c not in commands]
        if missing:
            notes.append(f"{pic.name}.png: not drawn, the CLI has no {', '.join(f'`{c}`' for c in missing)} "
                         "subcommand yet")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            target = out_dir / f"{pic.name}.png"
            try:
                stats, shown = run_picture(cli, pic, target, Path(tmp))
            except (RuntimeError, KeyError, json.JSONDecodeError) as e:
                notes.append(f"{pic.name}.png: not drawn ({e})")
                continue
        shrink_png(target)
        drawn.add(target.name)
        print(f"pictures: wrote {target.name} ({target.stat().st_size // 1024} KiB)", file=sys.stderr)
        sections += [f"## {pic.title}", "", f"![{pic.name}]({plots_rel}/{pic.name}.png)", "", pic.caption(stats), "",
                     "```", *shown, "```", ""]
    for n in notes:
        print(f"pictures: {n}", file=sys.stderr)
    text = ["# Pictures", "",
            "Drawn by `bench/experiments/pictures.py` (run by `bench/experiments/run.sh quick`) with "
            "`shortcut draw`; every number in a caption comes from the `--stats` file of the command shown under "
            "the picture. Colours are deterministic: labels are numbered by first appearance and coloured "
            "greedily so that adjacent regions differ. On meshes each triangle is split into the three corner "
            "cells of its vertices, so regions appear as filled areas with dark boundaries; on grids each vertex "
            "is a square cell; other graphs are drawn as coloured edges.", "",
            "`shortcut draw GRAPH [--clusters C.txt | --supernodes S.txt | --spr MAP.txt] -o FILE.svg|FILE.png` "
            "needs vertex coordinates (a `.co` or `.xyz` sibling, an OFF mesh, or `--coordinates`); see "
            "`shortcut draw --help`.", ""] + sections
    if notes:
        text += ["## Not drawn", ""] + [f"- {n}" for n in notes] + [""]
    tmpf = md.with_name(f".{md.name}.tmp")
    tmpf.write_text("\n".join(text))
    os.replace(tmpf, md)
    # Pictures this run did not draw (renamed, dropped or failed) are removed.
    for old in out_dir.glob("*.png"):
        if old.name not in drawn:
            old.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
