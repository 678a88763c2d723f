"""What is not a figure (corpus.figure_checks): ages, numbered names, codes and time stamps.

Each sentence is written for its test; the forms come from the fourteenth round's read
gold sets (a radio interview, a fact-check's footer, an aggregator's feed).
"""

from __future__ import annotations

import pytest
from figure_helpers import figures_of


def values(text: str) -> list[str]:
    return figures_of(text, "2025-10-14")["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "“Her youngest is six. She asks every night when we can go home,” he said.",
        "“I have not held my son since he was 19,” she said.",
        "“Now he is 41 and I fear I will not know his face,” she said.",
        "Hostages as young as four were among those freed, the army said.",
        "“My mother is 81. She cannot walk to the aid point,” he said.",
        "Noa, from Kibbutz Nir Oz, was nine when she was taken.",
        "M.A., a paramedic, told the lawyer he had been beaten. R.S., 19, said the same.",
    ],
)
def test_an_age_is_not_a_figure(text):
    assert values(text) == []


def test_a_count_after_is_stays_a_figure():
    assert values("The death toll is 41, the ministry said.") == ["41"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister told BBC Radio 4 that the truce was fragile.",
        "The charity, a 501(c)(3) nonprofit organisation, said it would keep working.",
        "The Jerusalem Post · Right · 7 hours ago",
        "Aid enters through the UN 2720 mechanism, the agency said.",
        "نُشر في 14 آذار 2025",
        "Listen to us on 101.7 FM every morning.",
        "Families can call the ministry's hotline on 1919 for news of relatives.",
        "Advertisement 4",
        "“We have nothing left,” said Amal, a mother of six sheltering in a school.",
        "Good evening and welcome to the News at Ten. Text us on SMS 40404.",
        "The new road cuts the territory in two.",
        "Charities raise funds for Gaza – 3 weeks ago",
        "HOST: It's twenty past six, and here is the news.",
        "Let's cross to Seven's reporter in Jerusalem.",
        "Bogotá, 2 mayo, 2024",
        "Become a member of the Courier for $5 a month.",
        '1 thought on "The Kibbutz That Waits"',
        "2 Responses to Rally for the hostages",
        "Full Gallery: 14 Photos",
        "About six-in-ten U.S. adults say a deal would be a good idea.",
        "Democrats' sympathies now tilt toward the Palestinians by more than 2-to-1.",
    ],
)
def test_names_codes_and_feed_stamps_are_not_figures(text):
    assert values(text) == []


def test_the_mother_of_one_of_the_hostages_leaves_the_crowd_a_count():
    text = "About 400 people gathered, as the mother of one of the hostages pleaded for a deal."
    assert values(text) == ["400"]


def test_a_dash_after_a_dateline_keeps_the_span_after_it():
    text = "Geneva, 20 November 2025 – Six weeks after the truce, aid is still scarce, CARE said."
    assert values(text) == ["Six"]


def test_one_family_is_no_count_of_families():
    text = "Mourners carried the bodies of six members of one family killed in the strike."
    assert values(text) == ["six"]


def test_a_range_of_months_is_no_clock():
    assert values("Officials said the operation could last four to five months.") == [
        "four",
        "five",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Credit: UNRWA / Flickr / CC BY-NC 2.0", []),
        (
            "Content is licensed under a Creative Commons Attribution-NonCommercial 3.0 "
            "Unported License.",
            [],
        ),
        ("Monday, 22 Mordad 1403 - 13:40", []),
        ("For details on the lecture, call 417-4000.", []),
        ("Ministers of the Group of Seven met in Rome on Monday.", []),
        ("Write to the charity at Avenue Louise 5, 1050 Brussels", []),
        ("Radio Free Asia, 2025 M St. NW, Suite 300, Washington DC 20036.", []),
        ("The ceasefire holds, for now (533 words)", []),
        ("By: Marie-Claire Payet | Views: 1,204", []),
        (
            "Two brothers, aged nine and 11, were hurt when a shell exploded, their uncle said.",
            ["Two"],
        ),  # fmt: skip
    ],
)
def test_licences_names_postcodes_and_age_ranges_are_not_figures(text, expected):
    assert values(text) == expected


