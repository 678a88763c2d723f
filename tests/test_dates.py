"""Dates in news text and the as-of dates of running totals."""

from __future__ import annotations

import datetime as dt
import re
import warnings

from hypothesis import given
from hypothesis import strategies as st

from corpus.dates import (
    WEEKDAYS,
    caption_anchor,
    find_dates,
    find_weekdays,
    parse_date,
    resolve_asof,
    weekday_on_or_before,
)

THU = dt.date(2024, 3, 7)  # a Thursday


def test_parse_date_ignores_a_time_zone_it_does_not_know():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil warns on "IST" unless told to ignore zones
        assert parse_date("Updated: August 10, 2024 7:42 pm IST") == dt.date(2024, 8, 10)


def test_parse_date_reads_header_dates():
    assert parse_date("Feb 08, 2024 09:16 PM") == dt.date(2024, 2, 8)
    assert parse_date("2023-12-03") == dt.date(2023, 12, 3)
    assert parse_date("no date here") is None


def test_find_dates_full_and_partial():
    found = find_dates("On March 27, 2024 and on 20 December", reference=dt.date(2024, 1, 10))
    assert [d.date for d in found] == [dt.date(2024, 3, 27), dt.date(2023, 12, 20)]


def test_find_dates_month_abbreviation_needs_a_word_boundary():
    assert find_dates("10 living and 18 deceased hostages") == []


def test_weekday_on_or_before_same_day_counts():
    assert weekday_on_or_before("Thursday", THU) == THU
    assert weekday_on_or_before("Wednesday", THU) == dt.date(2024, 3, 6)


def test_find_weekdays_positions():
    assert find_weekdays("said on Monday") == [(8, 14, 0)]


def test_asof_weekday_resolves_before_publication():
    assert resolve_asof("the toll rose to 30,717, the ministry said on Wednesday", THU) == (
        dt.date(2024, 3, 6),
        "weekday",
    )


def test_asof_weekday_counts_back_from_caption_date():
    day, source = resolve_asof(
        "The toll has risen to 32,490, the ministry said on Wednesday.",
        dt.date(2024, 3, 31),
        anchor=dt.date(2024, 3, 27),
    )
    assert (day, source) == (dt.date(2024, 3, 27), "caption")


def test_asof_explicit_date_is_stated():
    assert resolve_asof("As of March 5, the toll was 30,000", THU) == (
        dt.date(2024, 3, 5),
        "stated",
    )


def test_asof_ignores_the_start_of_a_period():
    day, source = resolve_asof(
        "The toll has exceeded 30,000 since the war broke out on Oct 7", THU, present=True
    )
    assert (day, source) == (THU, "published")


def test_asof_ignores_a_weekday_in_a_before_clause():
    day, _ = resolve_asof(
        "Before the truce collapsed on Friday, 135 hostages are still held", THU, present=True
    )
    assert day == THU


def test_asof_ignores_a_date_that_names_an_event():
    day, source = resolve_asof(
        "Some 250 were taken in the Oct. 7 attack and are held", THU, present=True
    )
    assert (day, source) == (THU, "published")


def test_asof_ignores_the_day_captives_were_taken():
    day, source = resolve_asof(
        "Of the 251 people abducted on October 7, 2023, 94 are still held in Gaza.",
        dt.date(2025, 1, 19),
        present=True,
    )
    assert (day, source) == (dt.date(2025, 1, 19), "published")


def test_asof_ignores_a_long_since_clause():
    day, source = resolve_asof(
        "The ministry said on Sunday that 60 people had been killed since Israel launched "
        'its "Iron Wall" operation on January 21.',
        dt.date(2025, 2, 24),
    )
    assert (day, source) == (dt.date(2025, 2, 23), "weekday")


def test_a_date_without_a_year_takes_the_publication_year_not_an_old_anchor():
    day, _ = resolve_asof(
        "As of 4 September, an estimated 101 hostages remain in Gaza.",
        dt.date(2024, 9, 5),
        anchor=dt.date(2023, 10, 7),
    )
    assert day == dt.date(2024, 9, 4)


def test_asof_yesterday():
    assert resolve_asof("the ministry said yesterday the toll was 30,000", THU) == (
        dt.date(2024, 3, 6),
        "stated",
    )


