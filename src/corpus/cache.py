"""Incremental cache: re-parse only new or changed articles.

The cache lives inside the output folder, in ``<out>/.cache/`` (hidden, so
``pd.read_parquet(out / "statements")`` never sees it), as one Parquet part per
chunk of the run that wrote it::

    .cache/keys/part-00000.parquet        article_id, key
    .cache/statements/part-00000.parquet  that chunk's statements (with stance)
    .cache/figures/part-00000.parquet     that chunk's figures

An article's key is the SHA-256 of everything its extraction depends on: the
extraction version, a fingerprint of the package's extraction code and data
files, the stance target, and the article's id, date, outlet, title and text.
Editing any of these changes the key, so stale rows are never reused. Because
each run writes a fresh cache beside its outputs and swaps both in together,
the cache always matches the outputs and holds no rows of deleted articles.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pandas as pd

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
    fields = [articles.get(name) for name in KEY_FIELDS]
    keys = []
    for position in range(len(articles)):
        digest = hashlib.sha256(prefix)
        for values in fields:
            value = None if values is None else values.iloc[position]
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
    parts = hits["key"].map(index)
    found: dict[str, list[pd.DataFrame]] = {table: [] for table in CACHED_TABLES}
    for part, ids in hits["article_id"].groupby(parts.astype("str")):
        wanted = set(ids)
        for table in CACHED_TABLES:
            rows = pd.read_parquet(cache / table / part)
            found[table].append(rows[rows["article_id"].isin(wanted)])
    return {
        table: storage.conform(pd.concat(frames, ignore_index=True), table)
        if frames
        else storage.empty(table)
        for table, frames in found.items()
    }


def store(
    staging: Path, number: int, keys: pd.DataFrame, tables: dict[str, pd.DataFrame]
) -> dict[str, Path]:
    """Write one chunk's cache part into the staging folder; returns the part paths."""
    cache = Path(staging) / CACHE_DIR
    name = storage.part_name(number)
    keys_path = cache / "keys" / name
    keys_path.parent.mkdir(parents=True, exist_ok=True)
    keys[["article_id", "key"]].to_parquet(keys_path, index=False)
    return {
        table: storage.write_parquet(tables[table], cache / table / name, table)
        for table in CACHED_TABLES
    }