def test_a_count_written_like_a_year_after_a_release_verb_is_a_count():
    text = "Israel freed 1968 Palestinian prisoners and detainees on Monday."
    assert figures_of(text, "2025-10-14")["value_text"].tolist() == ["1968"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The three young women, aged 24, 28 and 31, spent the night at Sheba hospital.",
            ["three"],
        ),
        ("The charity's office at 9 Berry Hill Road in Paget will accept donations.", []),
        ("Hundreds gathered in front of the Israeli embassy, on Avenida de Mayo 701.", []),
    ],
)
def test_a_list_of_ages_and_street_numbers_are_not_figures(text, expected):
    assert values(text) == expected


def test_a_count_after_a_list_of_ages_stays():
    text = "Their children, aged three, five and seven, died with 12 neighbours in the strike."
    assert values(text) == ["12"]


@pytest.mark.parametrize(
    "text",
    [
        "I treated a boy, 9, who had lost both his parents.",
        "Beatrice Wanjiru, whose son, 24, is on a farm placement near Ashkelon, is scared.",
        "Dalia Peretz, an Israeli-born mother of three, travelled to Israel last year.",
        "A 25-kilogram sack of flour now sells at the market in Deir al-Balah.",
        "Gift of the Givers is a registered Non-Profit Organisation (NPO 032-031).",
        "Fans filled the 42,000-capacity stadium for the match.",
    ],
)
def test_ages_after_a_person_measures_of_a_noun_and_codes_are_not_figures(text):
    assert values(text) == []


def test_a_boy_counted_with_his_number_first_stays():
    assert values("Strikes killed nine people, among them a boy and 4 women.") == ["nine", "4"]


def test_one_of_a_bodys_staff_killed_is_a_count():
    text = (
        "The United Nations said one of its international staff members was killed and "
        "five others were seriously wounded when a guesthouse was hit."
    )
    found = figures_of(text, "2025-03-19")
    assert dict(zip(found["value_text"], found["category"], strict=True))["one"] == "killed"


def test_one_of_the_last_captives_picked_out_is_no_count():
    found = figures_of("She was one of the last remaining hostages to be released.", "2025-03-19")
    assert "one" not in found["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "We've seen reductions of 15 to 25% on some programmes.",
        "He said Israel controlled about 70 to 75 per cent of the territory.",
    ],
)
def test_the_near_end_of_a_range_of_shares_is_no_figure(text):
    assert figures_of(text, "2025-01-20").empty


@pytest.mark.parametrize(
    "text",
    [
        "Mahmoud*, 11, told Save the Children staff that he had not been to school.",
        "His father, who is 78 and needs dialysis, was told the hospital was full.",
        "The Richardson pharmacist, 41, has spent days refreshing a family group chat.",
    ],
)
def test_more_ages_are_no_figures(text):
    assert figures_of(text, "2025-01-20").empty


@pytest.mark.parametrize(
    "text",
    [
        "All it takes is a small gift from a reader like you, for just $2 / month.",
        "Donate now: £30 could provide a trauma kit for a Gaza hospital.",
        "Join the conversation by getting your first three months for £3.",
        "Try 6 free issues.",
        "Talks were held in Doha on August 15 and 16 with the participation of Qatar.",
        "One of them was 19.",
    ],
)
def test_appeals_second_days_and_ages_of_one_of_them_are_no_figures(text):
    assert figures_of(text, "2025-01-20").empty


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Iran pledged $5 a month per family in aid.", "5"),
        ("Brent traded at $72.60 a barrel, up from $70.40 a week earlier.", "70.40"),
        ("He was killed on October 7 and 12 people were wounded.", "12"),
        ("The deadliest night, October 28 into 29, Israeli strikes killed 104 people.", "104"),
    ],
)
def test_sums_and_counts_beside_those_forms_stay(text, number):
    assert number in figures_of(text, "2025-01-20")["value_text"].tolist()


def test_a_range_of_days_written_with_to_is_no_proportion():
    assert values("Talks turned to a two-to-three week truce.") == ["two"]


