"""Asides between a count and its verb, set off by commas or dashes: a part counted in it
("30 fighters, including 12 commanders, were killed"), the count said again in other units
("some 3,000 families, roughly 15,000 people, had left the camp") or broken down into its
parts ("39 Palestinians, 24 women and 15 teenage boys, were released"). The verb after the
aside is the count's own, and its parts'. Helpers of :mod:`corpus.figure_clauses`.
"""

from __future__ import annotations

import re

from corpus.numbers import TENS, UNITS, NumberMention

__all__ = [
    "ASIDE_THEN_VERB",
    "RESTATED_BEFORE",
    "RESTATING_ASIDE",
    "WORDS_THEN_VERB",
    "broken_down",
    "parts_around",
    "restated_in_aside",
]


ASIDE_THEN_VERB = re.compile(
    # ("18 hostages, among them five Thai nationals, had been released")
    r",\s+(?:nearly|almost|about|more\s+than|over|at\s+least|most|many|some|half|mostly|"
    r"mainly|largely|among|including|all|both)"
    r"[^,;:.\d]{0,40},\s+(?=(?:were|was|are|is|have|had|has)\b)"
    # ("30 fighters, including 12 commanders, were killed": a part counted in the aside)
    r"|,\s+(?:including|among\s+them)\s+\d[\d,.]*[^,;:.\d]{0,50},\s+"
    r"(?=(?:were|was|are|is|have|had|has)\b)"
)


# the same count said again in other units between commas, before the verb of both:
# "some 3,000 families, roughly 15,000 people, had left the camp"
_COUNT = r"\d[\d,.]*(?:\s+(?:million|thousand))?"
_ROUGHLY = (
    r"(?:(?:roughly|about|around|some|nearly|almost|approximately|an\s+estimated|or|"
    r"at\s+least|more\s+than|over)\s+)?"
)
_VERB_NEXT = r"(?=(?:were|was|are|is|have|had|has)\b)"
_WORD_NUMBER = "(?:" + "|".join(sorted({*UNITS, *TENS}, key=len, reverse=True)) + ")"
# ("13 Israelis, ten Thais and a Filipino": nationals are capitalised, one is "a")
_PART = rf"(?:{_COUNT}|{_WORD_NUMBER}|an?)\s+[A-Za-z][a-z]+(?:\s+[a-z]+)?"
RESTATING_ASIDE = re.compile(
    rf",\s+{_ROUGHLY}{_COUNT}\s+[a-z]+(?:\s+[a-z]+)?,\s+{_VERB_NEXT}"
    # ... or broken down into its parts: "39 Palestinians, 24 women and 15 teenage boys, were
    # released", "39 Palestinian civilians – six women and 33 minors – would be freed"
    rf"|\s*(?P<mark>[,–—])\s+{_PART}(?:,\s+{_PART})*,?\s+and\s+{_PART}\s*(?P=mark)\s+"
    rf"(?=(?:were|was|are|is|have|had|has|would|will)\b)"
)
RESTATED_BEFORE = re.compile(
    rf"{_COUNT}\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:{_ROUGHLY}|including\s+|among\s+them\s+){_COUNT}$"
)
WORDS_THEN_VERB = re.compile(rf"(?:\s+[a-z]+){{1,2}},\s+{_VERB_NEXT}")


def restated_in_aside(sentence: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether ``second`` says ``first`` again in other units, set off by commas before
    their verb: "some 3,000 families, roughly 15,000 people, had left the camp"."""
    comma = sentence.find(",", first.end)
    aside = RESTATING_ASIDE.match(sentence, comma) if comma >= 0 else None
    return aside is not None and aside.start() - first.end < 30 and second.end <= aside.end()


def parts_around(sentence: str, start: int) -> re.Match | None:
    """The aside that breaks a count down into parts, when ``start`` is inside one:
    "39 Palestinians, 24 women and 15 | teenage boys, were released"."""
    window = max(0, start - 80)
    if " and " not in sentence[window : start + 80]:  # (a quick first test)
        return None
    for mark in ",–—":
        at = sentence.rfind(mark, window, start)
        if at >= 0 and (aside := RESTATING_ASIDE.match(sentence, at)) and aside.end() > start:
            return aside if aside.group("mark") else None
    return None


def broken_down(sentence: str, n: NumberMention, last_end: int, cue_start: int) -> bool:
    """Whether the counts after ``n`` (up to ``last_end``) are parts in an aside after it
    or around it ("The prisoners, 24 women and 15 boys, were"), whose verb, at ``cue_start``
    or before it, is then ``n``'s too (RESTATING_ASIDE)."""
    for mark in ",–—":
        at = sentence.find(mark, n.end, n.end + 30)
        if at >= 0 and (aside := RESTATING_ASIDE.match(sentence, at)) and aside.group("mark"):
            return last_end <= aside.end() <= cue_start
    aside = parts_around(sentence, n.start)
    return aside is not None and last_end <= aside.end() <= cue_start
