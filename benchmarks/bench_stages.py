"""CPU cost of each extraction stage on the same articles: read, split, statements, stance, figures.

Run: .venv/bin/python benchmarks/bench_stages.py [FOLDER] [repeats]

FOLDER defaults to a fresh ``make_corpus.py`` corpus of 500 articles in a temporary
folder. Each stage is timed with ``time.process_time`` (one core; fair on a shared
machine) and the median of the repeats is printed as articles/s. As in
``pipeline.extract_tables``, the texts are split into sentences once ("split") and the
spans handed to the statements and figures stages; "whole" is the sum of the stages.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path


def _timed(fn, repeats: int):
    cpu, out = [], None
    for _ in range(repeats):
        start = time.process_time()
        out = fn()
        cpu.append(time.process_time() - start)
    return statistics.median(cpu), out


def main(folder: Path, repeats: int = 5) -> None:
    read_corpus = import_module("corpus.io").read_corpus
    statements_fn = import_module("corpus.statements").statements
    stance_fn = import_module("corpus.stance").stance
    figures_fn = import_module("corpus.figures").figures
    sentences = import_module("corpus.text").sentences
    articles, _ = read_corpus(folder)  # warm up: compile patterns, load lexicons
    said = statements_fn(articles.head(20))
    stance_fn(said)
    figures_fn(articles.head(20), said)
    n = len(articles)
    read_s, (articles, _) = _timed(lambda: read_corpus(folder), repeats)
    texts = articles["text"].tolist()
    split_s, spans = _timed(lambda: [sentences(t) for t in texts], repeats)
    said_s, said = _timed(lambda: statements_fn(articles, spans), repeats)
    stance_s, _ = _timed(lambda: stance_fn(said), repeats)
    fig_s, figs = _timed(lambda: figures_fn(articles, said, spans), repeats)
    size = articles["text"].str.len().mean() / 1024
    print(f"{n} articles, mean {size:.1f} K chars, {len(said) / n:.1f} statements "
          f"and {len(figs) / n:.1f} figures per article; median of {repeats} runs, CPU")  # fmt: skip
    total = read_s + split_s + said_s + stance_s + fig_s
    for name, secs in (("read", read_s), ("split", split_s), ("statements", said_s),
                       ("stance+tone", stance_s), ("figures", fig_s), ("whole", total)):  # fmt: skip
        print(f"{name:<12} {n / secs:8,.0f} articles/s  ({1000 * secs / n:.3f} ms/article)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(__file__).with_name("make_corpus.py")
            subprocess.run([sys.executable, str(script), "500", tmp], check=True)
            main(Path(tmp))
