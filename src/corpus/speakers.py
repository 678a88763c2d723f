"""Speakers: who a speaker phrase names, what kind of source it is, and the speakers table.

:func:`describe` turns a speaker phrase as written ("Israeli Prime Minister
Benjamin Netanyahu", "the Hamas-run Health Ministry", "Chinese analysts") plus an
optional appositive (", a professor at Lanzhou University,") into a canonical
name, a ``speaker_type`` and a role / affiliation. The word lists it uses are
data files in ``corpus/data`` (titles, head nouns, bodies with aliases, media
outlets, expert cues), so a researcher can extend them without touching code. The
shapes it reads have modules of their own: a body's name (:mod:`corpus.body_shapes`), a
person's role, affiliation and kind (:mod:`corpus.speaker_roles`), media outlets and
their reporters (:mod:`corpus.speaker_media`).

:func:`speakers` aggregates a statements table into one row per canonical speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from corpus.bodies import (  # noqa: F401 (used by other stages)
    ACRONYM,
    DATA_OWNER,
    DATA_WORDS,
    RUN_BY,
    bodies,
    body,
    clean,
    place_references,
    short_form_of,
    state_body,
    strip_determiner,
)
from corpus.body_shapes import (
    ACRONYM_INSIDE,
    ACRONYM_TAIL,
    BASED,
    FEDERATION,
    KIND_AFTER,
    KIND_ENDS,
    ORG_LAST,
    ORG_LINK,
    ORG_WORD,
    described_body,
)
from corpus.speaker_lexicon import (  # noqa: F401 (the word lists, used by other stages)
    countries,
    data_csv,
    heads,
    honorifics,
    is_expert_text,
    is_private_text,
    places,
    portfolio_words,
    title_words,
    titles,
)
from corpus.speaker_media import CORRESPONDENT, OUTLET_COUNTS, REPORTER, media_name
from corpus.speaker_roles import (
    AGE,
    DESCRIBED_PERSON,
    LOCAL_CLERGY,
    MEDIA_ROLE,
    NAME_POST,
    OFFICE_BEFORE_ACADEMIC,
    PLACE_PERSON,
    STUDENT,
    TEACHER,
    described_kind,
    role_of,
)
from corpus.text import UPPER
from corpus.titles import (  # noqa: F401 (used by other stages)
    NAME_LINK,
    NAME_WORD,
    PERSON_NAME,
    body_before_name,
    split_title,
    strip_honorific,
    without_leading_place,
    without_post_nominals,
)

SPEAKER_COLUMNS = [
    "speaker", "speaker_type", "role", "affiliation", "aliases",
    "n_statements", "n_articles", "first_seen", "last_seen",
]  # fmt: skip

# an outlet's news service named after it, capitalised: "Channel 12 News", "Kan Radio" (not
# "Al-Masirah television": the outlet)
_NEWS_SERVICE = r"\s+(?:News|TV|Television|Radio)$"
SPEAKER_TYPES = ("expert", "official", "organization", "media", "anonymous", "other")

# Determiners that open an unnamed source ("a source", "some analysts").
DETERMINERS = frozenset({
    "the", "a", "an", "some", "other", "another", "many", "several", "one", "two",
    "three", "both", "most", "few", "all", "these", "those", "its", "their",
})  # fmt: skip
# A phrase that is only a possessive body ("Netanyahu's office", "the PM's office").
_OFFICE = re.compile(r"^(?P<owner>.+?)(?:'s|’s|'|’)\s+office$", re.IGNORECASE)


@dataclass(slots=True)
class Speaker:
    """A resolved speaker: canonical name, type, role and affiliation."""

    name: str
    type: str
    role: str | None = None
    affiliation: str | None = None
    person: bool = False  # a named human being (pronoun he/she may refer to it)


def lower_determiner(phrase: str) -> str:
    """'A source familiar with the talks' -> 'a source familiar with the talks'."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in DETERMINERS and rest or first.lower() in heads():
        # "Analysts" at the start of a sentence is the same source as "analysts"
        return " ".join(x for x in (first.lower(), rest) if x)
    return phrase


