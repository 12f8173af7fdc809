"""The cover's applications against scipy's exact distances: the low-hop emulator (every pair
within 2 hops and 1 + eps), the distance labels (decoded from two bytes objects alone) and the
routing scheme (every route a walk of the graph within 1 + eps)."""
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

import shortcut
from conftest import reference_distances

EPS = 0.25


def test_emulator_two_hops(grid_graph, grid_distances):
    h = shortcut.low_hop_emulator(grid_graph, eps=EPS)
    assert h.n == grid_graph.n
    H = shortcut.to_scipy(h).toarray().astype(np.float64)
    H[H == 0] = np.inf
    np.fill_diagonal(H, 0)
    # Shortest paths of at most two hops: min over the middle vertex (min-plus square).
    two = np.stack([np.min(H[i][:, None] + H, axis=0) for i in range(h.n)])
    assert np.all(two >= grid_distances - 1e-9)
    assert np.all(two <= (1 + EPS) * grid_distances + 1e-9)
    full = dijkstra(sp.csr_matrix(shortcut.to_scipy(h)), directed=False)
    assert np.all(full >= grid_distances - 1e-9)        # every edge dominates


def test_labels_from_two_labels_alone(grid_graph, grid_distances, tmp_path):
    labels = shortcut.DistanceLabels.build(grid_graph, eps=EPS)
    blobs = [labels.label(v) for v in range(grid_graph.n)]
    assert all(isinstance(b, bytes) for b in blobs)
    for u in range(0, grid_graph.n, 7):
        for v in range(grid_graph.n):
            d = shortcut.decode_distance(blobs[u], blobs[v])
            assert d == labels.query(u, v)
            assert grid_distances[u, v] <= d <= (1 + EPS) * grid_distances[u, v] + 1e-9
    labels.save(str(tmp_path / "l.bin"))
    back = shortcut.DistanceLabels.load(str(tmp_path / "l.bin"))
    assert back.label(5) == blobs[5] and back.max_label_bits == labels.max_label_bits
    with pytest.raises(ValueError):
        labels.label(grid_graph.n)


def test_routes_are_walks_within_the_bound(grid_nx, grid_graph, grid_distances):
    scheme = shortcut.RoutingScheme.build(grid_graph, eps=EPS)
    A = shortcut.to_scipy(grid_graph)
    for u in range(0, grid_graph.n, 11):
        for v in range(0, grid_graph.n, 3):
            path = scheme.route(grid_graph, u, v)
            assert path[0] == u and path[-1] == v
            length = sum(A[a, b] for a, b in zip(path, path[1:]))
            assert all(A[a, b] > 0 for a, b in zip(path, path[1:]))
            assert length <= (1 + EPS) * grid_distances[u, v] + 1e-9
    assert scheme.mean_table_bits > 0 and scheme.max_header_bits > 0


def test_no_route_across_components(two_components):
    g = shortcut.from_networkx(two_components)
    exact = reference_distances(two_components)
    scheme = shortcut.RoutingScheme.build(g, eps=EPS)
    labels = shortcut.DistanceLabels.build(g, eps=EPS)
    far = np.argwhere(np.isinf(exact))
    u, v = far[0]
    assert labels.query(int(u), int(v)) == shortcut.UNREACHABLE
    with pytest.raises(ValueError):
        scheme.route(g, int(u), int(v))
