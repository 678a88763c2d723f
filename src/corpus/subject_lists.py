"""Joint subjects: the first items of a list of speakers before its reporting verb
("Egypt, | Qatar and the United States said"), which the phrase search stops short of at
the list's commas. A helper of :mod:`corpus.subjects`.

>>> text = "Egypt, Qatar and the United States said the talks would resume."
>>> list_start(text, 0, (7, 36))
0
"""

from __future__ import annotations

import re

from corpus.adverbials import opening_end
from corpus.appositives import last_subordinator
from corpus.phrase_words import CLAUSE_OPENERS
from corpus.speakers import body
from corpus.text import UPPER

__all__ = ["list_start"]

# Names listed before the last two of a joint subject: "Hamas, Islamic Jihad and ..."
_BODIES_BEFORE = re.compile(
    rf"(?:^|,\s+)(?P<first>(?:(?:the\s+)?[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}},\s+)+)$"
)
_LIST_BEFORE = re.compile(  # ("the European Commission, Cyprus, the UAE, the UK and the US")
    rf"\s*(?P<first>(?:(?:the\s+)?[{UPPER}][\w'’.-]*(?:\s+(?:of|for|the|[{UPPER}][\w'’.-]*)){{0,5}}"
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,\s+)+)"  # ("Medical Aid for Palestinians (MAP), ...")
)


def list_start(text: str, u0: int, np: tuple[int, int]) -> int | None:
    """Where the list that the joint subject ``np`` ends opens, when it has more items
    before it ("Egypt, | Qatar and the United States said"); None when it has none."""
    if not (text.startswith(" and ", np[0] - 1) or " and " in text[np[0] : np[1]]):
        return None
    # "Egypt, Qatar and the United States said": the list's first items too
    items = _LIST_BEFORE.fullmatch(text, u0, np[0])
    if items is None and (opened := opening_end(text, u0, np[0])) > u0:
        # "In a joint statement issued today, MAP, Christian Aid and ActionAid UK warned"
        items = _LIST_BEFORE.fullmatch(text, opened, np[0])
    if items is None and (after := last_subordinator(text, u0, np[0])) is not None:
        # "The massacre came after US President Joe Biden, Egyptian President Abdel Fattah
        # al-Sisi and Qatar's Emir ... called for": the list opens the subordinate clause
        items = _LIST_BEFORE.fullmatch(text, after, np[0])
    if items is None and (by := text.rfind(" by ", u0, np[0])) >= 0:
        # "A joint statement issued on Friday by the United States, Qatar and Egypt said"
        items = _LIST_BEFORE.fullmatch(text, by + 4, np[0])
    if items and not any(
        item.split()[0] in CLAUSE_OPENERS for item in items.group("first").split(", ") if item
    ):
        return items.start("first")
    # "..., the U.S., Egypt and Qatar said in a joint statement": a list of known bodies
    # after a clause
    items = _BODIES_BEFORE.search(text, u0, np[0]) if text[np[0] - 2 : np[0]] == ", " else None
    if items and all(body(i) for i in items.group("first").split(", ") if i):
        return items.start("first")
    return None
