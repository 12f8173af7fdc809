"""Harness rows for the cover's applications (docs/emulator.md, docs/distance_labels.md,
docs/routing.md): for each graph one build with --stats and its independent verifier
(prefix "verify."), at eps = 0.25. CSV files: emulator.csv, labels.csv, routing.csv.

    emulator   `emulator` (edges per vertex, build / Dijkstra), `verify emulator`
               (domination on every edge, 2-hop stretch from 20 sampled sources)
    labels     `labels` (mean and max label bits), `verify labels` (sampled pairs)
    routing    `route build` (table and header bits), `verify route` (every pair of
               5 sampled sources simulated hop by hop)
"""

from __future__ import annotations

from matrix import Experiment, Kind, Step, datasets, gen, register

SMALL = ["airfoil1", "delaunay_n14", "rome99"]


def _over_dijkstra(row):
    try:
        return {"build_over_dijkstra": float(row["build_s"]) / float(row["reference_dijkstra_s"])}
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return {}


@register
class Emulator(Kind):
    name = "emulator"
    requires = ("emulator", "verify emulator")
    axes = {"eps": [0.25]}

    def steps(self, p, graph, work):
        h = work / "h.gr"
        return [
            Step(["emulator", graph.path, "--eps", p["eps"], "-o", h, "--stats", work / "build.json"],
                 work / "build.json"),
            Step(["verify", "emulator", graph.path, h, "--eps", p["eps"], "--stats", work / "verify.json"],
                 work / "verify.json", "verify."),
        ]

    def derive(self, row):
        return _over_dijkstra(row)

    def cost(self, p, n):
        return max(n, 500) * 8


@register
class Labels(Kind):
    name = "labels"
    requires = ("labels", "verify labels")
    axes = {"eps": [0.25]}

    def steps(self, p, graph, work):
        labels = work / "labels.bin"
        return [
            Step(["labels", graph.path, "--eps", p["eps"], "-o", labels, "--stats", work / "build.json"],
                 work / "build.json"),
            Step(["verify", "labels", graph.path, labels, "--pairs", 20000, "--sources", 2,
                  "--stats", work / "verify.json"], work / "verify.json", "verify."),
        ]

    def derive(self, row):
        return _over_dijkstra(row)

    def cost(self, p, n):
        return max(n, 500) * 4


@register
class Routing(Kind):
    name = "routing"
    requires = ("route build", "verify route")
    axes = {"eps": [0.25]}

    def steps(self, p, graph, work):
        scheme = work / "routes.bin"
        return [
            Step(["route", "build", graph.path, "--eps", p["eps"], "-o", scheme, "--stats", work / "build.json"],
                 work / "build.json"),
            Step(["verify", "route", graph.path, scheme, "--sources", 5, "--stats", work / "verify.json"],
                 work / "verify.json", "verify."),
        ]

    def derive(self, row):
        return _over_dijkstra(row)

    def cost(self, p, n):
        return max(n, 500) * 20


KINDS = [Emulator, Labels, Routing]

EXPERIMENTS = {
    "quick": [
        Experiment(f"applications-{kind}", kind, datasets(["rome99"]), {"eps": [0.25]},
                   title=f"{kind} on rome99, eps = 0.25")
        for kind in ("emulator", "labels", "routing")
    ],
    "full": [
        Experiment(f"applications-{kind}", kind, datasets(SMALL) + [gen("trigrid", n) for n in (10000, 40000)],
                   {"eps": [0.25]}, title=f"{kind}: bundled datasets and triangulated grids, eps = 0.25")
        for kind in ("emulator", "labels", "routing")
    ],
}
