"""How far two annotations of the same articles agree: ``corpus evaluate DIR --against OTHER``.

A second annotator's JSON files (``OTHER/<id>.json``, the texts may stay in ``DIR``) are
scored against the first ones with the very rules :mod:`corpus.scoring` applies to the
extraction: the second annotation plays the extraction's part. Its statements reach as
far as the sentence of their snippet (a snippet of the first annotation inside that
sentence, same speaker, is a match); its figures are compared on value and category, and
their scope and as-of dates as labels. The scores are the ceiling the gold allows: where
two careful readers differ, no rule can agree with both.

>>> from pathlib import Path
>>> seeds = Path(__file__).parents[2] / "tests" / "gold"
>>> result = agreement(seeds, seeds)  # an annotation agrees with itself
>>> result["figures"]["f1"], result["statements"]["f1"]
(1.0, 1.0)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from corpus.gold import GoldArticle, load_gold
from corpus.scoring import score
from corpus.text import normalise, sentences

__all__ = ["agreement", "annotation_tables"]


def agreement(gold: str | Path, other: str | Path, by_article: bool = False) -> dict[str, Any]:
    """Scores of the annotation in ``other`` against the gold in ``gold`` (the keys of
    :func:`corpus.scoring.score`); the texts are read from ``gold``."""
    golds = load_gold(gold)
    others = load_gold(other, texts_from=gold)
    statements, figures, articles = annotation_tables(others)
    result = score(golds, statements, figures, articles, by_article)
    missing = sorted({g.id for g in golds} - {o.id for o in others})
    if missing:
        result["notes"].append(f"not annotated in {other}: {', '.join(missing)}")
    return result


def annotation_tables(golds: list[GoldArticle]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Statements, figures and articles tables of an annotation, shaped as the
    extraction's: a statement's text is the sentence its snippet stands in."""
    said, counted, articles = [], [], []
    for g in golds:
        text = normalise(g.text)
        spans = sentences(text)
        articles.append({"article_id": g.id, "published": _day(g.published), "text": text})
        for i, s in enumerate(g.statements):
            at = text.find(normalise(s.snippet))
            sentence = next((text[a:b] for a, b in spans if a <= at < b), s.snippet)
            said.append({"article_id": g.id, "statement_id": f"{g.id}:s{i:03d}",
                         "speaker": s.speaker, "speaker_type": s.speaker_type, "kind": s.kind,
                         "text": sentence, "stance": s.stance})  # fmt: skip
        for i, f in enumerate(g.figures):
            counted.append({"article_id": g.id, "figure_id": f"{g.id}:f{i:03d}", "value": f.value,
                            "value_text": f.snippet, "category": f.category, "scope": f.scope,
                            "asof": _day(f.asof), "sentence": f.snippet})  # fmt: skip
    return pd.DataFrame(said), pd.DataFrame(counted), pd.DataFrame(articles)


def _day(value: Any) -> pd.Timestamp:
    return pd.Timestamp(value) if value else pd.NaT
