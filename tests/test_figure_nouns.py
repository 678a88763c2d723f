"""The words right around a count that settle its category (corpus.figure_nouns).

Each sentence is written for its test; the forms come from the fourteenth round's read
gold sets.
"""

from __future__ import annotations

import pytest
from figure_helpers import categories_of, figures_of


def categories(text: str) -> dict[str, str]:
    return categories_of(text, "2025-10-14")


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


def test_remains_a_group_still_holds_are_held():
    assert (
        categories("Hamas is believed to still hold the remains of 19 hostages.")["19"]
        == "hostages_held"
    )


def test_remains_a_group_has_yet_to_hand_over_are_held():
    text = "Israel says Hamas has yet to hand over the remains of 16 hostages."
    assert categories(text)["16"] == "hostages_held"


def test_bodies_a_side_is_still_waiting_for_are_held():
    text = "The army said on Tuesday that it was still waiting for the bodies of 24 others."
    assert categories(text)["24"] == "hostages_held"


def test_remains_handed_back_are_released():
    text = "Hamas has since handed back the remains of 25 deceased hostages."
    assert categories(text)["25"] == "hostages_released"


def test_the_bodies_of_palestinians_israel_returns_are_no_toll():
    text = "Israel has returned the bodies of 330 Palestinians, according to the Health Ministry."
    assert categories(text)["330"] == "other"


def test_the_bodies_of_palestinians_handed_back_per_hostage_are_no_toll():
    text = "Under the deal, Israel hands back the bodies of 15 Palestinians for each hostage."
    assert categories(text)["15"] == "other"


def test_the_bodies_of_palestinians_killed_in_a_strike_are_dead():
    text = "Medics recovered the bodies of 15 Palestinians killed in a strike on Tuesday."
    assert categories(text)["15"] == "killed"


def test_the_total_a_toll_passed_is_a_death_toll():
    text = (
        "The ministry said 39,000 people had been killed and 90,000 wounded, the total "
        "having passed 38,000 last week."
    )
    assert categories(text)["38,000"] == "killed"


def test_the_detained_in_a_list_of_released_prisoners_are_released_prisoners():
    text = (
        "Israel released 1,900 prisoners, 200 of them serving life terms and 1,700 "
        "detained in Gaza during the war."
    )
    assert categories(text)["1,700"] == "prisoners_released"


def test_hostages_handed_to_the_red_cross_are_released():
    text = "Hamas handed the first six living hostages to the Red Cross on Monday morning."
    assert categories(text)["six"] == "hostages_released"


def test_a_count_cut_from_one_level_to_another_keeps_what_it_counts():
    text = (
        "Israel said it would cut aid from 600 trucks a day to 300 until the bodies are returned."
    )
    assert categories(text)["300"] == "aid"


def test_captives_brought_out_by_the_deals_are_released():
    assert (
        categories("It was the two deals that brought out more than 130.")["130"]
        == "hostages_released"
    )


def test_relatives_lost_after_a_named_one_are_dead():
    text = "One of the nurses, Hanan, lost her husband and two of her boys in December."
    assert categories(text)["two"] == "killed"


def test_a_count_after_lost_and_a_thing_is_no_toll():
    text = "The bakery lost its oven and two delivery vans in the strike."
    assert categories(text)["two"] != "killed"


def test_people_believed_to_be_among_those_held_are_captives():
    text = "About 10 Americans are believed to be among those held, the senator's office said."
    assert categories(text)["10"] == "hostages_held"


def test_people_among_the_dead_are_dead():
    text = "Three Thai workers were among the dead, the ministry said."
    assert categories(text)["Three"] == "killed"


def test_both_ends_of_a_range_of_captives_are_held():
    text = (
        "Israeli officials estimate that between 100 and 150 people are being held hostage in Gaza."
    )
    found = categories(text)
    assert (found["100"], found["150"]) == ("hostages_held", "hostages_held")


def test_the_far_end_of_a_range_of_dead_is_dead():
    text = "The White House put the number of dead at between 100 and 300."
    found = categories(text)
    assert (found["100"], found["300"]) == ("killed", "killed")


def test_the_kinds_of_prisoners_a_release_freed_are_released():
    text = (
        "Of the prisoners freed on Saturday, 36 were serving life sentences and 333 had been "
        "detained in Gaza during the war, according to the society."
    )
    found = categories(text)
    assert (found["36"], found["333"]) == ("prisoners_released", "prisoners_released")


def test_the_kinds_of_prisoners_after_a_release_sentence_are_released():
    text = (
        "Israel released 1,968 Palestinian prisoners on Monday. Among them were 18 serving "
        "life sentences and 111 people detained in Gaza since the start of the war."
    )
    found = categories(text)
    assert (found["18"], found["111"]) == ("prisoners_released", "prisoners_released")


