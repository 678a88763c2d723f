"""Captives held or freed, dead or alive (corpus.figure_captives).

Each text is written for its test; the forms come from the seventeenth round's read gold
sets (blind121-128).
"""

from __future__ import annotations

import pytest
from figure_helpers import categories_of, figures_of


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


# The eighteenth round's read gold sets (blind129-136)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 October, Hamas released the 20 living hostages still held in Gaza.",
        "On Oct. 13, Hamas released the 20 hostages still believed to be alive.",
    ],
)
def test_a_release_done_beats_the_words_that_say_they_were_still_held(text):
    assert categories(text)["20"] == "hostages_released"


def test_a_release_to_come_leaves_them_held():
    text = "The families demanded the release of the 20 hostages still held in Gaza."
    assert categories(text)["20"] == "hostages_held"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We must not forget that more than 160 people are still in the hands of Hamas.", "160"),
        ('"115 of our loved ones are still in the tunnels," the forum said.', "115"),
        (
            "The ministry is working to win freedom for the roughly 15 Thai nationals believed to still be in Gaza.",
            "15",
        ),
        (
            "The attack killed about 1,200 people, and 98 hostages remain in Gaza—officials believe a third of them are dead.",
            "98",
        ),
    ],
)
def test_captive_states_of_other_words(text, number):
    assert categories(text)[number] == "hostages_held"


def test_more_still_held_after_a_clause_opening_that():
    text = "Israel says Hamas has handed over the remains of 24 dead hostages and that four more are still in Gaza."
    assert categories(text)["four"] == "hostages_held"


def test_the_number_of_prisoners_released_names_its_side():
    text = (
        "With Sunday's batch, the number of prisoners released under the exchange deal has "
        "reached 117, the Commission of Detainees' Affairs said."
    )
    assert categories(text)["117"] == "prisoners_released"


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Hamas handed 13 Israeli hostages to the Red Cross on Sunday, along with three Thai nationals.",
            "three",
            "hostages_released",
        ),
        (
            "That brings to 69 the number of hostages freed, along with 150 Palestinian prisoners.",
            "150",
            "prisoners_released",
        ),
        (
            "Hamas said it would release one soldier, Edan Alexander, and the bodies of four dual nationals.",
            "four",
            "hostages_released",
        ),
    ],
)
def test_a_count_joined_to_a_release_shares_it(text, number, category):
    assert categories(text)[number] == category


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Hamas is to free 10 more hostages for every additional day of calm, and Israel to release three Palestinian prisoners for each hostage.",
            "three",
            "prisoners_released",
        ),
        (
            "Hamas is to free 10 more Israeli hostages for every additional day of calm.",
            "10",
            "hostages_released",
        ),
        (
            "Hamas is to release 33 hostages, and Israel to free Palestinian prisoners at a ratio of 30 for each civilian hostage and 50 for each female soldier.",
            "50",
            "prisoners_released",
        ),
        ("Israel has returned the bodies of 15 Palestinians for each.", "15", "other"),
    ],
)
def test_a_rate_of_exchange_counts_the_captives_it_frees(text, number, category):
    assert categories(text)[number] == category


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Israel brought four hostages home alive, and the government presents that as proof.",
            "four",
        ),
        (
            "It worked in November, when the first truce got 105 hostages out over seven days.",
            "105",
        ),
        (
            "The ICRC collected three Israeli women who had been held in Gaza and drove them to Israeli forces.",
            "three",
        ),
        (
            "The truce has brought home 17 Thai nationals who had been held in Gaza since the attack.",
            "17",
        ),
        (
            "When five Thai farm workers walked out of Hamas captivity on January 30, Bangkok celebrated.",
            "five",
        ),
        ("Twenty living people came out of captivity yesterday.", "Twenty"),
    ],
)
def test_captives_taken_out_are_released(text, number):
    assert categories(text)[number] == "hostages_released"


