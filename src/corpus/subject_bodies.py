"""A known body's whole name before a reporting verb, when the phrase search of
:func:`corpus.subjects.subject_left` (the statements stage) stopped at its last words
("the UN | human rights office", "the Committee to Protect | Journalists"). The names are
data (``data/bodies.csv``, read by :mod:`corpus.bodies`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.bodies import bodies, body, place_references

__all__ = ["whole_body"]


def whole_body(text: str, u0: int, np: tuple[int, int]) -> tuple[int, int]:
    """A known body's whole name when the phrase found is its last words only ("the UN
    human rights office", "the Committee to Protect Journalists")."""
    last = text[np[0] : np[1]].rsplit(None, 1)[-1].lower() if np[1] > np[0] else ""
    if last not in _body_last_words():  # (most phrases: no body ends in their last word)
        return np
    lo = max(u0, np[0] - 50)
    if _comma_free_names() and ")" not in text[np[0] : np[1]]:
        # no known name holds a comma, so no phrase that runs over one is a body (only
        # an acronym in brackets at its end would make it one): start after the last
        # comma, where most phrases before "said" begin ("..., the World Health
        # Organization said"); the word starts after it are the same
        lo = max(lo, text.rfind(",", lo, np[0]) + 1)
    for m in _WORD_START.finditer(text, lo, np[0]):  # longest first
        if text[m.start()].isupper() and body(text[m.start() : np[1]]):
            return m.start(), np[1]
    return np


@lru_cache(maxsize=1)
def _body_last_words() -> frozenset[str]:
    """The last words of the known bodies' names ("office", "journalists")."""
    return frozenset(alias.rsplit(None, 1)[-1] for alias in bodies() if alias.strip())


@lru_cache(maxsize=1)
def _comma_free_names() -> bool:
    """Whether no body alias and no place reference holds a comma: then ``body`` finds
    nothing in a phrase that holds one and does not end in a bracket."""
    return not any("," in key for key in (*bodies(), *place_references()))


_WORD_START = re.compile(r"(?<![\w'’-])[\w'’-]")
