"""Conversions between shortcut.Graph and scipy.sparse / networkx (no Python loop over the
edges of a scipy matrix; networkx graphs are read through their edge view)."""
import numpy as np

from ._shortcut import Graph


def from_scipy(matrix, directed=False):
    """A Graph from a square scipy.sparse matrix of positive integer weights.

    A symmetric matrix goes through the validated CSR entry point (indices are sorted
    first if they are not). directed=True takes the matrix as arcs and symmetrises it
    (the lightest of parallel arcs kept), for matrices that are not symmetric."""
    import scipy.sparse as sp

    if not sp.issparse(matrix):
        raise TypeError("from_scipy expects a scipy.sparse matrix")
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ValueError(f"the matrix must be square (got shape {matrix.shape})")
    if directed:
        coo = matrix.tocoo()
        return Graph.from_edges(coo.row, coo.col, coo.data, n=matrix.shape[0], directed=True)
    csr = matrix.tocsr()
    if not csr.has_sorted_indices:
        csr = csr.sorted_indices()
    return Graph.from_csr(csr.indptr, csr.indices, csr.data)


def to_scipy(g):
    """The graph as a symmetric scipy.sparse.csr_matrix of its weights (int64)."""
    import scipy.sparse as sp

    return sp.csr_matrix((g.data.astype(np.int64), g.indices.astype(np.int32), g.indptr.astype(np.int64)),
                         shape=(g.n, g.n))


def from_networkx(G, weight="weight"):
    """A Graph from a networkx graph: vertex i is list(G.nodes)[i] (kept as g.nodes);
    edge weights from the attribute `weight` (1 when absent, or for weight=None).
    Directed graphs are symmetrised; multigraphs keep the lightest parallel edge."""
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    m = G.number_of_edges()
    u = np.empty(m, dtype=np.int64)
    v = np.empty(m, dtype=np.int64)
    w = np.ones(m, dtype=np.float64)
    if weight is None:
        for i, (a, b) in enumerate(G.edges()):
            u[i], v[i] = index[a], index[b]
    else:
        for i, (a, b, x) in enumerate(G.edges(data=weight, default=1)):
            u[i], v[i], w[i] = index[a], index[b], x
    g = Graph.from_edges(u, v, w, n=len(nodes), directed=G.is_directed())
    g.nodes = nodes
    return g


def to_networkx(g):
    """The graph as a networkx.Graph on vertices 0..n-1 with edge attribute "weight"."""
    import networkx as nx

    G = nx.Graph()
    G.add_nodes_from(range(g.n))
    u, v, w = g.edges()
    G.add_weighted_edges_from(zip(u.tolist(), v.tolist(), w.tolist()))
    return G
