"""Tests for corpus.tone: offline VADER, the lazy punctuation map, the tone baseline."""

from __future__ import annotations

import importlib

from seed_text import seed_sentences

tn = importlib.import_module("corpus.tone")


def test_tone_uses_the_offline_vader_lexicon():
    # Fails if the lexicon cannot be loaded: no fallback to 0.0 for real text.
    assert tn.tone("This is a wonderful, hopeful agreement.") > 0.5
    assert tn.tone("A horrific massacre, a catastrophe.") < -0.5
    assert len(tn._analyzer().lexicon) > 7000


def _sentences_for_vader() -> list[str]:
    """A few hundred news sentences plus punctuation-heavy edge cases."""
    out = seed_sentences()
    # variants: shouted (VADER weighs ALL CAPS), clauses ending in "!" / "?!"
    out += [t.upper() for t in out[:80]]
    out += [t.replace(", ", "! ").replace(".", "?!") for t in out[:80]]
    out += [
        "Great!!! Really?! ... no, NOT good :( at all",
        "'Terrible,' he said. \"Awful!\" -- she added; (horrible) [bad] ok?!?",
        "It was kind of good, but the deal is DEAD.",
        "!good ,bad good, bad! -nice- :) :-D",
        "",
        "x",
    ]
    return out


def test_lazy_vader_gives_nltks_words_and_scores(monkeypatch):
    from nltk.sentiment import vader

    texts = _sentences_for_vader()
    assert len(texts) > 300
    analyzer = tn._analyzer()
    consts = analyzer.constants
    lazy_class = vader.SentiText
    assert lazy_class.nltk_class is not lazy_class  # the fast path is in use
    fast = [tn.tone(t) for t in texts]
    for t in texts:
        lazy = lazy_class(t, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
        plain = lazy_class.nltk_class(t, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
        assert lazy.words_and_emoticons == plain.words_and_emoticons, t
    monkeypatch.setattr(vader, "SentiText", lazy_class.nltk_class)  # NLTK's own, unchanged
    assert [tn.tone(t) for t in texts] == fast


def test_tone_baseline_thresholds():
    assert [tn.tone_baseline(v) for v in (0.3, 0.05, 0.0, -0.05, -0.3)] == [1, 0, 0, 0, -1]
    assert tn.tone_baseline(float("nan")) == 0
