"""Time the whole extraction on adversarial text of growing size.

Linear code doubles its time when the input doubles; the ratio column shows
t(100 KB) / t(50 KB) for each pattern (about 2 is linear, 4 quadratic).

    python benchmarks/bench_pathological.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from adversarial import PATTERNS, adversarial_text  # noqa: E402

from corpus.pipeline import extract_tables  # noqa: E402
from corpus.text import normalise  # noqa: E402

SIZES = (25_000, 50_000, 100_000)


def time_once(text: str) -> float:
    articles = pd.DataFrame(
        {
            "article_id": ["adv"],
            "text": [normalise(text)],
            "published": [pd.Timestamp("2024-02-08")],
        }
    )
    start = time.perf_counter()
    extract_tables(articles)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| pattern | 25 KB (s) | 50 KB (s) | 100 KB (s) | ratio 100/50 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in sorted(PATTERNS):
        medians = []
        for size in SIZES:
            text = adversarial_text(name, size)
            medians.append(statistics.median(time_once(text) for _ in range(args.repeat)))
        ratio = medians[2] / medians[1] if medians[1] > 0 else float("nan")
        cells = " | ".join(f"{m:.3f}" for m in medians)
        print(f"| {name} | {cells} | {ratio:.1f} |")


if __name__ == "__main__":
    main()
