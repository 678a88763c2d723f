"""When aid and arms are counted: on one occasion ("200 trucks entered on Saturday",
"struck 150 targets") or up to now ("the campaign has struck more than 1,000 targets").
Also what holds a count to one event ("killed in an airstrike on a school") or to a
period that opens the sentence ("Since November, ..."), a count added to a running
total ("five more people had died, raising the number of deaths to 404"), the toll of the
7 October attack ("1,400 people have been killed in Israel") and things or crowds counted
on one occasion ("around 600 people attended"). Helpers of :mod:`corpus.figure_scope`.
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


# a new count added to a running total, right before the total: "bringing to 147 the
# number", "raising the death toll to 30,035"
_BRINGS_TO = re.compile(
    r"\b(?:bringing|brought|brings|bring|raising|raised|taking|took|pushing|pushed)\s+"
    # ("bringing the number of Palestinians freed since Friday to 180")
    r"(?:the\s+(?:overall\s+|total\s+)?(?:total|toll|death\s+toll|number(?:\s+of\s+[^,;.]{1,80}?)?)"
    # ("bringing hunger-related deaths to 113", "raising the famine death toll to 404")
    r"\s+|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:deaths|dead|fatalities|casualties|toll|tally)\s+)?to\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some)\s+)?$",
    re.IGNORECASE,
)
# the words _BRINGS_TO needs (a quick first test: the pattern is slow to fail)
_BRINGS_HINTS = ("bring", "brought", "rais", "tak", "took", "push")


def brings_to(sentence: str, start: int) -> bool:
    """Whether a count added to a running total comes right before ``start`` (_BRINGS_TO)."""
    window = max(0, start - 120)
    return may_hold(sentence[window:start], _BRINGS_HINTS) and bool(
        _BRINGS_TO.search(sentence, window, start)
    )


_MORE_AFTER = re.compile(r"\s+(?:more|additional|further|new)\b", re.IGNORECASE)
_RAISING_AFTER = re.compile(
    r"\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their|to)\b", re.IGNORECASE
)


def added_to_total(sentence: str, n: NumberMention) -> bool:
    """'five more people had died, raising the number of deaths to 404', 'At least 178
    people were killed ..., bringing the overall death toll since Oct. 7 to more than
    15,000': the count added to a total the sentence then gives."""
    raising = _RAISING_AFTER.search(sentence, n.end)
    if raising is None:
        return False
    if _MORE_AFTER.match(sentence, n.end):
        return True
    if " since " in sentence[n.end : raising.start()]:
        return False  # "280 killed since the ceasefire took effect, bringing the toll to ...":
        # a running total of its own
    total = _TO_A_COUNT.search(sentence, raising.end(), raising.end() + 120)
    # (a total larger than the count: "30,035 killed, bringing the children killed to
    # 12,300" gives a part, not a total)
    return total is not None and float(total.group("value").replace(",", "")) > n.value


# the total a raising phrase brings the count to: "... to more than 15,000"
_TO_A_COUNT = re.compile(
    r"\bto\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?!\d|\.\d|\s+million)"
)


# the toll of the 7 October attack, in the count's own clause or right before it: "1,400
# people have been killed in Israel", "attacked southern Israel, killing about 1,140 people",
# "the death toll from the October 7 Hamas attack stands at about 1,200", "terrorist attacks
# in Israel that killed some 1,200 people" (but "killed 24 people in Israel since Friday")
_OCTOBER_7 = re.compile(
    r"\bin\s+(?:southern\s+)?Israel\b(?!['’])|\battacked\s+(?:southern\s+)?Israel\b|"
    # "Hamas militants crossed into southern Israel and killed about 1,400 people"
    r"\b(?:crossed|stormed|broke|burst|poured)\s+into\s+(?:southern\s+)?Israel\b|"
    r"\b(?:stormed|raided|infiltrated|overran)\s+(?:southern\s+)?Israel\b|"
    r"\b(?:October|Oct\.?)\s+7(?:,\s+2023)?\s+(?:Hamas\s+)?(?:attack|assault|massacre)|"
    r"\b7\s+October(?:\s+2023)?\s+(?:Hamas\s+)?(?:attack|assault|massacre)|"
    r"\bthe\s+Hamas(?:-led)?\s+(?:attack|assault)|\bthat\s+morning\b"
)


def october_7_toll(sentence: str, n: NumberMention, end: int) -> bool:
    """Whether ``n`` (a count of the killed) is the toll of the 7 October attack."""
    lo = max(0, n.start - 70)
    window = sentence[lo:end]
    # (not the war's toll: "The war, which began with the Hamas attack on Oct. 7, has killed")
    return (
        "since" not in window
        and _OCTOBER_7.search(window) is not None
        and _WAR_WORDS.search(sentence, 0, end) is None
    )


_WAR_WORDS = re.compile(r"\b(?:war|conflict|offensive|campaign|began|begun|triggered|sparked)\b")


# a verb of one occasion, in the past: what a crowd, a strike or a convoy did
_ONE_OCCASION = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:hit|struck|burned|burnt|destroyed|damaged|"
    r"intercepted|detained|arrested|evacuated|transferred|moved|flown|sent|dispatched|"
    r"screened|vaccinated|found|killed|seized|attacked|shelled|bombed)\b|"
    r"\b(?:attended|marched|rallied|took\s+part|gathered|flattened|dispatched|screened|"
    r"vaccinated|performed|intercepted)\b",
    re.IGNORECASE,
)


def one_occasion(sentence: str, n: NumberMention, end: int) -> bool:
    """Whether a thing or a crowd counted by ``n`` is counted on one occasion ("around 600
    people attended", "three vehicles were hit"); ``end``: where its clause ends."""
    lo, hi = max(0, n.start - 40), min(len(sentence), end + 40)
    return _ONE_OCCASION.search(sentence, lo, hi) is not None
