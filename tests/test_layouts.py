"""Page shapes: each rule on a short, made-up page in the style of real outlets."""

import datetime as dt

import pytest

from corpus import layouts as lay
from corpus import page_lines
from corpus.date_lines import date_line, loose_date_line
from corpus.layouts import parse_page

BODY = "Mediators said on Monday that talks would resume in Cairo."


def test_key_value_header_gives_fields_and_body_after_text_key():
    page = parse_page(
        "Title: Talks resume in Cairo\nPublished Time: 2024-05-06\nAuthor: Jane Roe\n"
        "URL Source: https://example.org/a\nText:\n" + BODY
    )
    assert (page.layout, page.title, page.author) == ("header", "Talks resume in Cairo", "Jane Roe")
    assert (page.url, page.published, page.date_source) == (
        "https://example.org/a",
        dt.date(2024, 5, 6),
        "stated",
    )
    assert page.text == BODY


def test_header_numbered_category_keys_are_dropped():
    page = parse_page("Title: A\nCategory 1: WORLD; Category 2: MIDEAST\nText: " + BODY)
    assert page.text == BODY


def test_author_description_names_the_outlet():
    page = parse_page(
        "Title: T\nAuthor: Li Ming\nAuthor description: Daily Planet reporter covering diplomacy.\n"
        "Text:\n" + BODY
    )
    assert page.outlet == "Daily Planet"


def test_one_colon_line_is_not_a_header():
    page = parse_page("Note: the talks resumed.\n" + BODY)
    assert page.text.startswith("Note: the talks resumed.")


def test_section_banner_title_and_published_line_are_removed():
    page = parse_page(
        "WORLD / AFRICA\nTruce holds in the north\nPublished: Mar 12, 2024 10:05 AM\n" + BODY
    )
    assert (page.layout, page.title, page.published) == (
        "banner",
        "Truce holds in the north",
        dt.date(2024, 3, 12),
    )
    assert page.text == BODY


def test_title_printed_twice_with_byline_and_image_credit():
    page = parse_page(
        "Gaza talks stall\n\nby John Smith\nGaza talks stall\n© Getty Images/Jane Doe\n\n" + BODY
    )
    assert (page.layout, page.title, page.author) == ("byline", "Gaza talks stall", "John Smith")
    assert page.text == BODY


def test_photo_colon_credit_line_is_removed():
    assert parse_page(BODY + "\nPhoto: Xinhua").text == BODY
    assert parse_page(BODY + "\n(Photo: Xinhua)\nThe UN agreed.").text == BODY + "\nThe UN agreed."


def test_trailing_tag_line_is_removed():
    page = parse_page(BODY + "\nThe UN welcomed the move.\nAntony Blinken Egypt Qatar")
    assert page.text.endswith("welcomed the move.")


def test_last_sentence_cut_mid_word_is_not_a_tag_line():
    page = parse_page(BODY + "\nAlthough his departure is not expected to bring down the g")
    assert page.text.endswith("down the g")


def test_outlet_updated_on_line():
    page = parse_page(
        "Where next for truce talks?\n\nRiver Post World Updated on 2024-01-30\n\n" + BODY
    )
    assert (page.layout, page.outlet, page.published) == (
        "updated",
        "River Post World",
        dt.date(2024, 1, 30),
    )
    assert page.text == BODY


def test_double_stars_are_kept_in_the_body():
    assert "Israel**s" in parse_page("Several Israel**s reported that talks resumed.").text


def test_footer_markers_cut_the_end():
    page = parse_page(BODY + "\nThe UN agreed.\nRelated Pages\nOther story one\nOther story two")
    assert page.text == BODY + "\nThe UN agreed."


def test_tags_and_read_more_footers():
    assert parse_page(BODY + "\nThe UN agreed.\nTags: Gaza, Israel").text.endswith("UN agreed.")
    assert parse_page(BODY + "\nThe UN agreed.\nRead more: truce").text.endswith("UN agreed.")


def test_in_body_section_heading_is_kept():
    text = BODY + "\n\nHumanitarian Crisis in Gaza\n\nThe UN said aid was blocked on Tuesday."
    assert "Humanitarian Crisis in Gaza" in parse_page(text).text


def test_repeated_caption_is_kept_once():
    caption = (
        "People gather near a damaged house in Rafah, on Feb. 5, 2024. The toll rose to 27,478."
    )
    page = parse_page(f"{caption}\n\n{caption}\n\n{BODY}")
    assert page.text.count("People gather") == 1


def test_caption_copy_cut_off_at_the_end_is_dropped():
    lead = "The death toll in Gaza has exceeded 9,000, the ministry said on Thursday."
    page = parse_page(f"{lead}\nHe said 256 people were killed.\n{lead[:50]}")
    assert page.text.count("The death toll") == 1


def test_caption_date_when_no_other_date():
    page = parse_page(
        "Smoke rises over Khan Younis, on March 4, 2024. The strike hit a school.\n" + BODY
    )
    assert (page.layout, page.published, page.date_source) == (
        "caption",
        dt.date(2024, 3, 4),
        "caption",
    )


def test_later_past_weekdays_move_a_caption_date_forward():
    # 2024-03-04 is a Monday; "told reporters on Wednesday" is two days later.
    page = parse_page(
        "Smoke rises over Khan Younis, on March 4, 2024.\n"
        "The minister told reporters on Wednesday that aid would flow."
    )
    assert (page.published, page.date_source) == (dt.date(2024, 3, 6), "inferred")


def test_future_weekdays_do_not_move_a_caption_date():
    page = parse_page(
        "Smoke rises over Khan Younis, on March 4, 2024.\n"
        "Talks are expected to resume in Cairo on Friday, officials said."
    )
    assert (page.published, page.date_source) == (dt.date(2024, 3, 4), "caption")


def test_lead_sentence_with_a_date_in_the_middle_is_not_a_caption():
    page = parse_page("On March 4, 2024, Israel said it would open a crossing.\n" + BODY)
    assert page.published is None


def test_date_stamp_line_with_dateline_body():
    page = parse_page(" date 2023-10-26 GAZA: The toll rose to 7,028, the ministry said.")
    assert (page.published, page.date_source) == (dt.date(2023, 10, 26), "stated")
    assert page.text == "GAZA: The toll rose to 7,028, the ministry said."


def test_date_stamp_line_with_title():
    page = parse_page("date 2024-08-15 Pressure builds for a truce deal\n\n" + BODY)
    assert page.title == "Pressure builds for a truce deal"


def test_date_stamp_with_byline_of_several_authors():
    page = parse_page("date 2025-05-17 By Ann Lee, Bo Chen and Eyad Kourdi\n\n" + BODY)
    assert page.author == "Ann Lee, Bo Chen and Eyad Kourdi"
    assert page.text == BODY


def test_wire_dateline_gives_outlet_and_date_with_year_from_caption():
    page = parse_page(
        "Rescuers search rubble in Khan Younis, Nov. 3, 2023.\n"
        "GAZA, Nov. 2 (Newswire) -- The toll exceeded 9,000, the ministry said on Thursday."
    )
    assert (page.outlet, page.published, page.date_source) == (
        "Newswire",
        dt.date(2023, 11, 2),
        "stated",
    )


def test_parenthesised_outlet_dateline():
    page = parse_page("(CNN) — Israel launched a new offensive, the military said.")
    assert page.outlet == "CNN"


def test_trailing_agency_credit_is_the_outlet_and_leaves_the_text():
    page = parse_page(BODY + "\nAid convoys carried a fraction of what is needed. -Bernama")
    assert page.outlet == "Bernama"
    assert page.text.endswith("what is needed.")


def test_author_bio_line():
    page = parse_page(
        "Egypt proposes two-day truce\nMaya Cohen is The Daily Courier's diplomatic reporter\n"
        + BODY
    )
    assert (page.author, page.outlet) == ("Maya Cohen", "The Daily Courier")
    assert page.text == BODY


def test_last_updated_line_with_time():
    page = parse_page("Thirty killed near aid hubs\nLast updated: July 19, 2025 | 13:51\n" + BODY)
    assert page.published == dt.date(2025, 7, 19)


def test_live_page_takes_newest_entry_and_has_no_title():
    page = parse_page(
        "05:19 2024-06-12\nHamas rejects proposal\n" + BODY + "\n09:21 2024-06-11\nGantz quits\n"
        "Gantz announced his resignation on Sunday."
    )
    assert (page.layout, page.published, page.title) == ("live", dt.date(2024, 6, 12), None)


def test_paper_name_line_gives_outlet():
    page = parse_page("Global Times\n\nTruce deal in sight\n\n- By Zhang Han\n\n" + BODY)
    assert (page.outlet, page.title, page.author) == (
        "Global Times",
        "Truce deal in sight",
        "Zhang Han",
    )


def test_site_chrome_lines_are_removed():
    page = parse_page(
        "By continuing to browse our site you agree to our use of cookies and Privacy Policy.\n"
        "CHOOSE YOUR LANGUAGE\n" + BODY
    )
    assert page.text == BODY


def test_a_reader_comments_header_is_removed_but_a_lead_in_stays():
    page = parse_page(BODY + "\nRuth G says:\nPraying for them all.")
    assert page.text == BODY + "\nPraying for them all."
    lead_in = BODY + "\nThe Minister for Development said:\nWe will fund the appeal."
    assert parse_page(lead_in).text == lead_in


