#!/usr/bin/env python3
"""Runs a preset's experiment matrix through the `shortcut` CLI.

    harness.py run PRESET --cli BUILD/shortcut [--out DIR] [--build-dir BUILD] ...
    harness.py list PRESET          # the runs a preset expands to

One CSV row per run in <out>/<kind>.csv: the run's parameters, every field
of its --stats JSON (nested objects flattened to dotted names), the status,
the wall time, and where it ran: commit (`git rev-parse --short HEAD`,
"+dirty" when the working tree has changes outside the harness outputs),
compiler and build type (from the CMake cache), machine, cores, memory, CPU
model, date. Rows are written atomically (the whole CSV is rewritten to a
temporary file and renamed), so an interrupted run leaves a valid CSV; a
rerun skips every run whose row exists with the same parameters and commit.
Progress and an ETA go to stderr. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import matrix  # noqa: E402
import presets  # noqa: E402

ROOT = matrix.ROOT
# Harness outputs: changes there do not make the tree "dirty" for the commit
# column (the harness itself writes them).
OUTPUT_PATHS = ("bench/results", "docs/plots", "docs/pictures", "docs/RESULTS.md", "docs/pictures.md")
ENV_COLUMNS = ["commit", "compiler", "build_type", "machine", "cores", "mem_gib", "cpu", "date"]
STATUS_COLUMNS = ["status", "exit_code", "wall_s", "error"]


def die(msg: str, code: int = 1):
    print(f"harness: error: {msg}", file=sys.stderr)
    sys.exit(code)


def rel(path) -> str:
    """A path relative to the repository root when inside it."""
    p = Path(path).resolve()
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------
# Environment


def git(*args) -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def commit_id() -> str:
    head = git("rev-parse", "--short", "HEAD") or "unknown"
    excludes = [f":(exclude){p}" for p in OUTPUT_PATHS]
    dirty = git("status", "--porcelain", "--", ".", *excludes)
    return head + ("+dirty" if dirty else "")


def find_cmake_cache(build_dir: Path | None, cli: Path) -> Path | None:
    candidates = [build_dir] if build_dir else []
    candidates += list(cli.resolve().parents)[:4]
    for d in candidates:
        if d and (d / "CMakeCache.txt").is_file():
            return d
    return None


def compiler_info(build_dir: Path | None) -> tuple[str, str]:
    """(compiler id and version, build type) from the CMake cache."""
    if build_dir is None:
        return "unknown", "unknown"
    cache = {}
    for line in (build_dir / "CMakeCache.txt").read_text(errors="replace").splitlines():
        m = re.match(r"^([A-Za-z_0-9]+):[A-Z]+=(.*)$", line)
        if m:
            cache[m.group(1)] = m.group(2)
    compiler = Path(cache.get("CMAKE_CXX_COMPILER", "c++")).name
    for f in sorted((build_dir / "CMakeFiles").glob("*/CMakeCXXCompiler.cmake")):
        text = f.read_text(errors="replace")
        cid = re.search(r'set\(CMAKE_CXX_COMPILER_ID "([^"]*)"\)', text)
        ver = re.search(r'set\(CMAKE_CXX_COMPILER_VERSION "([^"]*)"\)', text)
        if cid and ver:
            compiler = f"{cid.group(1)} {ver.group(1)}"
            break
    return compiler, cache.get("CMAKE_BUILD_TYPE", "") or "unknown"


def machine_info() -> dict:
    mem = 0.0
    cpu = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 2**20
                break
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"machine": platform.machine(), "cores": os.cpu_count() or 0, "mem_gib": round(mem, 1),
            "cpu": cpu or platform.processor() or "unknown"}


def environment(build_dir: Path | None) -> dict:
    compiler, build_type = compiler_info(build_dir)
    env = {"commit": commit_id(), "compiler": compiler, "build_type": build_type}
    env.update(machine_info())
    return env


def cli_commands(cli: Path) -> set:
    """The subcommands `shortcut help` lists."""
    p = subprocess.run([str(cli), "help"], capture_output=True, text=True)
    names = set()
    for line in (p.stdout + p.stderr).splitlines():
        m = re.match(r"^  (\S+(?: \S+)?)\s{2,}", line)
        if m:
            names.add(m.group(1))
    return names


# --------------------------------------------------------------------------
# CSV tables


class Table:
    """A CSV file of rows (dicts of strings), rewritten atomically on save."""

    def __init__(self, path: Path, key_columns: list):
        self.path = path
        self.key_columns = key_columns
        self.columns: list = []
        self.rows: list = []
        if path.exists():
            with path.open(newline="") as f:
                reader = csv.DictReader(f)
                self.columns = list(reader.fieldnames or [])
                self.rows = [dict(r) for r in reader]

    def key(self, row: dict) -> tuple:
        return tuple(row.get(c, "") for c in self.key_columns)

    def find(self, key: dict) -> dict | None:
        k = tuple(key.get(c, "") for c in self.key_columns)
        for r in self.rows:
            if self.key(r) == k:
                return r
        return None

    def put(self, row: dict):
        k = self.key(row)
        self.rows = [r for r in self.rows if self.key(r) != k] + [row]
        for c in row:
            if c not in self.columns:
                self.columns.append(c)
        self.save()

    def save(self):
        front = [c for c in self.key_columns]
        back = [c for c in STATUS_COLUMNS + ENV_COLUMNS]
        middle = [c for c in self.columns if c not in front and c not in back]
        columns = front + middle + back
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with tmp.open("w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for r in self.rows:
                w.writerow({c: r.get(c, "") for c in columns})
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


def flatten(obj, prefix: str = "") -> dict:
    out = {}
    for k, v in obj.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, name + "."))
        elif isinstance(v, list):
            out[name] = json.dumps(v, separators=(",", ":"))
        elif isinstance(v, bool):
            out[name] = "true" if v else "false"
        elif v is None:
            out[name] = ""
        else:
            out[name] = str(v)
    return out


# --------------------------------------------------------------------------
# Progress


def fmt_duration(s: float) -> str:
    s = int(round(s))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{(s % 3600) // 60:02d}m"


class Progress:
    """A progress bar with an ETA on stderr (one line per run when stderr is
    not a terminal)."""

    def __init__(self, runs: int, cost: float):
        self.runs, self.cost = runs, cost
        self.done_runs, self.done_cost, self.spent = 0, 0.0, 0.0
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()

    def eta(self) -> str:
        if self.done_cost <= 0 or self.spent <= 0:
            return "?"
        return fmt_duration(self.spent / self.done_cost * (self.cost - self.done_cost))

    def line(self, label: str) -> str:
        frac = self.done_cost / self.cost if self.cost else 1.0
        width = 24
        filled = int(round(frac * width))
        bar = "#" * filled + "." * (width - filled)
        elapsed = fmt_duration(time.monotonic() - self.start)
        return (f"[{bar}] {self.done_runs}/{self.runs} {100 * frac:3.0f}% {elapsed} elapsed, "
                f"ETA {self.eta()}  {label}")

    def starting(self, label: str):
        if self.tty:
            cols = shutil.get_terminal_size((120, 20)).columns
            sys.stderr.write("\r\033[K" + self.line(label)[: cols - 1])
            sys.stderr.flush()

    def finished(self, label: str, cost: float, seconds: float, status: str, skipped: bool = False):
        self.done_runs += 1
        self.done_cost += cost
        if not skipped:
            self.spent += seconds
        if self.tty:
            if status not in ("ok", "kept"):
                sys.stderr.write(f"\r\033[K{status}: {label}\n")
            self.starting("")
        elif not skipped:
            print(self.line(f"{status} {seconds:.1f}s {label}"), file=sys.stderr, flush=True)

    def close(self):
        if self.tty:
            sys.stderr.write("\r\033[K" + self.line("done") + "\n")


# --------------------------------------------------------------------------
# Graphs


class Graphs:
    """Materialises GraphSpecs: generates family members with `shortcut gen`
    and caches `shortcut info --json` for every graph."""

    def __init__(self, cli: Path, cache: Path, timeout: float):
        self.cli, self.cache, self.timeout = cli, cache, timeout
        self.memo: dict = {}

    def gen_argv(self, spec: matrix.GraphSpec, path: Path) -> list:
        argv = [str(self.cli), "gen", spec.family, "--n", str(spec.size), "--seed", str(spec.seed)]
        for k, v in spec.options:
            argv += [f"--{k.replace('_', '-')}", matrix.fmt_value(v)]
        return argv + ["-o", str(path)]

    def get(self, spec: matrix.GraphSpec) -> matrix.Graph:
        if spec.id in self.memo:
            return self.memo[spec.id]
        self.cache.mkdir(parents=True, exist_ok=True)
        if spec.generated:
            path = self.cache / f"{spec.id}.gr"
            if not path.exists():
                tmp = self.cache / f".{spec.id}.tmp.gr"
                p = subprocess.run(self.gen_argv(spec, tmp), capture_output=True, text=True, timeout=self.timeout)
                if p.returncode != 0:
                    raise RuntimeError(f"shortcut gen {spec.family} failed: {last_line(p.stderr)}")
                for sib in self.cache.glob(f".{spec.id}.tmp.*"):
                    sib.rename(self.cache / sib.name.replace(f".{spec.id}.tmp.", f"{spec.id}."))
        else:
            path = ROOT / spec.dataset
            if not path.exists():
                raise RuntimeError(f"dataset file {spec.dataset} is missing")
        info_path = self.cache / f"{spec.id}.info.json"
        if info_path.exists() and info_path.stat().st_mtime >= path.stat().st_mtime:
            info = json.loads(info_path.read_text())
        else:
            p = subprocess.run([str(self.cli), "info", str(path), "--json"], capture_output=True, text=True,
                               timeout=self.timeout)
            if p.returncode != 0:
                raise RuntimeError(f"shortcut info failed on {rel(path)}: {last_line(p.stderr)}")
            info = json.loads(p.stdout)
            info_path.write_text(json.dumps(info))
        g = matrix.Graph(spec, str(path), info)
        self.memo[spec.id] = g
        return g

    def known_n(self, spec: matrix.GraphSpec) -> int:
        """n if the graph's info is cached, else its target size, else a guess."""
        info_path = self.cache / f"{spec.id}.info.json"
        if info_path.exists():
            try:
                return int(json.loads(info_path.read_text()).get("n", 0))
            except (ValueError, OSError):
                pass
        return spec.size or 10000


