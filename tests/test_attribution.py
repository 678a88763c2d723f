"""Attribution cues: the per-article hint index answers as a search of each unit would."""

from __future__ import annotations

from corpus.attribution import find_cues
from corpus.special_cues import _SPECIAL_HINT
from corpus.special_cues import hint as _hint

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


def test_unit_ruled_out_by_the_anchors_has_no_cue():
    from corpus.attribution import cue_anchors, holds_no_cue

    text = TEXT + ' "We will not stop," he said-so. Officials said nothing; unsaid.'
    anchors = cue_anchors(text)
    ruled_out = 0
    for u0 in range(0, len(text), 3):
        for u1 in range(u0 + 1, len(text) + 1, 7):  # spans cutting words included
            if holds_no_cue(text, u0, u1, anchors):
                ruled_out += 1
                assert find_cues(text, u0, u1) == [], (u0, u1)
    assert ruled_out  # the test checks something


def test_unit_with_a_verb_is_not_ruled_out():
    from corpus.attribution import cue_anchors, holds_no_cue

    text = "The talks resumed. Officials said they would go on."
    anchors = cue_anchors(text)
    assert holds_no_cue(text, 0, 18, anchors)
    assert not holds_no_cue(text, 19, len(text), anchors)


def test_inverted_verb_takes_no_bare_article_as_its_speaker():
    # the clause's own subject was not found: "a vigil" opens the content, "a" is no speaker
    text = "Convener of the Windhoek solidarity group, J. Doe, said a vigil would be held."
    assert all(c.subj_end - c.subj_start > 1 for c in find_cues(text, 0, len(text)))


def test_a_pronoun_that_opens_the_content_is_no_inverted_speaker():
    # "said she welcomed": "she" is the subject of the reported clause, not of "said"
    text = "Aid was blocked again on Monday, said she welcomed any release."
    assert all(c.pattern != "inverted" for c in find_cues(text, 0, len(text)))


def test_a_short_clause_after_the_verb_is_its_content():
    text = "Of the 59 hostages still held in Gaza, Israeli officials believe 24 are alive."
    (cue,) = find_cues(text, 0, len(text))
    assert (cue.side, text[cue.content_start : cue.content_end].strip()) == (
        "right",
        "24 are alive.",
    )


def test_a_day_after_the_verb_leaves_the_content_before_it():
    text = "The truce will hold, Hamas said on Monday."
    (cue,) = find_cues(text, 0, len(text))
    assert cue.side == "left"


def test_the_plan_someone_outlined_is_no_statement():
    text = "The proposal Biden outlined May 31 would begin with a six-week ceasefire."
    assert find_cues(text, 0, len(text)) == []


def test_states_as_a_noun_is_no_reporting_verb():
    text = "Gulf states, which are expected to pay for reconstruction, are wary of committing."
    assert find_cues(text, 0, len(text)) == []


def test_a_reporters_sign_off_and_an_invitation_to_write_are_no_statements():
    for text in ("CHEK's Owen Prentice reports.", "The Gleaner welcomes your comments."):
        assert find_cues(text, 0, len(text)) == []


def test_a_pages_disclaimer_is_no_statement():
    for text in (
        "Opinions expressed are those of the author and do not represent the outlet.",
        "Stay informed with our leading coverage of world news.",
    ):
        assert find_cues(text, 0, len(text)) == []
