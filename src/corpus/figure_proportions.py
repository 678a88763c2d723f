"""Proportions, which count no one: "nine in 10 people", "one out of five", "six-in-ten",
"by more than 2-to-1". A helper of :mod:`corpus.figure_checks`.

>>> from corpus.numbers import find_numbers
>>> s = "Nine in 10 Gazans have been displaced."
>>> [is_proportion(s, n) for n in find_numbers(s)]
[True, True]
"""

from __future__ import annotations

import re

from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention, find_numbers

__all__ = ["is_proportion"]

_IN_YEAR = re.compile(r" in (?:19|20)\d\d\b(?![,.]?\d)")
_HYPHENED_PROPORTION = re.compile(
    r"-(?:in|to|out-of)-(?:\d+|one|two|three|four|five|ten|\w+ty)\b"
    r"(?![-\s]*(?:days?|weeks?|months?|years?|hours?|minutes?)\b)"  # ("a four-to-five-day pause")
)


def is_proportion(sentence: str, n: NumberMention) -> bool:
    """'nine in 10 people', 'one out of five', 'six-in-ten', 'by more than 2-to-1': either
    number of a proportion."""
    if sentence.startswith("-", n.end) and _HYPHENED_PROPORTION.match(sentence, n.end):
        return True
    lex = lexicon()
    # quick tests first: every link ("in", "out of", "in every") begins with "in" or "out"
    # and ends with "in", "of" or "every"
    if (
        sentence.startswith((" in ", " out "), n.end)
        and lex.proportion_after.match(sentence[n.end : n.end + 40])
        and not _IN_YEAR.match(sentence, n.end)  # "$21 million in 2022": a year, not "in 10"
    ):
        return True
    return bool(
        (n.value in (10, 100, 1000) or n.is_word)  # the whole of "nine in 10": round, or a word
        and sentence.endswith(("in ", "of ", "every "), 0, n.start)
        and lex.proportion_before.search(sentence, max(0, n.start - 20), n.start)
        and lex.proportion_after.match(sentence[_proportion_start(sentence, n.start) : n.end + 40])
    )


def _proportion_start(sentence: str, start: int) -> int:
    """Where the numerator before "in"/"out of" ends, for :func:`is_proportion`."""
    m = lexicon().proportion_before.search(sentence, max(0, start - 20), start)
    if not m:
        return start
    first = find_numbers(m.group(0))
    return m.start() + first[0].end if first else start
