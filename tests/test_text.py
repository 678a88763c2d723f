"""Text repair and sentence spans."""

from hypothesis import given
from hypothesis import strategies as st

from corpus.text import normalise, paragraphs, sentences, word_count


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


# --- normalise -----------------------------------------------------------------------


def test_glued_sentences_get_a_space():
    assert normalise("on Sunday.Macron said") == "on Sunday. Macron said"


def test_glued_after_a_number():
    assert normalise("killed 27,478.The ministry") == "killed 27,478. The ministry"


def test_glued_after_a_closing_quote():
    assert normalise('was "over."He left') == 'was "over." He left'


def test_dotted_acronym_is_not_unglued():
    assert normalise("the U.S. said") == "the U.S. said"


def test_windows_and_old_mac_line_endings():
    assert normalise("a\r\nb\rc") == "a\nb\nc"


def test_unicode_line_separators_become_newlines():
    assert normalise("a\u2028b\u2029c") == "a\nb\nc"


def test_no_break_and_thin_spaces_become_spaces():
    assert normalise("Hamas\u00a0said\u202fno") == "Hamas said no"


def test_invisible_characters_are_dropped():
    assert normalise("\ufeffcease\u00adfire\u200b talks") == "ceasefire talks"


def test_trailing_spaces_and_blank_runs():
    assert normalise("a  \n\n\n\nb\t\n") == "a\n\nb"


def test_decomposed_accents_are_composed():
    assert normalise("cafe\u0301") == "caf\u00e9"


def test_words_and_punctuation_are_kept():
    text = "“We are ready,” he said — at 3 p.m."
    assert normalise(text) == text


@given(st.text(alphabet=st.sampled_from(list('aZ ."”\n\r\u00a0\u200b1!?')), max_size=60))
def test_normalise_is_idempotent(raw):
    once = normalise(raw)
    assert normalise(once) == once


# --- sentences -----------------------------------------------------------------------


def test_two_sentences():
    assert _split("Talks resumed. Hamas agreed.") == ["Talks resumed.", "Hamas agreed."]


def test_dotted_acronym_does_not_split():
    assert _split("The U.S. Secretary of State arrived. He spoke.") == [
        "The U.S. Secretary of State arrived.",
        "He spoke.",
    ]


def test_month_abbreviation_does_not_split():
    assert _split("It began on Feb. 5 in Cairo. Then it ended.") == [
        "It began on Feb. 5 in Cairo.",
        "Then it ended.",
    ]


def test_title_abbreviation_does_not_split():
    assert _split("Mr. Blinken met Dr. Rik Peeperkorn. They talked.") == [
        "Mr. Blinken met Dr. Rik Peeperkorn.",
        "They talked.",
    ]


def test_lawyers_title_does_not_split():
    assert _split('"It is routine," said Adv. Roni Peleg of the committee. He left.') == [
        '"It is routine," said Adv. Roni Peleg of the committee.',
        "He left.",
    ]


def test_initial_does_not_split():
    assert _split("J. Smith said so. Others agreed.") == ["J. Smith said so.", "Others agreed."]


def test_quote_ending_a_sentence_stays_with_it():
    assert _split('He said "We are ready." Hamas disagreed.') == [
        'He said "We are ready."',
        "Hamas disagreed.",
    ]


def test_sentence_starting_with_a_quote():
    assert _split("Talks ended. “We will go on,” he said.") == [
        "Talks ended.",
        "“We will go on,” he said.",
    ]


def test_question_and_exclamation_marks():
    assert _split("Will it hold? No! Maybe.") == ["Will it hold?", "No!", "Maybe."]


def test_line_break_ends_a_sentence():
    assert _split("Humanitarian Crisis in Gaza\nAid is blocked.") == [
        "Humanitarian Crisis in Gaza",
        "Aid is blocked.",
    ]


def test_lower_case_after_period_does_not_split():
    assert _split("It was 3 p.m. when he arrived.") == ["It was 3 p.m. when he arrived."]


