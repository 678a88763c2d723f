"""Known bodies (ministries, armies, agencies, states) and the names they go by.

``data/bodies.csv`` lists each body's canonical name, speaker type and aliases;
:func:`body` finds a speaker phrase's body, also when a place or a possessive stands
for the body's own place.

>>> body("the Hamas-run Health Ministry")
('Gaza Health Ministry', 'organization')
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from corpus.paths import package_data
from corpus.speaker_lexicon import countries, demonyms
from corpus.text import RANK_NOTE, UPPER

__all__ = ["bodies", "body", "clean", "place_references", "strip_determiner"]

# (The phrase helpers live here, below corpus.speakers, which imports this module.)
_STARS = re.compile(r"\*+")
_LOST_WORD = re.compile(r"^\S+\*\*\s+(?=[A-Z])")
_SPACES = re.compile(r"\s+")


_RANK_NOTE = re.compile(rf"\s*{RANK_NOTE}")


@lru_cache(maxsize=16384)
def clean(phrase: str) -> str:
    """Speaker phrase without '**' artefacts, outer punctuation and doubled spaces."""
    if "*" in phrase:  # (most phrases: no substitution to try)
        phrase = _LOST_WORD.sub("", phrase)  # "Israel** Herzog": a word lost before the name
        phrase = _STARS.sub("", phrase)
    if "(re" in phrase or "(Re" in phrase:
        phrase = _RANK_NOTE.sub(" ", phrase)  # "Col. (res.) Amos Dror": the rank's note goes
    phrase = _SPACES.sub(" ", phrase).strip(" ,;:.-–—\"“”'’(")
    return phrase


def strip_determiner(phrase: str) -> str:
    words = phrase.split(" ", 1)
    if len(words) == 2 and words[0].lower() in ("the",):
        return words[1]
    return phrase


def _rows(name: str) -> list[dict[str, str]]:
    text = package_data(name).read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def bodies() -> dict[str, tuple[str, str]]:
    """Lower-case alias -> (canonical name, speaker_type)."""
    table = {}
    for row in _rows("bodies.csv"):
        for alias in [row["canonical"], *row["aliases"].split(";")]:
            if alias.strip():
                key = alias.strip().lower()
                table.setdefault(key, (row["canonical"], row["speaker_type"]))
                # both spellings: "civil defence" / "civil defense", and hyphened as an
                # adjective ("Gaza's civil-defense agency")
                spellings = {key.replace("defence", "defense"), key.replace("defense", "defence")}
                hyphened = {s.replace("civil defen", "civil-defen") for s in spellings}
                for variant in spellings | hyphened:
                    table.setdefault(variant, (row["canonical"], row["speaker_type"]))
    return table


@lru_cache(maxsize=1)
def place_references() -> dict[str, str]:
    """Lower-case place word ("territory", "enclave") -> the place it stands for."""
    return {row["phrase"].lower(): row["place"] for row in _rows("place_references.csv")}


_ACRONYM_END = re.compile(r"\(([a-z][a-z.-]{1,9})\)$")
_POSSESSIVE_PLACE = re.compile(r"^(?P<place>.+?)(?:'s|’s|(?<=s)['’])\s+(?P<rest>.+)$")


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "u.n": an abbreviation without its last stop


@lru_cache(maxsize=8192)
def body(phrase: str) -> tuple[str, str] | None:
    """(canonical, type) when ``phrase`` is a known body or one of its aliases.

    A possessive place before a known body names the same body: "the territory's
    Health Ministry", "Gaza's Civil Defence", "Gaza's Hamas-run Health Ministry".
    """
    key = strip_determiner(clean(phrase)).lower()
    key = re.sub(r"\s*\([^)]*\)$", "", key) if key not in bodies() else key
    found = bodies().get(key)
    if found is None and key[-2:-1] == "." and _DOTTED.fullmatch(key):
        found = bodies().get(key + ".")  # "U.S." lost its last stop to clean()
    acronym = _ACRONYM_END.search(key) if found is None else None
    if acronym:  # "United Nations Children's Fund (UNICEF)": the acronym names the body
        found = bodies().get(acronym.group(1))
    if found is None and _PLACE_WORDS.search(key):
        found = _body_in_place(key)
    if found is None and ("'s " in key or "’s " in key or "s' " in key):
        m = _POSSESSIVE_PLACE.match(key.replace("’", "'"))
        if m:
            place = place_references().get(m.group("place").removeprefix("the "))
            rest = re.sub(r"\s*\([^)]*\)$", "", m.group("rest"))  # "... (cogat)"
            for alias in ((f"{place.lower()} {rest}", f"{place.lower()}'s {rest}", rest)
                          if place else ()):  # fmt: skip
                found = bodies().get(alias)
                if found:
                    break
            owner = m.group("place")
            if (
                found is None
                and not place
                and rest.count(" ") >= 2
                and owner.count(" ") < 2
                and "," not in owner
            ):
                # "Israel's Coordinator of Government Activities in the Territories": a body
                # named in full after its country (not "Egypt's foreign ministry")
                found = bodies().get(rest)
            if found is None and not place and owner.title() in countries() and " " not in rest:
                found = bodies().get(rest)  # "Lebanon's Hezbollah": the group, named by its country
    return found


# Words that say who runs or where a body is, not which body: "the Hamas-run Health
# Ministry in the besieged enclave" is the Gaza Health Ministry.
_PLACE_WORDS = re.compile(
    r"\b(?:hamas-(?:run|controlled|led|governed|ruled|administered)|besieged|war-torn|in)\b"
)
_RUN_BY = re.compile(
    r"\b(?:hamas-(?:run|controlled|led|governed|ruled|administered)|besieged|war-torn)\s+"
)
_IN_PLACE = re.compile(r"^(?P<rest>.+?)\s+in\s+(?:the\s+)?(?P<place>[\w' -]+)$")


def _body_in_place(key: str) -> tuple[str, str] | None:
    """'health ministry in the hamas-run territory', 'hamas-run government media office in
    gaza': the body, its place named as the place references name it."""
    run_by = _RUN_BY.search(key)
    key = _RUN_BY.sub("", key)
    found = bodies().get(key)
    if found is None and run_by:
        # ("the Hamas-controlled Ministry of Health": the ministry Hamas runs is Gaza's)
        found = bodies().get(f"{key} in gaza")
    m = _IN_PLACE.match(key) if found is None else None
    if m:
        place = place_references().get(m.group("place"))
        if place:
            rest = re.sub(r"\s*\([^)]*\)$", "", m.group("rest"))  # "... (cogat)"
            for alias in (f"{place.lower()} {rest}", f"{rest} in {place.lower()}"):
                found = found or bodies().get(alias)
    return found