def test_clinics_forced_out_of_service_are_not_displaced():
    out = figures_of(
        "The ministry said 12 hospitals and 32 primary care clinics had been forced out of "
        "service.",
        "2023-11-12",
    )
    assert out["category"].tolist() == ["other", "other"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Peace Now (Shalom Achshav) is a registered non-profit, No. 58-006-5283.", []),
        ("The registration is 2267-19-11-2025.", []),
        (
            "The spokesperson said all 17 freed workers were in stable condition, although "
            "several had lost between five and eight kilograms in captivity.",
            ["17"],
        ),
        ("Most of the freed men had lost 10 to 15 kilos in captivity, their families said.", []),
        (
            "The ministry said one of the men, 20, was beaten and that the second, 23, was shot.",
            [],
        ),
    ],
)
def test_dashed_codes_weights_lost_and_ages_after_one_of_the_men_are_not_figures(text, kept):
    assert values(text) == kept


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Only four stabilization centres remain functional in the Strip.", "four"),
        (
            "He said the four generators still running at Al-Shifa were reserved for the ICU.",
            "four",
        ),
        ("The WHO said only nine of Gaza's 36 hospitals were even partially functioning.", "nine"),
    ],
)
def test_a_word_number_after_only_or_the_counts_a_plural_noun_or_a_part_of_a_count(text, number):
    assert number in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The question of who gains more is one that planners in Washington are asking.",
        '"One veteran awards consultant said the mood was tense," the report said.',
    ],
)
def test_one_before_a_relative_clause_or_a_modifier_is_no_count(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Daniel Cohen, a family friend who has lived in Morningside for 20 years, said the "
            "family had not slept.",
            [],
        ),
        (
            "“Tonight the chapters were answered,” said Dahan, who has directed the center for "
            "nearly two decades.",
            [],
        ),
        (
            "Rabbi Miriam Adler, who has led the congregation for 11 years, said 40 families had "
            "come to pray.",
            ["40"],
        ),
        ("“Our staff have worked under fire for two years,” the director said.", ["two"]),
    ],
)
def test_how_long_someone_has_lived_or_worked_somewhere_is_not_a_figure(text, kept):
    assert values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Amid the escalation, a 42-second video began circulating on X and Telegram.", []),
        ("Deputy McDonald has one minute.", []),
        ("You have 3 minutes.", []),
        ("I will call Emma Sheerin to speak for up to three minutes.", []),
        ("The rapporteur has 7 minutes now and 3 minutes at the end to reply to the debate.", []),
        ("Chairman Mast. I now recognize myself for 5 minutes of questions.", []),
        ("Estimated read time: 5-6 minutes", []),
        ("5–6 minutes", []),
        ("The army told residents they had 10 minutes to leave before the strike.", ["10"]),
        ("Speaking to reporters, he said the shelling had lasted 20 minutes.", ["20"]),
    ],
)
def test_a_clips_seconds_a_speakers_minutes_and_a_reading_time_are_not_figures(text, kept):
    assert values(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Kids Helpline: If this story has made you feel worried, you can call 1800 55 1800.",
        "Word Count 1,018",
        "Jumlah Pelawat / Visitors: 4,512,033",
    ],
)
def test_a_helpline_a_word_count_and_a_visitor_counter_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The second exchange, which was to take place at 16 hours (17 hours local), was blocked.",
        "The truce entered into force on Friday at 7 hours (6 hours in Paris).",
    ],
)
def test_a_translated_time_of_day_is_not_a_figure(text):
    assert values(text) == []


def test_hours_of_a_span_stay_a_figure():
    assert values("The talks in Cairo lasted 16 hours.") == ["16"]


def test_a_count_of_prisoners_after_of_is_no_year():
    text = "Hamas freed 20 hostages against the release by Israel of 1968 Palestinian prisoners."
    assert values(text) == ["20", "1968"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dearborn Heights pharmacist, 34, has not heard from her aunt since Thursday.",
        "Laila Hamdan said her cousin, 17, had been held without charge in an Israeli prison.",
    ],
)
def test_a_described_persons_age_between_commas_is_no_figure(text):
    assert figures_of(text, "2023-11-25").empty


def test_an_hour_at_noon_or_midnight_is_no_count():
    text = "If the hostages are not returned by 12 noon on Saturday, the truce ends at midnight."
    assert values(text) == []
