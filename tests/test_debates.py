"""Parliamentary records (corpus.debates): a member's turn is the member's statement.

Each record is written for its test, in the layouts of the eighteenth round's read gold
set of official records (blind137: Canadian, Australian, New Zealand and Irish debates).
"""

from __future__ import annotations

from statement_helpers import page_statements, statements_of

from corpus.debates import title_cased_delegates

CANADA = """House of Commons Debates

Oral Questions

Mr. Ali Ehsassi (Willowdale, Lib.):
Mr. Speaker, families in my riding have not heard from their relatives in Gaza for days. Will the minister press for a humanitarian pause?

The Speaker: The hon. Minister of Foreign Affairs.

Hon. Mélanie Joly (Minister of Foreign Affairs, Lib.):
Mr. Speaker, Canada is calling for humanitarian pauses so that aid can reach civilians. We are working with our partners in the region.

Some hon. members: Hear, hear!

Mr. Ali Ehsassi (Willowdale, Lib.):
Mr. Speaker, will she also raise the fate of the hostages?
"""


def test_each_member_s_turn_is_one_direct_statement(tmp_path):
    found = page_statements(CANADA, tmp_path)
    speakers = [s for s, _ in found if s in ("Ali Ehsassi", "Mélanie Joly")]
    assert speakers == ["Ali Ehsassi", "Mélanie Joly", "Ali Ehsassi"]


def test_the_chair_and_the_house_make_no_statement(tmp_path):
    speakers = {s for s, _ in page_statements(CANADA, tmp_path)}
    assert not speakers & {"Speaker", "The Speaker", "Some hon. members", "Hon. members"}


def test_a_member_s_own_country_inside_the_turn_is_no_second_statement(tmp_path):
    speakers = [s for s, _ in page_statements(CANADA, tmp_path)]
    assert "Canada" not in speakers


AUSTRALIA = """Parliament of Australia

Senate Hansard - Questions without Notice: Middle East

Tuesday, 28 November 2023

QUESTIONS WITHOUT NOTICE

Senator BIRMINGHAM (South Australia—Leader of the Opposition in the Senate) (14:04): My question is to the Minister for Foreign Affairs. Will the government support an extension of the pause?

Senator WONG (South Australia—Leader of the Government in the Senate) (14:05): Australia has welcomed the pause and we want it to be extended. Israel says 50 hostages will be freed.

The PRESIDENT: Senator Birmingham, a first supplementary question.

Senator BIRMINGHAM (South Australia—Leader of the Opposition in the Senate) (14:07): What is the government doing to bring Australians home?
"""


def test_a_senate_record_with_the_clock_in_brackets(tmp_path):
    found = page_statements(AUSTRALIA, tmp_path)
    turns = [s for s, q in found if q.startswith(("My question", "Australia has", "What is"))]
    assert turns == ["Birmingham", "Wong", "Birmingham"]


def test_a_state_a_member_reports_keeps_its_statement(tmp_path):
    assert "Israel" in [s for s, _ in page_statements(AUSTRALIA, tmp_path)]


NEW_ZEALAND = """New Zealand Parliament

Questions for Oral Answer — Questions to Ministers

Tuesday, 20 August 2024

Question No. 7—Foreign Affairs

7. CHLÖE SWARBRICK (Co-Leader—Green) to the Minister of Foreign Affairs: What representations has he made to the Government of Israel?

Rt Hon WINSTON PETERS (Minister of Foreign Affairs): We want to see an immediate ceasefire and the release of all hostages.

Chlöe Swarbrick: Will the Government impose sanctions on Israeli Ministers?

Rt Hon WINSTON PETERS: We are not going to make sanctions policy at question time.

Hon Chris Hipkins: Does the Minister stand by the joint statement issued last month?

SPEAKER: Order!
"""


def test_later_turns_under_the_name_alone_are_the_member_s(tmp_path):
    speakers = [s for s, _ in page_statements(NEW_ZEALAND, tmp_path)]
    assert speakers[:5] == [
        "Chlöe Swarbrick",
        "Winston Peters",
        "Chlöe Swarbrick",
        "Winston Peters",
        "Chris Hipkins",
    ]


IRELAND = """Leaders' Questions

2:05 pm
Deputy Mary Lou McDonald
Last night the ceasefire was put in mortal danger. The Government must act now.

2:07 pm
Deputy Ivana Bacik
The Labour Party has supported the Occupied Territories Bill since 2018.

2:09 pm
Deputy Holly Cairns
We need the Government to stand up for international law.
"""


def test_a_member_s_name_alone_on_a_line_is_a_label_not_a_heading(tmp_path):
    speakers = [s for s, _ in page_statements(IRELAND, tmp_path)]
    assert speakers == ["Mary Lou McDonald", "Ivana Bacik", "Holly Cairns"]


