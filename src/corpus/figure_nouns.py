"""The noun phrase after a number, and what it counts: "193 people", "four Royal Air Force
Typhoon jets", "1.7 million of Gaza's 2.3 million people", "the deaths of at least 12".

Helpers of :mod:`corpus.figure_rules`.
"""

from __future__ import annotations

import re

from corpus.figure_checks import _OF_OWN
from corpus.figure_clauses import of_before
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

__all__ = ["BODIES_OF", "group_before_and", "head_noun", "head_of", "noun_phrase"]

# A word of a noun phrase; "MK84" and "2,000-pound" are words too. (Runs of letters are
# taken whole, "++": the same words as one letter a turn, with far fewer turns of the loop.)
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’-]++|[.,](?=\d))*")
_WHOLE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+")
# What holds the thing counted after "of": "four tankers of fuel", "10 aircraft of aid"
# count the fuel and the aid ("40 testimonies of released detainees" counts testimonies)
CONTAINERS = frozenset({
    "tankers", "tanker", "loads", "planeloads", "shiploads", "boxes", "bags", "sacks",
    "packages", "parcels", "cartons", "containers", "aircraft", "planes", "flights", "ships",
    "vessels", "batches", "pallets", "units", "rounds", "consignments", "shipments", "kinds",
    "types", "sorts", "cases", "litres", "liters", "gallons", "barrels",
})  # fmt: skip
# "the bodies of (all) 28 deceased hostages": the dead are named before the count
BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:all\s+|the\s+)*$")


def noun_phrase(sentence: str, end: int) -> tuple[str | None, int, int]:
    """The noun phrase right after a number and its span: '193 people were killed' -> 'people'."""
    rest = sentence[end : end + 60]
    # (a quick first test: _OF_OWN opens with spaces and "of")
    skip = _OF_OWN.match(rest) if rest.lstrip()[:2].lower() == "of" else None
    if skip and (whole := _WHOLE.match(rest, skip.end())):
        skip = whole  # "1.7 million of Gaza's 2.3 million people": the people are counted
    offset = end + (skip.end() if skip else 0)
    rest = rest[skip.end() :] if skip else rest
    words: list[str] = []
    last = 0
    lex = lexicon()
    kinds, stop = lex.categories.phrases, lex.phrase_stop
    last_kind = None  # cue kind of the last word taken
    for m in _WORD.finditer(rest):
        if rest[last : m.start()].strip(" -"):  # punctuation ends it
            break
        # four words at most, more in a name that modifies the noun ("four Royal Air Force
        # Typhoon jets")
        if len(words) >= 4 and (len(words) == 6 or not all(w[:1].isupper() for w in words)):
            break
        word = m.group(0).rstrip(".")
        lowered = word.lower()
        if lowered in stop:
            break
        # a counted noun ends the phrase unless another follows ("Palestinian prisoners")
        kind = kinds.get(lowered.replace("’", "'"))  # CueIndex.kind(word)
        if last_kind and not kind:
            break
        words.append(word)
        last, last_kind = m.end(), kind
    return (" ".join(words) or None), offset, offset + last


def head_noun(phrase: str | None, in_phrase: list) -> str | None:
    """What the noun phrase after a number counts: its noun, past adjectives for people
    ("Israeli captives" -> hostage, "MK84 bombs" -> military); people when nothing else."""
    if not phrase:
        return None
    kinds = set()
    for _, _, kind, _ in in_phrase:
        if kind not in {"release", "held", "people", "weight"}:
            return kind
        kinds.add(kind)
    return "people" if "people" in kinds else "weight" if "weight" in kinds else None


def head_of(sentence: str, n: NumberMention, cues: list) -> str | None:
    """Kind of the cue the number is "of" ("the deaths of at least 12"), else None."""
    m = of_before().search(sentence, max(0, n.start - 40), n.start)
    if not m:
        return None
    # the cue ends right before "of", or ends with it ("remains of")
    of = m.start()
    for _, kind, _, e in cues:
        if of - 1 <= e <= of + 2:
            return kind
    return None


def group_before_and(sentence: str, n: NumberMention, phrase: str) -> bool:
    """Whether ``phrase`` is a name that describes the people counted, joined to another by
    "and": "19 Hamas and Islamic Jihad militants were killed" counts militants."""
    if not phrase[:1].isupper():
        return False
    end = sentence.find(phrase, n.end) + len(phrase)
    return sentence.startswith(" and ", end) and sentence[end + 5 : end + 6].isupper()
