"""Page furniture and captives' fates the fifteenth round taught (corpus.figure_marks,
corpus.figure_ages, corpus.figure_captives, corpus.figure_verbs).

Each sentence is written for its test; the forms come from the gold sets read in the
fifteenth round (market pages, radio transcripts, press releases, social posts, releases
of hostages told from the side of the people released).
"""

from __future__ import annotations

import pytest
from figure_helpers import categories_of, figures_of


def values(text: str) -> list[str]:
    return figures_of(text, "2025-10-14")["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "ESLT Elbit Systems Ltd. 262.10 -1.85%",
        "Brent Crude • 10 mins | 71.32 | +0.54 | +0.76%",
        "FARAH IDRIS: You're listening to Evening Edition on BFM 89.9, I'm Farah Idris.",
        "Listen to the full episode on the Dubai Eye 103.8 app.",
        "Kemas kini: Mac 18, 2025 19:10 MYT",
        "11:42 | Uppfært 28. nóvember 2023 kl. 12:01",
        "Release No. 20251024-02",
        "-30-",
        "♡ 1,284  💬 96  ↻ 211",
        "12.4k  Share  47 Comments",
        "3-Minute Listen",
        "Today's read: 12 minutes.",
        "Registered charity number: 1045315",
        "The resolution, numbered 2735, welcomes the proposal.",
        # (sixteenth round)
        "27 Samhain, 2023 11:20",
        "3:05 p.m. ET · 1 hr ago",
        "Organisers can be contacted on 07700 900412.",
        "Figure 2: Returns to northern Gaza along Salah al-Din road",
        "214 sources are reporting on this story.",
        "LISTEN LIVE | Home | News | Ramadaan 1446 | Programmes",
        "Join from £3 a month to support our work.",
        "918-581-8393",
        "Anyone who sees an incident should call police at 403-266-1234, or 911 in an emergency.",
        "The ministry has set up a hotline for relatives: 01 53 59 11 10.",
        "Readers' comments (2)",
        "Voir les commentaires (412)",
        "doi: https://doi.org/10.1038/d41586-025-00934-5",
        "UN chief condemns killing of staff in Gaza - 5 days ago",
        "KCUR 89.3 | By Steve Kraske",
        "Free call or text 1737 any time to speak to a trained counsellor.",
        "Type 2 poliovirus was found in sewage samples.",
        "Trumps 20-Punkte-Plan: Was steht drin?",
        "2024. augusztus 20. – 14:32",
        "luni, 13 octombrie 2025, 18:40 (EEST)",
    ],
)
def test_page_furniture_is_not_a_figure(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The department has set up a hotline on 301 4100 for families seeking information.",
        "The ministry would keep its hotline, 02-572-8442, open around the clock.",
        "Travellers should register with the embassy or call the ministry on 330 9631.",
        "Families have been directed to the national police number, 100, for news.",
        '"Any supporter with concerns should contact West Midlands Police on 101."',
        "Donations can be made by sending an SMS with the word GAZZE to 2868.",
        "If you need prayer tonight, call our 24-hour prayer line.",
        "Kazakh TV is the country's first 24-hour satellite channel.",
        "The consular centre is open 24 hours a day, the ministry said.",
        "Off the Hour airs weekdays from 5 to 6pm on CKUT 90.3 FM.",
        "Dr. Hasanein will speak at the Action Network, 3148 W. 63rd St., Chicago.",
    ],
)
def test_phone_lines_service_hours_and_addresses_are_not_figures(text):
    assert values(text) == []


def test_a_count_of_calls_to_an_emergency_line_stays_a_figure():
    text = "MDA's emergency line, 101, had received more than 27,000 calls since Saturday."
    assert values(text) == ["27,000"]


def test_people_contacted_on_several_occasions_stay_a_count():
    text = "Officials said they had contacted the families on 12 occasions since the attack."
    assert values(text) == ["12"]


def test_the_trucks_of_a_price_war_are_not_a_quote_line():
    text = "Prices rose 12% as only 262 trucks entered on Monday, OCHA said."
    assert "262" in values(text)


@pytest.mark.parametrize(
    "text",
    [
        '"My employer is 91 and uses a wheelchair, so I push her," she said.',
        "Sólveig Ásgeirsdóttir, 41, a Red Cross delegate, has been based in El Arish.",
        "A Gaza City mother of three, Samar Abu Odeh, described the night.",
        "Umm Yousef, a 41-year-old mother of six, said she had not found flour.",
    ],
)
def test_ages_and_family_sizes_of_a_person_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Hamas handed over all 20 living hostages it was still holding to the Red Cross.",
        "Hamas released all 20 hostages it still held alive in the Gaza Strip on Monday.",
        "On Sunday evening, Hamas handed 13 Israeli hostages to the International Committee.",
        "The prime minister said Israel had brought home 25 living hostages in the first phase.",
    ],
)
def test_captives_a_release_verb_governs_are_released(text):
    assert list(categories_of(text, "2025-10-14").values())[0] == "hostages_released"


