"""Tree cover, cop decomposition, shortcut partition and Steiner point removal: each result
checked in Python against scipy's exact distances, and by the library's own verifiers."""
import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, dijkstra

import shortcut


def test_tree_cover_dominates_and_stretches(grid_graph, grid_distances):
    eps = 0.5
    cover = shortcut.tree_cover(grid_graph, eps=eps, r=5)
    n = grid_graph.n
    assert cover.num_vertices == n and cover.num_stars == cover.stats.stars
    off, members, weights = cover.member_offsets, cover.members, cover.weights
    assert off[-1] == len(members) == len(weights) == cover.stats.entries
    best = np.full((n, n), np.inf)
    for s in range(cover.num_stars):
        mem = members[off[s]:off[s + 1]].astype(np.int64)
        w = weights[off[s]:off[s + 1]].astype(np.float64)
        assert mem[0] == cover.star_root[s]
        # Each weight dominates the distance to the root.
        assert np.all(w >= grid_distances[mem[0], mem])
        best[np.ix_(mem, mem)] = np.minimum(best[np.ix_(mem, mem)], w[:, None] + w[None, :])
    np.fill_diagonal(best, 0)
    assert np.all(best >= grid_distances - 1e-9)
    assert np.all(best <= (1 + eps) * grid_distances + 1e-9)
    # Stars of one forest are vertex-disjoint within a scale.
    for level in np.unique(cover.star_level):
        for forest in np.unique(cover.star_forest[cover.star_level == level]):
            stars = np.flatnonzero((cover.star_level == level) & (cover.star_forest == forest))
            seen = np.concatenate([members[off[s]:off[s + 1]] for s in stars])
            assert len(seen) == len(np.unique(seen))
    report = shortcut.verify.tree_cover(grid_graph, cover)
    assert report.ok and report.pairs.max_stretch <= 1 + eps and report.counterexample is None
    assert cover.stats.to_dict()["stars"] == cover.num_stars


