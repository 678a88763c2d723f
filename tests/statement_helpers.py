"""The statements of made-up text, for the tests of the statement modules."""

from __future__ import annotations

import pandas as pd

from corpus.io import read_articles
from corpus.statements import statements


def statements_of(text: str) -> pd.DataFrame:
    """``corpus.statements`` on one article of ``text`` (no page reading, no date)."""
    return statements(pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.NaT]}))


def page_statements(text: str, tmp_path) -> list[tuple[str, str]]:
    """(speaker, quote) of a page saved as a file and read as the reader reads it."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    found = read_articles(path)
    articles = found[0] if isinstance(found, tuple) else found
    table = statements(articles)
    return list(zip(table["speaker"], table["quote"], strict=True))
