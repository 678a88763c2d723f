"""The report runner and show() (corpus.report): running, failing, atomic output, safe HTML."""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from corpus import report
from corpus.paths import SEEDS_DIR

EVIL = (
    "Title: Truce talks resume <img src=x onerror=alert(1)> in Cairo\n"
    "Published Time: 2024-03-10\n"
    "Source: Test Wire <script>alert('outlet')</script>\n"
    "Text:\n"
    "Negotiators returned to Cairo on Sunday for another round of talks, officials said.\n"
    '"A ceasefire is the only way forward <script>alert(1)</script>," said John Carter, '
    "an analyst at the Middle East Institute.\n"
    'Carter added that a draft, posted at <a href="javascript:alert(1)">this link</a>, '
    "had been shared with both sides.\n"
)
RAW_ATTACKS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:')


def _tables(text: str = EVIL) -> dict[str, pd.DataFrame]:
    """Hand-made tables over one article: a statement and a figure inside ``text``."""
    quote = '"A ceasefire is the only way forward <script>alert(1)</script>,"'
    start = text.index(quote)
    link = text.index("<a href")
    articles = pd.DataFrame(
        {
            "article_id": ["evil"],
            "outlet": ["Test Wire <script>alert('outlet')</script>"],
            "title": ["Truce talks resume <img src=x onerror=alert(1)> in Cairo"],
            "published": [pd.Timestamp("2024-03-10")],
            "text": [text],
        }
    )
    statements = pd.DataFrame(
        {
            "statement_id": ["evil:s001", "evil:s002"],
            "article_id": ["evil", "evil"],
            "speaker": ["John Carter", "John Carter"],
            "speaker_type": ["expert", "expert"],
            "kind": ["direct", "indirect"],
            "verb": ["say", "add"],
            "text": [quote, text[link : link + 40]],
            "char_start": [start, link],
            "char_end": [start + len(quote), link + 40],
        }
    )
    figures = pd.DataFrame(
        {
            "figure_id": ["evil:f001"],
            "article_id": ["evil"],
            "value": [1.0],
            "value_text": ["1"],
            "qualifier": ["exact"],
            "category": ["other"],
            "subject": [None],
            "scope": ["na"],
            "asof": [pd.NaT],
            "source": [None],
            "char_start": [start + quote.index("1")],
            "char_end": [start + quote.index("1") + 1],
        }
    )
    return {"articles": articles, "statements": statements, "figures": figures}


def _assert_inert(page: str) -> None:
    for attack in RAW_ATTACKS:
        assert attack not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# ---------------------------------------------------------------- show
def test_show_marks_exactly_the_statement_span():
    page = report.show_html("evil:s001", _tables())
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", page).group(1)
    assert (
        marked
        == "&quot;A ceasefire is the only way forward &lt;script&gt;alert(1)&lt;/script&gt;,&quot;"
    )


def test_show_escapes_article_text_title_and_outlet():
    page = report.show_html("evil:s001", _tables())
    _assert_inert(page)
    assert "Truce talks resume &lt;img src=x onerror=alert(1)&gt; in Cairo" in page
    assert "Test Wire &lt;script&gt;alert(&#x27;outlet&#x27;)&lt;/script&gt;" in page


def test_show_escapes_links_in_the_text():
    page = report.show_html("evil:s002", _tables())
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in page
    assert "<a " not in page


def test_show_gives_the_whole_paragraph_of_the_span():
    page = report.show_html("evil:s001", _tables())
    assert "said John Carter, an analyst at the Middle East Institute." in page
    assert "Negotiators returned" not in page  # the paragraph before is not shown


def test_show_works_for_figure_ids():
    page = report.show_html("evil:f001", _tables())
    assert "<mark" in page and "1 = 1.0 (exact)" in page


def test_show_unknown_id_raises_key_error():
    with pytest.raises(KeyError, match="neither a statement_id nor a figure_id"):
        report.show_html("evil:s999", _tables())


def test_show_with_broken_offsets_falls_back_to_the_row_text():
    tables = _tables()
    tables["statements"].loc[0, "char_end"] = 10**6
    page = report.show_html("evil:s001", tables)
    assert "(no valid span offsets)" in page
    _assert_inert(page)


