"""The distance oracle against scipy's exact distances: domination, stretch <= 1 + eps,
batch = single queries, identical answers for every thread count, save / load, bad input."""
import numpy as np
import pytest

import shortcut
from conftest import reference_distances, weighted_grid


def all_pairs(n):
    us, vs = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    return us.ravel(), vs.ravel()


@pytest.mark.parametrize("eps", [0.1, 0.5, 1.0])
def test_stretch_and_domination_against_scipy(grid_graph, grid_distances, eps):
    oracle = shortcut.DistanceOracle.build(grid_graph, eps=eps, r=5)
    us, vs = all_pairs(grid_graph.n)
    est = oracle.query_batch(us, vs).astype(np.float64)
    exact = grid_distances[us, vs]
    assert np.all(est >= exact)                       # domination: never below the distance
    assert np.all(est <= (1 + eps) * exact + 1e-9)    # stretch
    assert np.all(est[us == vs] == 0)
    assert oracle.epsilon == eps and oracle.n == grid_graph.n
    stats = oracle.stats
    assert stats.cover.stars == oracle.num_stars and stats.cover.entries == oracle.num_entries
    assert stats.label_bytes == oracle.label_bytes
    assert set(stats.to_dict()["cover"]) >= {"stars", "entries", "max_overlap", "scales"}


def test_unreachable_pairs(two_components):
    g = shortcut.from_networkx(two_components)
    exact = reference_distances(two_components)
    oracle = shortcut.DistanceOracle.build(g, eps=0.25)
    us, vs = all_pairs(g.n)
    est = oracle.query_batch(us, vs)
    far = np.isinf(exact[us, vs])
    assert far.any()
    assert np.all(est[far] == shortcut.UNREACHABLE)
    near = ~far
    assert np.all(est[near] >= exact[us, vs][near])
    assert np.all(est[near] <= 1.25 * exact[us, vs][near] + 1e-9)


def test_batch_equals_single_queries_and_threads_agree(grid_graph):
    rng = np.random.default_rng(1)
    us = rng.integers(0, grid_graph.n, 20_000)
    vs = rng.integers(0, grid_graph.n, 20_000)
    one = shortcut.DistanceOracle.build(grid_graph, eps=0.25, threads=1)
    two = shortcut.DistanceOracle.build(grid_graph, eps=0.25, threads=2)
    a = one.query_batch(us, vs, threads=1)
    assert np.array_equal(a, one.query_batch(us, vs, threads=2))
    assert np.array_equal(a, two.query_batch(us.astype(np.int32), vs.astype(np.uint32), threads=3))
    assert [one.query(int(u), int(v)) for u, v in zip(us[:200], vs[:200])] == a[:200].tolist()


def test_save_load_round_trip(grid_graph, tmp_path):
    oracle = shortcut.DistanceOracle.build(grid_graph, eps=0.25)
    path = tmp_path / "g.oracle"
    oracle.save(str(path))
    again = shortcut.DistanceOracle.load(str(path))
    opened = shortcut.DistanceOracle.open(str(path))
    assert again.stats is None
    assert again.fingerprint == oracle.fingerprint == grid_graph.fingerprint()
    assert again.serialized_bytes == path.stat().st_size
    us, vs = all_pairs(grid_graph.n)
    assert np.array_equal(again.query_batch(us, vs), oracle.query_batch(us, vs))
    assert np.array_equal(opened.query_batch(us[:999], vs[:999]), oracle.query_batch(us[:999], vs[:999]))
    again.check_graph(grid_graph)
    with pytest.raises(ValueError):
        again.check_graph(shortcut.gen.trigrid(n=grid_graph.n))
    # A corrupted file is rejected with a message, never read.
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.oracle"
    bad.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="checksum|malformed|invalid|corrupt"):
        shortcut.DistanceOracle.load(str(bad))
    (tmp_path / "short.oracle").write_bytes(bytes(data[:10]))
    with pytest.raises(ValueError):
        shortcut.DistanceOracle.load(str(tmp_path / "short.oracle"))
    with pytest.raises(FileNotFoundError):
        shortcut.DistanceOracle.load(str(tmp_path / "missing.oracle"))


def test_from_tree_cover_matches_build(grid_graph):
    cover = shortcut.tree_cover(grid_graph, eps=0.5)
    a = shortcut.DistanceOracle.from_tree_cover(grid_graph, cover)
    b = shortcut.DistanceOracle.build(grid_graph, eps=0.5, profile="fast")  # the cover's 16-bit codes
    us, vs = all_pairs(grid_graph.n)
    assert np.array_equal(a.query_batch(us, vs), b.query_batch(us, vs))


