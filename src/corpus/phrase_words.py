"""The words of a speaker phrase, and what kind of word each token is.

The word lists (modifiers, name particles, clause openers, pronouns, abbreviated titles,
the qualifiers of an unnamed source) and :func:`word_kind`, which answers in one lookup
what :mod:`corpus.phrases` asks about a token while it reads a speaker phrase backwards
from a reporting verb or forwards from "said" or "according to": capitalised? a head noun
or a title? a determiner? a modifier?
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.speaker_lexicon import ACCREDITED
from corpus.speakers import DETERMINERS, heads, title_words

# The word lists are sets: the rules only test membership, many times per cue.
# Lower-case words that may stand inside a speaker phrase besides names, titles and
# head nouns ("a senior Hamas official", "the Gaza-based health ministry").
MODIFIERS = frozenset({
    "senior", "unnamed", "anonymous", "local", "top", "former", "deputy", "latest",
    "health", "hospital", "government", "media", "security", "foreign", "defense",
    "defence", "military", "aid", "news", "state", "intelligence", "diplomatic",
    "international", "humanitarian", "political", "israeli", "palestinian", "western",
    "arab", "chinese", "egyptian", "qatari", "american", "u.s.", "un", "national",
    "regional", "official", "medical", "rescue", "emergency", "civil", "press",
    "research", "think", "tank", "some", "other", "many", "several", "and", "or",
    "second", "third", "fourth", "website", "site", "wire", "prison", "prisons", "police",
    "border", "crossings", "information", "relief", "works", "refugee", "refugees", "terror",
    "terrorist", "militant", "armed", "islamist", "resistance", "jihadist", "rebel",
    "caretaker", "acting", "outgoing", "interim", "incoming",
    # (a UK police force: "a force spokesperson said")
    "force",
    # "a senior federal official who ...", "independent weapons analysts who ..."
    "federal", "provincial", "municipal", "weapons", "arms", "legal",
    "economic", "veteran", "retired", "high-ranking", "high-level", "junior",
    "european", "u.n.", "human", "rights",
})  # fmt: skip
# Lower-case name particles ("Saleh al-Arouri", "Mohammed bin Abdulrahman").
PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "binti", "abu", "van", "von", "de", "der", "da", "do", "dos", "das", "di", "du",
    "del", "della", "la", "le",
})  # fmt: skip
# Capitalised words that open a clause rather than a name.
CLAUSE_OPENERS = frozenset({
    "However", "But", "And", "Meanwhile", "Also", "Recently", "Therefore", "This", "That",
    "These", "Those", "In", "On", "As", "While", "Although", "Though", "According",
    "Following", "Despite", "After", "Before", "When", "If", "Since", "Yet", "So", "Still",
    "Earlier", "Later", "Separately", "Moreover", "Furthermore", "Besides", "Now", "Today",
    "Yesterday", "Tonight",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Whether",
    "Currently", "Realistically", "Firstly", "Secondly", "Frankly", "Here", "There", "Then",
    "Late", "Early", "Overnight", "Elsewhere", "For", "With", "Under", "Amid", "Without",
    "Neither", "Nor", "Not", "About", "Even", "Last", "Next",
    "Until", "Unless", "Because", "Once", "Unlike", "Whenever", "Please",
    # a quote's opening words ("Every Saturday I come to watch ..."), never a name's
    "Every", "Each",
    # a voice naming itself: "Good evening. I'm Carla Winslow."
    "I'm", "I’m", "I've", "I’ve", "We're", "We’re", "It's", "It’s",
})  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})

# Titles whose abbreviating period does not end a phrase ("Prof. Ayesha Raza").
TITLE_ABBREVIATIONS = (
    "Mr", "Ms", "Mrs", "Dr", "Prof", "Gen", "Brig", "Col", "Lt", "Maj", "Sgt", "Capt", "Cmdr",
    "Adm", "Sen", "Rep", "Gov", "Rev", "Hon", "Pres", "Sec", "Amb", "St", "Fr", "Adv",
)  # fmt: skip
# What qualifies an unnamed source after its noun ("an official familiar with the talks").
SOURCE_QUALIFIERS = (
    "familiar with", "close to", "with knowledge of", "with direct knowledge of", "briefed on",
    "involved in", "aware of", "knowledgeable about", "traveling with", "travelling with",
)  # fmt: skip

# Prepositions inside a body's name ("Agency for Palestine Refugees in the Near East").
INNER_PARTICLES = frozenset({"of", "for", "in", "from", "at", "on"})


@lru_cache(maxsize=1)
def np_words() -> frozenset[str]:
    return (
        MODIFIERS
        | title_words()
        | frozenset(w for h in heads() for w in h.split())
        | EXPERT_ROLE_WORDS
    )


# an academic's role right before the name belongs to the phrase: "University of Zambia
# international relations lecturer Mwaka Siluonde" -> "lecturer Mwaka Siluonde"
EXPERT_ROLE_WORDS = frozenset({
    "professor", "researcher", "fellow", "analyst", "scholar", "expert", "lecturer",
    "academic", "economist", "historian", "scientist",
})  # fmt: skip

_NUMBER_WORDS = ("one", "two", "three", "both", "several", "many", "some", "other")


AGE_WORD = re.compile(r"\d+-year-old$")

# What phrases._scan_back asks about a token, as bits (see word_kind) ...
KIND_UPPER = 1
KIND_CORE = 2
KIND_OPENER = 4
KIND_HEADISH = 8
KIND_DET = 16
KIND_MODLIKE = 32
KIND_DIGIT = 64
KIND_PAIR_END = 128
# ... and what phrases._prefix_end asks
KIND_PRONOUN = 256
KIND_HEAD = 512
KIND_INNER = 1024
KIND_NUMBER = 2048
KIND_TAKE = 4096
_kinds: dict[str, tuple[int, str]] = {}  # token as written -> (bits, lower case)


def word_kind(w: str) -> tuple[int, str]:
    """(bits, lower case) of a token: one dictionary lookup instead of a dozen set and
    string tests per token (the vocabulary of an article repeats; the table is capped)."""
    kind = _kinds.get(w)
    if kind is not None:
        return kind
    lw = w.lower()
    bits = KIND_UPPER if w[:1].isupper() else 0
    if (
        bits
        or w.startswith("(")
        or lw.startswith(("al-", "el-"))
        or (lw.startswith(("d'", "d’")) and w[2:3].isupper())  # "Quai d'Orsay", "Giscard d'Estaing"
        or (lw[:1].isdigit() and AGE_WORD.match(lw))
    ):
        bits |= KIND_CORE
    if w in CLAUSE_OPENERS:
        bits |= KIND_OPENER
    if (
        lw in heads()
        or lw in title_words()
        or (
            "-" in lw and lw.rsplit("-", 1)[1] in title_words()  # "co-leader", "vice-chair"
        )
    ):
        bits |= KIND_HEADISH
    if lw in DETERMINERS:
        bits |= KIND_DET
    if lw in np_words() or lw in PARTICLES or lw in INNER_PARTICLES:
        bits |= KIND_MODLIKE
    if lw.isdigit():
        bits |= KIND_DIGIT
    if lw in _pair_ends():
        bits |= KIND_PAIR_END
    if lw in PRONOUNS:
        bits |= KIND_PRONOUN
    if lw in heads():
        bits |= KIND_HEAD
    if lw in INNER_PARTICLES:
        bits |= KIND_INNER
    if lw in _NUMBER_WORDS:
        bits |= KIND_NUMBER
    if (
        bits & KIND_UPPER
        or w.startswith("(")
        or lw.startswith(("al-", "el-"))
        or (lw.startswith(("d'", "d’")) and w[2:3].isupper())  # "Quai d'Orsay", "Giscard d'Estaing"
        or bits & (KIND_MODLIKE | KIND_HEAD | KIND_DET | KIND_DIGIT)
        or lw in ("and", "'s")
    ):
        bits |= KIND_TAKE  # a word that may go on a phrase read forwards (phrases._prefix_end)
    if len(_kinds) > 100_000:
        _kinds.clear()
    kind = _kinds[w] = (bits, lw)
    return kind


@lru_cache(maxsize=1)
def _pair_ends() -> frozenset[str]:
    """Last words of two-word heads ("health ministry"): only they need the pair lookup."""
    return frozenset(h.split()[1] for h in heads() if len(h.split()) == 2)


def accredited_before(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the token before ``i`` is a title held "to" a state or body: "Ambassador |
    to Israel", "the envoy | to the UN"."""
    return i > 0 and word_kind(tokens[i - 1].group())[1] in ACCREDITED
