"""The sentences of the seed articles: a few hundred real news sentences for tests."""

from __future__ import annotations

from corpus.paths import SEEDS_DIR
from corpus.text import normalise, sentences


def seed_sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8"))
        out += [text[s:e] for s, e in sentences(text)]
    return out
