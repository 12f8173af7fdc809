"""Both covers side by side in the harness (docs/RESULTS.md, "Two covers:
portal and partition"): kind `oracle-cover`, the `oracle` kind with a `cover`
axis (portal | partition) and a `scale_ratio` axis. Appended to the `full`
preset only (the committed quick outputs are not regenerated);
bench/experiments/covers_table.py prints the same measurements as one table.
"""

from __future__ import annotations

from matrix import Experiment, Oracle, Step, dataset, datasets, gen, register


@register
class OracleCover(Oracle):
    """`oracle` with --cover and --scale-ratio on the build step."""

    name = "oracle-cover"
    axes = {**Oracle.axes, "cover": ["portal"], "scale_ratio": [1.25]}

    def skip(self, p, axes):
        # Each cover at its own measured best ratio: portal 1.25, partition 4.
        return (p["cover"] == "portal") != (float(p["scale_ratio"]) == 1.25)

    def steps(self, p, graph, work):
        steps = super().steps(p, graph, work)
        build = steps[0]
        steps[0] = Step(list(build.argv) + ["--cover", p["cover"], "--scale-ratio", p["scale_ratio"]], build.stats)
        return steps

    def cost(self, p, n):
        return super().cost(p, n) * (3 if p["cover"] == "partition" else 1)


_AXES = {"eps": [0.25], "cover": ["portal", "partition"], "scale_ratio": [1.25, 4]}

EXPERIMENTS = {
    "full": [
        Experiment("covers-sweep", "oracle-cover",
                   [gen(f, n) for f in ("grid", "trigrid", "delaunay") for n in (1024, 4096, 16384, 65536, 262144)],
                   dict(_AXES), title="portal vs partition cover: entries per vertex vs n", sweep=True),
        Experiment("covers-datasets", "oracle-cover", datasets(),
                   dict(_AXES), title="portal vs partition cover on every bundled dataset"),
        Experiment("covers-minor-free", "oracle-cover", [gen(f, 16384) for f in ("ktree", "apex", "torus")],
                   dict(_AXES), title="portal vs partition cover on non-planar minor-free families"),
    ],
}
