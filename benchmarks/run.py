"""Time and measure ``corpus extract`` on synthetic corpora of 1k / 10k / 100k articles.

    python benchmarks/run.py [--sizes 1k,10k] [--configs local1,local2,dask,warm]

For each size it writes a corpus with ``make_corpus.py`` (kept under
``--workdir`` for re-use), then runs ``python -m corpus extract`` in a fresh
subprocess per configuration: local engine with 1 and 2 jobs, the Dask engine
(LocalCluster, 2 worker processes), and a warm re-run on the 2-job output
(every article from the cache). It measures wall time, articles/s, MB/s and
peak memory: the largest single process (``ru_maxrss`` from ``os.wait4``) and
the whole process tree (the sum of ``VmRSS`` over the command and its
descendants, sampled from /proc every 0.1 s). Finally it profiles one chunk of
``extract_tables`` with cProfile to show where the time goes.

Results: ``benchmarks/results/latest.csv`` and ``latest.md``. The package source
is copied to a snapshot first, so edits made while the benchmark runs change
neither the code measured nor the cache key.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import io
import json
import os
import platform
import pstats
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CONFIGS = {
    "local1": ["--jobs", "1"],
    "local2": ["--jobs", "2"],
    "dask": ["--engine", "dask", "--jobs", "2"],
    "warm": ["--jobs", "2"],  # re-run on the local2 output
}
JOBS = {"local1": 1, "local2": 2, "dask": 2, "warm": 2}

sys.path.insert(0, str(HERE))
from make_corpus import write_corpus  # noqa: E402


def parse_size(text: str) -> int:
    text = text.strip().lower()
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


def snapshot(workdir: Path) -> Path:
    """A frozen copy of src/corpus to run, so concurrent edits cannot skew a run."""
    target = workdir / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        ROOT / "src" / "corpus", target / "corpus", ignore=shutil.ignore_patterns("__pycache__")
    )
    return target


def corpus_for(size: int, workdir: Path, seed: int) -> Path:
    folder = workdir / f"corpus-{size}"
    if not folder.exists() or sum(1 for _ in folder.glob("*.txt")) != size:
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(size, folder, seed)
    return folder


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over ``root`` and its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    stat = handle.read()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``command``; wall seconds, peak tree RSS (MB), max single-process RSS (MB)."""
    peak = [0]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return {
        "seconds": seconds,
        "peak_rss_tree_mb": peak[0] / 1024,
        "max_rss_process_mb": usage.ru_maxrss / 1024,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
    }


# Runs the CLI with the test suite's stand-in stages: measures the pipeline's own
# overhead (reading, cache, parallel plumbing, writing, memory) apart from the rules.
STANDIN_CLI = (
    f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); import pipeline_standins; "
    "pipeline_standins.install(); from corpus.cli import main; sys.exit(main(sys.argv[1:]))"
)


def run_size(
    size: int, configs: list[str], workdir: Path, code: Path, seed: int, standin: bool = False
) -> list[dict]:
    folder = corpus_for(size, workdir, seed)
    megabytes = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    env = {**os.environ, "PYTHONPATH": str(code)}
    rows = []
    cold_local2 = None
    for config in configs:
        label = f"{config}-standin" if standin else config
        base = "local2-standin" if standin else "local2"
        out = workdir / f"out-{size}-{base if config == 'warm' else label}"
        if config == "warm" and not out.exists():
            print(f"  skip warm: run local2 first for {size}")
            continue
        if config != "warm":
            shutil.rmtree(out, ignore_errors=True)
        program = ["-c", STANDIN_CLI] if standin else ["-m", "corpus"]
        command = [sys.executable, *program, "extract", str(folder), "--out", str(out)]
        command += [*CONFIGS[config], "--quiet"]
        result = measure(command, env)
        manifest = json.loads((out / "run.json").read_text())
        seconds = result["seconds"]
        row = {
            "articles": size,
            "config": label,
            "jobs": JOBS[config],
            "corpus_mb": round(megabytes, 1),
            "seconds": round(seconds, 2),
            "articles_per_s": round(size / seconds, 1),
            "articles_per_s_per_core": round(size / seconds / JOBS[config], 1),
            "mb_per_s": round(megabytes / seconds, 2),
            "cpu_s": round(result["cpu_seconds"], 1),
            "articles_per_cpu_s": round(size / max(result["cpu_seconds"], 1e-9), 1),
            "peak_rss_tree_mb": round(result["peak_rss_tree_mb"]),
            "max_rss_process_mb": round(result["max_rss_process_mb"]),
            "parsed": manifest["parsed"],
            "cached": manifest["cached"],
            "statements": manifest["statements"],
            "figures": manifest["figures"],
            "warm_vs_cold": "",
        }
        if config == "local2":
            cold_local2 = seconds
        if config == "warm" and cold_local2:
            row["warm_vs_cold"] = f"{seconds / cold_local2:.1%}"
        print(
            f"  {config:7s} {seconds:8.1f} s  {row['articles_per_s']:8.1f} art/s  "
            f"tree {row['peak_rss_tree_mb']} MB  parsed {row['parsed']}",
            flush=True,
        )
        rows.append(row)
    return rows


