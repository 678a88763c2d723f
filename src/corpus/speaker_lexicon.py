"""The word lists behind :mod:`corpus.speakers`: titles, head nouns, honorifics, states,
media outlets, and the cue words that make a named person an expert or a private person.

Each list is a data file in ``corpus/data`` (one entry a line, ``#`` for comments),
loaded once; a researcher extends a list by editing its file.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from corpus.dates import WEEKDAYS
from corpus.paths import package_data
from corpus.verbs import trie_regex


def data_lines(name: str) -> list[str]:
    text = package_data(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def data_csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(data_lines(name)))


@lru_cache(maxsize=1)
def office_holders() -> dict[str, tuple[str, ...]]:
    """An office as "the <office>" names it ("israeli prime minister") -> a word of the name
    of each of its holders in the years the corpus covers (``data/office_holders.csv``)."""
    found: dict[str, tuple[str, ...]] = {}
    for row in data_csv("office_holders.csv"):
        found[row["office"]] = (*found.get(row["office"], ()), row["name_word"])
    return found


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Office words and phrases, lower case ("prime minister", "spokesperson")."""
    return frozenset(data_lines("speaker_titles.txt"))


# Words inside titles that do not make a title on their own ("Secretary of State").
_NOT_TITLE_WORDS = ("of", "state", "the", "for", "defense", "defence", "security", "national",
                    "high", "special", "foreign", "finance", "crown", "prince",
                    # the field of a role, not the role: "programme manager", "advocacy officer"
                    "programme", "program", "project", "communications", "advocacy",
                    "media")  # fmt: skip


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Single words that make a title ("prime", "minister", "secretary")."""
    return frozenset(w for t in titles() for w in t.split() if w not in _NOT_TITLE_WORDS)


@lru_cache(maxsize=1)
def heads() -> dict[str, str]:
    """Head noun of an unnamed or collective source -> speaker_type."""
    return {row["head"].lower(): row["speaker_type"] for row in data_csv("speaker_heads.csv")}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """A state's name -> the adjective for its bodies ("Egypt" -> "Egyptian")."""
    return {row["country"]: row["demonym"] for row in data_csv("demonyms.csv")}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Places whose names look like a person's ("Khan Younis", "Tel Aviv"), lower case."""
    return frozenset(data_lines("places.txt"))


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """States named as speakers ("Oman", "Japan"), as news writes them."""
    return frozenset(data_lines("countries.txt"))


@lru_cache(maxsize=1)
def media_outlets() -> dict[str, str]:
    """Lower-case outlet name -> canonical spelling."""
    return {name.lower(): name for name in data_lines("media_outlets.txt")}


@cache
def _cue_pattern(name: str) -> re.Pattern[str]:
    # a trie, not an alternation of the words: the engine tries one branch per letter
    # instead of every word at every position (same matches, several times faster)
    words = {w.lower() for w in data_lines(name)}
    return re.compile(r"\b(?:" + trie_regex(sorted(words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(data_lines("honorifics.txt"))


@lru_cache(maxsize=4096)  # the same roles come back in every article
def is_expert_text(text: str) -> bool:
    """True when a role or affiliation names an academic or think-tank source."""
    return bool(text) and bool(_cue_pattern("expert_cues.txt").search(text))


@lru_cache(maxsize=4096)
def is_private_text(text: str) -> bool:
    """True when a description makes a named speaker a private person (resident, mother)."""
    return bool(text) and bool(_cue_pattern("other_cues.txt").search(text))


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """Words of a minister's portfolio ("Foreign", "Affairs", "and", "Trade")."""
    return frozenset(data_lines("portfolio_words.txt"))


# -- words that shape a speaker phrase (used by corpus.phrases) ----------------------------

# words that end a speaker phrase read backwards: a verb or a function word before a
# ministry is no portfolio ("said the ministry", "and ministry")
NP_STOP_WORDS = frozenset({
    "said", "says", "told", "and", "or", "but", "that", "which", "who", "while", "as", "when",
    "after", "before", "the", "a", "an", "his", "her", "its", "their", "of", "in", "on", "at",
    "for", "to", "by", "with", "from", "also", "then", "now",
})  # fmt: skip
# heads whose portfolio may stand before them in lower case: "the agriculture ministry"
PORTFOLIO_HEADS = frozenset({"ministry", "minister", "department", "ministries"})
# Titles of someone sent "to" a state or body: "Ambassador to Israel", "Envoy to the UN"
ACCREDITED = frozenset({"ambassador", "envoy", "representative", "observer", "delegate"})


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name -> "m" / "f" (``data/first_names.csv``): what "he" or "she" may stand
    for when the article does not say ("Ronit Segal" is "she", "Osama Hamdan" "he")."""
    return {row["name"]: row["gender"] for row in data_csv("first_names.csv")}


# -- words that name no speaker, or stand for one (used by corpus.coref) ---------------------

# A body's documents that speak for it ("according to the ministry's latest count", "according
# to its latest report"), and the words that may come before them
DOCUMENT_WORDS = (
    r"(?:counts?|tally|toll|figures|reports?|statements?|data|estimates?|statistics|updates?|"
    r"assessments?|records?)"
)
DOCUMENT_MODIFIERS = (
    r"(?:(?:latest|new|own|daily|weekly|most\s+recent|updated|last|final|official|preliminary)\s+)*"
)


# the bodies a statement is named after: "A ministry statement added that ...", "an army
# statement said" (the ministry, the army the story names)
ISSUER_WORDS = frozenset(
    {"ministry", "military", "army", "government", "police", "agency", "movement", "group"}
)

# words of time that a cut phrase may leave as a subject: no speaker
WHEN_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", *WEEKDAYS})
# words that are no speaker ("Our report.", "Not approach ... and report them to the police",
# "Everyone here says ..."), and imperatives that open a sentence ("Come to my practice and
# tell me that")
NO_SPEAKER_WORDS = frozenset({
    "our", "their", "my", "your", "his", "its", "not", "nor", "everyone", "everybody", "nobody",
    "come", "let", "imagine", "listen", "look",
})  # fmt: skip
# the styles of address that stand for a person already named ("His Highness", "Her Excellency")
HONORIFIC_PRONOUNS = {
    f"{owner} {style}": pronoun
    for owner, pronoun in (("his", "he"), ("her", "she"))
    for style in (
        "highness",
        "royal highness",
        "excellency",
        "majesty",
        "holiness",
        "beatitude",
        "eminence",
    )
}
# a subject that says no one spoke: "Neither Hamas nor Israel has said when ..." (and "no"
# before any word: "No group claimed responsibility", see corpus.coref)
NO_ONE = ("neither ", "no one ", "nobody ", "none ")
# another country's armed forces named in an article ("the Lebanese army", "US forces")
OTHER_ARMY = re.compile(
    r"\b(?:Lebanese|Egyptian|Syrian|Jordanian|Iranian|Russian|Ukrainian|U\.?S\.?|American|"
    r"British|French|German|Fiji(?:an)?|Sudanese|Yemeni|Pakistani|Indian|Turkish|Iraqi)\s+"
    r"(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces|[Ff]orces|troops)\b"
)
