"""The casualty series built from figures tables."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus.figures import figures
from corpus.paths import REFERENCE_CSV
from corpus.series import casualty_series

THURSDAY = "2024-03-07"


def figs(text: str) -> pd.DataFrame:
    arts = pd.DataFrame(
        {"article_id": ["a"], "published": [pd.Timestamp(THURSDAY)], "text": [text]}
    )
    return figures(arts)


def _series_input() -> pd.DataFrame:
    text = ("The death toll has risen to 30,717, the ministry said on Wednesday.\n"
            "Separately, a toll of 30,800 was given on Thursday, the ministry said.")  # fmt: skip
    return figs(text)


def test_casualty_series_one_row_per_asof_date():
    series = casualty_series(_series_input())
    assert series["date"].tolist() == [pd.Timestamp("2024-03-06"), pd.Timestamp("2024-03-07")]
    assert series["value_max"].tolist() == [30717, 30800]


def test_casualty_series_reference_difference():
    ref = pd.DataFrame({"date": ["2024-03-06", "2024-03-07"], "value": [30717, 30878]})
    series = casualty_series(_series_input(), reference=ref)
    assert series["difference"].tolist() == [0, -78]


def test_casualty_series_empty_input():
    assert casualty_series(figs("No numbers.")).empty


@pytest.mark.skipif(not REFERENCE_CSV.exists(), reason="Gaza MoH reference file not present")
def test_casualty_series_against_moh_file_uses_category_column():
    series = casualty_series(_series_input(), reference=REFERENCE_CSV)
    assert series["reference"].notna().all()
