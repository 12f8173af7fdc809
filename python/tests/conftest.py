"""Shared fixtures: small graphs made by networkx (independently of the library) and
exact distances from scipy.sparse.csgraph.dijkstra, the reference every test compares with."""
import pathlib

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

import shortcut

REPO = pathlib.Path(__file__).resolve().parents[2]
DATASETS = REPO / "datasets"


def weighted_grid(rows, cols, seed, diagonals=True):
    """A planar triangulated grid in networkx with random integer weights in [1, 20]."""
    rng = np.random.default_rng(seed)
    G = nx.grid_2d_graph(rows, cols)
    if diagonals:
        for r in range(rows - 1):
            for c in range(cols - 1):
                if rng.random() < 0.5:
                    G.add_edge((r, c), (r + 1, c + 1))
                else:
                    G.add_edge((r + 1, c), (r, c + 1))
    for a, b in G.edges:
        G.edges[a, b]["weight"] = int(rng.integers(1, 21))
    return G


def reference_distances(G, weight="weight"):
    """All-pairs distances of a networkx graph, by scipy's Dijkstra on networkx's own matrix
    (vertex i = list(G.nodes)[i], as in shortcut.from_networkx)."""
    A = nx.to_scipy_sparse_array(G, nodelist=list(G.nodes), weight=weight, format="csr")
    return dijkstra(sp.csr_matrix(A), directed=False)


@pytest.fixture(scope="session")
def grid_nx():
    return weighted_grid(15, 20, seed=3)


@pytest.fixture(scope="session")
def grid_graph(grid_nx):
    return shortcut.from_networkx(grid_nx)


@pytest.fixture(scope="session")
def grid_distances(grid_nx):
    return reference_distances(grid_nx)


@pytest.fixture(scope="session")
def two_components():
    """Two weighted trigrids side by side, not connected (for unreachable pairs)."""
    G = nx.disjoint_union(weighted_grid(6, 7, seed=5), weighted_grid(5, 5, seed=6))
    return G
