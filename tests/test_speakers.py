"""Speaker canonicalisation and the speakers table."""

from __future__ import annotations

import pandas as pd
import pytest
from statement_helpers import statements_of

from corpus.bodies import body
from corpus.coref import ArticleSpeakers
from corpus.mentions import split_joint
from corpus.speaker_media import media_name
from corpus.speakers import SPEAKER_COLUMNS, describe, speakers, split_title


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("the Hamas-run Health Ministry", "Gaza Health Ministry", "organization"),
        ("The Gaza-based Health Ministry", "Gaza Health Ministry", "organization"),
        ("the Health Ministry in Gaza", "Gaza Health Ministry", "organization"),
        ("the IDF", "Israel Defense Forces", "organization"),
        ("Reuters", "Reuters", "media"),
        ("latest media reports", "latest media reports", "media"),
        ("Chinese observers", "Chinese observers", "anonymous"),
        ("A source familiar with the talks", "a source familiar with the talks", "anonymous"),
        ("an Egyptian official source", "an Egyptian official source", "anonymous"),
        ("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "official"),
        ("ministry spokesperson Ashraf al-Qedra", "Ashraf al-Qedra", "official"),
        ("COGAT", "COGAT", "organization"),
        ("US Central Command", "US Central Command", "organization"),
        ("Amnesty International", "Amnesty International", "organization"),
        (
            "Integrated Food Security Phase Classification (IPC)",
            "Integrated Food Security Phase Classification",
            "organization",
        ),
        ("IPC Famine Review Committee (FRC)", "IPC Famine Review Committee", "organization"),
        # what a body is, written before its name, is dropped
        ("the US-based charity Kitchen Relief (KR)", "Kitchen Relief", "organization"),
        ("the Israeli rights group B'Tselem", "B'Tselem", "organization"),
        ("the aid group Anera", "Anera", "organization"),
        ("the Palestinian news agency WAFA", "WAFA", "media"),
        (
            "the New York-based Committee to Protect Journalists",
            "Committee to Protect Journalists",
            "organization",
        ),
        # a title "to" a state, a constituency before "MP", honorifics of Malaysia and Brunei
        ("Philippine Ambassador to Israel Jose Cruz Jr.", "Jose Cruz Jr", "official"),
        ("Labour MP Jane Whitby", "Jane Whitby", "official"),
        ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "official"),
        # a university after the name makes a described observer an expert
        ("Middle East observer Hadi Rahman of Gadjah Mada University", "Hadi Rahman", "expert"),
        ("Asst Prof Niran Chaiyasit of Mahidol University", "Niran Chaiyasit", "expert"),
        # UN agencies by what they do, a ratings agency, a state's lower-case ministry
        ("the UN health agency", "World Health Organization", "organization"),
        ("the UN humanitarian office", "OCHA", "organization"),
        ("Fitch", "Fitch Ratings", "organization"),
        ("Israel's agriculture ministry", "Israeli Agriculture Ministry", "organization"),
    ],
)
def test_describe_name_and_type(phrase, name, kind):
    sp = describe(phrase)
    assert (sp.name, sp.type) == (name, kind)


def test_describe_expert_from_appositive():
    sp = describe(
        "Zhu Yongbiao", "director of the Center for Afghanistan Studies at Lanzhou University"
    )
    assert sp.type == "expert" and sp.role == "director"


def test_describe_expert_from_a_research_group_appositive():
    assert (
        describe("Kelsey Gallagher", "of Project Ploughshares, a research group").type == "expert"
    )


def test_describe_private_person_from_age_appositive():
    assert describe("Umm Ahmad Lubbad", "52").type == "other"


def test_split_title_keeps_of_state_in_title():
    assert split_title("US Secretary of State Antony Blinken") == (
        "US Secretary of State",
        "Antony Blinken",
    )


def test_media_name_finds_outlet_inside_phrase():
    assert media_name("a CNN news report") == "CNN"


def test_media_name_is_none_for_non_outlet():
    assert media_name("the Israeli army") is None


def test_split_joint_named_people():
    assert split_joint("Netanyahu and Defense Minister Gallant") == [
        "Netanyahu",
        "Defense Minister Gallant",
    ]


