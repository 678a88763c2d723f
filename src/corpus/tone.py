"""Tone: NLTK's VADER compound sentiment, offline, and the tone-only stance baseline.

The lexicon comes from the ``vaderSentiment`` wheel (``nltk.download`` is never
called). The first call to :func:`tone` also replaces NLTK's
``nltk.sentiment.vader.SentiText``, for the whole process, with a faster subclass
that gives the same words and scores (see :func:`_lazy_senti_text`).

Tone is a stance-free baseline: "too many innocent Palestinians have been
killed" is negative in tone yet pushes for a cease-fire, which is why
:mod:`corpus.stance` reads cues instead.

>>> tone("A wonderful, hopeful agreement.") > 0.5
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

TONE_THRESHOLD = 0.05  # VADER's own cut-off between neutral and positive/negative


def _lazy_senti_text(base: type) -> type:
    """NLTK's ``SentiText`` (``base``) with a lazy punctuation map, same words out.

    ``SentiText._words_plus_punc`` builds a dict of every word of the text glued
    to every one of ~20 punctuation marks ("cat," -> "cat") only to look up each
    whitespace token once: ~65 % of VADER's time. Looking the token up directly
    (strip one listed mark from either end, keep it when the rest is a word of
    the text) gives the same mapping; ``tests/test_tone.py`` checks identical
    words and compound scores. Built on first use: importing NLTK is slow.
    """

    class LazySentiText(base):
        nltk_class = base

        def _words_plus_punc(self):
            no_punc_text = self.REGEX_REMOVE_PUNCTUATION.sub("", self.text)
            return _PuncMap({w for w in no_punc_text.split() if len(w) > 1}, self.PUNC_LIST)

    return LazySentiText


class _PuncMap:
    """Read-only stand-in for NLTK's ``{mark + word: word, word + mark: word}`` dict.

    Words hold no punctuation (NLTK removed it) and marks are all punctuation, so
    a token splits into mark and word in at most one way: try the few lengths a
    mark can have at each end, "word + mark" first as NLTK fills those keys last.
    """

    def __init__(self, words: set[str], marks: list[str]) -> None:
        self.words, self.marks = words, frozenset(marks)
        self.edge = frozenset("".join(marks))  # characters a mark is made of
        self.longest = max(map(len, marks), default=0)

    def _word(self, token: str) -> str | None:
        size = min(self.longest, len(token))
        if token[-1:] in self.edge:
            for k in range(1, size + 1):
                if token[-k:] in self.marks and token[:-k] in self.words:
                    return token[:-k]
        if token[:1] in self.edge:
            for k in range(1, size + 1):
                if token[:k] in self.marks and token[k:] in self.words:
                    return token[k:]
        return None

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self._word(token) is not None

    def __getitem__(self, token: str) -> str:
        word = self._word(token)
        if word is None:
            raise KeyError(token)
        return word


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
    # polarity_scores builds its SentiText through the module name: point it at
    # the lazy subclass (same results, see _lazy_senti_text) when NLTK still has it.
    plain = vader.SentiText
    if not hasattr(plain, "nltk_class") and callable(getattr(plain, "_words_plus_punc", None)):
        vader.SentiText = _lazy_senti_text(plain)
    return vader.SentimentIntensityAnalyzer(lexicon_file=lexicon.as_uri())


def tone(text: str) -> float:
    """VADER compound score of ``text`` (0.0 for empty text)."""
    if not isinstance(text, str) or not text.strip():
        return 0.0
    return float(_analyzer().polarity_scores(text)["compound"])


def tone_baseline(tone: float) -> int:
    """Stance from tone alone: > 0.05 for (+1), < -0.05 against (-1), else neutral."""
    if tone is None or pd.isna(tone):
        return 0
    if tone > TONE_THRESHOLD:
        return 1
    if tone < -TONE_THRESHOLD:
        return -1
    return 0
