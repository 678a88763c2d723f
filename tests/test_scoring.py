"""Scores of extracted tables against gold (corpus.scoring), on hand-made tables."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from corpus import scoring as sc
from corpus.gold import GoldArticle, GoldFigure, GoldStatement

TEXT = (
    'Talks stalled on Monday. "There are no negotiations now," Saleh al-Arouri said. '
    "Li Weijian, an expert at a Shanghai institute, said the gap would remain. "
    "The Health Ministry said 30 people were killed, bringing the toll to 1,200. "
    "Residents said the bombing was heavy."
)


def _gold(**over) -> GoldArticle:
    fields = dict(
        id="a1", outlet=None, url=None, title=None, published=dt.date(2024, 3, 5),
        statements=(
            GoldStatement("Saleh al-Arouri", "official", "direct", "there are no negotiations now", "against"),
            GoldStatement("Li Weijian", "expert", "indirect", "the gap would remain", "neutral"),
            GoldStatement("Gaza Health Ministry", "organization", "indirect", "30 people were killed", "neutral"),
            GoldStatement("residents", "anonymous", "indirect", "the bombing was heavy", None),
        ),
        figures=(
            GoldFigure(30, "killed", "people", "incident", None, "30"),
            GoldFigure(1200, "killed", None, "cumulative", dt.date(2024, 3, 4), "1,200"),
        ),
        text=TEXT,
    )  # fmt: skip
    fields.update(over)
    return GoldArticle(**fields)


def _said(speaker, speaker_type, kind, quote, stance=0, tone=0.0, text=None, n=0):
    return {"statement_id": f"a1:s{n:03d}", "article_id": "a1", "speaker": speaker,
            "speaker_type": speaker_type, "kind": kind, "quote": quote,
            "text": text if text is not None else quote, "char_start": n, "stance": stance,
            "tone": tone}  # fmt: skip


def _statements(*rows) -> pd.DataFrame:
    return pd.DataFrame(
        [{**r, "statement_id": f"a1:s{i:03d}", "char_start": i} for i, r in enumerate(rows)]
    )


def _perfect_statements() -> pd.DataFrame:
    return _statements(
        _said("Saleh al-Arouri", "official", "direct", "There are no negotiations now,", -1, -0.4),
        _said("Li Weijian", "expert", "indirect", "the gap would remain", 0, 0.0),
        _said("Gaza Health Ministry", "organization", "indirect", "30 people were killed, bringing the toll to 1,200", 0, -0.7),
        _said("residents", "anonymous", "indirect", "the bombing was heavy", 0, -0.3),
    )  # fmt: skip


def _fig(value, category, scope="incident", asof=None, value_text=None, n=0):
    return {"figure_id": f"a1:f{n:03d}", "article_id": "a1", "value": float(value),
            "value_text": value_text or f"{value:,}", "category": category, "scope": scope,
            "asof": pd.Timestamp(asof) if asof else pd.NaT, "char_start": n, "sentence": "s"}  # fmt: skip


def _figures(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def _perfect_figures() -> pd.DataFrame:
    return _figures(_fig(30, "killed"), _fig(1200, "killed", "cumulative", "2024-03-04", n=1))


def _articles(published="2024-03-05") -> pd.DataFrame:
    return pd.DataFrame(
        {"article_id": ["a1"], "published": [pd.Timestamp(published)], "text": [TEXT]}
    )


def _score(statements=None, figures=None, articles=None, gold=None, **kw):
    statements = _perfect_statements() if statements is None else statements
    figures = _perfect_figures() if figures is None else figures
    articles = _articles() if articles is None else articles
    return sc.score([gold or _gold()], statements, figures, articles, **kw)


def test_perfect_prediction_scores_one():
    result = _score()
    for key in sc.PRF_KEYS:
        assert result[key]["f1"] == 1.0, key
    for key in sc.ACC_KEYS:
        assert result[key] == 1.0, key


def test_empty_prediction_has_zero_recall_and_precision():
    empty = _perfect_statements().iloc[0:0]
    result = _score(statements=empty, figures=_perfect_figures().iloc[0:0])
    for key in sc.PRF_KEYS:
        assert result[key]["r"] == 0.0 and result[key]["p"] == 0.0, key
    assert result["kind_acc"] is None


def test_counts_are_tp_pred_gold():
    result = _score()
    assert result["statements"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 4, "pred": 4, "gold": 4}
    assert result["speakers"]["gold"] == 3  # residents are anonymous: not a named speaker
    assert result["experts"]["gold"] == 1


def test_wrong_speaker_is_a_miss_and_a_false_alarm():
    said = _perfect_statements()
    said.loc[1, "speaker"] = "Liu Zhongmin"
    result = _score(statements=said, by_article=True)
    assert result["statements"]["tp"] == 3
    [miss] = result["misses"]
    assert miss["speaker"] == "Li Weijian"
    assert miss["hint"] == "predicted speaker 'Liu Zhongmin'"
    assert miss["sentence"].startswith("Li Weijian, an expert")
    assert [f["speaker"] for f in result["false_alarms"]] == ["Liu Zhongmin"]


def test_surname_only_speaker_matches():
    said = _perfect_statements()
    said.loc[0, "speaker"] = "al-Arouri"
    assert _score(statements=said)["statements"]["tp"] == 4


def test_quote_styles_case_and_whitespace_are_normalised():
    said = _perfect_statements()
    said.loc[0, "quote"] = "“THERE are no\n negotiations   now”"
    assert _score(statements=said)["statements"]["tp"] == 4


def test_content_falls_back_to_text_when_quote_is_empty():
    said = _perfect_statements()
    said.loc[1, "quote"] = None
    said.loc[1, "text"] = "Li Weijian said the gap would remain."
    assert _score(statements=said)["statements"]["tp"] == 4


def test_snippet_only_in_text_not_quote_is_a_miss():
    said = _perfect_statements()
    said.loc[1, "quote"] = "an expert at a Shanghai institute"
    said.loc[1, "text"] = "Li Weijian said the gap would remain."
    result = _score(statements=said, by_article=True)
    assert result["statements"]["tp"] == 3
    assert result["misses"][0]["hint"] == "snippet in text but not in quote"


def test_matching_is_one_to_one():
    said = pd.concat([_perfect_statements(), _perfect_statements().iloc[[1]]], ignore_index=True)
    result = _score(statements=said)
    assert (result["statements"]["tp"], result["statements"]["pred"]) == (4, 5)


def test_kind_and_speaker_type_accuracy_on_matched_pairs():
    said = _perfect_statements()
    said.loc[0, "kind"] = "indirect"
    said.loc[1, "speaker_type"] = "official"
    said.loc[2, "quote"] = "nothing like the snippet"  # unmatched: not in the accuracies
    said.loc[2, "kind"] = "direct"
    result = _score(statements=said)
    assert result["kind_acc"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["speaker_type_acc"] == pytest.approx(2 / 3, abs=1e-4)


def test_speaker_type_decides_who_counts_as_an_expert():
    said = _perfect_statements()
    said.loc[1, "speaker_type"] = "official"
    result = _score(statements=said)
    assert result["experts"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 1}
    assert result["speakers"]["tp"] == 3


def test_named_speakers_are_a_set_per_article():
    said = pd.concat([_perfect_statements(), _perfect_statements().iloc[[0]]], ignore_index=True)
    said.loc[4, "speaker"] = "al-Arouri"  # a second spelling of the same man is a false alarm
    result = _score(statements=said)
    assert (result["speakers"]["tp"], result["speakers"]["pred"]) == (3, 4)


def test_figures_match_on_value_and_category_as_a_multiset():
    gold = _gold(figures=(GoldFigure(30, "killed", None, "incident", None, "30"),) * 2)
    result = _score(gold=gold, figures=_figures(_fig(30, "killed"), _fig(30, "injured", n=1)))
    assert (result["figures"]["tp"], result["figures"]["pred"], result["figures"]["gold"]) == (
        1,
        2,
        2,
    )


def test_wrong_category_is_a_miss_with_a_hint():
    result = _score(
        figures=_figures(_fig(30, "injured"), _perfect_figures().iloc[1]), by_article=True
    )
    assert result["figures"]["tp"] == 1
    [miss] = [m for m in result["misses"] if m["item"] == "figure"]
    assert miss["hint"] == "predicted category 'injured'"
    assert miss["sentence"].startswith("The Health Ministry said 30 people")


def test_casualty_figures_ignore_other_categories():
    extra = _fig(5, "duration", "na", n=2)
    result = _score(figures=pd.concat([_perfect_figures(), _figures(extra)], ignore_index=True))
    assert result["casualty_figures"]["p"] == 1.0
    assert result["figures"]["p"] == pytest.approx(2 / 3, abs=1e-4)


def test_scope_and_asof_accuracy_with_nulls_agreeing():
    figs = _perfect_figures()
    figs.loc[1, "asof"] = pd.Timestamp("2024-03-05")
    figs.loc[0, "scope"] = "cumulative"
    result = _score(figures=figs)
    assert result["scope_acc"] == 0.5
    assert result["asof_acc"] == 0.5  # the first pair: both null, correct


def test_published_accuracy():
    assert _score(articles=_articles("2024-03-06"))["published_acc"] == 0.0
    assert _score(articles=_articles(None), gold=_gold(published=None))["published_acc"] == 1.0


def test_stance_accuracy_and_macro_f1():
    pytest.importorskip("corpus.stance")
    said = _perfect_statements()
    said.loc[0, "stance"] = 0  # gold against -> predicted neutral
    result = _score(statements=said)
    # gold: against, neutral, neutral (the residents' statement has no gold stance)
    assert result["stance"]["n"] == 3
    assert result["stance"]["acc"] == pytest.approx(2 / 3, abs=1e-4)
    # against: f1 0; neutral: tp 2, fp 1 -> 0.8; mean 0.4
    assert result["stance"]["macro_f1"] == pytest.approx(0.4, abs=1e-4)


def test_tone_baseline_uses_the_tone_column():
    pytest.importorskip("corpus.stance")
    # tones -0.4, 0.0, -0.7 -> against, neutral, against; gold against, neutral, neutral
    result = _score()
    assert result["stance_baseline"]["acc"] == pytest.approx(2 / 3, abs=1e-4)


def test_stance_is_skipped_without_the_columns():
    said = _perfect_statements().drop(columns=["stance", "tone"])
    result = _score(statements=said)
    assert result["stance"] is None and result["stance_baseline"] is None


def test_figure_scores_are_null_when_figures_were_not_extracted():
    result = sc.score([_gold()], _perfect_statements(), None, _articles())
    assert result["figures"] is None and result["scope_acc"] is None
    assert result["statements"]["f1"] == 1.0


def test_articles_without_predictions_count_as_misses():
    other = _gold(
        id="b2", statements=(GoldStatement("Hamas", "organization", "indirect", "no negotiations"),)
    )
    result = sc.score([_gold(), other], _perfect_statements(), _perfect_figures(), _articles())
    assert result["statements"]["gold"] == 5 and result["statements"]["tp"] == 4
    assert result["n_articles"] == 2


def test_score_is_deterministic():
    assert json.dumps(_score(by_article=True)) == json.dumps(_score(by_article=True))


def test_wrong_labels_list_matched_pairs_with_another_label():
    said = _perfect_statements()
    said.loc[0, "kind"] = "indirect"
    figs = _perfect_figures()
    figs.loc[1, "asof"] = pd.NaT
    result = _score(statements=said, figures=figs, by_article=True)
    wrong = [(w["item"], w["field"], w["gold"], w["pred"]) for w in result["wrong_labels"]]
    assert wrong == [
        ("statement", "kind", "direct", "indirect"),
        ("figure", "asof", "2024-03-04", None),
    ]


def test_rows_of_articles_without_gold_are_reported_not_dropped_silently():
    said = _perfect_statements()
    said.loc[3, "article_id"] = "zz"
    [note] = _score(statements=said)["notes"]
    assert note == "1 predicted statements of articles without gold ignored: zz"


def test_unreadable_predicted_values_are_wrong_not_a_crash():
    figs = _perfect_figures().astype({"value": object, "asof": object})
    figs.loc[0, "value"] = "thirty"
    figs.loc[1, "asof"] = "not a date"
    result = _score(figures=figs)
    assert result["figures"]["tp"] == 1
    assert result["asof_acc"] == 0.0


def test_false_alarms_are_plain_json_even_with_missing_values():
    figs = pd.concat([_perfect_figures(), _figures(_fig(9, "aid", n=2))], ignore_index=True)
    figs.loc[2, "value"] = float("nan")
    said = pd.concat([_perfect_statements(), _statements(_said(None, "other", "indirect", "x"))])
    result = _score(statements=said, figures=figs, by_article=True)
    text = json.dumps(result["false_alarms"], allow_nan=False)
    assert '"value": null' in text and '"speaker": null' in text


def test_unreadable_stance_values_count_as_wrong():
    pytest.importorskip("corpus.stance")
    said = _perfect_statements().astype({"stance": object})
    said.loc[0, "stance"] = "against"  # spelled out: accepted
    said.loc[1, "stance"] = "??"
    result = _score(statements=said)
    assert result["stance"]["acc"] == pytest.approx(2 / 3, abs=1e-4)
