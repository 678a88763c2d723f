"""The side of a release: captives freed by Hamas are hostages, Palestinians freed by
Israel prisoners ("Hamas freed 13", "Israel released 39 Palestinians", "1,968 detainees
released by Israel"), and a count beside a release of the other side counts that side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_clauses import QUALIFIED, nearest
from corpus.figure_cues import sentence_cues
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["RELEASED", "bodies_returned", "freed_by", "own_side", "phrase_side", "release_side"]

RELEASED = frozenset({"hostages_released", "prisoners_released"})


# between two releases by one side: "25 living hostages and handed over" (not "..., while
# Israel released", "and Israel freed": another side named after "and")
_SAME_SIDE_GAP = re.compile(r"[^,;:]{0,40}\s(?:and|as\s+well\s+as)\s+(?![A-Z])[^,;:]{0,30}")


# "the number of prisoners released under the deal has reached | 117"
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+([^.;:,\d]{3,60}?)\s+(?:has\s+|had\s+|now\s+)?(?:reached|risen\s+to|"
    rf"rose\s+to|climbed\s+to|increased\s+to|grew\s+to|stood\s+at|stands\s+at|is|was)\s+{QUALIFIED}$",
    re.IGNORECASE,
)


def release_side(
    sentence: str, n: NumberMention, phrase: str | None, previous: Figure | None = None
) -> str:
    """Hostages or prisoners released: the side word of the counted phrase ("Palestinian
    prisoners"), else the one nearest the number ("Hamas freed", "by Israel"); "others"
    are of the side of the release counted before ("free 10 living hostages and hand over
    the remains of 18 others")."""
    if phrase in ("others", "other") and previous is not None and previous.category in RELEASED:
        return previous.category
    sides = lexicon().sides
    if giver := freed_by(sentence, n):
        return giver
    own = phrase_side(sentence, n, phrase)
    if own:
        return own
    if (
        previous is not None
        and previous.category in RELEASED
        and _SAME_SIDE_GAP.fullmatch(sentence, previous.end, n.start)
    ):
        # "Hamas freed 25 living hostages and handed over eight bodies": the same giver
        return previous.category
    number_of = _NUMBER_OF.search(sentence, max(0, n.start - 120), n.start)
    if number_of and (named := sides.find(number_of.group(1))):
        return named[0][2]  # "the number of prisoners released ... has reached 117"
    cues = sentence_cues(sentence)  # the sentence's tokens, found once
    near = nearest(sides.find_in(cues.words, cues.starts, cues.ends), n)
    if not near:
        return "hostages_released"
    _, side, start, end = near[0]
    if (
        start >= n.end
        and sentence.find(" and ", n.end, start) >= 0
        and _OWN_COUNT_AFTER.match(sentence, end)
    ):
        # "Three women were handed over on Sunday and Israel freed 90 Palestinian
        # prisoners": the side of the exchange's other count, in a clause of its own
        return _OTHER_SIDE.get(side, side)
    return side


def freed_by(sentence: str, n: NumberMention) -> str | None:
    """The side of a release whose giver follows the counted noun: "1,968 detainees released
    by Israel" are prisoners, whatever the noun ("detainees" may be either side's)."""
    if " by " not in sentence[n.end : n.end + 60]:
        return None
    giver = _FREED_BY.match(sentence, n.end)
    if giver is None:
        return None
    return "prisoners_released" if giver.group(1).startswith("Isr") else "hostages_released"


_FREED_BY = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}?(?:released|freed|set\s+free)\s+by\s+(Israel|Hamas|Islamic\s+Jihad)\b"
)
_OWN_COUNT_AFTER = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d")
_OTHER_SIDE = {
    "hostages_released": "prisoners_released",
    "prisoners_released": "hostages_released",
}


def bodies_returned(
    sentence: str, n: NumberMention, phrase: str | None, previous: Figure | None = None
) -> str:
    """Bodies handed over: hostages released by Hamas ("four bodies were returned"); the
    bodies Israel hands back are neither prisoners nor a toll ("the number of bodies handed
    back ... to 330": the gold sets mark them other)."""
    side = release_side(sentence, n, phrase, previous)
    return "other" if side == "prisoners_released" else side


def own_side(category: str, sentence: str, n: NumberMention, phrase: str | None) -> str:
    """A release ``category`` the count shares with the one before, or the side its own
    phrase names: "13 Israelis and 39 Palestinians would be released", "that brings the
    total to 58 hostages and 117 prisoners"."""
    if category in RELEASED and (side := phrase_side(sentence, n, phrase)):
        return side
    return category


def phrase_side(sentence: str, n: NumberMention, phrase: str | None) -> str | None:
    """The side the counted phrase names ("Palestinian prisoners", "hostages"), or None.
    Freed "detainees" are Palestinians, but not beside Palestinians: "released 240
    Palestinians and more than 100 detainees" counts the exchange's other side."""
    side = lexicon().sides.find(phrase or "")
    if not side:
        return None
    if (
        side[0][2] == "prisoners_released"
        and phrase.endswith("detainees")
        and _AFTER_PALESTINIANS.search(sentence, max(0, n.start - 60), n.start)
    ):
        return "hostages_released"
    return side[0][2]


_AFTER_PALESTINIANS = re.compile(
    r"\d\s+(?:Palestinians|Palestinian\s+prisoners|prisoners)\s+and\s+"
    r"(?:(?:more\s+than|about|some|nearly|over|at\s+least)\s+)?$"
)
