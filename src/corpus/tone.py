"""Tone: NLTK's VADER compound sentiment, offline, and the tone-only stance baseline.

The lexicon comes from the ``vaderSentiment`` wheel (``nltk.download`` is never
called). :func:`tone` gives NLTK's ``polarity_scores(text)["compound"]``, the same
float, but computes only what the compound score depends on (see :func:`_compound`):
several times faster, and VADER is the costly part of :func:`corpus.stance.stance`.

Tone is a stance-free baseline: "too many innocent Palestinians have been
killed" is negative in tone yet pushes for a cease-fire, which is why
:mod:`corpus.stance` reads cues instead.

>>> tone("A wonderful, hopeful agreement.") > 0.5
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

TONE_THRESHOLD = 0.05  # VADER's own cut-off between neutral and positive/negative


class _Marks:
    """How NLTK's ``SentiText`` strips punctuation marks off a token, without its dict.

    NLTK builds ``{mark + word: word, word + mark: word}`` for every word of the
    text and each of ~20 marks, only to look up each token once. Words hold no
    punctuation (NLTK removed it) and marks are all punctuation, so a token splits
    into mark and word in at most one way: try the few lengths a mark can have at
    each end, "word + mark" first as NLTK fills those keys last.
    """

    def __init__(self, marks: list[str], remove_punctuation: str) -> None:
        self.marks = frozenset(marks)
        self.edge = frozenset("".join(marks))  # characters a mark is made of
        self.longest = max(map(len, marks), default=0)
        # NLTK's pattern (one class of ASCII marks) in `re`, several times faster
        # than the `regex` engine NLTK compiles it with; the same characters go.
        self.remove = re.compile(remove_punctuation)

    def word(self, token: str, words: set[str]) -> str | None:
        """The word of ``words`` that ``token`` is with one mark stripped, or None."""
        size = min(self.longest, len(token))
        if token[-1:] in self.edge:
            for k in range(1, size + 1):
                if token[-k:] in self.marks and token[:-k] in words:
                    return token[:-k]
        if token[:1] in self.edge:
            for k in range(1, size + 1):
                if token[:k] in self.marks and token[k:] in words:
                    return token[k:]
        return None


@lru_cache(maxsize=1)
def _analyzer():
    """NLTK's VADER with the lexicon shipped in the vaderSentiment wheel (offline).

    NLTK only opens files under ``nltk.data.path``, so the wheel's folder is
    added there first; ``nltk.download`` is never called.
    """
    import nltk
    import vaderSentiment
    from nltk.sentiment import vader

    lexicon = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"
    if not lexicon.is_file():
        raise FileNotFoundError(f"VADER lexicon missing from the vaderSentiment wheel: {lexicon}")
    if str(lexicon.parent) not in nltk.data.path:
        nltk.data.path.append(str(lexicon.parent))
    return vader.SentimentIntensityAnalyzer(lexicon_file=lexicon.as_uri())


def _vader_words(text: str, marks: _Marks) -> list[str]:
    """NLTK's ``SentiText.words_and_emoticons``: tokens of two or more characters,
    a punctuation mark at either end stripped when the rest is a word of the text."""
    tokens = [w for w in text.split() if len(w) > 1]
    edge = marks.edge
    if not any(w[0] in edge or w[-1] in edge for w in tokens):
        return tokens  # no token starts or ends with a mark: nothing to strip
    words = {w for w in marks.remove.sub("", text).split() if len(w) > 1}
    return [(marks.word(w, words) or w) if w[0] in edge or w[-1] in edge else w for w in tokens]


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    consts = _analyzer().constants
    return _Marks(consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION.pattern)


def _compound(text: str) -> float:
    """NLTK's ``polarity_scores(text)["compound"]``, computing only what it depends on.

    The steps and the arithmetic are NLTK's, in its order, so the score is the
    same float (``tests/test_tone.py`` compares with NLTK on the seed sentences and
    on made-up texts full of boosters, negations and idioms): the words of the
    text (see :func:`_vader_words`); a valence for each word in the lexicon (see
    :func:`_valence`), 0 for every other word; the "but" weighting; then the sum,
    punctuation emphasis and normalisation. NLTK runs its valence code for every
    word and also builds the pos/neg/neu shares; most words of a quote are in no lexicon.
    """
    analyzer = _analyzer()
    consts, lexicon = analyzer.constants, analyzer.lexicon
    words = _vader_words(text, _marks())
    if not words:
        return 0.0
    lower = [w.lower() for w in words]
    sentiments: list[float] = [0] * len(words)
    cap_diff = 0 < len(words) - sum(1 for w in words if w.isupper()) < len(words)
    valences: dict[str, float] = {}  # NLTK scores a repeated word at its first position
    boosters = consts.BOOSTER_DICT
    for pos, low in enumerate(lower):
        if low not in lexicon or low in boosters:
            continue
        word = words[pos]
        if word not in valences:
            i = words.index(word)
            if low == "kind" and i + 1 < len(words) and lower[i + 1] == "of":
                valences[word] = 0  # "kind of" is a booster, not kindness
            else:
                valences[word] = _valence(words, lower, i, cap_diff, lexicon, consts)
        sentiments[pos] = valences[word]
    if "but" in lower:  # NLTK's _but_check: halve before the first "but", 1.5x after
        bi = lower.index("but")
        sentiments = [
            s * 0.5 if k < bi else s * 1.5 if k > bi else s for k, s in enumerate(sentiments)
        ]
    # NLTK's score_valence, compound part only
    sum_s = float(sum(sentiments))
    emphasis = analyzer._punctuation_emphasis(sum_s, text)
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    return round(consts.normalize(sum_s), 4)


def _negated(low: str, consts) -> bool:
    """NLTK's ``negated([word])`` of one lower-cased word."""
    return low in consts.NEGATE or "n't" in low


