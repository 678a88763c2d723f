"""The report notebooks: stored clean, parameters documented and checked, and
each one executes (papermill, kernel "corpus") with plots that carry data."""

from __future__ import annotations

import argparse
import ast
import re

import nbformat
import pandas as pd
import papermill as pm
import pytest

from corpus import params, report
from corpus.paths import NOTEBOOKS_DIR

NOTEBOOK_FILES = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
BY_NAME = {report.notebook_name(p): p for p in NOTEBOOK_FILES}
# The plots each notebook saves under figures_dir.
PLOTS = {
    "casualty_trends": ["casualty_trend"],
    "quoted_experts": ["expert_frequency", "share_of_voice"],
    "stance_over_time": ["stance_over_time"],
    "explore": [],
}


def _code_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


# ---------------------------------------------------------------- stored notebooks
def test_every_parameterised_notebook_is_there():
    assert set(BY_NAME) == set(params.NOTEBOOKS) == set(PLOTS)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    for cell in _code_cells(path):
        assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_has_one_parameters_cell_and_it_comes_first(path):
    tagged = [c for c in _code_cells(path) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert _code_cells(path)[0].id == tagged[0].id


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_uses_the_corpus_kernel(path):
    assert nbformat.read(path, as_version=4).metadata.kernelspec.name == "corpus"


@pytest.mark.parametrize("name", sorted(params.NOTEBOOKS))
def test_parameters_cell_matches_the_validated_parameters(name):
    inferred = pm.inspect_notebook(str(BY_NAME[name]))
    spec = params.NOTEBOOKS[name]
    assert list(inferred) == list(spec)
    for pname, info in inferred.items():
        assert ast.literal_eval(info["default"]) == spec[pname].default, pname
        assert info["help"], f"{pname} has no trailing comment for papermill --help-notebook"


@pytest.mark.parametrize("name", sorted(params.NOTEBOOKS))
def test_second_code_cell_validates_every_parameter(name):
    source = _code_cells(BY_NAME[name])[1].source
    call = re.search(rf'validate\("{name}", (.*?)\)', source, re.S).group(1)
    passed = re.findall(r"(\w+)=\1\b", call)
    assert passed == list(params.NOTEBOOKS[name])


# ---------------------------------------------------------------- runs on the seeds
@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    args = argparse.Namespace(notebooks=[], params=None, out=str(out), with_code=False)
    return report.run_report(args), out


@pytest.mark.slow
def test_every_notebook_runs_on_the_seeds(seeds_report):
    status, out = seeds_report
    for path in NOTEBOOK_FILES:
        executed = nbformat.read(out / path.name, as_version=4)
        errors = [
            f"{o.ename}: {o.evalue}"
            for c in executed.cells
            for o in c.get("outputs", [])
            if o.output_type == "error"
        ]
        assert errors == [], path.name
    assert status == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, plot", [(n, p) for n, plots in PLOTS.items() for p in plots], ids=lambda x: x
)
def test_seed_plots_carry_data(seeds_report, name, plot):
    _, out = seeds_report
    data = pd.read_csv(out / "figures" / name / f"{plot}.csv")
    if plot == "casualty_trend":
        data = data[data["layer"] == "reported"]
    assert len(data) > 0
    assert (out / "figures" / name / f"{plot}.png").stat().st_size > 0


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n, plots in PLOTS.items() if plots])
def test_seed_reports_embed_their_plots(seeds_report, name):
    _, out = seeds_report
    page = (out / f"{BY_NAME[name].stem}.html").read_text()
    assert page.count('src="data:image/png;base64,') == len(PLOTS[name])
    assert not re.search(r'<(?:img|script)[^>]+src="(?!data:)', page)


@pytest.mark.slow
def test_index_lists_every_report_with_its_corpus(seeds_report):
    _, out = seeds_report
    index = (out / "index.html").read_text()
    for path in NOTEBOOK_FILES:
        assert f'href="{path.stem}.html"' in index
    assert index.count("data/seeds: 5 articles, published") == len(NOTEBOOK_FILES)