def test_asof_last_year_moves_the_year_back():
    day, _ = resolve_asof("on 7 October last year", dt.date(2024, 11, 2))
    assert day == dt.date(2023, 10, 7)


def test_asof_present_tense_without_day_is_publication_date():
    assert resolve_asof("More than 27,700 have been killed", THU, present=True) == (
        THU,
        "published",
    )


def test_asof_past_tense_without_day_is_unknown():
    assert resolve_asof("more than 120 people remained in custody", THU) == (None, None)


def test_asof_without_publication_date_cannot_resolve_weekday():
    assert resolve_asof("the ministry said on Friday", None) == (None, None)


def test_asof_never_after_publication():
    assert resolve_asof("by March 20, 2024 the toll will pass 35,000", THU) == (None, None)


def test_caption_anchor_takes_first_full_date():
    assert caption_anchor("People gather in Rafah, on Feb. 5, 2024. The toll", THU) == dt.date(
        2024, 2, 5
    )
    assert caption_anchor("Rafah, Nov. 3, 2025.", THU) is None  # after publication


@given(
    st.text(max_size=300), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1))
)
def test_asof_never_raises_and_never_after_publication(text, published):
    day, source = resolve_asof(text, published, present=True)
    assert day is None or day <= published
    assert (day is None) == (source is None)


def test_find_weekdays_any_case_whole_words_only():
    text = "On MONDAY and on sunday, not on Mondays or Someday; Friday's talks, Thursday."
    assert [text[s:e] for s, e, _ in find_weekdays(text)] == [
        "MONDAY",
        "sunday",
        "Friday",
        "Thursday",
    ]
    assert [i for _, _, i in find_weekdays(text)] == [0, 6, 4, 3]


def test_find_weekdays_in_non_ascii_text():
    text = "“On Tuesday,” the envoy said in Doha — talks resume Wednesday."
    assert [i for _, _, i in find_weekdays(text)] == [1, 2]


def test_find_dates_does_not_crash_on_odd_case_letters():
    # "ſ" (long s) matches "s" case-insensitively but "ſept" names no month
    assert [d.text for d in find_dates("On ſept. 4 and on Sept. 5, 2024")] == ["Sept. 5, 2024"]


def test_find_dates_any_case_in_text_with_curly_quotes():
    found = find_dates("“OCT. 7, 2023” and 7TH OF OCTOBER")
    assert [(d.text, d.has_year) for d in found] == [
        ("OCT. 7, 2023", True),
        ("7TH OF OCTOBER", False),
    ]


@given(st.text(alphabet="0123456789 -,.OctMaydecJan\n", max_size=30))
def test_caption_anchor_needs_a_year(text):
    # caption_anchor returns early when no year could be in the paragraph
    dated = [d for d in find_dates(text) if d.has_year and d.date]
    if not dated:
        assert caption_anchor(text, None) is None


def test_numeric_dates_day_first_unless_only_month_first_fits():
    found = find_dates("Issued 24/11/2023, updated 10.01.2024 and 12/19/2024; 3/4/2024")
    assert [d.date for d in found] == [
        dt.date(2023, 11, 24),
        dt.date(2024, 1, 10),
        dt.date(2024, 12, 19),
        dt.date(2024, 4, 3),
    ]


def test_numeric_date_inside_a_longer_number_is_not_a_date():
    assert find_dates("firmware 1.10.01.2024 shipped") == []


def test_find_weekdays_skips_look_alikes_that_lower_case_to_no_weekday():
    assert [w[2] for w in find_weekdays("On Frıday and ſunday, then on Monday.")] == [0]


@given(st.text(alphabet="MondayTuesdaySunDAY _-é1.Ⅰ'’ſK", max_size=14))
def test_weekdays_are_whole_words_as_the_pattern_finds_them(text):
    # find_weekdays looks only at words ending in "day": the same as a scan for the names
    pattern = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
    expected = [
        (m.start(), m.end(), word)
        for m in pattern.finditer(text)
        if (word := m.group(1).lower()) in WEEKDAYS
    ]
    assert [(s, e, WEEKDAYS[i]) for s, e, i in find_weekdays(text)] == expected


