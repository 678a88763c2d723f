"""The figure cue lists: well-formed data and leftmost-longest matching."""

from __future__ import annotations

import yaml

from corpus.figure_lexicon import CueIndex, lexicon, tokens
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