# a state's ministry named with its possessive: "Egypt's Foreign Ministry"
# a state's bodies named with its possessive: "Lebanon's government", "Sri Lanka's Foreign
# Ministry", "Lebanon's civil defence"
STATE_BODY_WORDS = (
    # ("Israel's agriculture ministry": any portfolio, in lower case)
    rf"(?:[{UPPER}][\w]*\s+){{0,2}}Ministry(?:\s+of\s+[\w ]+)?|(?i:(?:[a-z]+\s+){{1,2}}"
    r"ministry|government|civil\s+defen[cs]e"
    r"|foreign\s+office|(?:war\s+|security\s+)?cabinet|parliament|army|navy|air\s+force|embassy)"
)
STATE_BODY = re.compile(rf"(?P<state>[{UPPER}][\w ]{{1,20}}?)['’]s\s+(?P<body>{STATE_BODY_WORDS})")


def state_body(name: str, pattern: re.Pattern[str] = STATE_BODY) -> str:
    """ "Egypt's Foreign Ministry" -> "Egyptian Foreign Ministry" (the gold sets' usual form).
    ``pattern`` says which names qualify: a state, then its possessive and the ``body``."""
    m = pattern.fullmatch(name) if "'s " in name or "’s " in name else None
    demonym = demonyms().get(m.group("state")) if m else None
    if not demonym:
        return name
    body = m.group("body")
    # ("Qatar's foreign ministry" -> "Qatari Foreign Ministry": a ministry's name)
    return f"{demonym} {body.title() if body.islower() and body.endswith('ministry') else body}"


# how a speaker phrase names a body
RUN_BY = re.compile(
    rf"(?P<body>.+?)\s+(?:run|led|controlled|governed)\s+by\s+(?:the\s+)?(?P<owner>[{UPPER}][\w-]+)"
)
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}(?:-[A-Z0-9]{1,4})?")  # "UNFPA", "MER-C"
# a body's numbers stand for the body: "IDF figures", "figures provided to PHRI by the IPS"
DATA_WORDS = ("figures", "data", "statistics", "numbers", "estimates")
DATA_OWNER = re.compile(
    rf"(?P<owner>(?:[{UPPER}][\w&.'’-]*\s+){{0,3}}[{UPPER}][\w&.'’-]*)(?:['’]s)?\s+"
    r"(?:figures|data|statistics|numbers|estimates)"
    r"|(?:figures|data|statistics|numbers|estimates)\s+(?:[a-z]+\s+){1,2}(?:to\s+[\w'’ .-]{1,30}?\s+)?"
    rf"by\s+(?:the\s+)?(?P<by>[{UPPER}][\w&.'’ -]{{1,60}})"
)


def short_form_of(name: str, short: str) -> bool:
    """Whether ``short`` is the short form of ``name``: its capitalised words' initials
    ("Médecins Sans Frontières" for "MSF"), or a name in capitals whose initials hold its
    letters in order ("Integrated Food Security Phase Classification" for "IPC")."""
    return initials(name) == short.upper() or _spelled_out(name, short)


def _spelled_out(name: str, short: str) -> bool:
    """'Integrated Food Security Phase Classification' for 'IPC': a name in capitals only,
    whose initials hold the short form's letters in order."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() or w in _NAME_LINKS for w in words):
        return False
    # (small words count: the "O" of "COGAT" is "of")
    return in_order(short.upper(), "".join(w[0] for w in words).upper())


def in_order(letters: str, initials: str) -> bool:
    """Whether ``letters`` are found in ``initials`` in order ("COGAT" in "COGAITT")."""
    found = iter(initials)
    return all(letter in found for letter in letters)


_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "to"})


def initials(name: str) -> str:
    """'Médecins Sans Frontières' -> 'MSF' (the capitalised words' first letters)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