def test_show_returns_ipython_html():
    shown = report.show("evil:s001", _tables())
    assert shown.data == report.show_html("evil:s001", _tables())


def test_styled_tables_escape_cell_text():
    page = report.styled(_tables()["articles"]).to_html()
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img src=x" not in page


def test_styled_tables_say_when_rows_are_cut():
    frame = pd.DataFrame({"n": range(5)})
    assert "first 2 of 5 rows" in report.styled(frame, max_rows=2).to_html()


# ---------------------------------------------------------------- index page
def test_index_escapes_errors_parameters_and_summary():
    result = report.Result(
        name="explore",
        stem="explore",
        parameters={"query": "<script>alert(1)</script>"},
        error="failed in cell 3: ValueError: <img src=x onerror=alert(1)>",
        summary={"corpus": "c", "articles": 1, "first": None, "outlets": ["<b>Wire</b>"]},
    )
    page = report.index_html([result], None, 1.0)
    _assert_inert(page.replace("&quot;", '"').replace('"&lt;script', "&lt;script"))
    assert "<b>Wire</b>" not in page and "&lt;b&gt;Wire&lt;/b&gt;" in page


def test_recorded_summary_escapes_outlet_names(monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, raw: shown.append(obj))
    report.record_summary(_tables()["articles"], "my corpus")
    (bundle,) = shown
    assert "Test Wire &lt;script&gt;alert(&#x27;outlet&#x27;)&lt;/script&gt;" in bundle["text/html"]
    assert "<script>" not in bundle["text/html"]
    assert bundle[report.SUMMARY_MIME]["articles"] == 1


def test_summary_counts_articles_dates_and_outlets():
    info = report.summary(_tables()["articles"])
    assert info == {
        "articles": 1,
        "first": "2024-03-10",
        "last": "2024-03-10",
        "undated": 0,
        "outlets": ["Test Wire <script>alert('outlet')</script>"],
    }


# ---------------------------------------------------------------- finding notebooks
def test_notebook_name_drops_the_number_prefix():
    assert report.notebook_name(Path("notebooks/01_casualty_trends.ipynb")) == "casualty_trends"


def test_find_notebooks_by_name_and_reports_unknown_ones():
    found, missing = report.find_notebooks(["quoted_experts", "maps"])
    assert [p.name for p in found] == ["quoted_experts.ipynb"]
    assert missing == ["maps"]


# ---------------------------------------------------------------- running
def _notebook(path: Path, *sources: str) -> Path:
    cells = [nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]})]
    cells += [nbformat.v4.new_code_cell(src) for src in sources]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "corpus", "display_name": "corpus", "language": "python"}
    nbformat.write(nb, path)
    return path


def _args(out: Path, *notebooks: Path | str, params: Path | None = None, with_code=False):
    return argparse.Namespace(
        notebooks=[str(n) for n in notebooks], params=params, out=str(out), with_code=with_code
    )


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    """One run over a good and a failing notebook."""
    src = tmp_path_factory.mktemp("nbs")
    good = _notebook(src / "good.ipynb", "print('hello from good')")
    bad = _notebook(src / "bad.ipynb", "y = 2", "raise ValueError('broken on purpose')", "z = 3")
    out = tmp_path_factory.mktemp("out")
    status = report.run_report(_args(out, bad, good))
    return status, out


@pytest.mark.slow
def test_failing_notebook_makes_the_exit_status_non_zero(mixed_run):
    status, _ = mixed_run
    assert status == 1


@pytest.mark.slow
def test_the_other_notebooks_still_run_and_render(mixed_run):
    _, out = mixed_run
    assert "hello from good" in (out / "good.html").read_text()
    assert "<title>good · corpus report</title>" in (out / "good.html").read_text()


@pytest.mark.slow
def test_failing_notebook_is_kept_partial_and_named_with_its_cell(mixed_run, caplog):
    _, out = mixed_run
    executed = nbformat.read(out / "bad.ipynb", as_version=4)
    ran = [c for c in executed.cells if c.cell_type == "code" and c.get("execution_count")]
    assert any(o.get("ename") == "ValueError" for c in ran for o in c.outputs)
    assert not any(c.source == "z = 3" and c.execution_count for c in executed.cells)
    index = (out / "index.html").read_text()
    assert (
        "failed in cell In [4] (raise ValueError(&#x27;broken on purpose&#x27;)): ValueError"
        in index
    )