def test_tree_cover_threads_identical(grid_graph):
    a = shortcut.tree_cover(grid_graph, eps=0.25, threads=1)
    b = shortcut.tree_cover(grid_graph, eps=0.25, threads=2)
    for name in ("star_root", "star_level", "member_offsets", "members", "weights", "star_forest"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name


def induced_strong_diameter(A, vertices):
    sub = A[vertices][:, vertices]
    d = dijkstra(sub, directed=False)
    return d.max()


def test_shortcut_partition_clusters(grid_graph, grid_distances):
    eps = 0.5
    part = shortcut.shortcut_partition(grid_graph, eps=eps, r=5)
    labels = np.asarray(part.cluster_of)
    assert labels.shape == (grid_graph.n,) and labels.dtype.kind in "iu"
    assert part.num_clusters == labels.max() + 1 == len(part.center) == part.stats.clusters
    assert part.diameter >= grid_distances.max() - 1e-9  # D is at least the true diameter
    A = grid_graph.to_scipy()
    for c in range(part.num_clusters):
        vertices = np.flatnonzero(labels == c)
        assert labels[part.center[c]] == c
        # Strong diameter: distances inside the cluster's induced subgraph.
        assert induced_strong_diameter(A, vertices) <= eps * part.diameter + 1e-9
    report = shortcut.verify.partition(grid_graph, part)
    assert report.ok and report.clusters == part.num_clusters
    assert report.max_strong_diameter <= eps * part.diameter
    # A plain array of labels with a tighter bound than the construction's fails with a message.
    tight = shortcut.verify.partition(grid_graph, labels, eps=eps / 100, diameter=part.diameter)
    assert not tight.ok and tight.counterexample["message"] == tight.message
    with pytest.raises(ValueError, match="entries"):
        shortcut.verify.partition(grid_graph, labels[:-1], eps=eps, diameter=part.diameter)
    assert part.cop.num_supernodes == len(part.cop.parent)


def test_cop_decomposition(grid_graph, grid_distances):
    radius = 30.0
    cop = shortcut.cop_decomposition(grid_graph, radius=radius, r=5)
    sn = np.asarray(cop.supernode_of)
    assert sn.shape == (grid_graph.n,) and sn.max() < cop.num_supernodes
    A = grid_graph.to_scipy()
    for s in range(cop.num_supernodes):
        skeleton = cop.skeleton_vertices[cop.skeleton_offsets[s]:cop.skeleton_offsets[s + 1]]
        assert np.all(sn[skeleton] == s)                    # the skeleton lies in its supernode
        vertices = np.flatnonzero(sn == s)
        sub = A[vertices][:, vertices]
        assert connected_components(sub, directed=False)[0] == 1  # supernodes are connected
        if cop.parent[s] != 0xFFFFFFFF:
            assert cop.depth[s] == cop.depth[cop.parent[s]] + 1
    report = shortcut.verify.cop(grid_graph, cop)
    assert report.ok and report.supernodes == cop.num_supernodes
    assert report.max_radius <= radius
    with pytest.raises(ValueError):
        shortcut.cop_decomposition(grid_graph, radius=0)
    with pytest.raises(ValueError):
        shortcut.verify.cop(shortcut.gen.grid(n=16), cop)


@pytest.mark.parametrize("method", ["paper", "voronoi", "ball", "gupta"])
def test_steiner_point_removal(grid_graph, grid_distances, method):
    terminals = shortcut.sample_terminals(grid_graph.n, 30, seed=2)
    if method == "gupta":  # defined on trees
        tree = shortcut.from_networkx(nx.minimum_spanning_tree(grid_graph.to_networkx()))
        g, d = tree, dijkstra(tree.to_scipy(), directed=False)
    else:
        g, d = grid_graph, grid_distances
    spr = shortcut.steiner_point_removal(g, terminals, method=method)
    assert spr.method == method
    t = np.asarray(spr.terminals)
    assert np.array_equal(np.sort(t), np.sort(terminals))
    f = np.asarray(spr.terminal_of)
    assert np.all(np.isin(f, t)) and np.all(f[t] == t)
    mu, mv, mw = spr.minor_edges
    assert np.all(mu < mv)
    # Minor edge weights are the graph distances of their endpoints; minor distances dominate.
    assert np.array_equal(mw.astype(np.float64), d[mu, mv])
    M = sp.coo_matrix((mw.astype(np.float64), (mu, mv)), shape=(g.n, g.n)).tocsr()
    dm = dijkstra(M, directed=False, indices=t)[:, t]
    assert np.all(dm >= d[np.ix_(t, t)] - 1e-9)
    report = shortcut.verify.spr(g, spr)
    assert report.ok and report.terminals == len(t)
    assert report.max_distortion == pytest.approx((dm / np.where(d[np.ix_(t, t)] > 0, d[np.ix_(t, t)], 1)).max())
    # A forged map (a vertex sent to a non-terminal) is a counterexample.
    bad = f.copy()
    non_terminal = np.setdiff1d(np.arange(g.n), t)[0]
    bad[non_terminal] = non_terminal
    forged = shortcut.verify.spr(g, terminals=t, terminal_of=bad, minor_edges=spr.minor_edges)
    assert not forged.ok and forged.counterexample is not None


def test_spr_bad_input(grid_graph):
    with pytest.raises(ValueError, match="out of range"):
        shortcut.steiner_point_removal(grid_graph, [0, grid_graph.n])
    with pytest.raises(ValueError):
        shortcut.steiner_point_removal(grid_graph, [0, 1], method="nonsense")
    with pytest.raises(ValueError):
        shortcut.sample_terminals(5, 6)


def test_minor_and_treewidth_certificates(grid_graph):
    k5 = shortcut.from_networkx(nx.complete_graph(5))
    sets = shortcut.verify.hadwiger_lower_bound(k5)
    assert len(sets) == 5 and shortcut.verify.minor_witness(k5, sets).ok
    # Two non-adjacent vertices are no K_2 model in a path's ends.
    path = shortcut.from_edges([0, 1, 2], [1, 2, 3])
    bad = shortcut.verify.minor_witness(path, [[0], [3]])
    assert not bad.ok and bad.counterexample["message"] == bad.message
    with pytest.raises(ValueError, match="out of range"):
        shortcut.verify.minor_witness(path, [[0], [9]])
    bags, edges, width = shortcut.verify.treewidth_upper_bound(grid_graph)
    report = shortcut.verify.tree_decomposition(grid_graph, bags, edges)
    assert report.ok and report.width == width == max(len(b) for b in bags) - 1
    assert width >= 15  # it contains the 15 x 20 grid, of treewidth 15
    # Dropping a bag breaks the decomposition.
    broken = shortcut.verify.tree_decomposition(grid_graph, bags[1:], np.zeros((0, 2), dtype=int))
    assert not broken.ok
    with pytest.raises(ValueError, match="bag indices"):
        shortcut.verify.tree_decomposition(grid_graph, bags, [[0, len(bags)]])
    # The cop decomposition's minor witness, when it found one, is a valid model.
    cop = shortcut.cop_decomposition(grid_graph, radius=30.0)
    if cop.minor_witness:
        assert shortcut.verify.minor_witness(grid_graph, cop.minor_witness).ok
