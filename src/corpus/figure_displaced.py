"""People on the move, counted as displaced: "ordered 100,000 to leave", "an evacuation order
covering some 1.1 million residents", "more than 300,000 people had crossed", "500,000
people have come back to Gaza City", "who fled Jabalia with her seven children", "1.5
million people are still living in tents". Helpers of :mod:`corpus.figure_category`.

>>> from corpus.numbers import find_numbers
>>> s = "Around 500 people were still living inside the church compound."
>>> sheltering_or_fled(s, find_numbers(s)[0])
True
"""

from __future__ import annotations

import re

from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

__all__ = ["crowd_on_the_move", "crowded_in", "ordered_to_leave", "sheltering_or_fled"]


# the people an evacuation order covers: "an evacuation order covering some 1.1 million
# residents", "the evacuation order of 13 October, which covered 1.1 million people" (the
# gold sets: displaced, 5 to 1)
_ORDER_COVERED = re.compile(
    r"\b(?:evacuation|displacement)\s+orders?\b[^.;]{0,80}?\b(?:affect|cover)(?:s|ed|ing)?\s+"
    r"(?:(?:an?\s+estimated|some|about|around|roughly|nearly|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def ordered_to_leave(sentence: str, n: NumberMention) -> bool:
    """'The army ordered some 100,000 of them to leave': an evacuation order's count."""
    if "order" in sentence and _ORDER_COVERED.search(sentence, max(0, n.start - 140), n.start):
        return True  # "an evacuation order covering some 1.1 million residents"
    # (a quick first test: no move; "ordered about 100,000 people out of eastern Rafah")
    if (
        sentence.find(" to ", n.end, n.end + 50) < 0
        and sentence.find(" out of ", n.end, n.end + 50) < 0
    ):
        return False
    lex = lexicon()
    if _ORDERED_PASSIVE.match(sentence, n.end, n.end + 80):
        return True  # "roughly 100,000 people were ordered on Monday to leave eastern Rafah"
    if not lex.order_after.match(sentence, n.end, n.end + 50):
        return False
    order = lex.order_before.search(sentence, max(0, n.start - 30), n.start)
    # (a clause may follow the verb: "warned that 12 of the 35 hospitals had gone out of
    # service" orders nobody)
    return order is not None and " that " not in order.group()


_ORDERED_PASSIVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are\s+being)\s+"
    r"(?:ordered|told|instructed)\s+(?:(?:on\s+)?\w+\s+){0,2}?to\s+"
    r"(?:leave|evacuate|move|relocate|flee|head)\b"
)


def crowd_on_the_move(sentence: str, n: NumberMention) -> bool:
    """'More than 300,000 people had crossed', '200,000 to 250,000 people returned to Gaza
    City': a crowd's move, so the displaced (``crowd_nouns``, ``crowd_moves`` of the
    lexicon)."""
    lex = lexicon()
    move = lex.crowd_moves.match(sentence, n.end, n.end + 110)
    # back to where they fled: "returned to Gaza City", not "returned to their villages"
    return move is not None and (
        move.group("back") is None or lex.crowd_return.match(sentence, move.end()) is not None
    )


# A family that fled or shelters together: "who fled Jabalia with her seven children", "who
# shares a tent with 14 relatives" (the gold sets count them displaced, 18 times to 3)
_WITH_FAMILY = re.compile(
    r"\b(?:with\s+(?:her|his|their|my|our)\s+(?:surviving\s+|remaining\s+)?|"
    r"(?:tent|classroom|room|shelter)\s+with\s+)$",
    re.IGNORECASE,
)
_FAMILY_AFTER = re.compile(
    r"\s+(?:other\s+)?(?:children|relatives|grandchildren|sons|daughters|siblings|"
    r"family\s+members|kids)\b",
    re.IGNORECASE,
)
# one home shared with a family: "lives in a two-bedroom apartment in Khan Younis with 22
# relatives" (the read gold sets count them displaced)
# one home or room a household shares
_DWELLINGS = "apartment|flat|house|tent|classroom|caravan"
_DWELLING_WITH = re.compile(
    rf"\b(?:{_DWELLINGS})(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"\s+with\s+(?:(?:her|his|their|my|our)\s+)?$",
    re.IGNORECASE,
)
_IN_FLIGHT = re.compile(
    r"\b(?:fled|flee|fleeing|shelter|sheltering|sheltered|tent|displaced)\b", re.I
)