def head_type(phrase: str) -> str | None:
    """Type given by the head noun of an unnamed phrase ("some analysts" -> anonymous)."""
    words = clean(phrase).lower().split()
    # the head precedes a post-modifier: "a source familiar with the talks"
    for i, w in enumerate(words):
        if w in (
            "familiar", "with", "close", "briefed", "for", "in", "at", "from", "of", "on", "who",
            "whose",
        ):  # fmt: skip
            words = words[:i]
            break
    if not words:
        return None
    two = " ".join(words[-2:])
    return heads().get(two) or heads().get(words[-1])


def describe(phrase: str, appositive: str | None = None) -> Speaker:
    """Canonical name, type, role and affiliation of a speaker phrase as written."""
    sp = _describe(phrase, appositive)
    name = sp.name if sp.person else state_body(sp.name)
    return Speaker(name, sp.type, sp.role, sp.affiliation, sp.person)  # a fresh copy


@lru_cache(maxsize=8192)
def _describe(phrase: str, appositive: str | None) -> Speaker:
    appositive = clean(appositive) if appositive else None
    found = _describe_phrase(phrase)
    if isinstance(found, Speaker):
        return found  # the appositive plays no part
    name, role, affiliation, owner = found
    if owner:  # "Fatah's Mahmoud al-Aloul", "CBC's Adam Tessier": the person, of that body
        sp = _describe(name, appositive)
        return Speaker(sp.name, sp.type, sp.role, sp.affiliation or owner, sp.person)
    if appositive:
        role, affiliation = role_of(appositive, role)
    described = " ".join(x for x in (role, affiliation, appositive) if x)
    if STUDENT.search(described) and not TEACHER.search(described):
        kind = "other"  # "a University of Arizona graduate student": not the university's expert
    elif is_expert_text(described) and not OFFICE_BEFORE_ACADEMIC.search(described):
        kind = "expert"
    elif MEDIA_ROLE.search(described):
        kind = "media"  # "FRANCE 24's correspondent in Ashkelon, Laure Beaulieu"
    elif appositive and (is_private_text(appositive) or AGE.match(appositive.split()[0])):
        kind = "other"
    elif LOCAL_CLERGY.match(clean(phrase)) and not (
        role and set(role.lower().split()) & title_words()
    ):
        kind = "other"  # "Rabbi Aaron Weiss", "Fr Gabriel Romanelli": a congregation's own
    else:
        kind = "official"
    return Speaker(name, kind, role, affiliation, person=True)


