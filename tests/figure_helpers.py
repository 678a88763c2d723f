"""The figures of one made-up article, for the tests of the figure modules."""

from __future__ import annotations

import pandas as pd

from corpus.figures import figures


def figures_of(text: str, published: str) -> pd.DataFrame:
    """``corpus.figures`` on one article of ``text`` published on ``published``."""
    articles = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published": [pd.Timestamp(published)]}
    )
    return figures(articles)


def categories_of(text: str, published: str) -> dict[str, str]:
    """value_text -> category of every figure of ``text``."""
    out = figures_of(text, published)
    return dict(zip(out["value_text"], out["category"], strict=True))