def test_chinese_preface_line_gives_its_latest_date():
    page = parse_page(
        "2025年8月19日,某研究所教授接受采访(见2025年8月20日第3版):\nHamas agrees to proposal\n"
        + BODY
    )
    assert (page.published, page.title) == (dt.date(2025, 8, 20), "Hamas agrees to proposal")


def test_plain_text_is_left_alone():
    page = parse_page(BODY + "\nThe UN said aid was blocked.")
    assert (page.layout, page.title, page.published) == ("plain", None, None)


def test_text_in_chinese_is_not_dropped_as_a_preface():
    text = "以色列和哈马斯恢复谈判。\n埃及官员周一表示,谈判将在开罗举行。"
    assert parse_page(text).text == text


def test_first_paragraph_ending_in_a_quote_is_not_a_title():
    page = parse_page('He said the talks were "over."\n' + BODY)
    assert page.title is None


def test_body_line_starting_with_updated_is_not_a_date_line():
    text = "Updated figures came on Monday, the ministry said 40 died.\n" + BODY
    page = parse_page(text)
    assert page.published is None and page.text == text


def test_date_only_line_under_the_title():
    page = parse_page("Truce talks resume\nMonday, March 11, 2024 09:30 GMT\n" + BODY)
    assert (page.title, page.published, page.text) == (
        "Truce talks resume",
        dt.date(2024, 3, 11),
        BODY,
    )


def test_byline_with_outlet_after_a_bar():
    page = parse_page("Truce talks resume\nBy Jane Doe | Example Wire\n" + BODY)
    assert (page.author, page.outlet, page.text) == ("Jane Doe", "Example Wire", BODY)


def test_body_sentence_with_a_date_is_not_a_date_line():
    text = "Talks resumed on March 11, 2024 in Doha.\n" + BODY
    assert parse_page(text).text == text


def test_outlet_list_is_read_without_comments():
    from corpus.layout_rules import known_outlets

    outlets = known_outlets()
    assert outlets["xinhua"] == "Xinhua"
    assert not any(name.startswith("#") for name in outlets.values())


def test_guardian_style_date_line():
    page = parse_page("Truce talks resume\nMon 11 Mar 2024 09.30 GMT\n" + BODY)
    assert (page.published, page.text) == (dt.date(2024, 3, 11), BODY)


def test_advertisement_line_inside_the_body_is_removed():
    text = (
        BODY
        + "\nAdvertisement\nThe UN said aid was blocked.\nScroll to continue with content\nIt ended."
    )
    assert parse_page(text).text == BODY + "\nThe UN said aid was blocked.\nIt ended."


def test_all_rights_reserved_footer():
    assert parse_page(BODY + "\nIt ended.\nAll rights reserved. Example Media").text.endswith(
        "It ended."
    )


# --- datelines and date-only lines -----------------------------------------------------

TITLE = "Envoys return to Cairo as talks resume\n"
REST = "\n\nThe foreign ministry said aid was flowing."


def test_date_only_line_us_style():
    page = parse_page(TITLE + "March 4, 2024\n" + BODY)
    assert (page.published, page.date_source, page.text) == (dt.date(2024, 3, 4), "stated", BODY)


def test_date_only_line_day_first():
    page = parse_page(TITLE + "4 March 2024\n" + BODY)
    assert page.published == dt.date(2024, 3, 4)


def test_updated_line_with_clock_and_zone():
    page = parse_page(TITLE + "Updated: 4 March 2024 14:05 GMT\n" + BODY)
    assert (page.published, page.text) == (dt.date(2024, 3, 4), BODY)


def test_published_on_line_with_short_month():
    page = parse_page(TITLE + "Published on 3 Dec 2023\n" + BODY)
    assert page.published == dt.date(2023, 12, 3)


def test_date_line_with_at_and_clock_time():
    page = parse_page(TITLE + "By Jane Roe\nNov 14, 2023 at 10:05 a.m. ET\n" + BODY)
    assert (page.published, page.text) == (dt.date(2023, 11, 14), BODY)


def test_date_line_with_an_hour_alone_before_am_and_a_time_zone():
    page = parse_page(TITLE + "By Jane Roe\nStaff Writer\nNov. 18, 2025 3 AM PT\n" + BODY)
    assert page.published == dt.date(2025, 11, 18)


def test_place_and_full_date_open_the_first_paragraph():
    page = parse_page(TITLE + "\nBrussels, 9 February 2024 - " + BODY + REST)
    assert (page.layout, page.published, page.date_source) == (
        "dateline",
        dt.date(2024, 2, 9),
        "stated",
    )
    assert page.text.startswith("Brussels, 9 February 2024 - ")  # the body keeps its offsets


def test_place_and_full_date_on_a_line_of_their_own():
    page = parse_page(TITLE + "\nGeneva, 14 November 2023\n\n" + BODY + REST)
    assert (page.published, page.date_source) == (dt.date(2023, 11, 14), "stated")


def test_upper_case_place_with_region_and_abbreviated_month():
    page = parse_page(TITLE + "\nKHAN YOUNIS, Gaza Strip, Feb. 9, 2024 — " + BODY + REST)
    assert page.published == dt.date(2024, 2, 9)


def test_full_date_alone_opens_the_first_paragraph():
    page = parse_page(TITLE + "\n9 February 2024 – " + BODY + REST)
    assert page.published == dt.date(2024, 2, 9)


def test_date_alone_without_a_year_is_not_a_dateline():
    page = parse_page(TITLE + "\n9 February – " + BODY + REST)
    assert page.published is None


def test_sentence_opening_with_weekday_and_date_is_not_a_dateline():
    page = parse_page(TITLE + "\nOn Friday, Feb. 9 — " + BODY + " It began on 2 Feb 2024." + REST)
    assert page.published is None


def test_wire_dateline_with_place_only_gives_outlet_and_no_date():
    page = parse_page(TITLE + "\nKHAN YOUNIS, Gaza Strip (AP) — " + BODY + REST)
    assert (page.layout, page.outlet, page.published) == ("dateline", "AP", None)


def test_wire_dateline_with_full_date_inside():
    page = parse_page(TITLE + "\nKHAN YOUNIS, Gaza Strip, Feb. 9, 2024 (AP) — " + BODY + REST)
    assert (page.outlet, page.published) == ("AP", dt.date(2024, 2, 9))


def test_wire_dateline_without_year_and_no_year_elsewhere_stays_unknown():
    page = parse_page(TITLE + "\nCairo, February 9 (Reuters) - " + BODY + REST)
    assert (page.outlet, page.published) == ("Reuters", None)


def test_wire_dateline_without_year_takes_the_nearest_year_of_a_body_date():
    text = TITLE + "\nCairo, January 9 (Reuters) - Talks paused on Dec. 28, 2023 resumed." + REST
    assert parse_page(text).published == dt.date(2024, 1, 9)


def test_place_dateline_without_year_takes_the_year_of_a_body_date():
    text = TITLE + "\nCairo, March 9 — Talks that began on 2 March 2024 resumed." + REST
    assert parse_page(text).published == dt.date(2024, 3, 9)


def test_one_word_kicker_above_the_title_is_not_the_title():
    page = parse_page("ANALYSIS\nWhy the truce talks keep stalling in Doha\nBy Jane Roe\n\n" + BODY)
    assert page.title == "Why the truce talks keep stalling in Doha"
    assert page.text == BODY


def test_short_section_label_above_a_longer_title_is_dropped():
    page = parse_page(
        "Middle East Crisis\nMediators race to close gaps as hostage talks resume\n\n" + BODY
    )
    assert page.title == "Mediators race to close gaps as hostage talks resume"
    assert "Middle East Crisis" not in page.text


def test_short_title_above_a_sentence_stays_the_title():
    page = parse_page("Truce talks resume\n" + BODY)
    assert page.title == "Truce talks resume"
    assert page.text == BODY


def test_last_update_line_gives_the_date():
    page = parse_page(
        "Truce vote delayed in Jerusalem\nLast update 16 Jan 2025 19:05 GMT\n\n" + BODY
    )
    assert page.published == dt.date(2025, 1, 16)
    assert page.text == BODY


def test_breadcrumb_with_angle_quotes_is_a_banner():
    page = parse_page("World › Middle East › Gaza\nTruce talks resume in Cairo\n\n" + BODY)
    assert page.title == "Truce talks resume in Cairo"
    assert page.text == BODY


def test_a_menu_bar_with_dotted_items_is_not_the_title():
    page = parse_page(
        "Sections  Utah  Faith  Sports  Opinion  U.S. & World\n\nTruce talks resume in Cairo\n\n"
        + BODY
    )
    assert page.title == "Truce talks resume in Cairo"


def test_a_breadcrumb_under_the_outlet_s_name_is_a_banner():
    page = parse_page("The Scotsman\nNews  >  World\nTruce talks resume in Cairo\n\n" + BODY)
    assert page.title == "Truce talks resume in Cairo"


def test_a_capitalised_kicker_under_the_outlet_s_name_is_not_the_title():
    page = parse_page(
        "Daily Maverick\nSOUTH AFRICA V ISRAEL\n\n"
        "ICJ orders Israel to prevent genocidal acts but stops short of a ceasefire\n\n" + BODY
    )
    assert (
        page.title == "ICJ orders Israel to prevent genocidal acts but stops short of a ceasefire"
    )


def test_a_live_page_s_running_day_label_is_not_the_title():
    page = parse_page(
        "LIVEBLOG\nIsrael at war: Day 53\n\n"
        "Truce extended by two days as 12 more hostages head home\n\n" + BODY
    )
    assert page.title == "Truce extended by two days as 12 more hostages head home"
    assert "12 more hostages" not in page.text