def test_split_joint_keeps_one_person_with_two_titles():
    assert split_joint("SNP Westminster leader and Dundee East MP Ian Ross") == [
        "SNP Westminster leader and Dundee East MP Ian Ross"
    ]
    assert split_joint("The Israeli army and the Shin Bet") == ["The Israeli army", "the Shin Bet"]


def test_split_joint_keeps_a_ministry_of_several_portfolios():
    name = "the Ministry of Foreign Affairs, Trade and Development"
    assert split_joint(name) == [name]


def test_split_joint_keeps_shared_head():
    assert split_joint("Israeli and Western leaders") == ["Israeli and Western leaders"]


def test_split_joint_keeps_body_with_and_in_its_name():
    phrase = "a spokesperson for the Commission of Prisoners and Ex-Prisoners"
    assert split_joint(phrase) == [phrase]


def test_surname_resolves_through_prescan():
    ctx = ArticleSpeakers("US Vice President Kamala Harris arrived in Dubai on Friday.")
    assert [s.name for s in ctx.resolve("Harris", None, 60)] == ["Kamala Harris"]


def test_chinese_surname_first_resolves():
    ctx = ArticleSpeakers("Li Haidong, a professor at the China Foreign Affairs University, spoke.")
    sp = ctx.resolve("Li Haidong", None, 0)[0]
    ctx.remember([sp])
    assert ctx.resolve("Li", None, 80)[0].name == "Li Haidong"


def test_pronoun_without_antecedent_is_unresolved():
    assert ArticleSpeakers("Nothing here.").resolve("she", None, 0) == []


def test_it_resolves_to_organization_not_person():
    ctx = ArticleSpeakers("")
    ctx.remember([describe("Hamas"), describe("Israeli Prime Minister Benjamin Netanyahu")])
    assert ctx.resolve("it", None, 0)[0].name == "Hamas"


def _statements() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "published": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01"]),
            "speaker": ["Benjamin Netanyahu", "Benjamin Netanyahu", "Benjamin Netanyahu"],
            "speaker_mention": ["Netanyahu", "he", "Israeli Prime Minister Benjamin Netanyahu"],
            "speaker_type": ["official"] * 3,
            "role": [None, None, "Israeli Prime Minister"],
            "affiliation": [None] * 3,
        }
    )


def test_speakers_one_row_per_speaker_with_counts():
    row = speakers(_statements()).iloc[0]
    assert (row["n_statements"], row["n_articles"]) == (3, 2)


def test_speakers_first_and_last_seen():
    row = speakers(_statements()).iloc[0]
    assert row["first_seen"] == pd.Timestamp("2024-01-01")
    assert row["last_seen"] == pd.Timestamp("2024-02-01")


def test_speakers_aliases_are_the_other_mentions():
    aliases = speakers(_statements()).iloc[0]["aliases"].split("; ")
    assert "Netanyahu" in aliases and "Benjamin Netanyahu" not in aliases


def test_speakers_role_from_any_statement():
    assert speakers(_statements()).iloc[0]["role"] == "Israeli Prime Minister"


def test_speakers_of_empty_table_has_columns():
    out = speakers(pd.DataFrame())
    assert out.empty and list(out.columns) == SPEAKER_COLUMNS


def test_sentence_initial_common_noun_is_lowercased():
    assert describe("Analysts").name == "analysts"


def test_pronouns_are_not_listed_as_aliases():
    stm = _statements()
    assert "he" not in speakers(stm).iloc[0]["aliases"].split("; ")


def test_possessive_place_before_a_known_body():
    assert describe("Gaza's Civil Defence").name == "Gaza civil defence"


def test_possessive_place_before_hamas_run_ministry():
    assert describe("Gaza's Hamas-run Health Ministry").name == "Gaza Health Ministry"


def test_outlet_reporter_keeps_outlet_as_affiliation():
    sp = describe("Al Jazeera's Hani Mahmoud")
    assert (sp.name, sp.type, sp.affiliation) == ("Hani Mahmoud", "media", "Al Jazeera")


def test_split_joint_keeps_a_named_forum_whole():
    assert split_joint("Hostages and Missing Families Forum") == [
        "Hostages and Missing Families Forum"
    ]


def test_the_israeli_army_under_any_of_its_names_is_one_speaker():
    from corpus.statements import article_statements

    text = (
        "The Israeli army said it struck 40 targets. The IDF said two soldiers were hurt. "
        "Israel's military said the operation would go on."
    )
    assert {r["speaker"] for r in article_statements(text)} == {"Israel Defense Forces"}


