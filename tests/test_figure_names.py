"""Numbers that are part of a name or a wire code (corpus.figure_names).

Each line is written for its test; the forms come from the eighteenth round's read gold
sets (blind129-136: US local television, newsletters, news agencies).
"""

from __future__ import annotations

import pytest
from figure_helpers import figures_of

from corpus.figure_names import names_with_a_number
from corpus.numbers import find_numbers


def values(text: str) -> list[str]:
    return figures_of(text, "2024-10-08")["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "PFW political scientist Leah Morganstern talks with WANE 15's Alexis Cruz about Gaza.",
        "Stream KCCI 8 News at 6 on our app.",
        "Watch FOX 5 for the latest on the cease-fire talks.",
        "1440 Media, Chicago, IL",
        "UNI SNG RN 1405",
        "Sam Elkhatib joined the WDIV Local 4 News team in 2019.",
        "Detroit Today airs weekdays at 9 a.m. on 101.9 WDET.",
        "A diplomatic source in New York told 24.kg that Egypt had been approached.",
        "The FTSE 100 rose to 8,390 points.",
        "By midday the Tel Aviv 35 Index was up 1.2%.",
        "The Army still has a contract to buy ATMOS 2000 howitzers from Elbit.",
        "Israel intercepted a missile using the Arrow 3 system.",
        "Sign up for the Top 8, a roundup of the day's top stories.",
        "Oxfam Ireland, Portview House, Thorncastle Street, Dublin 4",
        "Cite this as: BMJ 2024;386:q1884",
        "1 of 14",
        "Weather: 52°F Cloudy",
        "Listen to Ep. 405 – Phase two that never was",
        "Read the original: Detail Resolusi 2803",
        "China urged the implementation of resolutions 2720 (2023), 2728 (2024) and 2735 (2024).",
        "A charity registered in England and Wales (220949) and the Isle of Man (0752).",
        "Fiji's Prime Minister told Fiji One News that the release was an answer to prayer.",
        "R (Al-Haq) v Secretary of State for Business and Trade [2025] EWHC 1615 (Admin)",
        "(1) Unanimously, Finds that it has jurisdiction to give the advisory opinion;",
        "Sen. Peter Welch told Seven Days on Wednesday that the ceasefire was working.",
        "El Al said it is adding capacity on its Boeing 787-9s to New York.",
        "The Treasury designated her under Executive Order 13928 last year.",
        "1 Calgary weather: Temperatures set to dip below zero this weekend",
    ],
)
def test_names_and_slugs_are_no_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The WHO 15 days ago warned of famine in the north.",
        "Israeli strikes killed 15 people in Khan Younis on Monday.",
        "The army said 8 News crews were escorted into Gaza.",
        "Hamas fired 3 rockets at Sderot on Monday.",
        "Hamas Frees Three More Hostages as Truce Holds",
        "Three Israeli women were freed on Sunday.",
        "3 Palestinians were killed in a strike on Monday.",
    ],
)
def test_counts_beside_capitals_stay(text):
    numbers = find_numbers(text)
    assert not any(names_with_a_number(text, n) for n in numbers)


def test_a_slug_needs_a_line_of_its_own():
    assert values("UN OCHA said 1405 families had been displaced from Rafah.") == ["1405"]


@pytest.mark.parametrize(
    "text",
    [
        "Views: 1,234",
        "Top comment • 1,245 likes",
        "Page 2 of 5",
        "Hansard reference: Vol. 752, col. 1034",
        "Division No. 45: Ayes 312, Noes 24",
        "The House divided: Ayes, 282; Noes, 12.",
        "[1] Ministry of Health, Gaza, daily report.",
        "Footnote 2: The figure excludes the West Bank.",
    ],
)
def test_counters_records_divisions_and_footnotes_are_no_figures(text):
    assert values(text) == []


def test_a_footnote_mark_leaves_the_count_before_it():
    assert values("The ministry said the strike killed 12 people.[3]") == ["12"]


def test_a_number_in_brackets_inside_a_sentence_stays():
    assert values("Strikes killed 12 people (3 of them children) in Rafah.") == ["12", "3"]
