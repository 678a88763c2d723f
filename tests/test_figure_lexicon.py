"""The figure cue lists: well-formed data and leftmost-longest matching."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from corpus.figure_lexicon import TOKEN, CueIndex, lexicon, token_spans, tokens
from corpus.paths import package_data


def _leaves(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _leaves(value)
    elif isinstance(node, list):
        yield from node


def test_every_cue_is_a_string():
    # YAML reads bare on/no/yes as booleans and splits "per 1,000" at the comma
    data = yaml.safe_load(package_data("figure_lexicon.yaml").read_text(encoding="utf-8"))
    assert [c for c in _leaves(data) if not isinstance(c, str)] == []


def test_longest_phrase_wins():
    index = CueIndex.build({"killed": ["toll"], "scope": ["death toll"]})
    assert [kind for _, _, kind, _ in index.find("The death toll rose")] == ["scope"]


def test_first_listed_kind_wins_for_a_shared_word():
    index = CueIndex.build({"military": ["soldiers"], "people": ["soldiers"]})
    assert index.kind("Soldiers") == "military"


def test_cue_offsets_point_into_the_text():
    text = "Palestinians killed in the past 24 hours"
    for start, end, _, cue in lexicon().scopes.find(text):
        assert text[start:end].lower() == cue


def test_tokens_keep_hyphenated_words_and_curly_apostrophes():
    assert [t for _, _, t in tokens("Hamas-run ministry’s toll")] == [
        "hamas-run",
        "ministry's",
        "toll",
    ]


_PIECES = st.sampled_from(
    ["has", "has-been", "it's", "_has", "3has", "’s", "é", "İ", "Toll", "death", "toll",
     "in", "the", "past", "24", "hours", "x-y", "--", "'", " ", ", ", "\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_token_spans_are_the_token_matches(text):
    # token_spans splits instead of matching one token at a time: same tokens, same offsets
    lowered = text.replace("’", "'").lower()
    if text.replace("’", "'").isascii():
        expected = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(lowered)]
        assert tokens(text) == expected


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_longer_cues_indexed_by_two_words_match_leftmost_longest(text):
    index = CueIndex.build({"a": ["past 24 hours", "past 24", "death toll"], "b": ["toll", "in"]})
    words = [t for _, _, t in tokens(text)]
    found, i = [], 0
    while i < len(words):  # the plain definition: at each word, the longest cue that fits
        for size, (kind, key) in [(3, ("a", "past 24 hours")), (2, ("a", "past 24")),
                                  (2, ("a", "death toll")), (1, ("b", "toll")), (1, ("b", "in"))]:  # fmt: skip
            if " ".join(words[i : i + size]) == key:
                found.append((kind, key))
                i += size
                break
        else:
            i += 1
    assert [(kind, key) for _, _, kind, key in index.find(text)] == found


_OPENINGS = ("skip_after", "relative", "duration_after", "currency_after")


@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                "-",
                "\t",
                "\u00a0",
                "hours",
                "DAYS",
                "more",
                "per cent",
                "%",
                "-year-old",
                "U.S. dollars",
                "euros",
                "after",
                "ago",
                "people",
                "pe",
                "ſ",
                "K",
                "İ",
                "o’clock",
                "th",
                "x",
                "mins read",
                "-fold",
            ]
        ),  # fmt: skip
        max_size=5,
    ).map("".join)
)
def test_openings_match_as_their_patterns(text):
    # the quick test on the first letters past the spaces never loses a match
    lex = lexicon()
    for name in _OPENINGS:
        opening = getattr(lex, name)
        found, expected = opening.match(text), opening.pattern.match(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_token_offsets_hold_after_a_letter_that_lower_cases_longer():
    text = 'İddia (Claim): "Israel released 1,900 prisoners."'
    words, starts, ends = token_spans(text)
    assert [text[a:b].lower() for a, b in zip(starts, ends, strict=True)] == words
    assert "released" in words
