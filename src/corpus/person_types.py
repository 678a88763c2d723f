"""What kind of speaker a named person is, from all the article says of them.

:func:`corpus.speakers.describe` types a person from one mention and its appositive;
:class:`corpus.coref.ArticleSpeakers` then calls :func:`person_type` with what the rest
of the article says: the offices it gives the name elsewhere, a description outside an
appositive ("Dr Leila Farouk is a senior lecturer at ..."), a relative clause that names
no office ("Mohammed Ghrab, who was at the roundabout, told ...") or a kinship that marks
a relative. A person named with nothing of the sort stays ``official``, as before.
"""

from __future__ import annotations

import re

from corpus.appositives import KIN_OF
from corpus.referents import expertish, names_office, private_clause, private_role
from corpus.speaker_roles import OFFICE_BEFORE_ACADEMIC
from corpus.speakers import Speaker, honorifics

# what a name is said to be outside an appositive: "Dr Leila Farouk is a senior lecturer in
# Middle East politics", "Middle East politics lecturer Dr Leila Farouk"
_IS_A = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+(?P<role>[^.,;:]{3,80})")
# what a person's work is, in a verb right after the name: "teaches West Asian politics at the
# University of Kashmir", "researches displacement at ..."
_WORKS_AT = re.compile(
    r"\s+(?P<role>(?:teaches|lectures|researches|studies|directs|heads)\s+[^.;:]{2,80}?\s"
    r"(?:at|for|in)\s+(?:the\s+)?[A-Z][^.;:]{2,80})"
)
_NEXT_LINE = re.compile(r"\n(?P<role>[A-Z][^\n.]{2,120})(?=\n)")
_ROLE_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+$")
# Where an unnamed source's post-modifier starts: "an official | who asked not to be named"
POST_MODIFIER = re.compile(
    r"\s(?:who|that|familiar|close|briefed|speaking|involved|aware|with|in|at|from|for)\s"
)


def person_type(sp: Speaker, offices: list[str], described: str | None, kin: bool) -> str:
    """The type of named person ``sp`` (its role already filled in) given the titles the
    article gives the name elsewhere (``offices``), a description of it outside an
    appositive (``described``) and whether the text presents it as someone's relative."""
    kind = sp.type
    if kind != "official":
        return kind
    if sp.role and expertish(sp.role) and not OFFICE_BEFORE_ACADEMIC.search(sp.role):
        return "expert"
    if (
        sp.role
        and private_clause(sp.role)
        and not any(map(_an_office, offices))
        and not (described and names_office(described))  # "former defence minister Yoav
        # Gallant ... Gallant, who was sacked earlier this month, wrote"
    ):
        return "other"  # "Mohammed Ghrab, who was at the roundabout, told"
    if described:  # (what the article says of them elsewhere)
        if expertish(described):
            return "expert"
        if private_role(described):
            return "other"
    if (sp.role and private_role(sp.role)) or kin:
        return "other"
    return kind


def says_nothing_new(sp: Speaker, appositive: str) -> bool:
    """Whether a relative clause after a known person's name leaves their type as it was:
    '"...," said Mr Iqbal, who has not heard from other relatives' (no office, no field)."""
    return appositive.startswith(("who ", "whose ")) and sp.type == "official"


def described_around(text: str, start: int, end: int) -> str | None:
    """The description of the person named at ``text[start:end]`` in a copula after the name
    or in lower-case words right before it; None when there is neither."""
    if text.startswith(" (", end) and (close := text.find(")", end, end + 60)) > 0:
        end = close + 1  # "Dr Aroha Tawhai (Ngāti Porou) is a senior lecturer at ..."
    after = _IS_A.match(text, end) if text.startswith((" is ", " was "), end) else None
    if after:
        return after.group("role")
    work = _WORKS_AT.match(text, end) if text.startswith(" ", end) else None
    if work:
        return work.group("role")  # "Dr Shazia Maqbool teaches West Asian politics at ..."
    if text.startswith("\n", end) and (start == 0 or text[start - 1] == "\n"):
        # an expert list: the name alone on its line, the post on the next ("Dana Whitaker\n
        # Associate Professor of Political Science, Maxwell School")
        line = _NEXT_LINE.match(text, end)
        if line:
            return line.group("role")
    before = _ROLE_BEFORE_NAME.search(text, max(0, start - 40), start)
    return before.group("role") if before else None


def _an_office(title: str) -> bool:
    """Whether what the article calls a person elsewhere is an office ("prime minister"),
    not an honorific ("dr") or a relative clause ("who was at the roundabout")."""
    return title.rstrip(".") not in honorifics() and not title.startswith(("who ", "whose "))


def with_family_name(first: str, appositive: str) -> str:
    """A relative named by first name after the tie ("Emily Damari's mother, Mandy") takes
    the family's name: "Mandy Damari"; other names stay as they are."""
    kin = KIN_OF.fullmatch(appositive)
    if kin and " " in kin.group("owner"):
        return f"{first} {kin.group('owner').split()[-1]}"
    return first
