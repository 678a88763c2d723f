"""Tests for corpus.tone: offline VADER, NLTK's compound score computed faster, the baseline."""

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


def _made_up_texts(n: int = 3000) -> list[str]:
    """Random word salads dense in what VADER weighs: lexicon words, boosters,
    negations, idioms, "but", "kind of", "least", capitals, marks glued to words."""
    import random

    consts = tn._analyzer().constants
    rng = random.Random(7)
    vocab = rng.sample(sorted(tn._analyzer().lexicon), 300)
    vocab += sorted(consts.NEGATE) + list(consts.BOOSTER_DICT)
    vocab += [w for idiom in consts.SPECIAL_CASE_IDIOMS for w in idiom.split()]
    vocab += ["but", "BUT", "kind", "of", "KIND", "never", "so", "this", "least", "at", "very"]
    vocab += ["!", "?", "!!!", "?!?", ",", ".", ";", "-", "'", ":)", ":("]
    vocab += [v.upper() for v in rng.sample(vocab, 80)]
    vocab += [v + mark for v in rng.sample(vocab, 60) for mark in ",.!?'"] + [
        "'" + v for v in vocab[:30]
    ]
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_tone_is_nltks_compound_score():
    analyzer = tn._analyzer()
    texts = _sentences_for_vader() + _made_up_texts()
    assert len(texts) > 3000
    for t in texts:
        nltk = float(analyzer.polarity_scores(t)["compound"]) if t.strip() else 0.0
        assert repr(tn.tone(t)) == repr(nltk), t


def test_vader_words_are_nltks():
    from nltk.sentiment import vader

    consts = tn._analyzer().constants
    for t in _sentences_for_vader() + _made_up_texts(500):
        plain = vader.SentiText(t, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
        assert tn._vader_words(t, tn._marks()) == plain.words_and_emoticons, t


def test_tone_baseline_thresholds():
    assert [tn.tone_baseline(v) for v in (0.3, 0.05, 0.0, -0.05, -0.3)] == [1, 0, 0, 0, -1]
    assert tn.tone_baseline(float("nan")) == 0
