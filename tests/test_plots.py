"""Plots (corpus.plots) on small hand-made tables following docs/architecture.md."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from corpus import plots  # noqa: E402

T = pd.Timestamp


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["Daily Star", "Wire", None],
            "published": [T("2024-01-05"), T("2024-02-10"), pd.NaT],
        }
    )


def _figure_row(fid, value, qualifier="exact", scope="cumulative", asof="2024-01-04", **kw):
    row = {
        "figure_id": fid,
        "article_id": fid.split(":")[0],
        "value": float(value),
        "value_text": f"{value:,}",
        "qualifier": qualifier,
        "category": "killed",
        "subject": "Palestinians",
        "scope": scope,
        "asof": T(asof) if asof else pd.NaT,
        "source": "Gaza Health Ministry",
        "sentence": "…",
        "duplicate_of": None,
    }
    return row | kw


@pytest.fixture
def figures():
    return pd.DataFrame(
        [
            _figure_row("a:f001", 22000, "more_than"),
            _figure_row("a:f002", 193, scope="incident"),
            _figure_row("a:f003", 22000, duplicate_of="a:f001"),
            _figure_row("b:f001", 28000, "at_least", asof="2024-02-09", subject=None),
            _figure_row("b:f002", 9000, asof="2024-02-09", subject="children"),
            _figure_row("b:f003", 65000, asof="2024-02-09", category="injured"),
            _figure_row("c:f001", 30000, "nearly", asof=None),
        ]
    )


@pytest.fixture
def statements():
    rows = [
        (
            "a:s001",
            "a",
            "2024-01-05",
            "Zhu Yongbiao",
            "expert",
            "Lanzhou University",
            "China",
            1,
            0.2,
        ),
        ("a:s002", "a", "2024-01-05", "Li Haidong", "expert", "CFAU", "China", 0, -0.1),
        (
            "b:s001",
            "b",
            "2024-02-10",
            "Zhu Yongbiao",
            "expert",
            "Lanzhou University",
            "China",
            1,
            0.5,
        ),
        (
            "b:s002",
            "b",
            "2024-02-10",
            "Antony Blinken",
            "official",
            None,
            "United States",
            -1,
            -0.6,
        ),
        ("b:s003", "b", "2024-02-12", "Antony Blinken", "official", None, "United States", 1, 0.0),
        ("c:s001", "c", None, "Zhu Yongbiao", "expert", "Lanzhou University", "China", 1, 0.3),
    ]
    cols = ["statement_id", "article_id", "published", "speaker", "speaker_type"]
    frame = pd.DataFrame(rows, columns=[*cols, "affiliation", "actor", "stance", "tone"])
    return frame.assign(published=pd.to_datetime(frame["published"]))


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts]


# ---------------------------------------------------------------- casualty_points
def test_casualty_points_keep_the_category_only(figures, articles):
    points = plots.casualty_points(figures, articles, category="injured")
    assert points["figure_id"].tolist() == ["b:f003"]


def test_casualty_points_drop_repeats_within_an_article(figures, articles):
    points = plots.casualty_points(figures, articles)
    assert "a:f003" not in set(points["figure_id"])


def test_casualty_points_subject_keeps_unstated_subjects(figures, articles):
    points = plots.casualty_points(figures, articles, subject="palestinians")
    assert set(points["figure_id"]) == {"a:f001", "a:f002", "b:f001", "c:f001"}


def test_casualty_points_date_bounds_keep_undated_rows(figures, articles):
    points = plots.casualty_points(figures, articles, start="2024-02-01")
    assert set(points["figure_id"]) == {"b:f001", "b:f002", "c:f001"}


def test_casualty_points_outlet_filter_and_unknown_outlet(figures, articles):
    assert set(plots.casualty_points(figures, articles, outlets=["Wire"])["outlet"]) == {"Wire"}
    unknown = plots.casualty_points(figures, articles)
    assert unknown.loc[unknown["figure_id"] == "c:f001", "outlet"].item() == plots.UNKNOWN


# ---------------------------------------------------------------- casualty_trend
def test_casualty_trend_plots_dated_cumulative_figures_only(figures, articles):
    points = plots.casualty_points(figures, articles, subject="Palestinians")
    fig = plots.casualty_trend(points, articles, corpus_name="test corpus")
    reported = plots.plotted_data(fig).query("layer == 'reported'")
    assert sorted(reported["value"]) == [22000.0, 28000.0]
    caption = fig.get_supxlabel()
    assert "1 incident/other counts not plotted" in caption
    assert "1 undated figures not plotted" in caption


def test_casualty_trend_one_marker_per_outlet(figures, articles):
    fig = plots.casualty_trend(plots.casualty_points(figures, articles), articles)
    by_label = {line.get_label(): line.get_marker() for line in fig.axes[0].lines}
    assert by_label["Daily Star"] != by_label["Wire"]


def test_casualty_trend_marks_lower_bounds_with_an_upward_caret(figures, articles):
    fig = plots.casualty_trend(plots.casualty_points(figures, articles), articles)
    carets = [ln for ln in fig.axes[0].lines if ln.get_label().startswith("lower bound")]
    assert len(carets) == 1
    assert carets[0].get_marker() == 10  # CARETUPBASE: the caret sits above the point
    assert sorted(carets[0].get_ydata()) == [22000.0, 28000.0]


def test_casualty_trend_draws_series_and_reference(figures, articles):
    series = pd.DataFrame({"date": [T("2024-01-04"), T("2024-02-09")], "value_max": [22000, 28000]})
    reference = pd.DataFrame({"date": [T("2024-01-01"), T("2024-02-01")], "value": [21000, 27000]})
    points = plots.casualty_points(figures, articles)
    fig = plots.casualty_trend(points, articles, series=series, reference=reference)
    layers = plots.plotted_data(fig)["layer"].value_counts().to_dict()
    assert layers == {"reported": 3, "series": 2, "reference": 2}
    reference_line = next(ln for ln in fig.axes[0].lines if ln.get_label() == "reference")
    assert list(reference_line.get_ydata()) == [21000, 27000]


def test_casualty_trend_labels_axes_with_units_and_dates(figures, articles):
    fig = plots.casualty_trend(plots.casualty_points(figures, articles), articles)
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Cumulative people killed (count)"
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)


def test_casualty_trend_without_data_says_so(figures, articles):
    fig = plots.casualty_trend(figures.iloc[:0], articles, category="displaced")
    assert _texts(fig) == ["No data: no dated cumulative 'displaced' figures"]


# ---------------------------------------------------------------- caption
def test_caption_names_corpus_size_outlets_and_dates(articles):
    text = plots.caption(articles, "data/seeds")
    assert text == (
        "Corpus: data/seeds · 3 articles · 2 outlets · published 2024-01-05 to 2024-02-10 · 1 undated"
    )


# ---------------------------------------------------------------- expert_frequency
def test_expert_frequency_counts_statements_per_outlet(statements, articles):
    fig = plots.expert_frequency(statements, articles)
    data = plots.plotted_data(fig)
    zhu = data[data["speaker"] == "Zhu Yongbiao"].set_index("outlet")["statements"].to_dict()
    assert zhu == {"Daily Star": 1, "Wire": 1, plots.UNKNOWN: 1}
    assert "Antony Blinken" not in set(data["speaker"])


def test_expert_frequency_puts_the_most_quoted_on_top(statements, articles):
    fig = plots.expert_frequency(statements, articles)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[-1] == "Zhu Yongbiao"  # barh draws bottom-up


def test_expert_frequency_top_n_and_speaker_types(statements, articles):
    fig = plots.expert_frequency(
        statements, articles, speaker_types=["expert", "official"], top_n=1
    )
    assert set(plots.plotted_data(fig)["speaker"]) == {"Zhu Yongbiao"}


def test_expert_frequency_by_affiliation(statements, articles):
    fig = plots.expert_frequency(statements, articles, by="affiliation")
    data = plots.plotted_data(fig).set_index("speaker")
    assert data.loc["Zhu Yongbiao", "affiliation"] == "Lanzhou University"
    assert data.loc["Zhu Yongbiao", "statements"] == 3


def test_expert_frequency_without_experts_says_so(statements, articles):
    fig = plots.expert_frequency(statements, articles, speaker_types=["media"])
    assert _texts(fig) == ["No data: no statements by speakers of type media"]


# ---------------------------------------------------------------- share_of_voice
def test_share_of_voice_shares_sum_to_100_per_outlet(statements, articles):
    data = plots.plotted_data(plots.share_of_voice(statements, articles))
    assert data.groupby("outlet")["share_pct"].sum().round().eq(100).all()
    wire = data[data["outlet"] == "Wire"].set_index("speaker_type")["share_pct"].to_dict()
    assert wire == {"expert": 33.3, "official": 66.7}


def test_share_of_voice_without_statements_says_so(statements, articles):
    fig = plots.share_of_voice(statements.iloc[:0], articles)
    assert _texts(fig) == ["No data: no statements"]


# ---------------------------------------------------------------- stance_over_time
def test_stance_over_time_plots_points_and_period_means(statements, articles):
    fig = plots.stance_over_time(statements, articles, freq="M")
    data = plots.plotted_data(fig)
    assert (data["layer"] == "statement").sum() == 5  # the undated one is left out
    means = data[data["layer"] == "mean per month"].set_index("actor")
    assert means.loc["United States", "stance"] == 0.0
    assert means.loc["United States", "tone"] == -0.3
    assert "1 undated statements not plotted" in fig.get_supxlabel()


def test_stance_over_time_has_a_tone_panel(statements, articles):
    fig = plots.stance_over_time(statements, articles)
    assert len(fig.axes) == 2
    assert "tone" in fig.axes[1].get_ylabel().lower()


def test_stance_over_time_on_given_axes_puts_tone_on_a_second_axis(statements, articles):
    fig, ax = plt.subplots()
    plots.stance_over_time(statements, articles, ax=ax)
    assert len(fig.axes) == 2 and fig.axes[1].get_shared_x_axes().joined(fig.axes[0], fig.axes[1])


def test_stance_over_time_actor_filter_and_minimum(statements, articles):
    data = plots.plotted_data(plots.stance_over_time(statements, articles, min_statements=3))
    assert set(data["actor"]) == {"China"}
    data = plots.plotted_data(
        plots.stance_over_time(statements, articles, actors=["United States"])
    )
    assert set(data["actor"]) == {"United States"}


def test_stance_over_time_without_statements_says_so(statements, articles):
    fig = plots.stance_over_time(statements, articles, actors=["Nobody"], target="truce")
    assert _texts(fig) == ["No data: no dated statements with a stance toward truce"]


# ---------------------------------------------------------------- style
def test_style_context_keeps_interactive_mode_the_backend_switched_on():
    # The notebook backend turns interactive mode on when pyplot first makes a
    # figure; if the style context undid that, later figures would not show.
    matplotlib.interactive(False)
    try:
        with plots._styled():
            assert plt.rcParams["axes.titlelocation"] == "left"
            matplotlib.interactive(True)
        assert matplotlib.is_interactive()
        assert plt.rcParams["axes.titlelocation"] == "center"
    finally:
        matplotlib.interactive(False)


# ---------------------------------------------------------------- saving
def test_save_figure_writes_images_and_the_plotted_rows(statements, articles, tmp_path):
    fig = plots.share_of_voice(statements, articles)
    written = plots.save_figure(fig, tmp_path / "out" / "share")
    assert sorted(p.name for p in written) == ["share.csv", "share.png", "share.svg"]
    assert (tmp_path / "out" / "share.png").read_bytes().startswith(b"\x89PNG")
    saved = pd.read_csv(tmp_path / "out" / "share.csv")
    assert saved["statements"].sum() == len(statements)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)


# ---------------------------------------------------------------- reference series
def test_read_reference_date_value_file(tmp_path):
    path = tmp_path / "ref.csv"
    path.write_text("date,value\n2024-01-01,21000\n2024-01-02,n/a\n")
    ref = plots.read_reference(path)
    assert ref["value"].tolist() == [21000.0]
    assert ref.attrs["dropped"] == 1


def test_read_reference_ministry_daily_file_prefers_gap_filled_column(tmp_path):
    path = tmp_path / "moh.csv"
    path.write_text("report_date,killed_cum,ext_killed_cum\n2024-01-01,,21100\n")
    assert plots.read_reference(path)["value"].tolist() == [21100.0]


def test_read_reference_without_usable_columns_raises_clearly(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("day,count\n2024-01-01,3\n")
    with pytest.raises(ValueError, match="need columns date,value"):
        plots.read_reference(path)


def test_stance_over_time_tells_more_actors_apart_than_it_has_colours(statements, articles):
    many = pd.concat(
        [statements.assign(actor=f"actor {i:02d}", statement_id=f"x:s{i:03d}") for i in range(12)]
    )
    fig = plots.stance_over_time(many, articles)
    styles = {(ln.get_color(), ln.get_linestyle(), ln.get_marker()) for ln in fig.axes[0].lines}
    assert len(styles) == 12
