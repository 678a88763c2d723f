"""Matching rules of ``corpus evaluate``: when a predicted item counts as a gold one.

**Content.** A predicted statement's reported content (``quote``, or ``text`` when
the quote is empty) matches a gold ``snippet`` when the snippet occurs in it as
whole words after :func:`flatten`: Unicode NFKC, lower case, and every run of
characters that is not a letter or digit turned into one space. So quote styles
(’ ‘ “ ” " '), dashes, line breaks, doubled spaces and trailing punctuation never
decide a match, while words and their order do.

**Speakers.** Two names name the same person or body (:func:`same_speaker`) when
their keys are equal, or when they share the last word (surname or head noun) and
every word of the shorter is in the longer ("Netanyahu" / "Benjamin Netanyahu",
"Health Ministry" / "Gaza Health Ministry", "analysts" / "Chinese analysts"), or
when the shorter is the start of the longer cut before a post-modifier
(:data:`POST_MODIFIERS`: "a source" / "a source familiar with the talks").
Keys are lower case, without dots ("U.S." = "US"), in one spelling ("Defence" =
"Defense"), without articles and titles, without a final generic "agency"
(:data:`DROP_WORDS`), with a plural -s removed; "X of Y" and "X in Y" are also tried as
"Y X" ("Ministry of Foreign Affairs" = "Foreign Affairs Ministry", "Government Media
Office in Gaza" = "Gaza Government Media Office"). Possessive names
match part by part: "Netanyahu's office" = "Benjamin Netanyahu's office", but not
"Benjamin Netanyahu"; against a name without a possessive, the possessive is dropped
("Gaza's Health Ministry" = "Gaza Health Ministry"). Names sharing no words ("IDF" / "Israel Defense Forces")
match only through the small alias table ``data/speaker_aliases.csv`` or when
``data/bodies.csv`` gives both names to one body ("WFP" = "World Food Programme"). A state's body
named with the state's possessive is the body named with its adjective ("Egypt's Foreign
Ministry" = "Egyptian Foreign Ministry", from ``data/demonyms.csv``), and so is the body
named with the state's name ("Bangladesh Foreign Ministry", "Government of Sri Lanka"):
gold sets spell it every way.

**One to one.** Within an article each gold item takes at most one predicted item
and vice versa. :func:`match` finds a maximum matching (augmenting paths) that
prefers candidates in the order given (text order), so the counts never depend on
which of two equally good candidates came first and the pairing is deterministic.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from corpus.bodies import STATE_BODY_WORDS, body, state_body
from corpus.paths import package_data
from corpus.speaker_lexicon import demonyms

# Words that carry no identity in a speaker name.
DROP_WORDS = ("the", "a", "an", "mr", "mrs", "ms", "dr", "prof", "sir")

# Words that start a phrase after a speaker's head noun ("a source familiar with
# the talks", "residents in Gaza"): a name cut short before one still matches.
POST_MODIFIERS = (
    "on", "in", "at", "with", "from", "for", "to", "by", "who", "familiar", "close", "speaking",
)  # fmt: skip

_NOT_WORD = re.compile(r"[\W_]+")
# British and American spellings of one name: "Civil Defence" = "Civil Defense"
_SPELLING = {"defence": "defense", "organisation": "organization", "centre": "center"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# "Netanyahu's office", "the Israel Defense Forces' spokesperson"
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')(?=\s|$)")


def flatten(text: str | None) -> str:
    """Lower-case words of ``text`` separated by single spaces, padded with one space.

    The padding lets ``flatten(snippet) in flatten(content)`` test whole words.
    """
    if not text:
        return " "
    words = _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).split()
    return " " + " ".join(words) + " "


def contains(content: str | None, snippet: str) -> bool:
    """True when ``snippet`` occurs, as whole words, in ``content`` (see module rules)."""
    flat_snippet = flatten(snippet)
    return flat_snippet.strip() != "" and flat_snippet in flatten(content)


def _words(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", name).lower().translate(_APOSTROPHES)
    text = text.replace(".", "")  # "U.S." -> "us", "U.N." -> "un"
    words = [_SPELLING.get(w, w) for w in _NOT_WORD.sub(" ", text).split() if w not in DROP_WORDS]
    if len(words) > 2 and words[-1] == "agency":
        words.pop()  # "the civil defence agency" = "civil defence"
    return tuple(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    )


def _inverted(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "ministry of foreign affairs" -> "foreign affairs ministry", "government media office
    in gaza" -> "gaza government media office"; None without one inner "of" or "in"."""
    for link in ("of", "in"):
        if words.count(link) == 1 and 0 < words.index(link) < len(words) - 1:
            i = words.index(link)
            return words[i + 1 :] + words[:i]
    return None


