"""Agreement of two annotations of the same articles (corpus.agreement)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpus.agreement import agreement
from corpus.cli import main

TESTS = Path(__file__).parent
SEEDS = TESTS / "gold"
SECOND = TESTS / "agreement"


def test_an_annotation_agrees_with_itself():
    result = agreement(SEEDS, SEEDS)
    for key in ("statements", "figures", "casualty_figures"):
        assert result[key]["f1"] == 1.0
    assert result["scope_acc"] == result["asof_acc"] == 1.0


def _second_reading(tmp_path: Path) -> Path:
    """The seeds' gold as JSON only, with one figure read as another category and one
    statement left out."""
    other = tmp_path / "second"
    other.mkdir()
    for path in sorted(SEEDS.glob("*.json")):
        shutil.copy(path, other / path.name)
    first = sorted(other.glob("*.json"))[0]
    data = json.loads(first.read_text(encoding="utf-8"))
    data["figures"][0]["category"] = (
        "money" if data["figures"][0]["category"] != "money" else "other"
    )
    data["statements"] = data["statements"][1:]
    first.write_text(json.dumps(data), encoding="utf-8")
    return other


def test_a_figure_read_otherwise_and_a_statement_left_out_lower_the_scores(tmp_path):
    result = agreement(SEEDS, _second_reading(tmp_path))
    assert result["figures"]["f1"] < 1.0
    assert result["statements"]["r"] < 1.0 and result["statements"]["p"] == 1.0


def test_an_article_the_second_reader_left_out_is_noted(tmp_path):
    other = _second_reading(tmp_path)
    left_out = sorted(other.glob("*.json"))[-1]
    left_out.unlink()
    result = agreement(SEEDS, other)
    assert any(left_out.stem in note for note in result["notes"])


def test_the_command_scores_a_second_annotation(tmp_path, capsys):
    assert main(["evaluate", str(SEEDS), "--against", str(_second_reading(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "against" in out and "figures" in out


def test_the_command_names_a_missing_second_folder(tmp_path, capsys):
    assert main(["evaluate", str(SEEDS), "--against", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(p.name for p in SECOND.glob("blind*")))
def test_the_second_annotations_of_never_read_sets_agree_with_the_first(name):
    # the twenty-seventh round's measure (README in tests/agreement): each set's figures
    # and statements agree at 0.94 or more
    result = agreement(TESTS / f"gold_{name}", SECOND / name)
    assert result["figures"]["f1"] >= 0.95
    assert result["statements"]["f1"] >= 0.94