def last_line(text: str, limit: int = 300) -> str:
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    # Progress bars end with a summary; an error message is usually last.
    s = lines[-1] if lines else ""
    s = s.replace(str(ROOT) + "/", "")
    return s[:limit]


# --------------------------------------------------------------------------
# Running


class Interrupted(Exception):
    pass


def run_step(cli: Path, step: matrix.Step, timeout: float, row: dict) -> tuple[int, str, float]:
    start = time.monotonic()
    if step.action is not None:
        try:
            step.action(row)
        except (OSError, ValueError, KeyError) as e:
            return 3, f"{type(e).__name__}: {e}", time.monotonic() - start
        return 0, "", time.monotonic() - start
    args = step.argv(row) if callable(step.argv) else step.argv
    argv = [str(cli)] + [str(a) for a in args]
    stdin = open(step.stdin, "rb") if step.stdin else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                start_new_session=True, env={**os.environ, "SHORTCUT_PROGRESS": "0"})
    finally:
        if step.stdin:
            stdin.close()
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return -1, f"timed out after {timeout:.0f} s", time.monotonic() - start
    except KeyboardInterrupt:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise Interrupted()
    return proc.returncode, err, time.monotonic() - start


def execute(run: matrix.Run, graphs: Graphs, cli: Path, work: Path, timeout: float) -> dict:
    """Runs one combination; returns its CSV row (without the environment)."""
    row = dict(run.key())
    try:
        graph = graphs.get(run.graph)
    except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as e:
        row.update(status="error", exit_code="", wall_s="", error=str(e)[:300])
        return row
    row.update({k: matrix.fmt_value(v) for k, v in run.kind.resolved(run.params, graph).items()})
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    steps = run.kind.steps(run.params, graph, work)
    protected = set(row) | set(STATUS_COLUMNS) | set(ENV_COLUMNS)
    status, code, error, wall = "ok", 0, "", 0.0
    for step in steps:
        code, err, secs = run_step(cli, step, timeout, row)
        if step.action is not None:
            name = getattr(step.action, "__name__", "action")
        else:
            args = step.argv(row) if callable(step.argv) else step.argv
            name = " ".join(str(a) for a in args[:2]) if args[0] in ("verify", "oracle") else str(args[0])
        wall += secs
        if step.wall_column:
            row[step.wall_column] = f"{secs:.6f}"
        if step.stats is not None and Path(step.stats).exists():
            try:
                stats = flatten(json.loads(Path(step.stats).read_text()), step.prefix)
                for k, v in stats.items():
                    # A stats field named like a parameter column keeps the
                    # parameter; a different value goes to "stats.<name>".
                    if k in protected:
                        if v != row.get(k):
                            row[f"stats.{k}"] = v
                    else:
                        row[k] = v
            except json.JSONDecodeError as e:
                status, error = "error", f"{name}: unreadable --stats JSON ({e})"
                break
        if code == -1:
            status, error = "timeout", f"{name}: {err}"
            break
        if code == 2:
            status, error = "verification_failed", f"{name}: {last_line(err)}"
            continue  # the stats were written; a later step may still run
        if code != 0:
            status, error = "error", f"{name}: exit {code}: {last_line(err)}"
            break
        if step.stats is not None and not Path(step.stats).exists():
            status, error = "error", f"{name}: exit 0 but no --stats file"
            break
    if status in ("ok", "verification_failed"):
        row.update({k: matrix.fmt_value(v) for k, v in run.kind.derive(row).items()})
    row.update(status=status, exit_code=str(code), wall_s=f"{wall:.3f}", error=error)
    shutil.rmtree(work, ignore_errors=True)
    return row


