"""Time ``corpus report`` (all notebooks, papermill + HTML) on the seeds.

    python benchmarks/bench_report.py [--repeat 3] [--out /tmp/corpus-report-bench]

Runs the command in a fresh subprocess per repeat and prints wall time, the
per-notebook times the runner logs, the largest resident set of any process
it started (``ru_maxrss`` of children) and the machine's load average,
since other work on a small machine changes the numbers a lot. The target is
under a minute on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=None, help="report folder (default: a temp folder)")
    args = parser.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="corpus-report-bench-")
    corpus = [sys.executable, "-m", "corpus", "report", "--out", out]
    print(f"cpus={os.cpu_count()}  command: {' '.join(corpus)}")
    for run in range(1, args.repeat + 1):
        load = os.getloadavg()[0]
        start = time.perf_counter()
        proc = subprocess.run(corpus, cwd=ROOT, stderr=subprocess.PIPE, text=True, check=False)
        wall = time.perf_counter() - start
        err = proc.stderr
        # Largest resident set of any process waited for so far (runner or kernel).
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        per = re.findall(r"(\w+): done in ([\d.]+) s", err)
        print(
            f"run {run}: exit {proc.returncode}, {wall:.1f} s wall, load before {load:.1f}; "
            + ", ".join(f"{name} {sec} s" for name, sec in per)
            + f"; largest process so far {peak_mb:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
