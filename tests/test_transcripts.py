"""Broadcast transcripts: a guest's turn under a label is the guest's statement."""

from __future__ import annotations

import pytest
from statement_helpers import statements_of

from corpus.coref import ArticleSpeakers
from corpus.interviews import interview_turns, qa_turns
from corpus.statements import article_statements
from corpus.transcripts import transcript_turns

NPR = (
    "ANN LEE, HOST:\n\nA strike hit the camp today.\n\n"
    "RIMA SALEH, BYLINE: Hi, Ann. The army said it hit a compound.\n\n"
    "LEE: What do people there say?\n\n"
    "SALEH: Here is one resident.\n\n"
    "MAHMOUD QUDAIH: (Through interpreter) This was supposed to be the safe area.\n\n"
    "SALEH: Talks go on in Doha.\n\n"
    "JANE ROE: If the commander is dead, a deal may be easier to sign.\n"
)


def _turns(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"]) for r in transcript_turns(text, ArticleSpeakers(text))]


def test_a_guest_s_turn_is_a_direct_statement_without_the_interpreter_note():
    assert ("Mahmoud Qudaih", "This was supposed to be the safe area.") in _turns(NPR)


def test_the_host_and_the_reporter_are_not_statements():
    speakers = {s for s, _ in _turns(NPR)}
    assert speakers == {"Mahmoud Qudaih", "Jane Roe"}


def test_the_first_speaker_of_a_transcript_is_the_host():
    text = (
        "AMY GOODMAN: This is the news hour.\n\nNOUR BARAKAT: We have no anesthesia left.\n\n"
        "AMY GOODMAN: Why now?\n\nNOUR BARAKAT: The ceasefire expired.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Nour Barakat"}


def test_a_stage_direction_alone_is_no_statement():
    text = NPR + "\nAHMED SALEM: (Speaking Arabic).\n"
    assert "Ahmed Salem" not in {s for s, _ in _turns(text)}


def test_two_labelled_lines_are_not_a_transcript():
    text = "UPDATE: The army said 12 rockets were fired.\n\nWATCH: Scenes from the camp."
    assert _turns(text) == []


def test_transcript_turns_join_the_article_s_statements():
    kinds = {(r["speaker"], r["kind"]) for r in article_statements(NPR)}
    assert ("Jane Roe", "direct") in kinds


def test_a_clip_note_in_the_label_keeps_the_turn():
    text = (
        "JACK TAME: Good morning.\n\nJOE BIDEN (CLIP): It's time for this war to end.\n\n"
        "JACK TAME: Dr Leila Haddad is a senior lecturer in politics at the University of "
        "Otago.\n\nLEILA HADDAD: The first phase is six weeks long.\n"
    )
    assert ("Joe Biden", "It's time for this war to end.") in _turns(text)


def test_a_turn_that_only_thanks_is_no_statement():
    text = (
        "JACK TAME: Good morning.\n\nLEILA HADDAD: The first phase is six weeks long.\n\n"
        "JACK TAME: Leila, thank you.\n\nLEILA HADDAD: Thanks, Jack.\n"
    )
    assert _turns(text) == [("Leila Haddad", "The first phase is six weeks long.")]


def test_a_guest_the_host_introduces_as_a_lecturer_is_an_expert():
    text = (
        "JACK TAME: Dr Leila Haddad is a senior lecturer in politics at the University of "
        "Otago. Leila, good morning.\n\nLEILA HADDAD: The first phase is six weeks long.\n\n"
        "JACK TAME: Will it hold?\n\nLEILA HADDAD: It may.\n"
    )
    rows = transcript_turns(text, ArticleSpeakers(text))
    assert {r["speaker_type"] for r in rows} == {"expert"}


def test_a_reporter_named_with_the_role_in_brackets_is_the_programme_s():
    text = (
        "MARCO WERMAN: Good morning.\n\nTAMAR COHEN (REPORTER): Crowds watched on a screen.\n\n"
        "MARCO WERMAN: What now?\n\nRANA AZIZ: The second phase is the hard part.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Rana Aziz"}


def test_an_unidentified_voice_is_an_anonymous_turn():
    text = (
        "HOST: Welcome.\n\nUNIDENTIFIED WOMAN (through interpreter): We slept at last.\n\n"
        "HOST: And now?\n\nJANE ROE: The truce holds.\n"
    )
    rows = transcript_turns(text, ArticleSpeakers(text))
    assert ("unidentified woman", "anonymous") in {(r["speaker"], r["speaker_type"]) for r in rows}


def test_a_reporter_s_label_is_not_the_subject_of_the_first_sentence_of_the_turn():
    text = (
        "MATT COOPER, HOST: Aoife, what happened today?\n\n"
        "AOIFE WALSH, REPORTER: In the Knesset, Prime Minister Benjamin Netanyahu thanked "
        'the president and vowed that Hamas would be disarmed "the easy way or the hard way".\n\n'
        "MATT COOPER: Thank you.\n"
    )
    rows = article_statements(text)
    assert [r["speaker"] for r in rows] == ["Benjamin Netanyahu"]


INTERVIEW = (
    "The Courier spoke with Leila Haddad, a professor of politics at the University of "
    "Otago, about the talks.\n\n"
    "Courier: Prime Minister Benjamin Netanyahu's office sent tanks to Rafah. How should we "
    "read this?\n\n"
    "Leila Haddad: Hamas accepted a text for a six-week truce. Netanyahu negotiates with one "
    "hand and bombs with the other. He has said Israel would enter Rafah.\n\n"
    "Courier: Are you optimistic?\n\n"
    "Haddad: Cautiously. The only way to stop it is a ceasefire.\n"
)


def _interview(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_type"], r["quote"]) for r in article_statements(text)]


def test_a_print_interview_s_answers_are_direct_statements_of_the_interviewee():
    answers = [(s, t) for s, t, q in _interview(INTERVIEW) if q.startswith(("Hamas acc", "Caut"))]
    assert answers == [("Leila Haddad", "expert")] * 2


def test_the_interviewer_s_questions_are_no_statements():
    assert not any(q.endswith("?") for _, _, q in _interview(INTERVIEW))


def test_the_answer_s_label_is_not_the_subject_of_its_sentences():
    # "He" is Netanyahu, not the interviewee whose label opens the paragraph
    said = [s for s, _, q in _interview(INTERVIEW) if q.startswith("Israel would enter")]
    assert "Leila Haddad" not in said


def test_a_q_and_a_answers_with_the_person_the_introduction_names():
    text = (
        "Life near Gaza, in a caregiver's words. Jincy Mathew has worked in Ashkelon "
        "since 2019.\n\nThe Herald spoke to Jincy on Saturday. Edited excerpts:\n\n"
        "Q: How did the first days of the ceasefire feel?\n\n"
        "A: Honestly, it was strange. For 15 months we lived with the sirens.\n\n"
        "Q: Did you think of going home?\n\nA: Many times.\n"
    )
    answers = [(s, q) for s, _, q in _interview(text) if s == "Jincy Mathew"]
    assert answers == [
        ("Jincy Mathew", "Honestly, it was strange. For 15 months we lived with the sirens."),
        ("Jincy Mathew", "Many times."),
    ]


def test_labelled_lines_without_questions_are_no_interview():
    text = (
        "Kochi: The caregiver returned on Monday.\n\nUpdate: The airport reopened.\n\n"
        "Note: Flights resume on Friday.\n\nUpdate: Talks resumed in Cairo.\n"
    )
    assert interview_turns(text, ArticleSpeakers(text)) == []


def test_a_doctor_the_anchor_introduces_with_an_appositive_is_an_expert():
    text = (
        "ANCHOR: Joining us from Johannesburg is Dr Thabiso Mahlangu, a senior lecturer in "
        "international politics at the University of the Witwatersrand.\n\n"
        "DR THABISO MAHLANGU: Good evening. The pressure is at its highest.\n\n"
        "ANCHOR: And the sticking points?\n\nMAHLANGU: The corridors.\n"
    )
    rows = transcript_turns(text, ArticleSpeakers(text))
    assert {r["speaker_type"] for r in rows} == {"expert"}


def test_a_first_person_inside_a_guest_s_turn_is_no_second_statement():
    text = (
        "HOST: Welcome back. What now?\n\nAMIR DAHAN: Military operations brought back eight "
        "hostages. I say look at the numbers.\n\nHOST: Thank you.\n\nAMIR DAHAN: Thanks.\n"
    )
    assert [r["speaker"] for r in article_statements(text)] == ["Amir Dahan"]


def test_a_label_s_note_may_give_a_role_and_a_setting():
    text = (
        "ANCHOR (AIGERIM SADYKOVA): The deal took effect this morning.\n\n"
        "VIJITHA HERATH (Foreign Minister, speaking to reporters): We welcome this agreement.\n\n"
        "ANCHOR (AIGERIM SADYKOVA): And in Gaza?\n\n"
        "AMAL SHURRAB (resident of Khan Younis, through interpreter): We spent the night awake.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Vijitha Herath", "Amal Shurrab"}


def test_an_interviewee_s_label_may_open_with_an_accented_capital():
    text = (
        "Le Monde spoke to Élise Marchand, a lawyer at the Paris bar.\n\n"
        "Le Monde: Is a ceasefire close?\n\n"
        "Élise Marchand: Everything points that way.\n\n"
        "Le Monde: What should France do?\n\n"
        "Élise Marchand: It has to say clearly that a ceasefire is needed.\n"
    )
    rows = interview_turns(text, ArticleSpeakers(text))
    assert {r["speaker"] for r in rows} == {"Élise Marchand"}


def test_an_interviewer_s_prompts_may_trail_off_inside_quotes():
    text = (
        "In an interview that aired on Lebanese TV, Hamas official Osama Hamdan said the "
        "group would not negotiate.\n\n"
        'Interviewer: "But four captives were released during the past week..."\n\n'
        'Osama Hamdan: "We released them for humanitarian reasons."\n\n'
        'Interviewer: "Netanyahu says there will be a ground invasion..."\n\n'
        'Osama Hamdan: "Let him come."\n\n'
        'Interviewer: "Will Hezbollah enter the war?"\n\n'
        'Osama Hamdan: "Our brothers are in the battle."\n'
    )
    rows = interview_turns(text, ArticleSpeakers(text))
    assert [r["speaker"] for r in rows] == ["Osama Hamdan"] * 3


def test_a_member_s_post_nominal_letters_are_not_part_of_the_name():
    text = (
        "PRESENTER: Good morning. With me is the Donegal deputy.\n\n"
        "PEARSE DOHERTY TD: Well first of all this ceasefire is hugely welcome.\n\n"
        "PRESENTER: And what now?\n\n"
        "PEARSE DOHERTY TD: We keep up the pressure on Israel.\n"
    )
    rows = transcript_turns(text, ArticleSpeakers(text))
    assert {(r["speaker"], r["speaker_type"]) for r in rows} == {("Pearse Doherty", "official")}


def test_a_q_and_a_answers_with_the_person_the_standfirst_says_was_spoken_to():
    text = (
        "As the truce reached its last day, The New Times spoke to Dr Aimable Mugenzi, a "
        "lecturer in international relations.\n\n"
        + "The four-day truce took effect on Friday. By Sunday night, Hamas had freed 39 Israelis.\n\n"
        * 6
        + "Excerpts:\n\nQ: How significant have the last few days been?\n\n"
        "A: It is the first real pause since October 7.\n\n"
        "Q: Do you expect it to hold?\n\nA: I expect an extension of a day or two.\n"
    )
    answers = [s for s, _, q in _interview(text) if q.startswith(("It is", "I expect"))]
    assert answers == ["Aimable Mugenzi", "Aimable Mugenzi"]


# A print interview whose questions stand alone, with no label (the nineteenth round's
# read sets: blind140, blind143)
UNLABELLED = (
    "Dr Graham Noakes, 58, an orthopaedic surgeon from Leeds, has just returned from a "
    "month at Nasser Hospital in Khan Younis. We spoke to him on Monday.\n\n"
    "What was the hospital like when you arrived?\n\n"
    "Overwhelmed. It was built for about 350 patients and we regularly had twice that.\n\n"
    "Did you see malnutrition?\n\n"
    "Every day. In my last week, four children died on our ward.\n\n"
    "Will you go back?\n\n"
    "If they let me in, yes.\n"
)
EXPLAINER = (
    "Antony Blinken flew out of the Middle East on Tuesday saying a deal was within reach.\n\n"
    "What is on the table?\n\n"
    "The framework was set out by Joe Biden on May 31 and endorsed by the Security Council.\n\n"
    "Why has it stalled?\n\n"
    "Netanyahu insists that troops stay in the Philadelphi corridor.\n\n"
    "What happens next?\n\n"
    "Negotiators are due in Cairo later this week.\n"
)


def test_each_answer_of_an_unlabelled_interview_is_the_interviewee_s():
    rows = qa_turns(UNLABELLED, ArticleSpeakers(UNLABELLED))
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Graham Noakes", "direct")] * 3
    assert rows[0]["quote"].startswith("Overwhelmed.")


def test_an_explainer_s_own_questions_are_no_interview():
    assert qa_turns(EXPLAINER, ArticleSpeakers(EXPLAINER)) == []


def test_the_interviewee_the_outlet_spoke_to_wins_over_others_named_before():
    text = (
        "In Colombia, President Gustavo Petro, who broke off relations with Israel, spoke out.\n\n"
        "El Espectador spoke with Juliana Ospina Restrepo, a professor at the Universidad "
        "Externado. Edited excerpts:\n\n"
        "What did the Doha round achieve?\n\nMainly that Washington put its own text on the table.\n\n"
        "Does Washington have real leverage?\n\nIt has it, but it uses it little.\n\n"
        "How many hostages remain in Gaza?\n\nThere are 111 hostages still in Gaza.\n"
    )
    speakers = {r["speaker"] for r in qa_turns(text, ArticleSpeakers(text))}
    assert speakers == {"Juliana Ospina Restrepo"}


def test_an_outlet_that_spoke_on_a_day_with_someone_names_the_interviewee():
    text = (
        "The StarPhoenix spoke on Monday with Rania Mansour, an associate professor at the "
        "University of Saskatchewan.\n\n"
        "Q: What exactly has been agreed?\n\nA: The first phase lasts 42 days.\n\n"
        "Q: What could derail it?\n\nA: The hardest part is getting to phase two.\n"
    )
    rows = interview_turns(text, ArticleSpeakers(text))
    assert [(r["speaker"], r["speaker_type"]) for r in rows] == [("Rania Mansour", "expert")] * 2


def test_an_interviewer_who_spoke_with_a_surname_named_before_names_the_interviewee():
    text = (
        "Dr. Samira Bakri, a pediatric physician at a Chicago hospital, spent three weeks at "
        "Nasser Medical Complex this summer.\n\n"
        "I spoke with Bakri on Tuesday about what she saw.\n\n"
        "What did you see?\n\nThe ward was built for 30 beds. Most days we had 90 children.\n\n"
        "Were you surprised by polio?\n\nNo. The sewage system stopped working months ago.\n\n"
        "Do you think a deal is close?\n\nI'm a doctor, not a diplomat. I want it signed.\n"
    )
    rows = qa_turns(text, ArticleSpeakers(text))
    assert [r["speaker"] for r in rows] == ["Samira Bakri"] * 3


def test_a_surname_the_article_never_named_in_full_names_no_interviewee():
    text = (
        "I spoke with Bakri on Tuesday about what she saw.\n\n"
        "What did you see?\n\nThe ward was built for 30 beds. Most days we had 90 children.\n\n"
        "Were you surprised by polio?\n\nNo. The sewage system stopped working months ago.\n\n"
        "Do you think a deal is close?\n\nI'm a doctor, not a diplomat. I want it signed.\n"
    )
    assert qa_turns(text, ArticleSpeakers(text)) == []


def test_a_label_with_a_capital_beyond_ascii_is_a_turn():
    text = (
        "ANN LEE: Welcome.\n\nMÉLANIE JOLY: Canada welcomes this agreement.\n\n"
        "ANN LEE: And the hostages?\n\nMÉLANIE JOLY: They must all come home.\n"
    )
    assert ("Mélanie Joly", "They must all come home.") in _turns(text)


def test_a_correspondent_s_voice_over_is_the_programme_s():
    text = (
        "SANA AMJAD, ANCHOR: Good evening.\n\n"
        "ADNAN SHEIKH, PTV WORLD (voice-over): A strike killed 11 people overnight.\n\n"
        "UMM MAHMOUD (through translator): Just let the bombing stop.\n\n"
        "ADNAN SHEIKH (voice-over): Aid agencies report fewer trucks.\n"
    )
    assert "Adnan Sheikh" not in {s for s, _ in _turns(text)}


def test_a_minister_who_opens_a_press_conference_is_no_host():
    text = (
        "MÉLANIE JOLY (Minister of Foreign Affairs): Canada welcomes this agreement.\n\n"
        "AHMED HUSSEN (Minister of International Development): Thank you. This ceasefire has to hold.\n\n"
        "REPORTER (CBC News): Are you confident?\n\n"
        "MÉLANIE JOLY: Confidence is not the right word.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Mélanie Joly", "Ahmed Hussen"}


def test_a_co_host_who_asks_a_guest_by_first_name_is_the_programme_s():
    text = (
        "EMILY MAITLIS: It's Emily.\n\nJON SOPEL: It's Jon. Daniel, is the war over?\n\n"
        "DANIEL ASHWORTH: Not yet. The hardest part starts now.\n\n"
        "JON SOPEL: Could the bodies derail it?\n\nDANIEL ASHWORTH: They could.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Daniel Ashworth"}


def _answers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"][:30]) for r in interview_turns(text, ArticleSpeakers(text))]


def test_answers_under_the_interviewee_s_initials_are_the_interviewee_s():
    text = (
        "Executive spoke to Rami Azzam, a development economist in Beirut.\n\n"
        "E: Does the vote unlock reconstruction money?\n\n"
        "RA: Not by itself. Donors want security first.\n\n"
        "E: How much will it cost?\n\n"
        "RA: The numbers are staggering.\n"
    )
    assert {s for s, _ in _answers(text)} == {"Rami Azzam"}
    assert len(_answers(text)) == 2


def test_turns_labelled_by_a_name_with_its_initials_then_the_initials_are_answers():
    text = (
        "Food Tank spoke with Hiba Qasem, a nutritionist in Rafah.\n\n"
        "Food Tank (FT): What are families eating?\n\n"
        "Hiba Qasem (HQ): People are eating animal feed.\n\n"
        "FT: Have the airdrops helped?\n\n"
        "HQ: Very little. One drop fell into the sea.\n"
    )
    assert _answers(text) == [
        ("Hiba Qasem", "People are eating animal feed."),
        ("Hiba Qasem", "Very little. One drop fell int"),
    ]


def test_an_answer_that_ends_with_a_question_of_its_own_is_still_an_answer():
    text = (
        "Project Syndicate: How are the families reading the talks?\n\n"
        "Noa Eldar: With fury, and with dread.\n\n"
        "Project Syndicate: And the army?\n\n"
        "Noa Eldar: Why would anyone think the hostages can survive another winter?\n\n"
        "Project Syndicate: What next?\n\n"
        "Noa Eldar: A deal, soon.\n"
    )
    assert len(_answers(text)) == 3


def test_labelled_answers_to_questions_printed_alone_are_the_interviewee_s():
    text = (
        "Three questions to Hugo Marchand, researcher at iReMMO.\n"
        "Can the truce last beyond four days?\n"
        "Hugo Marchand: Both sides have an interest in extending it.\n"
        "Is a lasting cease-fire possible?\n"
        "Hugo Marchand: Not at this stage.\n"
    )
    assert _answers(text) == [
        ("Hugo Marchand", "Both sides have an interest in"),
        ("Hugo Marchand", "Not at this stage."),
    ]


def test_an_interviewee_the_introduction_describes_is_typed_by_it():
    text = (
        "Medscape spoke with Omar Kassem, a trauma surgeon at University of Michigan Health.\n\n"
        "What did you find when you arrived?\n\n"
        "Kassem: Nasser was treating about 350 inpatients.\n\n"
        "And after the ceasefire?\n\n"
        "Kassem: The case mix changed overnight.\n"
    )
    rows = interview_turns(text, ArticleSpeakers(text))
    assert [(r["speaker"], r["speaker_type"]) for r in rows] == [("Omar Kassem", "expert")] * 2


def test_a_label_with_a_role_in_capitals_and_a_dated_note_is_a_turn():
    text = (
        "NARRATOR: The council voted on Monday.\n\n"
        "JOE BIDEN, U.S. PRESIDENT (MAY 31): Hamas now has the proposal in front of it.\n\n"
        "NARRATOR: Hamas welcomed the vote.\n\n"
        "ANTONY BLINKEN, U.S. SECRETARY OF STATE: If Hamas says yes, the guns go quiet.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Joe Biden", "Antony Blinken"}


def test_a_q_and_a_is_answered_by_the_person_introduced_not_the_masthead_or_a_place():
    text = (
        "Ottawa Jewish Bulletin\n\n"
        "Noa Peretz-Shalev, whose brother has been held in Gaza since October 7, spoke at a "
        "synagogue on Tuesday evening.\n\n"
        "Peretz-Shalev, 31, a teacher from Rehovot, met with several MPs on Parliament Hill on "
        "Wednesday. She sat down with the Bulletin afterwards.\n\n"
        "Q: How do you describe the last 684 days?\n\n"
        "A: I don't describe them as days anymore.\n\n"
        "Q: What do you ask of Canadians?\n\n"
        "A: Write to your MP.\n"
    )
    assert {r["speaker"] for r in article_statements(text)} == {"Noa Peretz-Shalev"}


def test_a_clip_s_label_may_say_how_the_words_came():
    text = (
        "Jon Alterman: What does the data show?\n\n"
        "Yasmin Khoury: The ministry publishes names and ages.\n\n"
        "Jon Alterman: Here's U.S. envoy Steve Witkoff last Thursday.\n\n"
        "Steve Witkoff (archival clip): We are bringing our team home from Doha.\n\n"
        "Jon Alterman: Does the data shape the talks?\n\n"
        "Yasmin Khoury: Less than it should.\n"
    )
    speakers = {r["speaker"] for r in article_statements(text) if "team home" in r["quote"]}
    assert speakers == {"Steve Witkoff"}


def test_a_shot_list_field_is_no_turn():
    text = (
        "TRT: 03:12\nSOURCE: UNTV CH / UNICEF\nASPECT RATIO: 16:9\n\n"
        "SOUNDBITE (English) JENS LAERKE, SPOKESPERSON, OCHA:\n"
        "JENS LAERKE: Aid is coming in, yes, but still not at the scale we need.\n\n"
        "RICARDO PIRES: Children in Gaza cannot live on a ceasefire that is broken.\n\n"
        "JENS LAERKE: We need all crossings open.\n"
    )
    assert "Aspect Ratio" not in {s for s, _ in _turns(text)}


def test_a_un_office_before_a_surname_is_no_part_of_the_name():
    text = (
        "STÉPHANE DUJARRIC: Good morning. Virginia Gamba, the Special Representative for "
        "Children and Armed Conflict, is with us.\n\n"
        "SRSG GAMBA: This year's report covers 2023, the worst year we have recorded.\n\n"
        "QUESTION: Why are both sides listed?\n\n"
        "SRSG GAMBA: The annexes do not place anyone alongside anyone.\n"
    )
    assert {s for s, _ in _turns(text)} == {"Virginia Gamba"}


def test_a_page_field_labelled_like_a_turn_is_no_answer():
    text = (
        "Brennan: We're joined by Nasser Awad, an emergency physician in Portland.\n\n"
        "Brennan: Dr. Awad, what do you hear from Khan Younis?\n\n"
        "Awad: My mother slept through a night for the first time in seven weeks.\n\n"
        "Brennan: And the aid?\n\n"
        "Awad: The flour is still not there.\n\n"
        "Brennan: Coming up after the break, the housing bill. Will you stay with us?\n\n"
        "Tags: Think Out Loud, Israel, Gaza, Hostages, Oregon\n"
    )
    assert [r[0] for r in _interview(text)] == ["Nasser Awad", "Nasser Awad"]


def test_a_spokesperson_s_labelled_answers_are_the_named_spokesperson_s():
    text = (
        "The following is a summary of the briefing by Monica Grayley, Spokesperson for the "
        "President of the General Assembly.\n\n"
        "Question: Does the President believe the pause can hold?\n\n"
        "Spokesperson: I'm not going to speculate on what happens on Wednesday.\n\n"
        "Question: Does the President accept those figures?\n\n"
        "Spokesperson: The President relies on the figures collected by the UN system.\n"
    )
    assert [r[0] for r in _interview(text)] == ["Monica Grayley", "Monica Grayley"]


NEWSHOUR = (
    "Special correspondent Matthew Royce reports from Tel Aviv.\n\n"
    "CARLA WINSLOW: Good evening. I'm Carla Winslow. Special correspondent Matthew Royce "
    "begins our coverage.\n\n"
    "MATTHEW ROYCE: The Red Cross vehicles crossed into Egypt at Rafah after dark.\n\n"
    "SAWSAN HAMDAN: I cannot be fully happy while Gaza is bleeding.\n\n"
    "CARLA WINSLOW: Thank you.\n"
)


def test_a_correspondent_the_page_introduces_makes_no_statement():
    table = statements_of(NEWSHOUR)
    assert table["speaker"].tolist() == ["Sawsan Hamdan"]


def test_a_voice_naming_itself_is_no_part_of_the_name():
    table = statements_of("For the PBS NewsHour, I'm Matthew Royce. Royce said the truce held.")
    assert table["speaker"].tolist() == ["Matthew Royce"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke in Tokyo. Here's a bit of what he told reporters.",
        "Here's what Trump told reporters aboard Air Force One on his way from Japan.",
        "Middle East correspondent Eliza Moore reports.",
        "FEIN: You're welcome.",
    ],
)
def test_a_programmes_own_links_are_no_statements(text):
    assert statements_of(text).empty


PBS_LABELS = (
    "CARLA WINSLOW: Good evening.\n\n"
    "OFER LIVNAT, Brother of Hostage: The truce has to continue until the last one is out.\n\n"
    "YAAKOV ROTEM, Former Deputy Head, Israeli National Security Council: It could, for as "
    "long as women and children are coming out.\n\n"
    "SAWSAN HAMDAN, Mother of Released Prisoner (through translator): Today I held him.\n"
)


def test_a_labels_role_in_title_case_is_read():
    table = statements_of(PBS_LABELS)
    assert table["speaker"].tolist() == ["Ofer Livnat", "Yaakov Rotem", "Sawsan Hamdan"]


def test_a_hostages_brother_is_no_host():
    table = statements_of(PBS_LABELS)
    assert "Ofer Livnat" in table["speaker"].tolist()


def test_a_labels_role_types_the_voice():
    table = statements_of(PBS_LABELS).set_index("speaker")
    assert table.loc["Sawsan Hamdan", "speaker_type"] == "other"


def test_an_interviewee_introduced_with_a_body_s_short_name_answers_the_questions():
    text = (
        "Camille Dorval, MSF emergency coordinator, returned last week after three months in "
        "Gaza. She spoke to us about what she saw.\n\n"
        "How did the ceasefire change your work?\n\n"
        "In the first days there was something like relief in the wards. We slept.\n\n"
        "What are people dying of now?\n\n"
        "We are seeing wounds that were never properly treated, and infected fractures.\n\n"
        "How much aid is getting in?\n\n"
        "More than before, and not nearly enough for what we see every day."
    )
    rows = article_statements(text)
    assert [r["speaker"] for r in rows] == ["Camille Dorval"] * 3
