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
    ],
)
def test_counts_beside_capitals_stay(text):
    numbers = find_numbers(text)
    assert not any(names_with_a_number(text, n) for n in numbers)


def test_a_slug_needs_a_line_of_its_own():
    assert values("UN OCHA said 1405 families had been displaced from Rafah.") == ["1405"]
