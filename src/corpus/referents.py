"""Words and names that refer back to a speaker: group, army and body heads, titles.

Data and small tests used by :mod:`corpus.coref` to resolve "the group", "the army",
"the ministry", "Mr. X" and titled names; kept apart so the resolver reads on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.bodies import in_order, initials
from corpus.mentions import name_chains
from corpus.phrases import CLAUSE_OPENERS
from corpus.speaker_lexicon import DOCUMENT_MODIFIERS, DOCUMENT_WORDS, honorifics
from corpus.speakers import (
    Speaker,
    bodies,
    body,
    countries,
    describe,
    heads,
    is_expert_text,
    is_private_text,
    role_of,
    titles,
)
from corpus.text import UPPER
from corpus.verbs import OUTLET_NOUNS, trie_regex

__all__ = [
    "AGED",
    "armed_group_named",
    "named_body",
    "named_with_short_form",
    "state_named_in",
    "spelled_out",
    "titled_genders",
    "NAME_THEN_PRONOUN",
    "PLACE_TITLE",
    "aged_person",
    "titled_of_place",
    "defined_acronyms",
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
    "festival", "association", "federation", "council", "committee", "museum", "bank",
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
                 "multinational", "startup", "supplier", "contractor")  # fmt: skip


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


# "World Central Kitchen (WCK)", "the Turkish Red Crescent (Kizilay)"
_ACRONYM_DEFINED = re.compile(
    # (a name may wrap onto the next line, never across a blank line: "Comments\n\nThe Ghana
    # Journalists Association (GJA)" is no name of four words)
    rf"(?P<full>[{UPPER}][\w&'’-]+(?:(?:[ \t]+|[ \t]*\n(?!\s*\n)[ \t]*)"
    rf"(?:of|for|the|and|&|to|in|on|du|de|des|la|le|[{UPPER}][\w&'’-]+))"
    r"{1,11})"
    # (a country code may follow the short form: "Doctors of the World UK (DOTW UK)")
    r"\s+\((?P<short>[A-Z][A-Za-z]{1,9}(?: [A-Z]{2,3})?)\)"
)
_OWNER = re.compile(rf"[{UPPER}][\w-]*['’]s\s+")  # a state that owns the body: "Israel's"
_IN_PLACE = re.compile(rf" (in [{UPPER}][\w’'-]+)\b")
_BRACKETED_SHORT = re.compile(r"\([A-Z][A-Za-z]{1,9}(?: [A-Z]{2,3})?\)")  # (how each ends)


def defined_acronyms(text: str) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """Acronyms ``text`` defines, short -> full name ("the World Central Kitchen (WCK)"),
    and (position, full name) of each definition."""
    found: dict[str, str] = {}
    defined: list[tuple[int, str]] = []
    # (the short form in brackets is rare and quick to find; the whole pattern is slow)
    if "(" not in text or not _BRACKETED_SHORT.search(text):
        return found, defined
    for m in _ACRONYM_DEFINED.finditer(text):
        full, short = m.group("full"), m.group("short")
        if full.startswith("The "):  # "The Norwegian Refugee Council (NRC)"
            full = full[4:]
        owner = _OWNER.match(full)
        if owner and short[0] != full[0]:  # "Israel's Coordination of ... (COGAT)"
            full = full[owner.end() :]
        letters = initials(full)
        if short != letters and short[0] != full[0] and short.isupper() and not body(short):
            # "the UN-backed Integrated Food Security Phase Classification (IPC)": the name
            # starts at the word its short form's first letter stands for
            full = _from_initial(full, short)
        # an acronym of the name, or a second name ("Turkish Red Crescent (Kizilay)")
        if full and (short == letters or short[0] == full[0] or not short.isupper()):
            # "the Ministry of Health (MoH) in Gaza": the place belongs to the name
            place = _IN_PLACE.match(text, m.end())
            full = f"{full} {place.group(1)}" if place else full
            found.setdefault(short, full)
            defined.append((m.start(), full))
    return found, defined


def _from_initial(full: str, short: str) -> str:
    """The end of ``full`` from the first word, after its first, that starts with the short
    form's first letter ("" if none)."""
    words = full.split()
    return next((" ".join(words[i:]) for i in range(1, len(words)) if words[i][0] == short[0]), "")


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