def test_an_acronym_defined_after_the_body_s_name_with_the():
    text = (
        "The Norwegian Refugee Council (NRC) issued a report on Monday.\n\n"
        "NRC said the crossings must open."
    )
    ctx = ArticleSpeakers(text)
    assert ctx.acronyms()["NRC"] == "Norwegian Refugee Council"


def test_a_name_does_not_run_across_a_paragraph_break():
    ctx = ArticleSpeakers("A girl waits at a water point. Photo: NRC\n\nFamine is spreading.")
    assert "NRC Famine" not in {full for _, full, _ in ctx.people}


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Minister for Foreign Affairs Micheál Martin", "Micheál Martin", "Minister for Foreign Affairs"),
        ("Minister of Defence Yoav Gallant", "Yoav Gallant", "Minister of Defence"),
        ("Minister of State for Foreign Affairs Sultan al-Muraikhi", "Sultan al-Muraikhi",
         "Minister of State for Foreign Affairs"),
    ],
)  # fmt: skip
def test_a_portfolio_of_several_words_stays_in_the_title(phrase, name, role):
    sp = describe(phrase)
    assert (sp.name, sp.role, sp.type) == (name, role, "official")


def test_a_bare_portfolio_title_names_no_one():
    assert describe("Minister of Foreign Affairs").person is False


def test_a_spelled_out_name_with_its_acronym_is_one_speaker_not_two():
    assert split_joint("the Palestinian News and Information Agency (WAFA)") == [
        "the Palestinian News and Information Agency (WAFA)"
    ]
    sp = describe("the Palestinian News and Information Agency (WAFA)")
    assert (sp.name, sp.type) == ("WAFA", "media")


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("teacher Samah Odeh", "Samah Odeh", "other"),
        ("resident Ahmed Abu Ali", "Ahmed Abu Ali", "other"),
        ("analyst Tamar Levi", "Tamar Levi", "expert"),
    ],
)
def test_a_lower_case_description_before_a_name_types_the_person(phrase, name, kind):
    sp = describe(phrase)
    assert (sp.name, sp.type, sp.person) == (name, kind, True)


def test_a_body_named_in_full_after_its_country_is_the_body():
    from corpus.bodies import body

    assert body("Israel's Coordinator of Government Activities in the Territories (COGAT)") == (
        "COGAT",
        "organization",
    )
    assert body("Egypt's foreign ministry") is None  # short: which ministry is a convention


def test_an_acronym_of_a_name_with_french_particles():
    ctx = ArticleSpeakers("Médecins du Monde (MdM) warns that famine is spreading.")
    assert ctx.acronyms()["MdM"] == "Médecins du Monde"


def test_lebanon_s_health_ministry_is_the_lebanese_health_ministry():
    assert describe("Lebanon's health ministry").name == "Lebanese Health Ministry"


@pytest.mark.parametrize(
    "phrase",
    [
        "Islamic Relief Worldwide",
        "World Central Kitchen",
        "Human Rights Watch",
        "Gaza Rescue Committee",
        "Caritas Jerusalem",
        "Latin Patriarchate of Jerusalem",
    ],
)
def test_a_name_ending_in_a_body_word_is_a_body(phrase):
    sp = describe(phrase)
    assert (sp.name, sp.type, sp.person) == (phrase, "organization", False)


def test_ohchr_is_the_un_human_rights_office():
    phrase = "The Office of the UN High Commissioner for Human Rights (OHCHR)"
    assert describe(phrase).name == "UN human rights office"


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("Cardinal Pierbattista Pizzaballa", "Pierbattista Pizzaballa"),
        ("Father Gabriel Romanelli", "Gabriel Romanelli"),
        ("Rabbi Jonathan Wittenberg", "Jonathan Wittenberg"),
        ("Imam Mohammed Hassan", "Mohammed Hassan"),
        ("Sayyid Badr bin Hamad Al Busaidi", "Badr bin Hamad Al Busaidi"),
    ],
)
def test_a_clergy_or_courtesy_title_is_not_part_of_the_name(phrase, name):
    assert describe(phrase).name == name


