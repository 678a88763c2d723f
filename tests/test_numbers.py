"""Number parsing: the forms news uses for counts."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.numbers import (
    _CAPS_HINT_RE,
    _CAPS_HINTS,
    A_SCALE_RE,
    TENS,
    UNITS,
    _alternation,
    find_numbers,
    parse_number,
)


def values(text: str) -> list[tuple[str, float]]:
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("27,478", 27478),
        ("1.5 million", 1_500_000),
        ("14 billion", 14_000_000_000),
        ("73,800", 73800),
        ("seven", 7),
        ("twenty-five", 25),
        ("four-and-a-half", 4.5),
        ("3.5", 3.5),
    ],
)
def test_parse_number_reads_digits_words_and_scales(written, value):
    assert parse_number(written) == value


def test_parse_number_returns_none_for_words_without_a_value():
    assert parse_number("dozens") is None
    assert parse_number("billions") is None
    assert parse_number("") is None


def test_thousands_separator_keeps_the_number_whole():
    assert values("The toll rose to 27,478 on Monday") == [("27,478", 27478)]


def test_scale_word_is_part_of_the_number():
    assert values("1.9 million people displaced") == [("1.9 million", 1_900_000)]


def test_word_number_before_hyphenated_unit():
    assert values("a seven-day pause") == [("seven", 7)]


def test_fractional_word_number():
    assert values("a four-and-a-half-month truce") == [("four-and-a-half", 4.5)]


def test_digits_before_hyphenated_unit():
    assert values("a 42-day pause") == [("42", 42)]


def test_dollar_sign_is_not_part_of_the_number():
    assert values("$14 billion in aid") == [("14 billion", 14e9)]


def test_both_ends_of_a_range():
    assert values("65,000-75,000 people") == [("65,000", 65000), ("75,000", 75000)]


def test_numbers_glued_to_letters_are_not_numbers():
    assert values("MK84 bombs, COP28 talks and i24 news") == []


def test_clock_times_are_not_numbers():
    assert values("at 13:51 local time") == []


def test_ordinal_suffix_is_not_a_number():
    assert values("on the 20th of the month") == []


def test_plural_number_words_have_no_value():
    assert values("dozens were hurt and thousands fled") == []


@given(st.text())
def test_find_numbers_never_raises_and_offsets_hold(text):
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
        assert math.isfinite(n.value)


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integers_round_trip(number):
    assert parse_number(f"{number:,}") == number


_NUMBER_PIECES = st.sampled_from(
    ["seven", "Seven", "seventeen", "seventy", "eight", "eighteen", "four", "fourteen",
     "twenty", "-", " ", "s", "teen", "ty", "x", "one", "and a half", "million", "e", "n"]
)  # fmt: skip


@given(st.lists(_NUMBER_PIECES, max_size=8).map("".join))
def test_trie_of_number_words_matches_like_a_longest_first_alternation(text):
    # the trie must pick the same ending as trying every ending, longest first
    endings = sorted({w[1:] for w in [*UNITS, *TENS]}, key=len, reverse=True)
    plain = re.compile(f"[{''.join(sorted({w[0].upper() + w[0] for w in [*UNITS, *TENS]}))}]"
                       f"(?:{'|'.join(endings)})")  # fmt: skip
    trie = re.compile(_alternation([*UNITS, *TENS]))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", ["5\tmillion", "5\nthousand", "1.5 million", "9" * 400, "1,200"])
def test_digits_take_the_same_value_as_parse_number(text):
    # plain digits skip parse_number in find_numbers; scales and overflow still go through it
    assert [n.value for n in find_numbers(text)] == [
        v for v in [parse_number(text)] if v is not None
    ]


@given(st.lists(st.sampled_from([*_CAPS_HINTS, "E", "TW", "SE", "x", " ", "NIN"])).map("".join))
def test_caps_hint_pattern_finds_what_a_search_for_each_hint_finds(text):
    # find_numbers' quick test for number words in capitals: one scan for every hint
    assert bool(_CAPS_HINT_RE.search(text)) == any(h in text for h in _CAPS_HINTS)


def test_a_scale_only_where_its_scale_word_is():
    # "a dozen" is matched at the scale words _A_HINTS find, as a scan of A_SCALE_RE would
    assert values("A million fled and a dozen died; a hundred1, xa million, a thousand") == [
        ("A million", 1_000_000.0),
        ("a dozen", 12.0),
        ("a thousand", 1_000.0),
    ]


@given(st.text(alphabet=" aAdozenmilthusr-.,1:"))
def test_a_scale_matches_as_a_full_scan_would(text):
    def free(start: int) -> bool:  # what find_numbers takes before a number
        return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".,/*:_+")

    scanned = [m.span() for m in A_SCALE_RE.finditer(text) if free(m.start())]
    assert [(n.start, n.end) for n in find_numbers(text) if n.text[:2] in ("a ", "A ")] == scanned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 46 876 people had been killed", [("46 876", 46876)]),
        ("in exchange for up to 1 900 prisoners", [("1 900", 1900)]),
        ("a toll of 46\u00a0876", [("46\u00a0876", 46876)]),
        ("a toll of 46\u202f876", [("46\u202f876", 46876)]),
        ("a budget of 1 900 million euros", [("1 900 million", 1_900_000_000)]),
    ],
)
def test_groups_parted_by_a_space_are_one_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killed on October 7 100 people", [("7", 7), ("100", 100)]),
        ("In 2023 100 people", [("2023", 2023), ("100", 100)]),
        ("the MK84 100 bombs", [("100", 100)]),
        ("see page 12 345", [("12", 12), ("345", 345)]),
    ],
)
def test_a_day_or_a_word_before_a_spaced_number_keeps_them_apart(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports worth ₹18,000 crore", [("18,000 crore", 180_000_000_000)]),
        ("Rs 5 lakh each", [("5 lakh", 500_000)]),
        ("a $1 trillion economy", [("1 trillion", 1_000_000_000_000)]),
    ],
)
def test_south_asian_and_large_scale_words(text, expected):
    assert values(text) == expected


def test_a_number_word_after_a_word_that_looks_like_one_is_found():
    # ("betw|een five": the word pattern admits non-words that must not swallow the number)
    assert values("between five and seven people") == [("five", 5), ("seven", 7)]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("nearly half a million people face hunger", "half a million", 500_000),
        ("a quarter of a million people", "a quarter of a million", 250_000),
        ("Half a million people fled", "Half a million", 500_000),
        ("a million people", "a million", 1_000_000),
    ],
)
def test_half_or_a_quarter_of_a_scale_word(text, written, value):
    found = find_numbers(text)
    assert [(n.text, n.value) for n in found] == [(written, value)]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("About a hundred and eleven hostages remain in Gaza.", "a hundred and eleven", 111),
        ("freed for a thousand and twenty-seven prisoners", "a thousand and twenty-seven", 1027),
        ("two hundred and forty people were taken", "two hundred and forty", 240),
        ("one thousand two hundred and fifty trucks", "one thousand two hundred and fifty", 1250),
    ],
)
def test_number_words_a_scale_joins_are_one_number(text, written, value):
    found = find_numbers(text)
    assert [(n.text, n.value) for n in found] == [(written, value)]


def test_a_scale_and_a_later_count_stay_two_numbers():
    found = find_numbers("Some two hundred people and five trucks")
    assert [n.value for n in found] == [200, 5]


def test_a_headline_s_capitalised_scale_word_is_part_of_the_number():
    found = find_numbers("Israel Orders 1.1 Million Gazans To Evacuate")
    assert [(n.text, n.value) for n in found] == [("1.1 Million", 1_100_000.0)]


def test_a_stop_before_three_digits_groups_thousands_in_translated_copy():
    text = "The toll rose to 59.676 martyrs and 143.965 injured."
    assert values(text) == [("59.676", 59676.0), ("143.965", 143965.0)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Inflation rose to 4.375% in July.", 4.375),
        ("The fund grew to 2.125 million shekels.", 2_125_000.0),
        ("The rate was 1.500 percent.", 1.5),
        ("The convoy drove 1.500 km.", 1.5),
        ("Growth slowed to 1.5 in the quarter.", 1.5),
    ],
)
def test_a_decimal_before_a_scale_or_unit_stays_a_decimal(text, value):
    assert values(text)[0][1] == value


def test_two_dozen_is_twenty_four():
    assert values("About two dozen counter-protesters waved flags.") == [("two dozen", 24.0)]


def test_a_chart_s_sum_after_a_currency_sign_takes_its_scale_letter():
    assert values("FY2014 $3.7B | FY2016 $50M | a $500K grant") == [
        ("3.7B", 3_700_000_000),
        ("50M", 50_000_000),
        ("500K", 500_000),
    ]


def test_a_scale_letter_without_a_currency_sign_is_no_number():
    assert values("He lives in flat 12B and ran a 5K on Sunday.") == []


def test_a_price_may_stand_before_its_unit_after_a_slash():
    assert values("Brent traded at $80.67/bl, up $4/t on freight.") == [("80.67", 80.67), ("4", 4)]


def test_a_slash_before_digits_still_parts_dates_and_fractions():
    assert values("Open 24/7 since 02/20/2024.") == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("the toll rose to 7 thousand 650.", "7 thousand 650", 7650),
        ("rose to 67 thousand and 913 martyrs", "67 thousand and 913", 67913),
        ("1 million 500 thousand people attended", "1 million 500 thousand", 1_500_000),
    ],
)
def test_digits_a_translated_scale_joins_are_one_number(text, written, value):
    # (Turkish and Arabic copy as a machine translates it: "7 bin 650", "67 ألفا و913")
    assert [(n.text, n.value) for n in find_numbers(text)] == [(written, value)]


def test_a_sum_and_a_count_joined_by_and_stay_two_numbers():
    found = find_numbers("The fund raised $3 million and 200 trucks left.")
    assert [n.value for n in found] == [3_000_000, 200]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("killed more than l,300 people in Israel", 1300),
        ("It said 59,82l Palestinians had been killed.", 59821),
        ("carrying about 3,OOO tons of supplies", 3000),
        ("about 15O people gathered at the synagogue", 150),
    ],
)
def test_digits_a_scan_misread_as_letters_are_read_as_digits(text, value):
    assert [n.value for n in find_numbers(text)] == [value]


def test_a_quantity_in_litres_is_no_misread_number():
    assert find_numbers("Each family was given 10l of water.") == []


def test_a_chart_s_axis_ticks_are_no_number():
    assert find_numbers("[Chart: deaths per day | 0 100 200 300 400 | Source: OCHA]") == []


def test_a_count_with_spaced_thousands_stays_one_number():
    assert [n.value for n in find_numbers("The toll rose to 46 876 on Sunday.")] == [46876]


def test_a_south_asian_grouping_is_one_number():
    assert [(n.text, n.value) for n in find_numbers("over 4,80,000 as of March")] == [
        ("4,80,000", 480_000.0)
    ]


def test_a_decimal_comma_before_a_scale_is_a_decimal():
    assert [n.value for n in find_numbers("about 1,4 million displaced people")] == [1_400_000.0]
