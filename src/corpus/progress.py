"""Progress of a long extraction: a tqdm bar on a terminal, plain log lines elsewhere.

Plain ``tqdm`` (not ``tqdm.auto``): inside papermill a widget bar leaves debris in
the saved notebook, and a log line per chunk reads fine in any captured output.
"""

from __future__ import annotations

import sys
import time
from typing import Any


class Progress:
    """``mode``: True (bar if stderr is a terminal, else log), "log", "bar", or False."""

    def __init__(self, mode: bool | str = True, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        if mode is True:
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode = mode or "off"
        self.started = time.perf_counter()
        self.done = 0
        self.bar = None
        if self.mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(unit=" articles", file=self.stream, dynamic_ncols=True)

    def update(self, count: int, stats: dict[str, int]) -> None:
        """``count`` more inputs handled; ``stats`` holds the running totals."""
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
            self.bar.set_postfix(cached=stats.get("cached", 0), rejects=stats.get("rejects", 0))
        elif self.mode == "log" and count:
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            print(
                f"corpus extract: {stats.get('articles', 0)} articles "
                f"({stats.get('cached', 0)} cached), {stats.get('rejects', 0)} rejects, "
                f"{rate:.0f} inputs/s",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
