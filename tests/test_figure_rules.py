"""Categories a sentence takes from the one before it (corpus.figure_rules, figure_lists).

Each text is written for its test; the forms come from the fourteenth round's read gold
sets (a live blog, a fact-check).
"""

from __future__ import annotations

from figure_helpers import categories_of


def categories(text: str) -> dict[str, str]:
    return categories_of(text, "2023-11-26")


def test_they_are_goes_on_with_the_prisoners_before():
    text = "Israel freed 30 Palestinian prisoners on Sunday. They are 24 minors and six women."
    found = categories(text)
    assert (found["24"], found["six"]) == ("prisoners_released", "prisoners_released")


def test_of_them_dead_after_a_strike_s_toll_stays_killed():
    text = "A strike hit the school, killing 20 people. Twelve of them were children."
    assert categories(text)["Twelve"] == "killed"