def _drop_repeats_by_definition(lines: list[str]) -> list[str]:
    long_lines = [ln for ln in lines if len(ln) >= 40]
    contain = len(long_lines) <= page_lines.MAX_LINES_FOR_CONTAINMENT
    kept, seen = [], set()
    for line in lines:
        if len(line) >= 40 and not page_lines._SPEAKER_LABEL.fullmatch(line):
            if line in seen or (contain and any(len(o) > len(line) and line in o for o in lines)):
                continue
            seen.add(line)
        kept.append(line)
    return kept


def test_drop_repeats_keeps_a_line_unless_a_copy_or_a_longer_line_holds_it():
    import random

    rng = random.Random(1)
    pool = ["x" * 38 + "ab", "x" * 39 + "abc", "a caption of a photo, with a long text here", ""]
    for _ in range(5000):
        words = [*pool, *("".join(rng.choice("ab ") for _ in range(40)) for _ in range(2))]
        lines = [rng.choice(words) for _ in range(rng.randint(0, 10))]
        lines += [ln[rng.randint(0, 5) :] for ln in lines[:2]]
        assert page_lines.drop_repeats(list(lines)) == _drop_repeats_by_definition(lines), lines


def test_drop_repeats_keeps_a_speaker_s_label_at_each_of_their_turns():
    label = (
        "Hamish Falconer (Parliamentary Under-Secretary of State (Foreign Office); Lincoln, Labour)"
    )
    lines = [
        label,
        "We want it to end.",
        "Priti Patel (Witham, Conservative)",
        "Why?",
        label,
        "No.",
    ]
    assert page_lines.drop_repeats(list(lines)) == lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issued on: 03/12/2023 - 09:10 Modified: 03/12/2023 - 18:02", dt.date(2023, 12, 3)),
        ("Monday 4 March 2024 11:20, UK", dt.date(2024, 3, 4)),
        ("Jane Roe and John Doe |14.02.2024 - Update : 14.02.2024", dt.date(2024, 2, 14)),
        (
            "Published date: 9 May 2024 08:15 BST | Last update: 3 hours 5 mins ago",
            dt.date(2024, 5, 9),
        ),
        ("March 2, 2024 6:01 PM GMT+2 Updated 4 hours ago", dt.date(2024, 3, 2)),
        ("18 June 2024 Humanitarian Aid", dt.date(2024, 6, 18)),
        ("Outlet | Updated 10/23/2024 - 09:40", dt.date(2024, 10, 23)),
        ("World Mar 4, 2025 2:10 PM EST", dt.date(2025, 3, 4)),
        ("Desk Name / OUTLET.COM / Updated: Jan 9, 2025, 10:05 IST", dt.date(2025, 1, 9)),
        ("WIRE NEWS - May 6, 2024 - 08:12 | World, All", dt.date(2024, 5, 6)),
        ("Cairo Daily , Friday 24 Nov 2023", dt.date(2023, 11, 24)),
        ("By JT - Nov 24,2023 - Last updated at Nov 24,2023", dt.date(2023, 11, 24)),
        ("By Beirut Daily staff, 24 November 2023 14:20", dt.date(2023, 11, 24)),
        ("24 November 2023 • 10:32am", dt.date(2023, 11, 24)),
        (
            "Friday, 24 November 2023 10:32 AM  [ Last Update: Friday, 24 November 2023 ]",
            dt.date(2023, 11, 24),
        ),
        ("2023-11-24T10:32:00Z", dt.date(2023, 11, 24)),
        ("10:32 AM EST, Fri November 24, 2023", dt.date(2023, 11, 24)),
        ("November 24, 20231:32 PM GMT+2Updated 2 hours ago", dt.date(2023, 11, 24)),
        ("November, 24, 2023 - 10:32", dt.date(2023, 11, 24)),
        ("Published: 10.13.25, 21:07", dt.date(2025, 10, 13)),
        (
            "Published: 31 July ,2024: 09:12 AM GST Updated: 31 July ,2024: 05:47 PM GST",
            dt.date(2024, 7, 31),
        ),
        ("This content was published on July 31, 2024 - 13:17", dt.date(2024, 7, 31)),
        ("13-10-2025", dt.date(2025, 10, 13)),
        ("Deir al-Balah, Gaza Strip   ●   Mon, September 2, 2024", dt.date(2024, 9, 2)),
        ("04/02/2024April 2, 2024", dt.date(2024, 4, 2)),
        ("14:26 - 31/07/2024 Wednesday", dt.date(2024, 7, 31)),
        (
            "Reuters, AP, Our Special Correspondent   |   Jerusalem, Dubai, New Delhi   |   "
            "Published 18.06.25, 05:36 AM",
            dt.date(2025, 6, 18),
        ),
        ("2025-03-19T16:42:07+00:00", dt.date(2025, 3, 19)),
        ("09:41, 28 Dec 2024Updated 12:18, 28 Dec 2024", dt.date(2024, 12, 28)),
        ("16:42, 1 Nov 2023Updated18:05, 1 Nov 2023", dt.date(2023, 11, 1)),
        ("Cairo/Gaza/New Delhi, Updated At : 10:52 PM Oct 21, 2024 IST", dt.date(2024, 10, 21)),
        ("12-Jul-2025 14:36", dt.date(2025, 7, 12)),
        ("15 February 2024 · 3 hours ago", dt.date(2024, 2, 15)),
        ("May 1, 2024 10:12 PM · 3 min read", dt.date(2024, 5, 1)),
        # counters and an unfilled template after the date
        ("December 27, 2024      World      0 Comments", dt.date(2024, 12, 27)),
        ("7 May 2024 09:48 am - 2 - {{hitsCtrl.values.hits}}", dt.date(2024, 5, 7)),
        ("2024/05/12 14:32", dt.date(2024, 5, 12)),
        ("Mon, 12 May 2024 14:32:00 +0300", dt.date(2024, 5, 12)),
        ("By Jane Doe, Reuters May 12, 2024", dt.date(2024, 5, 12)),
        ("July 4, 2024 (Mainichi Japan)", dt.date(2024, 7, 4)),
    ],
)
def test_date_lines_of_more_outlets(line, expected):
    assert lay._date_line(line)[0] == expected


@pytest.mark.parametrize(
    "line",
    [
        "7 October 2023 was the deadliest day in the country's history",
        "On 7 October 2023 militants crossed.",
        "In Gaza, Friday 24 Nov 2023 began quietly",
        "By Friday, 24 November 2023 the truce held",
        "Version 2.10.25 released",
    ],
)
def test_a_sentence_that_opens_with_a_date_is_not_a_date_line(line):
    assert lay._date_line(line) is None


def test_published_date_read_from_an_issued_on_line():
    page = parse_page(
        "World\n\nTruce takes hold in Gaza\n\nIssued on: 24/11/2023 - 08:05\n5 min\n\n"
        "Hamas released 24 hostages on Friday, officials said.\n"
    )
    assert page.published == dt.date(2023, 11, 24)


def test_share_buttons_do_not_push_the_date_line_out_of_the_page_top():
    menu = "\n".join(
        ["Share", "Copy URL", "Email", "Facebook", "Twitter", "LinkedIn", "Pinterest"] * 2
    )
    page = parse_page(
        f"News Hour\n\nFamine confirmed in Gaza City, monitor says\n\nBy — Jane Roe, Wire\n\n{menu}\n\n"
        "World Aug 22, 2025 1:48 PM EDT\n\nCAIRO (AP) — Famine is taking hold in Gaza City, the monitor said.\n"
    )
    assert page.published == dt.date(2025, 8, 22)


MESSY_TOP = (
    "Skip to contentSkip to site index\nSEARCH\nMiddle East Crisis\nSubscribe for $1 a week\nLog in\n"
    "News | Business | Opinion | Arts & Culture | Podcasts\n"
    "Gaza death toll passes 30,000 as talks stall in Doha\n"
    "Negotiators say gaps remain over the return of displaced people\n"
    "Share full article\n1.2k\nBy Sarah Levin and Omar Khalil\n"
    "Feb 29, 2024 · Updated 3 hours ago\nListen to this article · 6:42 min\n"
    "Facebook\nX\nWhatsApp\n142 comments\nAdvertisement\n\n"
)
LEAD = (
    "GAZA CITY — The death toll in Gaza has passed 30,000, the Health Ministry said on Thursday.\n"
)


def test_menus_buttons_and_counters_at_the_top_are_not_body():
    page = parse_page(MESSY_TOP + LEAD)
    assert page.title == "Gaza death toll passes 30,000 as talks stall in Doha"
    assert page.published == dt.date(2024, 2, 29)
    assert (
        page.text
        == "Negotiators say gaps remain over the return of displaced people\n\n" + LEAD.strip()
    )


def test_a_menu_bar_with_wide_gaps_is_not_the_title():
    page = parse_page(
        "News Desk\nWorld  Business  Markets  Legal  More\n\nTruce holds in Gaza\n\n" + LEAD
    )
    assert page.title == "Truce holds in Gaza"


def test_a_short_title_is_not_taken_for_a_menu_item():
    page = parse_page("Truce holds\nBy Jane Roe\n\n" + LEAD)
    assert page.title == "Truce holds"


