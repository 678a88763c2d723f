"""Attribution cues: the per-article hint index answers as a search of each unit would."""

from __future__ import annotations

from corpus.attribution import _SPECIAL_HINT, _hint, find_cues

TEXT = (
    "According to the ministry, 40 people died. Israel denies the claim, citing "
    "intelligence.\nHamas rejected it. Talks resumed, the Times quoted a source as saying."
)


def _span(m):
    return m.span() if m else None


def test_unit_without_hint_words_has_no_hint():
    text = "The talks resumed on Monday. Israel denies the claim."
    assert _hint(text, 0, 28) is None


def test_hint_inside_the_unit_is_found():
    text = "The talks resumed on Monday. Israel denies the claim."
    assert _span(_hint(text, 29, len(text))) == (35, 39)  # " den" of "denies"


def test_every_unit_split_agrees_with_a_search_of_the_unit():
    for u0 in range(0, len(TEXT), 5):
        for u1 in range(u0 + 1, len(TEXT) + 1, 9):
            assert _span(_hint(TEXT, u0, u1)) == _span(_SPECIAL_HINT.search(TEXT, u0, u1))


def test_according_to_cue_is_found_through_the_hint():
    text = "According to the Health Ministry, 40 people were killed."
    assert [c.pattern for c in find_cues(text, 0, len(text))] == ["according"]
