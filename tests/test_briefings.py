"""Press briefings (corpus.briefings): each answer under the spokesperson's label is one
statement of the spokesperson; the reporters' questions make none.

Each transcript is written for its test, in the layouts of the twentieth round's read
gold set of official briefings (blind147: foreign ministries' regular press conferences).
"""

from __future__ import annotations

from statement_helpers import page_statements

from corpus.briefings import briefing_turns
from corpus.coref import ArticleSpeakers


def _turns(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"]) for r in briefing_turns(text, ArticleSpeakers(text))]


BEIJING = """Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on October 19, 2023

Wang Wenbin: I'd like to start with an announcement. Special Envoy Zhai Jun will attend the Cairo Peace Summit on October 21.

CCTV: The health ministry in Gaza said on Thursday that 3,785 people had been killed. What is China's comment?

Wang Wenbin: China voted in favor of the draft resolution. The most pressing task now is to achieve a ceasefire.

AFP: Does China welcome the arrangement on aid trucks?

Wang Wenbin: China welcomes all efforts that help ease the humanitarian situation. We urge the parties concerned to open humanitarian corridors immediately.
"""


def test_each_answer_under_the_spokespersons_label_is_one_statement():
    turns = _turns(BEIJING)
    assert [speaker for speaker, _ in turns] == ["Wang Wenbin"] * 3
    assert turns[1][1].startswith("China voted in favor")


def test_the_opening_announcement_is_a_turn_too():
    assert _turns(BEIJING)[0][1].startswith("I'd like to start with an announcement")


def test_the_reporters_questions_make_no_statement(tmp_path):
    quotes = [quote for _, quote in page_statements(BEIJING, tmp_path)]
    assert not any("What is China's comment?" in q for q in quotes)


def test_the_spokespersons_own_country_is_their_voice_not_a_second_statement(tmp_path):
    speakers = [speaker for speaker, _ in page_statements(BEIJING, tmp_path)]
    assert "China" not in speakers
    assert speakers.count("Wang Wenbin") == 3


def test_an_attribution_inside_a_question_is_still_a_statement(tmp_path):
    speakers = [speaker for speaker, _ in page_statements(BEIJING, tmp_path)]
    assert "Gaza Health Ministry" in speakers


NEW_DELHI = """Transcript of Weekly Media Briefing by the Official Spokesperson (January 16, 2025)

Official Spokesperson, Shri Randhir Jaiswal: Good evening to all of you, and welcome to this weekly briefing.

Vivek Menon, Asian Age: Sir, what is India's reaction to the ceasefire agreement in Gaza?

Official Spokesperson, Shri Randhir Jaiswal: India welcomes the announcement of the agreement. We hope that it will hold.

Ayesha Qureshi, DD News: Will the Indian Navy stay in the Red Sea?

Official Spokesperson, Shri Randhir Jaiswal: Maritime security and freedom of navigation are very important for us.
"""


def test_a_label_with_an_office_and_an_honorific_names_the_spokesperson():
    assert {speaker for speaker, _ in _turns(NEW_DELHI)} == {"Randhir Jaiswal"}


TOKYO = """Press Conference by Foreign Minister Iwaya Takeshi

Minister Iwaya: Good morning. I have one announcement about the trilateral meeting tomorrow.

Reporter (NHK, Mori): Israel resumed strikes on Gaza this week. What is the Government's view?

Minister Iwaya: Japan deeply regrets that the ceasefire has broken down.

Reporter (Kyodo News, Nakamura): Will Japan send more aid to Gaza?

Minister Iwaya: The humanitarian situation in Gaza is extremely serious.
"""


def test_a_minister_labelled_by_title_and_surname_takes_the_full_name():
    assert [speaker for speaker, _ in _turns(TOKYO)] == ["Iwaya Takeshi"] * 3


RADIO = """DANIEL ESTRIN, BYLINE: The cabinet has not met yet.

STEVE INSKEEP, HOST: What happened?

ESTRIN: Well, the prime minister's office said in a statement that Hamas was reneging.

INSKEEP: So is the deal in jeopardy?

ESTRIN: Officials here don't think so.

INSKEEP: And the hostages?

ESTRIN: Their families are waiting.
"""


def test_a_broadcasts_own_reporter_answering_the_host_is_no_spokesperson():
    assert _turns(RADIO) == []


INITIALS = """Rami Abu Shamala grew up in Gaza City.

Cherwell: How is your family?

RAS: Alive, which is the first thing.

Cherwell: What changed with the ceasefire?

RAS: Prices, first.
"""


def test_a_label_that_names_no_one_in_full_is_left_alone():
    assert _turns(INITIALS) == []


def test_labelled_lines_that_answer_no_question_are_no_briefing():
    page = (
        "Tags: Gaza, ceasefire\n\nShare: Facebook X\n\n"
        "Maria Zakharova: We call for a lasting ceasefire.\n\n"
        "Maria Zakharova: Russia has sent 17 flights of aid.\n"
    )
    assert _turns(page) == []


PODCAST = """Tommy Vietor: Reem Kanaan is a nonresident fellow at the Middle East Institute. Reem, how much aid is getting in?

Reem Kanaan: More than before, but nowhere near enough.

Tommy Vietor: Will the truce be extended?

Reem Kanaan: I think that's what the Qataris are betting on.
"""


def test_the_answerer_is_typed_by_what_the_page_says_they_are():
    rows = briefing_turns(PODCAST, ArticleSpeakers(PODCAST))
    assert [(r["speaker"], r["speaker_type"]) for r in rows] == [("Reem Kanaan", "expert")] * 2


TALK_SHOW = """Brennan: We're joined now by Dr. Nasser Awad, an emergency physician, and Dana Levin.

Dana Levin: Thank you for having me.

Nasser Awad: Thank you.

Brennan: Dr. Awad, what are you hearing from your family?

Awad: My mother slept through a night for the first time in seven weeks.

Brennan: Dana, what was Friday like for you?

Levin: It was joy and it was terror at the same time.

Brennan: What do you want from the government?

Awad: The pause has to become a ceasefire.

Brennan: Dr. Nasser Awad and Dana Levin, thank you both very much.

Levin: Thank you.

Awad: Thank you.
"""


def test_a_turn_of_thanks_is_no_statement():
    quotes = [q for _, q in _turns(TALK_SHOW)]
    assert quotes and not any(q.startswith("Thank") for q in quotes)