@lru_cache(maxsize=8192)
def _describe_phrase(phrase: str) -> Speaker | tuple[str, str | None, str | None, str | None]:
    """What the phrase alone says: its speaker, or a person's (name, role, affiliation,
    owning body) for the appositive to complete (one name comes with many appositives)."""
    phrase = clean(phrase)
    bare = strip_determiner(phrase)
    known = body(bare)
    if known:
        return Speaker(known[0], known[1])
    if bare in countries():
        return Speaker(bare, "organization")  # "Oman said": the state speaks as a body
    described_after = KIND_AFTER.fullmatch(bare) if bare.endswith(KIND_ENDS) else None
    if described_after:  # "the Palestinian Prisoners' Club advocacy group": the body's name
        name = described_after.group("name") or described_after.group("short")
        found = _describe_phrase(name)
        # (a body whatever its name looks like: "Vox" is no one's surname here)
        return found if isinstance(found, Speaker) else Speaker(name, "organization")
    based = BASED.match(bare) if "-based " in bare else None
    if based and bare[based.end() : based.end() + 1].isupper():
        return _describe_phrase(bare[based.end() :])  # "the New York-based Committee to ..."
    described = described_body().fullmatch(bare) if " " in bare else None
    if described:  # "the US-based charity World Central Kitchen (WCK)": the charity's name
        name = described.group("name")
        known = body(name)
        if known:
            return Speaker(known[0], known[1])
        outlet = media_name(name)  # "the Palestinian news agency WAFA"
        return Speaker(outlet, "media") if outlet else Speaker(name, "organization")
    inside = ACRONYM_INSIDE.search(bare) if "(" in bare else None
    if inside and inside.end() < len(bare):
        # "Ministry of Health (MoH) in Gaza": the name around its short form
        return _describe_phrase(bare[: inside.start()] + bare[inside.end() :])
    acronym = ACRONYM_TAIL.match(bare) if bare.endswith(")") else None
    if acronym and media_name(acronym.group("short")) == acronym.group("short"):
        return Speaker(acronym.group("short"), "media")  # "the Palestinian News ... (WAFA)"
    if acronym and (short_form_of(acronym.group("name"), acronym.group("short"))):
        # "Médecins Sans Frontières (MSF)": a name spelled out with its acronym is a body's
        return Speaker(acronym.group("name"), "organization")
    if acronym and (ORG_WORD.search(acronym.group("name")) or FEDERATION.search(bare)):
        return _describe_phrase(acronym.group("name"))  # "Indonesian Ulema Council (MUI)"
    outlet = media_name(phrase)
    if outlet and outlet.lower() == phrase.lower():
        return Speaker(outlet, "media")
    if outlet and CORRESPONDENT.match(bare) and bare.lower().startswith(outlet.lower()):
        return Speaker(outlet, "media")  # "WAFA's correspondent reported": the outlet
    reporter = REPORTER.match(bare)
    if outlet and reporter and reporter.group("outlet").lower() == outlet.lower():
        # "Al Jazeera's Hani Mahmoud", "NPR's Anas Baba": the outlet's own reporter
        return Speaker(reporter.group("name"), "media", "correspondent", outlet, person=True)
    outlet = media_name(bare)
    if outlet and (news := re.search(rf"(?i:{re.escape(outlet)}){_NEWS_SERVICE}", bare)):
        return Speaker(news.group(), "media")  # "Israel's Channel 12 News": Channel 12 News
    ends_with_outlet = bool(outlet) and bare.lower().endswith(outlet.lower())
    tally = bare.lower().rsplit(" ", 1)[-1] in OUTLET_COUNTS  # "an AFP tally"
    if outlet and (ends_with_outlet or tally or head_type(bare) == "media"):
        return Speaker(outlet, "media")
    run = RUN_BY.fullmatch(bare) if " by " in bare else None
    if run:  # "the Health Ministry run by Hamas": the "Hamas-run Health Ministry"
        return _describe_phrase(f"{run.group('owner')}-run {run.group('body')}")
    data = DATA_OWNER.fullmatch(bare) if bare.endswith(DATA_WORDS) or " by " in bare else None
    if data:  # "according to IDF figures", "figures provided to PHRI by the IPS": their source's
        owner = data.group("owner") or data.group("by")
        found = _describe_phrase(owner)
        if isinstance(found, Speaker) and not found.person:
            return found
        if owner.isupper() and 2 <= len(owner) <= 6:
            return Speaker(owner, "organization")  # an acronym the lists do not know
    office = _OFFICE.match(bare)
    if office:
        return Speaker(bare, "organization")
    owned = _OWNER_NAME.match(bare)
    if owned and ACRONYM_TAIL.fullmatch(owned.group("name")):
        # "Israel’s Coordination of Government Activities in the Territories (COGAT)": a body
        return _describe_phrase(owned.group("name"))
    if owned and not head_type(owned.group("name")) and not ORG_WORD.search(owned.group("name")):
        return owned.group("name"), None, None, owned.group("owner")
    if lead := body_before_name(bare):
        # "(US Ambassador to the) UN Mike Waltz": the body of a cut title, then the name
        return lead[1], None, lead[0], None
    first = bare.split()[0] if bare else ""
    title, name = split_title(bare)
    named = bool(title) and name[:1].isupper() and not head_type(name)
    last = bare.split()[-1].lower() if bare else ""
    if (
        not title
        # (the head before a place: "Church leaders in Jerusalem", "Importers in Addis Abeba")
        and (
            heads().get(last) == "anonymous" or (" in " in bare and head_type(bare) == "anonymous")
        )
        and not named
    ):
        if phrase.split()[0].lower() == "the" and last in SPOKES_WORDS:
            return Speaker(bare, "official")  # an on-record office: "the IDF spokesperson"
        return Speaker(lower_determiner(phrase), "anonymous")
    particle_name = first.startswith(("al-", "el-")) and first[3:4].isupper()  # "al-Omari"
    lower_start = first[:1].islower() and not particle_name
    person = DESCRIBED_PERSON.fullmatch(bare) if lower_start else None
    post = None
    # "teacher Samah Ouda", "Jenin resident Samer Abu Hamed", "Iranian political analyst X"
    if person is not None and first in DETERMINERS:
        person = None
    if person is None and not lower_start and " " in bare:
        # (an affiliation may follow the name: "Analyst Anže Petrič of the Faculty of ...")
        post = NAME_POST.search(bare) if " of " in bare or " at " in bare else None
        person = PLACE_PERSON.fullmatch(bare, 0, post.start() if post else len(bare))
    role_words = (person.group("role") or person.group("opening").lower()) if person else ""
    # ("Middle East observer Rizal Hakim of Padjadjaran University": the body after the
    # name may say what the description alone does not)
    after = clean(post.group("aff")) if person and post else None
    kind = described_kind(f"{role_words} {after}" if after else role_words) if person else None
    if kind:
        return Speaker(strip_honorific(person.group("name")), kind, role_words, after, True)
    if not named and (phrase.split()[0].lower() in DETERMINERS or lower_start):
        # unnamed: "Chinese observers", "an Israeli official", "latest media reports"
        kind = head_type(bare) or "anonymous"
        if kind == "expert":  # "the Israeli Research Institute"
            return Speaker(bare, "expert")
        if kind == "organization":
            return Speaker(bare, "organization")
        if kind == "media":
            return Speaker(lower_determiner(phrase), "media")
        if phrase.split()[0].lower() == "the" and head_type(bare) in (None,):
            return Speaker(bare, "organization")
        return Speaker(lower_determiner(phrase), "anonymous")
    kind = head_type(bare)
    if kind in ("organization", "expert", "media") and not (title and name[:1].isupper()):
        # ("Israeli media reports": "media" is no title when no name follows it)
        return Speaker(bare, kind)
    head = bare.split(" of ", 1)[0]
    ends = (bare.split(None, 1)[0], head.rsplit(None, 1)[-1], bare.rsplit(None, 1)[-1])
    # ("Karim Nassar of the Levant Policy Centre": a person, of a body)
    person_of = head != bare and PERSON_NAME.fullmatch(head) and not ORG_WORD.search(head)
    if person_of:
        ends = ends[:2]
    if not title and (
        any(ORG_WORD.fullmatch(w) for w in ends)
        or (ORG_LAST.search(bare) and not person_of)
        or ORG_LINK.search(bare)
        or (1 < len(bare.split()) <= 3 and ends[2] in countries())
    ):
        # "Islamic Relief Worldwide", "Caritas Jerusalem", "Latin Patriarchate of Jerusalem",
        # "War on Want", "Syrian Observatory for Human Rights", "Mercy Malaysia"
        return Speaker(bare, "organization")
    if (
        kind == "anonymous"
        and not named
        and (not bare.split()[-1][:1].isupper() or bare.split()[0].lower() in heads())
    ):
        return Speaker(lower_determiner(phrase), "anonymous")
    if not title and ACRONYM.fullmatch(bare):
        return Speaker(bare, "organization")  # "MER-C said": an acronym names a body
    name = without_post_nominals(without_leading_place(strip_honorific(name)))
    role = title if title and title.lower().rstrip(".") not in honorifics() else None
    affiliation = None
    # "Rik Peeperkorn from the World Health Organization (WHO)"
    post = NAME_POST.search(name)
    if post and post.start() > 0:
        name, affiliation = name[: post.start()], clean(post.group("aff"))
    return name or bare, role, affiliation, None