def _valence(words: list[str], lower: list[str], i: int, cap_diff: bool, lexicon, c) -> float:
    """NLTK's ``sentiment_valence`` of the lexicon word ``words[i]``, step for step
    (with its ``scalar_inc_dec``, ``_never_check``, ``_idioms_check`` and ``_least_check``)."""
    valence = lexicon[lower[i]]
    if words[i].isupper() and cap_diff:  # a shouted word among others
        valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
    for start_i in range(min(i, 3)):
        j = i - (start_i + 1)
        if lower[j] in lexicon:
            continue
        scalar = 0.0  # a booster or dampener before the word
        if lower[j] in c.BOOSTER_DICT:
            scalar = c.BOOSTER_DICT[lower[j]]
            if valence < 0:
                scalar *= -1
            if words[j].isupper() and cap_diff:
                scalar = scalar + c.C_INCR if valence > 0 else scalar - c.C_INCR
        if start_i == 1 and scalar != 0:
            scalar = scalar * 0.95
        if start_i == 2 and scalar != 0:
            scalar = scalar * 0.9
        valence = valence + scalar
        if start_i == 0:
            if _negated(lower[i - 1], c):
                valence = valence * c.N_SCALAR
        elif start_i == 1:
            if words[i - 2] == "never" and words[i - 1] in ("so", "this"):
                valence = valence * 1.5
            elif _negated(lower[i - 2], c):
                valence = valence * c.N_SCALAR
        else:
            if (words[i - 3] == "never" and words[i - 2] in ("so", "this")) or words[i - 1] in (
                "so",
                "this",
            ):
                valence = valence * 1.25
            elif _negated(lower[i - 3], c):
                valence = valence * c.N_SCALAR
            valence = _idioms(valence, words, i, c)
    # "least" before the word negates it, "at least" and "very least" do not
    if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * c.N_SCALAR
    elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        valence = valence * c.N_SCALAR
    return valence


def _idioms(valence: float, w: list[str], i: int, c) -> float:
    """NLTK's ``_idioms_check`` (case-sensitive, as NLTK's)."""
    idioms = c.SPECIAL_CASE_IDIOMS
    twoone = f"{w[i - 2]} {w[i - 1]}"
    threetwo = f"{w[i - 3]} {w[i - 2]}"
    for seq in (
        f"{w[i - 1]} {w[i]}",
        f"{w[i - 2]} {w[i - 1]} {w[i]}",
        twoone,
        f"{w[i - 3]} {w[i - 2]} {w[i - 1]}",
        threetwo,
    ):
        if seq in idioms:
            valence = idioms[seq]
            break
    if len(w) - 1 > i and f"{w[i]} {w[i + 1]}" in idioms:
        valence = idioms[f"{w[i]} {w[i + 1]}"]
    if len(w) - 1 > i + 1 and f"{w[i]} {w[i + 1]} {w[i + 2]}" in idioms:
        valence = idioms[f"{w[i]} {w[i + 1]} {w[i + 2]}"]
    if threetwo in c.BOOSTER_DICT or twoone in c.BOOSTER_DICT:  # "sort of", "kind of"
        valence = valence + c.B_DECR
    return valence


def tone(text: str) -> float:
    """VADER compound score of ``text`` (0.0 for empty text)."""
    if not isinstance(text, str) or not text.strip():
        return 0.0
    return float(_compound(text))


def tone_baseline(tone: float) -> int:
    """Stance from tone alone: > 0.05 for (+1), < -0.05 against (-1), else neutral."""
    if tone is None or pd.isna(tone):
        return 0
    if tone > TONE_THRESHOLD:
        return 1
    if tone < -TONE_THRESHOLD:
        return -1
    return 0
