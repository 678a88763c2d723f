"""How long scoring takes compared with the extraction it scores.

    .venv/bin/python benchmarks/bench_evaluate.py [GOLD_DIR] [--copies N]

Scores a prediction built from the gold itself (every item found) for the gold
folder repeated N times under new ids, so the matcher does its full work, and,
when the extraction modules exist, times the extraction of the folder once.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import pandas as pd

from corpus.gold import load_gold
from corpus.paths import GOLD_DIR
from corpus.scoring import score


def _as_prediction(golds) -> tuple[pd.DataFrame, pd.DataFrame]:
    said, figs = [], []
    for g in golds:
        for n, s in enumerate(g.statements):
            said.append({"statement_id": f"{g.id}:s{n:03d}", "article_id": g.id, "speaker": s.speaker,
                         "speaker_type": s.speaker_type, "kind": s.kind, "quote": s.snippet,
                         "text": s.snippet, "char_start": n})  # fmt: skip
        for n, f in enumerate(g.figures):
            figs.append({"figure_id": f"{g.id}:f{n:03d}", "article_id": g.id, "value": f.value,
                         "value_text": f.snippet, "category": f.category, "scope": f.scope,
                         "asof": pd.Timestamp(f.asof) if f.asof else pd.NaT, "char_start": n})  # fmt: skip
    return pd.DataFrame(said), pd.DataFrame(figs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=str(GOLD_DIR))
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    base = load_gold(args.gold)
    golds = [dataclasses.replace(g, id=f"{g.id}_{k}") for k in range(args.copies) for g in base]
    said, figs = _as_prediction(golds)
    start = time.perf_counter()
    result = score(golds, said, figs, None, by_article=True)
    took = time.perf_counter() - start
    print(f"score: {len(golds)} articles, {len(said)} statements, {len(figs)} figures "
          f"in {took:.2f} s ({1000 * took / len(golds):.2f} ms/article); "
          f"statements f1 {result['statements']['f1']}")  # fmt: skip
    try:
        from corpus.evaluate import extract_for_evaluation

        start = time.perf_counter()
        extract_for_evaluation(args.gold)
        took = time.perf_counter() - start
        print(
            f"extraction: {len(base)} articles in {took:.2f} s ({1000 * took / len(base):.1f} ms/article)"
        )
    except Exception as exc:  # the extraction may not be written yet
        print(f"extraction not timed: {exc}")


if __name__ == "__main__":
    main()
