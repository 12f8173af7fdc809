#!/usr/bin/python3
"""Throughput of bulk oracle queries: `shortcut oracle query` on millions of random pairs (text
lines and binary records, 1 and 2 threads) against the library's own query loop
(`DistanceOracle.query_batch`, which is `DistanceOracle::QueryBatch`) on the same index and the
same pairs, in the same run. Every CLI answer is compared with the library's.

    bench/bulk_queries.py --cli build/release/shortcut --python-path build/release/python
                          [--n 262144] [--pairs 10000000] [--eps 0.25] [--index I.idx --graph-n N]

Without --index it builds one for a triangulated grid of about --n vertices (weights 1..100).
The time of a CLI run includes loading the index; the table also gives it net of a run with no
pairs (the load alone). Prints a Markdown table; exits 1 if any answer differs.
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--python-path", required=True, help="folder holding the built `shortcut` package")
    ap.add_argument("--n", type=int, default=262144)
    ap.add_argument("--pairs", type=int, default=10_000_000)
    ap.add_argument("--eps", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest counts")
    args = ap.parse_args()
    sys.path.insert(0, args.python_path)
    import numpy as np
    import shortcut

    with tempfile.TemporaryDirectory() as tmp:
        side = int(math.isqrt(args.n))
        graph = os.path.join(tmp, "g.gr")
        index = os.path.join(tmp, "g.idx")
        subprocess.run([args.cli, "gen", "trigrid", "--rows", str(side), "--cols", str(side), "--seed",
                        str(args.seed), "--weights", f"uniform:1:100:{args.seed}", "--no-coordinates", "-o", graph],
                       check=True, capture_output=True)
        subprocess.run([args.cli, "oracle", "build", graph, "--eps", str(args.eps), "-o", index], check=True,
                       capture_output=True, env=dict(os.environ, SHORTCUT_PROGRESS="0"))
        n = side * side
        rng = np.random.default_rng(args.seed)
        us = rng.integers(1, n + 1, size=args.pairs, dtype=np.uint64)
        vs = rng.integers(1, n + 1, size=args.pairs, dtype=np.uint64)
        text = os.path.join(tmp, "pairs.txt")
        binary = os.path.join(tmp, "pairs.bin")
        np.savetxt(text, np.stack([us, vs], axis=1), fmt="%d")
        np.stack([us, vs], axis=1).astype("<u8").tofile(binary)

        oracle = shortcut.DistanceOracle.load(index)
        iu = np.fromiter((oracle.find_external(int(x)) for x in range(1, n + 1)), dtype=np.uint32, count=n)
        qu, qv = iu[us.astype(np.int64) - 1], iu[vs.astype(np.int64) - 1]
        rows = []
        reference = None
        for threads in (1, 2):
            best = math.inf
            for _ in range(args.repeat):
                start = time.perf_counter()
                got = oracle.query_batch(qu, qv, threads=threads)
                best = min(best, time.perf_counter() - start)
            if reference is None:
                reference = got
            elif not np.array_equal(reference, got):
                print("query_batch answers depend on the thread count", file=sys.stderr)
                return 1
            rows.append((f"library QueryBatch, {threads} thread(s)", best, None))
        library_1 = rows[0][1]

        def cli_run(extra, stdin_path):
            with open(stdin_path, "rb") as fin:
                start = time.perf_counter()
                p = subprocess.run([args.cli, "oracle", "query", index] + extra, stdin=fin, capture_output=True,
                                   env=dict(os.environ, SHORTCUT_PROGRESS="0"))
                wall = time.perf_counter() - start
            if p.returncode != 0:
                print(p.stderr.decode(), file=sys.stderr)
                raise SystemExit(1)
            return wall, p.stdout

        load = min(cli_run([], os.devnull)[0] for _ in range(args.repeat))
        expected_text = None
        for binary_mode in (False, True):
            for threads in (1, 2):
                extra = ["--threads", str(threads)] + (["--binary"] if binary_mode else [])
                best, out = math.inf, None
                for _ in range(args.repeat):
                    wall, out = cli_run(extra, binary if binary_mode else text)
                    best = min(best, wall)
                if binary_mode:
                    got = np.frombuffer(out, dtype="<u8").copy()
                    got[got == np.uint64(2**64 - 1)] = np.uint64(shortcut.UNREACHABLE)
                    ok = np.array_equal(got, reference)
                else:
                    got = np.array([int(line.split()[2]) for line in out.splitlines()], dtype=np.uint64)
                    ok = np.array_equal(got, reference)
                if not ok:
                    print(f"CLI answers ({' '.join(extra)}) differ from the library's", file=sys.stderr)
                    return 1
                rows.append((f"`oracle query {' '.join(extra)}`", best, best - load))

        print(f"Triangulated grid {side}x{side} (n = {n}), weights 1..100, eps = {args.eps}, "
              f"{args.pairs:,} random pairs; index {os.path.getsize(index) / n:.0f} B/vertex; "
              f"loading the index alone (a run with no pairs): {load:.2f} s.\n")
        print("| what | wall s | ns per pair | ns per pair net of loading | ÷ library, 1 thread |")
        print("|---|---|---|---|---|")
        for name, wall, net in rows:
            per = wall / args.pairs * 1e9
            net_per = "" if net is None else f"{net / args.pairs * 1e9:.0f}"
            ratio = (net if net is not None else wall) / library_1
            print(f"| {name} | {wall:.2f} | {per:.0f} | {net_per} | {ratio:.2f} |")
        print("\nEvery CLI answer equals the library's.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