# ---------------------------------------------------------------- runs on hand-made tables
@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory):
    """A tables folder (as `corpus extract --format csv` writes) with known content."""
    folder = tmp_path_factory.mktemp("tables")
    text = "Officials said the toll rose. Analysts said a ceasefire is needed now."
    pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "outlet": ["Daily Star", "Wire"],
            "title": ["One", "Two"],
            "published": ["2024-01-05", "2024-02-10"],
            "text": [text, text],
        }
    ).to_csv(folder / "articles.csv", index=False)
    pd.DataFrame(
        {
            "statement_id": ["a:s001", "b:s001", "b:s002"],
            "article_id": ["a", "b", "b"],
            "published": ["2024-01-05", "2024-02-10", "2024-02-10"],
            "speaker": ["Mona Haddad", "Mona Haddad", "Omar Said"],
            "speaker_type": ["expert", "expert", "expert"],
            "affiliation": ["Chatham House", "Chatham House", None],
            "quote": ["a ceasefire is needed now"] * 3,
            "text": ["Analysts said a ceasefire is needed now."] * 3,
            "char_start": [30, 30, 30],
            "char_end": [70, 70, 70],
        }
    ).to_csv(folder / "statements.csv", index=False)
    rows = [
        ("a:f001", "a", 22000, "more_than", "cumulative", "2024-01-04"),
        ("a:f002", "a", 193, "exact", "incident", "2024-01-04"),
        ("b:f001", "b", 28000, "exact", "cumulative", "2024-02-09"),
    ]
    figures = pd.DataFrame(
        rows, columns=["figure_id", "article_id", "value", "qualifier", "scope", "asof"]
    )
    figures.assign(category="killed", subject="Palestinians").to_csv(
        folder / "figures.csv", index=False
    )
    (folder / "reference.csv").write_text("date,value\n2024-01-01,21500\n2024-02-01,27000\n")
    return folder


def _run(name, tmp_path, **parameters):
    return pm.execute_notebook(
        str(BY_NAME[name]),
        str(tmp_path / f"{name}.ipynb"),
        parameters=parameters,
        kernel_name="corpus",
        progress_bar=False,
    )


@pytest.fixture(scope="module")
def tables_report(tables_dir, tmp_path_factory):
    """The plotting notebooks run on the hand-made tables; returns the figures folder."""
    out = tmp_path_factory.mktemp("tables_report")
    params_file = out / "params.yaml"
    params_file.write_text(
        f"shared:\n  tables: {tables_dir}\n"
        f"casualty_trends:\n  reference_csv: {tables_dir / 'reference.csv'}\n"
        "quoted_experts:\n  top_n: 1\nstance_over_time:\n  freq: M\n"
    )
    names = ["casualty_trends", "quoted_experts", "stance_over_time"]
    args = argparse.Namespace(notebooks=names, params=params_file, out=str(out), with_code=False)
    assert report.run_report(args) == 0
    return out / "figures"


@pytest.mark.slow
def test_casualty_notebook_plots_the_cumulative_figures_of_the_tables(tables_report):
    data = pd.read_csv(tables_report / "casualty_trends" / "casualty_trend.csv")
    reported = data[data["layer"] == "reported"]
    assert dict(zip(reported["outlet"], reported["value"], strict=True)) == {
        "Daily Star": 22000.0,
        "Wire": 28000.0,
    }
    assert data.loc[data["layer"] == "series", "value"].tolist() == [22000.0, 28000.0]
    assert data.loc[data["layer"] == "reference", "value"].tolist() == [21500.0, 27000.0]


@pytest.mark.slow
def test_experts_notebook_counts_the_statements_of_the_tables(tables_report):
    data = pd.read_csv(tables_report / "quoted_experts" / "expert_frequency.csv")
    assert dict(zip(data["outlet"], data["statements"], strict=True)) == {
        "Daily Star": 1,
        "Wire": 1,
    }
    assert set(data["speaker"]) == {"Mona Haddad"}


@pytest.mark.slow
def test_stance_notebook_plots_every_statement_of_the_tables(tables_report):
    data = pd.read_csv(tables_report / "stance_over_time" / "stance_over_time.csv")
    assert sorted(data.loc[data["layer"] == "statement", "statement_id"]) == [
        "a:s001",
        "b:s001",
        "b:s002",
    ]
    assert set(data["layer"]) == {"statement", "mean per month"}


# ---------------------------------------------------------------- wrong parameters
@pytest.mark.slow
@pytest.mark.parametrize(
    "name, parameters, message",
    [
        ("casualty_trends", {"category": "kiled"}, "parameter 'category' is 'kiled'"),
        (
            "casualty_trends",
            {"start": "2024-03-01", "end": "2024-01-01"},
            "'start' (2024-03-01) is after end",
        ),
        (
            "quoted_experts",
            {"corpus": "no/such/folder"},
            "'corpus' names a path that does not exist",
        ),
        ("stance_over_time", {"freq": 7}, "parameter 'freq' must be str"),
    ],
    ids=["category", "dates", "corpus", "type"],
)
def test_wrong_parameter_stops_at_the_validation_cell(tmp_path, name, parameters, message):
    with pytest.raises(pm.PapermillExecutionError) as caught:
        _run(name, tmp_path, **parameters)
    assert caught.value.ename == "ValueError"
    assert message in caught.value.evalue
    assert f'validate("{name}"' in caught.value.source
