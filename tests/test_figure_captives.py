"""Captives held or freed, dead or alive (corpus.figure_captives).

Each text is written for its test; the forms come from the seventeenth round's read gold
sets (blind121-128).
"""

from __future__ import annotations

import pytest
from figure_helpers import categories_of


def categories(text: str) -> dict[str, str]:
    return categories_of(text, "2024-08-20")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Of the 115 hostages still in Gaza, Israeli officials believe at least 41 are dead.",
            "41",
        ),
        ("Israel says 111 hostages remain in Gaza. The army says 39 of them are dead.", "39"),
        ("Israel says 128 hostages remain in Gaza, 35 of whom are believed to be dead.", "35"),
    ],
)
def test_hostages_said_to_be_dead_are_still_held(text, number):
    assert categories(text)[number] == "hostages_held"


def test_dead_among_released_hostages_stay_released():
    text = "Hamas released 33 hostages in the first phase, eight of whom were dead."
    assert categories(text)["eight"] == "hostages_released"


def test_people_said_to_be_dead_after_a_strike_stay_killed():
    text = "Rescuers pulled 12 people from the rubble of the house, and at least five are dead."
    assert categories(text)["five"] == "killed"


def test_remains_returned_out_of_the_dead_captives_split_released_and_held():
    text = (
        "Hamas has so far handed over the remains of only four of the 28 dead hostages, "
        "leaving 24 still in Gaza."
    )
    found = categories(text)
    assert (found["four"], found["28"]) == ("hostages_released", "hostages_held")


def test_bodies_the_captors_return_are_released_hostages():
    text = "On Thursday Hamas returned four bodies, among them those of two small children."
    assert categories(text)["four"] == "hostages_released"


def test_bodies_of_all_the_dead_captives_to_be_returned_are_released():
    text = "Under the deal, the bodies of all 28 deceased hostages are to be returned."
    assert categories(text)["28"] == "hostages_released"


def test_palestinians_held_in_israeli_prisons_are_not_hostages():
    text = (
        "The Palestinian Prisoners' Society said more than 10,000 Palestinians are still "
        "held in Israeli prisons."
    )
    assert categories(text)["10,000"] == "other"


def test_palestinians_held_in_israeli_jails_exchanged_are_prisoners():
    text = (
        "Hamas is to free 50 women and children in exchange for 150 Palestinian women and "
        "minors held in Israeli jails."
    )
    assert categories(text)["150"] == "prisoners_released"


def test_captives_handed_over_in_two_stages_are_released():
    text = (
        "The army said Hamas handed the hostages over to the Red Cross in two stages, first "
        "seven of them in the morning and then thirteen a couple of hours later."
    )
    found = categories(text)
    assert (found["seven"], found["thirteen"]) == ("hostages_released", "hostages_released")


def test_prisoners_freed_while_hostages_went_in_two_groups_stay_prisoners():
    text = (
        "Hamas released the 20 surviving hostages in two groups, while Israel freed 1,968 "
        "Palestinian prisoners and detainees."
    )
    assert categories(text)["1,968"] == "prisoners_released"