def test_a_dashed_numeric_date_is_a_date_day_first():
    (found,) = find_dates("The list was published on 13-10-2025 by the office.")
    assert found.date == dt.date(2025, 10, 13)


def test_the_other_end_of_a_range_of_days_is_a_date():
    found = find_dates("Between 1 and 27 July 2025, teams screened 4,300 children.")
    assert [(m.text, m.date) for m in found] == [
        ("1", dt.date(2025, 7, 1)),
        ("27 July 2025", dt.date(2025, 7, 27)),
    ]


def test_asof_this_morning_is_the_publication_day():
    assert resolve_asof("the ministry said this morning the toll had risen to 36,050", THU) == (
        THU,
        "stated",
    )


def test_asof_is_the_end_of_a_period_between_two_dates():
    sentence = (
        "According to OCHA, between 7 October 2023 and 16 December 2024, 806 Palestinians "
        "were killed in the West Bank."
    )
    assert resolve_asof(sentence, dt.date(2024, 12, 20)) == (dt.date(2024, 12, 16), "stated")


def test_asof_is_the_end_of_a_period_from_one_date_to_another():
    sentence = "From January 1 to February 29, 1,200 people were killed, the ministry said."
    assert resolve_asof(sentence, THU) == (dt.date(2024, 2, 29), "stated")


def test_asof_ignores_the_day_a_truce_took_effect():
    sentence = (
        "The ceasefire, which took effect on Jan 19, has halted fighting that the ministry "
        "says has killed more than 47,400 Palestinians."
    )
    assert resolve_asof(sentence, dt.date(2025, 1, 31), present=True) == (
        dt.date(2025, 1, 31),
        "published",
    )


def test_asof_ignores_the_day_an_attack_began_the_war():
    day, source = resolve_asof(
        "More than 42,300 Palestinians have been killed since the war began, when militants "
        "attacked southern Israel on October 7 last year.",
        dt.date(2024, 10, 15),
        present=True,
    )
    assert (day, source) == (dt.date(2024, 10, 15), "published")


def test_a_date_long_before_the_article_is_no_caption_anchor():
    history = "The war began when militants stormed into Israel on Oct. 7, 2023, killing 1,200."
    assert caption_anchor(history, dt.date(2025, 1, 30)) is None
    assert caption_anchor("Rafah, on Jan. 20, 2025.", dt.date(2025, 1, 30)) == dt.date(2025, 1, 20)


def test_may_and_march_written_small_are_verbs_not_months():
    found = find_dates("Of the 59 hostages, 24 may still be alive; troops march 5 miles.")
    assert found == []
    iso = find_dates("Updated 2024-05-12 and 2024-03-01")
    assert [d.date for d in iso] == [dt.date(2024, 5, 12), dt.date(2024, 3, 1)]
    assert [d.date for d in find_dates("on 24 May 2024")] == [dt.date(2024, 5, 24)]


def test_an_event_date_weeks_old_does_not_date_the_report_s_weekday():
    sentence = "The ministry announced on Sunday that 1,391 people had been killed."
    day, how = resolve_asof(sentence, dt.date(2025, 4, 7), anchor=dt.date(2025, 3, 18))
    assert (day, how) == (dt.date(2025, 4, 6), "weekday")


def test_a_file_photo_weeks_old_dates_its_own_weekday():
    sentence = "The toll had reached 27,365 on Monday, the ministry said."
    day, how = resolve_asof(sentence, dt.date(2024, 3, 7), anchor=dt.date(2024, 2, 5))
    assert (day, how) == (dt.date(2024, 2, 5), "caption")


def test_the_day_of_the_attack_the_war_began_with_is_no_as_of_date():
    sentence = (
        "The ministry said on Monday that 67,869 Palestinians had been killed in the war, "
        "which began with the Hamas-led attack of Oct. 7, 2023."
    )
    day, how = resolve_asof(sentence, dt.date(2025, 10, 14))
    assert (day, how) == (dt.date(2025, 10, 13), "weekday")


def test_the_war_s_first_day_dates_no_later_count():
    sentence = (
        "Nobody will forget the atrocities of 7 October, nor the 222 hostages who are "
        "still held in Gaza."
    )
    assert resolve_asof(sentence, dt.date(2023, 10, 24), present=True) == (
        dt.date(2023, 10, 24),
        "published",
    )
