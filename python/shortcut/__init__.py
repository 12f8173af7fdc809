"""shortcut: shortcut partitions, buffered cop decompositions, (1+eps) tree covers,
distance oracles and Steiner point removal for minor-free graphs, on numpy,
scipy.sparse and networkx graphs.

    import shortcut
    g = shortcut.gen.trigrid(n=10_000, seed=1)
    oracle = shortcut.DistanceOracle.build(g, eps=0.25)
    oracle.query(0, 9_999)                        # within 1.25x of the distance
    oracle.query_batch(us, vs, threads=2)         # numpy arrays in, uint64 array out
    shortcut.verify.oracle(g, oracle).ok

Graphs carry positive integer weights below 2**32. Errors raise ValueError
(bad input, ids out of range, unmet requirements), FileNotFoundError (missing
files) or RuntimeError (anything else), with the library's message; see
docs/python.md.
"""
import os as _os

from . import _shortcut
from ._shortcut import (
    UNREACHABLE,
    __version__,
    CopDecomposition,
    DistanceLabels,
    DistanceOracle,
    Graph,
    RoutingScheme,
    ShortcutPartition,
    SteinerPointRemoval,
    TreeCover,
    cop_decomposition,
    decode_distance,
    low_hop_emulator,
    sample_terminals,
    shortcut_partition,
    steiner_point_removal,
    tree_cover,
)
from . import gen, verify
from ._graphs import from_networkx, from_scipy, to_networkx, to_scipy

__all__ = [
    "UNREACHABLE", "Graph", "DistanceOracle", "TreeCover", "CopDecomposition", "ShortcutPartition",
    "SteinerPointRemoval", "read_graph", "from_edges", "from_csr", "from_scipy", "from_networkx",
    "to_scipy", "to_networkx", "tree_cover", "cop_decomposition", "shortcut_partition",
    "steiner_point_removal", "sample_terminals", "gen", "verify",
    "low_hop_emulator", "DistanceLabels", "decode_distance", "RoutingScheme",
]


def read_graph(path, weights="input", format="auto", contract_zero_weights=False, coordinates=None):
    """Reads a graph file (DIMACS .gr, PACE .gr, METIS .graph, Scotch .grf, OFF, edge lists;
    .gz/.xz transparently). `weights`: "input" (the file's, else 1), "unit",
    "uniform:A:B[:SEED]" or "euclidean[:SCALE]". Malformed input raises ValueError
    "FILE:LINE: what is wrong"; a missing file raises FileNotFoundError."""
    return _shortcut._read_graph(_os.fspath(path), weights, format, contract_zero_weights,
                                 "" if coordinates is None else _os.fspath(coordinates))


from_edges = Graph.from_edges
from_csr = Graph.from_csr

# DistanceOracle.open: the same as load (a saved oracle is opened for queries).
DistanceOracle.open = staticmethod(DistanceOracle.load)
Graph.from_scipy = staticmethod(from_scipy)
Graph.from_networkx = staticmethod(from_networkx)
Graph.to_scipy = to_scipy
Graph.to_networkx = to_networkx