def run_benchmarks(benches: list, build_dir: Path | None, out: Path, env: dict, force: bool,
                   notes: list) -> None:
    table = Table(out / "benchmarks.csv", ["program", "name"])
    for b in benches:
        exe = build_dir / "bench" / b.program if build_dir else None
        if exe is None or not exe.exists():
            notes.append(f"benchmark {b.program}: skipped, not built (configure with "
                         f"-DSHORTCUT_BUILD_BENCHMARKS=ON; bench/{b.program}.cc may not exist yet)")
            continue
        jpath = out / "benchmarks" / f"{b.program}.json"
        if not force and jpath.exists():
            try:
                ctx = json.loads(jpath.read_text()).get("context", {})
                if ctx.get("commit") == env["commit"] and ctx.get("harness_filter", "") == b.filter:
                    print(f"harness: {b.program}: kept (same commit)", file=sys.stderr)
                    continue
            except json.JSONDecodeError:
                pass
        jpath.parent.mkdir(parents=True, exist_ok=True)
        tmp = jpath.with_name(f".{jpath.name}.tmp")
        argv = [str(exe), f"--benchmark_out={tmp}", "--benchmark_out_format=json"]
        if b.filter:
            argv.append(f"--benchmark_filter={b.filter}")
        if b.min_time:
            argv.append(f"--benchmark_min_time={b.min_time}")
        print(f"harness: running {b.program} {' '.join(argv[3:])}", file=sys.stderr, flush=True)
        start = time.monotonic()
        p = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **b.env})
        if p.returncode != 0 or not tmp.exists():
            notes.append(f"benchmark {b.program}: failed (exit {p.returncode}): {last_line(p.stderr)}")
            continue
        data = json.loads(tmp.read_text())
        ctx = data.setdefault("context", {})
        ctx.pop("host_name", None)
        if "executable" in ctx:
            ctx["executable"] = f"bench/{b.program}"
        ctx.update({k: env[k] for k in ENV_COLUMNS if k in env})
        ctx["wall_s"] = round(time.monotonic() - start, 3)
        ctx["harness_filter"] = b.filter
        # Rows of an earlier run of this program go; then the new ones.
        table.rows = [r for r in table.rows if r.get("program") != b.program]
        for bm in data.get("benchmarks", []):
            row = {"program": b.program, **flatten(bm)}
            row.update(status="ok", exit_code="0", wall_s="", error="")
            row.update({k: str(env[k]) for k in ENV_COLUMNS})
            table.put(row)
        jpath.write_text(json.dumps(data, indent=2) + "\n")
        tmp.unlink()


