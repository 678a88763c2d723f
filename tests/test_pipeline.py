"""The extraction pipeline: chunking, parallel and Dask engines, cache, atomic output.

The stages are replaced by the stand-ins of ``pipeline_standins`` so these tests
check the pipeline itself, not the extraction rules.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from importlib import import_module
from pathlib import Path

import pandas as pd
import pipeline_standins
import pytest

from corpus import cache, pipeline, storage
from corpus import io as corpus_io
from corpus.paths import SEEDS_DIR

TESTS = Path(__file__).resolve().parent

# Short articles in the genre, so chunks of several sizes have work to split.
EXTRA = (
    "Talks resume in Cairo\n2024-03-{day:02d}\nJohn Harlow said the cease-fire talks "
    "would resume on Sunday. About {n} families were displaced in Rafah, officials said. "
    "Mona Salem said aid trucks were waiting at the crossing.\n"
)


@pytest.fixture
def standins(monkeypatch):
    for name, module in pipeline_standins.modules().items():
        monkeypatch.setitem(sys.modules, name, module)


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    for day in range(1, 8):
        (folder / f"extra_{day:02d}.txt").write_text(EXTRA.format(day=day, n=day * 120))
    return folder


def manifest(out: Path) -> dict:
    return json.loads((out / storage.MANIFEST).read_text())


def assert_tables_equal(left: dict, right: dict) -> None:
    for name in storage.TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_extract_tables_runs_the_stages_in_order(standins, corpus_dir):
    articles = next(pipeline_standins.iter_articles(corpus_dir))[0]
    tables = pipeline.extract_tables(articles, target="ceasefire")
    assert set(tables) == {"articles", "statements", "figures"}
    assert "stance" in tables["statements"].columns  # stance ran after statements
    assert len(tables["figures"]) > 0


def test_in_memory_extract_returns_every_table_with_contract_columns(standins, corpus_dir):
    tables = pipeline.extract(corpus_dir, jobs=1, progress=False)
    assert set(tables) == set(storage.TABLES)
    for name, frame in tables.items():
        expected = [column for column, _ in storage.SCHEMAS[name]]
        assert list(frame.columns[: len(expected)]) == expected
    assert len(tables["articles"]) == 12


def test_one_and_two_jobs_give_equal_tables(standins, corpus_dir):
    one = pipeline.extract(corpus_dir, jobs=1, progress=False)
    two = pipeline.extract(corpus_dir, jobs=2, chunk_size=5, progress=False)
    assert_tables_equal(one, two)


@pytest.mark.parametrize("chunk_size", [1, 4, 1000])
def test_chunk_size_does_not_change_tables(standins, corpus_dir, chunk_size):
    reference = pipeline.extract(corpus_dir, jobs=1, chunk_size=7, progress=False)
    chunked = pipeline.extract(corpus_dir, jobs=1, chunk_size=chunk_size, progress=False)
    assert_tables_equal(reference, chunked)


def test_ids_are_numbered_within_each_article(standins, corpus_dir):
    statements = pipeline.extract(corpus_dir, jobs=2, chunk_size=3, progress=False)["statements"]
    extra = statements[statements["article_id"] == "extra_03"]
    assert extra["statement_id"].tolist() == ["extra_03:s000", "extra_03:s001"]


def test_written_tables_equal_in_memory_tables(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=2, chunk_size=4, progress=False)
    assert_tables_equal(pipeline.load_tables(out), pipeline.extract(corpus_dir, progress=False))


def test_loaded_statements_name_the_target_they_were_scored_for(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=1, progress=False)
    assert pipeline.load_tables(out)["statements"].attrs["stance_target"] == "ceasefire"


def test_load_tables_reads_only_the_tables_asked_for(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=1, progress=False)
    assert set(pipeline.load_tables(out, tables=("articles", "figures"))) == {"articles", "figures"}
    with pytest.raises(ValueError, match="unknown tables"):
        pipeline.load_tables(out, tables=("quotes",))


def test_each_table_folder_reads_with_pandas(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=1, chunk_size=5, progress=False)
    for name in storage.TABLES:
        pd.read_parquet(out / name)  # a folder of parts, as Dask reads it too
    assert len(list((out / "statements").glob("part-*.parquet"))) == 3


def test_chunks_without_rows_keep_parquet_types(standins, tmp_path):
    folder = tmp_path / "quiet"
    folder.mkdir()
    (folder / "a.txt").write_text("No quotes here.\nJust a line without numbers.\n")
    (folder / "b.txt").write_text('Sara Levi said "the talks failed" on Monday, 2024-01-08.\n')
    out = pipeline.extract(folder, tmp_path / "out", jobs=1, chunk_size=1, progress=False)
    statements = pd.read_parquet(out / "statements")
    assert len(statements) == 1
    assert statements["char_start"].dtype == "int64"


def test_rerun_takes_unchanged_articles_from_cache(standins, corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, chunk_size=5, progress=False)
    first = pipeline.load_tables(out)
    counts = {k: manifest(out)[k] for k in ("statements", "figures")}

    def must_not_run(*args):
        raise AssertionError("unchanged chunks are linked, not read row by row")

    monkeypatch.setattr(cache, "cached_rows", must_not_run)
    pipeline.extract(corpus_dir, out, jobs=1, chunk_size=5, progress=False)
    assert (manifest(out)["parsed"], manifest(out)["cached"]) == (0, 12)
    assert counts == {k: manifest(out)[k] for k in ("statements", "figures")}
    assert_tables_equal(first, pipeline.load_tables(out))


def test_unchanged_rerun_reuses_the_speakers_table(standins, corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    first = pipeline.load_tables(out)["speakers"]

    def must_not_run(statements):
        raise AssertionError("speakers recomputed")

    monkeypatch.setattr(sys.modules["corpus.speakers"], "speakers", must_not_run)
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    pd.testing.assert_frame_equal(first, pipeline.load_tables(out)["speakers"])


def test_speakers_failure_leaves_an_empty_table(standins, corpus_dir, monkeypatch, capsys):
    def broken(statements):
        raise KeyError("speaker")

    monkeypatch.setattr(sys.modules["corpus.speakers"], "speakers", broken)
    tables = pipeline.extract(corpus_dir, jobs=1, progress=False)
    assert tables["speakers"].empty and len(tables["statements"]) > 0
    assert "speakers table failed" in capsys.readouterr().err


def test_cache_hits_survive_a_different_chunk_size(standins, corpus_dir, tmp_path):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, chunk_size=5, progress=False)
    first = pipeline.load_tables(out)
    pipeline.extract(corpus_dir, out, jobs=2, chunk_size=2, progress=False)
    assert manifest(out)["cached"] == 12
    assert_tables_equal(first, pipeline.load_tables(out))


def test_version_change_invalidates_cache(standins, corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    monkeypatch.setattr(pipeline, "EXTRACTION_VERSION", "test-next")
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    assert manifest(out)["parsed"] == 12


def test_target_change_invalidates_cache(standins, corpus_dir, tmp_path):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    pipeline.extract(corpus_dir, out, jobs=1, target="hostages", progress=False)
    assert manifest(out)["parsed"] == 12


def test_changed_article_is_parsed_again(standins, corpus_dir, tmp_path):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    changed = corpus_dir / "extra_02.txt"
    changed.write_text(changed.read_text() + "Omar Haddad said the crossing stayed shut.\n")
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    assert (manifest(out)["parsed"], manifest(out)["cached"]) == (1, 11)
    speakers = pipeline.load_tables(out)["statements"].query("article_id == 'extra_02'")["speaker"]
    assert "Omar Haddad" in set(speakers)


@pytest.fixture
def real_reader(monkeypatch):
    """Stand-in extraction stages, but the real reader (corpus.io)."""
    for name, module in pipeline_standins.modules().items():
        if name != "corpus.io":
            monkeypatch.setitem(sys.modules, name, module)
    parsed: list[str] = []
    real = corpus_io._parse_safely

    def counted(text, article_id, *args):
        parsed.append(article_id)
        return real(text, article_id, *args)

    monkeypatch.setattr(corpus_io, "_parse_safely", counted)
    return parsed


def test_rerun_reads_unchanged_pages_from_the_previous_run(real_reader, corpus_dir, tmp_path):
    other = tmp_path / "other"  # a second folder with a clashing file name: ids made unique
    other.mkdir()
    (other / "extra_01.txt").write_text(EXTRA.format(day=20, n=77))
    export = tmp_path / "export.jsonl"
    records = [{"id": "x1", "text": EXTRA.format(day=21, n=5), "outlet": "Wire"}, {"text": "A."}]
    export.write_text("".join(json.dumps(r) + "\n" for r in records))
    sources = [corpus_dir, other, export]
    out = tmp_path / "out"
    pipeline.extract(sources, out, jobs=1, chunk_size=5, progress=False)
    assert len(real_reader) == 15
    first = pipeline.load_tables(out)
    assert "extra_01-2" in set(first["articles"]["article_id"])
    real_reader.clear()
    pipeline.extract(sources, out, jobs=1, chunk_size=4, progress=False)
    assert real_reader == []
    assert_tables_equal(first, pipeline.load_tables(out))


def test_changed_page_sidecar_or_code_is_read_again(real_reader, corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    (corpus_dir / "extra_02.txt").write_text(EXTRA.format(day=2, n=999))
    (corpus_dir / "metadata.csv").write_text("article_id,title\nextra_05,A new title\n")
    real_reader.clear()
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    assert sorted(real_reader) == ["extra_02", "extra_05"]
    assert_tables_equal(pipeline.load_tables(out), pipeline.extract(corpus_dir, progress=False))
    real_reader.clear()
    monkeypatch.setattr(pipeline, "EXTRACTION_VERSION", "test-next")
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    assert len(real_reader) == 12


def test_no_cache_parses_everything(standins, corpus_dir, tmp_path):
    out = tmp_path / "out"
    pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    pipeline.extract(corpus_dir, out, jobs=1, cache=False, progress=False)
    assert manifest(out)["parsed"] == 12


def test_csv_format_writes_one_file_per_table(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", fmt="csv", chunk_size=4, progress=False)
    parquet = pipeline.extract(corpus_dir, progress=False)
    for name in storage.TABLES:
        assert (out / f"{name}.csv").exists()
    tables = pipeline.load_tables(out)
    pipeline.extract(corpus_dir, out, fmt="csv", chunk_size=4, progress=False)  # from the cache
    assert_tables_equal(tables, pipeline.load_tables(out))
    for name, key in (("statements", "statement_id"), ("figures", "figure_id")):
        assert tables[name][key].tolist() == parquet[name][key].tolist()
    pd.testing.assert_series_equal(tables["figures"]["value"], parquet["figures"]["value"])


def test_article_that_breaks_a_stage_becomes_a_reject(standins, corpus_dir):
    (corpus_dir / "broken.txt").write_text("Ann Lee said EXPLODE happened.\n")
    tables = pipeline.extract(corpus_dir, jobs=1, chunk_size=100, progress=False)
    rejected = tables["rejects"].set_index("reason")
    assert "broken.txt" in rejected.loc["extract_error", "path"]
    assert "broken" not in set(tables["articles"]["article_id"])
    assert len(tables["articles"]) == 12  # its chunk-mates still have their rows
    assert (tables["statements"]["article_id"] == "extra_01").any()


def test_article_that_breaks_the_real_statements_stage_becomes_a_reject(corpus_dir, monkeypatch):
    # (the real stages: the statements stage skips a broken article with a warning when
    # called alone, but a run must not keep the article short of its statements)
    stage = import_module("corpus.statements")  # (the package's `statements` is the function)
    real = stage.article_statements

    def breaks(text, spans=None):
        if "EXPLODE" in text:
            raise IndexError("a rule broke")
        return real(text, spans)

    monkeypatch.setattr(stage, "article_statements", breaks)
    (corpus_dir / "broken.txt").write_text("Ann Lee said EXPLODE happened on Monday.\n")
    tables = pipeline.extract(corpus_dir, jobs=1, chunk_size=100, progress=False)
    rejected = tables["rejects"].set_index("reason")
    assert "IndexError: a rule broke" in rejected.loc["extract_error", "detail"]
    assert "broken" not in set(tables["articles"]["article_id"])
    assert len(tables["articles"]) == 12


def test_reading_failure_midway_becomes_a_reject(standins, corpus_dir, monkeypatch):
    def breaks_after_one_chunk(source, chunk_size, reuse=None):
        chunks = pipeline_standins.iter_articles(source, 5)
        yield next(chunks)
        raise OSError("device vanished")

    monkeypatch.setattr(sys.modules["corpus.io"], "iter_articles", breaks_after_one_chunk)
    tables = pipeline.extract(corpus_dir, jobs=1, progress=False)
    assert tables["rejects"]["reason"].tolist() == ["unreadable"]
    assert "device vanished" in tables["rejects"]["detail"].iloc[0]
    assert len(tables["articles"]) == 5  # what was read before the failure is kept


def test_articles_dataframe_is_a_source(standins, corpus_dir):
    articles = next(pipeline_standins.iter_articles(corpus_dir))[0]
    from_frame = pipeline.extract(articles, jobs=1, chunk_size=4, progress=False)
    assert_tables_equal(from_frame, pipeline.extract(corpus_dir, jobs=1, progress=False))


def test_same_articles_from_two_sources_are_duplicates(standins, corpus_dir, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "again.txt").write_bytes((corpus_dir / "extra_01.txt").read_bytes())
    tables = pipeline.extract([corpus_dir, copy], jobs=1, progress=False)
    assert tables["rejects"]["reason"].tolist() == ["duplicate"]
    assert "extra_01" in tables["rejects"]["detail"].iloc[0]


def test_failed_write_leaves_previous_outputs(standins, corpus_dir, tmp_path, monkeypatch):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=1, progress=False)
    before = pipeline.load_tables(out)

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(storage, "write_parquet", disk_full)
    (corpus_dir / "extra_01.txt").write_text("Changed text.\n")
    with pytest.raises(OSError, match="disk full"):
        pipeline.extract(corpus_dir, out, jobs=1, progress=False)
    assert_tables_equal(before, pipeline.load_tables(out))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_refuses_to_replace_a_folder_it_did_not_write(standins, corpus_dir, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "todo.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        pipeline.extract(corpus_dir, out, progress=False)
    assert (out / "todo.txt").read_text() == "keep me"


def _cli_with_standins(*args: str, **env: str) -> list[str]:
    code = (
        f"import sys; sys.path.insert(0, {str(TESTS)!r}); import pipeline_standins; "
        "pipeline_standins.install(); from corpus.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return [sys.executable, "-c", code, *args]


def test_killed_run_leaves_previous_outputs_and_next_run_completes(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", jobs=1, progress=False)
    before = pipeline.load_tables(out)
    for path in corpus_dir.glob("extra_*.txt"):  # every article changed: all re-parsed
        path.write_text(path.read_text() + "Lina Saad said the border stayed closed.\n")
    command = _cli_with_standins(
        "extract", str(corpus_dir), "--out", str(out), "--jobs", "1", "--chunk-size", "1", "--quiet"
    )
    env = {**os.environ, "STANDIN_DELAY": "0.3"}
    process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    staging = tmp_path / f".out.tmp-{process.pid}"
    while not list((staging / "articles").glob("part-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "run finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert_tables_equal(before, pipeline.load_tables(out))

    again = subprocess.run(command, capture_output=True)
    assert again.returncode == 0, again.stderr.decode()
    assert "Lina Saad" in set(pipeline.load_tables(out)["statements"]["speaker"])
    assert not staging.exists()


# An in-process LocalCluster leaves its event loop and sockets to the garbage collector;
# collected later, they warn inside whatever test runs then: collect them here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_dask_engine_equals_local_engine(standins, corpus_dir, tmp_path):
    distributed = pytest.importorskip("distributed")
    local = pipeline.extract(corpus_dir, tmp_path / "local", jobs=2, chunk_size=4, progress=False)
    # processes=False: the workers share this process, so they see the stand-ins.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = pipeline.extract(
            corpus_dir,
            tmp_path / "dask",
            engine="dask",
            scheduler=cluster.scheduler_address,
            chunk_size=4,
            progress=False,
        )
    gc.collect()
    assert manifest(out)["engine"] == "dask"
    assert_tables_equal(pipeline.load_tables(local), pipeline.load_tables(out))


def test_dask_engine_without_dask_says_how_to_install(standins, corpus_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    with pytest.raises(RuntimeError, match=r"pip install"):
        pipeline.extract(corpus_dir, engine="dask", progress=False)


def test_load_tables_reads_a_tables_folder(standins, corpus_dir, tmp_path):
    out = pipeline.extract(corpus_dir, tmp_path / "out", progress=False)
    tables = pipeline.load_tables(out)
    assert set(tables) == set(storage.TABLES)
    assert len(tables["articles"]) == 12


def test_load_tables_extracts_a_corpus_folder(standins, corpus_dir):
    tables = pipeline.load_tables(corpus_dir, jobs=1)
    assert len(tables["articles"]) == 12
    assert len(tables["speakers"]) > 0


def test_log_progress_prints_counts(standins, corpus_dir, capsys):
    pipeline.extract(corpus_dir, jobs=1, chunk_size=6, progress="log")
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[-1].startswith("corpus extract: 12 articles")
