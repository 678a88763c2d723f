"""Aid and the people it serves: relief handed to the ones counted, the ships and planes
that carry it, and people counted as those it feeds or reaches.

Helpers of :mod:`corpus.figure_category` and :mod:`corpus.figure_verbless`: "distributed
winter kits to 4,500 families", "sent 12 planes carrying humanitarian aid", "enough food
to feed one million people".
"""

from __future__ import annotations

import re

from corpus.figure_clauses import QUALIFIED
from corpus.numbers import NumberMention

__all__ = ["carries_aid", "given_aid", "served_with_aid"]

# between an aid word and the people it serves: "food for around 2,000 families", "to
# feed about 300,000 people"
_AID_FOR = re.compile(
    # ("supplies in Gaza to treat around 2,800 children": what the aid is enough for)
    r"\s+(?:(?:in|inside)\s+[A-Z][\w'’-]+\s+)?(?:for\s+|to\s+(?:treat|feed|serve|sustain)\s+)?"
    r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|up\s+to|over|"
    r"almost|an\s+estimated)\s+)?"
)
# "reached more than 130,000 people in Gaza with food, water and hygiene kits"
_SERVED_BEFORE = re.compile(
    r"\b(?:reached|reaching|reach|assisted|supported|served|serving|helped|provided)\s+"
    r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|over|almost)\s+)?$"
)
_WITH = re.compile(r"\bwith\b")
# what aid workers hand to the people counted: "distributed winter kits to 4,500 families",
# "provided rehabilitation sessions to more than 20,000 people"
_GIVEN_TO = re.compile(
    r"\b(?:distribut(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+out|"
    # ("had served hot meals to more than 20,000 people")
    r"provid(?:e|es|ed|ing)|serv(?:e|es|ed|ing))\s+"
    # (not "could provide up to 20,000 troops": "up to" qualifies the count)
    rf"[^,;.\d]{{1,40}}?\b(?<!\bup\s)to\s+{QUALIFIED}$"
)


def given_aid(sentence: str, n: NumberMention) -> bool:
    """Whether relief is handed to the ones counted: "distributed winter kits to 4,500
    families", "distributed hot meals to some 3,500 people sheltering in schools" (the verb
    that governs the count beats the words that describe the people)."""
    return sentence.find(" to ", max(0, n.start - 60), n.start) >= 0 and bool(
        _GIVEN_TO.search(sentence, max(0, n.start - 60), n.start)
    )


# ships, planes and flights that carry relief: "sent three ships and 12 planes carrying more
# than 1,250 tons of humanitarian aid", "delivered aid on four Hellenic Air Force flights" (not
# the flights that bring nationals home)
_CARRIERS = re.compile(
    r"(?:[\w-]+\s+){0,4}?(?:ships?|planes?|aircraft|flights?|vessels?|airlifts?|cargo\s+planes?)\b",
    re.I,
)
_RELIEF = re.compile(r"\b(?:aid|relief|humanitarian|supplies|food|medicines?|medical)\b", re.I)
_EVACUATION = re.compile(
    r"\bevacuat|\brepatriat|\bcitizens\b|\bnationals\b|\bpassengers\b|\bhome\b|\btroops\b|"
    r"\bwarships?\b|\bfighter",
    re.I,
)


def carries_aid(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts the ships, planes or flights that carry relief (see
    ``_CARRIERS``)."""
    return bool(
        _CARRIERS.match(sentence, n.end + 1)
        and _RELIEF.search(sentence)
        and not _EVACUATION.search(sentence)
    )


def served_with_aid(sentence: str, n: NumberMention, cues: list) -> bool:
    """Whether people are counted as those that aid feeds or reaches (``cues``: the
    category cues nearest ``n``); relief handed to them (:func:`given_aid`) is tested
    before, by :func:`corpus.figure_rules.classify`."""
    for _, kind, _start, e in cues:
        if kind == "aid" and e <= n.start and _AID_FOR.fullmatch(sentence, e, n.start):
            return True
    if not _SERVED_BEFORE.search(sentence, max(0, n.start - 30), n.start):
        return False
    after = _WITH.search(sentence, n.end, n.end + 60)
    return after is not None and any(
        kind == "aid" and 0 <= s - after.end() <= 3 for _, kind, s, _ in cues
    )
