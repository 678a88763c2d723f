"""Scope of a figure (corpus.figure_scope): running total, one event's count, or neither.

Each sentence is written for its test. The cases are the forms the fourteenth round
found mislabelled across the gold sets: releases that took place although the sentence
names a deal's phase or plan, the toll of the 7 October attack inside a "since" clause,
a count added to a total, and the displaced people one building or one family held.
"""

from __future__ import annotations

import pytest
from figure_helpers import figures_of

PUBLISHED = "2025-02-06"  # a Thursday


def scope_of(text: str, value_text: str) -> str:
    out = figures_of(text, PUBLISHED)
    found = out[out["value_text"] == value_text]
    assert len(found) == 1, out[["value_text", "category", "scope"]]
    return found.iloc[0]["scope"]


# --- a release that took place is one event, whatever frame the sentence names -------------


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # a past phase that "saw" the releases
        (
            "The first phase of the spring deal, which lasted six weeks, saw 25 hostages "
            "- five of them dead - returned in exchange for some 1,500 prisoners.",
            "five",
        ),
        (
            "The first phase of the spring deal, which lasted six weeks, saw 25 hostages "
            "- five of them dead - returned in exchange for some 1,500 prisoners.",
            "1,500",
        ),
        ("Tuesday was a day that also saw militants free four hostages in Rafah.", "four"),
        # "so far" inside a phase that is still running
        (
            "Under the first phase, which is meant to run for six weeks, Hamas has so far "
            "freed 12 hostages.",
            "12",
        ),
        # the subject, a day, then the verb
        ("Under the first phase of the plan, Hamas on Sunday freed the last 15 hostages.", "15"),
        # a plan's name is a frame, not a plan still to come
        (
            "Nine hostages were released on Sunday under the first phase of the president's "
            "peace plan.",
            "Nine",
        ),
        # "the first/fifth ... to be freed" says which release, not that it is to come
        (
            "Two women held for 400 days have been freed, the first captives to be released "
            "under the agreement.",
            "Two",
        ),
        (
            "Crowds in Ramallah greeted 45 prisoners freed by Israel on Monday, the third "
            "group to be released under the truce.",
            "45",
        ),
        (
            "The first phase of the accord, which began in January, had allowed the exchange "
            "of 20 hostages for 600 prisoners.",
            "20",
        ),
    ],
)
def test_a_release_that_took_place_is_an_incident(text, value_text):
    assert scope_of(text, value_text) == "incident"


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # (an agreed phase's terms are its events: "Under the first phase, Hamas is to free
        # 25 hostages" is an incident, see test_figures_genre)
        ("The proposal calls for Hamas to free 25 hostages over six weeks.", "25"),
        ("The next group to be released will include 30 prisoners.", "30"),
        ("Under the plan, Hamas would free 10 living hostages.", "10"),
    ],
)
def test_a_release_still_to_come_is_na(text, value_text):
    assert scope_of(text, value_text) == "na"


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        (
            "The Palestinian Prisoners' Media Office said 154 of the freed men would be deported.",
            "154",
        ),
        ("Qatar's spokesman said 13 more hostages would be freed on Saturday.", "13"),
        ("The Israel Prison Service said it would free 39 more prisoners overnight.", "39"),
    ],
)
def test_a_scheduled_step_of_an_exchange_under_way_is_an_incident(text, value_text):
    assert scope_of(text, value_text) == "incident"


# --- the toll of the 7 October attack -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        (
            "The ministry says 30,000 people have been killed in Gaza since Oct. 7, when "
            "Hamas gunmen killed about 1,200 people in Israel.",
            "1,200",
            "incident",
        ),
        (
            "The ministry says 30,000 people have been killed in Gaza since Oct. 7, when "
            "Hamas gunmen killed about 1,200 people in Israel.",
            "30,000",
            "cumulative",
        ),
        (
            "Since 7 October, when Hamas carried out attacks that killed some 1,200 people, "
            "the bloc has called for a pause.",
            "1,200",
            "incident",
        ),
        (
            "The war began when militants stormed southern Israel, killing about 1,160 "
            "people, according to official figures.",
            "1,160",
            "incident",
        ),
        (
            "Officials say 59 hostages remain in Gaza; about 1,200 people were killed in the "
            "October 7, 2023 attack that triggered the war.",
            "1,200",
            "incident",
        ),
        # the war's own toll stays a running total
        (
            "The war, which began with the attack on Oct. 7, has killed 39,000 people.",
            "39,000",
            "cumulative",
        ),  # fmt: skip
    ],
)
def test_the_7_october_toll_inside_a_since_or_when_clause(text, value_text, scope):
    assert scope_of(text, value_text) == scope