def cmd_run(args) -> int:
    preset = presets.get(args.preset)
    cli = Path(args.cli)
    if not cli.exists():
        die(f"{cli}: no such binary (build the shortcut_cli target, or let run.sh do it)")
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / args.preset
    build_dir = find_cmake_cache(Path(args.build_dir) if args.build_dir else None, cli)
    env = environment(build_dir)
    cache = Path(args.cache) if args.cache else (ROOT / "build" / "experiments-cache" / env["commit"])
    commands = cli_commands(cli)
    notes: list = []
    runs: list = []
    for exp in preset.experiments:
        kind = matrix.KINDS.get(exp.kind)
        needs = list(kind.requires if kind else ())
        if "gen" not in commands and any(g.generated for g in exp.graphs):
            kept = [g for g in exp.graphs if not g.generated]
            notes.append(f"experiment {exp.name}: {'skipped' if not kept else 'generated graphs skipped'}, "
                         "the CLI has no `gen` subcommand yet")
            if not kept:
                continue
            exp = dataclasses.replace(exp, graphs=kept)
        missing = [c for c in needs if c not in commands]
        if kind is None:
            notes.append(f"experiment {exp.name}: skipped, kind '{exp.kind}' is not defined yet")
            continue
        if missing:
            names = ", ".join(f"`{c}`" for c in missing)
            notes.append(f"experiment {exp.name}: skipped, the CLI has no {names} subcommand"
                         f"{'s' if len(missing) > 1 else ''} yet")
            continue
        if not kind.ready:
            notes.append(f"experiment {exp.name}: skipped, the harness does not drive `{exp.kind}` yet")
            continue
        runs += exp.runs()
    if args.only:
        rx = re.compile(args.only)
        runs = [r for r in runs if rx.search(r.label())]

    tables: dict = {}

    def table_for(run: matrix.Run) -> Table:
        if run.kind.name not in tables:
            tables[run.kind.name] = Table(out / f"{run.kind.name}.csv", list(run.key().keys()))
        return tables[run.kind.name]

    graphs = Graphs(cli, cache / "graphs", args.timeout)
    costs = [r.kind.cost(r.params, graphs.known_n(r.graph)) for r in runs]
    progress = Progress(len(runs), sum(costs) or 1.0)
    counts = {"ran": 0, "kept": 0, "ok": 0, "failed": 0}
    started = time.monotonic()
    print(f"harness: preset {args.preset}: {len(runs)} runs, commit {env['commit']}, {env['compiler']} "
          f"({env['build_type']}), {env['machine']} {env['cores']} cores {env['mem_gib']} GiB -> {rel(out)}",
          file=sys.stderr, flush=True)
    for note in notes:
        print(f"harness: note: {note}", file=sys.stderr)
    try:
        for run, cost in zip(runs, costs):
            label = run.label()
            table = table_for(run)
            old = table.find(run.key())
            if old is not None and not args.force and old.get("commit") == env["commit"] and (
                    old.get("status") in ("ok", "verification_failed") or not args.retry_failed):
                counts["kept"] += 1
                progress.finished(label, cost, 0, "kept", skipped=True)
                continue
            progress.starting(label)
            row = execute(run, graphs, cli, cache / "work", args.timeout)
            row.update({k: str(v) for k, v in env.items()})
            row["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            table.put(row)
            counts["ran"] += 1
            counts["ok" if row["status"] == "ok" else "failed"] += 1
            progress.finished(label, cost, float(row.get("wall_s") or 0), row["status"])
    except (Interrupted, KeyboardInterrupt):
        progress.close()
        print(f"\nharness: interrupted; {counts['ran']} runs written to {rel(out)} — rerun the same command "
              "to resume", file=sys.stderr)
        return 130
    progress.close()
    pruned = 0
    if not args.only and not args.keep_stale:
        # Rows of runs the preset no longer has (renamed experiments, changed
        # sizes) would mix into the plots: drop them.
        wanted: dict = {}
        for run in runs:
            wanted.setdefault(run.kind.name, set()).add(tuple(run.key().values()))
        for name in matrix.KINDS:
            path = out / f"{name}.csv"
            if name not in tables and path.exists():
                tables[name] = Table(path, [])
        for name, t in tables.items():
            keep = [r for r in t.rows if t.key_columns and tuple(r.get(c, "") for c in t.key_columns)
                    in wanted.get(name, set())]
            if not t.key_columns:  # a table of kind without runs now: every row is stale
                keep = []
            pruned += len(t.rows) - len(keep)
            t.rows = keep
    for name, t in tables.items():
        if t.rows:
            t.save()  # column order, even when every run was kept
        elif t.path.exists():
            t.path.unlink()
    if pruned:
        print(f"harness: dropped {pruned} rows of runs the preset no longer has", file=sys.stderr)

    manifest = {
        "preset": args.preset,
        "command": f"bench/experiments/run.sh {args.preset}",
        "commit": env["commit"], "compiler": env["compiler"], "build_type": env["build_type"],
        "machine": env["machine"], "cores": env["cores"], "mem_gib": env["mem_gib"], "cpu": env["cpu"],
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "runs": len(runs), "ran": counts["ran"], "kept": counts["kept"], "failed": counts["failed"],
        "runner_s": round(time.monotonic() - started, 1),
        "notes": notes,
        "experiments": [{"name": e.name, "kind": e.kind, "title": e.title, "sweep": e.sweep}
                        for e in preset.experiments],
    }
    out.mkdir(parents=True, exist_ok=True)
    old_manifest = out / "manifest.json"
    if old_manifest.exists():
        try:
            previous = json.loads(old_manifest.read_text())
            if previous.get("timing"):
                manifest["timing"] = previous["timing"]
            if previous.get("estimates"):
                manifest["estimates"] = previous["estimates"]
            manifest["notes"] += [n for n in previous.get("notes", []) if n.startswith("benchmark ")]
        except json.JSONDecodeError:
            pass
    tmp = out / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, old_manifest)
    print(f"harness: {counts['ran']} runs ({counts['failed']} not ok), {counts['kept']} kept from earlier runs; "
          f"{fmt_duration(time.monotonic() - started)}", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    preset = presets.get(args.preset)
    if args.list:
        for b in preset.benchmarks:
            print(b.program)
        return 0
    build_dir = Path(args.build_dir)
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / args.preset
    env = environment(build_dir if (build_dir / "CMakeCache.txt").exists() else None)
    env["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    notes: list = []
    run_benchmarks(preset.benchmarks, build_dir, out, env, args.force, notes)
    manifest = out / "manifest.json"
    if manifest.exists():
        m = json.loads(manifest.read_text())
        m["notes"] = [n for n in m.get("notes", []) if not n.startswith("benchmark ")] + notes
        tmp = out / ".manifest.json.tmp"
        tmp.write_text(json.dumps(m, indent=2) + "\n")
        os.replace(tmp, manifest)
    for n in notes:
        print(f"harness: note: {n}", file=sys.stderr)
    return 0


def fit_power(points: list) -> tuple:
    """Least-squares fit of log(t) = log(a) + b log(n); returns (a, b)."""
    import math
    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t > 0]
    if len(pts) < 2:
        return (pts[0][1] if pts else 0.0, 1.0) if not pts else (math.exp(pts[0][1] - pts[0][0]), 1.0)
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    b = sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx if sxx else 1.0
    return math.exp(my - b * mx), b


def cmd_estimate(args) -> int:
    """Extrapolates a preset's running time from the rows of another run:
    per kind, wall_s = a * n^b fitted on the measured rows."""
    preset = presets.get(args.preset)
    src = Path(args.source)
    graphs = Graphs(Path(args.cli), Path(args.cache) if args.cache else ROOT / "build" / "experiments-cache" /
                    "estimate", 600) if args.cli else None
    measured_n: dict = {}
    fits: dict = {}
    for kind in matrix.KINDS:
        rows = Table(src / f"{kind}.csv", []).rows if (src / f"{kind}.csv").exists() else []
        pts = []
        for r in rows:
            try:
                n, t = float(r.get("n") or 0), float(r.get("wall_s") or 0)
            except ValueError:
                continue
            measured_n[r.get("graph", "")] = n
            pts.append((n, t))
        if pts:
            # Two regimes: the checkers test all pairs up to ~2000 vertices
            # and sampled sources above.
            small = [x for x in pts if x[0] <= 2000] or pts
            large = [x for x in pts if x[0] > 2000] or pts
            fits[kind] = (fit_power(small), fit_power(large))
    total = 0.0
    for exp in preset.experiments:
        if exp.kind not in fits:
            print(f"{exp.name}: no measured {exp.kind} rows in {rel(src)}; not estimated")
            continue
        t = 0.0
        for run in exp.runs():
            n = measured_n.get(run.graph.id)
            if n is None:
                n = graphs.get(run.graph).n if graphs is not None and not run.graph.generated else run.graph.size
            a, b = fits[exp.kind][0 if n <= 2000 else 1]
            t += a * max(n, 1) ** b
        total += t
        print(f"{exp.name}: {len(exp.runs())} runs, about {fmt_duration(t)}")
    print("fits (wall_s = a n^b, n <= 2000 | n > 2000): " + ", ".join(
        f"{k}: {f[0][0]:.3g} n^{f[0][1]:.2f} | {f[1][0]:.3g} n^{f[1][1]:.2f}" for k, f in fits.items()))
    print(f"total: about {fmt_duration(total)} of runs (plus the build and the benchmarks)")
    if args.record:
        manifest = src / "manifest.json"
        m = json.loads(manifest.read_text()) if manifest.exists() else {}
        m.setdefault("estimates", {})[args.preset] = {"runs_s": round(total, 1),
                                                      "runs": sum(len(e.runs()) for e in preset.experiments)}
        tmp = src / ".manifest.json.tmp"
        tmp.write_text(json.dumps(m, indent=2) + "\n")
        os.replace(tmp, manifest)
    return 0


def cmd_list(args) -> int:
    preset = presets.get(args.preset)
    total = 0
    for exp in preset.experiments:
        runs = exp.runs() if exp.kind in matrix.KINDS else []
        total += len(runs)
        kind = matrix.KINDS.get(exp.kind)
        state = "" if kind is not None and kind.ready else "  [not driven yet: skipped]"
        print(f"{exp.name} ({exp.kind}): {len(runs)} runs  {exp.title}{state}")
        if args.verbose:
            for r in runs:
                print(f"    {r.label()}")
    for b in preset.benchmarks:
        print(f"benchmark {b.program}: filter '{b.filter}'")
    print(f"total: {total} runs")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run a preset")
    r.add_argument("preset", choices=presets.names())
    r.add_argument("--cli", required=True, help="the shortcut binary")
    r.add_argument("--build-dir", help="its CMake build directory (default: found from --cli)")
    r.add_argument("--out", help="results directory (default: bench/results/PRESET)")
    r.add_argument("--cache", help="generated graphs and scratch (default: build/experiments-cache/COMMIT)")
    r.add_argument("--timeout", type=float, default=None, help="seconds per CLI call (default: the preset's)")
    r.add_argument("--force", action="store_true", help="rerun runs that already have a row")
    r.add_argument("--retry-failed", action="store_true", help="rerun runs whose row is an error or timeout")
    r.add_argument("--only", help="run only the runs whose label matches this regular expression")
    r.add_argument("--keep-stale", action="store_true",
                   help="keep rows of runs the preset no longer has (default: drop them)")
    b = sub.add_parser("bench", help="run a preset's Google Benchmark programs (JSON next to the CSVs)")
    b.add_argument("preset", choices=presets.names())
    b.add_argument("--build-dir", required=True, help="CMake build directory with bench/ programs")
    b.add_argument("--out", help="results directory (default: bench/results/PRESET)")
    b.add_argument("--force", action="store_true", help="rerun even when the JSON is from the same commit")
    b.add_argument("--list", action="store_true", help="only print the program names")
    e = sub.add_parser("estimate", help="extrapolate a preset's running time from measured rows")
    e.add_argument("preset", choices=presets.names())
    e.add_argument("--from", dest="source", required=True, help="results directory with measured rows")
    e.add_argument("--cli", help="shortcut binary, to read the size of datasets not in the measured rows")
    e.add_argument("--cache", help="cache for `shortcut info` results")
    e.add_argument("--record", action="store_true", help="store the estimate in the measured run's manifest.json")
    l = sub.add_parser("list", help="list the runs of a preset")
    l.add_argument("preset", choices=presets.names())
    l.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "estimate":
        return cmd_estimate(args)
    if args.cmd == "bench":
        return cmd_bench(args)
    if args.cmd == "run":
        if args.timeout is None:
            args.timeout = presets.get(args.preset).timeout_s
        return cmd_run(args)
    return cmd_list(args)


if __name__ == "__main__":
    sys.exit(main())