def test_bad_queries(grid_graph):
    oracle = shortcut.DistanceOracle.build(grid_graph, eps=0.5)
    n = grid_graph.n
    for u, v in ((n, 0), (0, n), (-1, 0), (2**40, 0)):
        with pytest.raises(ValueError, match="out of range"):
            oracle.query(u, v)
    with pytest.raises(ValueError, match="pair 2"):
        oracle.query_batch([0, 1, n], [0, 1, 2])
    with pytest.raises(ValueError, match="pair 1"):
        oracle.query_batch(np.array([0, -1]), np.array([0, 1]))
    with pytest.raises(ValueError, match="differ in length"):
        oracle.query_batch([0, 1], [0])
    with pytest.raises(TypeError):
        oracle.query_batch([0.5], [1.0])
    with pytest.raises(ValueError, match="threads"):
        oracle.query_batch([0], [1], threads=0)
    assert oracle.query_batch([], []).shape == (0,)
    for eps in (0.0, -1.0, 100.0):
        with pytest.raises(ValueError, match="eps"):
            shortcut.DistanceOracle.build(grid_graph, eps=eps)


def test_verifier_report(grid_graph, grid_distances):
    oracle = shortcut.DistanceOracle.build(grid_graph, eps=0.25)
    report = shortcut.verify.oracle(grid_graph, oracle)
    assert report.ok and bool(report) and report.counterexample is None
    n = grid_graph.n
    assert report.all_pairs and report.pairs_checked == n * (n - 1) // 2
    assert 1.0 <= report.max_stretch <= 1.25
    # A stricter eps than the oracle's: the checker reports the worst pair.
    strict = shortcut.verify.oracle(grid_graph, oracle, eps=1e-6)
    if strict.max_stretch > 1 + 1e-6:
        assert not strict.ok and strict.stretch_violations > 0
        ce = strict.counterexample
        assert ce["estimate"] > ce["distance"] == grid_distances[ce["u"], ce["v"]]
        assert ce["estimate"] == oracle.query(ce["u"], ce["v"])
        with pytest.raises(ValueError):
            strict.raise_if_failed()
    foreign = shortcut.verify.oracle(shortcut.gen.trigrid(n=grid_graph.n), oracle)
    assert not foreign.ok and foreign.message


def test_larger_graph_sampled_against_scipy():
    G = weighted_grid(40, 50, seed=11)
    g = shortcut.from_networkx(G)
    from scipy.sparse.csgraph import dijkstra
    import networkx as nx
    import scipy.sparse as sp

    A = sp.csr_matrix(nx.to_scipy_sparse_array(G, nodelist=list(G.nodes), format="csr"))
    rng = np.random.default_rng(4)
    sources = rng.choice(g.n, 8, replace=False)
    exact = dijkstra(A, directed=False, indices=sources)
    oracle = shortcut.DistanceOracle.build(g, eps=0.2, threads=2)
    for i, s in enumerate(sources):
        est = oracle.query_batch(np.full(g.n, s), np.arange(g.n)).astype(np.float64)
        assert np.all(est >= exact[i]) and np.all(est <= 1.2 * exact[i] + 1e-9)


def test_external_ids_of_the_input_file():
    # DIMACS numbers vertices from 1: the oracle speaks the file's ids both ways.
    import os
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    g = shortcut.read_graph(os.path.join(root, "datasets", "rome99", "rome99.gr"))
    oracle = shortcut.DistanceOracle.build(g, eps=0.5)
    assert oracle.find_external(1) == 0 and oracle.external_id(0) == 1
    assert oracle.find_external(g.n) == g.n - 1
    with pytest.raises(ValueError, match="no vertex has the id"):
        oracle.find_external(g.n + 1)
    with pytest.raises(ValueError, match="out of range"):
        oracle.external_id(g.n)


def test_partition_cover(grid_graph, grid_distances):
    """The paper's route (cover="partition"): the same guarantee, checked against exact distances;
    the scale ratio defaults to the cover's own (4), as in the CLI."""
    oracle = shortcut.DistanceOracle.build(grid_graph, eps=0.25, cover="partition")
    assert oracle.scale_ratio == 4
    us, vs = all_pairs(grid_graph.n)
    est = oracle.query_batch(us, vs).astype(np.float64)
    exact = grid_distances[us, vs]
    assert np.all(est >= exact) and np.all(est <= 1.25 * exact + 1e-9)
    portal = shortcut.DistanceOracle.build(grid_graph, eps=0.25)
    assert portal.scale_ratio == 1.25
    cover = shortcut.tree_cover(grid_graph, eps=0.25, cover="partition", scale_ratio=2)
    assert cover.scale_ratio == 2 and cover.num_stars > 0
    with pytest.raises(ValueError, match="cover"):
        shortcut.DistanceOracle.build(grid_graph, eps=0.25, cover="nope")
    with pytest.raises(ValueError, match="scale"):
        shortcut.tree_cover(grid_graph, eps=0.25, scale_ratio=0)
