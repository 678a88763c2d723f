"""The source inside a report phrase: "a statement from Netanyahu's office" -> the office,
"a CNN news report" -> CNN, "figures released Sunday by the health ministry" -> the
ministry.

:data:`SOURCE_WRAPPER` matches the wrapper before the source; :func:`unwrap_source`
narrows a phrase's offsets to the source it names.
"""

from __future__ import annotations

import re

from corpus.text import UPPER

# The source inside an "according to" phrase: "a statement from X", "the newspaper Y".
SOURCE_WRAPPER = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:joint|separate|written|new|recent|latest|earlier|previous|"
    r"later|fresh|preliminary|initial|official|detailed|brief|exclusive)\s+)?"
    r"(?:statement|message|readout|report|"
    r"post|news report|data|figures|statistics|estimates?|tally|count|information|"
    r"testimon(?:y|ies)|research|findings)s?\s+(?:from|by|of|in|"
    # "figures released Sunday by the territory's health ministry", "information gathered by
    # Al Mezan's field researchers"
    # ("the statement made by the Ministry of Health in Gaza": a translation's wording)
    r"(?:released|published|issued|provided|gathered|compiled|collected|made|put\s+out)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+)?\s+by"
    # "figures the IDF presented to the committee", "data that the ministry provided"
    # ("figures the Israel Prison Service (IPS) provided to HaMoked": its short form too)
    rf"|(?:that\s+)?(?=(?:the\s+)?[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*)*(?:\s+\([A-Z]{{2,9}}\))?"
    r"\s+(?:presented|provided|gave|"
    r"released|published|shared|compiled|supplied|issued)\b))\s*",
    re.IGNORECASE,
)
_MEDIA_DESCRIPTOR = re.compile(
    rf"^(?:the\s+)?(?:[{UPPER}][\w-]*\s+)?(?:state-run\s+|state-owned\s+)?(?:newspaper|daily|"
    r"news agency|broadcaster|outlet|channel|TV channel|(?:news\s+)?(?:site|website|outlet))\s+"
    r"(?=[A-Z])"
)
# ("According to a White House readout of the call": the White House)
_REPORT_TAIL = re.compile(
    r"\s+(?:(?:news\s+)?reports?|readouts?)(?:\s+of\s+the\s+(?:call|meeting|talks))?$"
    r"|\s+in\s+(?:a|an|its)\s+.*$",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"\s+(?:on|in|at|during|last|this|earlier)\s+(?:a\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|\w+day|week|month|different report|separate report).*$"
)


_DOCUMENT_AFTER = re.compile(r"\s+(?:readout|statement|report|communiqu[eé]|press\s+release)s?\b")
_NAMED_AFTER_ARTICLE = re.compile(r"(?:an?|the)\s+(?=[A-Z])")


def unwrap_source(text: str, s0: int, s1: int) -> tuple[int, int]:
    """'a statement from Netanyahu's office' -> "Netanyahu's office"; 'a CNN news report' -> CNN."""
    phrase = text[s0:s1]
    if s1 - s0 <= 0:
        return s0, s1
    w = SOURCE_WRAPPER.match(phrase)
    if w:
        s0 += w.end()
        phrase = text[s0:s1]
    t = _TIME_TAIL.search(phrase)
    if t:
        s1 = s0 + t.start()
        phrase = text[s0:s1]
    d = _MEDIA_DESCRIPTOR.match(phrase)
    if d:
        s0 += d.end()
        phrase = text[s0:s1]
    r = _REPORT_TAIL.search(phrase)
    if r and not re.search(r"\bmedia\s+reports?$", phrase, re.IGNORECASE):
        inner = phrase[: r.start()]
        dm = re.match(r"(?:an?|the)\s+", inner, re.IGNORECASE)
        if dm:
            s0 += dm.end()
            inner = inner[dm.end() :]
        if inner.strip():
            s1 = s0 + len(inner)
    if _DOCUMENT_AFTER.match(text, s1) and (dm := _NAMED_AFTER_ARTICLE.match(text, s0, s1)):
        s0 = dm.end()  # "a White House readout of the call": the White House's
    return s0, s1
