"""Accuracy of the reader's metadata against gold: published, title, outlet.

Run: ``.venv/bin/python benchmarks/metadata_accuracy.py [FOLDER ...]``. Each folder
holds ``<id>.txt`` with ``<id>.json`` gold (fields ``published``, ``title``,
``outlet``); default: tests/gold and ../shared/devset when present. A value is
right when it equals the gold value exactly (both empty counts as right);
"outlet (part)" also accepts an outlet named inside the gold one ("CNN" for "CNN (via KRDO)").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from corpus.io import read_corpus
from corpus.paths import GOLD_DIR, PROJECT_ROOT

FIELDS = ("published", "title", "outlet", "outlet (part)")


def _empty(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _same(field: str, value, gold) -> bool:
    if gold is None or _empty(value):
        return gold is None and _empty(value)
    if field == "outlet (part)":  # "CNN" for gold "CNN (via KRDO)"
        return value in gold
    return value == (pd.Timestamp(gold) if field == "published" else gold)


def score(folder: Path) -> None:
    articles = read_corpus(folder)[0].set_index("article_id")
    golds = {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
    }
    print(f"{folder}  ({len(golds)} articles)")
    for field in FIELDS:
        misses = []
        for article_id, gold in golds.items():
            column = field.split()[0]
            value = articles.loc[article_id, column] if article_id in articles.index else None
            if not _same(field, value, gold.get(column)):
                misses.append(f"{article_id}: {value!r} != {gold.get(column)!r}")
        right = len(golds) - len(misses)
        print(f"  {field:<10} {right}/{len(golds)}")
        for miss in misses:
            print(f"      {miss}")


def main(folders: list[str]) -> None:
    default = [GOLD_DIR, PROJECT_ROOT.parent / "shared" / "devset"]
    for folder in map(Path, folders) if folders else (f for f in default if f.is_dir()):
        score(folder)


if __name__ == "__main__":
    main(sys.argv[1:])
