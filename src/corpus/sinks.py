"""Where the pipeline's chunks go: into memory, or into parts in a staging folder.

Both sinks take the conformed tables of one chunk at a time (``write``), give the
statements back for the speakers table (``statements``) and add the rejects and
speakers at the end (``finish``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from corpus import cache, storage

# Statement columns corpus.speakers.speakers() reads (contract: docs/architecture.md).
SPEAKER_INPUT = (
    "statement_id",
    "article_id",
    "published",
    "speaker",
    "speaker_mention",
    "speaker_type",
    "role",
    "affiliation",
    "via",
    "kind",
)


# -- writing ----------------------------------------------------------------------


def _frame(rows: pd.DataFrame | Path, table: str) -> pd.DataFrame:
    """A table part as a frame (read, when given as a Parquet part of the cache)."""
    return storage.conform(pd.read_parquet(rows), table) if isinstance(rows, Path) else rows


class MemorySink:
    """Collects the tables in memory (``extract`` without ``out``)."""

    def __init__(self) -> None:
        self.parts: dict[str, list[pd.DataFrame]] = {t: [] for t in storage.TABLES}

    def write(
        self, number: int, tables: dict[str, pd.DataFrame | Path], keys: pd.DataFrame
    ) -> dict[str, int]:
        """Keep one chunk's tables; returns their row counts."""
        for name in ("articles", "statements", "figures"):
            self.parts[name].append(_frame(tables[name], name))
        return {name: len(self.parts[name][-1]) for name in ("statements", "figures")}

    def statements(self) -> pd.DataFrame:
        return self.table("statements")

    def table(self, name: str) -> pd.DataFrame:
        frames = [f for f in self.parts[name] if len(f)]
        if not frames:
            return storage.empty(name)
        return storage.conform(pd.concat(frames, ignore_index=True), name)

    def finish(self, rejects: pd.DataFrame, speakers: pd.DataFrame) -> dict[str, pd.DataFrame]:
        self.parts["rejects"] = [rejects]
        self.parts["speakers"] = [speakers]
        return {name: self.table(name) for name in storage.TABLES}


class DiskSink:
    """Writes one part per chunk and table into the staging folder.

    Statements and figures are written once, as cache parts, and hard-linked into
    the Parquet output; with ``fmt="csv"`` each table is one CSV file.
    """

    def __init__(self, staging: Path, fmt: str) -> None:
        if fmt not in ("parquet", "csv"):
            raise ValueError(f"unknown format {fmt!r}; choose parquet or csv")
        self.staging, self.fmt = staging, fmt

    def _put(self, name: str, frame: pd.DataFrame, number: int) -> None:
        if self.fmt == "csv":
            storage.append_csv(frame, self.staging / f"{name}.csv")
        else:
            storage.write_parquet(frame, self.staging / name / storage.part_name(number), name)

    def write(
        self, number: int, tables: dict[str, pd.DataFrame | Path], keys: pd.DataFrame
    ) -> dict[str, int]:
        """Write one chunk's parts; returns the statement and figure counts. A table
        given as a path is an unchanged part of the previous cache (linked)."""
        self._put("articles", tables["articles"], number)
        written = cache.store(self.staging, number, keys, tables)
        counts = {}
        for name, part in written.items():
            if self.fmt == "csv":
                frame = _frame(tables[name], name)
                storage.append_csv(frame, self.staging / f"{name}.csv")
                counts[name] = len(frame)
            else:
                storage.link_or_copy(part, self.staging / name / part.name)
                rows = tables[name]
                counts[name] = (
                    pq.ParquetFile(part).metadata.num_rows if isinstance(rows, Path) else len(rows)
                )
        return counts

    def statements(self) -> pd.DataFrame:
        folder = self.staging / cache.CACHE_DIR / "statements"
        if not any(folder.glob("*.parquet")):
            return storage.empty("statements")
        # Only the columns a speaker table is built from: the long text columns stay
        # on disk, so memory at the end grows with the statement count, not text size.
        return pd.read_parquet(folder, columns=list(SPEAKER_INPUT))

    def finish(self, rejects: pd.DataFrame, speakers: pd.DataFrame) -> Path:
        for name in storage.TABLES:
            exists = (self.staging / f"{name}.csv").exists() or (self.staging / name).exists()
            if name in ("rejects", "speakers") or not exists:
                frame = {"rejects": rejects, "speakers": speakers}.get(name, storage.empty(name))
                self._put(name, frame, 0)
        return self.staging
