"""Table schemas, Parquet parts and the atomic output folder."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from corpus import storage


def test_conform_adds_missing_contract_columns_in_order():
    frame = storage.conform(pd.DataFrame({"reason": ["empty"], "path": ["a.txt"]}), "rejects")
    assert list(frame.columns) == ["path", "reason", "detail"]
    assert frame["detail"].isna().all()


def test_conform_keeps_extra_columns_after_the_contract_ones():
    frame = storage.conform(pd.DataFrame({"path": ["a"], "note": ["x"]}), "rejects")
    assert list(frame.columns) == ["path", "reason", "detail", "note"]


def test_conform_converts_aware_times_to_naive_utc():
    aware = pd.DataFrame({"published": [pd.Timestamp("2024-02-08 21:16", tz="Asia/Shanghai")]})
    published = storage.conform(aware, "articles")["published"]
    assert published.dtype == "datetime64[us]"
    assert published.iloc[0] == pd.Timestamp("2024-02-08 13:16")


def test_unparseable_numbers_become_missing_not_errors():
    frame = storage.conform(pd.DataFrame({"value": ["n/a"], "char_start": [None]}), "figures")
    assert frame["value"].isna().all()
    assert frame["char_start"].isna().all()


def test_empty_and_full_parts_read_as_one_dataset(tmp_path):
    full = storage.conform(
        pd.DataFrame({"path": ["a.txt"], "reason": ["empty"], "detail": ["no text"]}), "rejects"
    )
    storage.write_parquet(storage.empty("rejects"), tmp_path / "part-00000.parquet", "rejects")
    storage.write_parquet(full, tmp_path / "part-00001.parquet", "rejects")
    assert pd.read_parquet(tmp_path)["path"].tolist() == ["a.txt"]


def test_atomic_folder_leaves_out_untouched_when_the_run_fails(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / storage.MANIFEST).write_text("{}")
    with pytest.raises(RuntimeError), storage.atomic_folder(out) as staging:
        (staging / "new.txt").write_text("half written")
        raise RuntimeError("killed")
    assert sorted(p.name for p in out.iterdir()) == [storage.MANIFEST]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_atomic_folder_swaps_in_the_new_outputs(tmp_path):
    out = tmp_path / "out"
    with storage.atomic_folder(out) as staging:
        (staging / storage.MANIFEST).write_text("{}")
    assert (out / storage.MANIFEST).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_recover_puts_back_outputs_parked_by_a_run_killed_mid_swap(tmp_path):
    parked = tmp_path / ".out.old-999999999"
    parked.mkdir()
    (parked / storage.MANIFEST).write_text("{}")
    storage.recover(tmp_path / "out")
    assert (tmp_path / "out" / storage.MANIFEST).exists()
    assert not parked.exists()


def test_recover_removes_staging_of_dead_runs_only(tmp_path):
    dead = tmp_path / ".out.tmp-999999999"
    live = tmp_path / f".out.tmp-{os.getppid()}"
    dead.mkdir()
    live.mkdir()
    storage.recover(tmp_path / "out")
    assert not dead.exists()
    assert live.exists()


def test_read_table_of_a_missing_table_is_empty_with_columns(tmp_path):
    frame = storage.read_table(tmp_path, "speakers")
    assert frame.empty
    assert list(frame.columns) == [name for name, _ in storage.SCHEMAS["speakers"]]