def test_glued_text_splits_after_normalise():
    assert _split(normalise("on Sunday.Macron said")) == ["on Sunday.", "Macron said"]


def test_long_line_without_spaces_is_one_sentence():
    assert sentences("x" * 100_000) == [(0, 100_000)]


@given(st.text(alphabet=st.sampled_from(list('ab AB.?!"”\n  U.S')), max_size=80))
def test_spans_are_valid_ordered_and_trimmed(raw):
    text = normalise(raw)
    spans = sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_paragraphs_are_non_empty_lines():
    text = "One.\n\nTwo."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two."]


def test_word_count():
    assert word_count("Talks  resumed\non Sunday.") == 4


def test_acronym_ending_a_sentence_before_the_splits():
    text = "The proposal was drafted by the U.S. The ministry rejected it."
    assert _split(text) == ["The proposal was drafted by the U.S.", "The ministry rejected it."]


def test_acronym_ending_a_sentence_before_a_pronoun_splits():
    assert len(_split("The envoy flew back to the U.K. She met the minister.")) == 2


def test_acronym_ending_a_sentence_before_an_opening_quote_splits():
    assert len(_split('Aid was sent via the U.N. "We need more," an official said.')) == 2


def test_acronym_before_a_name_inside_a_sentence_does_not_split():
    assert len(_split("The U.S. Army and the U.N. Security Council were briefed.")) == 1


def test_lower_case_dotted_abbreviation_before_the_does_not_split():
    assert len(_split("Some outlets, e.g. The Times of Israel, reported it.")) == 1


def test_glued_check_per_stop_agrees_with_the_glued_pattern():
    # normalise only runs the substitution when one of the per-stop patterns finds a stop
    import random

    from corpus import text as tx

    rng = random.Random(3)
    chars = "aZ.!?\"”’' 1%)]bQ\n"
    for _ in range(20000):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        assert bool(tx._GLUED.search(t)) == any(p.search(t) for p in tx._GLUED_EACH), t


def test_sentences_within_a_line_are_those_of_the_line_alone():
    from corpus.text import paragraphs, sentences, sentences_within

    text = (
        "Talks resumed on Sunday. The U.S. agreed.\nMr. Smith said 12 people died. "
        "J. Doe left!\n\n  Another line... With more? Yes.  \nlast"
    )
    spans = sentences(text)
    for start, end in paragraphs(text):
        alone = [(s + start, e + start) for s, e in sentences(text[start:end])]
        assert sentences_within(spans, start, end) == alone


# --- hard-wrapped text ----------------------------------------------------------------------

WRAPPED = (
    "Jerusalem, 22 July 2025 - Oxfam today warned that famine conditions are spreading across\n"
    "Gaza, with aid workers and their families among those going hungry, as Israeli restrictions\n"
    "continue to choke the flow of food into the Strip. Since the Gaza Humanitarian\n"
    "Foundation began operating in late May, Oxfam says it has been unable to bring a truck\n"
    "into the Strip."
)


def test_normalise_joins_hard_wrapped_lines_keeping_the_length():
    out = normalise(WRAPPED)
    assert "\n" not in out
    assert len(out) == len(WRAPPED)
    assert "Gaza Humanitarian Foundation began" in out


def test_normalise_keeps_a_caption_and_its_paragraph_apart():
    text = (
        "Palestinians inspect the damage after an air strike in central Gaza, November 27, 2024. /CFP\n"
        "International communities and residents in Gaza called for peace as early as possible."
    )
    assert normalise(text) == text


def test_normalise_keeps_a_title_above_its_standfirst():
    text = (
        "Israel and Hamas agree on the first phase of a deal to free hostages\nThe deal was signed."
    )
    assert normalise(text) == text


def test_a_wire_s_end_mark_is_dropped():
    text = (
        "OCHA said 173 trucks entered Gaza on Sunday. (end) mt.ag\n\nGAZA, Oct 13 (KUNA) -- More."
    )
    assert (
        normalise(text)
        == "OCHA said 173 trucks entered Gaza on Sunday.\n\nGAZA, Oct 13 (KUNA) -- More."
    )