def test_a_wish_to_bring_them_home_leaves_them_held():
    text = "The forum urged the government to finish the deal, bringing home the four deceased hostages whose remains are still held in Gaza."
    assert categories(text)["four"] == "hostages_held"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Hamas on Thursday freed three Israeli hostages - Agam Berger, 20, Arbel Yehud, 29, and Gadi Moses, 80 - and five Thai farm workers.",
            "five",
        ),
        ("Hamas has freed five Thai farmworkers alongside three Israeli hostages.", "five"),
    ],
)
def test_a_list_of_the_freed_goes_on_past_an_aside(text, number):
    assert categories(text)[number] == "hostages_released"


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Hamas has so far handed over the remains of 25 deceased hostages, according to Israeli officials, and three are still in Gaza.",
            "three",
            "hostages_held",
        ),
        (
            "The remains of 25 deceased hostages have since been handed over, while the bodies of three are still in Gaza.",
            "three",
            "hostages_held",
        ),
    ],
)
def test_a_count_with_a_state_of_its_own_ends_the_list(text, number, category):
    assert categories(text)[number] == category


def test_more_of_a_release_on_another_day_are_counted():
    text = "Hamas also handed over the remains of four deceased hostages on Monday and four more on Tuesday."
    found = figures_of(text, "2025-10-16")
    assert found["value_text"].tolist() == ["four", "four"]
    assert set(found["category"]) == {"hostages_released"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Shortly before midnight, the Red Cross handed 13 Israelis and four Thai nationals to the Egyptian authorities at Rafah.",
            "four",
        ),
        (
            "The Red Cross said its teams had received the three women and driven them to Israeli forces.",
            "three",
        ),
        ("Hamas on Thursday handed over four coffins at a stage in Khan Younis.", "four"),
        ("Israel's military said it had received four more coffins through the Red Cross.", "four"),
        (
            "The ICRC said its teams had received seven hostages in the north and the remaining 13 in Khan Younis.",
            "13",
        ),
    ],
)
def test_handovers_through_the_red_cross_and_coffins_are_releases(text, number):
    assert categories(text)[number] == "hostages_released"


def test_patients_a_red_cross_hospital_received_are_no_captives():
    text = "The Red Cross said its field hospital in Rafah had received 119 patients over the past week."
    assert categories(text).get("119") != "hostages_released"


def test_captives_counted_back_in_israel_after_a_sentence_on_them():
    text = "Hamas freed seven living hostages on Monday morning. The Israeli military said all seven had crossed into Israel."
    found = figures_of(text, "2025-10-14")
    assert found["category"].tolist() == ["hostages_released", "hostages_released"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("With four returned, 24 remain in Gaza, the Israeli military said.", "24"),
        ("Hamas still holds around 180 people, and both sides have a reason to keep going.", "180"),
        ("Militants killed about 1,200 people and took roughly 240 captive.", "240"),
        ("Israel believes 94 of them are still in Gaza, at least 34 of whom are dead.", "94"),
    ],
)
def test_held_in_other_words(text, number):
    assert categories(text)[number] == "hostages_held"


def test_people_still_there_after_a_sentence_on_the_captives_are_held():
    text = (
        "Hamas freed 13 hostages on Friday. But there are still around 160 people there, "
        "and the government has to bring every one of them home."
    )
    assert figures_of(text, "2023-11-26")["category"].tolist() == [
        "hostages_released",
        "hostages_held",
    ]


def test_people_still_there_with_no_captives_before_are_no_captives():
    text = "Rafah is crowded. There are still around 160 families there."
    assert "hostages_held" not in figures_of(text, "2023-11-26")["category"].tolist()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The Palestinian Prisoners' Society said that 154 of those freed would be deported abroad via Egypt.",
            "154",
        ),
        ("It added that those freed were 69 women and 21 teenage boys.", "21"),
        ("A further 154 were deported to Egypt, the office said.", "154"),
    ],
)
def test_women_and_minors_freed_and_the_deported_are_prisoners(text, number):
    assert categories(text)[number] == "prisoners_released"


