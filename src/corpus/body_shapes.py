"""The shapes of a body's name, for :func:`corpus.speakers.describe` to tell a body from a
person when :mod:`corpus.bodies` does not know the name: the words a body's name holds or
ends with ("Ministry", "Worldwide", "War on Want"), what the body is, written before its
name ("the rights group B'Tselem") or after it ("the far-right Vox party"), "the New
York-based ...", and a short form in brackets ("Médecins Sans Frontières (MSF)"). Helpers
of the speakers stage; the kinds of body are data (``data/body_kinds.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.speaker_lexicon import data_lines
from corpus.text import UPPER

__all__ = [
    "ACRONYM_INSIDE", "ACRONYM_TAIL", "BASED", "FEDERATION", "KIND_AFTER", "KIND_ENDS",
    "ORG_LAST", "ORG_LINK", "ORG_WORD", "body_kinds", "described_body",
]  # fmt: skip

# a body's name that ORG_WORD leaves out, with its short form: "The Brazilian Israelite
# Confederation (CONIB)" (not in ORG_WORD: "Gerard Jonkman of The Rights Forum" is a person)
FEDERATION = re.compile(r"\b(?:Confederation|Federation|Club|Forum|League|Syndicate)\b")
# what a body is, written after its name: "Palestinian Prisoners' Club advocacy group"
KIND_ENDS = (
    "group", "organisation", "organization", "charity", "NGO", "watchdog", "network", "party",
    "union", "federation",
)  # fmt: skip
KIND_AFTER = re.compile(
    rf"(?P<name>[{UPPER}][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?[{UPPER}][\w'’&.-]*)+)"
    r"\s+(?:(?:advocacy|rights|human\s+rights|campaign|aid|lobby|pressure|humanitarian|relief|"
    # ("The World Central Kitchen food aid organization": two words of what it does)
    r"medical|monitoring|research|activist|settler|militant|armed|food|non-?profit)\s+){0,2}"
    r"(?:group|organi[sz]ation|charity|NGO|watchdog|network)"
    # a party or a union named by one word, after what it is: "the far-right Vox party",
    # "the ruling Likud party", "the CGIL union", "the Histadrut labor federation" (not
    # "the Labour Party": its own name)
    r"|(?:(?:far-right|far-left|right-wing|left-wing|ruling|opposition|centrist|"
    r"ultra-Orthodox|nationalist|governing|main|biggest|largest)\s+)?"
    rf"(?P<short>[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*)?)"
    r"\s+(?:(?:political|labou?r|trade|workers'?|teachers'?|students'?)\s+)?"
    r"(?:party|union|federation)"
)
BASED = re.compile(rf"(?:[{UPPER}][\w.]*\s+){{0,2}}[{UPPER}][\w.]*-based\s+")  # "New York-based"


@lru_cache(maxsize=1)
def _body_kind_lines() -> tuple[str, ...]:
    return tuple(data_lines("body_kinds.txt"))


@lru_cache(maxsize=1)
def body_kinds() -> frozenset[str]:
    """The one-word kinds of body that may stand before a name (data/body_kinds.txt)."""
    return frozenset(k for k in _body_kind_lines() if " " not in k)


@lru_cache(maxsize=1)
def described_body() -> re.Pattern[str]:
    """What a body is, then its name (data/body_kinds.txt): "the rights group B'Tselem"."""
    kinds = "|".join(map(re.escape, _body_kind_lines()))
    return re.compile(
        rf"(?:[\w'’.-]+\s+){{0,4}}?(?:{kinds})\s+"
        rf"(?P<name>[{UPPER}][\w'’&.-]*(?:\s+(?:of|for|the|and|to|[{UPPER}][\w'’&.-]*))*)"
        r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
    )


# a name spelled out, then its short form: "Médecins Sans Frontières (MSF)"
ACRONYM_TAIL = re.compile(r"^(?P<name>[A-Z][^()]+?)\s+\((?P<short>[A-Z]{2,9})\)$")
# a short form inside a name: "Ministry of Health (MoH) in Gaza"
ACRONYM_INSIDE = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)(?=\s)")
# last words of a body's name that ORG_WORD leaves out
ORG_LAST = re.compile(
    r"\b(?:Worldwide|International|Relief|Aid|Watch|Society|Alliance|Coalition|Trust|"
    r"Initiative|Kitchen|Rescue|Partners|Observatory|UK)$"
)
# a small word between capitalised ones, which no personal name holds: "War on Want"
ORG_LINK = re.compile(rf"^[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)* (?:on|for|against|and) [A-Z]")
# Words that make a capitalised phrase a body, not a person: "Egypt's State Information Service"
# (not speaker_heads.csv: "University" or "Party" head a body inside a name but must not type
# an unnamed phrase such as "a professor at the university"; tried there, it changed them)
ORG_WORD = re.compile(
    r"\b(?:Service|Ministry|Agency|Office|Council|Committee|Authority|Forces|Army|Police|"
    r"Department|Commission|Bureau|Organi[sz]ation|Crescent|Cross|Fund|Programme|Program|"
    r"Institute|Cent(?:re|er)|University|Movement|Brigades?|Party|Government|Court|Union|"
    r"Bank|Foundation|Association|Network|Group|Corps|Directorate|Administration|"
    r"Patriarchate|Diocese|Caritas|Campaign|Observatory)\b"
)
