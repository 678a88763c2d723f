"""Offices named before their holders: "Qatar's prime minister said ..." then the name.

:func:`name_forward_references` runs over an article's finished statement rows and
gives a statement by an office ("the Egyptian president") the name of the person
the next statements reveal as its holder; :func:`name_described_people` does the same
for a person described before being named ("A Leicester baker says ..." then "Fares
Jaber, 34, who runs a bakery, said ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from corpus.referents import OFFICE, OFFICE_OF, title_end
from corpus.speakers import (
    Speaker,
    body,
    clean,
    honorifics,
    is_expert_text,
    split_title,
    titles,
)

# An office named without its holder: "Qatar's prime minister", "the Egyptian president".
_OFFICE_ONLY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.’'-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<title>[a-z][\w -]*)$",
    re.IGNORECASE,
)
# Offices held by many people at once: never one named person further on.
_PLURAL_OFFICES = ("official", "officials", "member", "members", "lawmaker", "aide", "deputy")


def name_forward_references(text: str, rows: list[dict], window: int = 3) -> None:
    """Give an office named before its holder the holder's name, in place.

    News leads often write "Qatar's prime minister said ..." and name him only in
    the next paragraph ("Sheikh Mohammed bin Abdulrahman Al Thani told ...").
    When one of the next ``window`` statements is by a named person with no
    title of their own whom the text has not named before the office, the office
    statement is theirs.
    """
    for i, row in enumerate(rows):
        if not _office_only(row):
            continue
        for later in rows[i + 1 : i + 1 + window]:
            name = later["speaker"]
            role = (later["role"] or "").lower().rstrip(".")
            if later["speaker_type"] not in ("official", "other") or (
                role and role not in honorifics()
            ):
                continue
            if len(name.split()) < 2 or text.find(name) < row["char_end"]:
                continue
            office = row["speaker"]
            for r in rows[i:]:
                # (and the office's later mentions: "The first minister added ...")
                if r["speaker"] == office:
                    r.update(speaker=name, speaker_type="official", role=r["speaker_mention"],
                             affiliation=later["affiliation"])  # fmt: skip
            break


def _office_only(row: dict) -> bool:
    if row["speaker_type"] not in ("anonymous", "official"):
        return False
    return _office_mention(row["speaker_mention"] or "", row["speaker"])


@lru_cache(maxsize=4096)  # the same mentions come back in every article
def _office_mention(written: str, speaker: str) -> bool:
    """Whether a mention names an office without its holder ("Qatar's prime minister")."""
    mention = clean(written)
    m = _OFFICE_ONLY.match(mention)
    if not m:
        return False
    if mention.split()[0].lower() in ("a", "an", "some", "two", "three", "several"):
        return False
    hit = title_end().search(mention.lower())
    return (
        bool(hit)
        and hit.group() not in _PLURAL_OFFICES
        and clean(speaker).lower()
        in (
            mention.lower(),
            strip_the(mention).lower(),
        )
    )


def strip_the(phrase: str) -> str:
    return re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)


def office_speaker(
    phrase: str,
    position: int,
    definite: Callable[[list[str], int], Speaker | None],
    full_name: Callable[[str], tuple[str, str | None]],
) -> Speaker | None:
    """The speaker of a phrase that names an office ("the prime minister's office", "the
    Office of the High Commissioner", "Netanyahu's office"), or None when it names none.
    ``definite`` and ``full_name`` are the article resolver's: who a title and a name
    written in part stand for."""
    low = phrase.lower()
    office = OFFICE.match(phrase) if phrase[-2:].lower() == "ce" else None
    if office is None and "office of " in low:  # "the office of President Mahmoud Abbas"
        office = OFFICE_OF.match(phrase)
    if office is None:
        return None
    owner = clean(re.sub(r"^the\s+", "", office.group("owner"), flags=re.I))
    # ("the prime minister's office" is whose office the article says, below)
    known = body(phrase) if not owner[:1].islower() else None
    if known:  # "the UN human rights office", "the Office of the High Commissioner ...": a body
        return Speaker(known[0], known[1])
    if owner[:1].isupper() and owner.lower() in titles():
        # "the Prime Minister's Office": the office by its own name, as written
        return Speaker(re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE), "organization")
    rest = owner.partition(" ")[2]  # "Israeli prime minister": a demonym, a title
    titled = owner if owner[:1].islower() else rest if rest.lower() in titles() else ""
    if titled:
        # "the prime minister's office": whose, when the article named them
        holder = definite(titled.split(), position)
        title = titled.lower().removeprefix("the ")
        if holder is not None and holder.person and title in (holder.role or "").lower():
            owner = holder.name  # the one the article named with that title
        return Speaker(f"{owner}'s office", "organization")
    _title, owner_name = split_title(owner)
    full, _ = full_name(owner_name)
    return Speaker(f"{full}'s office", "organization")


# What a described person is: the head noun of "a Leicester baker", "a GP whose sister ...",
# "a University of Michigan expert on Middle East security" (data: extend freely).
DESCRIBED_PEOPLE = (
    "expert", "researcher", "analyst", "professor", "scholar", "academic", "lecturer",
    "specialist", "economist", "strategist", "consultant", "baker", "gp", "doctor",
    "surgeon", "physician", "nurse", "mother", "father", "resident", "student", "teacher", "shopkeeper", "farmer", "caregiver",
    "worker", "engineer", "pharmacist", "businessman", "businesswoman", "grandmother",
    "grandfather", "widow", "survivor", "volunteer", "fisherman", "driver", "activist",
    "organiser", "organizer", "campaigner", "journalist", "photographer",
    # ("A Penparcau man whose brother ...", "A Stockton mum whose aunt ...")
    "man", "woman", "mum", "mom", "dad", "son", "daughter", "brother", "sister", "uncle",
    "aunt", "cousin", "medic", "paramedic", "trader", "refugee", "owner", "chef",
)  # fmt: skip
# ... but not a source who keeps their name back
_KEPT_UNNAMED = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|unnamed|declined\s+to\s+give|"
    r"gave\s+(?:her|his|their)\s+(?:first\s+)?names?)\b",
    re.IGNORECASE,
)
_DESCRIBED_WINDOW = 3  # statements after the description that may name the person
_DESCRIBED_REACH = 800  # characters after the description within which the name is first given


def name_described_people(text: str, rows: list[dict]) -> None:
    """Give a statement by a person described first ("A Leicester baker says ...") the name
    of the person the next statements name for the first time, in place."""
    renamed: set[int] = set()  # rows whose description got a name here
    for i, row in enumerate(rows):
        described = row["speaker"] or ""
        if (
            row["speaker_type"] != "anonymous"
            or not _described_person(described)
            or _KEPT_UNNAMED.search(row["text"])  # "A doctor ..., who asked not to be named,"
        ):
            continue
        same_body = _by_institution(described, rows[i + 1 :])
        for later in same_body or rows[i + 1 : i + 1 + _DESCRIBED_WINDOW]:
            name = later["speaker"]
            role = (later["role"] or "").lower().rstrip(".")
            if len(name.split()) < 2 or not (
                later["speaker_type"] in ("expert", "other")
                or (
                    later["speaker_type"] == "official"
                    # (an official of a body is no described person: "UN Mike Waltz")
                    and not later["affiliation"]
                    # (a relative clause, "who runs a bakery", not "WHO Director-General")
                    and (
                        not role or role in honorifics() or (later["role"] or "").startswith("who ")
                    )
                )
            ):
                continue
            if not _may_be_described(described, later["role"] or ""):
                continue  # "A 34-year-old nurse ... told" is not "Dr X, a lecturer in law"
            # (a photo caption may name the person before the description: "Khaled Nasser
            # outside his home", then "A Gillingham father says ...")
            first = text.find(name, row["char_start"])
            # (a person a headline or lead described first may be described again: "A taxi
            # driver from Gillingham says ...", "A Gillingham father says ...")
            spoke = any(r["speaker"] == name and j not in renamed for j, r in enumerate(rows[:i]))
            near = row["char_start"] <= first <= row["char_end"] + _DESCRIBED_REACH
            if spoke or not (near or same_body):
                continue  # spoke before the description, or named far after it: someone else
            kind = _described_type(described, later["speaker_type"])
            for j, r in enumerate(rows[i:], start=i):
                if r["speaker"] == described:
                    r.update(speaker=name, speaker_type=kind, role=later["role"])
                    renamed.add(j)
                elif r["speaker"] == name:
                    r["speaker_type"] = kind  # one person, one type
            break


def _by_institution(described: str, later: list[dict]) -> list[dict]:
    """The first later statement by a named person of the institution a description
    names, however far: "A Bangor University expert warns ..." in a standfirst, then "Dr
    Huw Ellis-Jones, a senior lecturer ... at Bangor University, said" (else [])."""
    found = _INSTITUTION.search(described)
    if found is None:
        return []
    body = found.group()
    for row in later:
        about = f"{row['role'] or ''} {row['affiliation'] or ''}"
        if row["speaker_type"] == "expert" and " " in (row["speaker"] or "") and body in about:
            return [row]
    return []


# an institution named in a description: "A Bangor University expert", "a King's College
# London researcher"
_INSTITUTION = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:University|College|Institute|Centre|Center)\b"
    r"|\bUniversity\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)