def test_women_and_children_hamas_freed_stay_hostages():
    assert (
        categories("Hamas released 13 Israeli women and children on Friday.")["13"]
        == "hostages_released"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Gaza Health Ministry said on Tuesday it had received 330 bodies so far.", "330"),
        ("The ministry said it had so far received 270 bodies from Israel.", "270"),
        (
            "Israel has returned 15 Palestinian bodies for each set of remains, some 330 in all.",
            "330",
        ),
        ("The bodies of 330 Palestinians have been returned to Gaza so far.", "330"),
    ],
)
def test_palestinian_bodies_an_exchange_hands_back_are_other(text, number):
    assert categories(text)[number] == "other"


def test_bodies_a_hospital_received_after_a_strike_are_killed():
    text = "The hospital received 80 bodies in the first hour, most of them children."
    assert categories(text)["80"] == "killed"


def test_the_dead_of_a_captivity_with_no_handover_are_still_held():
    text = "The harder part was always going to be the remains of the 28 hostages who died in captivity."
    assert categories(text)["28"] == "hostages_held"


def test_the_dead_of_a_captivity_handed_over_are_released():
    text = "Late Monday, Hamas also handed over the remains of four hostages who died in captivity."
    assert categories(text)["four"] == "hostages_released"


def test_the_hostages_families_named_after_a_count_make_it_no_captives():
    text = "The people who pay for that are the 2.2 million Palestinians in Gaza and the hostages' families."
    assert categories(text)["2.2 million"] == "other"


def test_captives_transferred_to_the_red_cross_are_released():
    text = "The military said seven hostages had been transferred to the International Committee of the Red Cross."
    assert categories(text)["seven"] == "hostages_released"


def test_foreigners_freed_beside_an_exchange_are_hostages():
    text = (
        "Hamas freed 81 Israeli women and minors in exchange for 240 Palestinian prisoners, "
        "while another 24 foreigners, most of them Thai farm workers, were released."
    )
    assert categories(text)["24"] == "hostages_released"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Abu Obeida claimed that three hostages, including an American, had been killed in the raid.",
            "three",
        ),
        (
            "The Qassam Brigades claimed that seven hostages, three of them foreigners, were among the dead.",
            "seven",
        ),
    ],
)
def test_captives_killed_past_an_aside_are_killed(text, number):
    assert categories(text)[number] == "killed"


def test_captives_said_to_be_dead_among_those_held_stay_held():
    text = "Israel says 101 hostages are still in Gaza, 35 of whom it believes are dead."
    assert categories(text)["35"] == "hostages_held"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The army says it has received the coffins of four deceased hostages from the Red Cross.",
            "four",
        ),
        ("The remains of 24 of the 28 fallen hostages will have been returned to Israel.", "24"),
        (
            "Hamas must free all 20 living hostages within 72 hours, along with the remains of 28 others.",
            "28",
        ),
        (
            "Israeli commandos pulled four captives out of central Gaza in a raid that left hundreds dead.",
            "four",
        ),
    ],
)
def test_dead_captives_handed_back_or_captives_taken_out_are_released(text, number):
    assert categories(text)[number] == "hostages_released"


def test_bodies_of_captives_troops_recovered_are_the_killed():
    text = "The bodies of six hostages were recovered from a tunnel in southern Gaza, the military said."
    assert categories(text)["six"] == "killed"


def test_a_list_ends_at_the_verb_of_its_clause():
    text = (
        "At least 5,087 Palestinians, including 2,055 children, have been killed since "
        "October 7, and more than 15,270 others have been injured, the ministry said."
    )
    assert categories_of(text, "2023-10-23")["15,270"] == "injured"