def test_an_ordinal_ending_is_no_abbreviation():
    text = "They were recovered on August 31st. The army says they were shot. St. Peter spoke."
    assert [text[a:b] for a, b in sentences(text)] == [
        "They were recovered on August 31st.",
        "The army says they were shot.",
        "St. Peter spoke.",
    ]


COLUMN = (
    "JERUSALEM — Three Israeli hostages were\n"
    "freed on Sunday and 90 Palestinian pris-\n"
    "oners were released from Ofer prison\n"
    "hours later, as a ceasefire took hold in\n"
    "Gaza after 15 months of war. The Hamas-\n"
    "run Health Ministry said on Sat-\n"
    "urday that at least 46,913 Palestinians\n"
    "had been killed since October 2023."
)


def test_a_newspaper_column_is_unwrapped_keeping_the_length():
    out = normalise(COLUMN)
    assert "\n" not in out
    assert len(out) == len(COLUMN)
    assert "were freed on Sunday" in out


def test_a_word_broken_at_a_line_s_hyphen_is_mended():
    out = normalise(COLUMN)
    assert "Palestinian prisoners were" in " ".join(out.split())
    assert "said on Saturday that" in " ".join(out.split())


def test_a_compound_broken_at_its_hyphen_keeps_it():
    assert "The Hamas-run Health Ministry" in " ".join(normalise(COLUMN).split())


def test_a_broken_word_whose_first_part_stands_alone_keeps_its_hyphen():
    text = "The talks were long and hard, and the long-\nterm truce is not agreed yet."
    assert "the long-term truce" in " ".join(normalise(text).split())


def test_a_list_of_headlines_of_one_width_stays_apart():
    text = (
        "Israel strikes Rafah as truce talks stall in Cairo\n"
        "Hamas says a hostage deal is close, officials doubt it\n"
        "UN warns of famine in northern Gaza as aid dwindles\n"
        "Houthi rebels claim fresh attack on ship in Red Sea"
    )
    assert normalise(text) == text


def test_a_contact_block_stays_apart():
    text = "Press Office, Doctors of the World UK\npress@doctorsoftheworld.org.uk\n+44 20 7167 5789"
    assert normalise(text) == text


def test_a_reservist_s_rank_note_does_not_end_the_sentence():
    text = '"It will take months," said Brig. Gen. (res.) Gal Hirsch, the coordinator. He left.'
    assert [text[a:b] for a, b in sentences(text)] == [
        '"It will take months," said Brig. Gen. (res.) Gal Hirsch, the coordinator.',
        "He left.",
    ]


def test_a_day_written_as_an_ordinal_before_its_month_ends_no_sentence():
    assert _split("Liveticker vom 17. Oktober: Hunderte Tote.") == [
        "Liveticker vom 17. Oktober: Hunderte Tote."
    ]
    assert _split("Das Erste, tagesschau, 25. November 2023, 20:00 Uhr") == [
        "Das Erste, tagesschau, 25. November 2023, 20:00 Uhr"
    ]


def test_a_number_that_ends_a_sentence_before_a_month_still_ends_it():
    assert _split("The toll rose to 31. March was worse.") == [
        "The toll rose to 31.",
        "March was worse.",
    ]


def test_a_closing_quote_typed_as_an_opening_one_is_turned():
    assert normalise("“We are ready,“ he said.") == "“We are ready,” he said."
    assert normalise("He said “yes” and “no”.") == "He said “yes” and “no”."


def test_a_headline_ending_in_says_does_not_run_on_into_its_entry():
    text = (
        "Toll in strike on Gaza hospital rises to 20, health ministry says\n"
        "The ministry said 20 people were killed when a strike hit the hospital."
    )
    assert normalise(text) == text


def test_a_line_of_control_characters_python_splits_on_does_not_break_unwrapping():
    assert normalise("Netanyahu\n \x1f\n Netanyahu").startswith("Netanyahu")
