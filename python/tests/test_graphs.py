"""Graphs: every entry point against networkx and scipy, and bad input."""
import gzip

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

import shortcut
from conftest import DATASETS


def edge_set(g):
    u, v, w = g.edges()
    return set(zip(u.tolist(), v.tolist(), w.tolist()))


def nx_edge_set(G):
    index = {v: i for i, v in enumerate(G.nodes)}
    out = set()
    for a, b, w in G.edges(data="weight", default=1):
        i, j = sorted((index[a], index[b]))
        out.add((i, j, w))
    return out


def test_from_networkx_keeps_every_edge_and_weight(grid_nx, grid_graph):
    assert grid_graph.n == grid_nx.number_of_nodes()
    assert grid_graph.m == grid_nx.number_of_edges()
    assert edge_set(grid_graph) == nx_edge_set(grid_nx)
    assert grid_graph.nodes == list(grid_nx.nodes)
    info = grid_graph.info()
    assert info["n"] == grid_graph.n and info["m"] == grid_graph.m and info["components"] == 1
    assert info["min_weight"] == min(w for *_, w in grid_nx.edges(data="weight"))
    assert info["max_degree"] == max(d for _, d in grid_nx.degree)


def test_to_scipy_is_networkx_matrix(grid_nx, grid_graph):
    A = nx.to_scipy_sparse_array(grid_nx, nodelist=list(grid_nx.nodes), format="csr")
    B = grid_graph.to_scipy()
    assert B.shape == A.shape
    assert (abs(sp.csr_matrix(A) - B)).nnz == 0


def test_from_scipy_round_trip(grid_graph):
    A = grid_graph.to_scipy()
    for matrix in (A, sp.csr_array(A), A.tocoo(), A.astype(np.float64), A.astype(np.uint32)):
        g = shortcut.from_scipy(matrix)
        assert g.fingerprint() == grid_graph.fingerprint()
    # Unsorted indices are sorted first.
    shuffled = A.copy()
    shuffled.has_sorted_indices = False
    for row in range(shuffled.shape[0]):
        s, e = shuffled.indptr[row], shuffled.indptr[row + 1]
        shuffled.indices[s:e] = shuffled.indices[s:e][::-1].copy()
        shuffled.data[s:e] = shuffled.data[s:e][::-1].copy()
    assert shortcut.from_scipy(shuffled).fingerprint() == grid_graph.fingerprint()


def test_from_csr_views_and_copies_agree(grid_graph):
    indptr, indices, data = grid_graph.indptr, grid_graph.indices, grid_graph.data
    ref = grid_graph.fingerprint()
    assert shortcut.from_csr(indptr, indices, data).fingerprint() == ref
    assert shortcut.from_csr(indptr.astype(np.int64), indices.astype(np.int64),
                             data.astype(np.int64)).fingerprint() == ref
    assert shortcut.from_csr(indptr.astype(np.int32), indices.astype(np.int32),
                             data.astype(np.float32)).fingerprint() == ref
    with pytest.raises(ValueError):  # views into the graph are read-only
        indptr[0] = 1
    unit = shortcut.from_csr(indptr, indices)
    assert set(unit.data.tolist()) == {1}
    # Strided and byte-swapped arrays are copied, not misread.
    strided = np.repeat(indices.astype(np.int32), 2)[::2]
    assert shortcut.from_csr(indptr, strided, data).fingerprint() == ref
    swapped = indices.astype(">i4")
    assert shortcut.from_csr(indptr.astype(">u4"), swapped, data.astype(">u4")).fingerprint() == ref


def test_from_edges_merges_and_symmetrises():
    u = np.array([0, 1, 1, 2, 3])
    v = np.array([1, 0, 2, 2, 0])
    w = np.array([5, 3, 7, 9, 4])
    g = shortcut.from_edges(u, v, w)
    assert g.n == 4
    assert edge_set(g) == {(0, 1, 3), (1, 2, 7), (0, 3, 4)}  # parallel kept lightest, self-loop dropped
    assert shortcut.from_edges(u, v, w, n=10).n == 10
    assert shortcut.from_edges(u, v).edge_weight(1, 2) == 1
    d = shortcut.from_edges([0, 1], [1, 2], [2, 3], directed=True)
    assert edge_set(d) == {(0, 1, 2), (1, 2, 3)}


def test_to_networkx_round_trip(grid_graph):
    H = grid_graph.to_networkx()
    assert edge_set(shortcut.from_networkx(H)) == edge_set(grid_graph)


def test_read_graph_matches_a_python_parse(tmp_path):
    path = DATASETS / "rome99" / "rome99.gr"
    g = shortcut.read_graph(path)
    arcs = {}
    n = 0
    with open(path) as f:
        for line in f:
            if line.startswith("p"):
                n = int(line.split()[2])
            elif line.startswith("a"):
                _, a, b, w = line.split()
                key = tuple(sorted((int(a) - 1, int(b) - 1)))
                if key[0] != key[1]:
                    arcs[key] = min(arcs.get(key, 1 << 40), int(w))
    assert g.n == n
    assert edge_set(g) == {(a, b, w) for (a, b), w in arcs.items()}
    assert g.external_ids[0] == 1  # DIMACS ids are 1-based
    unit = shortcut.read_graph(str(path), weights="unit")
    assert unit.m == g.m and set(unit.data.tolist()) == {1}
    # Compressed input and coordinates.
    mesh = shortcut.read_graph(DATASETS / "3elt" / "3elt.grf.gz")
    with gzip.open(DATASETS / "3elt" / "3elt.grf.gz", "rt") as f:
        f.readline()
        n3, arcs3 = map(int, f.readline().split())
    assert mesh.n == n3 and 2 * mesh.m == arcs3
    assert mesh.coordinates is not None and mesh.coordinates.shape == (n3, 3)