def test_a_press_review_s_outlets_in_brackets_are_no_debate():
    from corpus.coref import ArticleSpeakers
    from corpus.debates import debate_turns

    text = (
        "GAZETA WYBORCZA (PL)\n\nThe tragedy is only interrupted.\n\n"
        "LE MONDE (FR)\n\nA truce is not peace.\n\nEL PAÍS (ES)\n\nThe hostages come first.\n"
    )
    assert debate_turns(text, ArticleSpeakers(text)) == []


def test_an_interview_s_answers_under_a_doctor_s_name_are_no_debate():
    from corpus.coref import ArticleSpeakers
    from corpus.debates import debate_turns

    text = (
        "ChimpReports spoke to Dr Moses Ssekandi, a lecturer at Makerere University.\n\n"
        "ChimpReports: Has the truce held?\n\nDr Ssekandi: More than people expected.\n\n"
        "ChimpReports: Will Hamas delay the releases?\n\nDr Ssekandi: I don't think so.\n\n"
        "ChimpReports: And the threat?\n\nDr Ssekandi: It is aimed at Hamas.\n"
    )
    assert debate_turns(text, ArticleSpeakers(text)) == []


LORDS = """Hansard - UK Parliament

Lords Chamber

Lord Ahmad of Wimbledon (Con)
My Lords, the humanitarian situation in Gaza is dire and deteriorating by the hour.

Baroness Sugg (Con)
Will my noble friend press our Israeli friends to agree humanitarian pauses?

Lord Ahmad of Wimbledon (Con)
We are pressing, with the United States, for specific humanitarian pauses.

Noble Lords: Hear, hear!

Lord Pickles (Con)
My Lords, I urge my noble friend to resist the calls for a ceasefire.
"""


def test_a_peer_s_turn_is_the_peer_s_statement_under_the_title():
    speakers = statements_of(LORDS)["speaker"].tolist()
    assert speakers == [
        "Lord Ahmad of Wimbledon",
        "Baroness Sugg",
        "Lord Ahmad of Wimbledon",
        "Lord Pickles",
    ]


HOLYROOD = """Official Report
Meeting of the Parliament

5. Foysol Choudhury (Lothian) (Lab): To ask the First Minister what discussions the Scottish Government has had regarding the pause in Gaza.

The First Minister (Humza Yousaf): This week has brought the first glimmer of light in almost eight weeks.

Foysol Choudhury: Does the First Minister agree that Scotland should stand ready to offer sanctuary?

The First Minister: I do, and I have made that offer publicly.

The Presiding Officer (Alison Johnstone): There are a number of supplementary questions.

Jackson Carlaw (Eastwood) (Con): Does the First Minister agree that the pause is in the hands of Hamas?
"""


def test_a_party_tag_marks_a_member_and_an_office_takes_its_bracketed_holder():
    speakers = statements_of(HOLYROOD)["speaker"].tolist()
    assert speakers == [
        "Foysol Choudhury",
        "Humza Yousaf",
        "Foysol Choudhury",
        "Humza Yousaf",
        "Jackson Carlaw",
    ]


STORMONT = """Official Report: Tuesday 14 October 2025

Speakers in this item: Emma Sheerin (Sinn Féin); Phillip Brett (DUP); Kate Nicholl (Alliance)

Mr Speaker: Emma Sheerin has been given leave to make a statement.

Ms Sheerin: Yesterday, for the first time in two years, people in Gaza slept without drones.

Mr Brett: We on these Benches welcome the return of the 20 living hostages.

Ms Nicholl: On behalf of the Alliance Party, I welcome the ceasefire.

Some Members: Hear, hear.
"""


def test_honorific_labels_where_the_chair_speaks_are_members_turns():
    speakers = statements_of(STORMONT)["speaker"].tolist()
    assert speakers == ["Emma Sheerin", "Phillip Brett", "Kate Nicholl"]


CONGRESS = """Congressional Record Vol. 170, No. 97

                    THE CEASE-FIRE PROPOSAL IN GAZA

  Mr. VAN HOLLEN. Mr. President, I rise to speak about the proposal that
President Biden laid out on Friday.
  I say to both parties: the time for conditions is over.
  Mr. MERKLEY. Will the Senator yield for a question?
  Mr. VAN HOLLEN. I yield to my colleague from Oregon, Senator Jeff Merkley.
  Mr. MERKLEY. Does the Senator agree that a cease-fire is the only way?
  The PRESIDING OFFICER. The Senator from Idaho.
  Mr. RISCH. Mr. President, Israel has every right to finish the job.
"""


def test_a_us_record_s_labels_end_with_a_full_stop():
    rows = statements_of(CONGRESS)
    # (the chair's call and "I yield to my colleague ..." only run the sitting)
    assert rows["speaker"].tolist() == ["Van Hollen", "Jeff Merkley", "Jeff Merkley", "Risch"]
    # (a turn runs over its paragraphs, up to the next label)
    assert "the time for conditions is over" in rows["quote"].iloc[0]


