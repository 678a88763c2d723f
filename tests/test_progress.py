"""Progress reporting of long extractions."""

from __future__ import annotations

import io

from corpus.progress import Progress


def test_log_mode_prints_running_counts():
    stream = io.StringIO()
    progress = Progress("log", stream=stream)
    progress.update(10, {"articles": 10, "cached": 4, "rejects": 1})
    assert stream.getvalue().startswith("corpus extract: 10 articles (4 cached), 1 rejects")


def test_default_mode_logs_when_not_a_terminal():
    stream = io.StringIO()  # not a TTY, like papermill or a CI log
    progress = Progress(True, stream=stream)
    progress.update(3, {"articles": 3})
    assert progress.bar is None
    assert "3 articles" in stream.getvalue()


def test_off_mode_prints_nothing():
    stream = io.StringIO()
    Progress(False, stream=stream).update(5, {"articles": 5})
    assert stream.getvalue() == ""
