"""The vocabulary of experiment matrices: graphs, experiment kinds, experiments.

A preset (presets.py) is a list of Experiment objects. Each Experiment names
a kind (a registered Kind subclass: how one run turns into CLI calls), a list
of graphs (bundled datasets or generated family members) and the values of
the kind's axes (method, eps, r, seed, ...). The runner (harness.py) expands
the cross product, runs each combination through the `shortcut` CLI and
writes one CSV row per run into <out>/<kind>.csv.

Adding an experiment kind is one small class:

    @register
    class Treecover(Kind):
        name = "treecover"
        requires = ("treecover",)                 # CLI subcommands it needs
        axes = {"eps": [0.25], "r": ["auto"]}     # axis -> default values
        def steps(self, p, graph, work):
            stats = work / "stats.json"
            return [Step(["treecover", graph.path, "--eps", p["eps"], "-o", work / "cover.txt",
                          "--stats", stats], stats)]

Only the Python standard library is used here.
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent.parent

# Bundled datasets: name -> graph file, relative to the repository root.
DATASETS = {
    "3elt": "datasets/3elt/3elt.grf.gz",
    "4elt": "datasets/4elt/4elt.grf.gz",
    "airfoil1": "datasets/airfoil1/airfoil1.graph",
    "cheburashka": "datasets/cheburashka/cheburashka.off",
    "delaunay_n14": "datasets/delaunay_n14/delaunay_n14.graph",
    "fe_sphere": "datasets/fe_sphere/fe_sphere.graph",
    "fertility": "datasets/fertility/fertility.off",
    "luxembourg_osm": "datasets/luxembourg_osm/luxembourg.osm.graph",
    "power_grid": "datasets/power_grid/power.graph",
    "rome99": "datasets/rome99/rome99.gr",
    "usa_road_ny": "datasets/usa_road_ny/NY.gr.xz",
}


# --------------------------------------------------------------------------
# Graphs


@dataclasses.dataclass(frozen=True)
class GraphSpec:
    """A graph of the matrix: a bundled dataset or a generated family member.

    id: a stable, file-name-safe identifier (the `graph` CSV column).
    family: the dataset name, or the generator family.
    size: the generator's target n (0 for datasets).
    seed: the generator seed (0 for datasets).
    options: extra generator options, e.g. (("spine", 10),).
    """

    id: str
    family: str
    size: int = 0
    seed: int = 0
    options: tuple = ()
    dataset: str = ""  # path relative to the repository root, for datasets

    @property
    def generated(self) -> bool:
        return not self.dataset


def dataset(name: str) -> GraphSpec:
    if name not in DATASETS:
        raise ValueError(f"unknown dataset '{name}' (known: {', '.join(sorted(DATASETS))})")
    return GraphSpec(id=name, family=name, dataset=DATASETS[name])


def datasets(names: Iterable[str] | None = None) -> list[GraphSpec]:
    return [dataset(n) for n in (sorted(DATASETS) if names is None else names)]


def gen(family: str, n: int, seed: int = 1, **options: Any) -> GraphSpec:
    """A member of a `shortcut gen` family with target size n."""
    opts = tuple(sorted(options.items()))
    suffix = "".join(f"-{k}{v}" for k, v in opts)
    return GraphSpec(id=f"{family}-n{n}{suffix}-s{seed}", family=family, size=n, seed=seed, options=opts)


@dataclasses.dataclass
class Graph:
    """A materialised graph: its file and what `shortcut info --json` says."""

    spec: GraphSpec
    path: str
    info: dict

    @property
    def n(self) -> int:
        return int(self.info.get("n", 0))

    @property
    def planar(self) -> bool:
        return bool(self.info.get("planar", False))


# --------------------------------------------------------------------------
# Kinds


@dataclasses.dataclass
class Step:
    """One CLI call of a run: argv after the binary, and its --stats file.

    argv: a list, or a function of the row so far (the earlier steps' stats)
    returning the list, for calls that depend on an earlier result.
    prefix: prepended to the step's stats keys in the CSV row ("" for the
    main step; e.g. "verify." for a verification step).
    stdin: a file fed to the call's standard input.
    wall_column: a column that receives the call's wall time in seconds.
    action: instead of a CLI call, a Python function of the row run in
    process (e.g. to write an input file for the next step).
    """

    argv: Any = None
    stats: Path | None = None
    prefix: str = ""
    stdin: Path | None = None
    wall_column: str = ""
    action: Callable | None = None


class Kind:
    """How one run of an experiment becomes CLI calls.

    name: the kind's name, also the CSV file name (<name>.csv).
    requires: CLI subcommands the kind needs; without them the experiments of
      this kind are skipped with a note.
    axes: axis name -> default values; the run parameters are the graph plus
      one value per axis.
    ready: False while steps() is not written (the experiments are skipped
      with a note).
    """

    name = ""
    requires: tuple = ()
    axes: dict = {}
    ready = True  # False: declared, but steps() is not written yet

    def skip(self, p: dict, axes: dict) -> bool:
        """Whether a combination of the cross product is redundant (axes:
        axis -> the experiment's values)."""
        return False

    def resolved(self, p: dict, graph: Graph) -> dict:
        """Extra (non-key) columns resolved from the graph, e.g. the r used."""
        return {}

    def steps(self, p: dict, graph: Graph, work: Path) -> list:
        raise NotImplementedError

    def cost(self, p: dict, n: int) -> float:
        """Relative cost of a run, for the ETA."""
        return max(n, 500)

    def derive(self, row: dict) -> dict:
        """Columns computed from the finished row (e.g. a time per query)."""
        return {}


KINDS: dict[str, Kind] = {}


def register(cls):
    KINDS[cls.name] = cls()
    return cls


def resolve_r(value, graph: Graph) -> int:
    """'auto': 5 for planar inputs (K5-minor-free), else 0 (detect)."""
    if value == "auto":
        return 5 if graph.planar else 0
    return int(value)


@register
class Partition(Kind):
    """shortcut partition --method cop|net|mpx --stats (the check included)."""

    name = "partition"
    requires = ("partition",)
    axes = {"method": ["cop", "net", "mpx"], "eps": [0.25], "r": ["auto"], "seed": [1]}

    def skip(self, p, axes):
        # Only mpx is randomised; r only matters to cop.
        return (p["method"] != "mpx" and p["seed"] != axes["seed"][0]) or (
            p["method"] != "cop" and p["r"] != axes["r"][0])

    def resolved(self, p, graph):
        return {"r_flag": resolve_r(p["r"], graph) if p["method"] == "cop" else ""}

    def steps(self, p, graph, work):
        stats = work / "stats.json"
        argv = ["partition", graph.path, "--eps", p["eps"], "--method", p["method"],
                "-o", work / "clusters.txt", "--stats", stats]
        if p["method"] == "cop":
            r = resolve_r(p["r"], graph)
            if r:
                argv += ["--r", r]
        if p["method"] == "mpx":
            argv += ["--seed", p["seed"]]
        return [Step(argv, stats)]

    def cost(self, p, n):
        return max(n, 500) * (1.2 if p["method"] == "cop" else 1.0)


@register
class Cop(Kind):
    """shortcut cop with Δ = radius_frac × (the diameter bound of `info`),
    then shortcut verify cop on the result."""

    name = "cop"
    requires = ("cop", "verify cop")
    axes = {"radius_frac": [0.1], "r": ["auto"]}

    def resolved(self, p, graph):
        return {"r_flag": resolve_r(p["r"], graph), "radius": self._radius(p, graph)}

    @staticmethod
    def _radius(p, graph):
        d = float(graph.info.get("diameter_upper_bound", 0)) / 2  # ~ the diameter
        return max(1.0, round(float(p["radius_frac"]) * d, 3))

    def steps(self, p, graph, work):
        sn = work / "supernodes.txt"
        r = resolve_r(p["r"], graph)
        radius = self._radius(p, graph)
        argv = ["cop", graph.path, "--radius", radius, "-o", sn, "--stats", work / "cop.json"]
        if r:
            argv += ["--r", r]

        def verify(row):
            # The r the construction used (promised, or detected).
            r_used = row.get("stats.r") or row.get("r")
            return ["verify", "cop", graph.path, sn, "--radius", radius, "--r", r_used,
                    "--stats", work / "verify.json"]

        return [Step(argv, work / "cop.json"), Step(verify, work / "verify.json", "verify.")]


# --------------------------------------------------------------------------
# Experiments


@dataclasses.dataclass
class Experiment:
    """One block of a preset: a kind, graphs, and values per axis.

    name: the `experiment` CSV column; plots and tables group by it.
    title: a human-readable description, for the report.
    sweep: True when the graphs form a size sweep (plots against n).
    """

    name: str
    kind: str
    graphs: list
    values: dict = dataclasses.field(default_factory=dict)
    title: str = ""
    sweep: bool = False

    def runs(self) -> list:
        kind = KINDS.get(self.kind)
        if kind is None:
            raise ValueError(f"experiment '{self.name}': unknown kind '{self.kind}' (known: {', '.join(KINDS)})")
        unknown = set(self.values) - set(kind.axes)
        if unknown:
            raise ValueError(f"experiment '{self.name}': kind '{self.kind}' has no axis {sorted(unknown)}")
        axes = {a: list(self.values.get(a, d)) for a, d in kind.axes.items()}
        out = []
        for g in self.graphs:
            for combo in itertools.product(*axes.values()):
                p = dict(zip(axes.keys(), combo))
                if kind.skip(p, axes):
                    continue
                out.append(Run(self, g, p))
        return out


@dataclasses.dataclass
class Run:
    experiment: Experiment
    graph: GraphSpec
    params: dict

    @property
    def kind(self) -> Kind:
        return KINDS[self.experiment.kind]

    def key(self) -> dict:
        """The columns that identify the run (resume matches on these + commit)."""
        k = {"experiment": self.experiment.name, "graph": self.graph.id, "family": self.graph.family,
             "size": self.graph.size, "graph_seed": self.graph.seed}
        k.update({a: v for a, v in self.params.items()})
        return {c: fmt_value(v) for c, v in k.items()}

    def label(self) -> str:
        ps = " ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.experiment.name}: {self.graph.id} {ps}"


def fmt_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


@dataclasses.dataclass
class Benchmark:
    """A Google Benchmark program of bench/, run with JSON output."""

    program: str
    filter: str = ""
    min_time: float = 0
    env: dict = dataclasses.field(default_factory=dict)


@register
class Spr(Kind):
    """Steiner point removal: `shortcut terminals` samples |K| = fraction · n
    terminals (seeded), `shortcut spr --check` builds the minor and measures
    its distortion over terminal pairs (all pairs, or `sources` sampled
    source terminals)."""

    name = "spr"
    requires = ("terminals", "spr")
    axes = {"method": ["paper", "voronoi", "ball"], "fraction": [0.05], "r": ["auto"], "seed": [1],
            "sources": [64]}

    def skip(self, p, axes):
        return p["method"] != "paper" and p["r"] != axes["r"][0]

    def resolved(self, p, graph):
        return {"r_flag": resolve_r(p["r"], graph) if p["method"] == "paper" else ""}

    def steps(self, p, graph, work):
        terminals = work / "terminals.txt"
        stats = work / "stats.json"
        spr = ["spr", graph.path, "--terminals", terminals, "--method", p["method"], "-o", work / "minor.gr",
               "--map", work / "map.txt", "--stats", stats, "--check", "--sources", p["sources"]]
        if p["method"] == "paper":
            r = resolve_r(p["r"], graph)
            if r:
                spr += ["--r", r]
        if p["method"] == "ball":
            spr += ["--seed", p["seed"]]
        return [Step(["terminals", graph.path, "--fraction", p["fraction"], "--seed", p["seed"], "-o", terminals]),
                Step(spr, stats)]

    def cost(self, p, n):
        return max(n, 500) * 2


@register
class Treecover(Kind):
    """(1+eps) tree cover: `shortcut treecover --verify` (forests, stars,
    measured stretch; the verifier runs before the cover is written)."""

    name = "treecover"
    requires = ("treecover",)
    axes = {"eps": [0.25], "r": ["auto"]}

    def resolved(self, p, graph):
        return {"r_flag": resolve_r(p["r"], graph)}

    def steps(self, p, graph, work):
        stats = work / "stats.json"
        argv = ["treecover", graph.path, "--eps", p["eps"], "-o", work / "cover.txt", "--stats", stats, "--verify"]
        r = resolve_r(p["r"], graph)
        if r:
            argv += ["--r", r]
        return [Step(argv, stats)]

    def derive(self, row):
        total, ref = _float(row.get("total_s")), _float(row.get("reference_dijkstra_s"))
        return {"time_over_dijkstra": total / ref} if total and ref else {}

    def cost(self, p, n):
        return max(n, 500) * 3 / float(p["eps"]) ** 0.5


@register
class Oracle(Kind):
    """Distance oracle: `oracle build` (space), `verify oracle` (stretch over
    sampled pairs, prefix "verify."), and the query time: `oracle query` is
    fed `queries` random pairs on stdin and, separately, one pair; the time
    per query is the difference of the two wall times divided by
    queries - 1 (it includes parsing and printing a line, so it is an upper
    bound on the oracle's own query time). Exact baselines from the same
    run: one full Dijkstra (`reference_dijkstra_s`, the worst case of an
    exact query by search) and the size of an exact distance table (8 bytes
    per pair, i.e. 8n bytes per vertex)."""

    name = "oracle"
    requires = ("oracle build", "oracle query", "verify oracle", "terminals")
    axes = {"eps": [0.25], "r": ["auto"], "queries": [100000], "seed": [1]}

    def resolved(self, p, graph):
        return {"r_flag": resolve_r(p["r"], graph)}

    def steps(self, p, graph, work):
        index = work / "oracle.idx"
        build = ["oracle", "build", graph.path, "--eps", p["eps"], "-o", index, "--stats", work / "build.json"]
        r = resolve_r(p["r"], graph)
        if r:
            build += ["--r", r]
        sample = work / "vertices.txt"
        pairs, one = work / "pairs.txt", work / "one.txt"
        queries = int(p["queries"])

        def write_pairs(row):
            import random
            ids = [l.split()[0] for l in sample.read_text().splitlines() if l.strip() and not l.startswith("#")]
            rng = random.Random(int(p["seed"]))
            with pairs.open("w") as f:
                for _ in range(queries):
                    f.write(f"{rng.choice(ids)} {rng.choice(ids)}\n")
            one.write_text(f"{ids[0]} {ids[-1]}\n")

        return [
            Step(build, work / "build.json"),
            Step(["verify", "oracle", graph.path, index, "--seed", p["seed"], "--stats", work / "verify.json"],
                 work / "verify.json", "verify."),
            Step(["terminals", graph.path, "--count", min(graph.n, 4096), "--seed", p["seed"], "-o", sample]),
            Step(action=write_pairs),
            Step(["oracle", "query", index], stdin=pairs, wall_column="query_wall_s"),
            Step(["oracle", "query", index], stdin=one, wall_column="query_startup_wall_s"),
        ]

    def derive(self, row):
        out = {}
        q, q1 = _float(row.get("query_wall_s")), _float(row.get("query_startup_wall_s"))
        queries = _float(row.get("queries"))
        if q and q1 is not None and queries and queries > 1:
            out["query_ns"] = max(0.0, q - q1) / (queries - 1) * 1e9
        ref = _float(row.get("reference_dijkstra_s"))
        if ref:
            out["dijkstra_query_ns"] = ref * 1e9
        n = _float(row.get("n"))
        if n:
            out["exact_table_bytes_per_vertex"] = 8 * n
        return out

    def cost(self, p, n):
        return max(n, 500) * 4 + int(p["queries"]) / 50


def _float(v):
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None
