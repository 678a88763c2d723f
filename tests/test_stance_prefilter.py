"""Tests for corpus.prefilter: a cue rule is skipped only in texts where it cannot match."""

from __future__ import annotations

import importlib
import random
import re

import pytest
from seed_text import seed_sentences

from corpus.prefilter import Finder, first_chars, needs

st = importlib.import_module("corpus.stance")  # the module; corpus.stance is the function

# Patterns that are easy to get wrong: optional and empty branches, counted
# repeats, look-arounds that see past a text's start, flags, classes, anchors.
ODD_TARGET = {
    "name": "odd",
    "terms": ["cross(ing|ings)?", "(?<!\\s)gate"],
    "for": [
        "(|re)open(s|ed)? (the )?border",
        "(?i:aid) convoys?",
        "(ab){2,3}c",
        "x[yz]{1,2}w",
        "corridor$",
        "^safe",
        "(?=lift)lift\\w* the siege",
        "[^ ]+ing passage",
        "\\w+n't allow",
    ],
    "against": ["(?<!not )close[sd]?", "seal(ed)? off", "(?:no|zero) (entry|access)"],
    "negated": ["(?i:refuse) entry"],
    "for_verbs": ["open(s|ed)?", "reopen"],
    "against_verbs": ["shut"],
    "negators": ["not", "never"],
    "hedges": ["may"],
}

VOCABULARY = (  # words that meet the rules above and the ceasefire target, and separators
    "the a not never may open reopen reopened opens border closed close closes sealed seal off no "
    "zero entry access aid AID convoy convoys ab abab ababab c xyw xzzw corridor safe lift lifted "
    "siege passing passage don't allow crossing crossings gate gates shut refuse REFUSE Entry "
    "ceasefire cease-fire truce call calls called for urged rejected deal hamas the enemy "
    "destroy eliminated total victory de-escalation talks . , ; \n \0"
)
WORDS = VOCABULARY.split(" ")


def random_texts(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(WORDS) + rng.choice(("", " ", " ", "-")) for _ in range(rng.randint(0, 14))
        )
        for _ in range(n)
    ]


def unfiltered(text: str, rules) -> tuple[float, str, bool]:
    """Score a text the slow way: every rule searched, as before the pre-filter."""
    matched = st._for_matching(text)  # what stance() matches: lower case, no quotation marks
    named = rules.term is not None and next(st._matches(rules.term, matched), None) is not None
    return (*st._cues(text, rules), named)


# --------------------------------------------------------------------------- needs


def test_needs_spell_out_fixed_words():
    sets = needs(r"call(s|ed|ing)? for (an? |the )?(\w+ ){0,3}(cease-?fire|truce)")
    assert frozenset({"call"}) in sets
    assert frozenset({"cease-fire", "ceasefire", "truce"}) in sets


def test_needs_of_alternatives_unite_each_branch():
    assert needs(r"(\w+ completely destroy|defeat\w*) hamas") == (
        frozenset({"hamas"}),
        frozenset({"completely", "defeat"}),  # the longest word of " completely destroy"
    )


@pytest.mark.parametrize(
    "pattern",
    [
        "(?i)refuse",  # case-insensitive: a literal may match other letters
        "(?i:refuse)",
        "\\w+",
        "ab?",  # nothing of three characters is certain
        "(refuse)?",
        "(refuse|\\w+)",
        "(",  # not a regex at all: filter nothing
    ],
)
def test_needs_nothing_when_nothing_is_certain(pattern):
    assert needs(pattern) == ()


def test_finder_matches_plain_substring_search():
    texts = random_texts(300, seed=1) + ["", "", "truce", "a\0truce\0"]
    finder = Finder(texts)
    for string in ("truce", "hamas", "open", "xyw", "zzz", "\nno"):
        assert finder.texts_with(string) == {i for i, t in enumerate(texts) if string in t}
    sets = (frozenset({"truce", "talks"}), frozenset({"call"}))
    expected = {i for i, t in enumerate(texts) if ("truce" in t or "talks" in t) and "call" in t}
    assert finder.texts_meeting(sets) == expected
    assert list(finder.texts_meeting(())) == list(range(len(texts)))