def profile_chunk(folder: Path, code: Path, count: int, top: int = 12) -> str:
    """cProfile of extract_tables on ``count`` articles: top functions by own time."""
    sys.path.insert(0, str(code))
    from corpus.io import read_corpus
    from corpus.pipeline import extract_tables

    files = sorted(folder.glob("*.txt"))[:count]
    articles, _ = read_corpus(files)
    extract_tables(articles.iloc[:5])  # load lexicons and compile patterns first
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    extract_tables(articles)
    profiler.disable()
    seconds = time.perf_counter() - started
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    head = f"extract_tables on {len(articles)} articles: {seconds:.2f} s under cProfile\n"
    return head + buffer.getvalue().replace(str(code) + "/", "").replace(str(ROOT) + "/", "")


def seed_rate(code: Path, copies: int) -> str:
    """Articles/s of extract_tables on one core over the seeds, repeated ``copies`` times."""
    sys.path.insert(0, str(code))
    import pandas as pd

    from corpus.io import read_corpus
    from corpus.paths import SEEDS_DIR
    from corpus.pipeline import extract_tables

    seeds, _ = read_corpus(SEEDS_DIR)
    extract_tables(seeds)  # warm up: lexicons, compiled patterns
    articles = pd.concat(
        [seeds.assign(article_id=seeds["article_id"] + f"-{n}") for n in range(copies)],
        ignore_index=True,
    )
    started = time.perf_counter()
    extract_tables(articles)
    seconds = time.perf_counter() - started
    return (
        f"Seeds: extract_tables on the 5 seed articles x {copies} = {len(articles)} articles, "
        f"one core, in-process: {seconds:.2f} s = {len(articles) / seconds:.1f} articles/s "
        "(reading and writing not included)."
    )


def write_results(rows: list[dict], profile: str, seeds: str, args: argparse.Namespace) -> None:
    RESULTS.mkdir(exist_ok=True)
    if not rows:
        raise SystemExit("nothing measured: give --configs, or --append to keep old rows")
    with open(RESULTS / "latest.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        commit = "?"
    columns = list(rows[0])
    lines = [
        "# Benchmark: corpus extract",
        "",
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, commit {commit} "
        "(plus the uncommitted working tree, snapshotted at start). Synthetic corpus from "
        f"`make_corpus.py --seed {args.seed}`; sizes "
        f"{', '.join(sorted({str(r['articles']) for r in rows}, key=int))}.",
        "",
        "| " + " | ".join(columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
        *("| " + " | ".join(str(row[c]) for c in columns) + " |" for row in rows),
        "",
        "peak_rss_tree_mb: sum of VmRSS over the process tree (sampled every 0.1 s); "
        "max_rss_process_mb: largest single process (ru_maxrss). cpu_s: user+system CPU "
        "of the command and the children it waited for; articles_per_cpu_s is the "
        "per-core rate, less sensitive than wall time to other load on the machine. "
        f"Load average at start / end: {args.load_start} / {os.getloadavg()[0]:.2f}.",
        "",
        seeds,
        "",
        "## Where the time goes",
        "",
        "```",
        profile.rstrip(),
        "```",
        "",
    ]
    (RESULTS / "latest.md").write_text("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1k,10k", help="comma-separated: 1k,10k,100k")
    parser.add_argument("--configs", default="local1,local2,dask,warm")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/corpus-bench"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile-articles", type=int, default=200)
    parser.add_argument("--seed-copies", type=int, default=40)
    parser.add_argument(
        "--standin-stages",
        action="store_true",
        help="use the tests' stand-in stages: pipeline overhead only (rows tagged -standin)",
    )
    parser.add_argument(
        "--append", action="store_true", help="keep rows of other sizes from latest.csv"
    )
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    code = snapshot(args.workdir)
    args.load_start = f"{os.getloadavg()[0]:.2f}"
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = set(configs) - set(CONFIGS)
    if unknown:
        parser.error(f"unknown configs: {', '.join(sorted(unknown))}")
    rows = []
    for size in map(parse_size, args.sizes.split(",")):
        print(f"{size} articles", flush=True)
        rows += run_size(size, configs, args.workdir, code, args.seed, args.standin_stages)
    if args.append and (RESULTS / "latest.csv").exists():
        with open(RESULTS / "latest.csv") as handle:
            done = {(r["articles"], r["config"]) for r in rows}
            old = [
                r for r in csv.DictReader(handle) if (int(r["articles"]), r["config"]) not in done
            ]
        rows = old + rows
    smallest = corpus_for(min(map(parse_size, args.sizes.split(","))), args.workdir, args.seed)
    profile = profile_chunk(smallest, code, args.profile_articles)
    write_results(rows, profile, seed_rate(code, args.seed_copies), args)
    print(f"wrote {RESULTS / 'latest.csv'} and latest.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