def test_a_parishioner_is_a_private_person():
    sp = describe("Rami Tarazi", "a parishioner who has lived in the compound for 21 months")
    assert sp.type == "other"


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("Jenin resident Samer Abu Hamed", "Samer Abu Hamed"),
        ("Nuseirat resident Abu Khalil Darwish", "Abu Khalil Darwish"),
    ],
)
def test_a_place_s_resident_before_the_name_is_a_private_person(phrase, name):
    sp = describe(phrase)
    assert (sp.name, sp.type) == (name, "other")


def test_a_hospital_doctor_is_a_private_witness_not_an_official():
    sp = describe("Samir Al-Ashqar", "an emergency physician at Al-Awda hospital in Jabalia")
    assert sp.type == "other"


def test_a_who_representative_stays_an_official():
    assert (
        describe("Rik Peeperkorn", "WHO representative for the Palestinian territories").type
        == "official"
    )


@pytest.mark.parametrize("phrase", ["Oman", "Japan", "Switzerland", "Malaysia"])
def test_a_state_named_as_speaker_is_an_organization(phrase):
    sp = describe(phrase)
    assert (sp.name, sp.type, sp.person) == (phrase, "organization", False)


@pytest.mark.parametrize(
    "phrase, appositive, name",
    [
        ("Amit Segev", "a Tel Aviv-based strategist at Lamed Research", "Amit Segev"),
        ("Samer Khreisat", "director of the Amman-based Levant Policy Forum", "Samer Khreisat"),
        ("Iranian political analyst Hadi Mohammadi", None, "Hadi Mohammadi"),
        ("Miriam Alsaafin", "an epidemiologist at the London School of Hygiene", "Miriam Alsaafin"),
    ],
)
def test_strategists_epidemiologists_and_policy_forums_are_experts(phrase, appositive, name):
    sp = describe(phrase, appositive)
    assert (sp.name, sp.type) == (name, "expert")


def test_a_foreign_policy_chief_is_no_expert():
    assert describe("EU foreign policy chief Josep Borrell").type == "official"


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("senior MDA paramedic Idan Avshalom", "Idan Avshalom", "other"),
        ("IDF figures", "Israel Defense Forces", "organization"),
        ("figures provided to PHRI by the IPS", "IPS", "organization"),
        ("the Health Ministry run by Hamas", "Gaza Health Ministry", "organization"),
        ("Egypt's Foreign Ministry", "Egyptian Foreign Ministry", "organization"),
        (
            "Qatar's Ministry of Foreign Affairs",
            "Qatari Ministry of Foreign Affairs",
            "organization",
        ),
        ("the health ministry of the Hamas-run enclave", "Gaza Health Ministry", "organization"),
        ("MER-C", "MER-C", "organization"),
        ("B'Tselem", "B'Tselem", "organization"),
    ],
)
def test_descriptions_name_and_type_speakers_as_the_gold_sets_do(phrase, name, kind):
    sp = describe(phrase)
    assert (sp.name, sp.type) == (name, kind)


@pytest.mark.parametrize(
    "phrase",
    [
        "War on Want",
        "Syrian Observatory for Human Rights",
        "Campaign Against Arms Trade",
        "Mercy Malaysia",
        "Plan International UK",
    ],
)
def test_unknown_bodies_by_the_shape_of_their_names(phrase):
    assert describe(phrase).type == "organization"


@pytest.mark.parametrize(
    "phrase",
    [
        "Ursula von der Leyen",
        "Mohammed bin Salman",
        "Associate Professor Daniel Koh of the Middle East Institute at the National "
        "University of Singapore",
    ],
)
def test_names_with_small_words_or_an_affiliation_are_still_people(phrase):
    assert describe(phrase).person


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the far-right Vox party", "Vox"),
        ("the ruling Likud party", "Likud"),
        ("The CGIL union", "CGIL"),
        ("the Histadrut labor federation", "Histadrut"),
        ("the Labour Party", "Labour Party"),
    ],
)
def test_a_party_or_union_named_by_one_word_after_what_it_is(phrase, name):
    assert (describe(phrase).name, describe(phrase).type) == (name, "organization")


def test_a_body_named_with_and_then_where_it_is_stays_one_speaker():
    assert split_joint("the Hostages and Missing Families Forum in Israel") == [
        "the Hostages and Missing Families Forum in Israel"
    ]


