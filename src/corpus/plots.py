"""Plots of the extracted tables, one function per question.

Every function takes tables (DataFrames following docs/architecture.md) and an
optional matplotlib ``ax``, draws with the package style sheet
(``corpus.mplstyle``) and returns the :class:`~matplotlib.figure.Figure`. A
caption line under the plot names the corpus and its date range, so a figure
pasted into a report still says where its numbers come from. With no data the
figure says "No data …" instead of raising.

The rows each figure plots are kept with it: :func:`plotted_data` returns them
and :func:`save_figure` writes them as CSV beside the PNG / SVG.

>>> import pandas as pd
>>> fig = expert_frequency(pd.DataFrame(columns=["speaker", "speaker_type"]))
>>> fig.axes[0].texts[0].get_text().startswith("No data")
True
"""

from __future__ import annotations

import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from corpus.paths import PACKAGE_DIR

STYLE = PACKAGE_DIR / "corpus.mplstyle"

# One marker per outlet; carets are kept free to mark bounds.
OUTLET_MARKERS = ("o", "s", "D", "P", "X", "h", "p", "*", "d", "H", "8")
# Qualifiers meaning the true value is higher / lower than the number reported.
LOWER_BOUND = ("at_least", "more_than")
UPPER_BOUND = ("nearly", "up_to")
# Axis wording per figure category: what one unit on the y axis is.
CATEGORY_UNITS = {
    "killed": "people killed",
    "injured": "people injured",
    "missing": "people missing",
    "hostages_held": "hostages held",
    "hostages_released": "hostages released",
    "prisoners_released": "prisoners released",
    "displaced": "people displaced",
    "aid": "aid (trucks, tonnes …)",
    "military": "military (targets, troops …)",
    "money": "amount (currency as reported)",
    "duration": "duration (as reported)",
    "other": "count",
}
# (line style, marker) per round of the colour palette in stance_over_time.
ACTOR_STYLES = (("-", "o"), ("--", "s"), ("-.", "D"), (":", "^"))
STANCE_TICKS = {-1: "against", 0: "neutral", 1: "for"}
UNKNOWN = "(unknown)"
# Past this many points a scatter layer is drawn as an image inside SVG output:
# a vector file of a million circles takes minutes to write and to open.
RASTER_POINTS = 5000

_PLOTTED: weakref.WeakKeyDictionary[Figure, pd.DataFrame] = weakref.WeakKeyDictionary()


# ---------------------------------------------------------------- helpers
def plotted_data(fig: Figure) -> pd.DataFrame:
    """The rows ``fig`` plots (empty DataFrame if it was not made here)."""
    return _PLOTTED.get(fig, pd.DataFrame())


def caption(articles: pd.DataFrame | None = None, corpus_name: str | None = None) -> str:
    """One line naming the corpus, its size and publication date range."""
    parts = [f"Corpus: {corpus_name}" if corpus_name else "Corpus"]
    if articles is not None and len(articles):
        parts.append(f"{len(articles)} articles")
        if "outlet" in articles:
            parts.append(f"{articles['outlet'].dropna().nunique()} outlets")
        if "published" in articles:
            dates = pd.to_datetime(articles["published"], errors="coerce").dropna()
            if len(dates):
                parts.append(f"published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}")
            if len(dates) < len(articles):
                parts.append(f"{len(articles) - len(dates)} undated")
    return " · ".join(parts)


@contextmanager
def _styled() -> Iterator[None]:
    """The package style for the duration of one plot.

    ``style.context`` restores every rcParam on exit, "interactive" included.
    In a notebook the inline backend switches "interactive" on when pyplot
    first makes a figure, which may happen inside this context; restoring it
    would stop every later figure from showing, so its final value is kept.
    """
    with plt.style.context(STYLE):
        yield
        interactive = matplotlib.is_interactive()
    matplotlib.interactive(interactive)


def _figure(ax: Axes | None, nrows: int = 1, **kw) -> tuple[Figure, list[Axes]]:
    if ax is not None:
        return ax.figure, [ax]
    fig, axes = plt.subplots(nrows, 1, squeeze=False, **kw)
    return fig, list(axes[:, 0])