def test_a_count_added_to_a_named_kind_of_death_is_an_incident():
    text = "The ministry said four more people had died of hunger, bringing hunger deaths to 180."
    assert scope_of(text, "four") == "incident"
    assert scope_of(text, "180") == "cumulative"


# --- the displaced people one building or one family held ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers said the school had been sheltering around 1,800 displaced people.",
        "The strike hit the hall, which housed some 900 displaced people.",
        "About 700 displaced people had been sheltering at the school when it was hit.",
        "Layla, a nurse sheltering with 25 relatives in a classroom, said food had run out.",
        "He said 16 of his relatives had been sheltering in tents near the hospital.",
    ],
)
def test_one_building_s_occupants_are_no_displacement_count(text):
    value_text = next(w for w in text.replace(",", "").split() if w.isdigit())
    value_text = {"1800": "1,800"}.get(value_text, value_text)
    assert scope_of(text, value_text) == "na"


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("About 1.4 million people are sheltering in Rafah, the UN said.", "1.4 million"),
        ("Some 800,000 displaced people are sheltering in the agency's schools.", "800,000"),
    ],
)
def test_a_city_or_many_shelters_hold_the_displaced_population(text, value_text):
    assert scope_of(text, value_text) == "cumulative"


# --- a perfect tense alone: a handful is one event's, a large count a running total --------


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        ("Medics said three people had been killed, among them a nurse.", "three", "incident"),
        ("Rescuers said at least 30 people were still missing under the rubble.", "30", "incident"),
        ("The ministry said 31,000 people had been killed.", "31,000", "cumulative"),
        ("The civil defence says about 10,000 people are still missing.", "10,000", "cumulative"),
        # missing now, not under one strike's rubble: a running total however small
        ("Officials believe eight Canadians remain unaccounted for.", "eight", "cumulative"),
    ],
)
def test_a_perfect_tense_alone_dates_small_counts_as_events(text, value_text, scope):
    assert scope_of(text, value_text) == scope


# --- money given up to now -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        (
            "The grant brings Norway's contribution since October to $40 million.",
            "40 million",
            "cumulative",
        ),  # fmt: skip
        (
            "Since November 2023, the charity has raised more than $9 million for its appeal.",
            "9 million",
            "cumulative",
        ),
        (
            "Ottawa has committed $120 million in assistance for Gaza and the region since "
            "the war began.",
            "120 million",
            "cumulative",
        ),
        ("The minister announced $5 million in new funding for UNRWA.", "5 million", "na"),
    ],
)
def test_money_given_up_to_now_is_a_running_total(text, value_text, scope):
    assert scope_of(text, value_text) == scope


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        # the war as the subject: its toll so far, whatever the tense
        (
            "The ministry said on Monday that the war had killed 45,000 people and wounded 100,000 since October 2023.",
            "45,000",
            "cumulative",
        ),  # fmt: skip
        (
            "The war killed more than 48,000 Palestinians before the truce took hold.",
            "48,000",
            "cumulative",
        ),  # fmt: skip
        # "that day" is the event's day
        (
            "The ministry said 19 people had been killed in strikes across the Strip that day.",
            "19",
            "incident",
        ),  # fmt: skip
        # a stock disclaimer is no plan: the count keeps a scope
        (
            "The group said strikes had killed 12 people, a claim that could not be independently verified.",
            "12",
            "incident",
        ),  # fmt: skip
    ],
)
def test_the_war_s_toll_that_day_and_unverified_claims(text, value_text, scope):
    assert scope_of(text, value_text) == scope