@lru_cache(maxsize=1)
def aliases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Alias key -> canonical key, from ``data/speaker_aliases.csv``."""
    path = package_data("speaker_aliases.csv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    table = {}
    for row in csv.DictReader(lines):
        canonical = _words(row["canonical"])
        table[_words(row["alias"])] = canonical
        table[canonical] = canonical
    return table


def speaker_key(name: str) -> tuple[str, ...]:
    """Comparable words of a speaker name, mapped through the alias table."""
    words = _words(name)
    return aliases().get(words, words)


def _keys(name: str) -> list[tuple[str, ...]]:
    """The words of ``name`` and, for "X of Y", of "Y X", each as written and through
    the aliases (so "UN humanitarian office OCHA" still matches "OCHA" by its head
    word when "OCHA" is also an alias of the full name)."""
    words = _words(name)
    forms = [words]
    inverted = _inverted(words)
    if inverted is not None:
        forms.append(inverted)
    keys = []
    for form in forms:
        for key in (form, aliases().get(form, form)):
            if key not in keys:
                keys.append(key)
    return keys


def _subset_with_head(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short[-1] == long[-1] and set(short) <= set(long):
        return True
    # "an official briefed" is "an official briefed on the meetings" cut short
    return long[: len(short)] == short and long[len(short)] in POST_MODIFIERS


def _loose(a: str, b: str) -> bool:
    return any(_subset_with_head(x, y) for x in _keys(a) for y in _keys(b))


def _split_possessive(name: str) -> tuple[str, str] | None:
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
    m = _POSSESSIVE.search(text)
    if not m or not text[m.end() :].strip():
        return None
    return text[: m.start()], text[m.end() :]


# (any name with "ministry" in it, in either case: gold names are written every way)
_STATE_OWNS = re.compile(
    rf"(?P<state>[A-Z][\w ]{{1,20}}?)['’]s\s+(?P<body>.*\b[Mm]inistry\b.*|{STATE_BODY_WORDS})"
)


# a state's body named "of" the state, or with the state's name before it (added on
# 2026-12-06): "Government of Sri Lanka", "Bangladesh Foreign Ministry"
_BODY_OF_STATE = re.compile(
    rf"(?:the\s+)?(?P<body>{STATE_BODY_WORDS})\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w ]{{1,30}})"
)


def _attributive(name: str) -> str:
    """A state's body named with the state's possessive ("Sri Lanka's Government"), which
    :func:`corpus.bodies.state_body` turns into the adjective's form."""
    of = _BODY_OF_STATE.fullmatch(name) if " of " in name else None
    if of and of.group("state") in demonyms():
        return f"{of.group('state')}'s {of.group('body')}"
    words = name.split(" ")
    for k in range(1, min(4, len(words))):  # (a state's name has at most three words)
        state = " ".join(words[:k])
        if state in demonyms() and _STATE_BODY_ONLY.fullmatch(name, len(state) + 1):
            return f"{state}'s {name[len(state) + 1 :]}"
    return name


_STATE_BODY_ONLY = re.compile(STATE_BODY_WORDS)


# a name with its short form in brackets after it: "... Western Asia (ESCWA)"
_SHORT_FORM_AFTER = re.compile(r"(?P<name>.*\S)\s*\((?P<short>[^()\s]{2,15})\)")


@lru_cache(maxsize=65536)
def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """True when the two names denote the same person or body (module rules)."""
    if not gold or not predicted:
        return False
    if _same(gold, predicted):
        return True
    # "United Nations Development Programme (UNDP)" is the name and its short form: either
    # one names the speaker (added in the twenty-fifth round, 2026-12-07)
    for name, other, swap in ((gold, predicted, False), (predicted, gold, True)):
        bracketed = _SHORT_FORM_AFTER.fullmatch(name)
        if bracketed is not None:
            return any(
                same_speaker(*((other, part) if swap else (part, other)))
                for part in (bracketed.group("name"), bracketed.group("short"))
            )
    # "Bangladesh Foreign Ministry" and "Government of Sri Lanka" name a state's body by the
    # state's name
    named = _attributive(gold), _attributive(predicted)
    if named != (gold, predicted) and _same(*named):
        return True
    # one body by two of the names data/bodies.csv gives it ("WFP" = "World Food Programme",
    # "OHCHR" = "UN human rights office"; added in the twelfth round, 2026-12-06)
    known_gold = body(gold)
    return known_gold is not None and known_gold == body(predicted)


def _same(gold: str, predicted: str) -> bool:
    # "Egypt's Foreign Ministry" = "Egyptian Foreign Ministry"
    gold, predicted = state_body(gold, _STATE_OWNS), state_body(predicted, _STATE_OWNS)
    a, b = speaker_key(gold), speaker_key(predicted)
    if a == b and a:
        return True
    if not a and not b:  # names made only of dropped words ("the"): compare as written
        return flatten(gold) == flatten(predicted) and flatten(gold).strip() != ""
    pa, pb = _split_possessive(gold), _split_possessive(predicted)
    if pa and pb:
        return _loose(pa[0], pb[0]) and _loose(pa[1], pb[1])
    if pa or pb:
        # "Gaza's civil defence agency" = "Gaza civil defence"; "Netanyahu's office" is
        # still not "Benjamin Netanyahu" (their last words differ)
        return _loose(_POSSESSIVE.sub("", gold), _POSSESSIVE.sub("", predicted))
    return _loose(gold, predicted)


def match(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum one-to-one matching: ``candidates[g]`` lists acceptable predictions of gold ``g``.

    Returns ``{gold index: predicted index}``. Candidates earlier in each list are
    preferred; gold items are placed in order, and an earlier gold item gives up its
    prediction only when it can take another one (an augmenting path).
    """
    owner: dict[int, int] = {}  # predicted -> gold

    def place(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or place(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(candidates)):
        place(g, set())
    return {g: p for p, g in sorted(owner.items(), key=lambda item: item[1])}
