"""Cache keys and the cache index."""

from __future__ import annotations

import pandas as pd

from corpus import cache

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b"],
        "published": [pd.Timestamp("2024-01-30"), pd.NaT],
        "outlet": ["Daily Courier", None],
        "title": ["Talks resume", None],
        "text": ["Officials said talks would resume.", "No date here."],
    }
)


def test_keys_are_stable_for_the_same_input():
    first = cache.article_keys(ARTICLES, "ceasefire", "1")
    assert first.tolist() == cache.article_keys(ARTICLES.copy(), "ceasefire", "1").tolist()
    assert first.nunique() == 2


def test_key_changes_with_text():
    changed = ARTICLES.assign(text=["Officials said talks would not resume.", "No date here."])
    before = cache.article_keys(ARTICLES, "ceasefire", "1")
    after = cache.article_keys(changed, "ceasefire", "1")
    assert (before != after).tolist() == [True, False]


def test_key_changes_with_published_date():
    moved = ARTICLES.assign(published=[pd.Timestamp("2024-01-31"), pd.NaT])
    assert cache.article_keys(moved, "t", "1")[0] != cache.article_keys(ARTICLES, "t", "1")[0]


def test_key_changes_with_target_and_version():
    base = cache.article_keys(ARTICLES, "ceasefire", "1")[0]
    assert cache.article_keys(ARTICLES, "hostages", "1")[0] != base
    assert cache.article_keys(ARTICLES, "ceasefire", "2")[0] != base


def test_fingerprint_follows_extraction_code_and_data(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "statements.py").write_text("RULES = 1\n")
    (tmp_path / "data" / "verbs.txt").write_text("say\n")
    (tmp_path / "plots.py").write_text("x = 1\n")
    base = cache.code_fingerprint.__wrapped__(tmp_path)
    (tmp_path / "plots.py").write_text("x = 2\n")  # not extraction code
    assert cache.code_fingerprint.__wrapped__(tmp_path) == base
    (tmp_path / "data" / "verbs.txt").write_text("say\nwarn\n")
    assert cache.code_fingerprint.__wrapped__(tmp_path) != base


def test_index_of_a_folder_without_cache_is_empty(tmp_path):
    assert cache.load_index(tmp_path) == {}