# TheyWorkForYou prints a photo's label, the member's name with office, seat and party in
# brackets (which may hold brackets), and each turn's own time and share line
THEYWORKFORYOU = """House of Commons debates

Tuesday, 18 March 2025

Gaza

12:39 pm
Photo of Emily Thornberry
Emily Thornberry (Chair, Foreign Affairs Committee; Islington South and Finsbury, Labour)
This morning the Israeli Defence Minister, Israel Katz, said that "the gates of hell" would open in Gaza. Will the Minister get both sides back to the table?
Link to this speech | In context | Individually | Share

12:44 pm
Photo of Hamish Falconer
Hamish Falconer (Parliamentary Under-Secretary of State (Foreign, Commonwealth and Development Office); Lincoln, Labour)
My right hon. Friend is right, and we have urged both sides to get there.
Link to this speech | In context | Individually | Share

Photo of Lindsay Hoyle
Lindsay Hoyle (Speaker)
I call the shadow Foreign Secretary.

12:45 pm
Photo of Priti Patel
Priti Patel (Shadow Secretary of State for Foreign, Commonwealth and Development Affairs; Witham, Conservative)
Let us be clear about who broke this ceasefire.
Link to this speech | In context | Individually | Share

12:47 pm
Photo of Hamish Falconer
Hamish Falconer (Parliamentary Under-Secretary of State (Foreign, Commonwealth and Development Office); Lincoln, Labour)
But a return to full-scale war will not bring the hostages home.
Link to this speech | In context | Individually | Share
"""


def test_a_record_whose_labels_hold_brackets_in_brackets_gives_each_turn_to_its_member(
    tmp_path,
):
    found = page_statements(THEYWORKFORYOU, tmp_path)
    members = [
        (s, q.split()[0])
        for s, q in found
        if s in ("Emily Thornberry", "Hamish Falconer", "Priti Patel")
    ]
    assert members == [
        ("Emily Thornberry", "This"),
        ("Hamish Falconer", "My"),
        ("Priti Patel", "Let"),
        ("Hamish Falconer", "But"),
    ]


def test_the_chair_named_with_its_office_makes_no_statement(tmp_path):
    speakers = {s for s, _ in page_statements(THEYWORKFORYOU, tmp_path)}
    assert "Lindsay Hoyle" not in speakers
    assert not any(s.startswith("Photo of") for s in speakers)


def test_an_attribution_inside_a_turn_after_a_time_opener_is_its_own_statement(tmp_path):
    speakers = [s for s, _ in page_statements(THEYWORKFORYOU, tmp_path)]
    assert "Israel Katz" in speakers


UN_MEETING = (
    "TOM FLETCHER, Under-Secretary-General for Humanitarian Affairs, said aid had surged.\n\n"
    "FU CONG (China) said the plan was wrong. He firmly opposed any plan to move the people "
    'of Gaza, saying "Gaza belongs to the Palestinians".\n\n'
    "BARBARA WOODWARD (United Kingdom) said the ceasefire must hold.\n"
)


def test_a_meetings_delegates_named_in_capitals_speak_in_title_case():
    table = statements_of(UN_MEETING)
    assert table["speaker"].tolist() == ["Tom Fletcher", "Fu Cong", "Fu Cong", "Barbara Woodward"]


def test_a_delegates_state_in_brackets_is_not_the_speaker():
    table = statements_of("Barbara Woodward (United Kingdom) said the ceasefire must hold.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Barbara Woodward", "official"]]


def test_delegate_rows_keep_the_pages_capitals():
    table = statements_of(UN_MEETING)
    assert table["text"].iloc[-1].startswith("BARBARA WOODWARD (United Kingdom)")


def test_a_transcripts_capitalised_label_is_left_as_it_is():
    text = "OSAMA HAMDAN (Hamas official, Beirut): What was presented in Doha is not a deal.\n"
    assert title_cased_delegates(text) is text


def test_two_delegates_with_their_states_both_speak():
    table = statements_of(
        "VANESSA FRAZIER (Malta) and SAMUEL ŽBOGAR (Slovenia) both underlined that the second "
        "round would require new pauses.\n"
    )
    assert table["speaker"].tolist() == ["Vanessa Frazier", "Samuel Žbogar"]


def test_a_delegate_also_speaking_for_other_states_speaks():
    table = statements_of(
        "AMAR BENDJAMA (Algeria), also speaking for Guyana, Sierra Leone and Somalia, welcomed "
        'the ceasefire as "a first step on a very long road". He condemned Israeli fire.\n'
    )
    assert table["speaker"].tolist() == ["Amar Bendjama", "Amar Bendjama"]


def test_a_permanent_observer_is_an_office_not_a_newspaper():
    table = statements_of(
        "Riyad Mansour, Permanent Observer for the State of Palestine, said the truce must hold."
    )
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Riyad Mansour", "official"]]