def test_hostages_a_family_hopes_to_see_brought_home_are_still_held():
    text = "The forum said the mission was not complete until all 28 deceased hostages were brought home."
    assert categories_of(text, "2025-10-14") == {"28": "hostages_held"}


def test_the_whole_of_hostages_still_in_gaza_is_held_not_dead():
    text = "Israel believes at least 30 of the 128 hostages still in Gaza are dead."
    assert categories_of(text, "2025-10-14")["128"] == "hostages_held"


def test_a_proposal_that_remained_on_the_table_does_not_hold_its_hostages():
    text = (
        "Witkoff said a proposal to extend the truce in exchange for the release of five "
        'living hostages remained "on the table."'
    )
    assert categories_of(text, "2025-10-14") == {"five": "hostages_released"}


@pytest.mark.parametrize(
    "text",
    [
        "Umm Ali, who fled Nabatieh with her three children, told the paper the road was shelled.",
        "Mohammed Abu Jarad, who shares a tent with 14 relatives in Gaza City, said flour ran out.",
    ],
)
def test_a_family_that_fled_together_is_displaced(text):
    assert list(categories_of(text, "2025-10-14").values()) == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "Winter is coming, and an estimated 1.5 million people are still living in tents.",
        "The committee said more than 16,500 people had taken refuge in 89 schools.",
        "OCHA said around 1.5 million people in Gaza remain in need of emergency shelter.",
    ],
)
def test_people_living_in_tents_or_shelters_are_displaced(text):
    assert "displaced" in categories_of(text, "2025-10-14").values()


def test_people_seized_in_the_attack_are_hostages():
    text = "Hamas and allied groups seized around 240 people during the October 7 attack."
    assert categories_of(text, "2025-10-14")["240"] == "hostages_held"


def test_people_killed_where_they_had_taken_refuge_are_killed():
    text = "The strike hit the church, killing 18 people who had taken refuge there."
    assert categories_of(text, "2025-10-14") == {"18": "killed"}


def scopes_of(text: str) -> dict[str, str]:
    out = figures_of(text, "2025-10-14")
    return dict(zip(out["value_text"], out["scope"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan sent about 30 tonnes of medicine and food to Gaza through Egypt last year.",
        "The UN relief chief said nine trucks had been cleared to enter on Sunday.",
        "Cyprus said two ships still carrying WCK aid had turned back.",
    ],
)
def test_one_shipment_sent_or_turned_back_is_an_incident(text):
    assert list(scopes_of(text).values()) == ["incident"]


def test_trucks_loaded_and_waiting_are_no_shipment_that_took_place():
    text = "More than 200 trucks loaded with food were lined up on the Egyptian side of the border."
    assert scopes_of(text) == {"200": "na"}


def test_a_count_a_figure_of_speech_names_stays_a_figure():
    # "the figure" is no chart label, "joined" no membership appeal
    assert values("The figure passed 40,000 on Thursday, the ministry said.") == ["40,000"]
    assert values("Some 300 people joined from across the city for the vigil.") == ["300"]


@pytest.mark.parametrize(
    "text",
    [
        "The two men were taken to hospital for checks.",
        "Greater Manchester Police said the two events passed off peacefully.",
        "The two teams worked side by side in the final days, an official said.",
    ],
)
def test_a_pair_referred_to_again_is_not_a_count(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two incidents occurred near hubs run by the foundation.", "two"),
        ("Ben-Gvir said he and the two other ministers of his party were resigning.", "two"),
        ("Two men were arrested at the march, police said.", "Two"),
    ],
)
def test_two_incidents_or_two_others_stay_counts(text, value):
    assert values(text) == [value]


def test_a_toll_that_reads_like_an_emergency_number_stays_a_count():
    text = "The ministry said 112 people were killed, and called for an immediate ceasefire."
    assert values(text) == ["112"]


def test_an_emergency_number_to_dial_is_no_count():
    assert values("In an emergency, call 999 or the embassy's hotline.") == []


def test_the_length_of_a_prison_term_is_not_a_figure():
    text = (
        "Israel will release 140 prisoners serving life sentences and 60 serving sentences of "
        "more than 15 years."
    )
    assert values(text) == ["140", "60"]
    assert values("She is serving a 15-year sentence.") == []


def test_a_truce_s_length_beside_the_word_sentence_stays_a_duration():
    assert values("The ceasefire has held for 15 months, the sentence read.") == ["15"]


def test_the_number_of_an_operation_is_its_name():
    text = "Under Operation Gallant Knight 3, the UAE has sent more than 200 aid trucks."
    assert values(text) == ["200"]