def test_a_newspaper_the_list_does_not_hold_is_media_by_the_shape_of_its_name():
    from corpus.speaker_media import media_name

    assert media_name("the Süddeutsche Zeitung") == "Süddeutsche Zeitung"
    assert media_name("De Standaard") == "De Standaard"
    assert media_name("Euro-Mediterranean Human Rights Monitor") is None
    assert media_name("the Prime Minister") is None


def test_downing_street_is_the_prime_minister_s_office_a_body():
    from corpus.speakers import describe

    assert describe("Downing Street").type == "organization"


def test_an_office_before_professor_makes_an_official():
    table = statements_of(
        "Foreign Affairs Minister Professor Amon Murwira said Zimbabwe supports two states."
    )
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Amon Murwira", "official"]]


def test_a_graduate_student_at_a_university_is_no_expert():
    table = statements_of(
        "Nour Abed, a University of Arizona graduate student from Gaza City, said she had "
        "not heard from her sister."
    )
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Nour Abed", "other"]]


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("US Ambassador to the UN Mike Waltz", "Mike Waltz", "US Ambassador to the UN"),
        (
            "Israel's ambassador to the UN Danny Danon",
            "Danny Danon",
            "Israel's ambassador to the UN",
        ),
    ],
)
def test_a_title_to_the_body_then_a_name(phrase, name, role):
    found = describe(phrase)
    assert (found.name, found.role, found.type) == (name, role, "official")


def test_a_name_after_the_body_of_a_cut_title_drops_the_body():
    text = 'US Ambassador to the UN Mike Waltz hailed the vote as "historic".'
    assert statements_of(text)["speaker"].tolist() == ["Mike Waltz"]


def test_the_hamas_resistance_movement_is_hamas():
    text = (
        "The Hamas resistance movement said in a statement that it remained committed to the truce."
    )
    assert statements_of(text)["speaker"].tolist() == ["Hamas"]


def test_an_expert_described_first_is_not_the_next_bare_named_official():
    text = (
        "An Iranian expert on West Asian affairs says the resolution ignores the right to "
        'self-determination.\n\nUS Ambassador to the UN Mike Waltz hailed the vote as "historic".'
    )
    assert statements_of(text)["speaker"].tolist() == [
        "an Iranian expert on West Asian affairs",
        "Mike Waltz",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Inverclyde and Renfrewshire West MP Martin McCluskey",
        "The Foreign, Commonwealth and Development Office",
    ],
)
def test_a_seat_s_or_a_body_s_name_with_and_is_one_speaker(phrase):
    assert split_joint(phrase) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Khalil Odeh, a grocer in Deir al-Balah, said prices had tripled since the crossings shut.",
        "Dana Whitfield, a Kingston dentist, said the vigil had drawn more people than last year.",
        "Samir Odeh, who runs a bakery on Warren Avenue, said his cousins were still in Gaza.",
        "Rana Saleh, a kitchen assistant at the school, said the children had not eaten meat.",
    ],
)
def test_a_trade_or_a_small_business_makes_a_private_person(text):
    table = statements_of(text)
    assert table["speaker_type"].tolist() == ["other"]


def test_running_an_agency_is_an_office():
    table = statements_of("Omar Haddad, who runs the agency's Gaza office, said fuel was short.")
    assert table["speaker_type"].tolist() == ["official"]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Ellison, a London-based aviation consultant, said airlines would wait for a truce.",
        "Ruth Adler, a former State Department negotiator who now lectures at Stanford, said "
        "the gaps were narrowing.",
        "Lena Voss, head of commodity strategy at Nordhavn Capital, said oil had priced in a deal.",
    ],
)
def test_who_advises_or_teaches_for_a_living_is_an_expert(text):
    assert statements_of(text)["speaker_type"].tolist() == ["expert"]


def test_a_hospital_consultant_is_no_expert():
    text = "Yousef Hamdan, a consultant at the Royal Victoria Hospital, said his parents were safe."
    assert statements_of(text)["speaker_type"].tolist() != ["expert"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Magen David Adom said its paramedics had treated 40 people at the scene.",
            "Magen David Adom",
        ),
        ("Maersk said its vessels would keep avoiding the Red Sea until further notice.", "Maersk"),
        (
            "Gift of the Givers said its trucks were still waiting at El Arish.",
            "Gift of the Givers",
        ),
    ],
)
def test_a_body_known_by_name_alone_speaks_as_an_organization(text, speaker):
    table = statements_of(text)
    assert table[["speaker", "speaker_type"]].values.tolist() == [[speaker, "organization"]]