def test_the_other_count_of_an_exchange_names_the_other_side():
    text = (
        "Three women were handed over on Sunday and Israel freed 90 Palestinian prisoners "
        "early on Monday, Israel's prison service said."
    )
    found = categories_of(text, "2025-01-20")
    assert (found["Three"], found["90"]) == ("hostages_released", "prisoners_released")


def test_bodies_of_palestinians_returned_by_israel_are_other():
    text = (
        "The Gaza Health Ministry said it had received the bodies of 195 Palestinians "
        "returned by Israel under the agreement."
    )
    assert categories_of(text, "2025-10-21")["195"] == "other"


def test_a_release_with_its_day_before_of_is_a_release():
    text = (
        "The Government welcomes the release yesterday of all 20 living Israeli hostages "
        "held in Gaza and of close to 2,000 Palestinian prisoners."
    )
    assert categories_of(text, "2025-10-14")["20"] == "hostages_released"


def test_captives_with_no_sign_of_release_are_held():
    text = (
        "But for the 25 seafarers aboard the car carrier Galaxy Leader, seized by the "
        "Houthis on Sunday, there was no sign of release."
    )
    assert categories_of(text, "2023-11-23")["25"] == "hostages_held"


def test_israelis_who_crossed_into_israel_are_freed_captives():
    text = (
        "The Israeli military said in a statement that 10 Israelis and two foreign nationals "
        "had crossed into Israel and were undergoing initial medical checks."
    )
    found = categories_of(text, "2023-11-28")
    assert (found["10"], found["two"]) == ("hostages_released", "hostages_released")


def test_a_story_of_captives_goes_on_past_a_sentence_without_numbers():
    text = (
        "Hamas freed 24 hostages on Friday afternoon. The handover came shortly after 4pm. "
        "Red Cross vehicles carried the 13 Israelis, among them four children, to the Rafah "
        "crossing."
    )
    found = categories_of(text, "2023-11-24")
    assert (found["13"], found["four"]) == ("hostages_released", "hostages_released")


def test_hamas_due_to_release_more_is_the_hostages_side():
    text = (
        "Three Israeli hostages were freed on Sunday in exchange for 90 Palestinian "
        "prisoners, and Hamas is due to release four more on Saturday."
    )
    assert categories_of(text, "2025-01-20")["four"] == "hostages_released"


def test_un_bodies_are_organisations_not_the_dead():
    text = "Poverty could climb sharply with every month of fighting, the two UN bodies warn."
    assert categories_of(text, "2023-11-09").get("two") != "killed"


def test_detainees_released_by_israel_are_prisoners():
    text = (
        "The exchange in figures: 1,968 detainees released by Israel, including 250 serving "
        "long sentences and 1,718 held in Gaza during the war."
    )
    found = categories_of(text, "2025-10-14")
    assert {found["1,968"], found["250"], found["1,718"]} == {"prisoners_released"}


def test_a_breakdown_after_a_dash_touching_the_clause_s_last_word_shares_its_side():
    text = (
        "In exchange, Israel freed 90 Palestinian prisoners and detainees from Ofer Prison in "
        "the West Bank early Monday—69 women and 21 minors, according to the commission."
    )
    found = categories_of(text, "2025-01-20")
    assert (found["69"], found["21"]) == ("prisoners_released", "prisoners_released")


def test_bodies_hamas_hands_over_are_released_captives_when_the_word_hostage_is_absent():
    text = (
        "On 14 March Hamas said it was ready to free Edan Alexander, an American-Israeli "
        "soldier, and to hand over the bodies of four dual nationals."
    )
    assert categories_of(text, "2025-03-25")["four"] == "hostages_released"


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, four female soldiers who had been held in Gaza for 477 days were released.",
        "Four Thai nationals taken hostage by Hamas in the October 7 attack have now been "
        "released, the ministry said.",
    ],
)
def test_captives_freed_after_a_clause_that_says_where_they_were_held_are_released(text):
    assert categories(text)[text.split()[2] if text.startswith("On") else "Four"] == (
        "hostages_released"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "According to Israeli officials, 137 hostages are still being held in Gaza after "
            "105 were freed during the truce.",
            "137",
        ),
        ("Of the 251 people abducted on October 7, 20 were released alive last week.", "251"),
    ],
)
def test_captives_held_while_others_were_freed_stay_held(text, number):
    assert categories(text)[number] == "hostages_held"