SPOKES_WORDS = ("spokesperson", "spokesman", "spokeswoman")  # "the IDF spokesperson": an office
# "<Body>'s <Personal Name>"
_OWNER_NAME = re.compile(
    rf"^(?P<owner>[{UPPER}][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){{0,3}})(?:'s|’s)\s+"
    rf"(?P<name>{NAME_WORD}{NAME_LINK}{{1,3}})$"
)


_PRONOUNS = ("he", "she", "they", "it", "we", "i")


def _is_alias(mention: str) -> bool:
    """A name variant worth listing: not a pronoun, not a joint mention."""
    return mention.lower() not in _PRONOUNS and " and " not in mention


def speakers(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker: type, role, affiliation, aliases and counts."""
    if statements is None or statements.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SPEAKER_COLUMNS})
    # "Saleh al-Arouri" and "Saleh Al-Arouri" are one speaker: group names that differ only
    # in case, under the spelling used most often
    statements = statements.assign(speaker=_merge_case(statements["speaker"]))
    statements = statements[statements["speaker"].notna()]
    # whole-column group operations, not a loop over groups: a 100k-article corpus has
    # thousands of speakers
    by_speaker = statements.groupby("speaker", sort=True)
    table = pd.DataFrame(
        {
            "speaker_type": _most_common(statements, "speaker_type"),
            "role": _most_common(statements, "role"),
            "affiliation": _most_common(statements, "affiliation"),
            "aliases": _aliases(statements),
            "n_statements": by_speaker.size(),
            "n_articles": by_speaker["article_id"].nunique(),
        }
    )
    dates = pd.to_datetime(statements["published"], errors="coerce").groupby(statements["speaker"])
    table["first_seen"] = dates.min()
    table["last_seen"] = dates.max()
    table["aliases"] = table["aliases"].fillna("")
    table = table.rename_axis("speaker").reset_index()[SPEAKER_COLUMNS]
    # the column types pandas gives these values as Python lists (as a table built row by
    # row has them): missing strings are None before inference
    table = pd.DataFrame(
        {c: [None if v is None or v != v else v for v in table[c].tolist()] for c in table}
    )
    return table.sort_values(
        ["n_statements", "speaker"], ascending=[False, True], ignore_index=True
    )


def _most_common(statements: pd.DataFrame, column: str) -> pd.Series:
    """Per speaker, the most frequent value of ``column`` (the smallest on a tie, as
    ``Series.mode`` orders them); speakers with no value are missing."""
    if column not in statements:
        return pd.Series(dtype=object)
    known = statements[["speaker", column]].dropna()
    counts = known.groupby(["speaker", column], sort=False).size().rename("n").reset_index()
    counts = counts.sort_values(["speaker", "n", column], ascending=[True, False, True])
    return counts.drop_duplicates("speaker").set_index("speaker")[column]


def _aliases(statements: pd.DataFrame) -> pd.Series:
    """Per speaker, the other names it was mentioned by ("; "-joined, sorted)."""
    pairs = statements[["speaker", "speaker_mention"]].dropna().astype(str).drop_duplicates()
    keep = [
        _is_alias(mention) and mention != speaker
        for speaker, mention in zip(pairs["speaker"], pairs["speaker_mention"], strict=True)
    ]
    pairs = pairs[keep]
    return pairs.groupby("speaker")["speaker_mention"].agg(lambda m: "; ".join(sorted(m)))


def _merge_case(names: pd.Series) -> pd.Series:
    """Each name replaced by its most frequent spelling among names equal up to case."""
    counts = names.value_counts(sort=False)
    best: dict[str, tuple[int, str]] = {}
    for name, n in counts.items():
        key = str(name).casefold()
        # most statements first, then the alphabetically first spelling: deterministic
        if key not in best or (-n, str(name)) < (-best[key][0], best[key][1]):
            best[key] = (n, str(name))
    return names.map(lambda name: best[str(name).casefold()][1] if isinstance(name, str) else name)
