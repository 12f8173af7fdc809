#!/usr/bin/env python3
"""The Python package's overhead over the C++ calls it wraps, measured in one process:

  query_batch   DistanceOracle.query_batch on random pairs (int64 numpy arrays in, uint64 out:
                id checks, packing and the GIL release included) against DistanceOracle::QueryBatch
                on the same pairs already packed, on the same index.
  from_scipy    shortcut.from_scipy on the scipy CSR matrix of the 1M-vertex trigrid
                (`shortcut gen trigrid --n 1000000 --seed 1`; int32 indices, uint32 data)
                against BuildGraphFromCsr on the same arrays.

Each figure is the best of --repeats wall-clock runs, Python and C++ alternating; the ratios are Python / C++ (targets:
query_batch within 1.5x, from_scipy within 1.2x). Run against a Release build:

    PYTHONPATH=build/python/python python3 bench/python_bench.py [--pairs 1000000] [--oracle-n 200000]
"""
import argparse
import json
import time

import numpy as np

import shortcut
from shortcut import _shortcut


def interleaved(python_call, cpp_seconds, repeats):
    """Best of `repeats` for each side, run alternately so that both see the same load. The
    Python result is released after its clock stops, as the C++ timing ends before its
    result is destroyed (freeing a 1M-vertex graph is not part of building it)."""
    py, cpp = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        result = python_call()
        py.append(time.perf_counter() - start)
        del result
        cpp.append(cpp_seconds())
    return min(py), min(cpp)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--oracle-n", type=int, default=200_000, help="vertices of the oracle's trigrid")
    parser.add_argument("--csr-n", type=int, default=1_000_000, help="vertices of the CSR trigrid")
    parser.add_argument("--eps", type=float, default=0.25)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    out = {}

    g = shortcut.gen.trigrid(n=args.oracle_n, seed=1)
    oracle = shortcut.DistanceOracle.build(g, eps=args.eps, r=5, threads=2)
    rng = np.random.default_rng(1)
    us = rng.integers(0, g.n, args.pairs, dtype=np.int64)
    vs = rng.integers(0, g.n, args.pairs, dtype=np.int64)
    py_q, cpp_q = interleaved(lambda: oracle.query_batch(us, vs, threads=args.threads),
                              lambda: _shortcut._time_cpp_query_batch(oracle, us, vs, args.threads), args.repeats)
    out["query_batch"] = {"graph_n": g.n, "pairs": args.pairs, "threads": args.threads, "python_s": py_q,
                          "cpp_s": cpp_q, "ratio": py_q / cpp_q}

    big = shortcut.gen.trigrid(n=args.csr_n, seed=1)
    A = big.to_scipy()
    A.data = A.data.astype(np.uint32)
    A.indices = A.indices.astype(np.int32)
    A.indptr = A.indptr.astype(np.int32)
    assert shortcut.from_scipy(A).fingerprint() == big.fingerprint()
    indptr, indices = A.indptr.view(np.uint32), A.indices.view(np.uint32)
    py_b, cpp_b = interleaved(lambda: shortcut.from_scipy(A),
                              lambda: _shortcut._time_cpp_csr_build(indptr, indices, A.data), args.repeats)
    assert cpp_b > 0
    out["from_scipy"] = {"graph_n": big.n, "graph_m": big.m, "python_s": py_b, "cpp_s": cpp_b,
                         "ratio": py_b / cpp_b}

    for name, r in out.items():
        print(f"{name:12s} python {r['python_s'] * 1e3:9.2f} ms   C++ {r['cpp_s'] * 1e3:9.2f} ms   "
              f"ratio {r['ratio']:.3f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=2)


if __name__ == "__main__":
    main()
