"""Speed of corpus.figures: articles per second on one core.

Run: .venv/bin/python benchmarks/bench_figures.py [n_articles] [repeats]

The articles are the synthetic ~5 KB genre articles of ``make_corpus.py`` (casualty
tolls, hostages, aid, dates, weekdays), normalised as the reader would. Prints
the mean article size, figures per article and the median articles/s of the
repeats. Article texts are distinct, so no cache can help.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import article  # noqa: E402

from corpus.figures import figures  # noqa: E402
from corpus.text import normalise  # noqa: E402


def main(n: int = 2000, repeats: int = 5) -> None:
    texts = [normalise(article(i)) for i in range(n)]
    articles = pd.DataFrame(
        {"article_id": [f"b{i:05d}" for i in range(n)], "text": texts,
         "published": pd.Timestamp("2024-03-07")}
    )  # fmt: skip
    figures(articles.head(20))  # compile regular expressions and load the lexicon once
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        out = figures(articles)
        wall.append(n / (time.perf_counter() - start))
        cpu.append(n / (time.process_time() - start_cpu))
    size = sum(len(t.encode("utf-8")) for t in texts) / n
    print(f"{n} articles, mean {size / 1024:.1f} KB, {len(out) / n:.1f} figures/article")
    # CPU time is the fairer measure on a shared machine; wall time is what a user sees.
    for name, rates in (("wall", wall), ("cpu", cpu)):
        print(f"figures ({name} time): median {statistics.median(rates):,.0f} articles/s "
              f"(min {min(rates):,.0f}, max {max(rates):,.0f}, {repeats} runs)")  # fmt: skip


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