def test_remains_handed_back_after_a_sentence_on_captives_are_released():
    text = (
        "Hamas has returned 23 of the 28 dead hostages. With Brenner's return, the remains of "
        "24 have been handed back; four are still in Gaza."
    )
    assert categories(text)["24"] == "hostages_released"


def test_a_tally_of_captives_returned_alive_counts_the_released():
    assert categories("251 abducted. 117 returned alive")["117"] == "hostages_released"


def test_a_part_of_the_dead_captives_whose_bodies_were_returned_is_released():
    text = "The bodies of only four of the 28 deceased hostages were returned on Monday."
    assert categories(text)["four"] == "hostages_released"


@pytest.mark.parametrize(
    "text",
    [
        "The remains of 21 have since been returned, leaving seven in Gaza, officials said.",
        "As of Tuesday night, Hamas had returned the remains of 21 of the 28, officials said.",
    ],
)
def test_remains_given_back_are_released_captives_and_those_left_are_held(text):
    found = categories(text)
    assert found["21"] == "hostages_released"
    if "seven" in found:
        assert found["seven"] == "hostages_held"


def test_the_remains_of_palestinians_given_back_are_no_captives():
    assert categories("Israel returned the remains of 15 Palestinians on Tuesday.")["15"] == (
        "other"
    )


def test_captives_brought_to_the_other_side_of_a_crossing_are_released_with_their_parts():
    text = (
        "Vehicles of the Red Cross brought 24 hostages to the Egyptian side of the crossing: "
        "13 Israelis, among them four children, and ten Thai nationals."
    )
    found = categories(text)
    assert found["24"] == found["13"] == found["ten"] == "hostages_released"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas released on October 13 the 20 living captives it was holding, while Israel freed "
        "some 1,968 Palestinian prisoners and detainees.",
        "The ICRC said it had facilitated the transfer of the 20 living captives and of the "
        "prisoners.",
        "Key figures (source: ICRC) – 20 living hostages transferred from Gaza to Israel",
        "All 20 living hostages are now out of Gaza after 738 days in captivity.",
        "The army says 13 more hostages have crossed into Israel, meaning all 20 living hostages "
        "held in Gaza are now free.",
    ],
)
def test_captives_transferred_or_now_free_are_released(text):
    assert categories(text)["20"] == "hostages_released"


def test_captives_now_in_gaza_are_still_held():
    assert categories("About 59 hostages are now thought to be in Gaza.")["59"] == "hostages_held"


def test_captives_freed_after_a_clause_with_a_dated_capture_are_released():
    text = (
        "A cease-fire took effect Sunday morning, and three Israeli women held in Gaza since "
        "Oct. 7, 2023 were freed that afternoon."
    )
    assert categories(text)["three"] == "hostages_released"


def test_remains_returned_beside_a_count_still_in_gaza_are_released():
    text = (
        "As of this morning, the remains of 13 deceased hostages have been returned, and "
        "Israel says 15 are still in Gaza."
    )
    assert categories(text) == {"13": "hostages_released", "15": "hostages_held"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nine months of military pressure since then have rescued seven alive.", "seven"),
        (
            "The Prime Minister's Office confirmed that 13 Israeli hostages were back in Israeli "
            "territory.",
            "13",
        ),
    ],
)
def test_captives_rescued_alive_or_back_in_israeli_territory_are_released(text, number):
    assert categories(text)[number] == "hostages_released"


def test_people_rescued_alive_from_the_rubble_are_no_captives():
    assert categories("Civil defence crews rescued 12 alive from the rubble.")["12"] == "other"


