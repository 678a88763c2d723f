"""Poll findings: a share of a group says, thinks or believes; the group speaks."""

from __future__ import annotations

from corpus.polls import poll_anchors, poll_cues
from corpus.statements import article_statements


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_type"]) for r in article_statements(text)]


def test_a_share_of_a_group_speaks_as_the_group():
    text = "Roughly two in three Americans (65%) say the attack was an act of terrorism."
    assert _speakers(text) == [("Americans", "anonymous")]


def test_a_share_of_named_respondents():
    text = "In Gaza, 83% of respondents said that someone in their household had gone hungry."
    assert _speakers(text) == [("respondents", "anonymous")]


def test_a_bare_share_speaks_for_the_group_of_the_last_finding():
    text = (
        "A new poll finds seven-in-ten Canadians (71%) say they support extending the truce. "
        "Three-in-five (61%) now say the military response has gone too far."
    )
    assert _speakers(text) == [("Canadians", "anonymous"), ("Canadians", "anonymous")]


def test_an_among_opener_names_the_group():
    text = (
        "The survey was fielded online. Among adults under 35, just 29% say they side with Israel."
    )
    assert _speakers(text) == [("adults under 35", "anonymous")]


def test_two_shares_joined_by_and_are_two_speakers():
    text = (
        "A majority of Democrats (68%) and a plurality of Republicans (41%) agree that the US "
        "should press both sides for a pause."
    )
    assert _speakers(text) == [("Democrats", "anonymous"), ("Republicans", "anonymous")]


def test_think_and_believe_report_a_poll_finding():
    text = "Only 36 per cent think the truce will hold; 44 per cent believe fighting will resume, the poll found."
    cues = poll_cues(text, 0, len(text))
    assert [(text[c.subj_start : c.subj_end], c.verb) for c in cues] == [
        ("Only 36 per cent", "think"),
        ("44 per cent", "believe"),
    ]


def test_a_share_naming_no_group_is_no_speaker_on_a_page_without_a_poll():
    # those a reporter met, not those a pollster asked
    assert _speakers("Most said they would go back to the north as soon as they could.") == []


def test_a_share_inside_a_relative_clause_is_no_finding():
    text = "Some 115 hostages are still held, about a third of whom Israeli officials believe are dead."
    assert poll_cues(text, 0, len(text)) == []


def test_a_share_must_open_its_clause():
    # (an inverted attribution after a rise, not a share of those polled)
    text = (
        "In the poll's first week, food prices in Gaza rose by 40% says the World Food Programme."
    )
    assert poll_cues(text, 0, len(text)) == []


def test_the_verbs_of_findings_are_anchors_for_the_statement_stage():
    text = "The poll was taken last week. 57% think the US could be drawn into the fighting."
    assert [text[a : a + 5] for a in poll_anchors(text)] == ["think"]