@pytest.mark.parametrize(
    "phrase",
    [
        "Church leaders in Jerusalem",
        "Shipping sources in Salalah",
        "Charities",
        "Muslim charities",
        "Staff",
        "UNRWA staff",
        "Mourners",
    ],
)
def test_an_unnamed_group_is_anonymous_even_before_a_place(phrase):
    assert describe(phrase).type == "anonymous"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One senior Democratic aide said the vote would be close.", "one senior Democratic aide"),
        (
            "One Athlone mother whose son is serving abroad said she was relieved.",
            "one Athlone mother whose son is serving abroad",
        ),
    ],
)
def test_an_unnamed_aide_or_one_described_by_a_clause_is_an_anonymous_source(text, speaker):
    table = statements_of(text)
    assert table[["speaker", "speaker_type"]].values.tolist() == [[speaker, "anonymous"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A senior human rights lawyer said the detentions were unlawful.",
            "a senior human rights lawyer",
        ),
        (
            "A syndicate banker at a US bank said issuance would resume.",
            "a syndicate banker at a US bank",
        ),
    ],
)
def test_an_unnamed_lawyer_or_banker_is_an_anonymous_source(text, speaker):
    table = statements_of(text)
    assert table[["speaker", "speaker_type"]].values.tolist() == [[speaker, "anonymous"]]


def test_an_unnamed_source_keeps_the_modifiers_the_phrase_walk_does_not_know():
    table = statements_of(
        "An emerging markets portfolio manager said the rally had further to run."
    )
    assert table["speaker"].tolist() == ["an emerging markets portfolio manager"]


def test_a_reduced_relative_clause_is_no_unnamed_source():
    table = statements_of("It was a figure aid groups said fell far short of what Gaza needs.")
    assert "a figure aid groups" not in table["speaker"].tolist()


@pytest.mark.parametrize(
    "phrase",
    [
        "the Ministry of Health of Gaza",
        "the Ministry of Health of the Gaza Strip",
        "the Ministry of Health of Hamas",
    ],
)
def test_translated_names_of_the_gaza_health_ministry(phrase):
    assert body(phrase) == ("Gaza Health Ministry", "organization")


def test_the_joint_chiefs_of_staff_are_a_body_not_staff():
    assert describe("the Joint Chiefs of Staff").type == "organization"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A specialist said the shekel would fall further.", "a specialist"),
        ("An economist said the shekel would fall further.", "an economist"),
        ("A grower in Minnesota said prices had fallen by half.", "a grower in Minnesota"),
        ("Another commenter wrote that the deal was dead.", "another commenter"),
        (
            "A London-based investment consultant said clients were asking for war cover.",
            "a London-based investment consultant",
        ),
    ],
)
def test_an_unnamed_person_by_their_trade_speaks(text, speaker):
    assert statements_of(text)["speaker"].tolist() == [speaker]


def test_a_trade_before_a_name_is_the_persons_description():
    table = statements_of("The actor Hussein Fahmy said the killing had to stop.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Hussein Fahmy", "other"]]


def test_the_economist_in_lower_case_is_the_person_described_before():
    table = statements_of(
        'Rami Azzam, an economist in Ramallah, said prices had tripled. "We will see," the '
        "economist added."
    )
    assert table["speaker"].tolist() == ["Rami Azzam", "Rami Azzam"]


def test_the_outlet_in_capitals_is_still_the_economist():
    assert media_name("The Economist") == "The Economist"
    assert media_name("the economist") is None


def test_an_economist_described_first_is_the_person_named_next():
    table = statements_of(
        "Money will not move without security, an economist tells MEED. MEED spoke to Rania "
        'Khoury, chief economist at the forum. "It will take years," Khoury said.'
    )
    assert table["speaker"].tolist() == ["Rania Khoury", "Rania Khoury"]


def test_the_economist_opening_a_sentence_is_the_person_described_before():
    table = statements_of(
        "Laila Barghouthi, an associate professor of economics at Birzeit University, said the "
        "sequencing was weak. The economist noted that 92,000 homes had been destroyed."
    )
    assert table["speaker"].tolist() == ["Laila Barghouthi", "Laila Barghouthi"]


