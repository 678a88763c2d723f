"""The whole extraction: read in chunks, extract in parallel, cache, write tables.

``extract(source, out)`` streams a corpus through the stages chunk by chunk::

    io.iter_articles -> cache lookup -> extract_tables (workers) -> Parquet/CSV parts

On a re-run the reader reuses the previous run's rows of unchanged files and
chunks that match a previous chunk are linked, not rewritten (see corpus.cache).

Peak memory grows with ``chunk_size``, not with the corpus. Results are written
in input order, and statement/figure ids are numbered within each article, so
``jobs=1``, ``jobs=N``, any chunk size and the Dask engine give equal tables.
Speakers are computed once at the end over all statements. With ``out`` the
tables are written atomically (see :mod:`corpus.storage`) next to an incremental
cache (see :mod:`corpus.cache`); without it they are returned as DataFrames.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import hashlib
import json
import sys
import time
from collections import deque
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpus import __version__, cache, storage
from corpus.engines import open_executor
from corpus.progress import Progress
from corpus.sinks import DiskSink, MemorySink

# Bump when a change to the extraction should invalidate every cached row. (Edits
# to the package's extraction code or data files invalidate it on their own: the
# cache key includes a fingerprint of them, see corpus.cache.)
EXTRACTION_VERSION = f"{__version__}-1"

# Smallest slice of a chunk worth sending to a worker on its own.
MIN_SLICE = 50
# Allocations between young-generation collections during a run (Python's default
# is 700). The stages allocate millions of short-lived objects; at 700 the
# collector runs ~500 times per 2,000 articles and its full passes walk every
# loaded object: ~3 % of the CPU of a run, under 0.5 % at this threshold.
GC_THRESHOLD = 100_000
# Stands in for an article when the stages load their data before workers fork.
WARM_TEXT = (
    "Mediators said on Monday that a ceasefire deal was close. At least 12 people "
    "were killed in Rafah overnight, the health ministry said."
)


def extract_tables(
    articles: pd.DataFrame, target: str = "ceasefire", tone: str = "relevant", errors: str = "warn"
) -> dict[str, pd.DataFrame]:
    """Statements (with stance) and figures of one chunk of articles.

    Stages are looked up by module name at call time, so worker processes import
    them once and tests can substitute them. ``tone`` says which statements get a
    VADER tone (see :func:`corpus.stance.stance`): scoring only the target-relevant
    ones keeps the whole extraction fast. ``errors`` is the statements stage's (see
    :func:`corpus.statements.statements`): a run of ``corpus extract`` raises, so that an
    article that breaks a stage becomes a reject, not a row short of its statements.
    """
    # (fewer collections here too, not only in a run of the pipeline: a direct call, as
    # corpus.evaluate and notebooks make, or a Dask worker, which does not inherit the
    # run's setting, allocates as many short-lived objects)
    with _fewer_collections():
        # each text is split into sentences once, for every stage that reads sentences
        split = import_module("corpus.text").sentences
        spans = [split(t) if isinstance(t, str) else [] for t in articles["text"].tolist()]
        statements = import_module("corpus.statements").statements(articles, spans, errors)
        statements = import_module("corpus.stance").stance(statements, target, tone=tone)
        figures = import_module("corpus.figures").figures(articles, statements, spans)
    return {"articles": articles, "statements": statements, "figures": figures}


def _extract_chunk(articles: pd.DataFrame, target: str) -> dict[str, pd.DataFrame]:
    """Worker task: extract a slice; an article that makes a stage fail becomes a reject.

    The whole slice is tried first (fast path); only when that raises are the
    articles retried one by one to find the culprits, so one bad article never
    costs the others their rows.
    """
    try:
        return _conformed(extract_tables(articles, target, errors="raise"), [])
    except Exception:
        pass
    parts: list[dict[str, pd.DataFrame]] = []
    failures: list[dict[str, str]] = []
    for position in range(len(articles)):
        one = articles.iloc[[position]]
        try:
            parts.append(extract_tables(one, target, errors="raise"))
        except Exception as error:
            row = one.iloc[0]
            failures.append(
                {
                    "article_id": str(row.get("article_id")),
                    "path": str(row.get("path") or row.get("article_id")),
                    "reason": "extract_error",
                    "detail": f"{row.get('article_id')}: {type(error).__name__}: {error}"[:500],
                }
            )
    tables = {
        name: pd.concat([p[name] for p in parts], ignore_index=True) if parts else None
        for name in ("statements", "figures")
    }
    return _conformed(tables, failures)


def _conformed(tables: dict[str, Any], failures: list[dict[str, str]]) -> dict[str, Any]:
    rejects = pd.DataFrame(failures, columns=["article_id", "path", "reason", "detail"])
    return {
        "statements": storage.conform(tables["statements"], "statements"),
        "figures": storage.conform(tables["figures"], "figures"),
        "failed": rejects.pop("article_id").tolist(),
        "rejects": storage.conform(rejects, "rejects"),
    }


# -- reading ---------------------------------------------------------------------


def _read_chunks(
    source: Any, chunk_size: int, reuse: cache.ReadCache
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(articles, rejects) chunks from one or several sources; if reading fails
    part-way, the failure becomes a reject instead of stopping the run. Unchanged
    inputs come as the rows parsed by the previous run (``reuse``)."""
    if isinstance(source, pd.DataFrame):  # articles already read
        for start in range(0, max(len(source), 1), chunk_size):
            yield source.iloc[start : start + chunk_size], storage.empty("rejects")
        return
    io = import_module("corpus.io")
    try:
        # One call for all sources: io makes ids unique and finds duplicates across them.
        yield from io.iter_articles(source, chunk_size, reuse=reuse)
    except Exception as error:
        detail = f"reading stopped: {type(error).__name__}: {error}"[:500]
        reject = {"path": str(source), "reason": "unreadable", "detail": detail}
        yield storage.empty("articles"), pd.DataFrame([reject])