# People who live in tents or shelters or have taken refuge: "1.5 million people are still
# living in tents", "more than 16,500 people had taken refuge in 89 schools", "1.5 million
# people remain in need of emergency shelter" (the gold sets: displaced, 17 times to 2)
_SHELTERING_AFTER = re.compile(
    # (not "killing 18 people who had taken refuge there": a relative clause describes them)
    # ("around 500 people were still living inside the church compound", "1.5 million people
    # in the Gaza Strip are still in need of emergency shelter")
    r"\s+(?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,5}?"
    r"(?:(?:(?:(?:are|were|remain)\s+(?:still\s+)?|(?:have|had)\s+been\s+)(?:living|sleeping|sheltering|sharing)"
    # ("some 500 people continue to shelter in the school and parish halls", "have lived
    # in a tent in Rafah since December")
    r"|(?:continue|continued|continues)\s+to\s+(?:live|sleep|shelter)|(?:have|has|had)\s+lived)"
    r"\s+(?:in|inside)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:tents?|makeshift|shelters|schools?|"
    r"classrooms?|shells|church|compound|parish|buildings|hotels|mosques|camps|halls)"
    r"|(?:had|have|has)\s+taken\s+refuge"
    r"|(?:(?:are|were|remain)\s+(?:still\s+)?)?(?:in\s+need\s+of|need)\s+(?:emergency\s+)?shelter)\b",
    re.IGNORECASE,
)


# People crowded into one home: "They had 34 people in a three-bedroom apartment", "eleven
# people in a tent", "There are 70 people sleeping in one classroom" (the read gold sets:
# displaced, 5 of 6; not "forty people in a lounge room in Dover", a gathering)
_CROWDED_IN = re.compile(
    r"\s+(?:people|relatives|family\s+members|persons|of\s+us|members\s+of\s+(?:her|his|their|"
    r"my|our)\s+family)\s+(?:(?:are\s+|were\s+)?"
    r"(?:sleeping|living|crammed|packed|sheltering|staying|crowded|squeezed|sharing)\s+"
    r"(?:(?:in|into|inside)\s+)?|(?:in|into|inside)\s+)(?:a|one|that|this|their|our|his|her|a\s+single)\s+"
    rf"(?:[\w-]+\s+)?(?:{_DWELLINGS}|room)\b(?!\s+in\s+[A-Z])",
    re.IGNORECASE,
)


def crowded_in(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts people crowded into one home ("23 people in a three-bedroom
    apartment"): one household, no count of the displaced population."""
    return _CROWDED_IN.match(sentence, n.end) is not None or (
        _DWELLING_WITH.search(sentence, max(0, n.start - 60), n.start) is not None
        and _FAMILY_AFTER.match(sentence, n.end) is not None
    )


def sheltering_or_fled(sentence: str, n: NumberMention) -> bool:
    """'Umm Ali, who fled Nabatieh with her three children', '1.5 million people are still
    living in tents', '23 people in a three-bedroom apartment': a family that fled, people
    without a home, displaced."""
    if _SHELTERING_AFTER.match(sentence, n.end) or crowded_in(sentence, n):
        return True  # (or "a two-bedroom apartment in Khan Younis with 22 relatives")
    return bool(
        _FAMILY_AFTER.match(sentence, n.end)
        and _WITH_FAMILY.search(sentence, max(0, n.start - 32), n.start)
        and _IN_FLIGHT.search(sentence)
    )