def spelled_out(phrase: str, defined: dict[str, str]) -> Speaker | None:
    """The body an acronym stands for when the article spelled it out: "World Central
    Kitchen (WCK)" ... "WCK said" (and "the Ministry of Health (MoH) in Gaza" is all its
    name). ``defined``: acronym -> full name, as :func:`defined_acronyms` finds them."""
    if not defined:
        return None
    short = phrase[4:] if phrase[:4].lower() == "the " else phrase  # "the MoH said"
    placed = [f for f in defined.values() if f.startswith(f"{short} in ")]
    if not placed and not (len(short) <= 10 and short in defined):
        return None
    full = placed[0] if placed else defined[short]
    known = body(full)
    return Speaker(known[0], known[1]) if known else Speaker(full, "organization")


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


def state_named_in(text: str, start: int, end: int) -> str | None:
    """The first state ``text[start:end]`` names: whose "its military" a sentence means
    ("Israel has withdrawn most of its ground forces ..., its military said")."""
    for m in _CAPITALISED_RUN.finditer(text, start, end):
        if m.group() in countries():
            return m.group()
    return None


# a name's short form in brackets after it: "(CPJ)", "(HI)", "(COGAT)"
_SHORT_FORM = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z&]{1,9})\)$")
# capitalised words and the small words between them, up to where the short form opens
_NAME_WORDS = re.compile(
    rf"(?:[{UPPER}][\w&'’.-]*\s+(?:(?:of|for|the|and|&|to|on|in|at|de|du|des|la|le|al)\s+)*)*"
    rf"[{UPPER}][\w&'’.-]*$"
)


_QUOTED_NAME = re.compile(rf"[\"“](?P<name>[{UPPER}][^\"“”]{{3,80}})[\"”]\s$")
_OWNER_BEFORE = re.compile(rf"(?:[Tt]he\s+)?(?:[{UPPER}][\w-]*['’]s\s+)?")


def named_with_short_form(text: str, u0: int, np: tuple[int, int]) -> tuple[int, int]:
    """A body named with its short form in brackets ("The Committee to Protect Journalists
    (CPJ)", "Israel's Coordination of Government Activities in the Territories (COGAT)"):
    the whole name with its short form, from the word the short form's first letter stands
    for (:func:`corpus.speakers.describe` makes a body of it). Other phrases are returned
    as they are."""
    if text[np[0] : np[0] + 1] == "(" and (quoted := _QUOTED_NAME.search(text, u0, np[0])):
        # 'the Houthi-run "Humanitarian Operations Coordination Center" (HOCC)': the name
        # in quotes before its short form
        return quoted.span("name")
    if text[np[1] - 1 : np[1]] == ")":
        short = _SHORT_FORM.search(text, np[0], np[1])
        end, close = (short.start(), np[1]) if short else (-1, -1)
    elif text.startswith(" (", np[1]):  # the phrase stopped before the brackets
        close = text.find(")", np[1], np[1] + 14) + 1
        short = _SHORT_FORM.match(text[np[1] : close]) if close else None
        end = np[1]
    else:
        return np  # (most phrases)
    if short is None:
        return np
    name = _NAME_WORDS.search(text, max(u0, end - 100), end)
    letters = short.group("short").upper()
    if name is not None:
        starts = [m.start() for m in re.finditer(r"(?<!\S)\S", text[name.start() : end])]
        for start in reversed(starts):  # the latest word the short form can start at
            initials = "".join(w[0] for w in text[name.start() + start : end].split()).upper()
            if initials[0] == letters[0] and in_order(letters, initials):
                start += name.start()
                # (the phrase keeps what it holds before the name, but for an owner: "Dr
                # Rik Peeperkorn from the World Health Organization (WHO)", "the U.N.
                # Office for ... (OCHA)")
                if start <= np[0] or _OWNER_BEFORE.fullmatch(text, np[0], start):
                    return start, close
                break
    if not text[np[0] : end].strip():
        return np  # (no name before the brackets: 'the "Coordination Center" (HOCC)')
    if describe(text[np[0] : end]).person:
        # "Foreign Minister Elina Valtonen (NCP)", "Hana Jalloul (ES)": a person and her
        # party or country
        return np
    return np[0], close


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
     "factions", "committees"}
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
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
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
     "lecturer", "academic", "professor", "scholar", "mother", "father"}
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