def test_a_part_of_the_dead_in_thousands_is_part_of_the_war_s_toll():
    text = "UNICEF says more than 13,000 of the dead are children; four of the dead were medics."
    assert (scope_of(text, "13,000"), scope_of(text, "four")) == ("cumulative", "incident")


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        # releases counted since the truce began are the truce's events (the guide's rule 7)
        ("In all, 41 hostages have been freed since Friday, the army said.", "41", "incident"),
        ("Since the truce began, 22 hostages have been handed over to Israel.", "22", "incident"),
        # rescues by troops since the war began are counted up
        ("Seven hostages have now been rescued alive since the war began.", "Seven", "cumulative"),
    ],
)
def test_releases_since_a_truce_began_are_its_events(text, value_text, scope):
    assert scope_of(text, value_text) == scope


# --- a wave of strikes is one event; the war, a truce or an offensive weeks long are not ----


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        (
            "The health ministry said on Wednesday that at least 436 people had been killed "
            "since the strikes began before dawn on Tuesday.",
            "436",
            "incident",
        ),
        (
            "Officials said 504 people, including 190 children, had been killed since Israel "
            "resumed its bombardment in the early hours of Tuesday.",
            "190",
            "incident",
        ),
        (
            "The agency said 124,000 people had been displaced since the bombing resumed.",
            "124,000",
            "incident",
        ),
        # the overall toll beside it keeps its own "since October 2023"
        (
            "The ministry said 470 people had been killed since the strikes began, bringing "
            "the toll since October 2023 to 49,547.",
            "49,547",
            "cumulative",
        ),
        # a truce and a renewed offensive are periods: their dead are counted up
        (
            "UNICEF said at least 67 children have been killed since the pause was announced.",
            "67",
            "cumulative",
        ),
        (
            "The ministry said 2,600 people had been killed since Israel resumed its offensive "
            "on March 18.",
            "2,600",
            "cumulative",
        ),
    ],
)
def test_a_wave_of_strikes_is_one_event(text, value_text, scope):
    assert scope_of(text, value_text) == scope


def test_the_people_an_evacuation_order_covers_are_one_orders():
    text = "The Israeli military ordered an estimated 100,000 people to leave eastern Rafah."
    assert scope_of(text, "100,000") == "incident"


def test_the_displaced_of_the_war_are_counted_up():
    text = "The UN says about 1.9 million people have been displaced across the Strip."
    assert scope_of(text, "1.9 million") == "cumulative"


def test_what_a_bombardment_of_gaza_has_killed_is_its_toll_so_far():
    text = "Israel's bombardment of Gaza has killed 7,028 Palestinians, the ministry said."
    assert scope_of(text, "7,028") == "cumulative"


def test_the_toll_of_the_deadliest_day_is_that_days():
    text = (
        "The ministry said 404 people had been killed and 562 wounded, making it one of the "
        "deadliest days of the war."
    )
    assert (scope_of(text, "404"), scope_of(text, "562")) == ("incident", "incident")


def test_a_total_after_the_deadliest_day_stays_a_total():
    text = (
        "At least 90 people were killed in the deadliest day in weeks, bringing the toll "
        "since October 2023 to 45,000."
    )
    assert scope_of(text, "45,000") == "cumulative"


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        (
            "US officials said a shipment of 1,800 2,000-pound bombs had been paused.",
            "1,800",
            "incident",
        ),
        ("On 15 December, a convoy of 66 trucks carrying flour was looted.", "66", "incident"),
        # a convoy agreed to but not yet sent, and one that may follow, are plans
        (
            "Biden said Egypt would open the crossing for a first convoy of up to 20 trucks.",
            "20",
            "na",
        ),
        ("An official said a second convoy of 17 trucks could follow within days.", "17", "na"),
    ],
)
def test_one_shipment_or_convoy_is_one_load(text, value_text, scope):
    assert scope_of(text, value_text) == scope


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        ("UNICEF said more than 14,500 children were among the dead.", "14,500", "cumulative"),
        (
            "Fifty thousand dead is not a statistic you can normalise.",
            "Fifty thousand",
            "cumulative",
        ),
        # a handful with no day of its own stays one event's
        ("The ministry reported nine soldiers and four civilians killed.", "nine", "incident"),
    ],
)
def test_a_toll_of_thousands_with_no_event_is_the_war_s(text, value_text, scope):
    assert scope_of(text, value_text) == scope