@pytest.mark.slow
def test_outputs_leave_no_temporary_files(mixed_run):
    _, out = mixed_run
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_html_hides_code_unless_asked(tmp_path):
    nb = _notebook(tmp_path / "code.ipynb", "secret_marker_value = 41 + 1\nsecret_marker_value")
    assert report.run_report(_args(tmp_path / "plain", nb)) == 0
    assert "secret_marker_value" not in (tmp_path / "plain" / "code.html").read_text()
    assert report.run_report(_args(tmp_path / "code", nb, with_code=True)) == 0
    assert "secret_marker_value" in (tmp_path / "code" / "code.html").read_text()


@pytest.mark.slow
def test_interrupted_run_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    import papermill

    nb = _notebook(tmp_path / "one.ipynb", "print('first run')")
    out = tmp_path / "out"
    assert report.run_report(_args(out, nb)) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def interrupted(input_path, output_path, **kw):
        Path(output_path).write_text("{half a notebook")
        raise KeyboardInterrupt

    monkeypatch.setattr(papermill, "execute_notebook", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report.run_report(_args(out, nb))
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before


def test_bad_parameters_file_stops_before_running(tmp_path):
    params = tmp_path / "r.yaml"
    params.write_text("casualty_trend:\n  category: killed\n")
    out = tmp_path / "out"
    assert report.run_report(_args(out, "explore", params=params)) == 2
    assert not (out / "index.html").exists()


def test_rejected_parameters_fail_that_notebook_only(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(report, "_execute", lambda path, target, params: ran.append(path.stem))
    params = tmp_path / "r.yaml"
    params.write_text("casualty_trends:\n  category: kiled\n")
    status = report.run_report(_args(tmp_path, "casualty_trends", "explore", params=params))
    assert status == 1
    assert ran == ["explore"]
    assert (
        "parameters rejected: casualty_trends: parameter &#x27;category&#x27;"
        in (tmp_path / "index.html").read_text()
    )


def test_unknown_notebook_is_reported_not_fatal(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "_execute", lambda path, target, params: None)
    assert report.run_report(_args(tmp_path, "maps", "explore")) == 1
    assert "no such notebook" in (tmp_path / "index.html").read_text()


# ---------------------------------------------------------------- safe HTML end to end
@pytest.mark.slow
def test_report_on_hostile_article_shows_it_as_text(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "evil.txt").write_text(EVIL, encoding="utf-8")
    shutil.copy(next(SEEDS_DIR.glob("*.txt")), corpus_dir)
    params = tmp_path / "r.yaml"
    params.write_text(f"shared:\n  corpus: {corpus_dir}\nexplore:\n  query: Carter\n")
    out = tmp_path / "out"
    assert report.run_report(_args(out, "explore", params=params)) == 0
    page = (out / "explore.html").read_text()
    _assert_inert(page)
    assert "<script" not in page.lower()  # no script element at all, from any source
    assert "Content-Security-Policy" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the title, as text
    index = (out / "index.html").read_text()
    assert "Test Wire" in index and "<script>alert(" not in index


@pytest.mark.parametrize(
    ("message", "tries", "error"),
    [
        ("Kernel died before replying to kernel_info", 2, None),  # a start race: tried again
        ("NameError: name 'x' is not defined", 1, "failed: RuntimeError"),  # a real failure
    ],
)
def test_a_kernel_that_did_not_start_is_tried_once_more(
    tmp_path, monkeypatch, message, tries, error
):
    import papermill

    nb = _notebook(tmp_path / "one.ipynb", "print('ok')")
    calls = []

    def flaky(input_path, output_path, **kw):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError(message)
        nbformat.write(nbformat.read(input_path, as_version=4), output_path)

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    result = report._execute(Path(nb), tmp_path / "out.ipynb", {})
    assert len(calls) == tries
    assert (result or "").startswith(error) if error else result is None
