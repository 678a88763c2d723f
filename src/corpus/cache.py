"""Incremental cache: re-parse only new or changed articles.

The cache lives inside the output folder, in ``<out>/.cache/`` (hidden, so
``pd.read_parquet(out / "statements")`` never sees it), as one Parquet part per
chunk of the run that wrote it::

    .cache/keys/part-00000.parquet        article_id, key, source
    .cache/statements/part-00000.parquet  that chunk's statements (with stance)
    .cache/figures/part-00000.parquet     that chunk's figures

An article's key is the SHA-256 of everything its extraction depends on: the
extraction version, a fingerprint of the package's extraction code and data
files, the stance target, and the article's id, date, outlet, title and text.
Editing any of these changes the key, so stale rows are never reused. Because
each run writes a fresh cache beside its outputs and swaps both in together,
the cache always matches the outputs and holds no rows of deleted articles.

A re-run does as little as it can: a chunk made of exactly the articles of one
previous part has that part's files hard-linked (:func:`unchanged_part`), and
the reader takes the articles row of an unchanged input file from the previous
output instead of parsing the page again (:class:`ReadCache`, keyed by
``source``: the input's path, raw bytes and sidecar entry).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import OrderedDict
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from corpus import storage
from corpus.paths import PACKAGE_DIR

CACHE_DIR = ".cache"
CACHED_TABLES = ("statements", "figures")

# Modules whose code cannot change an extracted row; editing them keeps the cache.
NOT_EXTRACTION = frozenset(
    {
        "cli.py",
        "__main__.py",
        "report.py",
        "plots.py",
        "evaluate.py",
        "cache.py",
        "engines.py",
        "progress.py",
    }
)
# Article fields that feed the extraction (ids, dates and offsets derive from them).
KEY_FIELDS = ("article_id", "published", "outlet", "title", "text")


@functools.cache
def code_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """SHA-256 of the package's extraction modules and data files."""
    digest = hashlib.sha256()
    files = sorted(p for p in package_dir.rglob("*") if p.is_file())
    for path in files:
        relative = path.relative_to(package_dir).as_posix()
        if path.suffix in {".pyc", ".pyo"} or "__pycache__" in relative:
            continue
        if path.parent == package_dir and (path.name in NOT_EXTRACTION or path.suffix != ".py"):
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def article_keys(articles: pd.DataFrame, target: str, version: str) -> pd.Series:
    """One cache key per article (aligned with ``articles``)."""
    prefix = f"{version}\0{code_fingerprint()}\0{target}\0".encode()
    missing = [None] * len(articles)
    # Whole columns as lists: indexing a frame cell by cell costs more than the hashing.
    fields = [
        missing if articles.get(name) is None else articles[name].tolist() for name in KEY_FIELDS
    ]
    keys = []
    for values in zip(*fields, strict=True):
        digest = hashlib.sha256(prefix)
        for value in values:
            digest.update(b"\0" if pd.isna(value) else str(value).encode("utf-8", "replace"))
            digest.update(b"\x1f")
        keys.append(digest.hexdigest())
    return pd.Series(keys, index=articles.index, dtype="str")


def load_index(out: Path) -> dict[str, Path]:
    """Key -> cache part folder name, from a previous run's ``<out>/.cache``."""
    keys_dir = Path(out) / CACHE_DIR / "keys"
    index: dict[str, Path] = {}
    for part in sorted(keys_dir.glob("part-*.parquet")):
        try:
            keys = pd.read_parquet(part, columns=["key"])["key"]
        except Exception:  # a damaged cache part only costs a re-parse
            continue
        index.update(dict.fromkeys(keys.tolist(), Path(part.name)))
    return index


def cached_rows(out: Path, hits: pd.DataFrame, index: dict[str, Path]) -> dict[str, pd.DataFrame]:
    """Statements and figures of the ``hits`` articles (columns article_id, key)."""
    cache = Path(out) / CACHE_DIR
    # A lookup per key, not Series.map(index): that converts the whole index each time.
    parts = pd.Series([str(index[key]) for key in hits["key"]], index=hits.index)
    found: dict[str, list[pd.DataFrame]] = {table: [] for table in CACHED_TABLES}
    for part, ids in hits["article_id"].groupby(parts):
        wanted = [("article_id", "in", sorted(set(ids)))]  # filtered while read: no isin
        for table in CACHED_TABLES:
            found[table].append(pd.read_parquet(cache / table / part, filters=wanted))
    return {
        table: storage.conform(pd.concat(frames, ignore_index=True), table)
        if frames
        else storage.empty(table)
        for table, frames in found.items()
    }


