#!/usr/bin/env python3
"""Builds a (1 + eps) distance oracle from a networkx graph and plots the stretch it
achieves against exact distances (scipy's Dijkstra), as a histogram.

    python3 docs/examples/oracle_from_networkx.py stretch.png [--eps 0.25] [--side 60]

The graph is a triangulated grid (planar) with random integer edge lengths."""
import argparse

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
from scipy.sparse.csgraph import dijkstra

import shortcut


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("png", help="where to write the plot")
    parser.add_argument("--eps", type=float, default=0.25)
    parser.add_argument("--side", type=int, default=60, help="grid side (side x side vertices)")
    parser.add_argument("--sources", type=int, default=20)
    args = parser.parse_args()

    rng = np.random.default_rng(1)
    G = nx.triangular_lattice_graph(args.side, args.side)
    for u, v in G.edges:
        G.edges[u, v]["length"] = int(rng.integers(1, 100))

    g = shortcut.from_networkx(G, weight="length")
    oracle = shortcut.DistanceOracle.build(g, eps=args.eps, r=5)

    sources = rng.choice(g.n, args.sources, replace=False)
    exact = dijkstra(g.to_scipy(), directed=False, indices=sources)
    us = np.repeat(sources, g.n)
    vs = np.tile(np.arange(g.n), len(sources))
    estimate = oracle.query_batch(us, vs).reshape(len(sources), g.n)
    connected = exact > 0
    stretch = estimate[connected] / exact[connected]

    print(f"{g.n} vertices, {g.m} edges, {oracle.num_entries} label entries; "
          f"{stretch.size} pairs: max stretch {stretch.max():.4f}, mean {stretch.mean():.4f} "
          f"(guaranteed <= {1 + args.eps})")
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(stretch, bins=60, color="#3465a4")
    ax.axvline(1 + args.eps, color="#cc0000", linestyle="--", label=f"guarantee 1 + {args.eps}")
    ax.set_xlabel("oracle estimate / exact distance")
    ax.set_ylabel("pairs")
    ax.set_yscale("log")
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.png, dpi=110)


if __name__ == "__main__":
    main()
