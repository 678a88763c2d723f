"""The comma segments before a reporting verb that are not the speaker's name, for the walk
back over commas in :func:`corpus.subjects.subject_left` (the statements stage): an office
in capitals ("Ben Wallace, the Defence Secretary, said"), an academic post, an aside
("more cautiously"), a body's name that a comma splits ("... Research (SETA), said"), a
body a role is at or only restates ("the spokesman for Hamas's armed wing, the Qassam
Brigades,"), and a relative clause that an age or a relative's name splits ("whose son,
24, is ...").
"""

from __future__ import annotations

import re

from corpus.speaker_lexicon import portfolio_words, title_words
from corpus.subject_asides import APPOSITIVE_START
from corpus.text import UPPER

__all__ = [
    "ACADEMIC_POST", "AGED_IN_CLAUSE", "ASIDE", "INSTITUTION_AFTER_SHORT_FORM",
    "KIN_NAME_IN_CLAUSE", "NAME_TAIL_WITH_SHORT", "object_of_role", "office_words",
    "role_of_a_body_before", "the_office",
]  # fmt: skip

# an aside between a subject and its verb: "more cautiously", "sworn in on Monday"
ASIDE = re.compile(
    r"(?:(?:more|less|most|very|rather)\s+)?[a-z]{3,}ly$|(?:sworn|re-elected|inaugurated)\s"
)
# "..., whose son, 24," before a relative clause's verb: the age inside the clause
AGED_IN_CLAUSE = re.compile(r",\s+(?P<clause>(?:whose|who)\s+[^,]{1,40},\s+\d{1,3},)\s*$")
# "..., who attended the vigil with his wife, Lori," before the clause's verb: the name
KIN_NAME_IN_CLAUSE = re.compile(
    r",\s+(?P<clause>(?:whose|who)\s+[^,]{1,60}\b(?:wife|husband|son|daughter|brother|sister|"
    r"mother|father|partner|fiancée?),)\s*$"
)


def role_of_a_body_before(text: str, u0: int, comma: int) -> bool:
    """Whether the segment before ``comma`` is a role of a body ("the spokesman for Hamas's
    armed wing"), which the body's name after it only restates."""
    start = text.rfind(",", u0, comma)
    if start < 0:
        return False
    seg = text[start + 1 : comma].strip()
    words = seg.lower().split()
    if not words:
        return False
    # (with an article or without: "Abu Obeida, spokesman for Hamas's armed wing, the
    # Qassam Brigades, said")
    first = 1 if words[0] in ("the", "a", "an") else 0
    return (" for " in seg or " of " in seg) and any(
        w in title_words() for w in words[first : first + 2]
    )


def office_words(name: str) -> bool:
    """Whether a capitalised "name" is an office: "Defence Secretary", "Foreign Minister"."""
    words = name.split()
    return bool(words) and all(w.lower() in title_words() or w in portfolio_words() for w in words)


def the_office(seg: str) -> bool:
    """'the Defence Secretary', 'the Foreign Minister': an office in capitals."""
    first, _, rest = seg.partition(" ")
    return first in ("the", "a", "an") and office_words(rest)


# a body's name that ends in its short form: "... Economic and Social Research (SETA)"
NAME_TAIL_WITH_SHORT = re.compile(
    # ("(SETA)", and a short form that is a word: "Energy Studies (Derasat)")
    rf"^[{UPPER}][\w’'-]*(?:\s+(?:and|of|for|[{UPPER}][\w’'-]*))*\s+\([A-Z](?:[A-Z]{{1,8}}|[a-z]{{2,10}})\)$"
)
# an academic post in capitals: "Lecturer of International Relations at ..."
ACADEMIC_POST = re.compile(
    r"(?:(?:Senior|Associate|Assistant|Visiting|Principal)\s+)?"
    r"(?:Lecturer|Professor|Researcher|Research\s+Fellow|Fellow|Reader)\s+(?:of|in|at)\s"
)
# the institution a centre belongs to, after the centre's short form: "(LECIAD), University
# of Ghana,"
INSTITUTION_AFTER_SHORT_FORM = re.compile(
    r"(?:the\s+)?(?:University|College|Institute|School|Academy|Centre|Center)\s+(?:of|for)\s+[A-Z]"
)
# a role's preposition before the body it belongs to: "director of programmes at the"
_ROLE_PREPOSITION = re.compile(r"\b(?:at|of|for|with)\s+(?:the\s+)?$")


def object_of_role(text: str, u0: int, head_start: int) -> bool:
    """Whether the phrase at ``head_start`` ends a role segment ("director of programmes at
    the | Palestinian Medical Relief Society"): the segment opens with a role word."""
    comma = text.rfind(",", u0, head_start)
    segment = text[comma + 1 if comma >= 0 else u0 : head_start].strip()
    return (
        bool(segment)
        and _ROLE_PREPOSITION.search(segment + " ") is not None
        and APPOSITIVE_START.match(segment) is not None
    )