def test_a_link_box_inside_the_article_goes_but_the_text_after_it_stays():
    body = (
        LEAD
        + "Read more: How the ministry counts the dead\n"
        + (
            "Qatar's foreign ministry spokesman Majed al-Ansari said the talks were continuing in Doha.\n"
        )
    )
    page = parse_page("Gaza toll passes 30,000\n\n" + body)
    assert "Read more" not in page.text
    assert "Majed al-Ansari said the talks were continuing" in page.text


def test_footer_lists_after_the_text_are_cut():
    page = parse_page(
        "Gaza toll passes 30,000\n\n"
        + LEAD
        + "Most read\n1. Israel strikes Rafah as 1.4 million shelter there\n"
        "Comments (142)\nA version of this article appears in print on March 1, 2024, Section A, Page 1.\n"
    )
    assert page.text == LEAD.strip()


def test_an_update_stamp_under_the_text_is_not_body():
    page = parse_page(
        "Gaza toll passes 30,000\n\n" + LEAD + "\nUpdated: January 30, 2024, 6:05 PM\n"
    )
    assert page.text == LEAD.strip()


def test_a_headline_inside_a_live_page_is_not_body():
    entry = "The Gaza Health Ministry said Monday that 67,869 people had been killed since October 2023."
    page = parse_page(
        "Live updates: hostages freed\n\n"
        + LEAD
        + "\nGaza toll passes 67,800, ministry says\n"
        + entry
        + "\n"
    )
    assert "ministry says" not in page.text
    assert entry in page.text


def test_a_caption_without_a_full_stop_is_not_taken_for_a_headline():
    caption = (
        "Protesters block the Ayalon Highway in Tel Aviv on Sunday night. Credit: Tomer Appelbaum"
    )
    page = parse_page("Protests grow in Tel Aviv\n\n" + LEAD + caption + "\n" + LEAD)
    assert caption in page.text


def test_an_american_date_line_reads_its_slashed_date_month_first():
    assert lay._date_line("05/07/2024 06:41 PM EDT")[0] == dt.date(2024, 5, 7)
    assert lay._date_line("05/07/2024 06:41")[0] == dt.date(2024, 7, 5)


def test_a_section_label_and_a_middle_dot_before_the_date():
    assert lay._date_line("Palestine · 30 July 2025")[0] == dt.date(2025, 7, 30)


# --- furniture of a seventh held-out set ---------------------------------------------------


def test_masthead_in_capitals_with_a_full_stop_is_not_the_title():
    page = parse_page("THE WALL STREET JOURNAL.\n\nWORLD | MIDDLE EAST\n\n" + TITLE + "\n" + BODY)
    assert page.title == TITLE.strip()
    assert page.outlet == "The Wall Street Journal"


@pytest.mark.parametrize(
    "footer",
    [
        "What to Read Next\nHow the corridor became the sticking point\nInside the tunnel war",
        "More to Read\nTwo years of war: how the map was redrawn",
        "Appeared in the August 17, 2024, print edition as 'Plan to Close Gaps'.",
        "Catch all the Latest World News, Breaking News and Live Updates.",
        "Explore more on these topics\nGaza\nIsrael-Gaza war\nReuse this content",
        "Have a confidential tip for our reporters? Get in touch",
    ],
)
def test_reading_lists_and_print_notes_at_the_end_are_cut(footer):
    assert parse_page(BODY + "\nThe UN agreed.\n\n" + footer).text == BODY + "\nThe UN agreed."


@pytest.mark.parametrize(
    "line",
    [
        "3 MIN READ",
        "Staff Writers",
        "Updated 11:26 AM PT",
        "Share | Resize | Listen (6 min)",
        "Newsletter",
        "Get the day's top headlines with our Today's Headlines newsletter, sent every morning.",
        "Enter email address   Sign Me Up",
        "2h ago",
        "Watch video 2:14",
        "https://p.dw.com/p/4cZ6r",
        "Follow i24NEWS on Telegram",
        "Source: TRT World and Agencies",
        "Text by: FRANCE 24",
        "Newsletter Sign-up",
        "Link Copied",
        "READ LATER    PRINT    SHARE",
        "FILED UNDER: ISRAEL, GAZA, JOE BIDEN",
        "Hashtags: Hostages, Hamas, Gaza",
        "Related Topics: Israel-Hamas war, Yemen, Red Sea",
        "Support Provided By: Learn more",
        "Media contact: press@example.org",
        "News ID: 85351790",
        "Dey 22, 1402",
        "(ATTN: ADDS comments from foreign ministry spokesperson in paras 4-6; RECASTS headline)",
        "3 minutes",
    ],
)
def test_site_furniture_of_more_outlets(line):
    assert page_lines.is_chrome(line)


def test_a_sentence_that_starts_like_furniture_is_kept():
    assert not page_lines.is_chrome("Follow the money, he said, and you will find the truth.")
    assert not page_lines.is_chrome("Sources: 12 people were killed in the strike on Monday.")


def test_byline_with_the_reporters_cities():
    page = parse_page(TITLE + "By Dana Keller in Tel Aviv and Omar Haddad in Doha\n" + BODY)
    assert page.text == BODY


def test_a_press_release_dateline_with_two_places():
    page = parse_page(
        "CARE International\nPress Release\n\nGaza: aid remains a trickle\n\n"
        "Amman / Geneva, 20 November 2025 – Aid is still entering at a fraction of the "
        "agreed level, the charity warned today.\n"
    )
    assert page.published == dt.date(2025, 11, 20)


# a body long enough that a stamp under it is far from the top of the page
LONG_BODY = "\n\n".join(
    f"Paragraph {word}: the envoys met again and said the talks would go on."
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
)


def test_a_byline_that_runs_into_an_update_stamp_dates_the_page():
    page = parse_page(
        "Troops raid Gaza's largest hospital as families wait for word\n\n"
        "By Jane Roe Globe Staff and Wire Services,Updated November 15, 2023, 8:14 p.m.\n\n" + BODY
    )
    assert (page.published, page.author) == (
        dt.date(2023, 11, 15),
        "Jane Roe Globe Staff and Wire Services",
    )
    assert page.text == BODY


def test_a_stamp_under_the_text_gives_a_dateline_its_year():
    page = parse_page(
        "Jordan condemns the killing of Palestinians waiting for aid in Gaza\n\n"
        "Amman, Feb. 29 (Petra) -- " + BODY + "\n\n" + LONG_BODY + "\n\n--(Petra)\n"
        "29/02/2024 17:42:08\n"
    )
    assert page.published == dt.date(2024, 2, 29)


def test_a_stamp_under_the_text_dates_a_page_that_gives_no_other_date():
    page = parse_page(
        "Talks resume in Cairo after a week's pause\n\n" + LONG_BODY + "\n\n29/02/2024\n"
    )
    assert (page.published, page.text) == (dt.date(2024, 2, 29), LONG_BODY)


def test_an_agency_name_over_its_menu_is_not_the_title():
    page = parse_page(
        "Petra - Jordan News Agency\nHome | Local | Arab & International | Economy\n\n"
        "Jordan condemns the killing of Palestinians waiting for aid in Gaza\n\n" + BODY
    )
    assert page.title == "Jordan condemns the killing of Palestinians waiting for aid in Gaza"
    assert page.text == BODY


def test_a_dateline_with_a_clock_before_the_agency_dates_the_page():
    page = parse_page(
        "Hamas deputy leader killed in Beirut, Hezbollah warns of punishment\n\n"
        "Beirut, 03 Jan 2024 09:14 (Agenzia Nova) - " + BODY
    )
    assert page.published == dt.date(2024, 1, 3)


def test_a_date_line_with_an_arabic_comma_is_read():
    page = parse_page(
        "Sisi welcomes the Gaza ceasefire agreement and calls for aid\n\n"
        "Wednesday، 15 January 2025 - 11:42 PM\n\n" + BODY
    )
    assert page.published == dt.date(2025, 1, 15)


def test_a_charitys_name_and_its_name_in_other_scripts_over_a_trail_of_links_are_no_title():
    page = parse_page(
        "Physicians for Human Rights Israel\nרופאים לזכויות אדם - ישראל\n"
        "Home > Publications > Press Releases\n\n"
        "New data: at least 98 Palestinians have died in Israeli custody since October 2023\n\n"
        + BODY
    )
    assert page.title.startswith("New data: at least 98 Palestinians")


def test_a_box_of_related_links_inside_the_text_is_dropped():
    page = parse_page(
        "Malaysians detained as flotilla is intercepted off Gaza coast\n\n"
        + BODY
        + "\n\nRelated Reports\n• Wisma Putra: 23 Malaysians detained, consular access sought\n\n"
        "The minister said the government would press for their release."
    )
    assert "Wisma Putra" not in page.text
    assert page.text.endswith("would press for their release.")


def test_a_byline_of_two_agencies_before_the_date_dates_the_page():
    page = parse_page(
        "Trump says US will take over Gaza and move Palestinians elsewhere\n\n"
        "By Reuters, AFP   February 5, 2025 | 02:37 pm GMT+7\n\n" + BODY
    )
    assert page.published == dt.date(2025, 2, 5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[31/October/2023] 21:44", dt.date(2023, 10, 31)),
        ("By Hana Levi Julian - 10 Shevat 5785 – February 8, 2025", dt.date(2025, 2, 8)),
        (
            "On November 22, 2024 11:28 pm In News by Ikechukwu Nnochiri, Abuja",
            dt.date(2024, 11, 22),
        ),
    ],
)
def test_date_lines_of_the_seventh_rounds_outlets(line, expected):
    assert lay._date_line(line)[0] == expected


