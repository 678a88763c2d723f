"""Shortcuts in the statements stage answer as the regular expressions they stand for.

Each rule below skips a regex call with a cheaper test (a character, the last word, a
str.find); these tests run both on many small strings built from the words the patterns
care about, including the awkward ones (non-ASCII letters, underscores, hyphens, line
breaks, spans that start or stop inside a word).
"""

from __future__ import annotations

import itertools
import re

from corpus import appositives, content, inverted, phrase_words, phrases, unit_rows, verbs

_SEPARATORS = ["", " ", "  ", "\n", " \t", "-", "\u00a0"]


def test_blocked_word_before_a_verb_matches_the_pattern():
    words = [
        "to", "not", "never", "the", "a", "an", "its", "their", "his", "her", "no", "whose",
        "TO", "The", "x", "don't", "won’t", "(the", "_the", "1the", "this", "ſ", "é", "the,",
    ]  # fmt: skip
    for a, b, s1, s2 in itertools.product(words, words, _SEPARATORS, _SEPARATORS):
        text = (a + s1 + b + s2)[-12:]
        for k in range(len(text) + 1):
            before = text[k:]
            expected = bool(verbs._BEFORE_VERB_BLOCK.search(before))
            assert verbs.blocked_before(before) == expected, repr(before)


def test_after_preposition_matches_the_pattern():
    words = ["in", "for", "of", "at", "from", "In", "x", "xin", "fro", "(of", "of_", "é", ""]
    spaces = [" ", "  ", "\n", " \t ", "\u00a0", "       "]
    for a, b, s1, s2 in itertools.product(words, words, spaces, spaces):
        text = a + s1 + b + s2
        for hi in range(1, len(text) + 1):
            if not text[hi - 1].isspace():
                continue
            for lo in range(max(0, hi - 6), hi):
                expected = bool(phrases._AFTER_PREPOSITION.search(text, lo, hi))
                assert phrases._after_preposition(text, lo, hi) == expected, (text, lo, hi)


def test_knowing_matches_the_pattern():
    heads = ["an official", "a source", "a diplomat"]
    tails = [
        "familiar with", "close to", "with direct knowledge of", "briefed on", "privy to",
        "informed about", "speaking on", "who spoke on", "with", "to", "of", "familiar",
    ]  # fmt: skip
    for head, tail, sep in itertools.product(heads, tails, [" ", "  ", "\n", ""]):
        text = f"{head} {tail}{sep}the talks"
        hi = len(text) - len("the talks")
        for lo in range(0, hi + 1):
            expected = appositives._KNOWING.search(text, lo, hi)
            found = appositives.source_qualifier(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span()), (text, lo)


def test_lead_junk_end_matches_the_pattern():
    parts = ["", " ", ",", "; ", "—", "-", "that", "That", "thats", "that_", "tha", "x", "\n"]
    for combo in itertools.product(parts, repeat=3):
        text = "".join(combo)
        for b in range(len(text) + 1):
            for a in range(b + 1):
                expected = unit_rows._LEAD_JUNK.match(text, a, b).end()
                assert unit_rows._lead_junk_end(text, a, b) == expected, (text, a, b)


def test_cuts_word_matches_the_pattern():
    word_char = re.compile(r"[\w-]")

    def expected(text, u0, u1):
        return bool(
            word_char.match(text, u1)
            or (u0 and word_char.match(text, u0 - 1) and word_char.match(text, u0))
        )

    for combo in itertools.product(["a", " ", "-", "_", ".", "é", "1", "\n", "²"], repeat=4):
        text = "".join(combo)
        for u0 in range(len(text) + 1):
            for u1 in range(u0, len(text) + 2):
                assert verbs.cuts_word(text, u0, u1) == expected(text, u0, u1), (text, u0, u1)


def test_forward_stop_finds_what_the_lookbehind_first_pattern_found():
    # the pattern as it was written before the period moved in front of its look-behinds
    before = re.compile(
        r"[,;:!?“”\"(]|(?<![\s.][A-Z])"
        + "".join(rf"(?<!\b{title})" for title in phrase_words.TITLE_ABBREVIATIONS)
        + r"\.(?=\s|$)|\s(?:on|in|at|during|after|before|that|who|"
        r"which|as|saying|said|says|told|tells|when|while|because|but|to)\s"
    )
    samples = [
        "said Dr. Ayesha Raza, a senior fellow at the U.S. Institute",
        "Mr. X. Mrs. Y said. St. Mary", "A. B. the U.N. envoy who", "Prof.", "end.", "KMr. x",
        "Hon.\nx", "e.g. this", "Sen. Z told", "Gen.Brig. Col. Lt. x.",
    ]  # fmt: skip
    for text in samples:
        for i in range(len(text)):
            a, b = before.search(text, i), phrases._FORWARD_STOP.search(text, i)
            assert (a and a.span()) == (b and b.span()), (text, i)


def test_first_clause_and_quote_resumes():
    for text in ["", "a", "a, b", "a; b, c", "a, b; c", ";", ",", "no stop here"]:
        assert content.first_clause(text) == re.split(r"[,;]", text, maxsplit=1)[0]
    for text in [' he said, "and more', " he said", ' he said on Monday in a long way off, "x',
                 ", “", ' x' * 30 + ', "late']:  # fmt: skip
        for u1 in range(len(text) + 1):
            expected = bool(inverted._QUOTE_RESUMES.match(text, 0, u1))
            assert inverted.quote_resumes(text, 0, u1) == expected, (text, u1)