def test_a_toll_right_after_an_operation_s_name_is_a_figure():
    assert values("During Operation Protective Edge 2,251 Palestinians were killed.") == ["2,251"]


@pytest.mark.parametrize(
    "text",
    [
        "Two U.S. officials told reporters Tuesday that the administration was worried.",
        "Two Israeli officials, speaking on condition of anonymity, said the talks stalled.",
    ],
)
def test_the_count_of_the_sources_is_no_figure(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fort Wayne\n58°\n\nA pharmacist is counting how much water her parents have left.",
        "Bund yield 2.31% -13.5 bps",
        "A Solon rabbi opened the evening with Psalm 121.",
        "Hotline for Egyptian Red Crescent donations: 15322",
    ],
)
def test_weather_markets_scripture_and_labelled_hotlines_are_no_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[Hunter Biden convicted on all 3 gun charges](https://www.example.com/2024/06/11/verdict/)",
        "![Fighters stand guard as three hostages are handed over](https://cdn.example.com/a.jpg)",
        "2. [Jim Jordan loses third speaker vote as 25 Republicans defect](https://example.com/x/)",
    ],
)
def test_numbers_in_the_text_of_a_scraped_link_or_image_are_no_figures(text):
    assert values(text) == []


def test_a_count_beside_a_scraped_link_is_still_a_figure():
    text = "At least 27 people were killed, [the ministry said](https://example.com/moh)."
    assert values(text) == ["27"]


@pytest.mark.parametrize(
    "text",
    [
        '8 U.S. Department of State, "Secretary Antony J. Blinken at a Press Availability," '
        "November 28, 2023.",
        "2 Majed al-Ansari (@majedalansari), post on X, November 27, 2023.",
    ],
)
def test_a_footnote_s_number_before_its_citation_is_no_figure(text):
    assert values(text) == []


def test_a_footnote_mark_glued_to_a_sentence_end_is_no_figure():
    text = (
        'Blinken said the pause should be "extended" because "it has been producing '
        'results."8 Hamas said it was ready to extend the truce.'
    )
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Join the conversation (312)",
        "View gallery (1 of 4)",
        "Watch Talk on Freeview 237, Sky 526, Virgin Media 626 and YouTube.",
        "Salon Premium: Get an ad-free experience for $5 a month.",
        "We need to raise $350,000 by September 30 to stay on track.",
        "We have a new goal: to raise $300,000 in online donations by June 30.",
        "Join our community for as little as $6/month.",
        "Join Jerusalem Post Premium Plus now for just $5 and upgrade your experience.",
        "You've read 27 articles in the last year.",
        "That's why we started the Times of Israel ten years ago.",
        "Millions have placed their trust in us since we started publishing 200 years ago.",
        "Fund the free press with £4 per month",
    ],
)
def test_comment_counts_galleries_channels_and_fund_drives_are_no_figures(text):
    assert values(text) == []


def test_a_chronology_s_hour_after_its_date_is_no_figure():
    text = (
        '10 October, 12.00: The ceasefire comes into force; troops pull back to the "yellow line".'
    )
    assert values(text) == []


def test_rows_of_a_table_under_its_caption_count_what_the_caption_names():
    text = (
        "The agency published its monthly access figures on Friday.\n\n"
        "Trucks entering the Gaza Strip by crossing point, 1–28 May 2024\n"
        "Kerem Shalom: 1,242\n"
        "Rafah (closed since 7 May): 378\n"
        "Erez and Erez West (Zikim): 512\n"
    )
    found = figures_of(text, "2024-06-01")
    assert dict(zip(found["value_text"], found["category"], strict=True)) == {
        "1,242": "aid",
        "378": "aid",
        "512": "aid",
    }
    # (the caption dates the rows: each is the count of one period)
    assert found.set_index("value_text").loc["1,242", "scope"] == "incident"


def test_a_list_s_rows_with_their_own_nouns_are_figures_not_headings():
    text = (
        "Aid convoy reaches Khan Younis\n\n"
        "The convoy was received at the warehouse on Monday. Its cargo included:\n\n"
        "Hygiene kits: 1,500\nFamily tents: 800\nWinter blankets: 4,000\n"
    )
    found = figures_of(text, "2023-12-20")
    assert found["value_text"].tolist() == ["1,500", "800", "4,000"]
    assert set(found["category"]) == {"aid"}
    assert set(found["scope"]) == {"incident"}  # (one convoy's cargo)


def test_a_row_under_prose_takes_no_caption():
    text = (
        "The ministry said the numbers were preliminary and would be revised.\n"
        "Kerem Shalom: 1,242\n"
    )
    assert figures_of(text, "2024-06-01")["category"].tolist() == ["other"]


