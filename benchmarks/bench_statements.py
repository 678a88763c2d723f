"""Throughput of ``corpus.statements`` on the seed articles, repeated.

Run: ``.venv/bin/python benchmarks/bench_statements.py [--repeat N] [--runs R]``.
Prints the median articles per second over R runs (one core, no caching across
articles: each copy gets its own id, so nothing is memoised per text).
"""

from __future__ import annotations

import argparse
import statistics
import time

import pandas as pd

from corpus.paths import SEEDS_DIR
from corpus.statements import statements
from corpus.text import normalise


def seed_articles(repeat: int) -> pd.DataFrame:
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    rows = [
        {"article_id": f"{i}-{j}", "text": t, "published": pd.NaT}
        for i in range(repeat)
        for j, t in enumerate(texts)
    ]
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100, help="copies of the seed set")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    articles = seed_articles(args.repeat)
    statements(articles.head(5))  # warm the lexicon caches
    rates, cpu_rates = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        out = statements(articles)
        rates.append(len(articles) / (time.perf_counter() - t0))
        # CPU time of this process: fair when other jobs share the machine
        cpu_rates.append(len(articles) / max(time.process_time() - c0, 1e-9))
    kb = articles["text"].str.len().mean() / 1000
    print(
        f"{len(articles)} articles (~{kb:.1f} KB each), {len(out)} statements per run; "
        f"median {statistics.median(rates):.0f} articles/s wall, "
        f"{statistics.median(cpu_rates):.0f} articles/s CPU, over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