@pytest.mark.parametrize(
    ("text", "value_text", "scope"),
    [
        (
            "The spokesperson said the Israeli forces deliberately targeted 57 healthcare facilities.",
            "57",
            "cumulative",
        ),
        ("It found that 292,000 homes had been damaged or destroyed.", "292,000", "cumulative"),
        # a state of the hospitals, not a count of damage
        ("The WHO said only 12 of Gaza's 36 hospitals were still functioning.", "12", "na"),
        # one strike's damage is that strike's
        ("The strike on Tuesday destroyed three houses in Jabalia.", "three", "incident"),
    ],
)
def test_places_the_war_has_hit_are_counted_up(text, value_text, scope):
    assert scope_of(text, value_text) == scope


def test_a_release_done_past_an_aside_is_an_incident_beside_one_to_come():
    text = (
        "By Friday, 18 hostages, among them five Thai nationals, had been released, and a "
        "further three are due to be freed on Saturday, Hamas said."
    )
    assert (scope_of(text, "18"), scope_of(text, "three")) == ("incident", "na")


def test_people_taken_into_custody_are_one_event_s_arrests():
    text = "The NYPD said that 268 people had been taken into custody, most for disorderly conduct."
    row = figures_of(text, "2023-10-28").iloc[0]
    assert (row["category"], row["scope"]) == ("other", "incident")


# --- a day or a window of a clause of its own after the count is not the count's ------------


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        (
            "The Gaza Health Ministry says at least 41,909 Palestinians have been killed, and "
            "the fighting has spilled into Lebanon, where troops crossed the border last week.",
            "41,909",
        ),
        (
            "The ministry says more than 34,700 Palestinians have been killed in the war, which "
            "began when Hamas-led militants attacked southern Israel on Oct. 7.",
            "34,700",
        ),
        # "began its bombardment" with no "new" or "renewed" is the war, not a wave of strikes
        (
            "The Health Ministry said on Monday that at least 2,750 Palestinians had been "
            "killed since Israel began its bombardment.",
            "2,750",
        ),
    ],
)
def test_a_toll_keeps_its_running_total_past_another_clauses_day(text, value_text):
    assert scope_of(text, value_text) == "cumulative"


def test_a_wave_of_strikes_begun_anew_still_dates_its_dead():
    text = (
        "The ministry said 436 people had been killed since Israel began its new wave of strikes."
    )
    assert scope_of(text, "436") == "incident"


@pytest.mark.parametrize(
    ("text", "value_text", "expected"),
    [
        (
            "The civil defence said the death toll from the strike on the UNRWA school in "
            "al-Shati camp had risen to 17, including six children.",
            "17",
            "incident",
        ),
        (
            "The Health Ministry said the death toll from the strikes had risen to 429.",
            "429",
            "incident",
        ),
        # the war's toll: Israeli strikes in general, or counted since a day
        (
            "The death toll from Israeli airstrikes on the Gaza Strip has risen to 5,087.",
            "5,087",
            "cumulative",
        ),
        (
            "The death toll from the strikes since October 7 has risen to 7,028.",
            "7,028",
            "cumulative",
        ),
    ],
)
def test_the_toll_of_one_attack_is_an_incident(text, value_text, expected):
    assert scope_of(text, value_text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israeli airstrikes killed at least 413 Palestinians across the Gaza Strip in the early "
        "hours of Tuesday, shattering a ceasefire that had held for nearly two months.",
        "Israeli strikes late Monday killed at least 413 people, shattering a ceasefire that "
        "had held for two months.",
    ],
)
def test_a_part_of_a_day_dates_one_wave_of_strikes(text):
    assert scope_of(text, "413") == "incident"


def test_places_the_war_put_out_of_service_are_counted_up_but_not_their_whole():
    text = (
        "The spokesperson said Israeli forces targeted 57 healthcare facilities, rendering 12 "
        "hospitals and 32 primary care centres out of service."
    )
    assert (scope_of(text, "12"), scope_of(text, "32")) == ("cumulative", "cumulative")
    text = "He warned that 12 of the Strip's 35 hospitals had gone out of service."
    assert scope_of(text, "35") == "na"


# --- round 37: the war's toll and its start, on real pages' forms -----------------------


def test_a_war_toll_has_also_claimed_lives_so_far():
    text = "The conflict has also claimed the lives of 150 health workers across the Strip."
    assert scope_of(text, "150") == "cumulative"


