"""Bytes to text: encodings, binary files and HTML pages saved as text.

:func:`decode` accepts UTF-8 (with or without BOM) and UTF-16 with a BOM, and
reads anything else as cp1252, whose bytes 0x91-0x94 are the curly quotes of
Windows and "Latin-1" news files (the five bytes cp1252 leaves undefined are
read as Latin-1, so every byte decodes). Files that are not text raise
:class:`Rejected` with reason ``binary`` or ``decode``. :func:`html_to_text`
keeps the visible text of a saved web page, one line per block element, and the
title, date, author and site name its meta tags give.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

# Byte signatures of files that are not text: images, PDF, archives, executables.
BINARY_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04",
    b"\x1f\x8b", b"RIFF", b"II*\x00", b"MM\x00*", b"\x7fELF",
)  # fmt: skip
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


@dataclass
class Rejected(Exception):
    """An input that cannot become an article: a reject reason code and a detail."""

    reason: str
    detail: str


# --- decoding ------------------------------------------------------------------------

# cp1252 with the five bytes it leaves undefined read as Latin-1, so every byte decodes.
_CP1252 = {i: bytes([i]).decode("cp1252", errors="ignore") or chr(i) for i in range(128, 256)}
_CP1252_TABLE = str.maketrans({chr(i): c for i, c in _CP1252.items()})


def decode(data: bytes) -> str:
    """Text of ``data``; raises ``_Reject`` for binary or undecodable bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Rejected("decode", f"UTF-16 BOM but bad bytes at {exc.start}") from None
    if data.startswith(BINARY_SIGNATURES):
        raise Rejected("binary", f"file signature {data[:4]!r}")
    head = data[:8192]
    if b"\x00" in head:
        raise Rejected("binary", "NUL bytes")
    if head and len(head.translate(None, _CONTROL)) < 0.9 * len(head):
        raise Rejected("binary", "mostly control bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252_TABLE)


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page, one line per block, plus its <title> and meta tags."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "article",
            "section",
            "header",
            "footer",
            "figcaption",
        ]
    )
    HIDDEN = frozenset(("script", "style", "noscript", "template", "head"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._hidden = 0
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """A saved web page rather than text (doctype, <html> or several block tags)."""
    head = text[:2000]
    if "<" not in head:  # plain text, the usual case: no tag to look for
        return False
    head = head.lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return sum(head.count(t) for t in ("<p>", "<p ", "<div", "<br", "</p>")) >= 3


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """(text, metadata) of an HTML page; metadata from <title> and meta tags."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(ln.split()) for ln in "".join(parser.parts).split("\n"))
    meta = {
        "title": parser.meta.get("og:title") or " ".join(parser.title.split()),
        "published": parser.meta.get("article:published_time") or parser.meta.get("date", ""),
        "author": parser.meta.get("author", ""),
        "outlet": parser.meta.get("og:site_name", ""),
        "url": parser.meta.get("og:url", ""),
    }
    return "\n".join(ln for ln in lines if ln), {k: v for k, v in meta.items() if v}