def test_according_to_a_bodys_daily_reports_is_the_body():
    table = statements_of("Some 50 trucks entered on Monday, according to the UN's daily reports.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["UN", "organization"]]


def test_the_ministry_of_health_in_ramallah_is_not_gazas():
    table = statements_of(
        "In the West Bank, 51 Palestinians have been killed since 7 October, according to the "
        "Ministry of Health in Ramallah."
    )
    assert table["speaker"].tolist() == ["Palestinian Health Ministry"]


def test_a_rights_portfolio_stays_in_the_title():
    table = statements_of(
        "UN High Commissioner for Human Rights Volker Türk said the killing must stop. "
        "Mr. Türk called for an immediate ceasefire."
    )
    assert table["speaker"].tolist() == ["Volker Türk", "Volker Türk"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "More than 1,400 people were killed in Israel in the Oct. 7 assault, per Israeli "
            "officials.",
            "Israeli officials",
        ),
        ("Aid fell to 20 trucks a day, per the UN.", "UN"),
    ],
)
def test_per_a_source_is_according_to_it(text, speaker):
    assert statements_of(text)["speaker"].tolist() == [speaker]


def test_per_cent_and_per_day_cite_no_one():
    assert statements_of("Prices rose 5 per cent and aid fell to 20 trucks per day.").empty


def test_an_ambassador_to_the_un_with_stops_is_the_person():
    table = statements_of("U.S. Ambassador to the U.N. Mike Waltz told the council that peace won.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Mike Waltz", "official"]]


def test_last_week_opens_no_name():
    table = statements_of("Last week, Witkoff pulled the team out, accusing Hamas of stalling.")
    assert table["speaker"].tolist() == ["Witkoff"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'President-elect Donald Trump, on Truth Social: "The hostages are on their way home."',
            "Donald Trump",
        ),
        ('Biden, in a statement: "We got here because of pressure."', "Biden"),
    ],
)
def test_a_name_and_its_medium_before_a_colon_quote(text, speaker):
    table = statements_of(text)
    assert table[["speaker", "kind"]].values.tolist() == [[speaker, "direct"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "U.S. Rep. Adam Smith, D-Bainbridge Island, the top Democrat on the committee, told "
            "The Seattle Times that Hamas still bears responsibility.",
            "Adam Smith",
        ),
        (
            'U.S. Rep. Lisa McClain, R-Bruce Township, called the resolution "a slap in the face".',
            "Lisa McClain",
        ),
    ],
)
def test_a_lawmakers_party_and_hometown_are_no_speaker(text, speaker):
    assert statements_of(text)["speaker"].tolist() == [speaker]


def test_a_hometown_after_an_age_is_not_who_speaks():
    table = statements_of(
        '"Every day they talk, forty more families are buried," said Nadia Saleh, 29, of '
        "Brooklyn Park, who said she has lost 14 relatives in Gaza City since October."
    )
    assert set(table["speaker"]) == {"Nadia Saleh"}


def test_the_israeli_prime_minister_is_netanyahu_not_another_prime_minister():
    table = statements_of(
        "Prime Minister Narendra Modi was quick to add his voice. Benjamin Netanyahu has already "
        'signalled how far that goes. Hamas "will give up its weapons, one way or another," the '
        "Israeli prime minister told his cabinet on Sunday."
    )
    assert table["speaker"].tolist()[-1] == "Benjamin Netanyahu"


def test_the_us_president_is_the_one_president_the_article_names():
    table = statements_of("Joe Biden spoke. The US president said the deal was close.")
    assert table["speaker"].tolist() == ["Joe Biden"]


def test_an_office_two_named_holders_held_points_to_neither():
    table = statements_of("Joe Biden and Donald Trump spoke. The US president said it was close.")
    assert table["speaker"].tolist() not in (["Joe Biden"], ["Donald Trump"])


def test_an_and_inside_a_relative_clause_joins_no_speakers():
    table = statements_of(
        "Two officials who spoke to Reuters and the BBC on condition of anonymity said the "
        "talks had stalled."
    )
    assert table["speaker"].tolist() == [
        "two officials who spoke to Reuters and the BBC on condition of anonymity"
    ]


def test_the_ministry_in_the_hamas_ruled_strip_is_gaza_s():
    assert body("the health ministry in the Hamas-ruled Gaza Strip") == (
        "Gaza Health Ministry",
        "organization",
    )