def test_a_numbered_box_of_top_stories_and_previous_next_links_are_dropped():
    page = parse_page(
        "US and UK strike Houthi targets in Yemen as shipping crisis deepens\n\n"
        + BODY
        + "\n\nTop 10 Stories\n1  Korean films reach new audiences\n2  BOK holds rate steady\n\n"
        "Previous: European Commission approves a scheme\n"
        "Next: EU ministers to meet in emergency session\n"
    )
    assert page.text == BODY


def test_the_sections_an_article_is_filed_under_are_no_title():
    page = parse_page(
        "Armed Conflicts, Featured, Headlines, Middle East & North Africa, TerraViva United "
        "Nations\n\nIsraeli Strikes on Hodeidah Deepen Fears for Yemen’s Lifeline Port\n\n" + BODY
    )
    assert page.title == "Israeli Strikes on Hodeidah Deepen Fears for Yemen’s Lifeline Port"


@pytest.mark.parametrize(
    ("page_text", "expected"),
    [
        # a dateline of two places under the standfirst
        (
            "Famine confirmed in Gaza City, as monitors warn it will spread south\n\n"
            "‘Every day of delay is measured in lives,’ aid officials say, while Israel "
            "calls the finding a lie.\n\n"
            "Annie Slemrod\n\n"
            "JERUSALEM/DEIR AL-BALAH, 22 August 2025\n\n" + BODY,
            dt.date(2025, 8, 22),
        ),
        # a dateline with a clock and a zone
        (
            "Gaza: Expanded offensive leaves children with nowhere left to run\n\n"
            "Jerusalem, 19 May 2025, 16:00 EEST – World Vision is calling for an immediate and "
            "lasting ceasefire after Israel launched a major new ground offensive.\n\n" + BODY,
            dt.date(2025, 5, 19),
        ),
        # a numeric dateline before the first sentence
        (
            "Gaza: Opening of Erez crossing must only be the first step\n\n"
            "Bonn/Berlin, 12.04.2024. Welthungerhilfe welcomes the reopening.\n\n" + BODY,
            dt.date(2024, 4, 12),
        ),
    ],
)
def test_datelines_under_the_title_date_the_page(page_text, expected):
    assert parse_page(page_text).published == expected


def test_a_stamp_without_a_year_takes_the_year_of_the_dates_in_the_text():
    page = parse_page(
        "World\nSep. 02  06:48 am JST\n31 Comments\n\n"
        "Israel erupts in grief and anger after six hostages found dead in Gaza tunnel\n\n"
        "Protesters block a highway in Tel Aviv on Sunday night, September 1, 2024. Image: AFP\n\n"
        "By Jane Doe\nJERUSALEM\n\n" + BODY
    )
    assert page.published == dt.date(2024, 9, 2)
    assert page.title.startswith("Israel erupts in grief")


def test_a_stamp_without_a_year_and_no_dated_text_gives_no_date():
    page = parse_page("World\nSep. 02  06:48 am JST\n\nTalks resume in Cairo\n\n" + BODY)
    assert page.published is None
    assert page.title == "Talks resume in Cairo"


@pytest.mark.parametrize("line", ["Comments - 2", "Comments: 12", "31 Comments", "View(s): 1,284"])
def test_comment_counters_are_site_furniture(line):
    assert page_lines.is_chrome(line)


def test_a_read_also_link_inside_a_live_page_cuts_no_entries():
    entry = (
        "9:05 AM - Hezbollah has not yet commented on the strike. A source close to the group "
        "told AFP overnight that the commander survived."
    )
    page = parse_page(
        "LIVE UPDATES: Israel strikes Beirut\n\n" + BODY + "\n\n"
        "Read Also: Hezbollah Denies Any Link To Majdal Shams Strike\n\n"
        "Wednesday, July 31\n\n" + entry
    )
    assert entry in page.text
    assert "Read Also" not in page.text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("18 November 2023 23:40 (UTC+04:00)", dt.date(2023, 11, 18)),
        ("30 Jul 2024, MVT 21:58", dt.date(2024, 7, 30)),
        ("27 Jan 2025 06:12PM (Updated: 27 Jan 2025 10:35PM)", dt.date(2025, 1, 27)),
    ],
)
def test_time_zones_before_the_clock_or_in_brackets(line, day):
    assert date_line(line)[0] == day


def test_a_masthead_date_beside_the_outlet_s_motto_is_the_date():
    page = parse_page(
        "Mauritius Times\nSince 1954 | Friday, 7 March 2025\n\nHome > World\n\n"
        "Arab leaders back the plan\n\nBy Our Desk\n\nArab leaders met in Cairo on Tuesday and "
        "adopted a plan to rebuild the Strip.\n"
    )
    assert page.published == dt.date(2025, 3, 7)


def test_a_page_s_own_address_printed_on_it_dates_it():
    text = (
        "Q+A\n\nIs the ceasefire plan the real deal?\n\nThe panel discussed the plan.\n\n"
        "Share\n\nCopy link: https://www.example.nz/2024/06/02/is-the-plan-the-real-deal/\n"
    )
    assert parse_page(text).published == dt.date(2024, 6, 2)


def test_addresses_of_other_stories_on_different_days_date_nothing():
    text = (
        "World\n\nTalks resume in Cairo\n\nThe talks resumed.\n\n"
        "Read more: https://www.example.com/2024/05/01/a/ and https://www.example.com/2024/04/01/b/\n"
    )
    assert parse_page(text).published is None


def test_a_publication_stamp_before_a_long_byline():
    line = (
        "Published on 19/10/2023 - 09:47 By Ana Costa Leite - Reporter - Agência Brasil - Brasília"
    )
    assert date_line(line) == (dt.date(2023, 10, 19), None)


def test_a_credited_caption_under_the_title_dates_a_page_with_no_stamp():
    text = (
        "WORLD | Today 16:42\n\nThree hostages freed by Hamas in sixth swap\n\n"
        "A hostage is escorted onto a stage in Khan Younis on February 15, 2025. Photo: AFP\n\n"
        "Hamas freed three male hostages on Saturday, and Israel began releasing prisoners."
    )
    assert parse_page(text).published == dt.date(2025, 2, 15)


def test_a_page_s_address_with_the_day_at_the_end_of_its_slug():
    text = (
        "News\n\nLIVE | Day one at the court\n\nThe hearing opened.\n\n"
        "Copy link: https://www.example.com/world/live-day-one-20240111\n"
    )
    assert parse_page(text).published == dt.date(2024, 1, 11)


def test_an_expert_s_post_on_the_line_under_the_name_is_kept():
    lines = [
        "Experts",
        "",
        "Dana Whitaker",
        "Associate Professor of Political Science, Maxwell School of Citizenship",
        "Whitaker studies ceasefire design and has written on the November 2023 truce.",
    ]
    assert page_lines.drop_headings(lines)[3] == lines[3]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By J24 Staff | 29/11/2023 10:14 (Jerusalem time)", dt.date(2023, 11, 29)),
        ("May, 07, 2024 - 11:32 World news", dt.date(2024, 5, 7)),
        ("Press Releases  PLENARY SESSION  AFET  DEVE  22-01-2025 - 18:42", dt.date(2025, 1, 22)),
        ("Tom Lindquist and Anika Berg  ·  St. Paul  ·  Apr 3, 2024 12:30 PM", dt.date(2024, 4, 3)),
        # a French clock
        ("10/10/2025 at 14h52, updated 10/10/2025 at 18h20", dt.date(2025, 10, 10)),
    ],
)
def test_date_lines_with_parts_set_apart_a_section_or_whose_clock(line, day):
    assert date_line(line) == (day, None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a weekly's issue and the week it covers: its first day
        ("No. 537 February 15 – 21, 2025", dt.date(2025, 2, 15)),
        # a byline first, then the stamp, with an ordinal day
        ("Posted by Asha Rao | Published: 7th October 2024 9:47 pm IST", dt.date(2024, 10, 7)),
        ("Publication date 16 March 2024 | 10:25 ICT", dt.date(2024, 3, 16)),
        ("Date: 12 May 2024", dt.date(2024, 5, 12)),
        ("Evening Desk | Aired Tuesday 26/3/2024, 8:00 pm Amman time", dt.date(2024, 3, 26)),
        ("By Siti Aminah and Bernama - June 9, 2025 @ 9:58pm", dt.date(2025, 6, 9)),
        ("Mar - 15 - 2024 , 07:24", dt.date(2024, 3, 15)),
        ("Leeds, UK - Wednesday 24 July 2024", dt.date(2024, 7, 24)),
        ("World News of Monday, 2 September 2024", dt.date(2024, 9, 2)),
        ("World | January 30, 2025, Thursday // 12:41 | Views: 1462", dt.date(2025, 1, 30)),
    ],
)
def test_date_lines_with_a_label_a_byline_or_a_place_before_the_date(line, day):
    assert date_line(line) == (day, None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicerat måndag 20 januari 2025 kl 17.32", dt.date(2025, 1, 20)),
        ("Publié le 14 mars 2024 à 10h32", dt.date(2024, 3, 14)),
        ("Publicado el 20 de enero de 2025, 10:32", dt.date(2025, 1, 20)),
        ("Veröffentlicht am 3. März 2024, 10:32", dt.date(2024, 3, 3)),
        ("20 Agustus 2024 10:32 WIB", dt.date(2024, 8, 20)),
        ("Última actualización: 24 de octubre de 2023, 10:42 am", dt.date(2023, 10, 24)),
        ("13 Out 2025 18:47 | Atualizado 13 Out 2025 19:05", dt.date(2025, 10, 13)),
        ("Cyhoeddwyd / Posted: Dydd Mercher, 19 Tachwedd 2025, 14:05", dt.date(2025, 11, 19)),
        ("Rātū 28 Whiringa-ā-rangi 2023, 10:15 am", dt.date(2023, 11, 28)),
        ("27 Samhain, 2023 11:20", dt.date(2023, 11, 27)),
        ("2024. augusztus 20. – 14:32", dt.date(2024, 8, 20)),
        ("luni, 13 octombrie 2025, 18:40 (EEST)", dt.date(2025, 10, 13)),
        ("Publikováno 12. března 2024", dt.date(2024, 3, 12)),
        # a Hijri date before ours
        (
            "Tuesday, 16 Rabi' al-Thani 1445 AH - 31 October 2023 | Last updated 23:40 Sanaa time",
            dt.date(2023, 10, 31),
        ),
    ],
)
def test_date_lines_with_the_month_in_another_language(line, day):
    assert date_line(line) == (day, None)