@pytest.mark.parametrize("per_text_tests", [0, 10**9], ids=["by-vocabulary", "text-by-text"])
def test_finder_narrows_the_same_either_way(monkeypatch, per_text_tests):
    # texts_meeting narrows by later sets with a vocabulary search or text by text
    monkeypatch.setattr("corpus.prefilter._PER_TEXT_TESTS", per_text_tests)
    texts = random_texts(800, seed=3) + ["call for a truce", "a\0call\0truce", "recall talks"]
    sets = (frozenset({"truce", "talks"}), frozenset({"call", "no deal"}), frozenset({"ope"}))
    expected = {
        i
        for i, t in enumerate(texts)
        if ("truce" in t or "talks" in t) and ("call" in t or "no deal" in t) and "ope" in t
    }
    assert Finder(texts).texts_meeting(sets) == expected


# --------------------------------------------------------------------------- same results


@pytest.mark.parametrize("target", ["ceasefire", ODD_TARGET], ids=["ceasefire", "odd"])
def test_every_rule_match_survives_the_filter(target):
    rules = st._target_rules(target)
    texts = [t.lower() for t in seed_sentences() + random_texts(1500)]
    finder = Finder(texts)
    for _, _, rx, sets in (
        rules.rules + rules.verb_rules + ((None, None, rules.term, rules.term_needs),)
    ):
        kept = set(finder.texts_meeting(sets))
        missed = [t for i, t in enumerate(texts) if i not in kept and rx.search(t)]
        assert not missed, (rx.pattern, missed[:3])


@pytest.mark.parametrize("target", ["ceasefire", ODD_TARGET], ids=["ceasefire", "odd"])
def test_filtered_scores_equal_unfiltered_scores(target):
    rules = st._target_rules(target)
    texts = seed_sentences() + random_texts(1500, seed=2)
    texts = list(dict.fromkeys(texts))
    assert st._score_texts(texts, rules) == [unfiltered(t, rules) for t in texts]


def test_odd_target_rules_do_fire():
    # the equality above means something only if the odd rules match some texts
    rules = st._target_rules(ODD_TARGET)
    texts = [t.lower() for t in random_texts(1500, seed=2)]
    fired = {rx.pattern for _, _, rx, _ in rules.rules if any(rx.search(t) for t in texts)}
    assert len(fired) >= len(rules.rules) - 3, sorted(fired)
    assert any(re.search("gate", t) for t in texts)


# --------------------------------------------------------------------------- first_chars


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("(call|urg)(s|ed)? for|demand", "cdu"),
        ("(?:(?:cease-?fires?)|(?:truces?))\\b", "ct"),
        ("(?<!not )close[sd]?", "c"),
        ("(|re)open", "or"),  # the empty branch: the next item may come first
        ("x?y*z", "xyz"),
    ],
)
def test_first_chars_of_a_pattern(pattern, chars):
    assert first_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize("pattern", ["\\w+ing", "(a|\\w)b", "a?", "(?i)refuse", "(?i:aid)", "("])
def test_first_chars_unknown(pattern):
    assert first_chars(pattern) is None


@pytest.mark.parametrize("target", ["ceasefire", ODD_TARGET], ids=["ceasefire", "odd"])
def test_matches_at_word_starts_equal_a_search_everywhere(target):
    rules = st._target_rules(target)
    texts = [st._for_matching(t) for t in seed_sentences() + random_texts(1500, seed=4)]
    texts += ["_urge a truce", "éurge a truce", "1urge truce", " urge\ntruce", "(crossing)"]
    assert rules.starts  # the term and verb patterns have a finder of word starts
    for rx, starts in rules.starts.items():
        for t in texts:
            fast = [m.span() for m in st._matches(rx, t, starts)]
            assert fast == [m.span() for m in st._matches(rx, t)], (rx.pattern, t)
