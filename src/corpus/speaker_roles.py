"""A named person's role, affiliation and kind of source: the description before a name
("teacher Samah Ouda", "Nuseirat resident Abu Khalil Darwish"), the body after it ("... of
the Faculty of ..."), an appositive's role and body ("a professor at Lanzhou University"),
and the words that make a person a student, a teacher, a reporter or local clergy rather
than an official. Helpers of :func:`corpus.speakers.describe` (the speakers stage); the
expert and private cue words are data (:mod:`corpus.speaker_lexicon`).
"""

from __future__ import annotations

import re

from corpus.speaker_lexicon import is_expert_text, is_private_text
from corpus.text import UPPER
from corpus.titles import NAME_LINK, NAME_WORD

__all__ = [
    "AGE", "DESCRIBED_PERSON", "LOCAL_CLERGY", "MEDIA_ROLE", "NAME_POST",
    "OFFICE_BEFORE_ACADEMIC", "PLACE_PERSON", "STUDENT", "TEACHER", "described_kind", "role_of",
]  # fmt: skip

# an age as the appositive's first word ("Umm Ahmad Lubbad, 52, said"): a private person
AGE = re.compile(r"^\d{1,3}$")
# an office before an academic title: "Foreign Affairs Minister Professor Amon Murwira",
# "Chief Adviser Professor Muhammad Yunus" are officials who are also professors
OFFICE_BEFORE_ACADEMIC = re.compile(
    r"\b(?:Minister|President|Adviser|Advisor|Ambassador|Governor|Mayor|Senator|Envoy)\s+"
    r"(?:Prof(?:essor)?\.?|Dr\.?)(?:\s|$)"
)
# a student is no expert of the university ("a University of Arizona graduate student"),
# unless a teacher's word comes with it
STUDENT = re.compile(r"\b(?:students?|undergraduates?|pupils?|schoolboy|schoolgirl)\b", re.I)
TEACHER = re.compile(r"\b(?:professor|lecturer|dean|researcher|teacher|fellow)\b", re.I)
# a reporter's role: "FRANCE 24's correspondent in Ashkelon, Laure Beaulieu"
MEDIA_ROLE = re.compile(
    r"\b(?:correspondent|reporter|journalist|columnist|anchor|presenter|editor|producer)s?\b",
    re.IGNORECASE,
)
# clergy who lead a congregation, not a church's hierarchy (the gold sets type them other)
LOCAL_CLERGY = re.compile(r"(?:Rabbi|Father|Fr|Pastor|Imam)\.?\s+[A-Z]")


# a lower-case description, then a personal name: "teacher Samah Ouda"
# ("senior MDA paramedic Idan Avshalom": an acronym may sit inside the description)
DESCRIBED_PERSON = re.compile(
    rf"(?P<role>[a-z][\w-]*(?: (?:[A-Z]{{2,6}}|[a-z][\w-]*)){{0,2}}) (?P<name>{NAME_WORD}{NAME_LINK}+)"
)


def described_kind(role: str) -> str | None:
    """The type a description before a name gives ("resident": other, "analyst": expert)."""
    return "other" if is_private_text(role) else "expert" if is_expert_text(role) else None


# a place, then a private person's description, then the name: "Nuseirat resident Abu
# Khalil Darwish"
PLACE_PERSON = re.compile(
    # (or an institution: "University of Zambia international relations lecturer Mwaka
    # Siluonde"; or a role alone, capitalised at the sentence's start: "Analyst Anže Petrič")
    rf"(?:(?:[{UPPER}][\w'’-]+ (?:(?:of|for|and) )?){{1,4}}(?P<role>[a-z][\w-]*(?: [a-z][\w-]*){{0,2}})"
    rf"|(?P<opening>[A-Z][a-z]+)) (?P<name>{NAME_WORD}{NAME_LINK}+)"
)
# the body after a name: "Rik Peeperkorn from the World Health Organization (WHO)"
NAME_POST = re.compile(r"\s+(?:from|of|at|with)\s+(?P<aff>(?:the\s+)?[A-Z].*)$")
# an appositive's role, then its body: "a professor at Lanzhou University"
_ROLE_SPLIT = re.compile(
    r"^(?:an?|the)?\s*(?P<role>[^,]*?)\s+(?:at|of|with|from|for|in)\s+(?P<aff>.+)$"
)


def role_of(appositive: str, title: str | None = None) -> tuple[str | None, str | None]:
    """("professor", "the Middle East Studies Institute of ...") from an appositive."""
    m = _ROLE_SPLIT.match(appositive)
    if m and m.group("role"):
        return m.group("role"), m.group("aff")
    text = re.sub(r"^(?:an?|the)\s+", "", appositive)
    return (text or title), None
