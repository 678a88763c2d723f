"""Throughput of ``corpus.statements`` on the seed articles, repeated, or on a corpus.

Run: ``.venv/bin/python benchmarks/bench_statements.py [--repeat N] [--runs R]``, or
``--corpus DIR`` for a folder of ``*.txt`` (e.g. made by ``benchmarks/make_corpus.py
500 /tmp/bench500``): varied text, so per-phrase caches are not flattered by repeats.
Prints the median articles per second over R runs (one core, no caching across
articles: each copy gets its own id, so nothing is memoised per text).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

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


def corpus_articles(folder: str) -> pd.DataFrame:
    paths = sorted(Path(folder).glob("*.txt"))
    texts = [normalise(p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    return pd.DataFrame({"article_id": [p.stem for p in paths], "text": texts, "published": pd.NaT})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100, help="copies of the seed set")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", help="folder of *.txt articles instead of the seeds")
    args = parser.parse_args(argv)
    articles = corpus_articles(args.corpus) if args.corpus else seed_articles(args.repeat)
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
