"""The words right around a count that settle its category (corpus.figure_nouns).

Each sentence is written for its test; the forms come from the fourteenth round's read
gold sets.
"""

from __future__ import annotations

import pandas as pd

from corpus.figures import figures


def categories(text: str) -> dict[str, str]:
    articles = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published": [pd.Timestamp("2025-10-14")]}
    )
    out = figures(articles)
    return dict(zip(out["value_text"], out["category"], strict=True))


def test_captives_handed_over_in_groups_are_released():
    text = (
        "Hamas freed 18 hostages on Monday, handing them to the Red Cross in two groups "
        "of five and 13."
    )
    found = categories(text)
    assert (found["five"], found["13"]) == ("hostages_released", "hostages_released")


def test_hostages_who_crossed_into_egypt_are_released():
    text = "The army said 12 hostages had crossed from Gaza into Egypt on Friday evening."
    assert categories(text)["12"] == "hostages_released"


def test_foreign_nationals_who_crossed_into_egypt_are_no_captives():
    text = "Eight Irish citizens have crossed from Gaza into Egypt through Rafah."
    assert categories(text)["Eight"] == "other"


def test_the_people_a_territory_holds_are_no_displacement_count():
    text = "Nearly a million people have been displaced inside the territory of 2.2 million."
    assert categories(text)["2.2 million"] == "other"


def test_the_remains_of_hostages_still_in_gaza_are_held():
    text = "Officials say the remains of four hostages, three Israelis and a Nepali, are still in Gaza."
    assert categories(text)["four"] == "hostages_held"


def test_remains_handed_over_are_released_even_when_others_remain():
    text = (
        "Hamas handed over the remains of two hostages on Monday, while 19 bodies remain in Gaza."
    )
    assert categories(text)["two"] == "hostages_released"
