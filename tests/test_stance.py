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


def test_negator_turns_a_for_cue_against():
    row = one("The government does not want to reach a deal with the group, he said.")
    assert row["stance"] == -1
    assert "negated:reach a deal" in row["stance_cues"]


def test_negator_far_before_the_cue_does_not_count():
    # "no" is more than `window` words before the cue: it negates something else.
    row = one("No doubt about it, after months of talks both sides reached an agreement.")
    assert row["stance"] == 1


def test_negator_reaches_only_the_next_cue():
    row = one("We will not stop until Hamas is destroyed, the defence minister said.")
    assert row["stance_cues"] == "against:not stop until; against:hamas is destroyed"
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


def test_tone_uses_the_offline_vader_lexicon():
    # Fails if the lexicon cannot be loaded: no fallback to 0.0 for real text.
    assert st.tone("This is a wonderful, hopeful agreement.") > 0.5
    assert st.tone("A horrific massacre, a catastrophe.") < -0.5
    assert len(st._analyzer().lexicon) > 7000


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


def _sentences_for_vader() -> list[str]:
    """A few hundred news sentences plus punctuation-heavy edge cases."""
    from corpus.paths import SEEDS_DIR
    from corpus.text import normalise, sentences

    out = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8"))
        out += [text[s:e] for s, e in sentences(text)]
    # variants: shouted (VADER weighs ALL CAPS), clauses ending in "!" / "?!"
    out += [t.upper() for t in out[:80]]
    out += [t.replace(", ", "! ").replace(".", "?!") for t in out[:80]]
    out += [
        "Great!!! Really?! ... no, NOT good :( at all",
        "'Terrible,' he said. \"Awful!\" -- she added; (horrible) [bad] ok?!?",
        "It was kind of good, but the deal is DEAD.",
        "!good ,bad good, bad! -nice- :) :-D",
        "",
        "x",
    ]
    return out


def test_lazy_vader_gives_nltks_words_and_scores(monkeypatch):
    from nltk.sentiment import vader

    texts = _sentences_for_vader()
    assert len(texts) > 300
    analyzer = st._analyzer()
    consts = analyzer.constants
    lazy_class = vader.SentiText
    assert lazy_class.nltk_class is not lazy_class  # the fast path is in use
    fast = [st.tone(t) for t in texts]
    for t in texts:
        lazy = lazy_class(t, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
        plain = lazy_class.nltk_class(t, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
        assert lazy.words_and_emoticons == plain.words_and_emoticons, t
    monkeypatch.setattr(vader, "SentiText", lazy_class.nltk_class)  # NLTK's own, unchanged
    assert [st.tone(t) for t in texts] == fast


def test_tone_baseline_thresholds():
    assert [st.tone_baseline(v) for v in (0.3, 0.05, 0.0, -0.05, -0.3)] == [1, 0, 0, 0, -1]
    assert st.tone_baseline(float("nan")) == 0
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
