"""Statistics of research news (corpus.figure_intervals): an estimate's interval counts what
the estimate counts; a ratio, a life expectancy and a DOI count nothing.

Each sentence is written for its test, in the forms of the thirty-first round's read gold
set of science and health-research news (blind283).
"""

from __future__ import annotations

import pytest
from figure_helpers import figures_of


def rows(text: str) -> list[list[str]]:
    return figures_of(text, "2024-02-19")[["value_text", "category"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "The authors estimate 49,600 excess deaths (95% uncertainty interval 40,100 to 60,300).",
        "Under a ceasefire they project 8,900 excess deaths (6,100 to 13,400), most from disease.",
        "Those excess deaths add an estimated 11,300 killed (95 percent CI 6,900 to 16,800).",
    ],
)
def test_an_estimates_interval_counts_what_the_estimate_counts(text):
    assert {category for _, category in rows(text)} == {"killed"}


def test_an_interval_in_its_own_sentence_counts_what_the_estimate_before_counts():
    text = (
        "The survey estimates 93,000 violent deaths. The 95 percent confidence interval runs "
        "from 81,700 to 104,900."
    )
    assert [c for _, c in rows(text)] == ["killed", "killed", "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Prevalence rose (prevalence ratio 1.58; 95% confidence interval [CI] 1.41–1.77).",
        "Life expectancy at birth fell from 75.4 years to 38.9 years (95% CI 35.2 to 42.7).",
        "The paper is at doi: 10.1371/journal.pgph.0004127",
        "16-Jan-2025",
        "The WHO said there is one toilet for every 850 people in some shelters.",
    ],
)
def test_a_ratio_a_life_expectancy_a_doi_and_a_date_stamp_are_no_figures(text):
    assert rows(text) == []


def test_a_range_in_brackets_after_a_count_shares_its_category():
    assert rows("About 200 trucks (up from 150) entered on Monday.") == [
        ["200", "aid"],
        ["150", "aid"],
    ]


def test_aid_enough_to_treat_children_counts_the_children_as_aid():
    text = "UNICEF said it had supplies in Gaza to treat around 2,800 children."
    assert rows(text) == [["2,800", "aid"]]