def test_captives_that_more_followed_are_released_like_those_before():
    text = (
        "Just after sunrise, the first seven hostages were handed over to the Red Cross in "
        "northern Gaza. A few hours later, 13 more followed."
    )
    out = figures_of(text, "2025-10-14")
    assert out["category"].tolist() == ["hostages_released", "hostages_released"]


def test_prisoners_a_holder_keeps_in_its_jails_are_held_not_freed():
    text = "It recalled that the occupation continues to hold more than 7,000 Palestinian prisoners in its jails."
    out = figures_of(text, "2023-11-26")
    assert out[["category", "scope"]].values.tolist() == [["other", "cumulative"]]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Hamas handed over the bodies of four deceased hostages, leaving 24 other bodies "
            "still in the enclave.",
            "24",
        ),
        (
            "Of the 48 hostages held when the deal was signed, the remains of three are still "
            "there, according to Israel.",
            "three",
        ),
        (
            "The remains of 15 deceased hostages have been handed over, while the remains of 13 "
            "others are yet to be recovered from under the rubble.",
            "13",
        ),
    ],
)
def test_remains_of_captives_still_there_or_yet_to_be_recovered_are_held(text, number):
    assert categories(text)[number] == "hostages_held"


def test_remains_under_rubble_with_no_captives_are_dead():
    text = "The remains of 40 people are yet to be recovered from the rubble of the building."
    assert categories(text)["40"] == "killed"


@pytest.mark.parametrize("number", ["24", "13", "ten"])
def test_captives_broken_down_by_nationality_before_their_verb_are_released(number):
    # (the parts are nationals, capitalised, and one of them is "a Filipino")
    text = (
        "Yesterday, 24 hostages, 13 Israelis, ten Thais and a Filipino, had already been released."
    )
    assert categories(text)[number] == "hostages_released"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("13 Israeli hostages cross into Egypt, on their way to Israel", "13"),
        ("The 24 hostages arrived in Israel late on Friday.", "24"),
        ("Four hostages are on their way to Israel, the army said.", "Four"),
    ],
)
def test_captives_crossing_or_arriving_are_released(text, number):
    assert categories(text)[number] == "hostages_released"


def test_nationals_crossing_into_egypt_are_no_captives():
    assert (
        categories("Some 500 foreign nationals crossed into Egypt on Wednesday.")["500"] == "other"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The deal would free 50 hostages held in Gaza in exchange for 150 prisoners.", "50"),
        ("Israel agreed to the release of 20 living hostages held by Hamas since October.", "20"),
        ("Qatar said Hamas would release 13 more hostages held in Gaza on Saturday.", "13"),
    ],
)
def test_captives_a_release_frees_are_released_wherever_they_were_held(text, number):
    assert categories(text)[number] == "hostages_released"


def test_captives_held_with_no_release_named_before_them_stay_held():
    text = "Of the 59 hostages held in Gaza, 24 are believed to be alive, officials said."
    assert categories(text)["59"] == "hostages_held"


def test_captives_still_alive_among_those_taken_are_held_now():
    text = (
        "Hamas kidnapped about 240 others, around 100 of whom are believed to be still alive "
        "and being held hostage."
    )
    out = figures_of(text, "2024-10-07")
    assert out.loc[out["value_text"] == "100", "scope"].tolist() == ["cumulative"]


def test_captives_thought_alive_after_the_captives_are_held():
    text = (
        "Of the 251 hostages seized on October 7, 97 are still held in Gaza. Of the 63 "
        "thought to be alive, 56 are Israelis."
    )
    assert categories(text)["63"] == categories(text)["56"] == "hostages_held"


def test_captives_outstanding_after_a_release_are_held():
    assert (
        categories("Hamas freed 33 hostages in the first phase, but 98 are outstanding.")["98"]
        == "hostages_held"
    )
