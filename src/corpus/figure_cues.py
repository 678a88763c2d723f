"""The cue words of a sentence, found once for all its numbers: what each figure rule
reads off the sentence (category and scope cues, whether it is in the present tense,
whether it names sources). The cue words are data, in ``data/figure_lexicon.yaml``.

>>> cues = sentence_cues("The ministry says 40 people have been killed.")
>>> [c[2] for c in cues.categories], cues.present
(['people', 'killed'], True)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from corpus.figure_lexicon import lexicon, token_spans

__all__ = ["CAPTIVES", "Cues", "sentence_cues"]

# Words of a sentence in the present tense (see _is_present)
_PRESENT_WORDS = (
    "has", "have", "is", "are", "stands", "stand", "remain", "remains", "now", "says", "say",
    "reach", "reaches", "tops", "exceeds", "rises", "climbs", "continues", "still",
    "passes", "surpasses", "crosses", "nears", "hits",
    # ("It brings the total number of Palestinians killed during the ceasefire to 280")
    "brings", "raises",
)  # fmt: skip
# (?<!\w) rather than \b: the same test before a word, but the regex engine skips faster
_PRESENT = re.compile(rf"(?<!\w)(?:{'|'.join(_PRESENT_WORDS)})\b", re.IGNORECASE)
_PRESENT_SET = frozenset(_PRESENT_WORDS)
_WORD_PARTS = re.compile(r"['-]")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\s*$")


class Cues(NamedTuple):
    """What the rules need of a sentence, found once for all its numbers."""

    categories: list  # category cues, (start, end, kind, text) each, in order
    scopes: list  # scope cues, the same
    present: bool  # whether the sentence is in the present tense
    words: list[str]  # its tokens (figure_lexicon.token_spans), with their starts and ends
    starts: list[int]
    ends: list[int]
    sources: bool  # whether it names sources ("officials"): see _counts_sources


@lru_cache(maxsize=64)
def sentence_cues(sentence: str) -> Cues:
    lex = lexicon()
    words, starts, ends = token_spans(sentence)
    # one scan for the words that may begin a cue of either kind
    cue_starts = lex.cue_starts
    candidates = [i for i, word in enumerate(words) if word in cue_starts]
    categories = lex.categories.find_in(words, starts, ends, candidates)
    if "lives" in words:
        categories = _no_verb_lives(words, starts, categories)
    return Cues(
        _captive_returns(sentence, _outside_names(sentence, categories)),
        lex.scopes.find_in(words, starts, ends, candidates),
        _is_present(sentence, words),
        words,
        starts,
        ends,
        not lex.source_heads.isdisjoint(words),
    )


# "He lives in a two-bedroom apartment with 22 relatives": the verb, not the lives lost
VERB_LIVES_AFTER = frozenset(
    {"he", "she", "who", "it", "now", "still", "also", "currently", "family", "mother",
     "father", "brother", "sister", "son", "daughter", "one", "everyone", "nobody", "that"}
)  # fmt: skip


def _no_verb_lives(words: list[str], starts: list[int], cues: list) -> list:
    """The cues but "lives" used as a verb ("she lives in Rafah")."""
    verbs = {
        starts[i]
        for i, word in enumerate(words)
        if word == "lives" and i and words[i - 1] in VERB_LIVES_AFTER
    }
    return [c for c in cues if c[0] not in verbs] if verbs else cues


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _outside_names(sentence: str, cues: list) -> list:
    """The cues that are not words of a name: "the Hostages and Missing Families Forum"
    names a group, it does not say anyone is missing. A capitalised cue word next to
    another capitalised word, not at the start of the sentence, is part of a name;
    nouns for people ("Israeli", "Palestinians") are capitalised anyway and stay."""
    # (a loop, not any() over a generator: this runs for every sentence)
    for start, _, kind, _ in cues:
        if start and kind != "people" and sentence[start].isupper():
            break
    else:
        return cues  # no capitalised cue word after the first word: nothing to drop
    if _is_title_case(sentence):
        return cues
    kept = []
    for cue in cues:
        start, end, kind = cue[0], cue[1], cue[2]
        if kind != "people" and start > 0 and sentence[start].isupper():
            before = _LAST_WORD.search(sentence, max(0, start - 25), start)
            after = (
                _CAPITALISED.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
            )
            if (before and before.group(1)[0].isupper() and before.start() > 0) or after:
                continue
        kept.append(cue)
    return kept


CAPTIVES = re.compile(r"hostage|captiv|custody", re.IGNORECASE)
# the captors return their captives' bodies: "Hamas returned four bodies on Thursday"
_CAPTORS_RETURN = re.compile(
    r"\b(?:Hamas|Islamic\s+Jihad|militants)\s+(?:\w+\s+){0,2}?return(?:ed|s)?\b"
)


def _captive_returns(sentence: str, cues: list) -> list:
    """The cues without "returned" and its kin unless the sentence is about captives:
    "the return of 120 hostages" is a release, "425,000 people had returned" is not."""
    returns = lexicon().return_words
    for _, _, kind, text in cues:  # (a loop, as in _outside_names)
        if kind == "release" and text in returns:
            break
    else:
        return cues
    if CAPTIVES.search(sentence) or any(c[2] == "prisoner" for c in cues):
        return cues
    if _CAPTORS_RETURN.search(sentence):
        return cues
    if any(c[3] == "remains of" for c in cues):
        return cues  # "the remains of 21 have since been returned": a captive's, given back
    return [c for c in cues if not (c[2] == "release" and c[3] in returns)]


def _is_title_case(sentence: str) -> bool:
    """A headline written In Title Case: there capitals do not mark names."""
    long = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.85 * len(long)


def _is_present(sentence: str, words: list[str]) -> bool:
    """Whether ``_PRESENT`` matches ``sentence``, read off its tokens when that is exact.

    On ASCII text without "_" the pattern matches exactly where a token, or a part of
    one between "'" and "-" ("has-been"), is one of its words; a set lookup per token
    is far cheaper than the case-insensitive scan.
    """
    if not sentence.isascii() or "_" in sentence:
        return bool(_PRESENT.search(sentence))
    if not _PRESENT_SET.isdisjoint(words):
        return True
    if "-" not in sentence and "'" not in sentence and "’" not in sentence:
        return False  # no word with parts (the tokens hold "'" for "’")
    return any(
        not _PRESENT_SET.isdisjoint(_WORD_PARTS.split(w)) for w in words if "-" in w or "'" in w
    )


# --- is it a figure? ----------------------------------------------------------------------


# the letters of _LAST_WORD: a word read backwards from its end costs less than the search