def _finish(fig: Figure, data: pd.DataFrame, text: str) -> Figure:
    fig.supxlabel(text, x=0.01, ha="left", fontsize=9, color="0.35")
    _PLOTTED[fig] = data.reset_index(drop=True)
    return fig


def _no_data(ax: Axes, what: str) -> None:
    ax.text(0.5, 0.5, f"No data: {what}", transform=ax.transAxes, ha="center", va="center",
            fontsize=12, color="0.3")  # fmt: skip
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _with_outlet(table: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """``table`` with the outlet of each row's article ("(unknown)" when not known)."""
    table = table.copy()
    if "outlet" not in table:
        if articles is not None and len(articles) and "article_id" in table:
            outlets = articles.set_index("article_id")["outlet"]
            table["outlet"] = table["article_id"].map(outlets)
        else:
            table["outlet"] = None
    table["outlet"] = table["outlet"].fillna(UNKNOWN).astype(str)
    return table


def _thousands(ax: Axes) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))


# ---------------------------------------------------------------- casualty trend
def casualty_points(
    figures: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    category: str = "killed",
    subject: str | None = None,
    start: pd.Timestamp | str | None = None,
    end: pd.Timestamp | str | None = None,
    outlets: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The figures of ``category`` (any scope), with outlet, filtered for a trend plot.

    ``subject`` follows ``corpus.casualty_series``: figures whose subject is that
    word (case-insensitive), "people", or unstated (tolls often name none), so
    points and consolidated line agree. ``start`` / ``end`` bound the as-of date
    (undated figures stay, to be counted in the caption); ``outlets`` keeps only
    those outlets. Repeats within an article (``duplicate_of``) are left out.
    """
    table = _with_outlet(figures, articles)
    keep = table["category"] == category
    if subject:
        subj = table["subject"].astype("string").str.lower()
        keep &= (subj.isna() | subj.isin([subject.lower(), "people"])).fillna(False)
    if "duplicate_of" in table:
        keep &= table["duplicate_of"].isna()
    asof = pd.to_datetime(table["asof"], errors="coerce")
    if start is not None:
        keep &= ~(asof < pd.Timestamp(start))
    if end is not None:
        keep &= ~(asof > pd.Timestamp(end))
    if outlets is not None:
        keep &= table["outlet"].isin(list(outlets))
    table = table[keep].assign(asof=asof[keep])
    return table.sort_values(["asof", "value"], na_position="last").reset_index(drop=True)


def casualty_trend(
    figures: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    category: str = "killed",
    subject: str | None = None,
    series: pd.DataFrame | None = None,
    reference: pd.DataFrame | None = None,
    corpus_name: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Reported cumulative figures by as-of date, one marker per outlet.

    ``figures`` are the rows to show (see :func:`casualty_points`); only
    ``scope == "cumulative"`` rows are plotted, incident counts are counted in the
    caption but kept off the cumulative axis. Lower bounds ("at least", "more
    than") carry an upward caret, upper bounds ("nearly", "up to") a downward one.
    ``series`` (``corpus.casualty_series`` output: ``date``, ``value_max``) is
    drawn as the line;
    ``reference`` (``date``/``value``) as a dashed reference line.
    """
    with _styled():
        fig, (ax,) = _figure(ax)
        unit = CATEGORY_UNITS.get(category, category)
        title = f"Reported cumulative {unit}" + (f": {subject}" if subject else "")
        ax.set_title(title + " by as-of date")
        table = figures if "outlet" in figures else _with_outlet(figures, articles)
        cumulative = table[table["scope"] == "cumulative"]
        dated = cumulative[cumulative["asof"].notna()]
        layers = [dated.assign(layer="reported")]
        notes = []
        n_incident = int((table["scope"] != "cumulative").sum())
        if n_incident:
            notes.append(f"{n_incident} incident/other counts not plotted")
        if len(dated) < len(cumulative):
            notes.append(f"{len(cumulative) - len(dated)} undated figures not plotted")
        for i, (outlet, rows) in enumerate(dated.groupby("outlet", sort=True)):
            ax.plot(rows["asof"], rows["value"], linestyle="none", label=outlet,
                    marker=OUTLET_MARKERS[i % len(OUTLET_MARKERS)], alpha=0.9)  # fmt: skip
        for quals, marker, label in (
            (LOWER_BOUND, 10, "lower bound (at least / more than)"),  # CARETUPBASE
            (UPPER_BOUND, 11, "upper bound (nearly / up to)"),  # CARETDOWNBASE
        ):
            rows = dated[dated["qualifier"].isin(quals)]
            if len(rows):
                ax.plot(rows["asof"], rows["value"], linestyle="none", marker=marker,
                        markersize=11, color="black", label=label)  # fmt: skip
        if series is not None and len(series):
            s = series.sort_values("date")
            ax.plot(s["date"], s["value_max"], color="0.25", linewidth=1.2, zorder=1,
                    label="highest figure per as-of date")  # fmt: skip
            s = s.rename(columns={"date": "asof", "value_max": "value"})
            layers.append(s.assign(layer="series"))
        if reference is not None and len(reference):
            r = reference.sort_values("date")
            ax.plot(r["date"], r["value"], linestyle="--", color="0.5", zorder=0,
                    label="reference")  # fmt: skip
            layers.append(r.rename(columns={"date": "asof"}).assign(layer="reference"))
        nonempty = [x for x in layers if len(x)]
        data = pd.concat(nonempty, ignore_index=True) if nonempty else layers[0]
        if data.empty:
            _no_data(ax, f"no dated cumulative '{category}' figures")
        else:
            ax.set_xlabel("As-of date")
            ax.set_ylabel(f"Cumulative {unit} (count)")
            _date_axis(ax)
            _thousands(ax)
            ax.legend(loc="best")
        text = caption(articles, corpus_name) + "".join(f" · {n}" for n in notes)
        return _finish(fig, data, text)


def read_reference(path: str | Path, category: str = "killed") -> pd.DataFrame:
    """A reference series as ``date``, ``value`` rows.

    Reads a ``date,value`` CSV, or a Gaza Ministry of Health daily file as
    published by Tech for Palestine (``report_date`` plus ``killed_cum`` /
    ``ext_killed_cum``, ``injured_cum`` / ``ext_injured_cum``); the ``ext_``
    columns (gaps filled) win when present. Rows without a date or value are
    dropped and counted in ``df.attrs["dropped"]``.
    """
    raw = pd.read_csv(path)
    cols = {c.lower().strip(): c for c in raw.columns}
    date_col = cols.get("date") or cols.get("report_date")
    value_col = cols.get("value") or cols.get(f"ext_{category}_cum") or cols.get(f"{category}_cum")
    if date_col is None or value_col is None:
        raise ValueError(
            f"{path}: need columns date,value (or report_date and {category}_cum); "
            f"found {', '.join(raw.columns)}"
        )
    out = pd.DataFrame({
        "date": pd.to_datetime(raw[date_col], errors="coerce"),
        "value": pd.to_numeric(raw[value_col], errors="coerce"),
    })  # fmt: skip
    kept = out.dropna().reset_index(drop=True)
    kept.attrs["dropped"] = len(out) - len(kept)
    return kept


# ---------------------------------------------------------------- who is quoted
def expert_frequency(
    statements: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    speaker_types: Sequence[str] = ("expert",),
    top_n: int = 15,
    by: str = "outlet",
    corpus_name: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """How often each speaker of ``speaker_types`` is quoted: horizontal bars of
    statement counts, stacked by outlet or by the speaker's affiliation, most
    quoted on top, ``top_n`` speakers."""
    with _styled():
        fig, (ax,) = _figure(ax)
        kinds = ", ".join(speaker_types)
        ax.set_title(f"Most quoted speakers ({kinds}), by {by}")
        table = statements[statements["speaker_type"].isin(list(speaker_types))]
        if by == "outlet":
            table = _with_outlet(table, articles)
        table = table.assign(group=table[by].fillna(UNKNOWN).astype(str) if len(table) else [])
        counts = table.groupby(["speaker", "group"]).size().unstack(fill_value=0)
        if counts.empty:
            _no_data(ax, f"no statements by speakers of type {kinds}")
            return _finish(fig, pd.DataFrame(columns=["speaker", by, "statements"]),
                           caption(articles, corpus_name))  # fmt: skip
        order = counts.sum(axis=1).sort_values(ascending=False).head(top_n)
        # Ties sort by name so the chart is the same on every run.
        order = order.reset_index().sort_values([0, "speaker"], ascending=[False, True])
        counts = counts.loc[order["speaker"]].iloc[::-1]  # barh draws bottom-up
        counts = counts.loc[:, counts.sum() > 0]
        left = np.zeros(len(counts))
        for group in counts.columns:
            ax.barh(counts.index, counts[group], left=left, label=group)
            left += counts[group].to_numpy()
        ax.set_xlabel("Statements (count)")
        ax.set_ylabel("Speaker")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", visible=False)
        ax.legend(title=by.capitalize(), loc="lower right")
        data = counts.iloc[::-1].stack().rename("statements").reset_index()
        data = data[data["statements"] > 0].rename(columns={"group": by})
        return _finish(fig, data, caption(articles, corpus_name))


def share_of_voice(
    statements: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    corpus_name: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Share of each outlet's statements by speaker type (100 % stacked bars)."""
    with _styled():
        fig, (ax,) = _figure(ax)
        ax.set_title("Share of voice by speaker type, per outlet")
        table = _with_outlet(statements, articles)
        counts = table.groupby(["outlet", "speaker_type"]).size().unstack(fill_value=0)
        if counts.empty:
            _no_data(ax, "no statements")
            cols = ["outlet", "speaker_type", "statements", "share_pct"]
            return _finish(fig, pd.DataFrame(columns=cols), caption(articles, corpus_name))
        share = counts.div(counts.sum(axis=1), axis=0) * 100
        labels = [f"{o} (n={n})" for o, n in counts.sum(axis=1).items()]
        left = np.zeros(len(share))
        for kind in share.columns:
            ax.barh(labels, share[kind], left=left, label=kind)
            left += share[kind].to_numpy()
        ax.set_xlim(0, 100)
        ax.set_xlabel("Share of the outlet's statements (%)")
        ax.set_ylabel("Outlet (statements)")
        ax.grid(axis="y", visible=False)
        ax.legend(title="Speaker type", loc="upper left", bbox_to_anchor=(1.01, 1))
        data = counts.stack().rename("statements").reset_index()
        data["share_pct"] = share.stack().to_numpy().round(1)
        data = data[data["statements"] > 0]
        return _finish(fig, data, caption(articles, corpus_name))


# ---------------------------------------------------------------- stance
def stance_over_time(
    statements: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    target: str = "ceasefire",
    actors: Iterable[str] | None = None,
    freq: str = "W",
    min_statements: int = 1,
    corpus_name: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Each actor's stance toward ``target`` over time, with tone beside it.

    Top panel: one point per statement (stance -1/0/1, jittered a little so
    overlapping points show) and a line for the actor's mean per period
    (``freq`` "W" or "M"). Bottom panel: mean tone (VADER compound) per period.
    Given ``ax``, tone goes on a second y axis instead. ``statements`` need the
    ``actor`` column of ``corpus.actors`` and the stance columns.
    """
    with _styled():
        if ax is None:
            fig, (ax_s, ax_t) = _figure(None, nrows=2, sharex=True, figsize=(9, 7),
                                        height_ratios=(2, 1))  # fmt: skip
        else:
            fig, ax_s, ax_t = ax.figure, ax, ax.twinx()
        ax_s.set_title(f"Stance toward {target} over time, by actor")
        table = statements.assign(published=pd.to_datetime(statements["published"]))
        if actors is not None:
            table = table[table["actor"].isin(list(actors))]
        sizes = table.groupby("actor").size()
        table = table[table["actor"].isin(sizes[sizes >= min_statements].index)]
        undated = int(table["published"].isna().sum())
        table = table[table["published"].notna()]
        text = caption(articles, corpus_name) + (
            f" · {undated} undated statements not plotted" if undated else ""
        )
        if table.empty:
            _no_data(ax_s, f"no dated statements with a stance toward {target}")
            ax_t.set_visible(False)
            cols = ["actor", "date", "stance", "tone", "statement_id", "layer", "n"]
            return _finish(fig, pd.DataFrame(columns=cols), text)
        rng = np.random.default_rng(0)  # fixed seed: same picture on every run
        # Each period's mean is drawn at the mean publication date of the
        # statements it averages, so the line runs through its own points.
        table = table.assign(period=table["published"].dt.to_period(freq))
        means = (
            table.groupby(["actor", "period"])
            .agg(
                date=("published", "mean"),
                stance=("stance", "mean"),
                tone=("tone", "mean"),
                n=("stance", "size"),
            )
            .reset_index()
            .drop(columns="period")
            .round({"stance": 3, "tone": 3})
        )
        colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        for i, (actor, rows) in enumerate(table.groupby("actor", sort=True)):
            # Past the palette's colours, line style and marker tell actors apart.
            color = colors[i % len(colors)]
            dash, marker = ACTOR_STYLES[(i // len(colors)) % len(ACTOR_STYLES)]
            jitter = rng.uniform(-0.08, 0.08, len(rows))
            ax_s.scatter(rows["published"], rows["stance"] + jitter, color=color, alpha=0.6, s=28,
                         rasterized=len(rows) > RASTER_POINTS)  # fmt: skip
            m = means[means["actor"] == actor]
            ax_s.plot(m["date"], m["stance"], color=color, marker=marker, linestyle=dash,
                      label=actor)  # fmt: skip
            ax_t.plot(m["date"], m["tone"], color=color, marker=marker, linestyle=dash,
                      label=f"{actor} tone" if ax is not None else actor)  # fmt: skip
        ax_s.set_ylim(-1.3, 1.3)
        ax_s.set_yticks(list(STANCE_TICKS), list(STANCE_TICKS.values()))
        ax_s.set_ylabel("Stance (−1 against … 1 for)")
        ax_t.set_ylim(-1.05, 1.05)
        if ax is None:
            ax_t.set_title("Tone of the statements (period mean)", fontsize=11)
        ax_t.set_ylabel("Mean tone (VADER, −1 … 1)")
        period = {"W": "week", "M": "month"}.get(freq, freq)
        (ax_t if ax is None else ax_s).set_xlabel(f"Publication date (line: mean per {period})")
        _date_axis(ax_t if ax is None else ax_s)
        ax_s.legend(title="Actor", loc="upper left", bbox_to_anchor=(1.01, 1))
        points = table[["actor", "published", "stance", "tone", "statement_id"]]
        points = points.rename(columns={"published": "date"}).assign(layer="statement", n=1)
        means = means.assign(layer=f"mean per {period}")
        data = pd.concat([points, means], ignore_index=True)
        return _finish(fig, data, text)


# ---------------------------------------------------------------- saving
def save_figure(
    fig: Figure, stem: str | Path, formats: Sequence[str] = ("png", "svg")
) -> list[Path]:
    """Save ``fig`` as ``stem.<format>`` plus ``stem.csv`` of its plotted rows.

    ``stem`` is a path without extension; its folder is created. Each file is
    written to a temporary name and renamed, so an interrupted save leaves the
    previous file intact. Returns the paths written.
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        written.append(_atomic(stem.with_name(f"{stem.name}.{fmt}"),
                               lambda tmp, fmt=fmt: fig.savefig(tmp, format=fmt)))  # fmt: skip
    written.append(_atomic(stem.with_name(f"{stem.name}.csv"),
                           lambda tmp: plotted_data(fig).to_csv(tmp, index=False)))  # fmt: skip
    return written


def _atomic(path: Path, write) -> Path:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
