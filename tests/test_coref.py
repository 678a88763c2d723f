"""Back-references to speakers: surnames, titles, pronouns, "the army"."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus.statements import statements


def arts(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "published": [pd.NaT] * len(texts),
        }
    )


def who(text: str) -> list[str]:
    return statements(arts(text))["speaker"].tolist()


def one(text: str) -> dict:
    rows = statements(arts(text))
    assert len(rows) == 1, rows[["speaker", "quote"]].to_dict("records")
    return rows.iloc[0].to_dict()


def test_surname_resolves_to_full_name():
    text = (
        "Zhu Yongbiao, director of the Center for Afghanistan Studies at Lanzhou University, "
        "said a truce was possible. The pressure is growing, Zhu said."
    )
    assert who(text) == ["Zhu Yongbiao", "Zhu Yongbiao"]


def test_title_and_surname_resolve_to_the_clergy_member_named_before():
    text = (
        "Cardinal Pierbattista Pizzaballa, the Latin Patriarch of Jerusalem, entered the Strip "
        'on Friday. "We came to tell our community that they are not alone," Cardinal '
        "Pizzaballa told reporters."
    )
    assert who(text) == ["Pierbattista Pizzaballa"]


def test_an_ayatollah_named_in_full_is_later_the_same_person():
    text = (
        "Ayatollah Ali Khamenei received members of the Basij on Wednesday. Ayatollah "
        'Khamenei said the ceasefire was "a retreat". Imam Khamenei stressed that the siege '
        "must be lifted."
    )
    assert who(text) == ["Ali Khamenei", "Ali Khamenei"]


@pytest.mark.parametrize(
    "opening",
    [
        "The Leader of the Islamic Revolution, Ali Khamenei, received",
        "The Secretary-General of the Arab League, Ali Khamenei, received",
        "The Supreme Leader, Ali Khamenei, received",
    ],
)
def test_he_is_the_person_named_after_an_office_not_the_office(opening):
    # the office and the body it heads come first; the person named after them is "he"
    text = f'{opening} members of the Basij on Wednesday. He described the truce as "a retreat".'
    assert who(text) == ["Ali Khamenei"]


@pytest.mark.parametrize(
    "text",
    [
        "The Zionist regime claimed that 1,400 people were killed.",
        "The enemy entity says about 1,400 of its soldiers were killed.",
        "The ceasefire began late, after the occupation said it had not received the names.",
    ],
)
def test_israel_as_its_opponents_name_it_is_israel(text):
    assert who(text) == ["Israel"]


def test_his_highness_is_the_person_the_page_styled_so():
    text = (
        "H.H. Sheikh Abdullah bin Zayed Al Nahyan received a phone call from Dr. Badr "
        'Abdelatty. Dr. Abdelatty said Egypt would host a conference "very soon". His '
        "Highness affirmed the UAE's keenness to continue its humanitarian support."
    )
    assert who(text) == ["Badr Abdelatty", "Abdullah bin Zayed Al Nahyan"]


def test_a_name_before_a_place_noun_is_no_one_a_pronoun_could_mean():
    text = (
        "Dr Hussam Abed typed the first line of a spreadsheet. He is a surgeon at al-Aqsa "
        'Martyrs hospital in Deir al-Balah. "Someone should write down what happened here," '
        "he told me in March."
    )
    assert who(text) == ["Hussam Abed"]


def test_he_is_the_person_the_sentence_before_opens_with_despite_an_adverb():
    text = (
        'Dr Hussam Abed is a surgeon. A western diplomat said the gaps "may not be '
        'bridgeable". Abed still opens the spreadsheet every night. "It means the bleeding '
        'stops," he said on Sunday.'
    )
    assert who(text)[-1] == "Hussam Abed"


def test_it_inside_the_sentence_is_the_body_the_sentence_opens_with():
    text = (
        "Hamas handed over to the Red Cross on Thursday a coffin containing remains it said "
        "belonged to one of the deceased hostages."
    )
    assert who(text) == ["Hamas"]


def test_a_name_followed_by_of_and_a_body_is_filed_as_the_person():
    text = (
        "Rabbi Jonathan Wittenberg of Masorti Judaism spoke at the vigil. "
        "Rabbi Wittenberg said the hostages must come home."
    )
    assert who(text) == ["Jonathan Wittenberg"]


def test_his_spokesperson_speaks_for_the_person_the_sentence_opens_with():
    text = (
        "Melanie Ward said the hospitals were full. The UN Secretary-General, António "
        'Guterres, was "shocked" by the strikes and "strongly appeals for the ceasefire to '
        'be respected," his spokesperson said.'
    )
    assert who(text) == ["Melanie Ward", "António Guterres"]


def test_his_named_spokesperson_relays_the_principal():
    text = (
        'UN Secretary-General António Guterres "trusts" that Israel will comply with the '
        "order, his spokesperson Stéphane Dujarric said."
    )
    assert who(text) == ["António Guterres"]


def test_the_hamas_movement_is_hamas_not_a_back_reference():
    text = (
        "According to the PMO, the group comprises 10 Israelis. The Hamas movement said in a "
        "statement that it was committed to the agreement."
    )
    assert who(text) == ["Prime Minister's Office", "Hamas"]


def test_he_resolves_to_nearest_speaker_not_to_an_object():
    text = (
        "Blinken met Netanyahu in Jerusalem on Tuesday. "
        "Egyptian Foreign Minister Sameh Shoukry said the crossing would open. "
        "He added that aid trucks were waiting."
    )
    assert who(text)[-1] == "Sameh Shoukry"


def test_they_resolves_to_joint_speakers():
    text = "Hamas and Islamic Jihad said they had replied to the mediators. They stressed that the war must end."
    assert who(text) == ["Hamas", "Palestinian Islamic Jihad"] * 2


def test_title_back_reference_resolves_to_named_person():
    text = (
        "Israeli Prime Minister Benjamin Netanyahu visited troops on Thursday. "
        "The Israeli prime minister said on Friday the operation would continue."
    )
    assert who(text) == ["Benjamin Netanyahu"]


def test_the_expert_resolves_to_last_expert():
    text = (
        "Li Haidong, a professor at the China Foreign Affairs University, said Israel was isolated. "
        "The conflict will not end soon, the expert noted."
    )
    assert who(text) == ["Li Haidong", "Li Haidong"]


def test_unresolvable_pronoun_gives_no_statement():
    assert who("He said the war would go on.") == []


def test_joint_named_speakers_give_one_statement_each():
    text = "Netanyahu and Defense Minister Yoav Gallant have repeatedly said the war will continue."
    assert who(text) == ["Netanyahu", "Yoav Gallant"]


def test_shared_head_noun_is_one_speaker():
    text = "The package includes 1,800 bombs, according to Pentagon and State Department officials."
    assert who(text) == ["Pentagon and State Department officials"]


def test_body_alias_takes_canonical_name():
    row = one("The Hamas-run Health Ministry said 32,490 people had been killed.")
    assert row["speaker"] == "Gaza Health Ministry"
    assert row["speaker_mention"] == "The Hamas-run Health Ministry"


def test_the_agency_resolves_to_last_organization_speaker():
    text = "According to the World Food Programme, 500,000 people face famine. The agency said it needed access."
    assert who(text) == ["World Food Programme", "World Food Programme"]


def test_the_army_resolves_to_earlier_named_army():
    text = (
        "Witnesses blamed Israeli army fire for the deaths. The army said it fired warning shots."
    )
    assert who(text)[-1] == "Israel Defense Forces"  # the Israeli army's canonical name


def test_unresolved_title_is_an_unnamed_office_holder():
    row = one("Speaking on Sunday, the president said the war must end.")
    assert (row["speaker"], row["speaker_type"]) == ("president", "official")


def test_pronoun_without_speaker_takes_subject_of_last_sentence_naming_someone():
    text = "Antony Blinken met Benjamin Netanyahu in Jerusalem. He said a deal was close."
    assert who(text) == ["Antony Blinken"]


def test_it_without_speaker_takes_last_named_body():
    text = "Israel has launched a new offensive in Gaza it says is aimed at freeing hostages."
    assert who(text) == ["Israel"]


def test_office_named_before_its_holder_takes_the_holders_name():
    text = (
        "Egypt's foreign minister said on Monday that talks had stalled.\n\n"
        "Sameh Shoukry told a news conference in Cairo that both sides remained far apart."
    )
    assert who(text) == ["Sameh Shoukry", "Sameh Shoukry"]


def test_office_is_not_renamed_to_a_later_person_with_a_title_of_their_own():
    text = (
        "Egypt's foreign minister said on Monday that talks had stalled.\n\n"
        "Palestinian Prime Minister Mohammed Mustafa told reporters the convoys were ready."
    )
    assert who(text)[0] == "Egypt's foreign minister"


def test_the_military_points_back_to_the_israeli_army():
    text = (
        "The Israeli army says it raided the compound. "
        "The military said soldiers had found rifles inside."
    )
    assert who(text) == ["Israel Defense Forces", "Israel Defense Forces"]


def test_the_foreign_ministry_does_not_resolve_to_the_health_ministry():
    text = (
        "The Gaza Health Ministry said 60 people were killed. "
        "The Palestinian Foreign Ministry urged the world to act."
    )
    assert who(text)[1] == "Palestinian Foreign Ministry"


def test_the_group_points_back_to_the_body_that_spoke_before():
    text = (
        "The Hostages and Missing Families Forum said the captives had been abandoned. "
        '"Only a deal will bring them back," the group said.'
    )
    assert who(text) == ["Hostages and Missing Families Forum"] * 2


def test_the_israeli_military_is_not_rewritten_from_an_earlier_line():
    text = (
        "Middle East Eye\n\nIsraeli forces raided the camp on Thursday. "
        "The Israeli military said its troops had arrested 14 suspects."
    )
    assert who(text) == ["Israel Defense Forces"]


def test_name_chains_are_what_the_single_pattern_finds():
    import re

    from corpus.mentions import _CAP, _CHAIN_REST, name_chains

    _NAME_CHAIN = re.compile(rf"(?=[A-Zae]){_CAP}{_CHAIN_REST}")  # the single-pattern reference

    text = (
        "Prime Minister Benjamin Netanyahu met al-Sisi Ahmed and el-Sayed Bin Ali. "
        "Real-Time Data said Abdel Fattah el-Sisi's office; trial-Run X Y, McDonald Trump."
    )
    for t in (text, "al-" + text, text.replace(" ", "  ")):
        expected = [(m.start(), m.end(), m.group()) for m in _NAME_CHAIN.finditer(t)]
        assert name_chains(t) == expected


def test_a_demonym_before_the_title_of_an_office_s_owner():
    text = (
        "Israel has received a list of hostages, the Israeli prime minister's office said in a "
        "brief statement early Tuesday."
    )
    assert who(text) == ["Israeli prime minister's office"]


def test_an_army_rank_before_a_surname_is_an_honorific():
    text = (
        "The head of the inquiry, MG Yaniv Asor, said the camera had been used by Hamas. "
        "According to MG Asor, the troops operated to remove the threat."
    )
    assert who(text) == ["Yaniv Asor", "Yaniv Asor"]


def test_a_long_title_resolves_to_the_one_named_with_it():
    text = (
        "Chief of the General Staff LTG Eyal Zamir said on Monday that the inquiry would "
        'take weeks. The Chief of the General Staff stressed that "the IDF regrets any harm '
        'to uninvolved civilians."'
    )
    assert who(text) == ["Eyal Zamir", "Eyal Zamir"]


def test_a_surname_is_not_resolved_to_a_place_that_starts_with_it():
    text = (
        "Strikes hit Khan Younis overnight, killing 20 people, the civil defence agency said. "
        '"The killing has to stop," Mr Khan said.'
    )
    assert who(text)[-1] == "Khan"


def test_she_skips_a_man_by_his_first_name():
    text = (
        "Ronit Segal, a fellow at the Negev Policy Institute, said the window was narrow. "
        "Osama Hamdan, a Hamas official, said the group would study the offer. "
        '"Rafah will either be the place where this deal is signed or where it dies," she said.'
    )
    assert who(text) == ["Ronit Segal", "Osama Hamdan", "Ronit Segal"]


def test_a_tags_line_of_names_two_spaces_apart_is_no_one_s_full_name():
    text = (
        "Foreign Minister Yoko Kamikawa said Japan strongly hopes for an agreement.\n\n"
        "Related Tags: Gaza  Israel  Hamas  Yoko Kamikawa"
    )
    assert who(text) == ["Yoko Kamikawa"]


def test_a_name_alone_on_its_line_takes_the_post_under_it():
    text = (
        "Dana Whitaker\nAssociate Professor of Political Science, Maxwell School\n"
        "Whitaker studies ceasefire design.\n\n"
        'Whitaker says: "Phase one is built to be self-enforcing."'
    )
    assert statements(arts(text))["speaker_type"].tolist() == ["expert"]


def test_the_first_appositive_says_who_a_person_is():
    text = (
        "The host spoke with Laura Engstrom, who teaches the law of armed conflict at the "
        "University of Minnesota Law School.\n\n"
        'HOST: Laura Engstrom, thank you.\n\n"The law is clear," Engstrom said.'
    )
    assert statements(arts(text))["speaker_type"].tolist() == ["expert"]


def test_its_military_wing_is_the_wing_of_the_body_the_sentence_before_opens_with():
    text = (
        "The army said it had struck 40 targets. Hamas, for its part, is using the hostages "
        "as leverage. Its military wing claimed on Sunday that two hostages had been killed."
    )
    assert who(text)[-1] == "Hamas military wing"


def test_a_surname_s_first_appositive_says_who_the_person_is():
    text = (
        "Rania Khoury read it in the dark of her kitchen. Khoury, an emergency physician at a "
        'Toronto hospital, did two rotations at Nasser. "Everyone cried that day," Khoury says.'
    )
    assert statements(arts(text))["speaker_type"].tolist() == ["other"]


def test_an_elected_member_s_district_is_an_office_and_a_lawyer_is_private():
    text = (
        "Rep. Rashida Tlaib, whose district includes part of Dearborn, said the releases "
        "showed what is possible. Sabrina Cole, an immigration lawyer who represents 14 "
        "families, said Ottawa should press Israel."
    )
    assert statements(arts(text))["speaker_type"].tolist() == ["official", "other"]


def test_a_relative_clause_leaves_an_office_said_before_the_name():
    text = (
        "The court issued warrants for former defence minister Yoav Gallant. Gallant, who was "
        "sacked earlier this month, wrote that the ruling set a dangerous precedent."
    )
    assert statements(arts(text))["speaker_type"].tolist() == ["official"]


def test_he_after_a_sentence_that_opens_with_a_person_the_story_follows():
    text = (
        "Senator Chris Van Hollen said the deal was fragile. In Columbia, Sami Awwad spent "
        "Friday morning refreshing a WhatsApp group. An uncle and two cousins were killed in "
        "an airstrike, he said."
    )
    rows = statements(arts(text))
    assert list(zip(rows["speaker"], rows["speaker_type"], strict=True))[-1] == (
        "Sami Awwad",
        "other",
    )


def test_she_after_a_sentence_that_opens_with_a_person_and_an_irregular_past():
    text = (
        '"Everyone was counting what came off the ships," said Danielle Ferris, who managed '
        "warehouse operations in central Gaza.\n\nA Defense Department official said the pier "
        "had done what it was built to do.\n\nFerris left Gaza in June. Last winter she had "
        'helped run convoys through Rafah, she said, when "the problem was the same, just on '
        'land."'
    )
    assert who(text)[-1] == "Danielle Ferris"


def test_a_month_that_opens_a_sentence_is_no_one():
    text = (
        "Rami Abu Shanab said the wait was long. In March, he paid a travel company $5,000. "
        '"That was $15,000 for nothing," he said.'
    )
    assert who(text) == ["Rami Abu Shanab", "Rami Abu Shanab"]


def test_she_with_no_speaker_yet_is_the_person_not_the_kibbutz_named_after_her():
    text = (
        "Every evening, Noa Ben-Ami refreshed the list of names. Ben-Ami, 34, grew up on "
        "Kibbutz Nir Oz, where dozens of residents were killed. Her uncle, she said, is still "
        "in Gaza."
    )
    assert who(text) == ["Noa Ben-Ami"]


def test_a_heading_in_capitals_is_no_person_a_pronoun_stands_for():
    text = (
        "GOOD NEWS. Department of Foreign Affairs Undersecretary Eduardo de Vega speaks to "
        "reporters on Saturday. He said the caregiver was able to call his family."
    )
    assert "GOOD NEWS" not in who(text)


def test_a_relative_s_name_inside_a_relative_clause_is_not_the_speaker():
    text = (
        "Gov. Josh Shapiro, who attended the vigil with his wife, Lori, told the crowd that "
        'the pause had to hold "until every hostage is home."'
    )
    assert who(text) == ["Gov. Josh Shapiro"]


def test_a_body_named_after_a_generic_owner_is_the_body():
    text = (
        "The group's Humanitarian Operations Coordination Center (HOCC), the body it uses to "
        "write to shipowners, told the industry on Sunday that attacks would be limited."
    )
    assert who(text) == ["Humanitarian Operations Coordination Center"]


def test_a_think_tank_is_an_expert_and_it_stands_for_it():
    text = (
        "The International Crisis Group said in a report that the truce was fragile. It also "
        "calls on the Security Council to give the force a clear mandate."
    )
    rows = statements(arts(text))
    assert (
        list(zip(rows["speaker"], rows["speaker_type"], strict=True))
        == [("International Crisis Group", "expert")] * 2
    )


def test_a_doctor_who_teaches_at_a_university_is_an_expert():
    text = (
        "Dr Saima Afridi, who teaches international relations at the University of Peshawar, "
        "said the proposal was a breakthrough. Dr Shazia Maqbool teaches West Asian politics "
        "at the University of Kashmir. Maqbool said the plan would hold."
    )
    rows = statements(arts(text))
    assert set(rows["speaker_type"]) == {"expert"}


def test_a_person_described_first_takes_the_name_given_next():
    text = (
        "A Leicester baker says seven members of his family were killed when the strikes "
        "resumed. Fares Jaber, 34, who runs a bakery on Narborough Road, said his cousin's "
        "house was hit."
    )
    assert who(text) == ["Fares Jaber", "Fares Jaber"]


def test_a_description_with_a_relative_clause_is_the_speaker_not_the_place_it_ends_with():
    text = "In Glasgow, a GP whose sister lives in Khan Younis said he had not heard from her."
    assert who(text) == ["a GP whose sister lives in Khan Younis"]


def test_a_source_who_keeps_the_name_back_is_not_given_the_next_name():
    text = (
        "A doctor at the hospital, who asked not to be named, said 55 wounded people had been "
        "brought in. Abdul Rahman al-Jamal, a resident, said the blast shook the camp."
    )
    assert who(text)[0] == "a doctor at the hospital"


def test_an_official_with_an_office_named_next_is_not_the_described_resident():
    text = (
        "A resident of Rafah said the strikes went on all night. Prime Minister Benjamin "
        "Netanyahu said the operation would continue."
    )
    assert who(text) == ["a resident of Rafah", "Benjamin Netanyahu"]


def test_the_description_of_the_person_last_quoted_is_that_person():
    text = (
        "Yocheved Lifshitz told reporters the ride left her bruised. \"They didn't care that "
        'we were old women," the peace activist said from a wheelchair.'
    )
    assert who(text) == ["Yocheved Lifshitz", "Yocheved Lifshitz"]


def test_a_clause_opening_with_what_is_no_speaker():
    assert who("What I'd argue is that negotiations are the only route.") == []


def test_an_office_named_before_its_holder_keeps_the_name_in_its_later_mentions():
    text = (
        "Scotland's first minister has said his wife's parents are down to their last bottles "
        'of water. Humza Yousaf described the convoy as "a drop in the ocean". The first '
        'minister added that "there is nowhere safe to go".'
    )
    assert who(text) == ["Humza Yousaf"] * 3


def test_a_body_s_data_or_analysis_is_the_body_s_statement():
    text = (
        "According to PCHR's preliminary data, at least 1,000 housing units have been "
        "destroyed. Aid has fallen sharply, according to Gisha's analysis of figures "
        "published by COGAT."
    )
    assert who(text) == ["Palestinian Centre for Human Rights", "Gisha"]


def test_two_hospitals_joined_by_and_are_two_speakers():
    text = "Sheba Medical Center and Ichilov Hospital said all were in good condition."
    assert who(text) == ["Sheba Medical Center", "Ichilov Hospital"]


def test_a_lecturer_described_after_a_bracket_is_an_expert():
    text = (
        "Dr Aroha Tawhai (Ngāti Porou) is a senior lecturer at the University of Otago. "
        "Tawhai said the pause was not a ceasefire."
    )
    assert set(statements(arts(text))["speaker_type"]) == {"expert"}


def test_a_person_described_in_the_lead_takes_the_name_given_next():
    text = (
        'A Gillingham father says he is "praying every hour" for his sister.\n\n'
        "Khaled Nasser, 46, who has lived in Medway since 2004, said he last spoke to her "
        "on Wednesday."
    )
    rows = statements(arts(text))
    assert rows["speaker"].tolist() == ["Khaled Nasser", "Khaled Nasser"]
    assert set(rows["speaker_type"]) == {"other"}


def test_a_described_person_named_by_said_after_a_quote():
    text = (
        "A Stockton mum whose aunt was killed in a strike last year told TeessideLive she had "
        'watched the buses arrive "with my heart in my mouth".\n\n'
        '"We have lost so many," said Layla Haddad, 34.'
    )
    assert who(text)[0] == "Layla Haddad"


def test_a_described_person_who_gave_only_a_first_name_keeps_it():
    text = (
        "A woman who gave her name only as Umm Ali told Annahar the journey took 12 hours.\n\n"
        "Rania Khoury, a senior fellow at a Beirut think tank, said Israel was escalating."
    )
    assert "Rania Khoury" not in who(text)[:1]


def test_an_official_named_after_a_described_witness_is_someone_else():
    text = (
        "A nurse at Nasser hospital said the wards were full.\n\n"
        "WHO Director-General Tedros Adhanom Ghebreyesus said the hospital was overwhelmed."
    )
    assert who(text)[0] != "Tedros Adhanom Ghebreyesus"


def test_a_described_person_named_by_a_bare_name_keeps_the_description_s_type():
    text = (
        "A Penparcau man whose brother sheltered in a tent said the family had been woken by "
        "explosions.\n\nYousef Saleh said his brother had been forced to move again."
    )
    rows = statements(arts(text))
    assert set(zip(rows["speaker"], rows["speaker_type"], strict=True)) == {
        ("Yousef Saleh", "other")
    }


def test_an_expert_described_first_is_an_expert():
    text = (
        "A Middle East expert at Chatham House said the truce was fragile.\n\n"
        "Rachel Emmerson said the second phase would be harder."
    )
    rows = statements(arts(text))
    assert set(zip(rows["speaker"], rows["speaker_type"], strict=True)) == {
        ("Rachel Emmerson", "expert")
    }


def test_then_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Then Reem Kanaan of the Middle East Institute joins to talk about aid. "
        'Kanaan said: "Fuel is the real story."'
    )
    assert who(text) == ["Reem Kanaan"]


def test_a_middle_initial_stays_in_the_name():
    text = (
        "Secretary of Defense Lloyd J. Austin III spoke by phone with Gallant. The "
        "secretary welcomed the extension and said the pause must be used."
    )
    assert who(text) == ["Lloyd J. Austin III"]


def test_professor_and_a_surname_resolve_to_the_full_name():
    text = (
        "Helen Marchetti, a security specialist at Griffith University, said the deal was "
        "fragile. Professor Marchetti predicted the truce would be extended."
    )
    assert who(text) == ["Helen Marchetti", "Helen Marchetti"]


def test_a_professor_named_in_full_is_an_expert():
    table = statements(arts("Professor Jane Doe said the deal was fragile."))
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Jane Doe", "expert"]]


def test_a_capitalised_opener_is_no_part_of_a_name():
    text = (
        "Taoiseach Simon Harris said Ireland would keep pressing for a ceasefire. "
        "For Mohammed Shaheen, a Gazan doctor now working in Cork, the news is personal. "
        "He said he had lost 23 members of his extended family since October."
    )
    assert who(text) == ["Simon Harris", "Mohammed Shaheen"]


def test_a_bodys_name_after_a_role_without_article_restates_the_role():
    text = (
        "Juliette Touma, director of communications for UNRWA, the UN agency for Palestinian "
        "refugees, said no aid had entered through either crossing."
    )
    assert who(text) == ["Juliette Touma"]


def test_an_office_in_capitals_between_commas_is_the_names_appositive():
    text = "Grant Shapps, the Defence Secretary, said RAF Typhoons had hit two Houthi sites."
    assert who(text) == ["Grant Shapps"]


def test_the_army_with_no_army_named_before_is_israels_in_this_genre():
    text = (
        "Israeli strikes hit Gaza on Friday. The army also said on Saturday that it had "
        "confirmed 210 people were being held hostage in Gaza."
    )
    assert who(text) == ["Israel Defense Forces"]


def test_the_army_after_another_countrys_army_is_that_army():
    text = (
        "The Lebanese army deployed in the south. Israel struck a village. The army said two "
        "soldiers were hurt."
    )
    assert who(text) == ["Lebanese army"]


def test_according_to_two_bodies_joined_by_and_the_names_both():
    text = (
        "In return, 117 Palestinians had been released from Israeli jails, according to the "
        "Israel Prison Service and the Palestinian Prisoners' Club."
    )
    assert who(text) == ["Israel Prison Service", "Palestinian Prisoners' Club"]


def test_his_office_after_a_sentence_on_the_man_is_his_office():
    table = statements(
        arts(
            "Benjamin Netanyahu met the envoy. Netanyahu will not attend because of the "
            "Simchat Torah holiday, his office said."
        )
    )
    row = table.iloc[-1]
    assert row["speaker"] == "Benjamin Netanyahu's office"
    assert row["quote"].endswith("because of the Simchat Torah holiday")


def test_a_country_s_office_finds_its_holder_named_with_an_honorific():
    text = (
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Abbas Kamel in "
        'Cairo. Qatar\'s prime minister later said the meeting made "good progress".'
    )
    assert who(text) == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_long_titled_name_is_kept_whole():
    text = (
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Abbas Kamel in "
        "Cairo. The Qatari prime minister later said the talks would continue."
    )
    assert who(text) == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_subject_that_did_something_first_is_the_speaker_of_a_later_verb():
    text = (
        "U.S. Secretary of State Antony Blinken landed in Tel Aviv on Thursday and, standing "
        'beside the prime minister, told reporters that the United States would "always be '
        'there".'
    )
    assert who(text) == ["Antony Blinken"]


def test_a_participle_s_speaker_is_the_subject_before_its_main_verb():
    text = (
        "On Sunday, army spokesman Avichay Adraee ordered residents of Beit Lahia to move "
        'south, writing on X that the area was "a dangerous combat zone."'
    )
    assert who(text) == ["Avichay Adraee"]


def test_a_subject_with_its_ally_is_not_cut_at_and():
    text = (
        "Hamas and its ally Islamic Jihad handed their reply to the mediators late Tuesday, "
        'saying their priority was "a complete halt" to the offensive.'
    )
    assert "Hamas" in who(text)
    assert "Hamas and" not in who(text)


def test_media_reports_are_the_media_s():
    assert who("Israeli media reports said the army would withdraw from the corridor.") == [
        "Israeli media"
    ]


def test_a_relation_owned_by_a_pronoun_is_an_appositive():
    text = "Somporn Kaewmanee, 58, his aunt, said the family had not known whether he was alive."
    assert who(text) == ["Somporn Kaewmanee"]


def test_a_day_is_never_a_speaker():
    text = (
        "Blinken, back in Tel Aviv after a tour of Arab capitals, announced Monday evening "
        "that Biden would travel to Israel. Yesterday he sent me the sound of a drone and "
        'said, "This is your soundtrack."'
    )
    assert not {"Monday", "Yesterday"} & set(who(text))


def test_figures_a_body_presented_are_its_statement():
    text = (
        "According to figures the Israel Prison Service provided to the rights group "
        "HaMoked, 146 Palestinian children were held in Israeli detention."
    )
    assert who(text) == ["Israel Prison Service"]


def test_a_body_named_after_its_description_is_named_whole():
    text = "The agency, the World Food Programme, said on Monday that its stocks had run out."
    assert who(text) == ["World Food Programme"]


def test_a_reservist_s_rank_note_is_no_part_of_the_name():
    text = (
        '"Gideon\'s Chariots was built to create leverage," said Lt. Col. (res.) Dr. Avishai '
        "Ben-Ezra, a researcher at the Jerusalem Institute for Strategy and Security."
    )
    assert who(text) == ["Avishai Ben-Ezra"]


def test_an_office_holder_s_party_in_brackets_is_no_speaker():
    text = (
        'In Brussels, Foreign Minister Maxime Prévot (Les Engagés) said he was "deeply '
        'concerned" by the strikes. Irish MEP Lynn Boylan (The Left) said the EU "should '
        'stop hiding behind unanimity".'
    )
    assert who(text) == ["Maxime Prévot", "Lynn Boylan"]


def test_a_body_s_other_name_in_brackets_is_still_the_body():
    assert who("The Turkish Red Crescent (Kizilay) said it had sent 20 trucks.") == [
        "Turkish Red Crescent"
    ]


def test_an_expert_described_by_an_institution_is_the_named_expert_of_it_however_far():
    text = (
        "A Bangor University expert warns the hardest part of the deal is still to come.\n\n"
        + "Hamas said the talks would resume. " * 30
        + "\n\nDr Huw Ellis-Jones, a senior lecturer in international politics at Bangor "
        "University, said the first stage had been the easiest to agree."
    )
    rows = statements(arts(text))
    assert rows["speaker"].iloc[0] == "Huw Ellis-Jones"


def test_the_french_daily_is_the_outlet_named_before():
    text = (
        "Le Monde is blunter. In an editorial, the French daily calls the plan "
        '"a headlong rush". Europe, it argues, "must now use the only leverage it has."'
    )
    assert who(text) == ["Le Monde", "Le Monde"]


def test_the_paper_in_a_press_review_is_the_paper_reviewed():
    text = (
        "Israel Hayom leads with the mobilisation. "
        "The paper also reports that the families asked to meet the war cabinet this week."
    )
    assert who(text) == ["Israel Hayom"]


def test_the_daily_with_no_outlet_named_stays_as_written():
    assert who("The liberal daily says the cabinet chose the funerals over the homecoming.") == [
        "the liberal daily"
    ]


def test_the_central_bank_is_the_bank_named_before():
    text = (
        "The Bank of Israel kept rates unchanged on Monday.\n\n"
        "The war will cost the economy about NIS200bn, the central bank said."
    )
    assert who(text) == ["Bank of Israel"]


def test_the_festival_is_the_festival_named_before():
    text = (
        "The Cairo International Film Festival was cancelled on Tuesday. In a statement, "
        'the festival said it could not hold "red carpets" while Gaza was bombed.'
    )
    assert who(text) == ["Cairo International Film Festival"]


def test_the_two_ministers_are_the_two_people_named_last():
    text = (
        "Foreign Minister Ahmed Attaf had a phone call with his Palestinian counterpart "
        'Riyad al-Maliki, and the two ministers stressed the need for "an immediate ceasefire".'
    )
    assert who(text) == ["Ahmed Attaf", "Riyad al-Maliki"]


def test_the_two_institutions_are_the_two_bodies_that_spoke_together():
    text = (
        "The Palestinian Prisoners' Society and the Commission of Detainees' and "
        "Ex-Prisoners' Affairs said on Thursday that 1,680 Palestinians had been detained. "
        "The two institutions said they held the government responsible for the prisoners."
    )
    assert (
        who(text)
        == [
            "Palestinian Prisoners' Society",
            "Commission of Detainees' and Ex-Prisoners' Affairs",
        ]
        * 2
    )


def test_the_two_governments_are_not_the_unnamed_sources_before():
    text = (
        "Witnesses and hospital officials said 31 people were killed near the site. The two "
        "governments said that Hamas siphons off supplies."
    )
    assert who(text)[2:] == ["two governments"]


def test_a_lawyers_title_stays_with_the_name_after_a_quote():
    text = '"Every week we receive new testimonies," said Adv. Roni Peleg, a lawyer.'
    assert who(text) == ["Roni Peleg"]


def test_a_name_in_quotes_before_its_short_form_is_the_body():
    text = (
        'In an email, the Houthi-run "Humanitarian Operations Coordination Center" (HOCC) said '
        "it would stop targeting commercial ships."
    )
    assert who(text) == ["Humanitarian Operations Coordination Center"]


@pytest.mark.parametrize(
    "opening",
    [
        "Aviv Shemesh, brother of hostage Nadav Shemesh, spoke at the synagogue.",
        "Aviv Shemesh, whose brother Nadav Shemesh was abducted from the festival, spoke first.",
    ],
)
def test_a_family_name_is_the_speakers_not_the_relative_spoken_of(opening):
    text = f'{opening} "Bring him home with a deal," Shemesh told the crowd.'
    assert who(text) == ["Aviv Shemesh"]


def test_a_company_named_with_an_s_speaks_as_a_company():
    out = one("McDonald's said on Thursday that it would keep all 5,000 staff.")
    assert (out["speaker"], out["speaker_type"]) == ("McDonald's", "organization")


def test_the_company_is_the_company_that_spoke_last():
    text = (
        "Starbucks said the post did not speak for it. The company said it had received "
        "more than 1,000 complaints. The chain says it has been flooded with calls."
    )
    assert who(text) == ["Starbucks"] * 3


def test_the_airline_is_not_the_ministry_that_spoke_last():
    text = (
        "The Health Ministry said 20 people were killed. A United flight left the same day "
        "without incident, the airline confirmed."
    )
    assert who(text)[1:] in ([], ["airline"])


def test_the_group_is_the_body_named_group_just_before():
    text = (
        "The Lufthansa Group will resume flights to Tel Aviv from February 1. In a "
        "statement, the group said Lufthansa and SWISS would restart services."
    )
    assert who(text) == ["Lufthansa Group"]


def test_the_group_after_an_armed_group_is_the_armed_group():
    text = "Hamas fighters attacked the base. The group said it had destroyed a tank."
    assert who(text) == ["Hamas"]


def test_it_is_the_body_its_sentence_opens_with():
    text = (
        "Israel invaded in October. Gaza civil defence said 20 bodies were found. The army "
        "publishes its own dead soldier by soldier; it says more than 400 have been killed."
    )
    assert who(text) == ["Gaza civil defence", "Israel Defense Forces"]


def test_an_official_account_speaks_for_its_owner():
    text = (
        "Fatah's official Facebook page posted a photo beside the text: "
        '"One hand fights, one hand builds."'
    )
    assert who(text) == ["Fatah"]


def test_a_social_media_page_named_in_apposition_is_the_speaker():
    text = (
        "A Facebook page, Hindu Rashtra Updates, shared the image and claimed that the freed "
        'prisoners were "convicted murderers".'
    )
    assert who(text) == ["Hindu Rashtra Updates"]


def test_a_paper_s_editorial_speaks_for_the_paper():
    text = (
        "Al-Quds al-Arabi is scathing. The London-based daily's editorial says the text is "
        '"Netanyahu\'s terms in American packaging." "A real deal starts with the end of the '
        'war," the editorial concludes.'
    )
    assert who(text) == ["Al-Quds al-Arabi", "Al-Quds al-Arabi"]


def test_a_person_described_first_is_not_given_the_name_of_another_kind_of_person():
    text = (
        "A 34-year-old nurse from Beit Lahia told our fieldworker that he had lost weight.\n\n"
        '"Exchanges are not a substitute for due process," said Dr. Noa Kedar, a lecturer in '
        "international law at Tel Aviv University."
    )
    assert who(text) == ["a 34-year-old nurse from Beit Lahia", "Noa Kedar"]


def test_a_place_after_in_is_no_one_a_pronoun_refers_to():
    text = (
        "Rina Brenner kept her son's boots by the door of the family's house in Forest Hills, "
        "Queens.\n\nA memorial service is planned for next week in Forest Hills.\n\n"
        '"He was smiling in it," she said.'
    )
    assert who(text) == ["Rina Brenner"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sheba Medical Center received the three women on Sunday.\n\n"
            "Sheba said in a statement that all three were in stable condition.",
            "Sheba Medical Center",
        ),
        (
            "CARE International has worked in Gaza for decades.\n\n"
            "CARE said the crossings must open fully.",
            "CARE International",
        ),
        (
            "Japan Institute of International Affairs fellows met in Tokyo.\n\n"
            "Japan said it could pass messages between the parties.",
            "Japan",
        ),
        (
            "Air France and Ryanair cancelled flights.\n\nAir France said it would assess day by day.",
            "Air France",
        ),
    ],
)
def test_a_body_called_by_its_first_words_takes_the_whole_name_given_before(text, speaker):
    assert who(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Palestine Football Association said Obeid was killed near Rafah.\n\n"
            'In a statement on its website, the PFA described him as "one of the brightest '
            'stars of Palestinian football".',
            "Palestine Football Association",
        ),
        (
            "The Football Association has decided against lighting the arch.\n\n"
            "The FA said the tribute was meant for all the victims.",
            "Football Association",
        ),
        (
            "The Campaign Against Arms Trade has tracked the licences since 2014.\n\n"
            "CAAT said British companies supply around 15 per cent of the components.",
            "Campaign Against Arms Trade",
        ),
    ],
)
def test_a_short_form_never_put_in_brackets_takes_the_name_it_spells(text, speaker):
    assert who(text)[-1] == speaker


def test_a_known_body_s_short_form_keeps_its_own_name():
    text = (
        "The Union of Nurses met in Geneva on Monday.\n\nThe UN said the schools in Gaza were full."
    )
    assert who(text)[-1] == "UN"


@pytest.mark.parametrize(
    "opening",
    ["Every Saturday I come to watch", "Each week I come to watch"],
)
def test_a_quote_s_capitalised_opening_words_are_no_one_a_pronoun_means(opening):
    text = (
        "Noa Ashkenazi stood under the big screen in Hostages Square, near Shaul Hamelech "
        f"Boulevard.\n\n“{opening} other people’s families get their person back,” she said."
    )
    assert who(text) == ["Noa Ashkenazi"]


def test_the_israeli_government_is_no_other_body_with_government_in_its_name():
    text = (
        "The Government Media Office in Gaza puts the number at 254.\n\n"
        "The Israeli government has told the court that the security situation does not allow it."
    )
    assert who(text)[-1] == "Israeli government"


def test_the_group_is_the_body_its_unnamed_members_spoke_for():
    text = (
        "Activists from the Center for Jewish Nonviolence who were present in the village said "
        "around 15 masked settlers arrived at dusk. The group said its volunteers were also "
        "attacked."
    )
    assert who(text)[-1] == "Center for Jewish Nonviolence"


def test_a_contracted_first_person_is_no_speaker():
    assert who("I’ll tell you that we need this deal finished, all of it.") == []
    assert who("I'd note that airlines also have to factor in insurance.") == []


RELEASE = (
    "State of Palestine\nMinistry of Foreign Affairs & Expatriates\n\n"
    "Ramallah – The Ministry of Foreign Affairs and Expatriates welcomed the continuation of "
    "the humanitarian truce in the Gaza Strip.\n\n"
    "1. The number of martyrs has risen to more than 14,800, according to the Ministry of "
    "Health.\n\n"
    "The Ministry noted that 39 women and children prisoners were freed on Friday.\n"
)


def test_the_ministry_of_a_ministrys_release_is_the_ministry_that_issues_it():
    assert who(RELEASE)[-1] == "Ministry of Foreign Affairs and Expatriates"


def test_an_option_letter_is_no_part_of_the_speaker():
    assert who("(C) Egyptian officials have said they will not accept troops at the border.") == [
        "Egyptian officials"
    ]


def test_a_view_opening_a_sentence_is_of_the_person_named_after_for():
    text = (
        "Jonas Eriksen is a statistician in Oslo. For Eriksen, the stakes are high. "
        '"Every number we publish now will be argued over," he says.'
    )
    assert who(text) == ["Jonas Eriksen"]


def test_researchers_led_by_a_named_lead_are_the_lead():
    text = "Researchers led by Hala Nassar estimate that about 92,400 people died violently."
    assert who(text) == ["Hala Nassar"]