class _Seen:
    """Article ids and texts already taken, to reject duplicates across sources
    (``io`` already removes them within one source)."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.texts: dict[str, str] = {}

    def filter(self, articles: pd.DataFrame) -> tuple[pd.DataFrame, list[dict[str, str]]]:
        keep, rejects = [], []
        for position, (article_id, path, text) in enumerate(
            zip(articles["article_id"], articles["path"], articles["text"], strict=True)
        ):
            digest = hashlib.sha256(str(text).encode("utf-8", "replace")).hexdigest()
            if article_id in self.ids:
                detail = f"article_id {article_id} already taken by {self.ids[article_id]}"
            elif digest in self.texts:
                detail = f"same text as {self.texts[digest]}"
            else:
                self.ids[article_id] = str(path)
                self.texts[digest] = str(article_id)
                keep.append(position)
                continue
            rejects.append({"path": str(path), "reason": "duplicate", "detail": detail})
        return articles.iloc[keep], rejects


# -- the run ----------------------------------------------------------------------


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run with GC_THRESHOLD (forked workers inherit it); the caller's setting after."""
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _warm(target: str) -> None:
    """Extract one short article so the stages compile their patterns and load their
    lexicons (and the stance target) here, before the workers fork. A failure is
    left for the workers to meet on real articles."""
    article = {"article_id": "warm", "path": "warm", "text": WARM_TEXT, "n_words": 24}
    with contextlib.suppress(Exception):
        extract_tables(storage.conform(pd.DataFrame([article]), "articles"), target)