def test_a_markdown_table_s_cells_count_what_their_column_names():
    text = (
        "Hamas has freed hostages on both days of the truce so far.\n\n"
        "| Day | Date | Hostages freed | Prisoners freed |\n"
        "|-----|------|----------------|-----------------|\n"
        "| 1 | Fri, Nov 24 | 24 | 39 |\n"
        "| Total | | 41 | 78 |\n"
    )
    found = figures_of(text, "2023-11-26")
    rows = list(zip(found["value_text"], found["category"], strict=True))
    assert rows == [
        ("24", "hostages_released"),
        ("39", "prisoners_released"),
        ("41", "hostages_released"),
        ("78", "prisoners_released"),
    ]


def test_a_contents_page_s_page_numbers_and_a_record_s_volume_are_no_figures():
    text = (
        "Volume 833: debated on Tuesday 24 October 2023\n\n"
        "Hearing Notice..................................................   41\n"
        "Hearing Minutes..................................................   43\n\n"
        "The Gaza Health Ministry said 5,087 people have been killed."
    )
    assert figures_of(text, "2023-10-24")["value_text"].tolist() == ["5,087"]


def test_a_paywall_s_counter_is_no_figure():
    text = "You have 2 free articles remaining this month.\n\nHamas freed 2 hostages on Friday."
    assert figures_of(text, "2023-11-25")["sentence"].tolist() == [
        "Hamas freed 2 hostages on Friday."
    ]


def test_a_count_after_an_ellipsis_is_no_contents_page_number():
    text = "The lines were long... 43 people were killed in the strike on the market."
    assert figures_of(text, "2024-03-01")["value_text"].tolist() == ["43"]


def test_a_comment_counter_in_german_is_no_figure():
    text = "Gaza toll rises\n\n1.284 Postings\n\nAt least 40 people were killed on Tuesday."
    assert list(categories_of(text, "2024-03-06")) == ["40"]


@pytest.mark.parametrize(
    "text",
    [
        "But she also told me they are 23 people in a three-bedroom apartment now.",
        "We came here with nothing, eleven people in a tent.",
        "There are 70 people sleeping in one classroom, Haddad said.",
    ],
)
def test_people_crowded_into_one_home_are_displaced_with_no_scope(text):
    out = figures_of(text, "2025-10-14")
    assert out[["category", "scope"]].values.tolist() == [["displaced", "na"]]


def test_a_gathering_in_a_room_abroad_is_not_displaced():
    text = "We had maybe forty people in a lounge room in Dover."
    assert "displaced" not in categories_of(text, "2025-10-14").values()


@pytest.mark.parametrize(
    "text",
    [
        "She said 23 relatives were sharing a single classroom at a UN school.",
        "She added that 14 members of her family were sharing one classroom.",
        "His parents are now sleeping in a two-bedroom apartment in Khan Younis with 22 relatives.",
    ],
)
def test_a_family_sharing_one_room_or_home_is_displaced(text):
    assert list(categories_of(text, "2025-10-14").values())[0] == "displaced"


def test_people_rescued_one_apartment_at_a_time_are_not_displaced():
    text = "But you cannot rescue 134 people one apartment at a time."
    assert categories_of(text, "2025-10-14")["134"] != "displaced"


def test_lives_as_a_verb_is_no_toll():
    text = "He lives in a two-bedroom apartment in Khan Younis with 22 relatives."
    assert categories_of(text, "2025-10-14")["22"] != "killed"


FACT_LIST = (
    "Here is a look at the numbers of hostages who remain in Gaza after the latest exchange "
    "on Saturday between Israel and Hamas.\n"
    "Hostages released in exchanges or other deals: 141, of whom 4 were dead\n"
    "Hostages still in captivity: 62, of whom Israel has declared 35 to be dead\n"
)


def test_a_fact_list_s_rows_under_a_prose_line_are_counted():
    assert {"141", "62", "35"} <= set(values(FACT_LIST))


def test_a_fact_list_s_count_is_what_its_label_names():
    assert categories_of(FACT_LIST, "2025-02-08")["141"] == "hostages_released"


def test_a_fact_list_s_count_still_held_is_held():
    assert categories_of(FACT_LIST, "2025-02-08")["62"] == "hostages_held"


def test_hours_of_a_span_before_a_place_are_no_clock():
    assert "24" in values("Six aid workers were killed in the past 24 hours in Gaza.")


def test_a_travel_time_is_no_span_of_the_war():
    assert values("The camp is 16 km from the crossing, or a 30-minute drive.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamas would free women, children and civilians over 50 in the first phase.",
        "He prayed at the mosque in Precinct 11 on Friday.",
    ],
)
def test_ages_and_numbered_places_are_no_counts(text):
    assert values(text) == []


def test_one_person_who_speaks_is_no_count():
    assert values('"They went out hungry and died hungry," one resident told reporters.') == []


def test_one_person_killed_is_still_a_count():
    assert values("One man was killed and another was wounded in the strike.") == ["One"]
