#!/usr/bin/python3
"""Soak test of the distance oracle's query paths: for a given time, many concurrent
`shortcut oracle query` processes on one index file, and one in-process oracle queried from
several threads at once (`DistanceOracle.query_batch(threads=T)`), every answer compared with a
single-threaded reference run, and the memory of each round recorded so that growth shows.

    scripts/soak.py --cli build/release/shortcut --seconds 120 [--procs 4] [--pairs 200000]
                    [--index I.idx | --n 200000] [--python-path build/release/python]

Without --index it builds one for a triangulated grid of --n vertices (weights 1..100, eps 0.25)
in a temporary folder. Exits 1 on any answer that differs from the reference, on a process that
fails, or when the peak memory of a later round exceeds the first round's by more than 10%
(--max-growth). Every loop is bounded by --seconds; the script stops by itself.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time


def resident_kib(pid):
    """The resident set of a running process in KiB (0 once it is gone). Sampled from /proc:
    the rusage of a child forked from this process would count this process's pages too."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the shortcut executable")
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--procs", type=int, default=4, help="concurrent query processes per round")
    ap.add_argument("--threads", type=int, default=4, help="largest thread count for query_batch")
    ap.add_argument("--pairs", type=int, default=200_000)
    ap.add_argument("--index", help="an existing index (default: build one)")
    ap.add_argument("--n", type=int, default=200_000, help="vertices of the generated graph")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--python-path", help="where the shortcut Python package is (default: installed)")
    ap.add_argument("--max-growth", type=float, default=0.10)
    args = ap.parse_args()
    if args.python_path:
        sys.path.insert(0, args.python_path)
    import numpy as np
    import shortcut

    work = tempfile.mkdtemp(prefix="shortcut-soak-")
    index = args.index
    if index is None:
        graph = os.path.join(work, "g.gr")
        index = os.path.join(work, "g.idx")
        subprocess.run([args.cli, "gen", "trigrid", "--n", str(args.n), "--seed", str(args.seed),
                        "--weights", "uniform:1:100", "-o", graph], check=True, capture_output=True)
        subprocess.run([args.cli, "oracle", "build", graph, "--eps", "0.25", "-o", index],
                       check=True, capture_output=True)

    oracle = shortcut.DistanceOracle.load(index)
    rng = np.random.default_rng(args.seed)
    us = rng.integers(0, oracle.n, args.pairs)
    vs = rng.integers(0, oracle.n, args.pairs)
    pairs = os.path.join(work, "pairs.txt")
    with open(pairs, "w") as f:
        for u, v in zip(us.tolist(), vs.tolist()):
            f.write(f"{oracle.external_id(u)} {oracle.external_id(v)}\n")
    with open(pairs, "rb") as f:
        reference = subprocess.run([args.cli, "oracle", "query", index], stdin=f, check=True,
                                   capture_output=True).stdout
    expected = oracle.query_batch(us, vs, threads=1)
    reference_estimates = np.array([int(line.split()[2]) for line in reference.splitlines()], dtype=np.uint64)
    if not np.array_equal(expected, reference_estimates):
        print("soak: the Python oracle and the CLI disagree on the reference run")
        return 1

    deadline = time.monotonic() + args.seconds
    rounds = processes = mismatches = failures = 0
    child_peaks, own_peaks = [], []
    while time.monotonic() < deadline:
        rounds += 1
        started = []
        for _ in range(args.procs):
            f = open(pairs, "rb")
            p = subprocess.Popen([args.cli, "oracle", "query", index], stdin=f, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
            started.append((p, f))
        samples = [0]
        running = threading.Event()
        running.set()

        def sample():
            while running.is_set():
                samples[0] = max([samples[0]] + [resident_kib(p.pid) for p, _ in started])
                time.sleep(0.01)

        sampler = threading.Thread(target=sample)
        sampler.start()
        # Meanwhile, the same pairs from several threads on one oracle.
        for t in range(1, args.threads + 1):
            if not np.array_equal(oracle.query_batch(us, vs, threads=t), expected):
                mismatches += 1
        outputs = [p.communicate()[0] for p, _ in started]
        running.clear()
        sampler.join()
        for (p, f), out in zip(started, outputs):
            f.close()
            processes += 1
            if p.returncode != 0:
                failures += 1
            elif out != reference:
                mismatches += 1
        child_peaks.append(samples[0])
        own_peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)

    def growth(peaks):
        return (max(peaks[1:]) / peaks[0] - 1) if len(peaks) > 1 and peaks[0] > 0 else 0.0

    print(f"soak: {rounds} rounds in {args.seconds:.0f} s, {processes} query processes x {args.pairs} pairs "
          f"and {rounds * args.threads} batches of {args.pairs} pairs on 1..{args.threads} threads; "
          f"{mismatches} answers differed, {failures} processes failed")
    print(f"soak: largest resident set of a query process, per round, {min(child_peaks) / 1024:.1f}-"
          f"{max(child_peaks) / 1024:.1f} MiB (growth after round 1: {100 * growth(child_peaks):.1f}%); this process "
          f"{own_peaks[0] / 1024:.1f} -> {own_peaks[-1] / 1024:.1f} MiB ({100 * growth(own_peaks):.1f}%)")
    ok = mismatches == 0 and failures == 0 and growth(child_peaks) <= args.max_growth \
        and growth(own_peaks) <= args.max_growth
    if not args.index:
        for name in os.listdir(work):
            os.remove(os.path.join(work, name))
        os.rmdir(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
