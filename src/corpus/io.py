"""Read articles: text files, folders and JSON Lines / CSV exports -> articles, rejects.

Every input becomes exactly one row, either in ``articles`` or in ``rejects``
(``inputs = articles + rejects``), so nothing is dropped silently. Bytes are
decoded (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252 so that the
curly quotes 0x91-0x94 of Windows files survive), HTML saved as text is reduced
to its text, :func:`corpus.text.normalise` repairs the body, and
:func:`corpus.layouts.parse_page` removes the page furniture and finds title,
author, outlet and date. A ``metadata.csv`` beside the files (``article_id`` plus
any article column, and ``note`` for the evidence) fills or overrides fields.

Sources: a folder (every ``*.txt`` below it, sorted; symlinked folders are walked
once), a file, or a ``.jsonl`` / ``.ndjson`` / ``.csv`` export passed as a file
(one record per input; ``path`` is ``<file>#<row>``, ``article_id`` the ``id``
column or ``<file stem>-<row>``), or a list of these. Reject reasons: ``empty``,
``binary``, ``decode``, ``unreadable``, ``too_large``, ``malformed_json``,
``no_text_column``, ``parse_error``, ``duplicate``.

>>> articles, rejects = read_corpus("data/seeds")   # doctest: +SKIP
>>> for chunk, bad in iter_articles("big_export.jsonl", chunk_size=2000):  # doctest: +SKIP
...     ...
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from corpus.decoding import Rejected as _Reject
from corpus.decoding import decode, html_to_text, looks_like_html
from corpus.layouts import parse_page
from corpus.text import normalise, word_count

ARTICLE_COLUMNS = (
    "article_id", "path", "outlet", "title", "author", "url",
    "published", "date_source", "layout", "text", "n_words", "sha256",
)  # fmt: skip
REJECT_COLUMNS = ("path", "reason", "detail")
META_FIELDS = ("outlet", "title", "author", "url", "published")
EXPORT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
SIDECAR = "metadata.csv"
MAX_BYTES = 50 * 1024 * 1024
# (path, SHA-256 of the input, sidecar fields) -> the row parsed last time, or None.
Reuse = Callable[[str, str, dict | None], dict | None]


class ArticleError(ValueError):
    """A bad input met with ``errors="raise"``: names the file and the problem."""

    def __init__(self, path: str, reason: str, detail: str):
        super().__init__(f"{path}: {reason}: {detail}")
        self.path, self.reason, self.detail = path, reason, detail


# --- one input -> one row ------------------------------------------------------------


def _sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def parse_article(
    text: str, article_id: str, path: str, sha256: str, fields: dict | None = None
) -> dict:
    """One articles row from decoded text; ``fields`` (export columns) win over the page."""
    meta: dict[str, str] = {}
    was_html = looks_like_html(text)
    if was_html:
        text, meta = html_to_text(text)
    page = parse_page(normalise(text))
    if not page.text:
        raise _Reject("empty", "no article text after removing the page header")
    row = {
        "article_id": article_id,
        "path": path,
        "outlet": page.outlet,
        "title": page.title,
        "author": page.author,
        "url": page.url,
        "published": page.published,
        "date_source": page.date_source,
        "layout": "html" if was_html else page.layout,
        "text": page.text,
        "n_words": word_count(page.text),
        "sha256": sha256,
    }
    # HTML meta tags fill what the page text lacks; export columns override it.
    for source, override in ((meta, False), (fields or {}, True)):
        for key in META_FIELDS:
            value = source.get(key)
            if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
                continue
            if not override and row[key] is not None:
                continue
            if key == "published":
                date = _to_date(value)
                if date:
                    row["published"], row["date_source"] = date, "stated"
            else:
                row[key] = str(value).strip()
    return row


def _parse_safely(
    text: str, article_id: str, path: str, sha256: str, fields: dict | None = None
) -> dict:
    """:func:`parse_article`, with any unforeseen failure turned into a ``parse_error`` reject."""
    try:
        return parse_article(text, article_id, path, sha256, fields)
    except _Reject:
        raise
    except Exception as exc:  # a bad input must never stop a run
        raise _Reject("parse_error", f"{type(exc).__name__}: {exc}"[:300]) from None


def _to_date(value) -> dt.date | None:
    try:
        stamp = pd.to_datetime(str(value).strip(), errors="coerce", format="mixed")
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (a separate function so tests can simulate unreadable files)."""
    return path.read_bytes()


def _file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a text file, or ``_Reject`` (too large, unreadable, blank)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Reject("too_large", f"{size} bytes > max_bytes={max_bytes}")
        data = _read_bytes(path)
    except _Reject:
        raise
    except OSError as exc:
        raise _Reject("unreadable", exc.strerror or type(exc).__name__) from None
    if not data.strip():
        raise _Reject("empty", "no bytes" if not data else "white space only")
    return data


def _decoded(data: bytes) -> str:
    text = decode(data)
    if not text.strip():
        raise _Reject("empty", "white space only")
    return text


# --- walking sources -----------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    """Sorted *.txt files under ``folder``; each real directory visited once (loops safe)."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                yield Path(root, name)