def test_a_foreign_month_word_without_a_year_is_not_a_date_line():
    assert date_line("Publicerat 20 januari kl 17.32") is None


def test_a_wire_dateline_with_the_year_after_a_slash_and_no_dash_dates_the_page():
    page = parse_page(
        "Ethiopia welcomes the ceasefire\n\nAddis Ababa, January 16/2025 (ENA) The Government "
        "of Ethiopia has welcomed the ceasefire agreement, the ministry said on Thursday.\n"
    )
    assert page.published == dt.date(2025, 1, 16)


def test_a_sentence_opening_with_a_bracketed_acronym_is_not_a_dateline():
    page = parse_page(
        "Army chief speaks\n\nIsrael Defense Forces (IDF) Chief of Staff Herzi Halevi said on "
        "Monday that troops would stay in the corridor.\n"
    )
    assert "dateline" not in page.shapes


def test_a_dateline_with_two_places_set_apart_by_a_slash():
    page = parse_page(
        "Aid groups warn of offensive\n\nWASHINGTON, D.C. / AMMAN, August 26, 2025 — Relief "
        "groups today warned that an offensive would push thousands from their homes.\n"
    )
    assert page.published == dt.date(2025, 8, 26)


def test_a_yearless_dateline_takes_the_copyright_year_over_a_historical_date():
    page = parse_page(
        "Oman welcomes truce\n\nMuscat, Nov 25 (ONA) --- Oman welcomed the truce and called for "
        "a state on the borders of 4 June 1967, the ministry said.\n\n"
        "© 2023 Oman News Agency. All Rights Reserved.\n"
    )
    assert page.published == dt.date(2023, 11, 25)


def test_a_yearless_dateline_takes_the_year_of_the_latest_date_in_the_text():
    page = parse_page(
        "Talks resume\n\nCAIRO, Feb 12 (Reuters) - Talks resumed on Monday, a year after the "
        "attack of October 7, 2023 and weeks after the truce of January 19, 2025 began.\n"
    )
    assert page.published == dt.date(2025, 2, 12)


def test_a_stamp_above_a_box_of_related_links_dates_the_page():
    text = (
        "Japan to resume agency funding\n\nTokyo, April 2 (Jiji Press)--The government will "
        "resume its funding, the foreign minister said.\n\n"
        + "".join(f"Round {n} of the talks ended, an official said.\n\n" for n in range(80))
        + "[Copyright The Jiji Press, Ltd.]\n\n2024-04-02 18:47\n\nRelated News\n"
        "- Japan Freezes Additional Agency Funding (2024-01-28)\n"
        "- Minister Calls on Israel to Allow More Aid into Gaza (2024-03-05)\n\nMost Popular\n"
        "1. Tankan: Big Manufacturers' Sentiment Worsens for 1st Time in 4 Quarters\n"
        "2. Japan's New Fiscal Year Starts with Price Hikes for 2,800 Items\n\n"
        "The news service delivers news from Japan to the world. Subscription information\n"
    )
    assert parse_page(text).published == dt.date(2024, 4, 2)


def test_a_page_s_address_with_a_folder_for_the_day():
    text = (
        "Explainer\n\nThe ceasefire deal, explained\n\nThe deal was announced on Wednesday.\n\n"
        "Share: https://www.example.co.nz/world/17-01-2025/the-ceasefire-deal-explained\n"
    )
    assert parse_page(text).published == dt.date(2025, 1, 17)


def test_an_address_line_with_the_telephone_is_site_furniture():
    line = "NEWS AGENCY S.A. | Rua Dr. Silva, 27-A, 1500-236 Lisboa | Tel: +351 217 116 500"
    assert page_lines.is_chrome(line)


def test_a_stamp_in_brackets_at_the_end_of_a_citation_line():
    line = "BMJ 2024; 386 doi: https://doi.org/10.1136/bmj.q1884 (Published 30 August 2024)"
    assert date_line(line) == (dt.date(2024, 8, 30), None)


def test_an_agency_s_name_over_a_menu_with_a_language_item_is_no_title():
    page = parse_page(
        "NNT\nNational News Bureau of Thailand\nสำนักข่าวแห่งชาติ\n"
        "Home | Politics | Economy | Foreign Affairs | ภาษาไทย\nForeign Affairs\n\n"
        "PM welcomes release of ten Thai hostages, vows to bring every worker home\n\n" + BODY
    )
    assert page.title == "PM welcomes release of ten Thai hostages, vows to bring every worker home"


def test_a_byline_joined_to_the_stamp_gives_the_stamp_s_date():
    line = (
        "Author of the article: Sun staff, The Canadian Press Published Mar 20, 2025 • Last "
        "updated 2 hours ago • 6 minute read Join the conversation"
    )
    assert date_line(line) == (dt.date(2025, 3, 20), None)


def test_an_outlet_s_name_in_other_scripts_and_a_bare_dotted_date_under_the_title():
    page = parse_page(
        "Gisha\nגישה – מרכז לשמירה על הזכות לנוע | مسلك – مركز للدفاع عن حرية التنقل\n"
        "Gisha – Legal Center for Freedom of Movement\nAbout | What We Do | Publications\n\n"
        "Three weeks without Rafah: what the crossing data tell us\n\n28.05.2024\n\n" + BODY
    )
    assert (page.title, page.published) == (
        "Three weeks without Rafah: what the crossing data tell us",
        dt.date(2024, 5, 28),
    )


# an ambiguous numeric date line: the caption's written-out date decides the order
_AMBIGUOUS_PAGE = """NEWS DESK
World | Politics

Crossing seized as talks resume

By Jane Roe
06-04-2024

Troops near the crossing, June 3, 2024. (Image credit: Pool)

Troops took control of the crossing early Monday, the army said.
Talks resumed in Cairo later that day, officials said.
"""


def test_a_caption_s_written_date_decides_an_ambiguous_numeric_date_line():
    # read day first, "06-04-2024" is 6 April; the caption's June 3 says it is 4 June
    assert parse_page(_AMBIGUOUS_PAGE).published == dt.date(2024, 6, 4)


def test_an_ambiguous_date_line_keeps_day_first_without_a_written_date():
    page = _AMBIGUOUS_PAGE.replace(
        "Troops near the crossing, June 3, 2024. (Image credit: Pool)\n\n", ""
    )
    assert parse_page(page).published == dt.date(2024, 4, 6)


def test_the_other_reading_of_a_numeric_date():
    from corpus.date_lines import other_reading

    assert other_reading("05-07-2024", dt.date(2024, 7, 5)) == dt.date(2024, 5, 7)
    assert other_reading("13-07-2024", dt.date(2024, 7, 13)) is None  # only one reading
    assert other_reading("July 5, 2024", dt.date(2024, 7, 5)) is None


def test_an_outlet_name_in_capitals_over_a_spaced_menu_is_a_masthead_not_the_title():
    page = parse_page(
        "METRO CITY DAILY NEWS\n"
        "Sign In   Subscribe Now\n"
        "NEWS   POLITICS   SPORTS   OPINION   WORLD\n\n"
        "World News\n\nANALYSIS\n\n"
        "Aid convoys wait at the border as talks stall\n\n"
        "By Jane Roe | Metro City Daily News\n"
        "UPDATED: March 4, 2024 at 7:12 PM EDT\n\n"
        "Hundreds of trucks waited at the Rafah crossing on Monday, officials said, as "
        "negotiators met again in Cairo.\n"
    )
    assert page.title == "Aid convoys wait at the border as talks stall"


