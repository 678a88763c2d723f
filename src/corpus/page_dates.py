"""Dates a page prints outside its date line: the day in its own address, a line at the
top or the foot that prints a date and little else. :mod:`corpus.layouts` reads them last,
when no stricter reading of the page found its day.
"""

from __future__ import annotations

import datetime as dt
import re

from corpus.date_lines import loose_date_line

__all__ = ["loose_page_date", "printed_url_date"]


# a page's own address printed on it ("Copy link: https://www.1news.co.nz/2024/06/02/..."):
# its path holds the day of publication
# (or its slug: ".../live-sa-vs-israel-at-the-icj-day-one-20240111")
# (or a folder of the day: "https://thespinoff.co.nz/world/17-01-2025/the-gaza-...")
_URL_DATE = re.compile(
    r"https?://[^\s/]+/(?:[\w-]+/)*?(20\d\d)/(\d\d)/(\d\d)/"
    r"|https?://\S+?[-/_](20\d\d)(\d\d)(\d\d)(?=[-/_.?#\s]|$)"
    r"|https?://[^\s/]+/(?:[\w-]+/)*?(?:(20\d\d)-(\d\d)-(\d\d)|(\d\d)-(\d\d)-(20\d\d))/"
)


_LOOSE_TOP, _LOOSE_BOTTOM = 15, 15


def loose_page_date(text: str) -> dt.date | None:
    """The date of a line at the top or the foot of the page that prints a date and little
    else (:func:`~corpus.date_lines.loose_date_line`), when no stricter reading found one."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in (*lines[:_LOOSE_TOP], *lines[-_LOOSE_BOTTOM:]):
        found = loose_date_line(line)
        if found is not None:
            return found
    return None


def printed_url_date(text: str) -> dt.date | None:
    """The date in the path of the one dated address printed on the page; None when there
    is none or several disagree (links to other stories)."""
    if "://" not in text:
        return None
    days = set()
    for m in _URL_DATE.finditer(text):
        first, mo, last = (g for g in m.groups() if g)
        y, d = (last, first) if len(first) == 2 else (first, last)  # (day first: "17-01-2025")
        try:
            days.add(dt.date(int(y), int(mo), int(d)))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None
