"""Four digits that are a year, not a count: "the 1967 borders", "November 11, 2025", "(c)
2025"; but "nearly 2000 Palestinian prisoners", "Israel freed 1968 prisoners", "the release
by Israel of 1968 Palestinian prisoners" count. A check of
:func:`corpus.figure_checks.is_figure`.
"""

from __future__ import annotations

import re

from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

__all__ = ["COUNT_VERBS", "is_year"]


def is_year(sentence: str, n: NumberMention, previous: str, following: str) -> bool:
    """Whether ``n``, four digits from 1900 to 2100, is a year; ``previous`` and
    ``following`` are the lower-cased words around it.

    >>> from corpus.numbers import find_numbers
    >>> s = "Israel freed 1968 Palestinian prisoners after the 1967 borders were named."
    >>> [is_year(s, n, p, f) for n, p, f in [(find_numbers(s)[0], "freed", "palestinian"),
    ...                                       (find_numbers(s)[1], "the", "borders")]]
    [False, True]
    """
    if previous in _QUALIFIERS or previous in COUNT_VERBS or _of_nationals(sentence, n, previous):
        return False  # "nearly 2000 Palestinian prisoners", "freed 1968 prisoners", "of 1968"
    if _FULL_DATE_BEFORE.search(sentence, max(0, n.start - 16), n.start):
        return True  # "Tel Aviv-Jaffa, November 11, 2025 - Physicians for ...": a date's year
    if sentence[max(0, n.start - 12) : n.start].rstrip().endswith(("(c)", "(C)", "©", "Copyright")):
        return True  # "(c) 2025 Disasters Emergency Committee": a copyright's year
    # "2024 general election" is a year; "2000 people" counts; "the 1967 borders" is a year.
    if following in _YEAR_NOUNS or not (following.endswith("s") and len(following) > 3):
        return True
    # a plural counts only when it names what the genre counts ("2000 people", "1500
    # trucks"); "the 1948 territories", "the 2017 census", "2025 requirements" are years
    return following.endswith(("ss", "us")) or not lexicon().categories.find(following)


_OF_NATIONALS = re.compile(r"\s+(?:Palestinian|Israeli|Lebanese)\s+(?:prisoners|detainees)\b")


def _of_nationals(sentence: str, n: NumberMention, previous: str) -> bool:
    """A count after "of": "the release by Israel of 1968 Palestinian prisoners"."""
    return previous == "of" and _OF_NATIONALS.match(sentence, n.end) is not None


# verbs whose object is a count, never a year ("freed 1968 Palestinian prisoners")
COUNT_VERBS = frozenset(
    {"freed", "released", "killed", "wounded", "injured", "detained", "arrested", "deported",
     "evacuated", "displaced", "freeing", "releasing", "killing", "wounding", "injuring"}
)  # fmt: skip
# a month and a day right before a year: "November 11, 2025", "11 November 2025"
_FULL_DATE_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}\s+[A-Z][a-z]{2,8},?)\s+$"
)


# Plural nouns a year names: "the 1967 borders", "the 1990s lines", "the 2011 celebrations"
_YEAR_NOUNS = frozenset(
    {"borders", "lines", "boundaries", "frontiers", "elections", "accords", "celebrations",
     "protests", "riots", "talks", "negotiations", "clashes", "hostilities", "wars", "games",
     "olympics", "floods", "earthquakes", "uprisings", "midterms", "primaries", "agreements",
     "ceasefires", "truces", "swaps", "exchanges", "resolutions", "hearings", "rulings"}
)  # fmt: skip
# Words that qualify a count, never a year ("nearly 2000 prisoners", not "in 2000").
_QUALIFIERS = frozenset({"nearly", "almost", "about", "some", "roughly", "approximately"})
