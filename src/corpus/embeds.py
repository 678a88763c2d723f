"""Posts embedded in a page: an X (Twitter) post as a scraper saves its embed, the post's
text and then its signature line,

    Aid is moving. The ceasefire must hold. pic.twitter.com/rQ4nUe7ZkB
    — Tom Fletcher (@UNReliefChief) January 19, 2025

or its author's name and handle on a line above it ("David Lammy @DavidLammy").

The post is a direct statement of the account holder the signature names; the sentence
that introduced it ("UN relief chief Tom Fletcher posted on X:") says nothing of its own.
"""

from __future__ import annotations

import re

from corpus.coref import ArticleSpeakers
from corpus.cue import statement_row

__all__ = ["embedded_posts", "without_post_echoes"]

# "— Tom Fletcher (@UNReliefChief) January 19, 2025" on a line of its own
_SIGNATURE = re.compile(
    r"^[ \t]*[—–-][ \t]*(?P<name>[^\n(@]{2,80}?)[ \t]*\(@\w{1,30}\)[^\n]*$", re.MULTILINE
)
# a link or a picture's short address that ends the post ("pic.twitter.com/Jd8sTQm2Vx")
_TRAILING_LINKS = re.compile(r"(?:\s+(?:pic\.twitter\.com/\w+|https?://\S+))+\s*$")
# letters of other scripts the account's name may add ("Dr. Majed Al Ansari د. ماجد الأنصاري")
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f]+[^\n]*$")


def embedded_posts(text: str, ctx: ArticleSpeakers) -> list[dict]:
    """One direct statement per embedded post whose signature or header names its author."""
    rows = []
    for name, at, start, end, whole in _posts(text):
        links = _TRAILING_LINKS.search(text, start, end)
        quote_end = links.start() if links else end
        if text.find(text[start : min(quote_end, start + 40)], 0, start) >= 0:
            continue  # the post repeats words the article quoted before: reported there
        name = _OTHER_SCRIPT.sub("", name).strip(" ,")
        found = ctx.resolve(name, None, at) if name else []
        if not found:
            continue
        rows.append(
            statement_row(
                text, found[0], name, (start, quote_end), whole, verb="post", kind="direct"
            )
        )
    return rows


def _posts(text: str) -> list[tuple[str, int, int, int, tuple[int, int]]]:
    """(author as written, where, post start, post end, span of the whole embed) of every
    post: signed under its text, or headed by its author's name and handle."""
    found = []
    if "(@" in text:
        for m in _SIGNATURE.finditer(text):
            end = m.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = text.rfind("\n\n", 0, end)
            start = 0 if start < 0 else start + 2
            if end - start >= 10:  # (not a signature with no post above it)
                found.append((m["name"], m.start("name"), start, end, (start, m.end())))
    for m in _HEADER.finditer(text) if " @" in text else ():
        start = m.end() + 1
        stop = text.find("\n\n", start)
        stop = len(text) if stop < 0 else stop
        stamp = _STAMP.search(text, start, stop)
        end = stamp.start() if stamp else stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start >= 10:
            found.append((m["name"], m.start("name"), start, end, (m.start("name"), stop)))
    return found


# "David Lammy @DavidLammy" on a line of its own, the post's text under it, and maybe its
# time and views ("9:47 PM · Nov 25, 2023 · 412K Views")
_HEADER = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|al|el|bin|de|la|van|von)){0,5})"
    r"[ \t]+@\w{1,30}[ \t]*$",
    re.MULTILINE,
)
_STAMP = re.compile(r"^[ \t]*\d{1,2}:\d{2}\s*(?:[AP]M)?\s*·", re.MULTILINE)


def without_post_echoes(text: str, rows: list[dict], posts: list[dict]) -> list[dict]:
    """``rows`` without those the posts replace: a statement read inside a post's text, and
    the post's introduction by its own author ("Majed al-Ansari announced the start on X:"),
    whose name, as the article wrote it, the post then takes."""
    spans = [(p["char_start"], p["char_end"]) for p in posts]
    by_start = {p["char_start"]: p for p in posts}
    kept = []
    for r in rows:
        if any(a <= r["char_start"] < b for a, b in spans):
            continue
        next_start = len(text) - len(text[r["char_end"] :].lstrip())
        # (or the post the introduction took as its words: "... posted on X:" then the post)
        post = by_start.get(next_start) or next(
            (p for p in posts if r["char_start"] < p["char_start"] < r["char_end"]), None
        )
        if (
            post is not None
            and text[: post["char_start"]].rstrip().endswith(":")
            and _same_person(r["speaker"], post["speaker"])
        ):
            for key in ("speaker", "speaker_type", "role", "affiliation"):
                post[key] = r[key]
            continue
        kept.append(r)
    return kept


_PARTICLES = frozenset({"al", "el", "dr", "dr.", "the"})


def _same_person(a: str, b: str) -> bool:
    """ "Majed al-Ansari" and "Dr. Majed Al Ansari": the same name, written two ways."""

    def words(name: str) -> list[str]:
        return [w for w in name.lower().replace("-", " ").split() if w not in _PARTICLES]

    return words(a) == words(b)