def test_people_detained_at_a_march_are_no_prisoners_released():
    assert categories("Police said 40 protesters were detained during the march.")["40"] == "other"


def test_casualties_a_hospital_received_are_hurt():
    text = "The ICRC said its field hospital in Rafah had received 179 casualties overnight."
    assert categories(text)["179"] == "injured"


def test_a_family_under_the_rubble_is_missing():
    assert categories_of(
        "My neighbours, a family of nine, are under the rubble.", "2025-03-19"
    ) == {"nine": "missing"}


@pytest.mark.parametrize(
    ("text", "value_text", "category"),
    [
        # "up to" qualifies the count: no aid handed to anyone
        ("Prabowo has said his country could provide up to 20,000 troops.", "20,000", "military"),
        ("Egypt and Jordan have offered to train some 5,000 police recruits.", "5,000", "military"),
        ("Roughly 240 people were taken on Oct. 7.", "240", "hostages_held"),
        (
            "Since Friday, 70 Israeli women and children have been reunited with their families.",
            "70",
            "hostages_released",
        ),
    ],
)
def test_troops_recruits_and_captives_of_the_genre(text, value_text, category):
    assert categories_of(text, "2023-11-28")[value_text] == category


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Gaza officials said some 650 patients and about 7,000 displaced people were "
            "sheltering in the complex.",
            "650",
        ),
        (
            "About 2,300 patients, medical staff and displaced people were believed to be "
            "inside Shifa on Wednesday.",
            "2,300",
        ),
        ("The World Food Programme said all 25 bakeries it supports had shut down.", "25"),
    ],
)
def test_patients_beside_the_displaced_and_bakeries_are_other(text, number):
    assert categories_of(text, "2024-04-01")[number] == "other"


def test_the_displaced_beside_patients_stay_displaced():
    text = "Some 650 patients and about 7,000 displaced people were sheltering in the complex."
    assert categories_of(text, "2024-04-01")["7,000"] == "displaced"


def test_children_lost_after_a_cousin_are_dead():
    assert categories("He lost his cousin and her three children.")["three"] == "killed"


def test_armed_men_are_military():
    text = "Our intelligence people estimate it has between 10,000 and 20,000 armed men."
    assert set(categories(text).values()) == {"military"}


def test_children_whose_abduction_is_verified_are_captives():
    text = "In 2023 we verified the abduction of 38 Israeli children on 7 October."
    assert categories(text)["38"] == "hostages_held"


def test_a_crowd_after_an_abduction_is_no_captive():
    assert categories("The abduction sparked protests by 5,000 people.")["5,000"] != "hostages_held"


def test_a_second_guess_after_a_span_is_a_span():
    text = "It gives the White House about 30 days of political space, maybe 60, to lock it in."
    assert categories(text)["60"] == "duration"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Abu Wassim said his brother's two sons were among the dead.", "two"),
        ("Three journalists are among those killed, the union said.", "Three"),
        ("Al-Qudra said the latest victims were two infants at Kamal Adwan Hospital.", "two"),
        ("Nour Haddad said she lost an aunt and three cousins in a strike on Wednesday.", "three"),
    ],
)
def test_people_named_among_the_dead_are_dead(text, number):
    assert categories(text)[number] == "killed"


def test_people_among_those_rescued_are_not_dead():
    assert categories("Two aid workers were among the 40 people rescued.")["Two"] != "killed"


def test_men_under_arms_are_military():
    text = "Nobody will send a force into Gaza while Hamas still has 20,000 men under arms."
    assert categories(text)["20,000"] == "military"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The media office estimated that around 13,000 tents had been damaged.", "13,000"),
        (
            "Civil Defence said the strike hit at least 15 tents sheltering displaced families.",
            "15",
        ),
        ("About 70 tents remained on the mall Tuesday, the campus paper reported.", "70"),
    ],
)
def test_tents_struck_or_of_a_protest_camp_are_no_aid(text, number):
    assert categories(text)[number] == "other"


def test_tents_that_enter_are_aid_though_the_areas_they_serve_are_damaged():
    text = "More than 20,000 tents have entered to help residents returning to damaged areas."
    assert categories(text)["20,000"] == "aid"


@pytest.mark.parametrize("word", ["amid", "despite", "following"])
def test_a_preposition_after_a_bare_total_is_no_subject(word):
    text = f"The death toll in Gaza has reached 63,025 {word} the talks in Cairo."
    out = figures_of(text, "2025-08-29")
    assert out.loc[out["value_text"] == "63,025", "subject"].isna().all()