def _slices(articles: pd.DataFrame, pieces: int) -> list[pd.DataFrame]:
    """Split a chunk's uncached articles across workers (input order kept)."""
    pieces = max(1, min(pieces, len(articles) // MIN_SLICE))
    size = -(-len(articles) // pieces) if len(articles) else 1
    return [articles.iloc[s : s + size] for s in range(0, len(articles), size)]


def _in_order(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    """Rows sorted by their article's position in the chunk (stable within one)."""
    if frame.empty:
        return frame
    position = frame["article_id"].map(order)
    return frame.iloc[position.argsort(kind="stable")].reset_index(drop=True)


def _run(
    source: Any,
    sink: MemorySink | DiskSink,
    previous: Path | None,
    *,
    jobs: int | None,
    engine: str,
    scheduler: Any,
    chunk_size: int,
    target: str,
    progress: Progress,
) -> dict[str, Any]:
    """The chunk loop shared by in-memory and on-disk extraction."""
    index = cache.load_index(previous) if previous is not None else {}
    reader = cache.ReadCache(previous, EXTRACTION_VERSION)
    seen, rejects, all_keys = _Seen(), [], set()
    stats = dict.fromkeys(("articles", "parsed", "cached", "rejects", "statements", "figures"), 0)
    stats["chunks"] = 0
    pending: deque = deque()
    warm = functools.partial(_warm, target)

    def finish_oldest() -> None:
        number, articles, keys, hits, futures = pending.popleft()
        results = [future.result() for future in futures]
        tables: dict[str, Any] = {"articles": storage.conform(articles, "articles")}
        failed = pd.concat([r["rejects"] for r in results] or [storage.empty("rejects")])
        # A re-run's chunk that is exactly one chunk of the previous run: link its parts.
        reused = (
            cache.unchanged_part(previous, keys, index)
            if previous is not None and not results
            else None
        )
        if reused is not None:
            tables.update(reused)
        else:
            found = cache.cached_rows(previous, hits, index) if len(hits) else {}
            if len(failed):
                bad = {article_id for r in results for article_id in r["failed"]}
                articles = articles[~articles["article_id"].isin(bad)]
                keys = keys[keys["article_id"].isin(articles["article_id"])]
                tables["articles"] = storage.conform(articles, "articles")
            order = dict(zip(articles["article_id"], range(len(articles)), strict=True))
            for name in cache.CACHED_TABLES:
                frames = [r[name] for r in results] + ([found[name]] if found else [])
                merged = pd.concat(frames, ignore_index=True) if frames else None
                tables[name] = _in_order(storage.conform(merged, name), order)
        if len(failed):
            rejects.append(failed)
        counts = sink.write(number, tables, keys)
        stats["articles"] += len(articles)
        stats["statements"] += counts["statements"]
        stats["figures"] += counts["figures"]
        stats["rejects"] += len(failed)
        progress.update(len(articles) + len(failed), stats)

    with _fewer_collections(), open_executor(engine, jobs, scheduler, warm) as executor:
        workers = getattr(executor, "_max_workers", None) or jobs or 2
        for number, (chunk, chunk_rejects) in enumerate(_read_chunks(source, chunk_size, reader)):
            if len(chunk_rejects):
                rejects.append(storage.conform(chunk_rejects, "rejects"))
                stats["rejects"] += len(chunk_rejects)
                progress.update(len(chunk_rejects), stats)
            chunk, duplicates = seen.filter(storage.conform(chunk, "articles"))
            if duplicates:
                rejects.append(pd.DataFrame(duplicates))
                stats["rejects"] += len(duplicates)
            keys = pd.DataFrame(
                {
                    "article_id": chunk["article_id"],
                    "key": cache.article_keys(chunk, target, EXTRACTION_VERSION),
                    "source": reader.take(chunk["path"]),
                }
            )
            all_keys.update(keys["key"])
            # Not Series.isin(index): that converts the whole index at every chunk.
            hit = np.array([key in index for key in keys["key"].tolist()], dtype=bool)
            todo = chunk[~hit]
            futures = [
                executor.submit(_extract_chunk, piece, target) for piece in _slices(todo, workers)
            ]
            pending.append((number, chunk, keys, keys[hit], futures))
            stats["parsed"] += len(todo)
            stats["cached"] += int(hit.sum())
            stats["chunks"] += 1
            # Bounded look-ahead: enough queued work to keep every worker busy.
            while len(pending) > 1:
                finish_oldest()
        while pending:
            finish_oldest()
    # Same article set, all from the cache and none failed: the speakers table cannot change.
    unchanged = previous is not None and not stats["parsed"] and all_keys == set(index)
    return {"rejects": rejects, "stats": stats, "unchanged": unchanged}


def extract(
    source: Any,
    out: str | Path | None = None,
    *,
    fmt: str = "parquet",
    jobs: int | None = None,
    engine: str = "local",
    scheduler: Any = None,
    chunk_size: int = 2000,
    cache: bool = True,
    target: str = "ceasefire",
    progress: bool | str = True,
) -> dict[str, pd.DataFrame] | Path:
    """Extract every table from ``source`` (folder, file, export, list of them, or
    an articles DataFrame).

    Without ``out``: returns {"articles", "statements", "figures", "speakers",
    "rejects"}. With ``out``: writes them there (Parquet datasets
    ``out/<table>/part-*.parquet`` or ``out/<table>.csv``, plus ``run.json`` with
    the counts) and returns the folder. ``jobs``: worker processes (default all
    cores; 1 runs in this process). ``engine="dask"`` runs the chunks on a Dask
    LocalCluster or ``scheduler``. ``cache``: reuse rows of unchanged articles
    from ``out/.cache``. ``progress``: True (bar on a terminal, log lines
    elsewhere), "log", or False.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    started = time.perf_counter()
    options = {
        "jobs": jobs,
        "engine": engine,
        "scheduler": scheduler,
        "chunk_size": chunk_size,
        "target": target,
    }
    reporter = Progress(progress)
    try:
        if out is None:
            sink = MemorySink()
            run = _run(source, sink, None, progress=reporter, **options)
            return sink.finish(_rejects(run), _speakers(sink.statements()))
        out = Path(out).absolute()
        with storage.atomic_folder(out) as staging:
            sink = DiskSink(staging, fmt)
            previous = out if cache and out.exists() else None
            run = _run(source, sink, previous, progress=reporter, **options)
            speakers = _previous_speakers(out) if run["unchanged"] else None
            if speakers is None:
                speakers = _speakers(sink.statements())
            sink.finish(_rejects(run), speakers)
            manifest = {
                "extraction_version": EXTRACTION_VERSION,
                "target": target,
                "format": fmt,
                "engine": engine,
                "jobs": jobs,
                "chunk_size": chunk_size,
                **run["stats"],
                "speakers": len(speakers),
                "seconds": round(time.perf_counter() - started, 3),
            }
            (staging / storage.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        return out
    finally:
        reporter.close()


def _rejects(run: dict[str, Any]) -> pd.DataFrame:
    frames = [f for f in run["rejects"] if len(f)]
    if not frames:
        return storage.empty("rejects")
    return storage.conform(pd.concat(frames, ignore_index=True), "rejects")


def _speakers(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker over all statements; a failure is reported, not fatal."""
    try:
        table = import_module("corpus.speakers").speakers(statements)
    except Exception as error:
        print(f"corpus extract: speakers table failed ({error}); left empty", file=sys.stderr)
        return storage.empty("speakers")
    return storage.conform(table, "speakers")


def _previous_speakers(out: Path) -> pd.DataFrame | None:
    """The speakers table of the previous run in ``out``, if it was written as Parquet."""
    location = storage.table_location(out, "speakers")
    if location is None or not location.is_dir():
        return None
    try:
        return storage.read_table(out, "speakers")
    except Exception:
        return None


def load_tables(
    path: str | Path, tables: tuple[str, ...] | None = None, **options: Any
) -> dict[str, pd.DataFrame]:
    """The tables of an extraction folder, or extract ``path`` in memory.

    A folder holding ``run.json`` or ``articles`` and ``statements`` tables
    (Parquet dataset, ``.parquet`` file or ``.csv``) is read; anything else (a
    corpus folder, a file, an export) goes through :func:`extract` with
    ``options``. ``tables`` names the tables to read from a folder (default: all;
    a notebook on a 100k corpus skips what it does not plot). The statements'
    ``attrs["stance_target"]`` names the target their stance columns were scored
    for, when ``run.json`` records it.
    """
    folder = Path(path)
    if folder.is_dir() and (
        (folder / storage.MANIFEST).exists()
        or all(storage.table_location(folder, t) for t in ("articles", "statements"))
    ):
        wanted = storage.TABLES if tables is None else tables
        unknown = sorted(set(wanted) - set(storage.TABLES))
        if unknown:
            raise ValueError(f"unknown tables {unknown}; known: {list(storage.TABLES)}")
        loaded = {name: storage.read_table(folder, name) for name in wanted}
        manifest = folder / storage.MANIFEST
        if "statements" in loaded and manifest.exists():
            # Stance columns were scored for this target: a notebook asking for the
            # same target need not score 2 million statements again.
            target = json.loads(manifest.read_text()).get("target")
            loaded["statements"].attrs["stance_target"] = target
        return loaded
    options.setdefault("progress", False)
    return extract(path, **options)


def run_extract(args: argparse.Namespace) -> int:
    """``corpus extract``: exit 0 on success, 1 when the run failed, 2 on bad options."""
    try:
        out = extract(
            args.sources,
            args.out,
            fmt=args.format,
            jobs=args.jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            chunk_size=args.chunk_size,
            cache=not args.no_cache,
            target=args.target,
            progress="log" if args.quiet else True,
        )
    except (ValueError, FileExistsError, RuntimeError) as error:
        print(f"corpus extract: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("corpus extract: interrupted; previous outputs left as they were", file=sys.stderr)
        return 130
    stats = json.loads((Path(out) / storage.MANIFEST).read_text())
    print(
        f"corpus extract: {stats['articles']} articles ({stats['cached']} from cache), "
        f"{stats['rejects']} rejects, {stats['speakers']} speakers in {stats['seconds']} s "
        f"-> {out}",
        file=sys.stderr,
    )
    return 0
