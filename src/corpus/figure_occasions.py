"""When aid and arms are counted: on one occasion ("200 trucks entered on Saturday",
"struck 150 targets") or up to now ("the campaign has struck more than 1,000 targets").
Also what holds a count to one event ("killed in an airstrike on a school") or to a
period that opens the sentence ("Since November, ..."). Helpers of :mod:`corpus.figure_scope`.
"""

from __future__ import annotations

import re

from corpus.figure_lexicon import may_hold
from corpus.numbers import NumberMention

# a perfect tense right before the count: "has struck more than 1,000 targets", "have
# delivered 3,400 tents" (with no day or window of its own: a count up to now; "has sent
# two carrier groups" is one deployment)
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:struck|hit|fired|launched|"
    r"destroyed|intercepted|dropped|delivered|distributed|targeted|bombed)\s+[\"“]?"
    r"(?:(?:more\s+than|at\s+least|over|some|nearly|"
    r"about|around|almost)\s+)?$",
    re.IGNORECASE,
)


# what aid or arms did on one occasion, near the number ("trucks entered", "struck 150
# targets"); a rate ("a day", "every day") is not an occasion, nor a shipment
MOVED = {
    "aid": re.compile(
        r"\b(?:entered|crossed|arrived|reached|delivered|distributed|unloaded|dropped|"
        r"airdropped|allowed in|let in|went in|got in|made it|passed through|"
        # what befell one convoy: "a convoy of 66 trucks was looted"
        r"looted|ambushed|attacked|came under fire|were lost|was lost)\b"
    ),
    "military": re.compile(
        r"\b(?:struck|hit|fired|launched|attacked|destroyed|intercepted|targeted|bombed|"
        r"dropped|shot down|carried out|raided|seized|dismantled|killed|wounded|mobili[sz]ed|"
        r"called up|deployed|sent|found|discovered|uncovered|confiscated)\b"
    ),
}


RATE_WORDS = ("a day", "per day", "each day", "every", "daily", "a week", "per week")


def moved(sentence: str, n: NumberMention, category: str) -> bool:
    # (the verb may follow a list the count opens: "500 kg of explosives and four rocket
    # launchers were found")
    semi = sentence.find(";", n.end)
    clause = sentence[max(0, n.start - 80) : min(n.end + 100, semi if semi > 0 else len(sentence))]
    return bool(MOVED[category].search(clause)) and not may_hold(clause.lower(), RATE_WORDS)


# killed in one named or singular event: "in the Nuseirat operation", "in an airstrike on a
# school" (not "in Israeli strikes": the war's strikes, a running total)
ONE_EVENT = re.compile(
    r"\b(?:were|was|been)\s+(?:killed|wounded|injured)\s+in\s+(?:an?|the|one|a\s+single)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:operation|raid|strike|airstrike|air\s+strike|attack|bombing|"
    r"assault|explosion|blast|massacre|incident|ambush|stampede)\b(?!s)"
)


_SINCE_OPENER = re.compile(r"\s*[\"“]?Since\s+[^,;.]{2,60},\s")


def since_opens(sentence: str, n: NumberMention, cues: list) -> bool:
    """Whether the sentence opens with a period ("Since October 2023, ...") before ``n``
    and nothing between them names an event or a shorter window ("Since the truce began,
    20 people were killed in a strike on a school" is one strike's toll)."""
    if not sentence[:12].lstrip(' "“').startswith("Since "):
        return False  # (most sentences: the quick test)
    opener = _SINCE_OPENER.match(sentence)
    if opener is None or opener.end() > n.start:
        return False
    if any(k in ("incident", "day", "date", "na") for _, k, _ in cues):
        return False  # ("Since dawn, ...": the opening is a window of hours itself)
    return not ONE_EVENT.search(sentence, opener.end())