def _inputs(source) -> Iterator[tuple[Path, Path | None]]:
    """(file, corpus folder or None) for each input path in ``source``."""
    items = [source] if isinstance(source, str | os.PathLike) else list(source)
    for item in items:
        path = Path(item)
        if path.is_dir() and path.suffix.lower() != ".txt":
            for f in _walk(path):
                yield f, path
        else:
            yield path, None


@dataclass
class _Item:
    """One input: either an articles row or a (reason, detail) rejection."""

    path: str
    row: dict | None = None
    reject: tuple[str, str] | None = None


def _json_lines(path: Path) -> Iterator[tuple[int, dict | None, str]]:
    """(line number, record or None, problem) for each non-blank line of a JSON Lines file."""
    with path.open("rb") as fh:  # bytes, so one badly encoded line costs only that line
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
            except UnicodeDecodeError:
                yield n, None, f"line {n}: not UTF-8"
                continue
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n}: {exc.msg}"
                continue
            yield (n, rec, "") if isinstance(rec, dict) else (n, None, f"line {n}: not an object")


def _records(path: Path, kind: str) -> Iterator[tuple[int, dict | None, str]]:
    """(row number, record or None, problem) for each record of an export."""
    if kind == "jsonl":
        yield from _json_lines(path)
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        csv.field_size_limit(sys.maxsize)
        reader = csv.DictReader(fh)
        if "text" not in (reader.fieldnames or []):
            raise _Reject(
                "no_text_column", f"columns: {', '.join(reader.fieldnames or []) or 'none'}"
            )
        for n, rec in enumerate(reader, 1):
            yield n, rec, ""


def _export_items(path: Path, kind: str, max_bytes: int, reuse: Reuse | None) -> Iterator[_Item]:
    stem = path.stem
    try:
        for n, rec, problem in _records(path, kind):
            where = f"{path}#{n}"
            if rec is None:
                yield _Item(where, reject=("malformed_json", problem))
                continue
            if "text" not in rec:
                yield _Item(where, reject=("no_text_column", "record has no 'text' field"))
                continue
            text = rec.get("text")
            text = "" if text is None else str(text)
            raw_id = rec.get("id")
            article_id = str(raw_id).strip() if raw_id not in (None, "") else f"{stem}-{n}"
            try:
                if len(text) > max_bytes:
                    raise _Reject("too_large", f"{len(text)} characters > max_bytes={max_bytes}")
                if not text.strip():
                    raise _Reject("empty", "empty 'text'")
                sha = _sha(json.dumps(rec, sort_keys=True, default=str))
                row = reuse(where, sha, None) if reuse else None
                if row is None:
                    row = _parse_safely(text, article_id, where, sha, rec)
                row["article_id"] = article_id  # a reused row holds the id made unique
            except _Reject as r:
                yield _Item(where, reject=(r.reason, r.detail))
                continue
            yield _Item(where, row=row)
    except _Reject as r:
        yield _Item(str(path), reject=(r.reason, r.detail))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield _Item(str(path), reject=("unreadable", f"{type(exc).__name__}: {exc}"))


def _items(source, max_bytes: int, reuse: Reuse | None = None) -> Iterator[_Item]:
    sidecars: dict[str, dict[str, dict]] = {}
    for path, folder in _inputs(source):
        kind = EXPORT_SUFFIXES.get(path.suffix.lower())
        if folder is None and kind and path.is_file():
            yield from _export_items(path, kind, max_bytes, reuse)
            continue
        try:
            data = _file_bytes(path, max_bytes)
            sha, sidecar = _sha(data), load_sidecar(path.parent, sidecars)
            row = reuse(str(path), sha, sidecar.get(path.stem)) if reuse else None
            if row is None:
                row = _parse_safely(_decoded(data), path.stem, str(path), sha)
                row = apply_sidecar(row, sidecar)
            row["article_id"] = path.stem  # a reused row holds the id made unique
        except _Reject as r:
            yield _Item(str(path), reject=(r.reason, r.detail))
            continue
        yield _Item(str(path), row=row)


# --- sidecar -------------------------------------------------------------------------


def load_sidecar(folder: Path, cache: dict | None = None) -> dict[str, dict]:
    """``metadata.csv`` of ``folder`` as {article_id: {field: value}} (empty if none)."""
    _sidecars = {} if cache is None else cache
    key = str(folder)
    if key not in _sidecars:
        table: dict[str, dict] = {}
        path = Path(folder, SIDECAR)
        frame = pd.DataFrame()
        if path.is_file():
            try:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                warnings.warn(f"{path}: sidecar ignored: {exc}", stacklevel=2)
            if len(frame) and "article_id" not in frame.columns:
                warnings.warn(f"{path}: sidecar ignored: no article_id column", stacklevel=2)
                frame = pd.DataFrame()
            for rec in frame.to_dict("records"):
                fields = {k: v for k, v in rec.items() if k in META_FIELDS and v != ""}
                table[str(rec.get("article_id", ""))] = fields
        _sidecars[key] = table
    return _sidecars[key]


