"""Reporting-verb matching: one scan per article gives what a scan of each unit gives."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus.statements import statements
from corpus.verbs import _first_word_hits, _span_hits, verb_matches

TEXT = (
    'Officials said on Monday that talks had stalled. "We are close," he told reporters.\n\n'
    "The envoy pointed out that re-said claims and unsaid words are not cues. "
    "She warned-ish but later added: nothing."
)


def test_text_start_verb_is_found():
    assert verb_matches("said the minister", 0, 17) == [(0, 4, "said")]


def test_words_inside_longer_words_are_not_verbs():
    assert verb_matches("unsaid re-said said-so", 0, 22) == []


def test_multi_word_form_is_matched_whole():
    text = "The envoy pointed out that talks stalled."
    assert verb_matches(text, 0, len(text)) == [(10, 21, "pointed out")]


def test_unit_ending_before_particle_keeps_the_short_form_rule():
    text = "The envoy pointed out that talks stalled."
    # the unit stops after "pointed": "pointed out" cannot match inside it
    assert [f[2] for f in verb_matches(text, 0, 17)] == [
        f[2] for f in verb_matches(text[:17], 0, 17)
    ]


def test_unit_cut_inside_a_word_finds_what_a_unit_scan_finds():
    # "said" then a cut before "-so": a scan limited to the unit sees a whole word
    text = "He said-so."
    assert verb_matches(text, 0, 7) == verb_matches(text[:7], 0, 7)


def test_every_unit_split_agrees_with_scanning_the_unit_alone():
    for u0 in range(0, len(TEXT), 7):
        for u1 in range(u0 + 1, len(TEXT) + 1, 11):
            assert _first_word_hits(TEXT, u0, u1) == _span_hits(TEXT, u0, u1), (u0, u1)


def test_article_scan_finds_what_one_pattern_scan_finds():
    from corpus.verbs import _first_word_pattern, _scan_article

    text = 'said it. "Told" (added) —warned\nsaid-so é-said ’said “said” _said said'
    for t in (text, TEXT, "x" + text):
        expected = [(m.start(), m.end(), m.group()) for m in _first_word_pattern().finditer(t)]
        assert _scan_article(t) == expected


def test_first_word_starts_are_the_starts_of_a_whole_text_scan():
    from corpus.verbs import first_word_starts

    assert first_word_starts(TEXT) == [h[0] for h in _span_hits(TEXT, 0, len(TEXT))]


def test_span_cutting_a_word_is_told_apart():
    from corpus.verbs import cuts_word

    text = "He said-so today."
    assert cuts_word(text, 0, 7)  # ends before "-so"
    assert cuts_word(text, 4, 10)  # starts inside "said"
    assert not cuts_word(text, 3, 10)  # "said-so" whole


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken is the U.S. secretary of state.",
        "Israel declared war on Hamas after the attack.",
        "Soldiers declared a closed military zone for 48 hours.",
        "Officials declared a state of emergency in the south.",
    ],
)
def test_a_state_named_and_a_war_declared_are_no_statements(text):
    assert statements(_one(text)).empty


def test_a_war_declared_over_is_a_statement():
    assert statements(_one("Trump declared the war over in a speech to the Knesset.")).shape[0] == 1


def _one(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.NaT]})


def test_demands_that_are_met_are_a_noun():
    text = "Hostage – a person who is captured and held by a group until demands are met."
    assert statements(_one(text)).empty


def test_a_group_that_says_its_attacks_are_in_solidarity_still_speaks():
    text = "The Houthis launched 50 attacks, which the group says are in solidarity with Gaza."
    assert statements(_one(text)).shape[0] == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In exchange, Israel freed 39 Palestinian women from its prisons, "
            "the Associated Press reports.",
            "Associated Press",
        ),
        ("About 1.4 million Gazans have been displaced, the UN estimates.", "UN"),
    ],
)
def test_a_body_after_a_comma_at_the_sentence_end_reports(text, speaker):
    table = statements(_one(text))
    assert table["speaker"].tolist() == [speaker]


def test_reports_after_according_to_stay_a_noun():
    table = statements(_one("Some 50 trucks entered, according to media reports."))
    assert "report" not in table["verb"].tolist()


def test_people_reported_killed_is_no_report():
    table = statements(
        _one(
            "With the number of people reported killed in Gaza passing 40,000, senior UN "
            "officials on Friday urged Israel and Hamas to seize the moment."
        )
    )
    assert table["speaker"].tolist() == ["senior UN officials"]


@pytest.mark.parametrize(
    "text",
    [
        "At about 23:30 on 12 October, the Israeli military notified the UN team in Gaza that "
        "all residents should move south within 24 hours.",
        "COGAT informed U.N. agencies on Tuesday that only 300 aid trucks a day would enter.",
        "Ismail Haniyeh had informed Qatar's prime minister, Sheikh Mohammed bin Abdulrahman "
        "Al Thani, of the movement's approval in a phone call.",
        "Twenty-three people crossed into Egypt on Tuesday, the Foreign Ministry informed TASR.",
    ],
)
def test_informing_someone_of_a_message_is_a_statement(text):
    assert statements(_one(text)).shape[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The army informed the families of the soldiers on Sunday.",
        "The ministry notified the Red Cross before the convoy left.",
    ],
)
def test_informing_someone_without_a_message_is_none(text):
    assert statements(_one(text)).empty
