"""Independent verifiers (the library's verify/), each returning a report object:
`ok` (also its truth value), `message` (the first violation), the measured figures,
`counterexample` (None when ok) and `raise_if_failed()`.

    report = shortcut.verify.oracle(g, oracle)
    report.ok, report.max_stretch, report.counterexample
"""
from . import _shortcut
from ._shortcut import CopReport, OracleReport, PartitionReport, SprReport, TreeCoverReport

__all__ = ["oracle", "tree_cover", "partition", "cop", "spr", "planarity", "minor_witness", "tree_decomposition",
           "hadwiger_lower_bound", "treewidth_upper_bound", "OracleReport", "TreeCoverReport", "PartitionReport",
           "CopReport", "SprReport", "PlanarityReport", "CheckReport"]


def oracle(g, oracle, eps=0.0, all_pairs_limit=3000, random_pairs=100_000, pairs_per_source=1000, sources=10,
           seed=1, threads=1, all_pairs=False):
    """Checks d(u,v) <= estimate <= (1+eps) d(u,v) (eps 0: the oracle's own) against exact
    Dijkstra distances: every pair when n <= all_pairs_limit (or all_pairs), otherwise
    `sources` full sources plus sampled pairs. A foreign graph fails with its message."""
    return _shortcut._verify_oracle(g, oracle, eps, all_pairs_limit, random_pairs, pairs_per_source, sources, seed,
                                    threads, all_pairs)


def tree_cover(g, cover, max_stars_checked=0, check_forests=True, check_stretch=True, all_pairs_limit=3000,
               random_pairs=100_000, seed=1, threads=1):
    """Checks a tree cover: every star's weights dominate distances, the forests are
    vertex-disjoint, and the cover's minimum has stretch <= 1 + eps."""
    return _shortcut._verify_tree_cover(g, cover, max_stars_checked, check_forests, check_stretch, all_pairs_limit,
                                        random_pairs, seed, threads)


def partition(g, clusters, eps=None, diameter=None, max_hop_constant=0.0, all_pairs_limit=2000, sources=200, seed=1,
              check_hops=True):
    """Checks a shortcut partition: `clusters` is a ShortcutPartition (eps and D taken from it)
    or an array of cluster ids per vertex (then eps and diameter are required). Cluster
    strong diameters <= eps*D; the hop constant is measured (and bounded when
    max_hop_constant > 0)."""
    if hasattr(clusters, "cluster_of"):
        eps = clusters.epsilon if eps is None else eps
        diameter = clusters.diameter if diameter is None else diameter
        clusters = clusters.cluster_of
    if eps is None or diameter is None:
        raise ValueError("verify.partition needs eps and diameter for a plain array of cluster ids")
    return _shortcut._verify_partition(g, clusters, eps, diameter, max_hop_constant, all_pairs_limit, sources, seed,
                                       check_hops)


def cop(g, decomposition, radius=None, r=None):
    """Checks a buffered cop decomposition (supernode radius, skeletons, buffer property);
    radius and r default to the decomposition's own."""
    radius = decomposition.radius if radius is None else radius
    r = decomposition.r if r is None else r
    return _shortcut._verify_cop(g, decomposition, radius, r)


def spr(g, result=None, terminals=None, terminal_of=None, minor_edges=None, max_sources=0, seed=1):
    """Checks a Steiner point removal: `result` is a SteinerPointRemoval, or give terminals,
    terminal_of and minor_edges = (u, v, w). Measures the distortion of the minor's
    distances over terminal pairs (every pair when max_sources = 0)."""
    if result is not None:
        terminals, terminal_of, minor_edges = result.terminals, result.terminal_of, result.minor_edges
    if terminals is None or terminal_of is None or minor_edges is None:
        raise ValueError("verify.spr needs a result, or terminals, terminal_of and minor_edges")
    mu, mv, mw = minor_edges
    return _shortcut._verify_spr(g, terminals, terminal_of, mu, mv, mw, max_sources, seed)


class PlanarityReport:
    """Result of verify.planarity: `planar`; for a non-planar graph the Kuratowski subgraph's
    edge ids (`kuratowski_edges`, the counterexample) and whether the independent witness
    check accepted it (`ok`)."""

    def __init__(self, planar, edges, message, ok):
        self.planar = planar
        self.kuratowski_edges = edges
        self.message = message
        self.ok = ok

    @property
    def counterexample(self):
        return None if self.planar else {"kuratowski_edges": self.kuratowski_edges}

    def __bool__(self):
        return self.ok

    def __repr__(self):
        return f"PlanarityReport(planar={self.planar}, ok={self.ok}, edges={len(self.kuratowski_edges)})"


def planarity(g):
    """Tests planarity; a non-planar answer carries a Kuratowski subgraph, itself checked."""
    planar, edges, message, ok = _shortcut._verify_planarity(g)
    return PlanarityReport(planar, edges, message, ok)


class CheckReport:
    """Result of a certificate check (verify.minor_witness, verify.tree_decomposition): `ok`,
    `message` (the violation, naming the vertices), `counterexample` (None when ok) and the
    measured figures as attributes (e.g. `width`)."""

    def __init__(self, ok, message, **figures):
        self.ok = ok
        self.message = message
        self.figures = figures
        for k, v in figures.items():
            setattr(self, k, v)

    @property
    def counterexample(self):
        return None if self.ok else {"message": self.message}

    def raise_if_failed(self):
        if not self.ok:
            raise ValueError(self.message)

    def __bool__(self):
        return self.ok

    def __repr__(self):
        extra = "".join(f", {k}={v!r}" for k, v in self.figures.items())
        return f"CheckReport(ok={self.ok}, message={self.message!r}{extra})"


def minor_witness(g, branch_sets):
    """Checks that `branch_sets` (a list of vertex arrays) is a model of a complete minor K_k
    in g: disjoint, each connected, every two adjacent (k = len(branch_sets))."""
    ok, message = _shortcut._check_minor_witness(g, branch_sets)
    return CheckReport(ok, message, k=len(branch_sets))


def hadwiger_lower_bound(g, attempts=1, seed=0, stop_at=0):
    """Branch sets of a complete minor found greedily (a lower bound on the Hadwiger number;
    check it with verify.minor_witness)."""
    return _shortcut._hadwiger_lower_bound(g, attempts, seed, stop_at)


def treewidth_upper_bound(g, heuristic="min_fill"):
    """A tree decomposition by vertex elimination: (bags, edges, width); an upper bound on
    the treewidth (check it with verify.tree_decomposition)."""
    return _shortcut._tree_decomposition(g, heuristic)


def tree_decomposition(g, bags, edges):
    """Checks a tree decomposition: every vertex and edge in some bag, the bags of each vertex
    connected, `edges` (pairs of bag indices) a tree. Reports its width."""
    ok, message, width = _shortcut._check_tree_decomposition(g, bags, edges)
    return CheckReport(ok, message, width=width)
