"""Reports: run the notebooks with papermill, render them to HTML, and ``show``.

``corpus report`` executes each notebook in ``notebooks/`` with the parameters
of ``reports.yaml`` (``shared:`` keys plus the notebook's own section, checked
by :mod:`corpus.params` before anything runs), writes the executed ``.ipynb``
and a self-contained HTML page per notebook (images embedded as data URIs, no
scripts) and an ``index.html`` listing them. A failing notebook does not stop
the others; its partial notebook is kept and the exit status is 1.

Every file is written under a temporary name and renamed into place, so an
interrupted run leaves the previous reports intact.

:func:`show` renders the paragraph behind a statement or figure with the span
highlighted. All article text that reaches HTML goes through ``html.escape``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from corpus import params as nb_params
from corpus.paths import NOTEBOOKS_DIR, PACKAGE_DATA, PROJECT_ROOT
from corpus.text import paragraphs

log = logging.getLogger("corpus.report")

KERNEL = "corpus"
DEFAULT_PARAMS = PROJECT_ROOT / "reports.yaml"
TEMPLATE_DIR = PACKAGE_DATA / "report_template"
# Notebooks record the corpus they ran on under this MIME type (see record_summary).
SUMMARY_MIME = "application/vnd.corpus.summary+json"
# Notebooks executed at once (each in its own kernel process).
MAX_PARALLEL = 2


# ---------------------------------------------------------------- show()
def show_html(item_id: str, tables: Mapping[str, pd.DataFrame]) -> str:
    """HTML of the article paragraph(s) holding a statement or figure, span marked.

    ``item_id`` is a ``statement_id`` or ``figure_id``; ``tables`` the dict of
    ``corpus.load_tables``. Raises ``KeyError`` for an id in neither table.
    """
    row, kind = _find(item_id, tables)
    articles = tables["articles"]
    match = articles[articles["article_id"] == row["article_id"]]
    if match.empty:
        raise KeyError(f"{item_id}: article {row['article_id']!r} is not in the articles table")
    article = match.iloc[0]
    text = str(article["text"])
    e = html.escape
    if kind == "statement":
        who = f"{row.get('speaker')} ({row.get('speaker_type')})"
        detail = f"{who} · {row.get('kind')} · verb: {row.get('verb')}"
        if "stance" in row and pd.notna(row.get("stance")):
            detail += f" · stance {row['stance']}: {row.get('stance_cues') or 'no cues'}"
    else:
        detail = (
            f"{row.get('value_text')} = {row.get('value')} ({row.get('qualifier')}) · "
            f"{row.get('category')} · {row.get('subject')} · {row.get('scope')} · "
            f"as of {_day(row.get('asof'))} · source: {row.get('source')}"
        )
    heading = " · ".join(
        str(x)
        for x in (article.get("outlet"), _day(article.get("published")), article.get("title"))
        if x is not None and not (isinstance(x, float) and pd.isna(x))
    )
    start, end = row.get("char_start"), row.get("char_end")
    if pd.isna(start) or pd.isna(end) or not 0 <= int(start) <= int(end) <= len(text):
        body = f"<em>(no valid span offsets)</em> {e(str(row.get('text') or ''))}"
    else:
        start, end = int(start), int(end)
        spans = [(s, t) for s, t in paragraphs(text) if s < max(end, start + 1) and t > start]
        p_start, p_end = (spans[0][0], spans[-1][1]) if spans else (start, end)
        body = (
            e(text[p_start:start])
            + f'<mark style="background:#ffe08a">{e(text[start:end])}</mark>'
            + e(text[end:p_end])
        ).replace("\n", "<br>")
    return (
        '<div class="corpus-show" style="max-width:60em">'
        f"<p><strong>{e(item_id)}</strong> · {e(heading)}</p>"
        f'<p style="color:#555">{e(detail)}</p>'
        f'<blockquote style="border-left:3px solid #ccc;padding-left:1em">{body}</blockquote>'
        "</div>"
    )


def show(item_id: str, tables: Mapping[str, pd.DataFrame]):
    """Display the paragraph behind a statement or figure id (IPython HTML)."""
    from IPython.display import HTML

    return HTML(show_html(item_id, tables))


def _find(item_id: str, tables: Mapping[str, pd.DataFrame]) -> tuple[pd.Series, str]:
    for kind, table, column in (
        ("statement", "statements", "statement_id"),
        ("figure", "figures", "figure_id"),
    ):
        frame = tables.get(table)
        if frame is not None and len(frame):
            hit = frame[frame[column] == item_id]
            if len(hit):
                return hit.iloc[0], kind
    raise KeyError(f"{item_id!r} is neither a statement_id nor a figure_id in these tables")


def _day(value: Any) -> str:
    return "unknown" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def styled(table: pd.DataFrame, max_rows: int = 200):
    """A pandas Styler for notebook tables: cell text HTML-escaped, no index,
    dates as YYYY-MM-DD, whole numbers with thousands separators, long text
    wrapped. Shows at most ``max_rows`` rows (the caption says so)."""
    shown = table.head(max_rows)
    styler = shown.style.format(_cell, escape="html", na_rep="").hide(axis="index")
    styler = styler.set_properties(**{"text-align": "left", "white-space": "normal"})
    styler = styler.set_table_styles([{"selector": "th", "props": "text-align: left"}])
    if len(table) > max_rows:
        styler = styler.set_caption(f"first {max_rows} of {len(table)} rows")
    return styler


def _cell(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}" if value == value.normalize() else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return value


# ---------------------------------------------------------------- corpus summary
def summary(articles: pd.DataFrame) -> dict[str, Any]:
    """Article count, publication date range and outlets of an articles table."""
    dates = pd.to_datetime(articles.get("published"), errors="coerce")
    dates = dates.dropna() if dates is not None else pd.Series(dtype="datetime64[ns]")
    outlets = sorted(articles["outlet"].dropna().astype(str).unique()) if len(articles) else []
    return {
        "articles": len(articles),
        "first": f"{dates.min():%Y-%m-%d}" if len(dates) else None,
        "last": f"{dates.max():%Y-%m-%d}" if len(dates) else None,
        "undated": int(len(articles) - len(dates)),
        "outlets": outlets,
    }


def record_summary(articles: pd.DataFrame, corpus_name: str) -> None:
    """Display a one-line corpus summary; the report index reads it back from
    the executed notebook (an extra MIME type that HTML pages do not show)."""
    from IPython.display import display

    info = {"corpus": str(corpus_name), **summary(articles)}
    text = _summary_text(info)
    # HTML, escaped: outlet names are article text, and Markdown would pass tags through.
    bundle = {"text/html": f"<p>{html.escape(text)}</p>", "text/plain": text, SUMMARY_MIME: info}
    display(bundle, raw=True)


def _summary_text(info: Mapping[str, Any]) -> str:
    if not info:
        return "corpus summary not available"
    dates = f"published {info['first']} to {info['last']}" if info.get("first") else "undated"
    outlets = ", ".join(info.get("outlets") or []) or "no outlet named"
    return f"{info.get('corpus', '')}: {info['articles']} articles, {dates}; outlets: {outlets}"


def _read_summary(notebook_path: Path) -> dict[str, Any]:
    import nbformat

    try:
        nb = nbformat.read(notebook_path, as_version=4)
    except Exception:  # an unreadable partial notebook only costs the summary
        return {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if SUMMARY_MIME in output.get("data", {}):
                return dict(output["data"][SUMMARY_MIME])
    return {}


# ---------------------------------------------------------------- running
@dataclass
class Result:
    """What happened to one notebook in a report run."""

    name: str
    stem: str
    parameters: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    html: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)


def notebook_name(path: Path) -> str:
    """The name in reports.yaml: the file stem, without a number prefix
    (``01_casualty_trends.ipynb`` -> ``casualty_trends``)."""
    return re.sub(r"^\d+_", "", path.stem)


def find_notebooks(requested: list[str] | None = None) -> tuple[list[Path], list[str]]:
    """Notebook paths for names / files given on the command line (all when none).

    Returns the paths found and the requests that matched nothing.
    """
    # The known notebooks in their reading order, then any others by file name.
    order = {name: i for i, name in enumerate(nb_params.NOTEBOOKS)}
    available = sorted(
        NOTEBOOKS_DIR.glob("*.ipynb"),
        key=lambda p: (order.get(notebook_name(p), len(order)), p.name),
    )
    if not requested:
        return available, []
    found, missing = [], []
    by_name = {notebook_name(p): p for p in available} | {p.stem: p for p in available}
    for item in requested:
        path = Path(item)
        if path.suffix == ".ipynb" and path.exists():
            found.append(path)
        elif notebook_name(Path(item)) in by_name:
            found.append(by_name[notebook_name(Path(item))])
        else:
            missing.append(item)
    return found, missing


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    # Same extension as the target: papermill and nbconvert check it.
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}"
    )
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _parameters(name: str, config: Mapping[str, Mapping[str, Any]], out: Path) -> dict[str, Any]:
    figures_dir = str((out / "figures" / name).resolve())
    if name in nb_params.NOTEBOOKS:
        extra = {} if "figures_dir" in config.get("shared", {}) else {"figures_dir": figures_dir}
        return nb_params.notebook_parameters(name, config, **extra)
    # A notebook outside the known set gets the shared keys only.
    return {"figures_dir": figures_dir, **config.get("shared", {})}


# a kernel that died while starting, not a notebook that failed: worth one more try
_KERNEL_START_FAILED = re.compile(r"Kernel died before replying|Address already in use")


def _execute(path: Path, target: Path, parameters: dict[str, Any]) -> str | None:
    """Run one notebook into ``target`` (atomically); the error message or None."""
    import papermill as pm

    error = None

    def execute(tmp: Path) -> None:
        for attempt in (1, 2):
            try:
                pm.execute_notebook(
                    str(path), str(tmp), parameters=parameters, kernel_name=KERNEL,
                    cwd=str(PROJECT_ROOT), progress_bar=False, log_output=False,
                )  # fmt: skip
                return
            except Exception as err:  # a kernel that could not start (a port another took)
                if attempt == 2 or not _KERNEL_START_FAILED.search(str(err)):
                    raise
                log.warning("%s: the kernel did not start (%s); trying again", path.name, err)

    def run(tmp: Path) -> None:
        nonlocal error
        try:
            execute(tmp)
        except pm.PapermillExecutionError as err:
            source = (err.source or "").strip().splitlines()
            # In [n] as numbered in the executed notebook (papermill's injected
            # parameters cell counts), plus the cell's first line to find it.
            where = f"cell In [{err.exec_count}] ({source[0][:60] if source else 'empty'})"
            error = f"failed in {where}: {err.ename}: {err.evalue}"
        except Exception as err:  # kernel died, bad notebook file …: report, go on
            error = f"failed: {type(err).__name__}: {err}"
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise RuntimeError(error or "papermill wrote no notebook")

    try:
        _atomic_write(target, run)
    except RuntimeError as err:
        return str(err)
    return error


_quiet_log = logging.getLogger("corpus.report.nbconvert")
_quiet_log.setLevel(logging.ERROR)


def render_html(notebook_path: Path, html_path: Path, with_code: bool = False) -> None:
    """Render an executed notebook to one self-contained HTML file.

    Images are embedded as data URIs (nbconvert does so for image/png outputs;
    ``embed_images`` extends it to Markdown attachments) and the page loads no
    script (see data/report_template/corpus).
    """
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="corpus",
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=True,
        embed_images=True,
        # nbconvert warns about plots without alt text on every page; that is
        # known and says nothing about this run, so only errors are passed on.
        log=_quiet_log,
    )
    nb = nbformat.read(notebook_path, as_version=4)
    title = f"{notebook_name(html_path)} · corpus report"  # the page title (escaped by nbconvert)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    _atomic_write(html_path, lambda tmp: tmp.write_text(body, encoding="utf-8"))


def run_report(args) -> int:
    """``corpus report``: run notebooks, render HTML and an index; 0 if all succeeded.

    ``args`` has ``notebooks`` (names or paths; empty = all), ``params`` (YAML
    file; default ``reports.yaml`` at the project root when present), ``out``
    and ``with_code``.
    """
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    log.setLevel(logging.INFO)
    # Papermill logs every notebook's paths at INFO; one line per notebook is ours.
    logging.getLogger("papermill").setLevel(logging.WARNING)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    params_file = args.params or (DEFAULT_PARAMS if DEFAULT_PARAMS.exists() else None)
    try:
        config = nb_params.load_config(params_file)
    except ValueError as err:
        log.error("report: %s", err)
        return 2
    paths, missing = find_notebooks(list(args.notebooks or []))
    if not paths and not missing:
        log.error("report: no notebooks in %s", NOTEBOOKS_DIR)
        return 2
    results = [Result(name=m, stem=m, error="no such notebook") for m in missing]
    for m in missing:
        log.error("%s: no such notebook in %s", m, NOTEBOOKS_DIR)
    started = time.perf_counter()
    # Notebooks run side by side: each is mostly a kernel starting and importing,
    # so two at a time roughly halves the wall time on a two-core machine.
    workers = max(1, min(len(paths), os.cpu_count() or 1, MAX_PARALLEL))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results += pool.map(lambda p: _run_one(p, config, out, bool(args.with_code)), paths)
    total = time.perf_counter() - started
    _atomic_write(
        out / "index.html",
        lambda tmp: tmp.write_text(index_html(results, params_file, total), encoding="utf-8"),
    )
    failed = [r.name for r in results if r.error]
    log.info("report: %d notebooks in %.1f s, %d failed -> %s", len(results), total,
             len(failed), out / "index.html")  # fmt: skip
    return 1 if failed else 0


def _run_one(path: Path, config, out: Path, with_code: bool) -> Result:
    name = notebook_name(path)
    result = Result(name=name, stem=path.stem)
    try:
        result.parameters = _parameters(name, config, out)
    except ValueError as err:
        result.error = f"parameters rejected: {err}"
        log.error("%s: %s", name, result.error)
        return result
    log.info("%s: running", name)
    start = time.perf_counter()
    executed = out / f"{path.stem}.ipynb"
    result.error = _execute(path, executed, result.parameters)
    result.seconds = time.perf_counter() - start
    if executed.exists():
        result.summary = _read_summary(executed)
        try:
            render_html(executed, out / f"{path.stem}.html", with_code)
            result.html = f"{path.stem}.html"
        except Exception as err:  # rendering trouble is reported, not fatal
            result.error = (result.error or "") + f" HTML rendering failed: {err}"
    if result.error:
        log.error("%s: %s (%.1f s; partial notebook %s)", name, result.error, result.seconds,
                  executed)  # fmt: skip
    else:
        log.info("%s: done in %.1f s -> %s", name, result.seconds, result.html)
    return result


# ---------------------------------------------------------------- index page
_INDEX_CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.4}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.5em;
text-align:left;vertical-align:top}.failed{color:#b00020}.ok{color:#006b3c}
code{font-size:.9em;white-space:pre-wrap}
"""