def _described_type(described: str, named: str) -> str:
    """The type of a person described first: what the description says ("a University of
    Michigan expert", "A Penparcau man") when the name alone said nothing (``named``, the
    type the name got, is "official" for a bare name)."""
    if named != "official":
        return named
    return "expert" if is_expert_text(" ".join(_head_words(described))) else "other"


# Kinds of described people that one person may be called by: a nurse is no lecturer
# (other heads, "man", "resident", "survivor", fit any named person)
_PERSON_KINDS = (
    frozenset({"expert", "researcher", "analyst", "professor", "scholar", "academic",
               "lecturer", "specialist", "economist", "strategist"}),
    frozenset({"gp", "doctor", "surgeon", "physician", "nurse", "medic", "paramedic",
               "pharmacist"}),
    frozenset({"baker", "shopkeeper", "farmer", "trader", "chef", "fisherman", "driver",
               "engineer", "teacher", "student", "journalist", "photographer"}),
)  # fmt: skip


def _may_be_described(described: str, role: str) -> bool:
    """Whether a named person with ``role`` may be the one ``described`` first: their
    head words are not of two different kinds."""

    def kinds(words: list[str]) -> set[int]:
        return {i for i, kind in enumerate(_PERSON_KINDS) for w in words if w in kind}

    first = kinds(_head_words(described))
    later = kinds([w.strip(".,") for w in role.lower().split()])
    return not (first and later and not first & later)


def _described_person(mention: str) -> bool:
    low = mention.lower()
    if not low.startswith(("a ", "an ")) or _KEPT_UNNAMED.search(low):
        return False
    return any(word in DESCRIBED_PEOPLE for word in _head_words(mention))


_POST_MODIFIER = re.compile(r"\s(?:who|whose|from|in|at|with|on|of)\s")


def _head_words(mention: str) -> list[str]:
    """The words of a description before its post-modifier, without the article: "A
    Penparcau man whose brother ..." -> ["penparcau", "man"]."""
    return _POST_MODIFIER.split(mention.lower(), maxsplit=1)[0].split()[1:]
