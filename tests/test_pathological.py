"""No rule of the package takes more than linear time on adversarial input.

Each test feeds 100 KB of repeated quote marks, commas, digits or capitalised
words through the whole extraction (normalise, sentences, statements, figures,
stance). A quadratic regular expression would need minutes here; linear code
needs well under a second, so the generous alarm fails only on a real blow-up.
The timings themselves are measured in benchmarks/bench_pathological.py.
"""

from __future__ import annotations

import signal

import pandas as pd
import pytest
from adversarial import PATTERNS, adversarial_text

from corpus.text import normalise

ALARM_SECONDS = 30


def _articles(text: str) -> pd.DataFrame:
    body = normalise(text)
    return pd.DataFrame(
        {"article_id": ["adv"], "text": [body], "published": [pd.Timestamp("2024-02-08")]}
    )


@pytest.fixture
def alarm():
    def _timeout(signum, frame):
        raise TimeoutError(f"extraction took more than {ALARM_SECONDS} s on 100 KB")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(ALARM_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_extraction_finishes_on_adversarial_text(name, alarm):
    from corpus.pipeline import extract_tables

    articles = _articles(adversarial_text(name))
    tables = extract_tables(articles)
    body = articles.text.iloc[0]
    for row in tables["statements"].itertuples():
        assert body[row.char_start : row.char_end] == row.text
    for row in tables["figures"].itertuples():
        assert body[row.char_start : row.char_end] == row.value_text


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_reader_finishes_on_adversarial_file(name, alarm, tmp_path):
    from corpus.io import read_corpus

    path = tmp_path / f"{name}.txt"
    path.write_text(adversarial_text(name), encoding="utf-8")
    articles, rejects = read_corpus(path)
    assert len(articles) + len(rejects) == 1
