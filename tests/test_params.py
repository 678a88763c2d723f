"""Notebook parameter checks (corpus.params): one rule per test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from corpus.params import NOTEBOOKS, load_config, notebook_parameters, resolve, validate
from corpus.paths import PROJECT_ROOT


def test_defaults_are_filled_in_and_paths_resolved():
    p = validate("casualty_trends")
    assert p["category"] == "killed"
    assert p["corpus"] == PROJECT_ROOT / "data" / "seeds"
    assert p["start"] is None and p["reference_csv"] is None


def test_relative_paths_count_from_the_project_root():
    assert resolve("data/seeds") == PROJECT_ROOT / "data" / "seeds"
    assert resolve("/tmp") == Path("/tmp")


@pytest.mark.parametrize("category", ["kiled", "deaths", ""])
def test_unknown_category_names_the_parameter(category):
    with pytest.raises(ValueError, match=r"parameter 'category' .*expected one of killed"):
        validate("casualty_trends", category=category)


def test_start_after_end_is_rejected():
    with pytest.raises(ValueError, match=r"'start' \(2024-03-01\) is after end \(2024-01-01\)"):
        validate("casualty_trends", start="2024-03-01", end="2024-01-01")


def test_dates_come_back_as_timestamps_and_yaml_dates_are_accepted():
    p = validate("casualty_trends", start=dt.date(2024, 1, 1), end="2024-02-01")
    assert p["start"] == pd.Timestamp("2024-01-01") and p["end"] == pd.Timestamp("2024-02-01")


@pytest.mark.parametrize("value", ["yesterday", "now", "03/04/2024"])
def test_only_iso_dates_are_dates(value):
    with pytest.raises(ValueError, match="'start' is not a date"):
        validate("casualty_trends", start=value)


def test_missing_corpus_path_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="'corpus' names a path that does not exist"):
        validate("quoted_experts", corpus=str(tmp_path / "nowhere"))


def test_tables_folder_replaces_the_corpus_path(tmp_path):
    p = validate("explore", corpus="does/not/matter", tables=str(tmp_path))
    assert p["tables"] == tmp_path


def test_missing_tables_folder_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="'tables' names a path"):
        validate("explore", tables=str(tmp_path / "gone"))


def test_missing_reference_file_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="'reference_csv'"):
        validate("casualty_trends", reference_csv=str(tmp_path / "moh.csv"))


@pytest.mark.parametrize(
    "name, value", [("top_n", "5"), ("top_n", 2.5), ("top_n", True), ("speaker_types", "expert")]
)
def test_wrong_type_is_rejected(name, value):
    with pytest.raises(ValueError, match=f"parameter '{name}' must be"):
        validate("quoted_experts", **{name: value})


def test_list_items_must_be_strings():
    with pytest.raises(ValueError, match="list of strings"):
        validate("casualty_trends", outlets=["Reuters", 3])


def test_none_only_where_allowed():
    validate("casualty_trends", subject=None)
    with pytest.raises(ValueError, match="'category' must not be None"):
        validate("casualty_trends", category=None)


def test_unknown_parameter_is_rejected():
    with pytest.raises(ValueError, match="unknown parameter 'topn'"):
        validate("quoted_experts", topn=5)


def test_unknown_notebook_is_rejected():
    with pytest.raises(ValueError, match="unknown notebook 'maps'"):
        validate("maps")


@pytest.mark.parametrize(
    "name, value", [("by", "country"), ("freq", "D"), ("speaker_types", ["guru"])]
)
def test_values_outside_the_choices_are_rejected(name, value):
    notebook = "stance_over_time" if name == "freq" else "quoted_experts"
    with pytest.raises(ValueError, match=f"parameter '{name}' is"):
        validate(notebook, **{name: value})


@pytest.mark.parametrize("name", ["top_n", "min_statements"])
def test_counts_must_be_positive(name):
    notebook = "quoted_experts" if name == "top_n" else "stance_over_time"
    with pytest.raises(ValueError, match=f"'{name}' must be at least 1"):
        validate(notebook, **{name: 0})


def test_unknown_stance_target_is_rejected():
    with pytest.raises(ValueError, match="'target' is 'peace'"):
        validate("stance_over_time", target="peace")


def test_stance_target_may_be_a_yaml_file(tmp_path):
    target = tmp_path / "truce.yaml"
    target.write_text("support: [truce]\n")
    assert validate("stance_over_time", target=str(target))["target"] == str(target)


def test_config_merges_shared_then_section(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("shared:\n  corpus: data/seeds\nquoted_experts:\n  top_n: 3\n")
    values = notebook_parameters("quoted_experts", load_config(path))
    assert values == {"corpus": "data/seeds", "top_n": 3}


def test_config_dates_reach_papermill_as_iso_strings(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("casualty_trends:\n  start: 2024-01-01\n")
    assert notebook_parameters("casualty_trends", load_config(path))["start"] == "2024-01-01"


def test_config_rejects_unknown_sections(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("casualty_trend:\n  category: killed\n")
    with pytest.raises(ValueError, match="unknown section 'casualty_trend'"):
        load_config(path)


def test_config_rejects_unknown_shared_keys(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("shared:\n  top_n: 3\n")
    with pytest.raises(ValueError, match="unknown shared parameter 'top_n'"):
        load_config(path)


def test_config_never_evaluates_yaml_tags(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("shared:\n  corpus: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ValueError, match="cannot read parameters file"):
        load_config(path)


def test_config_section_values_are_checked(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("casualty_trends:\n  category: kiled\n")
    with pytest.raises(ValueError, match="'category'"):
        notebook_parameters("casualty_trends", load_config(path))


def test_project_reports_yaml_is_valid():
    config = load_config(PROJECT_ROOT / "reports.yaml")
    for notebook in NOTEBOOKS:
        notebook_parameters(notebook, config)
    assert set(config) == {"shared", *NOTEBOOKS}