def apply_sidecar(row: dict, sidecar: dict[str, dict]) -> dict:
    """Fill or override ``row`` fields from its sidecar entry; a date set there is ``sidecar``."""
    for key, value in sidecar.get(row["article_id"], {}).items():
        if key == "published":
            date = _to_date(value)
            if date:
                row["published"], row["date_source"] = date, "sidecar"
        else:
            row[key] = value
    return row


# --- tables --------------------------------------------------------------------------


def empty_articles() -> pd.DataFrame:
    """An articles table with no rows and the contract's columns and dtypes."""
    return _articles_frame([])


def _articles_frame(rows: list[dict]) -> pd.DataFrame:
    # Column by column, each straight to its dtype: building the frame from the row
    # dicts and converting its columns after costs more than parsing a few articles.
    columns: dict[str, object] = {}
    for col in ARTICLE_COLUMNS:
        values = [row.get(col) for row in rows]
        if col == "published":
            dates = pd.Series(_object_array(values), dtype=object)
            columns[col] = pd.to_datetime(dates).astype("datetime64[ns]").to_numpy()
        elif col == "n_words":
            columns[col] = np.array(values, dtype="int64")
        elif col in ("outlet", "title", "author", "url", "date_source"):  # None when missing
            values = [None if _missing(v) else v for v in values]
            columns[col] = pd.Series(_object_array(values), dtype=object)  # not inferred "str"
        else:  # article_id, path, layout, text, sha256: always strings
            columns[col] = pd.array(values, dtype="str")
    return pd.DataFrame(columns, columns=list(ARTICLE_COLUMNS))


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _object_array(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _rejects_frame(rows: list[dict]) -> pd.DataFrame:
    columns = {col: pd.array([row[col] for row in rows], dtype="str") for col in REJECT_COLUMNS}
    return pd.DataFrame(columns, columns=list(REJECT_COLUMNS))


def iter_articles(
    source,
    chunk_size: int = 2000,
    *,
    errors: str = "collect",
    max_bytes: int = MAX_BYTES,
    reuse: Reuse | None = None,
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """Yield ``(articles, rejects)`` chunks of at most ``chunk_size`` articles.

    Exact duplicates (same SHA-256 of the normalised body) are found across
    chunks and rejected with reason ``duplicate``; article ids are made unique.
    ``reuse`` (see :class:`corpus.cache.ReadCache`) may return a row parsed by an
    earlier run for an unchanged input, which is then not parsed again.
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    kept: dict[str, str] = {}  # body hash -> article_id kept
    used_ids: set[str] = set()
    rows: list[dict] = []
    rejects: list[dict] = []
    for item in _items(source, max_bytes, reuse):
        if item.row is not None:
            body_hash = _sha(item.row["text"])
            if body_hash in kept:
                item.row, item.reject = None, ("duplicate", f"same text as {kept[body_hash]}")
            else:
                item.row["article_id"] = _unique(item.row["article_id"], used_ids)
                kept[body_hash] = item.row["article_id"]
                rows.append(item.row)
        if item.reject is not None:
            reason, detail = item.reject
            if errors == "raise" and reason != "duplicate":
                raise ArticleError(item.path, reason, detail)
            rejects.append({"path": item.path, "reason": reason, "detail": detail})
        if len(rows) >= chunk_size:
            yield _articles_frame(rows), _rejects_frame(rejects)
            rows, rejects = [], []
    if rows or rejects:
        yield _articles_frame(rows), _rejects_frame(rejects)


def _unique(article_id: str, used: set[str]) -> str:
    candidate, n = article_id, 1
    while candidate in used:
        n += 1
        candidate = f"{article_id}-{n}"
    used.add(candidate)
    return candidate


def read_corpus(
    source: str | os.PathLike | Iterable, *, errors: str = "collect", max_bytes: int = MAX_BYTES
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a folder, file, export or list of them into ``(articles, rejects)``.

    ``errors="raise"`` raises :class:`ArticleError` (a ``ValueError``) at the first
    bad input instead of collecting it; duplicates are still collected.
    """
    chunks = list(iter_articles(source, chunk_size=10_000, errors=errors, max_bytes=max_bytes))
    if not chunks:
        return empty_articles(), _rejects_frame([])
    articles = (
        pd.concat([a for a, _ in chunks], ignore_index=True) if len(chunks) > 1 else chunks[0][0]
    )
    rejects = (
        pd.concat([r for _, r in chunks], ignore_index=True) if len(chunks) > 1 else chunks[0][1]
    )
    return articles, rejects


def read_articles(
    source: str | os.PathLike | Iterable, *, errors: str = "collect", max_bytes: int = MAX_BYTES
) -> pd.DataFrame:
    """Articles of ``source``; warns once per reject and keeps them in ``attrs["rejects"]``."""
    articles, rejects = read_corpus(source, errors=errors, max_bytes=max_bytes)
    for rec in rejects.itertuples(index=False):
        warnings.warn(f"{rec.path}: {rec.reason}: {rec.detail}", stacklevel=2)
    articles.attrs["rejects"] = rejects
    return articles
