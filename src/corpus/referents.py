"""Words and names that refer back to a speaker: group, army and body heads, titles.

Data and small tests used by :mod:`corpus.coref` to resolve "the group", "the army",
"the ministry", "Mr. X" and titled names; kept apart so the resolver reads on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from corpus.mentions import name_chains
from corpus.phrase_words import CLAUSE_OPENERS
from corpus.short_forms import spelled_out
from corpus.speaker_lexicon import DOCUMENT_MODIFIERS, DOCUMENT_WORDS, honorifics
from corpus.speaker_roles import role_of
from corpus.speakers import (
    Speaker,
    bodies,
    body,
    countries,
    describe,
    heads,
    is_expert_text,
    is_private_text,
    titles,
)
from corpus.text import UPPER
from corpus.verbs import OUTLET_NOUNS, trie_regex

__all__ = [
    "AGED",
    "armed_group_named",
    "named_body",
    "state_named_in",
    "titled_genders",
    "NAME_THEN_PRONOUN",
    "PLACE_TITLE",
    "aged_person",
    "titled_of_place",
    "GENDERED",
    "INTRODUCING",
    "POSSESSIVE_ARMY",
    "singular_unnamed",
    "GROUP_PHRASES",
    "GROUP_WORDS",
    "BODY_WORDS",
    "MILITANT_WORDS",
    "ARMY_WORDS",
    "ARMY_NAMES",
    "GENERIC_MODIFIERS",
    "armed_groups",
    "BODY_HEADS",
    "HEAD_NAMES",
    "CHARITY_HEADS",
    "COMPANY_HEADS",
    "charity_meant",
    "body_pattern",
    "title_end",
    "title_affiliation",
    "private_role",
    "expertish",
    "institution_like",
    "honorific",
    "last_distinct",
    "plain_honorific",
]

# the bodies that spoke together last: "MAP, Christian Aid and ActionAid UK warned ... the
# organisations stressed"
GROUP_PHRASES = frozenset(
    {"the organisations", "the organizations", "the charities", "the groups", "the agencies",
     "the ngos", "the three organisations", "the three organizations", "the three charities",
     "the institutions", "the bodies"}
)  # fmt: skip
# "Mr. Laerke", "Ms. Etefa": the honorific tells which pronoun may stand for the person.
# (The pattern starts with a literal "M": the engine jumps between capitals M.)
GENDERED = re.compile(rf"M(?<![\w]M)(?P<title>rs|r|s|iss)\.?\s+(?P<name>[{UPPER}][\w’'-]+)")
# "China's foreign minister", "Saudi Arabia's crown prince": a place's office holder
PLACE_TITLE = re.compile(
    rf"(?P<place>[{UPPER}][\w.-]*(?: [{UPPER}][\w.-]*)?)['’]s (?P<title>[a-z][a-z -]+)"
)

# "Samah Abu Daqqa was asleep in her tent": the pronoun of the clause after a name
NAME_THEN_PRONOUN = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]+)\s+(?:was|is|had|has)\b[^.;\"“”]{{0,60}}?\b(?P<pron>her|his|she|he)\b"
)

# "the 34-year-old told +972"
# ("the 85-year-old from kibbutz nir oz": where the person is from may follow)
AGED = re.compile(r"the \d{1,3}-year-old(?: (?:from|of) [\w' -]{2,40})?")
# An appositive that introduces a person: "a father of four", "the head of ...", "head of".
INTRODUCING = re.compile(r"(?:an?|the|head|director|chief|senior|former)\s")
POSSESSIVE_ARMY = re.compile(r"(?:['’]s)?\s+(?:army|military|armed forces)\b")


def singular_unnamed(sp: Speaker) -> bool:
    """'a doctor who asked not to be named': one unnamed person 'he' or 'she' may point to."""
    words = sp.name.lower().split()
    return sp.type == "anonymous" and words[0] in ("a", "an", "one") and len(words) > 1


# "the group", "the movement": a body that is a group (see armed_groups.txt).
GROUP_WORDS = ("group", "movement", "militants", "faction", "party")
# "the terrorist organization", "the militant organisation": an armed group too
BODY_WORDS = ("organization", "organisation")
MILITANT_WORDS = frozenset({"terrorist", "terror", "militant", "armed", "islamist", "jihadist"})
# "the army" / "the military" / "the IDF" name one force; words in its names.
ARMY_WORDS = ("army", "military", "forces")
ARMY_NAMES = ("army", "military", "forces", "idf")
# Modifiers that do not set a body apart ("the same ministry", "the country's army").
GENERIC_MODIFIERS = (
    "same", "country's", "nation's", "israeli", "israel's", "two", "three", "both", "other",
)  # fmt: skip


@lru_cache(maxsize=1)
def armed_groups() -> frozenset[str]:
    """Canonical names of groups that "the group" / "the movement" may refer to."""
    from corpus.speaker_lexicon import data_lines

    return frozenset(data_lines("armed_groups.txt"))


# Heads of a body that "the <head>" may point back to by name ("the army").
BODY_HEADS = (
    "army", "military", "ministry", "agency", "foundation", "commission", "office", "hospital",
    # "the festival said" -> "Cairo International Film Festival", "the central bank said" ->
    # "Bank of Israel", "the federation" -> "Palestinian Football Federation"
    "festival", "association", "federation", "council", "committee", "museum", "bank", "court",
)  # fmt: skip
# what a body's name may end in for "the <head>" ("the hospital" -> "Sheba Medical Center")
HEAD_NAMES = {
    "hospital": "hospital|medical cent(?:er|re)|medical complex",
    "bank": r"bank\s+of\s+[A-Z][\w'’-]+|bank",
    "organisation": "organi[sz]ation",
    "organization": "organi[sz]ation",
}
# what a body may be called once its name was given: "World Central Kitchen (WCK) ... the charity"
CHARITY_HEADS = ("organisation", "organization", "charity", "agency", "ngo", "foundation")
# "Starbucks sued the union. The company said ...", "the coffee chain", "the ice-cream
# brand": the company that spoke last
COMPANY_HEADS = ("company", "firm", "chain", "brand", "retailer", "franchisee", "airline",
                 "carrier", "insurer", "manufacturer", "maker", "giant", "conglomerate",
                 "multinational", "startup", "supplier", "contractor", "broker",
                 "brokerage", "reinsurer", "lender", "consultancy")  # fmt: skip


@lru_cache(maxsize=1)
def body_pattern() -> re.Pattern[str]:
    """Any known body by one of its names (case as written: "Israel", "Hamas", "UNICEF")."""
    names = sorted(a for a in bodies() if a[:1].isalpha())  # (lower-case keys)
    return re.compile(r"(?<![\w-])(?:" + trie_regex(names) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def title_end() -> re.Pattern[str]:
    """The longest title at the end of a phrase ("the israeli prime minister")."""
    return re.compile(rf"\b(?:{trie_regex(sorted(titles()))})$")


def title_affiliation(title: str) -> str | None:
    return role_of(title)[1]


def private_role(role: str) -> bool:
    return is_private_text(role) or role[:1].isdecimal()  # (re.match(r"\d", role))


def private_clause(role: str) -> bool:
    """Whether a relative clause is all the text says of a person, and names no office:
    "who was at the roundabout", "who co-founded Tawe Aid" (not "who heads the agency")."""
    return role.startswith(("who ", "whose ")) and not _OFFICE_IN_CLAUSE.search(role)


# what a relative clause says of an office-holder: "who heads the agency", "who serves as
# the bloc's envoy", "who leads the Hamas delegation"; a clause with none of it introduces
# a private person ("who was at the roundabout", "who co-founded Tawe Aid")
_OFFICE_IN_CLAUSE = re.compile(
    r"\b(?:heads?|headed|chairs?|chaired|directs?|runs?|ran|represents?|represented|serves?|"
    r"served|minister|ministry|spokes\w+|official|officer|director|chief|president|"
    r"ambassador|envoy|commander|general|secretary|mp|senator|lawmaker|mayor|governor|"
    r"negotiator|delegation|government|agency|army|military|police|party|parliament|"
    r"representative|coordinat\w+|association|council|committee|union|ministers?|"
    # an elected member's seat: "whose district includes part of Dearborn"
    r"district|constituency|riding|electorate)\b",
    re.IGNORECASE,
)


def names_office(text: str) -> bool:
    """Whether a description names an office: "former defence minister", "the bloc's envoy"."""
    return _OFFICE_IN_CLAUSE.search(text) is not None


expertish = is_expert_text


def institution_like(name: str) -> bool:
    """'Washington Institute for Near East Policy': a capitalised run that names no person."""
    return expertish(name) or any(
        w.lower() in heads() or w.lower() in _FIELD_WORDS for w in name.split()
    )


# words of a body's or a field's name, never of a person's: "... Law and Human Rights"
_FIELD_WORDS = frozenset({"rights", "affairs", "studies", "relations", "policy", "humanitarian"})


def aged_person(text: str, people: list, age: str, position: int) -> str | None:
    """Who "the 52-year-old" at ``position`` is, of ``people`` ((position, full name, title)
    of each person the text names): the one named with that age ("Umm Ahmad Lubbad, 52,"),
    else the one who opens the paragraph ("Samah Abu Daqqa was asleep ...")."""
    for pos, full, _ in reversed(people):
        if pos < position and text.startswith(f"{full}, {age}", pos):
            return full
    opening = text.rfind("\n", 0, position) + 1
    return next((full for pos, full, _ in people if pos == opening), None)


def titled_of_place(titled: list, place: str, title: str, position: int) -> tuple | None:
    """(name, "official", title) of the person named before ``position`` with ``title`` of
    ``place`` (``titled``: (position, title, name) of each titled name): "Chinese Foreign
    Minister Wang Yi" for "China's foreign minister" (a place and its adjective share
    their first four letters: China / Chinese, Israel / Israeli)."""
    stem, title = place[:4].lower(), title.lower()
    for pos, t, full in reversed(titled):
        if pos < position and stem in t and _without_honorifics(t).endswith(title):
            return full, "official", t
    return None


def _without_honorifics(title: str) -> str:
    """ "qatari prime minister sheikh" -> "qatari prime minister": the honorific before the
    name is no part of the office."""
    words = title.split()
    while len(words) > 1 and words[-1].rstrip(".") in honorifics():
        words.pop()
    return " ".join(words)


def titled_genders(text: str) -> dict[str, str]:
    """Surname -> "m" / "f" from "Mr. Laerke", "Ms. Etefa" ("Mrs." wins over an earlier "Mr.")."""
    gender: dict[str, str] = {}
    for m in GENDERED.finditer(text):
        female = m.group("title") != "r"
        if m.group("title") == "rs" or m.group("name") not in gender:
            gender[m.group("name")] = "f" if female else "m"
    return gender


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


def state_named_in(text: str, start: int, end: int) -> str | None:
    """The first state ``text[start:end]`` names: whose "its military" a sentence means
    ("Israel has withdrawn most of its ground forces ..., its military said")."""
    for m in _CAPITALISED_RUN.finditer(text, start, end):
        if m.group() in countries():
            return m.group()
    return None


def named_body(text: str, head: str, position: int, acronyms: dict[str, str]) -> Speaker | None:
    """The body "the army", "the ministry" or "the agency" (``head``) at ``position`` means:
    the nearest earlier capitalised name that ends in it ("Israeli army", "Health
    Ministry"), or the whole name an acronym spelled out (``acronyms``: short -> full) when
    that name holds it ("the UN Relief and Works Agency ... (UNRWA)")."""
    names = HEAD_NAMES.get(head, head)
    pattern = re.compile(rf"(?:[{UPPER}][\w’'-]*[ ]+){{1,4}}(?i:{names})\b")  # one line only
    best = None
    for m in pattern.finditer(text, 0, position):
        phrase = m.group()
        while phrase and not phrase[:1].isupper():
            phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
        if phrase.startswith(("The ", "A ", "An ")) and phrase.count(" ") == 1:
            continue  # "The army had analysed ...": the head alone, no name
        if phrase and phrase.split()[0] not in CLAUSE_OPENERS:
            best = phrase
    if best is None:
        return None
    for short, full in acronyms.items():
        if best in full:
            return spelled_out(short, acronyms)
    sp = describe(best)
    return sp if sp.type == "organization" else None


def armed_group_named(text: str, start: int, end: int) -> Speaker | None:
    """The last armed group (``armed_groups``) that ``text[start:end]`` names."""
    last = None
    for m in body_pattern().finditer(text, start, end):
        known = body(m.group())
        if known and known[0] in armed_groups():
            last = m.group()
    return describe(last) if last else None


def charity_meant(
    head: str, position: int, defined: list[tuple[int, str]], history: list[Speaker]
) -> Speaker | None:
    """Who "the organisation" or "the charity" (``head``) at ``position`` is: the body the
    article last spelled out with its acronym (``defined``: (position, full name)), else,
    for "the charity" or "the NGO", the last body that spoke (``history``)."""
    named = [full for pos, full in defined if pos < position]
    if named:
        known = body(named[-1])
        return Speaker(known[0], known[1]) if known else Speaker(named[-1], "organization")
    if head in ("charity", "ngo"):
        return next(
            (sp for sp in reversed(history) if not sp.person and sp.type == "organization"), None
        )
    return None


# -- patterns the article resolver (corpus.coref) reads speaker phrases with ----------------

# "I met Yehuda Cohen. His son Nimrod ...": a relative of someone, a private person.
KIN_NEXT = re.compile(
    r"[^.!?\n]{0,40}[.!?]\s+(?:His|Her)\s+(?:son|daughter|sons|daughters|wife|husband|brother|"
    r"sister|mother|father|child|children|family)\b"
)
KIN_WORDS = re.compile(r"H(?:is|er) ")  # "His son", "Her daughter": see KIN_NEXT
# "whose brother Nadav Shemesh was abducted", "his son, Yonatan Sela,", "brother of hostage
# Nadav Shemesh": a relative spoken of
_KIN = (
    r"(?:son|daughter|wife|husband|brother|sister|mother|father|child|cousin|nephew|niece|"
    r"uncle|aunt|grandson|granddaughter|grandfather|grandmother|fianc[eé]e?|partner)"
)
KIN_BEFORE = re.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur)\s+(?:\w+\s+)?{_KIN},?\s+|"
    rf"{_KIN}\s+of\s+(?:the\s+)?(?:\w+\s+)?)$"
)
OFFICE = re.compile(r"^(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+office$", re.IGNORECASE)
OFFICE_OF = re.compile(r"^(?:the\s+)?office\s+of\s+(?P<owner>(?:the\s+)?[A-Z].+)$", re.IGNORECASE)
# Definite descriptions that point back to a speaker of a given kind.
EXPERT_WORDS = ("expert", "analyst", "scholar", "professor", "researcher", "academic")
PERSON_WORDS = ("chief", "leader", "man", "woman", "diplomat", "envoy", "president", "minister")
# "the two governments", "both countries", "the two institutions": a pair of bodies named
# just before
PAIR_HEADS = frozenset(
    {"governments", "countries", "nations", "states", "sides", "allies", "institutions",
     "organisations", "organizations", "groups", "agencies", "ministries", "movements",
     "factions", "committees", "mediators", "guarantors"}
)  # fmt: skip
HOW_MANY = {"two": 2, "three": 3, "four": 4, "both": 2}
# "X had a phone call with his counterpart Y, and the two ministers stressed ...": the
# people named last
PEOPLE_PAIR_HEADS = frozenset(
    {"ministers", "leaders", "presidents", "premiers", "officials", "diplomats", "envoys",
     "men", "women"}
)  # fmt: skip


# a state the sentence named, by a pronoun or a description: "its military", "the Gulf
# state's foreign ministry", "the kingdom's foreign ministry"
STATE_REFERENCE = re.compile(
    r"(?:its|the\s+(?:Gulf\s+state|Gulf\s+emirate|country|kingdom|emirate)['’]s)\s+(?P<rest>.+)",
    re.IGNORECASE,
)
# the object forms "according to" takes, as the subject forms the resolver knows
# (and the possessives of "In her view, ...": the view's holder)
OBJECT_PRONOUNS = {
    "him": "he",
    "her": "she",
    "them": "they",
    "his": "he",
    "their": "they",
    "its": "it",
}
# the owner of a document: "according to its latest report" (the body named before)
OWNER_PRONOUNS = {"its": "it", "their": "they"}
# a body's or a person's own channel on a platform: "Fatah's official Facebook page",
# "the military's official account", "Israel's official X account"; a paper's editorial
# ("The London-based daily's editorial says")
OWNED_ACCOUNT = re.compile(
    r"(?P<owner>(?:the\s+)?\S.*?)['’]s\s+(?:official\s+)?(?:[A-Z]\w*\s+)?"
    r"(?:account|page|channel|feed|handle|editorial)"
)
OWNED_DOCUMENT = re.compile(rf"(?P<owner>its|their)\s+{DOCUMENT_MODIFIERS}{DOCUMENT_WORDS}\b")


def named_charity(text: str, position: int) -> Speaker | None:
    """The last capitalised name of a non-state body in the ~600 characters before
    ``position``: what "the charity" refers back to ("... a World Central Kitchen vehicle
    hit ... . The charity says")."""
    start = max(0, position - 600)
    for a, _b, chain in reversed(name_chains(text[start:position])):
        sp = describe(chain)
        if not sp.person and sp.type == "organization" and not body(chain):
            return sp
        if a == 0:
            break
    return None


# owners that a body's own name after them makes redundant ("the group's Humanitarian
# Operations Coordination Center")
GENERIC_OWNERS = frozenset(
    {"group", "movement", "army", "military", "ministry", "agency", "organization",
     "organisation", "government", "militia", "party", "company", "union", "bloc"}
)  # fmt: skip

# Nouns by which a text points back to an outlet it named: "The French daily calls the
# plan ...", "The paper also reports ...", "the editorial concludes" (press reviews).
OUTLET_HEADS = frozenset({*OUTLET_NOUNS, "editorial"})

# what a story calls a person it has named, in "the peace activist said", "the baker added"
# (not a source's kind: "the official", "the diplomat" are sources of their own)
DESCRIPTION_HEADS = frozenset(
    {"activist", "baker", "gp", "campaigner", "organiser", "organizer", "caregiver",
     "grandmother", "grandfather", "great-grandmother", "widow", "businessman",
     "businesswoman", "shopkeeper", "farmer", "pharmacist", "physician", "surgeon",
     "lecturer", "academic", "professor", "scholar", "mother", "father",
     "economist", "specialist", "strategist", "consultant", "grower", "villager", "evacuee",
     "returnee", "passenger", "traveller", "traveler", "shopper", "consumer", "customer",
     "listener", "viewer", "mourner", "demonstrator", "commenter", "artist", "musician",
     "actor", "athlete"}
)  # fmt: skip

# a body's work, after the body's name: "Gisha's analysis of figures"
OWNERS_WORK = re.compile(
    r"(?P<owner>[A-Z](?:[^'’]|['’](?!s\s)){1,60})['’]s\s+(?:(?:own|latest|preliminary|new|initial|monthly|"
    r"weekly|daily|annual)\s+)*(?P<what>analysis|report|data|figures|count|tally|survey|"
    r"assessment|estimates?|records|documentation)\b"
    r"(?:\s+(?:of|on|in|from)\s+.{1,60})?$"
)

# honorifics that say nothing of what a person does (not ranks: "MG Yaniv Asor, who ...")
PLAIN_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof"})


def honorific(title: str) -> bool:
    """ "Dr", "Ms.", "Gen.": a title that says nothing of the office."""
    return title.lower().rstrip(".") in honorifics()


def plain_honorific(title: str) -> bool:
    """ "Dr", "Ms.": an honorific that says nothing of what the person does (not a rank)."""
    return title.lower().rstrip(".") in PLAIN_HONORIFICS


def last_distinct(mentions: Iterable[tuple[str, Speaker]], n: int) -> list[Speaker]:
    """The speakers of the last ``n`` different keys among ``(key, speaker)`` mentions in
    text order; [] when fewer than ``n`` differ."""
    named: dict[str, Speaker] = {}  # in order of their last mention
    for key, sp in mentions:
        named.pop(key, None)
        named[key] = sp
    found = list(named.values())
    return found[-n:] if len(found) >= n else []
