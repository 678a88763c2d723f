"""The article reader: seeds, exports, sidecar, chunks and every bad-input case."""

import json
import shutil
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from corpus import io
from corpus.io import (
    ARTICLE_COLUMNS,
    REJECT_COLUMNS,
    ArticleError,
    iter_articles,
    read_articles,
    read_corpus,
)
from corpus.paths import GOLD_DIR, SEEDS_DIR

sys.path.insert(0, str(Path(__file__).parent / "data"))
from make_bad_inputs import NON_ASCII_NAME, make_bad_inputs  # noqa: E402

BAD = Path(__file__).parent / "data" / "bad"
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"

# What each seed's text (or data/seeds/metadata.csv) gives.
SEEDS = {
    "000_eee99a6da9a7af8f": dict(
        title="Western leaders' intensifying pressure on Israel amid resurgence of Gaza "
        "hostilities 'hard to counter persisting divergence between conflicting sides'",
        author="Deng Xiaoci", outlet="Global Times", published="2023-12-03",
        date_source="stated", layout="header",
    ),
    "001_2df5cde4a4d3e906": dict(
        title="Netanyahu rejects Hamas’ proposed cease-fire terms in blow to Washington’s "
        "diplomacy in Middle East, highlighting US-Israel divisions",
        author=None, outlet="Global Times", published="2024-02-08",
        date_source="stated", layout="banner",
    ),
    "002_107bc7c712261691": dict(
        title="Israel Recalls Negotiators, Escalation in Gaza Conflict", author="Faruk Imamovic",
        outlet=None, published=None, date_source=None, layout="byline",
    ),
    "003_fda41a654f71145d": dict(
        title="What is the future of the Palestinian Israeli cease fire talks?", author=None,
        outlet="Mondo International", published="2024-01-30", date_source="stated",
        layout="updated",
    ),
    "004_42ba32d047d338ea": dict(
        title=None, author=None, outlet="Global Times", published="2024-03-31",
        date_source="sidecar", layout="caption",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def seeds():
    articles, rejects = read_corpus(SEEDS_DIR)
    assert rejects.empty
    return articles.set_index("article_id", drop=False)


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    folder = make_bad_inputs(tmp_path_factory.mktemp("bad"))
    articles, rejects = read_corpus(folder)
    return folder, articles, rejects


def _reject(rejects, name):
    rows = rejects[rejects["path"].str.endswith(name)]
    assert len(rows) == 1, rejects
    return rows.iloc[0]


# --- seeds ---------------------------------------------------------------------------


@pytest.mark.parametrize("article_id", SEEDS)
@pytest.mark.parametrize("field", ["title", "author", "outlet", "date_source", "layout"])
def test_seed_metadata(seeds, article_id, field):
    assert seeds.loc[article_id, field] == SEEDS[article_id][field]


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_published(seeds, article_id):
    expected = SEEDS[article_id]["published"]
    value = seeds.loc[article_id, "published"]
    assert pd.isna(value) if expected is None else value == pd.Timestamp(expected)


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_title_is_not_in_the_text(seeds, article_id):
    title = SEEDS[article_id]["title"]
    assert title is None or title not in seeds.loc[article_id, "text"]


@pytest.mark.parametrize(
    ("article_id", "boilerplate"),
    [
        ("000_eee99a6da9a7af8f", ["Published Time:", "Author:", "Category 1:", "Text:"]),
        ("001_2df5cde4a4d3e906", ["WORLD / MID-EAST", "Published: Feb 08"]),
        ("002_107bc7c712261691", ["© Getty", "by Faruk Imamovic", "Benjamin Netanyahu Qatar"]),
        ("003_fda41a654f71145d", ["Updated on 2024-01-30", "Related Pages"]),
    ],
)
def test_seed_boilerplate_is_gone(seeds, article_id, boilerplate):
    text = seeds.loc[article_id, "text"]
    assert [b for b in boilerplate if b in text] == []


def test_repeated_caption_appears_once(seeds):
    assert (
        seeds.loc["001_2df5cde4a4d3e906", "text"].count("People gather around a destroyed house")
        == 1
    )


def test_repeated_lead_sentence_appears_once(seeds):
    assert seeds.loc["002_107bc7c712261691", "text"].count("Israel's negotiation team, led by") == 1


def test_caption_opening_the_text_is_kept(seeds):
    assert seeds.loc["004_42ba32d047d338ea", "text"].startswith(
        "People gather around a destroyed building"
    )


def test_double_star_artefacts_are_kept(seeds):
    assert "Several Israel**s have recently reported" in seeds.loc["003_fda41a654f71145d", "text"]


def test_in_body_section_heading_is_dropped_and_its_section_kept(seeds):
    text = seeds.loc["002_107bc7c712261691", "text"]
    assert "Negotiation Impasse and Resumption of Conflict" not in text
    assert "The negotiations, which showed initial promise, hit a major stumbling block" in text


def test_seed_without_sidecar_infers_date_from_weekdays(tmp_path):
    shutil.copy(GOLD_DIR / "004_42ba32d047d338ea.txt", tmp_path)
    row = read_corpus(tmp_path)[0].iloc[0]
    assert (row["published"], row["date_source"], row["outlet"]) == (
        pd.Timestamp("2024-03-31"),
        "inferred",
        None,
    )


def test_gold_folder_has_no_sidecar():
    assert not (GOLD_DIR / "metadata.csv").exists()


def test_columns_and_dtypes(seeds):
    assert tuple(seeds.columns) == ARTICLE_COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(seeds["published"])
    assert pd.api.types.is_integer_dtype(seeds["n_words"])


def test_sha256_is_of_the_raw_bytes(seeds):
    import hashlib

    raw = (SEEDS_DIR / "000_eee99a6da9a7af8f.txt").read_bytes()
    assert seeds.loc["000_eee99a6da9a7af8f", "sha256"] == hashlib.sha256(raw).hexdigest()


def test_text_is_normalised(seeds):
    assert "on Sunday. Macron" in seeds.loc["000_eee99a6da9a7af8f", "text"]
    assert "\u00a0" not in seeds.loc["001_2df5cde4a4d3e906", "text"]


# --- sources -------------------------------------------------------------------------


def test_single_file_and_list_of_sources():
    one = read_corpus(SEEDS_DIR / "002_107bc7c712261691.txt")[0]
    two = read_corpus(
        [SEEDS_DIR / "002_107bc7c712261691.txt", str(SEEDS_DIR / "003_fda41a654f71145d.txt")]
    )[0]
    assert list(one["article_id"]) == ["002_107bc7c712261691"]
    assert len(two) == 2


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Hamas said on Monday talks were over.")
    (tmp_path / "a.txt").write_text("Israel said on Monday talks would go on.")
    assert list(read_corpus(tmp_path)[0]["article_id"]) == ["a", "x"]


def test_jsonl_export():
    articles, rejects = read_corpus(BAD / "export.jsonl")
    first = articles.iloc[0]
    assert list(articles["article_id"]) == ["wire-1", "export-2"]
    assert (first["title"], first["outlet"], first["url"], first["date_source"]) == (
        "Talks resume in Doha",
        "Example Wire",
        "https://example.org/1",
        "stated",
    )
    assert first["published"] == pd.Timestamp("2024-08-15")
    assert list(rejects["reason"]) == ["malformed_json", "empty"]


def test_csv_export():
    articles, rejects = read_corpus(BAD / "export.csv")
    assert list(articles["article_id"]) == ["c1", "export-2"]
    assert articles.iloc[0]["published"] == pd.Timestamp("2024-03-02")
    assert articles.iloc[0]["outlet"] == "Example Daily"
    assert rejects.empty


def test_csv_without_text_column_is_one_reject():
    articles, rejects = read_corpus(BAD / "no_text.csv")
    assert articles.empty and list(rejects["reason"]) == ["no_text_column"]
    assert "body" in rejects.iloc[0]["detail"]


def test_sidecar_fills_and_overrides(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Talks resumed\nPublished: Jan 2, 2024\nHamas said on Monday talks resumed."
    )
    pd.DataFrame(
        [
            {
                "article_id": "a",
                "outlet": "Daily Example",
                "published": "2024-01-03",
                "note": "from the URL",
            }
        ]
    ).to_csv(tmp_path / "metadata.csv", index=False)
    row = read_corpus(tmp_path)[0].iloc[0]
    assert (row["outlet"], row["published"], row["date_source"], row["title"]) == (
        "Daily Example",
        pd.Timestamp("2024-01-03"),
        "sidecar",
        "Talks resumed",
    )


def test_sidecar_is_not_read_as_an_article(tmp_path):
    (tmp_path / "a.txt").write_text("Hamas said on Monday talks resumed.")
    (tmp_path / "metadata.csv").write_text("article_id,outlet\na,X\n")
    articles, rejects = read_corpus(tmp_path)
    assert len(articles) == 1 and rejects.empty


def test_duplicate_ids_from_two_folders_are_made_unique(tmp_path):
    for sub, text in (("x", "Hamas said talks resumed."), ("y", "Israel said talks resumed.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(text)
    assert list(read_corpus(tmp_path)[0]["article_id"]) == ["story", "story-2"]


# --- bad inputs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("whitespace.txt", "empty"),
        ("photo.txt", "binary"),
        ("nul_bytes.txt", "binary"),
        ("loop.txt", "unreadable"),
        ("cp1252_copy.txt", "duplicate"),
    ],
)
def test_bad_input_is_rejected_with_reason(bad, name, reason):
    assert _reject(bad[2], name)["reason"] == reason


def test_duplicate_detail_names_the_article_kept(bad):
    assert "cp1252" in _reject(bad[2], "cp1252_copy.txt")["detail"]


def test_count_is_conserved(bad):
    folder, articles, rejects = bad
    files = [p for p in folder.rglob("*.txt") if not p.is_dir() and "back" not in p.parts]
    assert len(articles) + len(rejects) == len(files)


def test_directory_symlink_loop_reads_each_file_once(bad):
    assert list(bad[1]["article_id"]).count("inner") == 1


@pytest.mark.parametrize(
    ("article_id", "expected"),
    [
        ("utf16_bom", "Mediators said on Sunday"),
        ("utf8_bom", "The ministry said 32"),
        ("cp1252", "demands “delusional,” officials said. ‘We will not stop,’ he"),
        ("latin1", "The café owner in Rafah said the strike was “terrifying”"),
    ],
)
def test_encodings_are_decoded(bad, article_id, expected):
    text = bad[1].set_index("article_id").loc[article_id, "text"]
    assert text.startswith(expected) or expected in text
    assert "\ufeff" not in text


def test_mixed_line_endings_become_newlines(bad):
    text = bad[1].set_index("article_id").loc["mixed_endings", "text"]
    assert "\r" not in text and text.count("\n") == 2


def test_html_saved_as_txt_is_reduced_to_text(bad):
    row = bad[1].set_index("article_id").loc["saved_page"]
    assert row["layout"] == "html" and "<p>" not in row["text"] and "tracking" not in row["text"]
    assert (row["title"], row["outlet"], row["published"]) == (
        "Mediators push for truce",
        "Example News",
        pd.Timestamp("2024-05-06"),
    )
    assert 'the group was "studying" the proposal' in row["text"]


def test_long_line_without_spaces_is_kept(bad):
    text = bad[1].set_index("article_id").loc["long_line", "text"]
    assert "x" * 100_000 in text


def test_huge_file_is_read_below_the_limit(bad):
    assert "huge" in set(bad[1]["article_id"])


def test_huge_file_over_max_bytes_is_too_large(bad):
    articles, rejects = read_corpus(bad[0] / "huge.txt", max_bytes=10_000_000)
    assert articles.empty and list(rejects["reason"]) == ["too_large"]


def test_non_ascii_file_name(bad):
    assert Path(NON_ASCII_NAME).stem in set(bad[1]["article_id"])


def test_unreadable_file_is_rejected(bad, monkeypatch):
    # Tests run as root, which reads chmod 000 files; simulate the failure instead.
    def deny(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(io, "_read_bytes", deny)
    articles, rejects = read_corpus(bad[0] / "locked.txt")
    assert articles.empty and list(rejects["reason"]) == ["unreadable"]
    assert "Permission denied" in rejects.iloc[0]["detail"]


def test_directory_named_txt_passed_as_file_is_unreadable(bad):
    assert list(read_corpus(bad[0] / "folder.txt")[1]["reason"]) == ["unreadable"]


def test_missing_file_is_unreadable(tmp_path):
    assert list(read_corpus(tmp_path / "nope.txt")[1]["reason"]) == ["unreadable"]


def test_header_only_file_is_empty(tmp_path):
    (tmp_path / "h.txt").write_text("Title: Truce\nPublished Time: 2024-01-02\nText:\n")
    assert list(read_corpus(tmp_path)[1]["reason"]) == ["empty"]


def test_rejects_table_has_its_columns_when_empty(seeds):
    assert tuple(read_corpus(SEEDS_DIR)[1].columns) == REJECT_COLUMNS


def test_empty_folder_gives_empty_tables_with_columns(tmp_path):
    articles, rejects = read_corpus(tmp_path)
    assert tuple(articles.columns) == ARTICLE_COLUMNS and tuple(rejects.columns) == REJECT_COLUMNS


# --- errors and warnings -------------------------------------------------------------


def test_errors_raise_names_file_and_problem():
    with pytest.raises(ArticleError, match=r"empty\.txt: empty") as info:
        read_corpus(BAD / "empty.txt", errors="raise")
    assert isinstance(info.value, ValueError)


def test_errors_raise_on_malformed_json_line():
    with pytest.raises(ValueError, match="malformed_json"):
        read_corpus(BAD / "export.jsonl", errors="raise")


def test_unknown_errors_mode_is_refused():
    with pytest.raises(ValueError, match="errors"):
        read_corpus(SEEDS_DIR, errors="ignore")


def test_read_articles_warns_once_per_reject():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = read_articles(
            [BAD / "empty.txt", BAD / "whitespace.txt", BAD / "mixed_endings.txt"]
        )
    assert len(articles) == 1
    assert len(caught) == 2 and "empty.txt" in str(caught[0].message)
    assert list(articles.attrs["rejects"]["reason"]) == ["empty", "empty"]


# --- streaming -----------------------------------------------------------------------


def test_iter_articles_chunks(tmp_path):
    for n in range(5):
        (tmp_path / f"a{n}.txt").write_text(f"Officials said {n} trucks entered Gaza on Monday.")
    (tmp_path / "a9.txt").write_text("Officials said 0 trucks entered Gaza on Monday.")
    chunks = list(iter_articles(tmp_path, chunk_size=2))
    assert [len(a) for a, _ in chunks] == [2, 2, 1]
    dup = pd.concat([r for _, r in chunks])
    assert list(dup["reason"]) == ["duplicate"] and "a0" in dup.iloc[0]["detail"]


# --- dev set (real articles of other outlets) ----------------------------------------


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev set not available")
def test_devset_published_dates_mostly_right():
    articles = read_corpus(DEVSET)[0].set_index("article_id")
    right = 0
    gold_files = sorted(DEVSET.glob("d*.json"))
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["published"]
        value = articles.loc[gold_path.stem, "published"]
        right += (pd.isna(value) and gold is None) or (
            gold is not None and not pd.isna(value) and value == pd.Timestamp(gold)
        )
    assert right >= len(gold_files) - 2


def test_unforeseen_parse_failure_is_a_reject(tmp_path, monkeypatch):
    def boom(text):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(io, "parse_page", boom)
    (tmp_path / "a.txt").write_text("Hamas said on Monday talks resumed.")
    articles, rejects = read_corpus(tmp_path)
    assert articles.empty and list(rejects["reason"]) == ["parse_error"]
    assert "layout bug" in rejects.iloc[0]["detail"]


def test_broken_sidecar_warns_and_is_ignored(tmp_path):
    (tmp_path / "a.txt").write_text("Hamas said on Monday talks resumed.")
    (tmp_path / "metadata.csv").write_text("outlet,note\nX,no id column\n")
    with pytest.warns(UserWarning, match="sidecar ignored"):
        articles, rejects = read_corpus(tmp_path)
    assert len(articles) == 1 and articles.iloc[0]["outlet"] is None


@pytest.mark.parametrize("folder", [GOLD_DIR, DEVSET], ids=["seeds", "devset"])
def test_every_gold_snippet_survives_the_reader(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} not available")
    articles = read_corpus(folder)[0].set_index("article_id")
    missing = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = articles.loc[gold_path.stem, "text"]
        for item in gold.get("statements", []) + gold.get("figures", []):
            if item.get("snippet") and item["snippet"] not in text:
                missing.append((gold_path.stem, item["snippet"]))
    assert missing == []


def test_jsonl_line_that_is_not_utf8_costs_only_that_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Hamas said talks resumed."}\n'
        b'{"id": "b", "text": "caf\xe9 owner said"}\n'
        b'{"id": "c", "text": "Israel said talks would go on."}\n'
    )
    articles, rejects = read_corpus(path)
    assert list(articles["article_id"]) == ["a", "c"]
    assert list(rejects["reason"]) == ["malformed_json"] and "UTF-8" in rejects.iloc[0]["detail"]