def index_html(results: list[Result], params_file: Path | None, seconds: float) -> str:
    """The report index: one row per notebook with status, run time, parameters
    and the corpus it ran on. Every value is HTML-escaped."""
    e = html.escape
    rows = []
    for r in results:
        link = f'<a href="{e(r.html)}">{e(r.name)}</a>' if r.html else e(r.name)
        status = (
            f'<span class="failed">failed</span><br><code>{e(r.error)}</code>'
            if r.error
            else '<span class="ok">ok</span>'
        )
        shown = {k: v for k, v in r.parameters.items() if k != "figures_dir"}
        params = "<br>".join(f"<code>{e(k)} = {e(json.dumps(v))}</code>" for k, v in shown.items())
        rows.append(
            f"<tr><td>{link}</td><td>{status}</td><td>{r.seconds:.1f} s</td>"
            f"<td>{params}</td><td>{e(_summary_text(r.summary))}</td></tr>"
        )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    source = e(str(params_file)) if params_file else "defaults"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>corpus reports</title><style>{_INDEX_CSS}</style></head><body>"
        f"<h1>corpus reports</h1><p>Run {now} in {seconds:.1f} s; parameters from {source}.</p>"
        "<table><tr><th>Notebook</th><th>Status</th><th>Run time</th><th>Parameters</th>"
        f"<th>Corpus</th></tr>{''.join(rows)}</table></body></html>"
    )
