"""Statistics of research news: an estimate's interval counts what the estimate counts,
and a ratio, a life expectancy or a paper's DOI counts nothing.

"49,600 excess deaths (95% uncertainty interval 40,100 to 60,300)": the bounds are deaths
too; "prevalence ratio 1.58; 95% CI 1.41–1.77" and "life expectancy fell from 75.4 years to
38.9 years" are no counts. A helper of :mod:`corpus.figure_checks` and
:mod:`corpus.figure_rules`.

>>> from corpus.numbers import find_numbers
>>> s = "Life expectancy fell from 75.4 years to 38.9 years."
>>> [untold_statistic(s, n) for n in find_numbers(s)]
[True, True]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["interval_bounds", "untold_statistic"]

# words that open an interval's bounds: "(95% uncertainty interval 40,100 to 60,300)", "(95
# percent CI 6,900 to 16,800)", "The 95 percent confidence interval runs from 81,700 to"
_INTERVAL = (
    r"(?:(?:9[05]|99)\s*(?:%|percent|per\s+cent)\s+)?(?:(?:uncertainty|confidence|credible)\s+"
    r"intervals?|CI|UI)\b(?:\s*\[CI\])?"
)
_INTERVAL_BEFORE = re.compile(
    rf"{_INTERVAL}[^0-9;()]{{0,24}}?(?:from\s+|of\s+|:\s*|,\s*)?$", re.IGNORECASE
)
# a bare range in brackets right after an estimate: "8,900 excess deaths (6,100 to 13,400)"
_BRACKET_RANGE = re.compile(r"\(\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:to|–|-|—)\s*[\d,.]+\s*[);]")
_SECOND_BOUND_BEFORE = re.compile(r"[\d,.]+\s*(?:to|–|-|—)\s*$")
_BOUND = re.compile(r"[\d,.]+")
# a ratio's estimate and bounds: "prevalence ratio 1.58", "odds ratio 2.1 (95% CI ...)"
_RATIO_BEFORE = re.compile(
    r"\b(?:ratio|relative\s+risk|risk\s+ratio|odds)\b[^.;]{0,40}$", re.IGNORECASE
)
_RATIO_NEAR = re.compile(r"\bratio\b(?:[^.]|\.\d){0,80}$", re.IGNORECASE)
# a thing shared out among people: "one toilet for every 850 people in some shelters"
_FOR_EVERY = re.compile(r"\b(?:one|a|an|single)\s+[a-z]+\s+(?:for|per)\s+(?:every|each)\s+$", re.I)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|residents|inhabitants|displaced)\b")
# (the words of the two patterns below, in either case, for a quick first test)
_EXPECTANCY_HINTS = ("xpectanc", "XPECTANC")
_RATIO_HINTS = ("atio", "ATIO", "dds", "DDS", "isk", "ISK")
_LIFE_EXPECTANCY = re.compile(r"\blife\s+expectancy\b", re.IGNORECASE)
_YEARS_AFTER = re.compile(r"[\s-]*years?\b")
# a paper's DOI: "10.1371/journal.pgph.0004127"
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")


def _opens_interval(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``sentence[start:end]`` is the first bound of an estimate's
    interval: after the interval's name, or opening a range in brackets."""
    return bool(
        _INTERVAL_BEFORE.search(sentence, max(0, start - 60), start)
        or (
            _BRACKET_RANGE.search(sentence, max(0, start - 3), start)
            and _RANGE_AFTER.match(sentence, end)
        )
    )


def _in_interval(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a bound of an estimate's interval, the first or the second."""
    if _opens_interval(sentence, n.start, n.end):
        return True
    second = _SECOND_BOUND_BEFORE.search(sentence, max(0, n.start - 60), n.start)
    if second is None:
        return False
    first = _BOUND.match(sentence, second.start())  # (the pattern opens with the first bound)
    return first is not None and _opens_interval(sentence, first.start(), first.end())


def untold_statistic(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a ratio or its interval, a life expectancy or a part of a DOI."""
    if (
        "every" in sentence
        and _FOR_EVERY.search(sentence, max(0, n.start - 40), n.start)
        and _PEOPLE_AFTER.match(sentence, n.end)
    ):
        return True  # "one toilet for every 850 people": a ratio of things to people
    if "/" in sentence and any(m.start() <= n.start < m.end() for m in _DOI.finditer(sentence)):
        return True
    # (this runs for every number: a word's plain test before each pattern)
    if (
        any(map(sentence.__contains__, _EXPECTANCY_HINTS))
        and _LIFE_EXPECTANCY.search(sentence)
        and (_YEARS_AFTER.match(sentence, n.end) or _in_interval(sentence, n))
    ):
        return True  # "life expectancy fell from 75.4 years to 38.9 years (95% CI 35.2 to 42.7)"
    if not any(map(sentence.__contains__, _RATIO_HINTS)):
        return False
    if _RATIO_BEFORE.search(sentence, max(0, n.start - 60), n.start) and (
        n.value < 100 and "." in n.text
    ):
        return True  # "prevalence ratio 1.58"
    return bool(
        _RATIO_NEAR.search(sentence, max(0, n.start - 90), n.start) and _in_interval(sentence, n)
    )  # "...; 95% confidence interval [CI] 1.41–1.77": the ratio's interval


def interval_bounds(sentence: str, found: list[Figure], context: str | None) -> list[Figure]:
    """``found`` with the bounds of an estimate's interval counting what the estimate counts
    (the figure before them in the sentence, else the sentence before's ``context``)."""
    if "nterval" not in sentence and "CI" not in sentence and "(" not in sentence:
        return found  # (most sentences: the quick test)
    out: list[Figure] = []
    estimate: Figure | None = None
    for f in found:
        n = NumberMention(f.start, f.end, f.value_text, f.value, False)
        if _in_interval(sentence, n):
            source = estimate.category if estimate is not None else context
            if source is not None:
                scope = estimate.scope if estimate is not None else f.scope
                f = f._replace(category=source, scope=scope)
            out.append(f)
            continue
        estimate = f
        out.append(f)
    return out
