"""Tests for corpus.stance: cue families, negation and hedging, targets, tone, actors."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pandas as pd
import pytest

from corpus.paths import DEVSET_DIR, GOLD_DIR

st = importlib.import_module("corpus.stance")  # the module; corpus.stance is the function

DEVSET = DEVSET_DIR


def one(text: str, speaker_type: str = "official", target="ceasefire") -> pd.Series:
    """Stance columns of a one-row statements frame whose quote and text are ``text``."""
    frame = pd.DataFrame({"quote": [text], "text": [text], "speaker_type": [speaker_type]})
    return st.stance(frame, target=target).iloc[0]


# --------------------------------------------------------------------------- for cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister called for an immediate and lasting cease-fire in Gaza.",
        "We need an end to this war now, the envoy said.",
        "Both governments urged all parties to de-escalate.",
        "The two sides reached an agreement on a four-day truce, mediators said.",
        "The cabinet said Israel will return to the negotiating table next week.",
        "Israel will send a delegation to Doha on Monday, an official said.",
        "Far too many civilians have been killed, the senator said.",
        "She voiced concern over the high civilian toll in the enclave.",
        "The president said the country is ready to accept a humanitarian ceasefire.",
        "It is long past time for a ceasefire, the secretary-general said.",
        "They stressed the importance of finalising a hostage deal.",
        "The ministers discussed ways to ease regional tensions.",
        "Officials hope to restart indirect negotiations in Cairo.",
        "Egypt has proposed a two-day truce to free four hostages.",
        "There is no military solution to this conflict, the minister said.",
        'The envoy called for "a sustained pause" so that aid can reach the north.',
        "Negotiators worked through the night to bridge the remaining gaps.",
        "The differences between the parties are not insurmountable, she said.",
        "The talks in Doha have made steady progress this week, the mediator said.",
        "The truce must hold, the agency chief told reporters.",
        "The ceasefire has brought the first real respite in two years. It must hold, he said.",
        "A ceasefire on paper is not enough if aid cannot reach the people, she said.",
        "A negotiated deal is the only way to get the captives home, they said.",
        "This may be the best chance in months to secure a truce, he told reporters.",
        "The world must not give up on diplomacy, the minister said.",
        "The mediators remained hopeful after the latest round.",
        "We urge both sides to avoid any step that could lead to escalation.",
        "Military pressure alone will not bring them back, the opposition leader said.",
        "All parties must respect the ceasefire, the spokesperson insisted.",
        "The government should sign the deal tonight, the families said.",
        "Our first priority is a comprehensive ceasefire, the spokesperson said.",
        "We must put an end to the suffering in Gaza, she said.",
        'The ministry called on both sides to exercise "maximum restraint."',
        'Officials said an agreement was "within reach."',
        "We are closer than we have ever been, the president said.",
        "The envoy will fly to the region to push the deal across the finish line.",
        "Both parties should move to the second phase without delay.",
        "He urged the parties to honour their commitments under the truce.",
        "The deployments are meant to deter a wider war, the secretary said.",
        "We don't want to see this escalate, he said.",
        "The Rafah operation has to stop, the analyst argued.",
        "We demand an end to the aggression, the Hamas official said.",
        'Mediators remained "cautiously optimistic" after the meeting.',
        "The families urged the cabinet to accept the framework.",
        "The mediators said both sides were ready to extend the truce by two more days.",
        "She said she hoped the pause would be extended into next week.",
        '"What Gaza needs is a permanent ceasefire, not a pause," the UN official said.',
        "The president welcomed the extension, adding that the truce had saved lives.",
        "The group said it remained committed to the truce despite the clashes.",
        "My hope is that we will have a ceasefire by Friday, the envoy said.",
        'The charity said Israel "must stop this senseless killing."',
        'The ministers said "the war in Gaza must end now."',
        "The group said it welcomed the Security Council resolution.",
        "Hamas said it was ready to cooperate with the mediators.",
        'The spokesman said the parties were "closer than we\'ve been in months."',
        "Cairo said it was working to ensure that the agreement holds.",
        "The minister said she was deeply concerned by the resumption of fighting.",
        "The envoy urged both sides to seize the moment and close the deal.",
        "Egypt said it was working tirelessly to bring the two sides together.",
        "The spokesman said the cabinet had approved the agreement late on Friday.",
        "He called on the world to press Israel to stop its attacks on Lebanon.",
        "The priority now is to silence the guns and save lives, the minister said.",
        '"Nobody wants to go back to war after two years," the official said.',
        '"We just want the children home," she said.',
        "He said the obstacles had been overcome after contacts with both sides.",
        "The diplomat said the gaps are narrowing.",
        "Egypt's information service confirmed the agreement.",
        "She called on both sides to agree to a humanitarian ceasefire.",
        '"We want to see a hostage deal, and we want to see it now," he said.',
        "He urged all sides to step back.",
        "He urged the world to press Israel to stop.",
        "The ministry stressed the need for an immediate return to the ceasefire.",
        'Egypt described the strikes as a "flagrant violation" of the ceasefire.',
        '"A ceasefire is the only thing that will stop the hunger," he said.',
        'He declared that "the war is over."',
        "The forum said it would not rest until the last hostage is brought home.",
        '"There is no military path to bringing them home," he said.',
        "Biden said the US would make a fresh push with Turkey, Egypt and Qatar for a ceasefire.",
        "Netanyahu said he would recommend the deal to the cabinet.",
        'A European diplomat urged both sides to "stay at the table."',
        'He said the deal was "designed to be a permanent cessation of hostilities."',
        "Qatar said the snag over aid trucks to northern Gaza had been resolved late Saturday.",
        "The statement said Israel would continue to fulfill its side of the agreement.",
        'A U.S. official said the talks were "constructive" and would go on next week.',
        "Trump said on Sunday that progress was being made on the return of the hostages.",
        '"We don\'t need 45 days, we need a deal for everyone," she said.',
        '"Every day without a ceasefire makes this war more horrific," she said.',
        '"The world must stop this war now," she said.',
        '"Nobody should do anything to undermine this process," he added.',
        'An official said the remaining disputes were "bridgeable".',
        "The office said it would send its team to Cairo.",
        "UN agencies warn that the pauses are no substitute for a ceasefire.",
        "Tedros said the pauses showed what children gain when the guns go quiet.",
        '"The best medicine for Gaza\'s children is a ceasefire," he added.',
        "The office said it would keep working to bring home every one of the hostages.",
        '"We are relieved, and we hope this is only the beginning," a spokesperson said.',
        'Biden said the agreement must now be "fully implemented".',
        "He wanted guarantees that the war would end for good.",
        "Cairo was in contact with both sides to save the first phase.",
        "Israel says it has resumed enforcing the ceasefire.",
        '"What happened overnight is a massacre in the middle of a truce," he said.',
        "Mediators were working hour by hour to contain the violations.",
        'He called on both parties to "hold the line" on the ceasefire.',
        '"The guarantors have to put real pressure on both sides," she said.',
        'Biden said the release proved that "diplomacy can bring people home."',
        'Trump said there was "a real chance" of a deal.',
        '"We want this war to end, and to go home," she said.',
        "The Authority said it was ready to take part in implementing the plan.",
        'The forum said it would "not rest until the last hostage is home."',
        "The pause is holding so far, he said, and it opens the door to a more lasting calm.",
        '"What we need is a ceasefire and the access to deliver food," she said.',
        "Hamas urged Arab states to press Israel into starting negotiations on the next phase.",
        '"Returning to negotiations is the only realistic path," she argued.',
        "He stressed that the only way to restore calm is to end the Zionist regime's war.",
        "Albanese said the exchange was a glimmer of hope.",
        "He urged all countries to halt arms sales to Israel.",
        '"Stopping the weapons is the shortest path to a ceasefire," Erdogan said.',
        "The Authority called on Washington to rein in its ally.",
        'Biden urged both sides to "see this through to the end."',
        'Waltz said the administration would "make sure this deal holds."',
        "The government pledged aid to help a ceasefire that took effect last week take root.",
        '"The guns in Gaza have gone silent," Biden said.',
        "Israel said it had adopted the US proposal for a temporary ceasefire.",
        'He said a ceasefire remains "the single most important thing we can achieve".',
        'The forum urged the government to "seize every opportunity for a deal."',
        '"It is not a strategy for bringing the rest home. Only a negotiated deal does that."',
        '"The declaration must be the moment the world forces a ceasefire," he said.',
        "He said he wanted the hostages released and the war brought to an end.",
        'Mansour urged members to keep pressing "until this aggression ends."',
        'Hochstein said a cease-fire was "within our grasp."',
        'Trump told reporters that the ceasefire was "still in place".',
        "He would travel to Israel to try to close the remaining points.",
        '"The truce must be restored now," the UN relief chief said.',
        'The envoy said the carnage "has to end immediately."',
        '"A deal matters more than anything; a deal is more important than anything," he said.',
        "He said he still believed a deal was possible.",
        "Both sides agreed to prolong the pause by two days.",
        '"The best medicine is peace," the WHO chief wrote.',
        'He said the accord "must become the foundation of a lasting peace."',
        'The minister said the release was "a moment of profound relief" for the families.',
        'He declared that "the long and painful nightmare is finally over."',
        'He said the agreement was "a historic opportunity" to close the page on the war.',
        "He stressed that the ceasefire must be consolidated in all its stages.",
        "The group stressed its commitment to the agreement.",
        'He said "nothing is going to jeopardise" the ceasefire.',
        '"Every day without talks brings the war closer," she said.',
        '"Without a ceasefire the numbers will keep climbing," she said.',
        'The region needs "serious partners for a ceasefire," he added.',
        'The official said Cairo had received "positive signals" from both sides.',
        "Both sides agreed to implement the pauses without delay.",
    ],
)
def test_for_cues_mark_support(sentence):
    row = one(sentence)
    assert row["stance"] == 1, row["stance_cues"]
    assert row["stance_cues"].startswith("for:")


def test_for_verb_governs_a_target_term():
    row = one("Washington backed the new truce on Tuesday.")
    assert row["stance"] == 1
    assert row["stance_cues"] == "for:backed the new truce"


# --------------------------------------------------------------------------- against cues


@pytest.mark.parametrize(
    "sentence",
    [
        "We are on the way to total victory, the prime minister said.",
        "The minister vowed to eliminate Hamas whatever the cost.",
        "The ground operation will continue until every hostage is home, he said.",
        "The defence minister announced the expansion of the ground operation.",
        "The army said it would press ahead with its offensive in the south.",
        "Only military pressure will bring the hostages back, he argued.",
        "Hamas rejected the latest cease-fire proposal, a spokesman said.",
        "He called the demands of the group delusional.",
        "Israel will keep fighting in the south, the minister said.",
        "The war will not end until all hostages are home, he said.",
        "He said the strikes on Rafah would intensify in the coming days.",
        "The troops will enter the city with or without an agreement, the minister said.",
        "We will not allow Hamas to rebuild its rule, the prime minister said.",
        "Talks will continue only under fire, he said in a televised address.",
        "His party would quit the government if the cabinet approved the truce.",
        "The minister demanded a promise to resume the war after six weeks.",
        "The army will not withdraw from the border corridor, an official said.",
        "The army would continue operating in the south, the defence minister said.",
        "Stopping now would squander the gains of a year of fighting, he argued.",
        "The cabinet will not meet until the group accepts every clause of the deal.",
        'Hamas\'s rule in Gaza "will be crushed," the minister said.',
        "The army will keep up the pressure on the remaining battalions.",
        "We have to finish the job in Rafah, the finance minister said.",
        "He wants a guarantee that Israel will return to fighting after six weeks.",
        "The military is prepared for a long war, the chief of staff said.",
        "The text the group endorsed was far from Israel's essential requirements.",
        "Without a list there is nothing to negotiate, the official said.",
        "Tehran has vowed to retaliate for the killing of its commander.",
        "He warned that a pause now would only allow Hamas to regroup.",
        'He said Israel remained committed to "all the goals of the war."',
        'He said Israel was "only beginning to strike Hamas."',
        'Netanyahu vowed that Israel would "demolish Hamas".',
        'He said the country was ready for "a long and difficult war".',
        "The defence minister said the pause would be short.",
        'He vowed the strikes "will not pass without punishment".',
        "He vowed that Israel would keep striking the group.",
        'Hamas called on Palestinians in the West Bank to "escalate the confrontation".',
        'Katz warned that Hamas would face "the gates of hell" unless it agreed to the terms.',
        "The minister said the group would pay a heavy price for the attack.",
        "The minister said Israel had closed the door to any deal with Hamas.",
        "Netanyahu insisted the pause did not mean the war was over.",
        '"We will fight until we win," he said.',
        'Netanyahu said Israel would go into Rafah "whatever the pressure."',
        'His office said he had ordered "powerful strikes" on the group.',
        '"So the Israelis hit back, and they should hit back," he said.',
        'He said the army would "deepen the fighting" and that the war "is far from over."',
        'Raisi warned that the regime "will certainly pay" for the killing.',
        'He argued that every day of the truce "buys Hamas time for the next Oct. 7."',
        'He vowed that Hamas would be disarmed "either by agreement or by force."',
        "Trump said the ceasefire should be cancelled unless every hostage was freed.",
        "Smotrich said Israel would resume fighting after phase one.",
        "Netanyahu insisted that the truce would not mark the end of the military campaign.",
        "Ben-Gvir announced his party was leaving the coalition in protest at the deal.",
        '"This is a capitulation to Hamas," he said.',
        'Khamenei said it was Tehran\'s "duty" to avenge a guest killed on Iranian soil.',
        '"Israel does not capitulate to terror," Netanyahu said.',
        'Hamas called on young people in the West Bank to "rise up" against the raids.',
        'His office said Israel would "not give up" control of the corridor.',
        'Hezbollah said it was moving to "a new and escalating phase" of the confrontation.',
        'Erdan said a cease-fire means "ensuring the survival of Hamas."',
        'Katz warned that the army would respond "with an iron fist" to any violation.',
        'His office said he had ordered "forceful action" against the group.',
        "She argued that a cease-fire now would only leave Hamas in place.",
        "He has insisted that Israel will resume its offensive once the truce ends.",
        '"We do not surrender to terror. We will keep acting until every hostage is home."',
        'The army said it was ready for "the next stages of the war."',
        'He said he had told the army to take "strong action" against Hamas.',
        'The official said the campaign was "open-ended."',
        'The group said it would not discuss handing over its weapons "under occupation."',
        'He vowed that Israel would "settle accounts" with the group.',
        "He insisted that Israel must retain control of the border corridor.",
        'The minister said troops would seize "large areas" of the territory.',
        "The envoy told the council that Israel's war aims had not changed.",
        'He said Britain "will not hesitate" to act again.',
        'He warned that Israel would do it "the hard way."',
        "He said troops would remain in the camps for the coming year.",
        "He vowed that Israel would eliminate the murderers and those who sent them.",
        'He said the killing "will not go unpunished."',
    ],
)
def test_against_cues_mark_opposition(sentence):
    row = one(sentence)
    assert row["stance"] == -1, row["stance_cues"]
    assert "against:" in row["stance_cues"]


def test_operations_report_on_group_assets_is_not_a_war_aim():
    row = one("The army said its jets struck 40 sites, destroying Hamas tunnels and launchers.")
    assert row["stance"] == 0
    assert row["stance_cues"] == ""


# --------------------------------------------------------------------------- negation and scope


def test_no_talks_until_is_a_refusal():
    row = one("There will be no negotiations until the aggression stops, the official said.")
    assert row["stance"] == -1
    assert row["stance_cues"].startswith("negated:no negotiations")


def test_not_ready_for_a_truce_is_against():
    row = one("The cabinet is not ready for a truce at this stage, a minister said.")
    assert row["stance"] == -1
    assert "negated:" in row["stance_cues"]


def test_refused_to_negotiate_is_against():
    assert one("The group refused to negotiate while the strikes went on.")["stance"] == -1


def test_conditioned_truce_called_unfeasible_is_against():
    row = one("He said a cease-fire without these conditions would be unfeasible.")
    assert row["stance"] == -1


def test_deal_called_a_surrender_is_against():
    row = one('A deal on these terms would be "a surrender," the minister said.')
    assert row["stance"] == -1
    assert row["stance_cues"].startswith("negated:deal on these terms would be a surrender")


def test_negator_turns_a_for_cue_against():
    row = one("The government does not want to reach a deal with the group, he said.")
    assert row["stance"] == -1
    assert "negated:reach a deal" in row["stance_cues"]


def test_negator_far_before_the_cue_does_not_count():
    # "no" is more than `window` words before the cue: it negates something else.
    row = one("No doubt about it, after months of talks both sides reached an agreement.")
    assert row["stance"] == 1


def test_not_closing_the_door_to_talks_favours_them():
    row = one("Abu Zuhri told Reuters that the group had not closed the door to negotiations.")
    assert row["stance"] == 1, row["stance_cues"]


def test_not_entering_talks_is_a_refusal():
    row = one("Hamdan said the movement would not enter any talks before the war ends.")
    assert row["stance"] == -1
    assert row["stance_cues"].startswith("negated:")


def test_no_going_back_to_talks_is_a_refusal():
    row = one('"There is no going back to talks without a commitment," he said.')
    assert row["stance"] == -1
    assert row["stance_cues"].startswith("negated:no going back to talks")


def test_a_contrast_ends_a_negators_reach():
    row = one('"Probably not by Monday, but I\'m hopeful," he said.')
    assert row["stance"] == 1, row["stance_cues"]


def test_a_reason_ends_a_negators_reach():
    row = one('"This will not happen because Hamas will be crushed," Katz wrote.')
    assert row["stance"] == -1, row["stance_cues"]


def test_a_toll_since_an_offensive_resumed_takes_no_side():
    row = one("The ministry said 1,500 people had been killed since Israel resumed its offensive.")
    assert row["stance"] == 0, row["stance_cues"]


def test_negator_reaches_only_the_next_cue():
    row = one("We will not stop until Hamas is destroyed; a truce is not on the table.")
    # The condition after "until" belongs to the refusal; the "not" before "stop"
    # must not also flip the cue that follows it.
    assert row["stance_cues"].startswith("against:not stop until hamas is destroyed")
    assert row["stance"] == -1


def test_cue_inside_an_until_condition_is_the_refusals():
    row = one("The cabinet would not meet until the group had accepted all elements of the deal.")
    assert row["stance_cues"] == (
        "against:not meet until the group had accepted all elements of the deal"
    )
    assert row["stance"] == -1


def test_negated_against_cue_counts_for():
    row = one("We do not seek total victory, we seek the return of our people.")
    assert row["stance"] == 1
    assert row["stance_cues"] == "negated:total victory"


def test_accusing_others_of_rejecting_favours_the_deal():
    row = one("Hamas accused Israel of rejecting the deal brokered by Qatar.")
    assert row["stance"] == 1
    assert row["stance_cues"] == "negated:rejecting the deal"


def test_an_arms_deal_is_not_the_target():
    assert one("Washington backed a $14 billion arms deal for Israel.")["stance"] == 0


def test_hedged_cue_is_listed_but_does_not_count():
    row = one("Both sides could reach an agreement on a short truce, he predicted.")
    assert row["stance"] == 0
    assert row["stance_cues"].startswith("hedged:")


def test_a_condition_after_a_threat_still_hedges_the_cue_it_opens():
    row = one("His party would leave the coalition if the cabinet approved the deal.")
    assert row["stance"] == -1
    assert row["stance_cues"] == "against:leave the coalition; hedged:approved the deal"


def test_not_accepting_new_conditions_is_a_refusal():
    row = one("Hamas has said it will not accept new conditions added to the framework.")
    assert row["stance"] == -1
    assert row["stance_cues"].startswith("negated:")


def test_the_war_being_over_inside_an_until_condition_is_not_support():
    row = one("He said there would be no more prisoners exchanged until the war is over.")
    assert "the war is over" not in row["stance_cues"]


def test_a_war_that_goes_on_is_not_read_across_a_reporting_verb():
    row = one("She urged the council to end the war and said Pakistan would continue to raise it.")
    assert row["stance"] == 1, row["stance_cues"]


def test_overlapping_cues_count_once():
    row = one("The envoy called for a ceasefire.")
    assert row["stance_score"] == 1.0
    assert row["stance_cues"] == "for:called for a ceasefire"


def test_opposite_cues_cancel_out():
    row = one("He called for a truce but vowed total victory.")
    assert row["stance"] == 0
    assert row["stance_score"] == 0.0


# --------------------------------------------------------------------------- speaker type


def test_analyst_needs_two_cues_to_take_a_side():
    sentence = "The army will press on with its offensive in the south."
    assert one(sentence, speaker_type="official")["stance"] == -1
    assert one(sentence, speaker_type="expert")["stance"] == 0
    assert one(sentence, speaker_type="expert")["stance_score"] == -1.0


# --------------------------------------------------------------------------- targets


def test_load_target_packaged():
    target = st.load_target("ceasefire")
    assert target["name"] == "ceasefire"
    assert target["terms"] and target["for"] and target["against"]


def test_custom_target_dict():
    target = {
        "name": "aid_corridor",
        "terms": ["corridors?", "crossings?"],
        "for": ["open(ed|ing)? (the )?crossings?"],
        "against": ["close(d|s)? (the )?crossings?"],
        "for_verbs": ["urg(e|ed|es)"],
    }
    assert one("The agencies urged Israel to open the crossings.", target=target)["stance"] == 1
    assert one("The army closed the crossing on Sunday.", target=target)["stance"] == -1
    # the cease-fire cues are not part of this target
    assert one("We want total victory.", target=target)["stance"] == 0


def test_custom_target_yaml_path(tmp_path):
    path = tmp_path / "annexation.yaml"
    path.write_text(
        "name: annexation\nfor:\n  - annex(ation|ing)?\nagainst:\n  - oppose annexation\n"
    )
    target = st.load_target(path)
    assert target["name"] == "annexation"
    assert one("He vowed to annex the valley.", target=path)["stance"] == 1


def test_bad_pattern_is_reported():
    with pytest.raises(ValueError, match="bad pattern"):
        st.load_target({"name": "broken", "for": ["call(s for"]})


# --------------------------------------------------------------------------- tone


def test_tone_column_scores_the_quote():
    frame = pd.DataFrame({"quote": ["a terrible, deadly attack"], "text": ["Fine, he said: ..."]})
    assert st.stance(frame, tone="all")["tone"].iloc[0] < -0.5


def _said(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"quote": list(texts), "text": list(texts), "speaker_type": "official"})


def test_tone_relevant_scores_a_statement_naming_the_target():
    out = st.stance(_said("The truce talks in Cairo were a terrible failure."))
    assert out["tone"].iloc[0] < -0.3


def test_tone_relevant_scores_a_statement_that_fired_a_cue():
    out = st.stance(_said("We will fight on until total victory, however hard."))
    assert out["stance_cues"].iloc[0] != ""
    assert not pd.isna(out["tone"].iloc[0])


def test_tone_relevant_leaves_unrelated_statements_unscored():
    out = st.stance(_said("The weather in the north was wonderful and sunny."))
    assert pd.isna(out["tone"].iloc[0])
    assert out["stance"].iloc[0] == 0


def test_tone_all_scores_every_statement():
    out = st.stance(_said("The weather in the north was wonderful and sunny."), tone="all")
    assert out["tone"].iloc[0] > 0.5


def test_tone_none_scores_nothing_but_keeps_stance():
    out = st.stance(_said("We will fight on until total victory."), tone="none")
    assert pd.isna(out["tone"].iloc[0])
    assert out["stance"].iloc[0] == -1


def test_tone_relevant_gives_the_same_score_as_all_where_it_scores():
    frame = _said("A ceasefire would be a wonderful relief.", "Rain fell on Tuesday.")
    relevant, every = st.stance(frame), st.stance(frame, tone="all")
    assert relevant["tone"].iloc[0] == every["tone"].iloc[0]
    assert pd.isna(relevant["tone"].iloc[1]) and not pd.isna(every["tone"].iloc[1])


def test_tone_mode_is_checked():
    with pytest.raises(ValueError, match="tone must be"):
        st.stance(_said("A truce."), tone="some")


def test_stance_labels():
    assert st.STANCE_LABELS == {1: "for", 0: "neutral", -1: "against"}


# --------------------------------------------------------------------------- frames


def test_empty_input_gives_columns():
    out = st.stance(pd.DataFrame(columns=["statement_id", "quote", "text"]))
    assert out.empty
    assert list(out.columns[-4:]) == list(st.STANCE_COLUMNS)


def test_missing_and_non_text_values_do_not_crash():
    frame = pd.DataFrame({"quote": [None, 3.5, ""], "text": [None, "", float("nan")]})
    out = st.stance(frame, tone="all")
    assert out["stance"].tolist() == [0, 0, 0]
    assert out["tone"].tolist() == [0.0, 0.0, 0.0]


def test_input_is_not_modified_and_index_kept():
    frame = pd.DataFrame({"quote": ["total victory"], "text": ["total victory"]}, index=[7])
    out = st.stance(frame)
    assert "stance" not in frame.columns
    assert out.index.tolist() == [7]
    assert out["stance"].dtype == "int64"


# --------------------------------------------------------------------------- actors


def test_actors_maps_named_and_fallback_speakers():
    speakers = pd.DataFrame(
        {
            "speaker": ["Benjamin Netanyahu", "Israel Defense Forces", "Antony Blinken",
                        "Zhu Yongbiao", "Jane Doe", "a source familiar with the talks",
                        "Reuters", "Umm Ahmad"],
            "speaker_type": ["official", "organization", "official", "expert", "expert",
                             "anonymous", "media", "other"],
            "affiliation": ["", "", "", "Lanzhou University", "RAND Corporation", "", "", ""],
        }
    )  # fmt: skip
    got = st.actors(speakers)["actor"].tolist()
    assert got == [
        "Israeli government",
        "Israeli military",
        "United States",
        "Chinese experts",
        "experts",
        "unnamed sources",
        "media",
        "other",
    ]


def test_actors_outlet_named_after_a_place_is_media():
    frame = pd.DataFrame(
        {"speaker": ["The Washington Post", "Egyptian media"], "speaker_type": ["media", "media"]}
    )
    assert st.actors(frame)["actor"].tolist() == ["media", "media"]


def test_actors_dotted_country_abbreviation():
    frame = pd.DataFrame({"speaker": ["senior U.S. officials"], "speaker_type": ["anonymous"]})
    assert st.actors(frame)["actor"].tolist() == ["United States"]


def test_actors_custom_table_first_match_wins():
    table = pd.DataFrame({"actor": ["hawks", "doves"], "speaker": ["Smith", "Smith|Jones"]})
    frame = pd.DataFrame({"speaker": ["John Smith", "Ann Jones", "Li Wei"]})
    assert st.actors(frame, table)["actor"].tolist() == ["hawks", "doves", "other"]


def test_actors_empty_input():
    out = st.actors(pd.DataFrame(columns=["speaker"]))
    assert out.empty and "actor" in out.columns


# --------------------------------------------------------------------------- gold labels


def _gold_stances(folder: Path) -> list[str]:
    labels = []
    for path in sorted(folder.glob("*.json")):
        labels += [s.get("stance") for s in json.loads(path.read_text())["statements"]]
    return labels


def test_seed_gold_stance_labels_are_valid():
    labels = _gold_stances(GOLD_DIR)
    assert labels and set(labels) <= set(st.STANCE_LABELS.values())


@pytest.mark.skipif(not DEVSET.exists(), reason="dev set not available")
def test_devset_gold_stance_labels_are_valid():
    labels = _gold_stances(DEVSET)
    assert labels and set(labels) <= set(st.STANCE_LABELS.values())


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are not stopping the war," the minister said.',
        "We will continue until we achieve every one of our goals, he said.",
        "He said a deal would only delay the ground operation in the south.",
        "The finance minister said the state would spend whatever it takes to win.",
        "The army will return to battle the moment the pause ends, he said.",
        '"We will continue until Hamas\'s military capabilities are dismantled," she said.',
        "The office said Israel would act against Hamas with increasing military strength.",
        '"All hell will break loose," the spokeswoman said.',
        'He said the group would be disarmed "the easy way or the hard way."',
    ],
)
def test_war_aims_and_delays_mark_opposition(sentence):
    assert one(sentence)["stance"] == -1


@pytest.mark.parametrize(
    "sentence",
    [
        'The official said there would be "no agreement without a full withdrawal."',
        "The group said it would not take part in further negotiations under fire.",
        "The office said it would not allow anyone north until the woman was released.",
        "The group has insisted it will not release more hostages until the war ends.",
        'The group said disarming was "not up for discussion."',
        'His office said the truce "will not go into effect" until the names were handed over.',
    ],
)
def test_conditions_and_boycotts_are_refusals(sentence):
    assert one(sentence)["stance"] == -1


def test_a_historic_moment_without_a_truce_takes_no_side():
    row = one('He called the unity declaration "a historic moment" for the factions.')
    assert row["stance"] == 0, row["stance_cues"]


def test_people_who_must_be_protected_are_no_truce():
    row = one('She wrote that aid workers "must be protected."')
    assert row["stance"] == 0, row["stance_cues"]


def test_a_vow_to_continue_to_the_end_is_against_a_ceasefire():
    said = pd.DataFrame(
        {
            "quote": ['Israel would continue "to the end – to victory" once the pause was over.'],
            "text": ['Netanyahu vowed that Israel would continue "to the end – to victory".'],
        }
    )
    assert int(st.stance(said, tone="none").iloc[0]["stance"]) == -1
