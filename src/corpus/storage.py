"""Table schemas, Parquet/CSV parts and the atomic output folder.

Every table the pipeline writes goes through :func:`conform`, which puts the
contract columns of ``docs/architecture.md`` first, in order, with one fixed
dtype each. That is what lets chunk parts written by different processes (and
empty chunks) concatenate into one Parquet dataset.

An extraction writes into a hidden staging folder beside ``out`` and swaps it in
only at the end (:func:`atomic_folder`), so an interrupted run never leaves a
half-written ``out``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

# Column kinds: "str", "int", "float", "datetime". Order is the contract order.
SCHEMAS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "str"),
        ("path", "str"),
        ("outlet", "str"),
        ("title", "str"),
        ("author", "str"),
        ("url", "str"),
        ("published", "datetime"),
        ("date_source", "str"),
        ("layout", "str"),
        ("text", "str"),
        ("n_words", "int"),
        ("sha256", "str"),
    ),
    "statements": (
        ("statement_id", "str"),
        ("article_id", "str"),
        ("published", "datetime"),
        ("speaker", "str"),
        ("speaker_mention", "str"),
        ("speaker_type", "str"),
        ("role", "str"),
        ("affiliation", "str"),
        ("via", "str"),
        ("verb", "str"),
        ("kind", "str"),
        ("quote", "str"),
        ("text", "str"),
        ("char_start", "int"),
        ("char_end", "int"),
        ("stance", "int"),
        ("stance_score", "float"),
        ("stance_cues", "str"),
        ("tone", "float"),
    ),
    "figures": (
        ("figure_id", "str"),
        ("article_id", "str"),
        ("published", "datetime"),
        ("value", "float"),
        ("value_text", "str"),
        ("qualifier", "str"),
        ("category", "str"),
        ("subject", "str"),
        ("scope", "str"),
        ("asof", "datetime"),
        ("asof_source", "str"),
        ("source", "str"),
        ("statement_id", "str"),
        ("sentence", "str"),
        ("char_start", "int"),
        ("char_end", "int"),
        ("duplicate_of", "str"),
    ),
    "speakers": (
        ("speaker", "str"),
        ("speaker_type", "str"),
        ("role", "str"),
        ("affiliation", "str"),
        ("aliases", "str"),
        ("n_statements", "int"),
        ("n_articles", "int"),
        ("first_seen", "datetime"),
        ("last_seen", "datetime"),
    ),
    "rejects": (("path", "str"), ("reason", "str"), ("detail", "str")),
}
TABLES = ("articles", "statements", "figures", "speakers", "rejects")

_ARROW = {
    "str": pa.large_string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "datetime": pa.timestamp("us"),
}
_EMPTY_DTYPE = {"str": "str", "int": "int64", "float": "float64", "datetime": "datetime64[us]"}


def empty(table: str) -> pd.DataFrame:
    """A zero-row frame with the contract columns and dtypes of ``table``."""
    return pd.DataFrame(
        {name: pd.Series([], dtype=_EMPTY_DTYPE[kind]) for name, kind in SCHEMAS[table]}
    )


def _cast(values: pd.Series, kind: str) -> pd.Series:
    if kind == "str":
        return values.astype("str")
    if kind == "float":
        return pd.to_numeric(values, errors="coerce").astype("float64")
    if kind == "int":
        numbers = pd.to_numeric(values, errors="coerce")
        # Nullable only when a value is missing; both map to Arrow int64.
        return numbers.astype("Int64" if numbers.isna().any() else "int64")
    stamps = pd.to_datetime(values, errors="coerce", utc=_has_timezone(values))
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
    return stamps.astype("datetime64[us]")


def _has_timezone(values: pd.Series) -> bool:
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return True
    if values.dtype == object:
        first = values.dropna()
        return bool(len(first)) and getattr(first.iloc[0], "tzinfo", None) is not None
    return False


def conform(frame: pd.DataFrame | None, table: str) -> pd.DataFrame:
    """Contract columns first (missing ones added as NA) with fixed dtypes.

    Extra columns a stage adds are kept after the contract ones; object columns
    holding only strings or nothing become ``str`` so their Parquet type does not
    depend on whether a chunk happened to be empty.
    """
    if frame is None:
        return empty(table)
    frame = frame.reset_index(drop=True)
    columns: dict[str, pd.Series] = {}
    for name, kind in SCHEMAS[table]:
        if name in frame.columns:
            columns[name] = _cast(frame[name], kind)
        else:
            columns[name] = _cast(pd.Series([None] * len(frame), dtype=object), kind)
    for name in frame.columns:
        if name in columns:
            continue
        values = frame[name]
        if values.dtype == object and values.map(lambda v: v is None or isinstance(v, str)).all():
            values = values.astype("str")
        columns[name] = values
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))


def arrow_schema(frame: pd.DataFrame, table: str) -> pa.Schema:
    """Fixed Arrow types for the contract columns, inferred ones for extras."""
    fixed = dict((name, _ARROW[kind]) for name, kind in SCHEMAS[table])
    inferred = pa.Schema.from_pandas(frame, preserve_index=False)
    fields = [pa.field(f.name, fixed.get(f.name, f.type)) for f in inferred]
    return pa.schema(fields, metadata=inferred.metadata)


def write_parquet(frame: pd.DataFrame, path: Path, table: str) -> Path:
    """Write one conformed part (``frame`` must already be conformed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = pa.Table.from_pandas(frame, schema=arrow_schema(frame, table), preserve_index=False)
    pq.write_table(data, path)
    return path


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def append_csv(frame: pd.DataFrame, path: Path) -> None:
    """Append rows to one CSV per table; the header is written once."""
    frame.to_csv(path, mode="a", header=not path.exists(), index=False)


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link an identical part (no second write); copy across file systems."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def table_location(folder: Path, table: str) -> Path | None:
    """Where ``table`` lives in a tables folder: a dataset folder or single file."""
    for candidate in (
        folder / table,
        folder / f"{table}.parquet",
        folder / f"{table}.csv",
    ):
        if candidate.exists():
            return candidate
    return None


def read_table(folder: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read one table of a tables folder (Parquet dataset/file or CSV), conformed."""
    location = table_location(Path(folder), table)
    if location is None:
        return empty(table)
    if location.suffix == ".csv":
        frame = pd.read_csv(location, usecols=columns, keep_default_na=False, na_values=[""])
    elif location.is_dir() and not any(location.glob("*.parquet")):
        frame = empty(table)
    else:
        frame = pd.read_parquet(location, columns=columns)
    frame = conform(frame, table)
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    return frame


# -- atomic output folder ---------------------------------------------------

MANIFEST = "run.json"


def _siblings(out: Path, tag: str) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.{tag}-*"))


def recover(out: Path) -> None:
    """Undo what a run killed mid-swap or mid-write left beside ``out``.

    A run killed between its two renames leaves ``out`` missing and the previous
    outputs parked as ``.<out>.old-<pid>``: put them back. Staging folders of
    dead runs are removed.
    """
    parked = _siblings(out, "old")
    if not out.exists() and parked:
        os.replace(parked[-1], out)
        parked = parked[:-1]
    for stale in parked + _siblings(out, "tmp"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue  # another run is writing right now
        shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_replaceable(out: Path) -> None:
    """Refuse to swap away a folder that is not a previous extraction."""
    if out.exists() and (
        not out.is_dir() or (any(out.iterdir()) and not (out / MANIFEST).exists())
    ):
        raise FileExistsError(
            f"{out} exists and is not a corpus tables folder (no {MANIFEST}); "
            "choose an empty or new --out folder"
        )


@contextlib.contextmanager
def atomic_folder(out: Path) -> Iterator[Path]:
    """Yield a staging folder; on success it replaces ``out`` in two renames."""
    out = Path(out).absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    check_replaceable(out)
    staging = out.parent / f".{out.name}.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    parked = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, parked)
    os.replace(staging, out)
    shutil.rmtree(parked, ignore_errors=True)