def test_version_is_the_projects():
    cmake = (DATASETS.parent / "CMakeLists.txt").read_text()
    assert f"project(shortcut VERSION {shortcut.__version__} " in cmake


def test_stubs_name_every_generator():
    stub = (DATASETS.parent / "python" / "shortcut" / "gen.pyi").read_text()
    for f in shortcut.gen.families():
        name = f["name"].replace("-", "_")
        assert f"def {name}(" in stub, name
        assert callable(getattr(shortcut.gen, name))


def test_generators():
    g = shortcut.gen.trigrid(n=400, seed=2)
    assert g.n == 400 and g.info()["components"] == 1
    assert shortcut.verify.planarity(g).planar
    assert shortcut.gen.trigrid(n=400, seed=2).fingerprint() == g.fingerprint()
    names = [f["name"] for f in shortcut.gen.families()]
    assert "trigrid" in names and "ktree" in names
    for name in names:
        h = shortcut.gen.family(name, n=60, seed=1)
        assert h.n > 0
    k = shortcut.gen.ktree(n=50, k=4)
    assert nx.is_connected(k.to_networkx())
    w = shortcut.gen.grid(n=100, weights="uniform:5:9:3")
    assert 5 <= w.data.min() and w.data.max() <= 9
    with pytest.raises(ValueError, match="unknown|family"):
        shortcut.gen.family("no-such-family")


def test_planarity_finds_k5():
    report = shortcut.verify.planarity(shortcut.from_networkx(nx.complete_graph(5)))
    assert not report.planar and report.ok and report.counterexample is not None
    assert len(report.kuratowski_edges) == 10


# Bad input: every error is a Python exception carrying the library's message.

def test_missing_file_raises_file_not_found(tmp_path):
    missing = tmp_path / "none.gr"
    with pytest.raises(FileNotFoundError, match="none.gr"):
        shortcut.read_graph(missing)


def test_malformed_file_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.gr"
    bad.write_text("p sp 3 2\na 1 2 5\na 1 9 5\n")
    with pytest.raises(ValueError, match=r"bad.gr:3:"):
        shortcut.read_graph(bad)
    zero = tmp_path / "zero.gr"
    zero.write_text("p sp 2 1\na 1 2 0\n")
    with pytest.raises(ValueError):
        shortcut.read_graph(zero)
    assert shortcut.read_graph(zero, contract_zero_weights=True).n == 1
    with pytest.raises(ValueError):
        shortcut.read_graph(bad, weights="nonsense")


def test_bad_arrays():
    with pytest.raises(ValueError, match="out of range"):
        shortcut.from_edges([0, -1], [1, 2])
    with pytest.raises(ValueError, match="out of range"):
        shortcut.from_edges([0, 5], [1, 2], n=3)
    with pytest.raises(ValueError, match="differ in length"):
        shortcut.from_edges([0, 1], [1])
    with pytest.raises(ValueError, match="not an integer"):
        shortcut.from_edges([0], [1], [0.5])
    with pytest.raises(ValueError, match="fit"):
        shortcut.from_edges([0], [1], [2**33])
    with pytest.raises(ValueError, match="fit"):
        shortcut.from_edges([0], [1], [-3])
    with pytest.raises(ValueError):
        shortcut.from_edges([0], [1], [0])  # zero weight
    with pytest.raises(TypeError):
        shortcut.from_edges([0.0], [1.0])
    with pytest.raises(ValueError, match="one-dimensional"):
        shortcut.from_edges(np.zeros((2, 2), dtype=int), [1, 2])
    # CSR: asymmetric, unsorted, out of range, negative int32, wrong sizes.
    with pytest.raises(ValueError, match="reverse"):
        shortcut.from_csr([0, 1, 1], [1], [1])
    with pytest.raises(ValueError):
        shortcut.from_csr([0, 2, 3, 4], [2, 1, 0, 0], [1, 1, 1, 1])
    with pytest.raises(ValueError):
        shortcut.from_csr(np.array([0, 1, 2], dtype=np.int32), np.array([1, -1], dtype=np.int32))
    with pytest.raises(ValueError):
        shortcut.from_csr([0, 1, 5], [1, 0], [1, 1])
    with pytest.raises(ValueError):
        shortcut.from_csr([0, 1, 2], [1, 0], [4, 5])
    with pytest.raises(ValueError):
        shortcut.from_scipy(sp.csr_matrix(np.ones((2, 3))))
    with pytest.raises(TypeError):
        shortcut.from_scipy(np.ones((2, 2)))
    # A non-symmetric matrix is rejected by the CSR path and accepted as arcs.
    A = sp.csr_matrix(np.array([[0, 2], [0, 0]]))
    with pytest.raises(ValueError):
        shortcut.from_scipy(A)
    assert edge_set(shortcut.from_scipy(A, directed=True)) == {(0, 1, 2)}
    g = shortcut.gen.grid(n=16)
    with pytest.raises(ValueError, match="out of range"):
        g.edge_weight(0, 16)
