"""Palestinians held in Israel's prisons are counted people, not captives
(corpus.figure_prisons), and other counts of the prisoner and detainee pages.

Each text is written for its test; the forms come from the twenty-sixth round's read gold
sets (blind209 and blind214).
"""

from __future__ import annotations

import pandas as pd
import pytest
from figure_helpers import figures_of


def rows(text: str) -> dict[str, tuple[str, str]]:
    out = figures_of(text, "2025-01-20")
    return dict(
        zip(out["value_text"], zip(out["category"], out["scope"], strict=True), strict=True)
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Addameer said 3,432 administrative detainees are held without charge or trial.", "3,432"),
        (
            "The number of administrative detainees, held without charge or trial, has "
            "climbed to 2,070, the society said.",
            "2,070",
        ),
        ("The society says 7,000 Palestinians remain in the occupation's prisons.", "7,000"),
        ("Some 9,900 prisoners were being held in IPS facilities in August.", "9,900"),
    ],
)
def test_detainees_held_by_israel_are_a_running_count_of_other_people(text, number):
    assert rows(text)[number] == ("other", "cumulative")


def test_detainees_still_held_after_a_release_are_not_the_released():
    text = (
        "Even after Monday's release, more than 10,400 Palestinians remain held in the "
        "occupation's prisons, including 3,376 administrative detainees."
    )
    found = rows(text)
    assert found["10,400"] == ("other", "cumulative")
    assert found["3,376"][0] == "other"


def test_detainees_held_without_charge_who_are_exchanged_are_prisoners_freed():
    text = (
        "All 20 living hostages came home, in return for about 1,968 Palestinian prisoners "
        "and detainees - 250 serving life sentences and 1,718 held without charge."
    )
    assert rows(text)["1,718"][0] == "prisoners_released"


def test_a_count_up_from_an_earlier_one_counts_the_same():
    text = (
        "The total number of prisoners in occupation jails has risen to more than 7,000, "
        "up from about 5,200 before the war, the statement said."
    )
    assert rows(text)["5,200"][0] == "other"


def test_hostages_held_up_from_an_earlier_count_are_hostages_held():
    text = "Hagari said that 222 people were being held in Gaza, up from 212 on Monday."
    assert rows(text)["212"][0] == "hostages_held"


@pytest.mark.parametrize(
    "text",
    [
        "The Red Crescent said its medics treated 27 Palestinians in Beitunia.",
        "The Palestine Red Crescent Society reported treating at least 14 people at the gate.",
    ],
)
def test_people_a_first_aid_crew_treated_are_injured(text):
    assert [c for c, _ in rows(text).values()] == ["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital said it had treated more than 4,000 patients from Gaza.",
        "Its physiotherapists have treated more than 4,500 people since October 2023.",
    ],
)
def test_a_clinics_caseload_is_not_injured(text):
    assert [c for c, _ in rows(text).values()] == ["other"]


def test_a_bare_count_freed_after_a_release_of_prisoners_is_of_prisoners():
    text = "The Israeli authorities released 39 Palestinian detainees. Ninety were freed on Monday."
    assert rows(text)["Ninety"][0] == "prisoners_released"


def test_a_bare_count_freed_in_a_sentence_naming_hostages_keeps_their_side():
    text = (
        "Israel released 39 Palestinian prisoners. As of Monday night, the number of hostages "
        "freed since Friday stood at 69."
    )
    assert rows(text)["69"][0] == "hostages_released"


def test_a_running_count_of_people_held_is_dated_but_one_of_things_is_not():
    text = (
        "The society said on Friday that 7,000 Palestinians remain in Israeli jails. "
        "The agency says 292,000 homes have been destroyed so far."
    )
    out = figures_of(text, "2025-01-20").set_index("value_text")
    assert out.loc["7,000", "asof"] == pd.Timestamp("2025-01-17")
    assert out.loc["292,000", "scope"] == "cumulative"
    assert pd.isna(out.loc["292,000", "asof"])
