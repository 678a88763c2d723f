"""Bodies named with their short forms: "the World Central Kitchen (WCK)" defines WCK for
the rest of the article, and "The Committee to Protect Journalists (CPJ) said" names the
whole body from the word its short form's first letter stands for; a body called by its
first words ("Sheba said") takes the whole name given before (:func:`longer_name`). Helpers
of :mod:`corpus.coref` and :mod:`corpus.subjects`.

>>> defined_acronyms("The World Central Kitchen (WCK) said ... WCK added")[0]
{'WCK': 'World Central Kitchen'}
"""

from __future__ import annotations

import re

from corpus.bodies import in_order, initials
from corpus.dates import MONTHS, WEEKDAYS
from corpus.speaker_lexicon import countries, places, title_words
from corpus.speakers import Speaker, body, describe
from corpus.text import UPPER

__all__ = [
    "defined_acronyms",
    "named_by_initials",
    "longer_name",
    "named_with_short_form",
    "spelled_out",
]


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


# the capitalised words that go on a body's name: "(Sheba) Medical Center", "(Harcourt)
# Marine & Political Risk", "(Al Mezan) Center for Human Rights"
_NAME_CONTINUES = r"(?:\s+(?:(?:&|for|of)\s+)?[A-Z][\w&-]*){1,5}(?![\w'’])"
# ... never a day, a month or a word that opens a clause ("Sheba Monday", "CARE In Gaza")
_NOT_A_NAME_WORDS = frozenset(
    {w.capitalize() for w in (*WEEKDAYS, *MONTHS)}
    | {"The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "We", "I"}
)


def longer_name(text: str, phrase: str, position: int) -> str | None:
    """The longer capitalised name ``text`` first gave, before ``position``, a body it now
    calls by its first words: "Sheba Medical Center" for "Sheba", "CARE International" for
    "CARE" (never a known body's, a country's or a place's, nor a post in the body)."""
    if body(phrase) is not None or phrase.lower() in places() or phrase in countries():
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}{_NAME_CONTINUES}")
    for m in pattern.finditer(text, 0, position):
        longer = m.group()
        rest = longer[len(phrase) :]
        if (
            any(word in _NOT_A_NAME_WORDS for word in rest.split())
            # ("UNMAS Explosive Ordnance Risk Education Officer": a post in the body)
            or any(w.lower() in title_words() for w in rest.split())
            or describe(longer).person
        ):
            continue
        return longer
    return None


# a short form in capitals, with "the" before it or not: "PFA", "the FA"
_SHORT_ALONE = re.compile(r"(?:[Tt]he\s+)?(?P<short>[A-Z]{2,6})")
# a capitalised name of two words or more, with the small words of a body's name between
_CAPITALISED_NAME = re.compile(
    rf"[{UPPER}][\w'’&-]+(?:\s+(?:(?:of|for|the|and|&)\s+)?[{UPPER}][\w'’&-]+){{1,8}}"
)


def named_by_initials(text: str, phrase: str, position: int) -> Speaker | None:
    """The body, named before ``position`` and never with its short form in brackets, whose
    initials a short form in capitals spells: "the PFA" after "The Palestine Football
    Association", "the FA" after "the Football Association" (not a known body's short form:
    "the UN")."""
    full = _initials_named(text, phrase, position)
    if full is None:
        return None
    known = body(full)
    return Speaker(known[0], known[1]) if known else Speaker(full, "organization")


def _initials_named(text: str, phrase: str, position: int) -> str | None:
    m = _SHORT_ALONE.fullmatch(phrase)
    if m is None or body(m.group("short")) is not None:
        return None
    short = m.group("short")
    window = text[max(0, position - 3000) : position]
    if short[0] not in window:  # (a quick first test)
        return None
    found = None
    for name in _CAPITALISED_NAME.finditer(window):
        words = name.group().split()
        if words[0] == "The":
            words = words[1:]
        if initials(" ".join(words)) == short:
            found = " ".join(words)
    return found
