"""Presets: named experiment matrices (see matrix.py for the vocabulary).

    smoke   a few tiny runs (< 60 s): the ctest smoke test of the harness
    quick   every table and plot at small sizes (< 10 minutes on 2 cores,
            build included); its outputs are committed under bench/results/quick
            and docs/plots/quick
    full    the same matrix at the sizes of the paper-style tables: every
            bundled dataset, larger size sweeps, more seeds

Additional experiment modules: every bench/experiments/*_experiments.py file
may define `KINDS` (Kind subclasses, registered with matrix.register) and
`EXPERIMENTS = {"quick": [...], "full": [...]}`; their experiments are
appended to the presets of the same name.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

from matrix import Benchmark, Experiment, dataset, datasets, gen

METHODS = ["cop", "net", "mpx"]
EPSILONS = [0.5, 0.25, 0.1]

# Datasets under 20,000 vertices (about 1 s per partition run); luxembourg_osm
# (115k) and usa_road_ny (264k) take 10-40 s per run and are in `full` only.
SMALL_DATASETS = ["3elt", "4elt", "airfoil1", "cheburashka", "delaunay_n14", "fe_sphere", "fertility",
                  "power_grid", "rome99"]

# Generated planar families compared at one size per preset.
PLANAR_FAMILIES = ["grid", "trigrid", "delaunay", "planar", "outerplanar", "tree", "caterpillar"]


def comb(k: int):
    """A comb with a spine of k vertices and k teeth of k vertices: n = k(k+1)."""
    return gen("comb", k * (k + 1), spine=k)


def wheel(k: int):
    """A wheel with 2k spokes of length k: n = 2k^2 + 1."""
    return gen("wheel-spokes", 2 * k * k + 1, spine=2 * k, length=k)


@dataclasses.dataclass
class Preset:
    name: str
    description: str
    experiments: list
    benchmarks: list = dataclasses.field(default_factory=list)
    timeout_s: float = 600


def _smoke() -> Preset:
    return Preset("smoke", "a handful of tiny runs: checks that the harness works end to end", [
        Experiment("smoke-datasets", "partition", [dataset("rome99")],
                   {"method": METHODS, "eps": [0.25]}, title="rome99, the three methods at eps = 0.25"),
        Experiment("smoke-comb", "partition", [comb(k) for k in (4, 6, 8)],
                   {"method": ["cop", "mpx"], "eps": [0.25]}, title="comb size sweep (tiny)", sweep=True),
    ], timeout_s=60)


def _quick() -> Preset:
    return Preset("quick", "every table and plot at small sizes (< 10 minutes on 2 cores, build included)", [
        Experiment("datasets", "partition", datasets(SMALL_DATASETS),
                   {"method": METHODS, "eps": EPSILONS},
                   title="bundled datasets under 20k vertices: ours (cop) vs net and mpx"),
        Experiment("planar-families", "partition", [gen(f, 4096) for f in PLANAR_FAMILIES],
                   {"method": METHODS, "eps": EPSILONS},
                   title="generated planar families, n = 4096"),
        Experiment("comb-sweep", "partition", [comb(k) for k in (10, 20, 40, 80)],
                   {"method": METHODS, "eps": [0.25]},
                   title="adversarial: comb k x k (spine k, k teeth of length k)", sweep=True),
        Experiment("wheel-sweep", "partition", [wheel(k) for k in (8, 16, 32, 64)],
                   {"method": METHODS, "eps": [0.25]},
                   title="adversarial: wheel with 2k spokes of length k", sweep=True),
        Experiment("grid-sweep", "partition", [gen("grid", n) for n in (1024, 4096, 16384, 65536)],
                   {"method": METHODS, "eps": [0.25]},
                   title="square grids: hop constant and construction time vs n", sweep=True),
        Experiment("delaunay-sweep", "partition", [gen("delaunay", n) for n in (1024, 4096, 16384)],
                   {"method": METHODS, "eps": [0.25]},
                   title="random Delaunay triangulations: hop constant and construction time vs n", sweep=True),
        Experiment("cop-sweep", "cop", [gen("delaunay", n) for n in (1024, 4096, 16384)],
                   {"radius_frac": [0.1]},
                   title="cop decomposition with verification, Delaunay graphs", sweep=True),
        Experiment("spr-datasets", "spr", datasets(["3elt", "airfoil1", "rome99"]),
                   {"method": ["paper", "voronoi", "ball"], "fraction": [0.01, 0.03, 0.1, 0.3]},
                   title="Steiner point removal on datasets: distortion vs |K| per method"),
        Experiment("spr-families", "spr", [gen("delaunay", 4096), gen("grid", 4096)],
                   {"method": ["paper", "voronoi", "ball"], "fraction": [0.01, 0.03, 0.1, 0.3]},
                   title="Steiner point removal on generated planar graphs: distortion vs |K| per method"),
        Experiment("spr-trees", "spr", [gen("cxkr-tree", 4095), gen("tree", 4096)],
                   {"method": ["gupta", "paper", "voronoi", "ball"], "fraction": [0.03, 0.3]},
                   title="Steiner point removal on trees (Gupta's tree algorithm as the reference)"),
        Experiment("treecover-eps", "treecover", [dataset("3elt"), gen("delaunay", 4096), gen("grid", 4096)],
                   {"eps": EPSILONS}, title="tree cover: forests and stretch vs eps"),
        Experiment("treecover-sweep", "treecover", [gen("delaunay", n) for n in (1024, 4096, 16384)],
                   {"eps": [0.25]}, title="tree cover: forests vs n", sweep=True),
        Experiment("oracle", "oracle", [dataset("3elt"), dataset("rome99"), gen("delaunay", 16384)],
                   {"eps": EPSILONS}, title="distance oracle: space, query time and stretch vs eps"),
    ], benchmarks=[
        # The 1000 x 1000 grid only (the NY road network is in `full`).
        Benchmark("dijkstra_benchmark", filter="FullDijkstra(Ours|Boost)/0|TinyRestricted"),
        # Oracle build/query next to the exact baselines (early-exit and
        # bidirectional Dijkstra, Boost) on the two mid-size meshes only.
        Benchmark("oracle_benchmark", filter="Oracle(Build|Query)|Exact", min_time=0.1,
                  env={"SHORTCUT_ORACLE_BENCH_GRAPHS": "4elt,delaunay_n14"}),
    ], timeout_s=600)


def _full() -> Preset:
    return Preset("full", "every bundled dataset, larger sweeps, three seeds for the randomised baseline", [
        Experiment("datasets", "partition", datasets(),
                   {"method": METHODS, "eps": EPSILONS, "seed": [1, 2, 3]},
                   title="every bundled dataset: ours (cop) vs net and mpx"),
        Experiment("planar-families", "partition", [gen(f, n) for f in PLANAR_FAMILIES for n in (4096, 65536)],
                   {"method": METHODS, "eps": EPSILONS, "seed": [1, 2, 3]},
                   title="generated planar families, n = 4096 and 65536"),
        Experiment("minor-free-families", "partition",
                   [gen(f, 16384) for f in ("ktree", "partial-ktree", "series-parallel", "torus", "apex",
                                             "clique-sum")],
                   {"method": METHODS, "eps": EPSILONS},
                   title="minor-free families beyond planar, n = 16384"),
        Experiment("comb-sweep", "partition", [comb(k) for k in (10, 20, 40, 80, 160)],
                   {"method": METHODS, "eps": [0.25], "seed": [1, 2, 3]},
                   title="adversarial: comb k x k (spine k, k teeth of length k)", sweep=True),
        Experiment("wheel-sweep", "partition", [wheel(k) for k in (8, 16, 32, 64, 128)],
                   {"method": METHODS, "eps": [0.25], "seed": [1, 2, 3]},
                   title="adversarial: wheel with 2k spokes of length k", sweep=True),
        Experiment("grid-sweep", "partition", [gen("grid", n) for n in (1024, 4096, 16384, 65536, 262144)],
                   {"method": METHODS, "eps": [0.25]},
                   title="square grids: hop constant and construction time vs n", sweep=True),
        Experiment("delaunay-sweep", "partition",
                   [gen("delaunay", n) for n in (1024, 4096, 16384, 65536, 262144)],
                   {"method": METHODS, "eps": [0.25]},
                   title="random Delaunay triangulations: hop constant and construction time vs n", sweep=True),
        Experiment("cop-sweep", "cop", [gen("delaunay", n) for n in (1024, 4096, 16384, 65536)],
                   {"radius_frac": [0.05, 0.1, 0.2]},
                   title="cop decomposition with verification, Delaunay graphs", sweep=True),
        Experiment("spr-datasets", "spr", datasets(["3elt", "4elt", "airfoil1", "rome99", "power_grid",
                                                    "luxembourg_osm"]),
                   {"method": ["paper", "voronoi", "ball"], "fraction": [0.001, 0.01, 0.03, 0.1, 0.3],
                    "seed": [1, 2, 3], "sources": [256]},
                   title="Steiner point removal on datasets: distortion vs |K| per method"),
        Experiment("spr-families", "spr", [gen("delaunay", 16384), gen("grid", 16384), gen("apex", 16384)],
                   {"method": ["paper", "voronoi", "ball"], "fraction": [0.001, 0.01, 0.03, 0.1, 0.3],
                    "seed": [1, 2, 3], "sources": [256]},
                   title="Steiner point removal on generated graphs: distortion vs |K| per method"),
        Experiment("spr-trees", "spr", [gen("cxkr-tree", 16383), gen("tree", 16384)],
                   {"method": ["gupta", "paper", "voronoi", "ball"], "fraction": [0.01, 0.03, 0.1, 0.3],
                    "sources": [256]},
                   title="Steiner point removal on trees (Gupta's tree algorithm as the reference)"),
        Experiment("treecover-eps", "treecover", datasets(SMALL_DATASETS) + [gen("delaunay", 65536)],
                   {"eps": EPSILONS}, title="tree cover: forests and stretch vs eps"),
        Experiment("treecover-sweep", "treecover", [gen("delaunay", n) for n in (1024, 4096, 16384, 65536, 262144)],
                   {"eps": [0.5, 0.25, 0.1]}, title="tree cover: forests vs n", sweep=True),
        Experiment("oracle", "oracle", datasets() + [gen("delaunay", 262144)],
                   {"eps": EPSILONS}, title="distance oracle: space, query time and stretch vs eps"),
    ], benchmarks=[
        Benchmark("dijkstra_benchmark"),
        Benchmark("partition_benchmark"),
        Benchmark("oracle_benchmark"),
    ], timeout_s=3600)


_BUILDERS = {"smoke": _smoke, "quick": _quick, "full": _full}


def _plugins() -> list:
    mods = []
    for path in sorted(Path(__file__).resolve().parent.glob("*_experiments.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def names() -> list:
    return list(_BUILDERS)


def get(name: str) -> Preset:
    if name not in _BUILDERS:
        raise SystemExit(f"unknown preset '{name}' (known: {', '.join(_BUILDERS)})")
    preset = _BUILDERS[name]()
    for mod in _plugins():
        preset.experiments += list(getattr(mod, "EXPERIMENTS", {}).get(name, []))
    return preset