# Date lines of other languages and scripts (the eighteenth round's read gold sets)
@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Publicerad 13 oktober 2025 kl 22.47 · Uppdaterad 14 oktober 2025 kl 07.12",
            dt.date(2025, 10, 13),
        ),
        ("Mikudagur 23. apríl 2025 kl. 11:32", dt.date(2025, 4, 23)),
        ("16 января 2025 г., 14:37", dt.date(2025, 1, 16)),
        ("18.out.2023 às 14h05   Atualizado: 18.out.2023 às 18h47", dt.date(2023, 10, 18)),
        ("19. Mar 2025 at 13:07 | Updated 2 hours ago", dt.date(2025, 3, 19)),
        ("تاريخ النشر: 23/03/2025 - 19:14 | آخر تحديث: 23/03/2025 - 21:02", dt.date(2025, 3, 23)),
        ("الاثنين 27 تشرين الثاني 2023 - 13 جمادى الأولى 1445 هـ", dt.date(2023, 11, 27)),
        (
            "السبت 8 شباط 2025 | Saturday 8 February 2025, 20:45 Beirut (GMT+2) | Updated 22:10",
            dt.date(2025, 2, 8),
        ),
        ("28.11.2023 - Press release", dt.date(2023, 11, 28)),
        ("20 Jan 25 18:20   |   Duration: 13:47", dt.date(2025, 1, 20)),
        ("August 20, 2024 (2024年8月20日 火曜日)", dt.date(2024, 8, 20)),
        ("Bahrain Mirror (Exclusive): 2023-11-26 - 11:58 p.m.", dt.date(2023, 11, 26)),
        ("martes 24 de octubre de 2023, 14:35", dt.date(2023, 10, 24)),
        ("13.10.2025 um 22:47 Uhr", dt.date(2025, 10, 13)),
    ],
)
def test_date_lines_of_other_languages(line, day):
    assert date_line(line)[0] == day


def test_an_english_sentence_with_a_clock_word_of_another_language_is_no_date_line():
    assert (
        date_line("Hamas freed 13 hostages on 24 November 2023 and said more would follow soon.")
        is None
    )


@pytest.mark.parametrize(
    "top",
    [
        "The Global New Light of Myanmar\nTuesday, 14 October 2025 | 8th Waning of Thadingyut 1387 ME\n"
        "Home | National | Local News | World | Business\n\nWorld\n\n",
        "News | Sports | Weather | Classifieds | KSL TV 5 | KSL NewsRadio\n\nWorld\n\n",
        "News & Updates > Live\n\n",
        "ข่าวสด  Follow us: Facebook  X  LINE\n\n",
        "Galway's Premier Newspaper Since 1909\n\n",
        "Magen David Adom\nIsrael's National EMS and Blood Services\nHome | About MDA | News | Donate\n\n",
        "FM96   Navtarang   Viti FM   Legend FM   Radio Sargam\n\n",
        "Washington Jewish Week\n\n",
    ],
)
def test_a_masthead_a_menu_or_a_follow_box_is_not_the_title(top):
    title = "Last 20 living hostages freed as Gaza ceasefire holds; Israel releases 1,968 prisoners"
    page = parse_page(top + title + "\n\n" + BODY)
    assert page.title == title


def test_a_short_title_with_no_page_furniture_after_it_stays_the_title():
    page = parse_page("Gaza truce holds for a second day\n\n" + BODY)
    assert page.title == "Gaza truce holds for a second day"


@pytest.mark.parametrize(
    "title",
    [
        "Off the Hour / May 7, 5-6pm / Rafah, the ceasefire that wasn't",
        "Israeli troops raid Gaza's largest hospital as families wait for word on hostages",
    ],
)
def test_titles_with_slashes_or_superlatives_stay_titles(title):
    page = parse_page("Community News\n\n" + title + "\n\n" + BODY)
    assert page.title == title


@pytest.mark.parametrize(
    "line",
    [
        "(1405)",
        "1,842 Likes∙207 Restacks",
        "612 likes · 41 comments",
        "Visitas: 4.312",
        "VOLUME 151 NUMBER 233",
        "Page: 37",
        "Parl No.: 47",
        "Continued on A6",
        "From Page 1",
        "See GAZA, A6",
        "Kaieteur News is published by National Media Ltd, Georgetown, Guyana. Tel: 225-8465.",
    ],
)
def test_records_counters_and_contact_lines_are_site_furniture(line):
    assert page_lines.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tel Aviv: 12 people were wounded in the attack on Monday.",
        "Page 3 of the report said 40 people had died.",
        "(1) The Court finds that it has jurisdiction.",
    ],
)
def test_lines_like_furniture_with_prose_stay(line):
    assert not page_lines.is_chrome(line)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("18 de agosto de 2024 - 06:00 p. m.", dt.date(2024, 8, 18)),
        (
            "17 Ekim 2023 Salı 23:58 | Son Güncelleme: 18 Ekim 2023 Çarşamba 00:41",
            dt.date(2023, 10, 17),
        ),
        ("May 9, 2024/5:55 a.m. ET", dt.date(2024, 5, 9)),
        ("INSS Insight No. 1787, November 27, 2023", dt.date(2023, 11, 27)),
        ("It-Tnejn, 13 ta' Ottubru 2025 – 08:02 | Aġġornat: 18:10", dt.date(2025, 10, 13)),
        ("Publish date 27.01.2025", dt.date(2025, 1, 27)),
        ("Mac 18, 2025 16:45 MYT", dt.date(2025, 3, 18)),
        ("Вторник, 18 ноября 2025 · 16:40 (GMT+5)", dt.date(2025, 11, 18)),
        ("Δευτέρα, 20 Ιανουαρίου 2025 | 09:05", dt.date(2025, 1, 20)),
    ],
)
def test_date_lines_of_more_languages_and_forms(line, day):
    assert date_line(line) == (day, None)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a stamp word of its own, a weekday and a clock after a dash
        ("Submitted on Tue, 28 Nov 2023 - 04:37 PM", dt.date(2023, 11, 28)),
        # Korean stamp words and the year first with dots
        ("입력 : 2024.08.20 17:05   수정 : 2024.08.20 19:12", dt.date(2024, 8, 20)),
        # a Vietnamese weekday and month
        ("Thứ Tư, 19 Tháng Ba 2025 - 18:30 (GMT+7)", dt.date(2025, 3, 19)),
        # a place after the clock
        (
            "Friday, March 21, 2025, 9:47 a.m. Front Entrance Hall, Prime Minister's Office",
            dt.date(2025, 3, 21),
        ),
    ],
)
def test_date_lines_of_more_forms(line, published):
    assert parse_page(TITLE + line + "\n" + BODY).published == published


def test_an_outlet_then_its_date_in_brackets_dates_the_article():
    page = parse_page(
        TITLE + "Law360 (May 20, 2024, 8:14 PM EDT) -- The chief prosecutor of the court "
        "said Monday he has asked its judges to issue arrest warrants." + REST
    )
    assert page.published == dt.date(2024, 5, 20)


def test_a_masthead_over_a_menu_a_search_box_and_a_section_label_is_no_title():
    page = parse_page(
        "Vientiane Times\nTuesday, October 24, 2023\n"
        "Home | Lao News | Business | Asean | World | Sport | Opinion\nSearch...\n\nWorld\n\n"
        "Laos calls for restraint as Gaza death toll passes 5,000\n\n" + BODY
    )
    assert page.title == "Laos calls for restraint as Gaza death toll passes 5,000"


@pytest.mark.parametrize(
    "tagline",
    [
        "The Newswire for Business Lawyers",
        "Swiss news and perspectives for the world",
        "Serving the Jewish community of northern New Jersey",
    ],
)
def test_a_tagline_without_the_storys_words_gives_way_to_the_title(tagline):
    page = parse_page(
        tagline + "\nSearch\n\nWorld\n\n"
        "ICC prosecutor seeks warrants for Netanyahu and Hamas leaders\n\n" + BODY
    )
    assert page.title == "ICC prosecutor seeks warrants for Netanyahu and Hamas leaders"


def test_a_title_without_the_storys_words_stays_over_its_standfirst():
    page = parse_page(
        "'The guns have gone quiet, but the hard part starts now'\n\n"
        "A Kashmir University academic on the Gaza deal and what comes next\n\n" + BODY
    )
    assert page.title == "'The guns have gone quiet, but the hard part starts now'"


def test_a_markdown_table_s_header_stays_though_it_reads_like_a_menu():
    text = (
        "Truce exchanges so far\n\nHamas has freed 41 hostages over two days.\n\n"
        "| Day | Date | Hostages freed | Prisoners freed |\n"
        "|-----|------|----------------|-----------------|\n"
        "| 1 | Fri, Nov 24 | 24 | 39 |\n"
        "| 2 | Sat, Nov 25 | 17 | 39 |\n"
    )
    body = parse_page(text).text
    assert "| Day | Date | Hostages freed | Prisoners freed |" in body


def test_a_menu_between_pipes_without_an_underline_still_goes():
    text = "| Home | World | Politics | Sport |\n\nHamas has freed 41 hostages over two days.\n"
    assert "Home" not in parse_page(text).text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Volume 833: debated on Tuesday 24 October 2023", dt.date(2023, 10, 24)),
        ("Meeting date: Thursday, November 30, 2023", dt.date(2023, 11, 30)),
        ("(Senate - June 05, 2024)", dt.date(2024, 6, 5)),
    ],
)
def test_a_parliament_s_record_prints_its_sitting_day(line, day):
    assert date_line(line)[0] == day


def test_an_outlet_s_name_over_a_press_review_paragraph_is_kept():
    lines = [
        "WHAT THE PAPERS SAY",
        "",
        "🇮🇹 Corriere della Sera, Milan",
        "The Milan daily reports that an average of 95 aid trucks a day entered Gaza last week.",
    ]
    assert page_lines.drop_headings(lines)[2] == lines[2]


def test_a_headline_over_a_paragraph_is_still_dropped():
    lines = [
        "Live updates",
        "",
        "Gaza toll passes 67,800, ministry says",
        "The Gaza Health Ministry said on Tuesday that 67,806 people had been killed.",
    ]
    assert page_lines.drop_headings(lines)[2] == ""