def test_a_toll_of_thousands_in_the_ongoing_assault_is_the_war_s():
    text = "At least 44,235 people have been killed in the ongoing assault, the ministry said."
    assert scope_of(text, "44,235") == "cumulative"


def test_a_toll_in_one_assault_on_a_school_stays_that_assault_s():
    text = "Nine people were killed in an Israeli assault on a school in Gaza City."
    assert scope_of(text, "Nine") == "incident"


def test_the_attack_that_sparked_the_war_does_not_make_its_count_one_event_s():
    text = "The war, sparked by the October 7 attack, has displaced 1.9 million people."
    assert scope_of(text, "1.9 million") == "cumulative"


def test_the_day_the_campaign_began_does_not_make_its_toll_one_day_s():
    text = (
        "More than 47,000 Palestinians have been killed in the bombing campaign on the "
        "enclave which began on 7 October 2023."
    )
    assert scope_of(text, "47,000") == "cumulative"


def test_the_toll_of_the_attack_that_began_the_war_stays_that_attack_s():
    text = "The war began on October 7, when Hamas killed 1,200 people in southern Israel."
    assert scope_of(text, "1,200") == "incident"


def test_the_people_of_a_sealed_territory_are_no_event_s_count():
    text = "Israel sealed off the territory of 2.3 million people on Monday, cutting off fuel."
    assert scope_of(text, "2.3 million") == "na"


def test_the_toll_of_a_massacre_named_by_its_place_is_that_attack_s():
    text = "The death toll from the Shujaiya massacre has risen to 23, medics said on Thursday."
    assert scope_of(text, "23") == "incident"


def test_the_parts_of_one_attack_s_toll_are_that_attack_s():
    text = (
        "The death toll from the Shujaiya massacre has risen to 23 people, including nine "
        "children and seven women."
    )
    assert scope_of(text, "nine") == "incident"


def test_the_parts_of_the_war_s_toll_stay_running_totals():
    text = (
        "The ministry says 30,504 people have been killed since the war began, including "
        "12,190 children."
    )
    assert scope_of(text, "12,190") == "cumulative"


def test_deaths_increasing_a_total_are_the_day_s():
    text = (
        "The army on Monday announced the death of two more soldiers in Gaza, increasing the "
        "total number of troops killed in the ground operation to 44."
    )
    assert scope_of(text, "two") == "incident"


def test_a_relative_clause_before_the_count_gives_it_no_tense():
    text = (
        "In the north, which has been hit by rockets for months, a drone attack injured 12 people."
    )
    assert scope_of(text, "12") == "incident"


def test_a_window_after_the_count_beats_the_latest_report_before_it():
    text = (
        "In its latest update, the ministry counted four massacres committed by Israeli "
        "forces within the past 24 hours."
    )
    assert scope_of(text, "four") == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "GAZA CITY — Since the beginning of the war on October 7, 822 civilians were murdered.",
        "The council said on Thursday that since the beginning of the war on October 7, 822 "
        "civilians were murdered.",
    ],
)
def test_a_since_opening_after_a_dateline_or_a_report_s_verb_holds_the_count(text):
    assert scope_of(text, "822") == "cumulative"


def test_a_toll_that_passed_a_mark_this_week_is_a_running_total():
    assert scope_of("The death toll in Gaza surpassed 55,000 this week.", "55,000") == "cumulative"


def test_a_week_s_strikes_are_still_that_week_s():
    assert scope_of("Israeli strikes killed 400 people across Gaza this week.", "400") == "incident"


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("A strike on Tyre killed four people and wounded 20 others, the health ministry said "
         "in an updated toll.", "20"),
        ("The ministry said a strike on the town killed 15 people, revising a previous toll "
         "upwards from 12.", "15"),
    ],
)  # fmt: skip
def test_a_toll_that_names_the_report_does_not_make_one_strike_s_count_a_total(text, value_text):
    assert scope_of(text, value_text) == "incident"


def test_a_toll_of_tens_of_thousands_after_the_war_s_first_day_is_the_war_s():
    text = (
        "The conflict started after Hamas attacked Israel on October 7, leading to over 35,800 "
        "Palestinian deaths."
    )
    assert scope_of(text, "35,800") == "cumulative"