def unchanged_part(out: Path, keys: pd.DataFrame, index: dict[str, Path]) -> dict[str, Path] | None:
    """The statements and figures parts of the previous run's cache when one of its
    parts holds exactly the articles of ``keys`` (same keys, same order): the usual
    case in a re-run, where the part is linked instead of read and written again."""
    parts = {index.get(key) for key in keys["key"]}
    if len(parts) != 1 or None in parts:
        return None
    part = parts.pop()
    try:
        before = pd.read_parquet(Path(out) / CACHE_DIR / "keys" / part, columns=["key"])
    except Exception:
        return None
    if before["key"].tolist() != keys["key"].tolist():
        return None
    return {table: Path(out) / CACHE_DIR / table / part for table in CACHED_TABLES}


def store(
    staging: Path, number: int, keys: pd.DataFrame, tables: dict[str, pd.DataFrame | Path]
) -> dict[str, Path]:
    """Write one chunk's cache part into the staging folder; returns the part paths.

    A table given as a path (a part of the previous cache, see :func:`unchanged_part`)
    is hard-linked, not rewritten.
    """
    cache = Path(staging) / CACHE_DIR
    name = storage.part_name(number)
    keys_path = cache / "keys" / name
    keys_path.parent.mkdir(parents=True, exist_ok=True)
    keys[[c for c in ("article_id", "key", "source") if c in keys]].to_parquet(
        keys_path, index=False
    )
    written = {}
    for table in CACHED_TABLES:
        target, rows = cache / table / name, tables[table]
        if isinstance(rows, Path):
            storage.link_or_copy(rows, target)
        else:
            storage.write_parquet(rows, target, table)
        written[table] = target
    return written


class ReadCache:
    """Articles rows of a previous run, found by their input's identity, so a re-run
    reads and hashes each file but parses (decodes, lays out) only new or changed ones.

    :func:`corpus.io.iter_articles` calls it with each input's path, SHA-256 of its
    raw bytes (of the record, for an export row) and sidecar fields, before parsing.
    The source key hashes these with the extraction version and code fingerprint,
    so a changed file, sidecar entry or reader code is parsed again. Keys are
    stored in the cache's key parts (column ``source``) and point to the rows of
    the previous run's ``articles`` parts, read one part at a time when first hit.
    """

    KEEP_PARTS = 2  # inputs come in the same order as last time: parts are hit in turn

    def __init__(self, previous: Path | None, version: str) -> None:
        self.previous = previous
        self.salt = f"{version}\0{code_fingerprint()}\0".encode()
        self.index: dict[str, tuple[str, str]] = {}  # source key -> (part, article_id)
        self.sources: dict[str, str] = {}  # path -> source key, of inputs read since take()
        self.parts: OrderedDict[str, dict[str, dict]] = OrderedDict()
        if previous is None or not (previous / "articles").is_dir():
            return  # no previous run, or one written as CSV
        for part in sorted((Path(previous) / CACHE_DIR / "keys").glob("part-*.parquet")):
            try:
                keys = pd.read_parquet(part, columns=["article_id", "source"])
            except Exception:  # an older cache without sources, or a damaged part
                continue
            for article_id, source in zip(keys["article_id"], keys["source"], strict=True):
                if source:
                    self.index[source] = (part.name, article_id)

    def __call__(self, path: str, sha256: str, fields: dict | None) -> dict | None:
        """The articles row parsed from this input last time (a copy), or None."""
        digest = hashlib.sha256(self.salt)
        for value in (path, sha256, json.dumps(fields or {}, sort_keys=True, default=str)):
            digest.update(value.encode("utf-8", "surrogatepass"))
            digest.update(b"\x1f")
        source = self.sources[path] = digest.hexdigest()
        found = self.index.get(source)
        if found is None:
            return None
        row = self._rows(found[0]).get(found[1])
        return dict(row) if row is not None else None

    def take(self, paths: pd.Series) -> list[str]:
        """Source keys of a chunk's articles (by path; "" for unknown ones); forgets the rest."""
        keys = [self.sources.get(path, "") for path in paths]
        self.sources.clear()
        return keys

    def _rows(self, part: str) -> dict[str, dict]:
        if part not in self.parts:
            try:
                table = pq.read_table(Path(self.previous) / "articles" / part)
                rows = {row["article_id"]: row for row in table.to_pylist()}
            except Exception:  # missing or damaged: those articles are parsed again
                rows = {}
            for row in rows.values():  # stored as timestamps; the reader gives dates
                if row.get("published") is not None:
                    row["published"] = row["published"].date()
            self.parts[part] = rows
            while len(self.parts) > self.KEEP_PARTS:
                self.parts.popitem(last=False)
        return self.parts[part]
