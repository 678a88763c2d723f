"""The ``corpus`` command as a user runs it (subprocesses)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from corpus.paths import SEEDS_DIR

TESTS = Path(__file__).resolve().parent
TABLES = ("articles", "statements", "figures", "speakers", "rejects")
STAGES = ("corpus.io", "corpus.statements", "corpus.stance", "corpus.figures", "corpus.speakers")


def corpus_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corpus", *args], capture_output=True, text=True, timeout=300
    )


def standin_command(*args: str) -> subprocess.CompletedProcess:
    """The CLI with the pipeline's stand-in stages (see pipeline_standins)."""
    code = (
        f"import sys; sys.path.insert(0, {str(TESTS)!r}); import pipeline_standins; "
        "pipeline_standins.install(); from corpus.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
    )


def test_help_lists_the_three_commands():
    result = corpus_command("--help")
    assert result.returncode == 0
    for command in ("extract", "evaluate", "report"):
        assert command in result.stdout


def test_extract_help_lists_the_scale_options():
    result = corpus_command("extract", "--help")
    for option in ("--jobs", "--engine", "--scheduler", "--chunk-size", "--no-cache", "--quiet"):
        assert option in result.stdout


@pytest.mark.skipif(
    not all(importlib.util.find_spec(name) for name in STAGES),
    reason="an extraction stage module is not written yet",
)
def test_extract_seeds_writes_every_table(tmp_path):
    result = corpus_command("extract", str(SEEDS_DIR), "--out", str(tmp_path / "tables"), "--quiet")
    assert result.returncode == 0, result.stderr
    for name in TABLES:
        pd.read_parquet(tmp_path / "tables" / name)
    assert len(pd.read_parquet(tmp_path / "tables" / "articles")) == 5


def test_extract_writes_parquet_tables_and_summary(tmp_path):
    result = standin_command("extract", str(SEEDS_DIR), "--out", str(tmp_path / "t"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "corpus extract: 5 articles (0 from cache)" in result.stderr
    for name in TABLES:
        pd.read_parquet(tmp_path / "t" / name)


def test_second_run_reports_cache_hits(tmp_path):
    for _ in range(2):
        result = standin_command("extract", str(SEEDS_DIR), "--out", str(tmp_path / "t"), "--quiet")
    assert "5 articles (5 from cache)" in result.stderr


def test_extract_csv_format(tmp_path):
    out = tmp_path / "t"
    result = standin_command("extract", str(SEEDS_DIR), "--out", str(out), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert len(pd.read_csv(out / "articles.csv")) == 5


def test_extract_into_a_foreign_folder_exits_2(tmp_path):
    (tmp_path / "mine.txt").write_text("not tables")
    result = standin_command("extract", str(SEEDS_DIR), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 2
    assert "not a corpus tables folder" in result.stderr