def test_an_outlet_s_name_in_capitals_before_a_colon_is_kept():
    lines = [
        "Arab press review",
        "",
        "AL-QUDS AL-ARABI: 'AMERICAN PACKAGING'",
        "The London-based daily's editorial says the bridging text changes nothing at all.",
    ]
    assert page_lines.drop_headings(lines)[2] == lines[2]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("29 maggio 2025 (modifica il 29 maggio 2025 | 22:14)", dt.date(2025, 5, 29)),
        ("martedì 11 novembre 2025", dt.date(2025, 11, 11)),
        ("יום ראשון, 18 באוגוסט 2024 | 20:00 | Updated 23:41", dt.date(2024, 8, 18)),
        ("Le 25 novembre 2023 à 07h05, modifié le 26 novembre 2023 à 00h42", dt.date(2023, 11, 25)),
        (
            "Victoria, Seychelles | March 19, 2025, Wednesday @ 15:12 in National",
            dt.date(2025, 3, 19),
        ),
        ("This story was first published on 12 February 2025.", dt.date(2025, 2, 12)),
        ("This article appears in the 08 Mar 2024 issue of the New Statesman", dt.date(2024, 3, 8)),
        ("Aleteia - published on 10/20/23", dt.date(2023, 10, 20)),
        # (two-digit years and a Buddhist one: what the quick test before tidying keeps)
        ("Published: 10.13.25, 21:07", dt.date(2025, 10, 13)),
        ("20 Jan 25 18:20", dt.date(2025, 1, 20)),
        ("9 November 2568 - 14:20", dt.date(2025, 11, 9)),
    ],
)
def test_a_loose_date_line_prints_a_date_and_little_else(line, day):
    assert loose_date_line(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "The war began on October 7, 2023.",
        "Protesters block a highway in Tel Aviv on September 1, 2024, after the bodies of six "
        "hostages were recovered in Gaza.",
    ],
)
def test_a_sentence_with_a_date_is_no_loose_date_line(line):
    assert loose_date_line(line) is None


def test_a_page_with_no_other_date_takes_its_loose_date_line():
    text = (
        "Gaza talks resume in Cairo\n\n"
        "martedì 11 novembre 2025\n\n"
        "Negotiators met again in Cairo on Tuesday, officials said.\n"
    )
    assert parse_page(text).published == dt.date(2025, 11, 11)


def test_a_date_line_of_the_page_wins_over_a_loose_one():
    text = (
        "Gaza talks resume in Cairo\n\n"
        "Published: Nov 12, 2025 09:16 PM\n\n"
        "Negotiators met again in Cairo on Tuesday, officials said.\n\n"
        "This story was first published on 10 November 2025.\n"
    )
    assert parse_page(text).published == dt.date(2025, 11, 12)


def test_a_first_published_line_above_the_page_footer_dates_the_page():
    body = "\n\n".join(f"Aid workers said the convoy's truck {i} had crossed." for i in range(16))
    footer = "\n".join(f"Related story number {i}" for i in range(10))
    text = (
        "NZ aid reaches Rafah\n\n" + body + "\n\n"
        "This story was first published on 12 February 2025.\n\n" + footer + "\n"
    )
    assert parse_page(text).published == dt.date(2025, 2, 12)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("9 November 2568 - 14:20", dt.date(2025, 11, 9)),  # the Buddhist Era, 543 ahead
        ("12 ต.ค. 2566 10:15 น.", dt.date(2023, 10, 12)),  # a Thai month and clock
        ("2025. október 13., hétfő 14:05", dt.date(2025, 10, 13)),  # Hungarian, year first
    ],
)
def test_thai_and_hungarian_date_lines(line, day):
    assert date_line(line) == (day, None)


def test_a_count_in_the_twenty_five_hundreds_is_no_buddhist_year():
    assert date_line("The toll is 2566 people") is None


_EVENTS_AFTER_PAGE = """ISRAEL DAILY
Home | News | Opinion

Remains of another hostage returned

Staff and Reuters
11-04-2025 12:20

The remains of 20 of the 28 deceased hostages covered by the October 10 cease-fire
agreement have been brought back. All 20 living hostages were released on October 13.
"""


def test_events_a_page_reports_decide_an_ambiguous_numeric_date_line():
    # read day first, "11-04-2025" is 11 April, before the October events it reports
    assert parse_page(_EVENTS_AFTER_PAGE).published == dt.date(2025, 11, 4)


def test_october_7_recalled_from_the_year_before_decides_nothing():
    page = _EVENTS_AFTER_PAGE.replace("October 10", "October 7").replace("October 13", "October 7")
    assert parse_page(page).published == dt.date(2025, 4, 11)


def test_an_outlet_that_prints_dates_month_first_is_read_so():
    page = parse_page(
        "Israel Hayom\nNews | Opinions | Israel at War\n\nIsrael at War\n\n"
        "Remains returned overnight identified as soldier abducted on Oct. 7\n"
        "Yoav Lerner and Israel Hayom Staff\n11-04-2025 10:17\n\n"
        "The remains were handed over on Monday night, the army said.\n"
    )
    assert page.published == dt.date(2025, 11, 4)


def test_a_live_pages_day_line_agreeing_with_its_caption_is_the_day():
    page = parse_page(
        "LIVEBLOG\nIsrael at war: Day 18\n\nLive updates from Tuesday, October 24, 2023\n\n"
        "Smoke over Gaza, as seen from Sderot, October 24, 2023. (Flash90)\n\n10:58 pm\n"
        "Hostages freed on Friday are recovering, the hospital says. The families will meet "
        "on Saturday, and the cabinet on Sunday.\n"
    )
    assert page.published == dt.date(2023, 10, 24)


@pytest.mark.parametrize(
    "line",
    [
        "Email icon An envelope. It indicates the ability to send an email.",
        "Twitter icon A stylized bird with an open mouth, tweeting.",
        "Link icon An image of a chain link. It symobilizes a website link url.",
    ],
)
def test_a_share_bars_icon_alt_texts_are_chrome(line):
    assert page_lines.is_chrome(line)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("I cover Bucks County and the suburbs.", True),
        ("I write about immigrant communities in Philadelphia.", True),
        ("I cover my face when the drones come, she said, and I pray.", False),
    ],
)
def test_an_author_cards_line_is_chrome(line, chrome):
    assert page_lines.is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "• Rafah crossing stays shut as dispute drags on • Winter storms threaten tent camps",
            True,
        ),
        ("• 3,500+ people wounded have been treated • 199 hostages are held in Gaza", False),
    ],
)
def test_other_stories_headlines_on_one_bulleted_line_are_chrome(line, chrome):
    assert page_lines.is_chrome(line) is chrome


def test_the_new_york_times_print_line_is_cut_however_long():
    body = (
        "Israel and Hamas agreed to a four-day truce, officials said on Wednesday.\n\n"
        "A version of this article appears in print on Nov. 23, 2023, Section A, Page 1 of the "
        "New York edition with the headline: Israel and Hamas Agree to Swap 50 Hostages for "
        "150 Prisoners. Order Reprints | Today's Paper | Subscribe\n\nRelated Content\n"
        "Inside the Secret Talks in Doha"
    )
    assert "150 Prisoners" not in parse_page(body).text


def test_links_to_other_pages_dated_in_brackets_are_cut():
    body = (
        "Oxfam said the toll had passed 40,000 on Thursday, calling for a ceasefire.\n\n"
        "Related press releases\n"
        "Six months of war in Gaza: Oxfam renews call for arms embargo (5th April 2024)\n\n"
        "Oxfam International works in more than 80 countries against poverty and inequality."
    )
    assert "arms embargo" not in parse_page(body).text


def test_a_live_entry_headline_after_its_time_is_dropped():
    lines = [
        "The war in Gaza: live coverage",
        "",
        "17:00 GMT - Gaza death toll exceeds 23,000",
        "",
        "The death toll in Gaza has risen to 23,084, the health ministry said on Monday.",
    ]
    assert page_lines.drop_headings(lines)[2] == ""


def test_a_dateline_with_the_day_s_name_dates_the_page():
    page = parse_page(
        "What Ruto told Netanyahu about the war\n\nFriday, February 2, 2024 - President William "
        "Ruto on Thursday spoke with Benjamin Netanyahu and said Kenya backed a ceasefire.\n"
    )
    assert page.published == dt.date(2024, 2, 2)


def test_an_ap_live_page_s_list_of_its_other_stories_is_dropped():
    lines = [
        "Currently:",
        "— Famine is possibly underway in northern Gaza, a new report warns.",
        "— Families reunite with 17 Thai hostages freed by Hamas.",
        "",
        "The Gaza Health Ministry said 40 people were killed on Wednesday.",
    ]
    assert page_lines.drop_link_boxes(lines)[:3] == ["", "", ""]


def test_a_fact_list_s_row_over_a_longer_row_is_kept():
    lines = [
        "Here is a look at the hostages who remain in Gaza after Saturday's exchange.",
        "Hostages declared dead by Israel: 34",
        "Women and children in captivity: 3 (A mother and her two young sons.)",
    ]
    assert page_lines.drop_headings(lines)[1] == lines[1]


def test_a_headline_that_opens_with_a_label_is_still_dropped():
    lines = [
        "Live updates",
        "",
        "Gaza ministry: more than 40,000 killed since the start of the war",
        "The Gaza Health Ministry said on Thursday that 40,005 people had been killed.",
    ]
    assert page_lines.drop_headings(lines)[2] == ""
