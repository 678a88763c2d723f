"""A poll's method and age bands are no counts of the war (corpus.figure_surveys)."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of


def values(text: str) -> list[str]:
    return figures_of(text, "2024-05-09")["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "For this survey, a sample of 1,012 adults from the continental U.S. was interviewed online.",
        "Survey conducted May 3-5, 2024, among 2,213 registered voters.",
        "The sample of U.S. registered voters, n=1,000, was weighted by age and region.",
        "The survey was conducted with a random sample of 1,200 respondents (600 in the West Bank "
        "and 600 in the Gaza Strip).",
    ],
)
def test_a_polls_sample_is_not_a_figure(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The poll has a margin of sampling error of ±3.3 percentage points.",
        "The results carry a margin of error of +/- 2 percentage points, 19 times out of 20.",
        "Support for the deal fell 12 percentage points among Democrats.",
    ],
)
def test_a_margin_of_error_or_a_change_in_points_is_not_a_figure(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Support is highest among those aged 18-34 (78%).",
        "Voters under 30 break the other way: 43% side more with the Palestinians.",
        "Three in four Republicans (75%) support sending more weapons to Israel.",
    ],
)
def test_an_age_band_or_a_share_of_those_polled_is_not_a_figure(text):
    assert values(text) == []


def test_a_war_count_in_a_sentence_about_the_poll_stays():
    text = (
        "The survey was fielded Monday, as Israel freed 1,968 Palestinian prisoners, including "
        "250 serving sentences for deadly attacks."
    )
    assert values(text) == ["1,968", "250"]


def test_a_span_after_a_group_is_no_age_band():
    text = "The EU unveiled a 1.6 billion euro package for the Palestinians over three years."
    assert "three" in values(text)
