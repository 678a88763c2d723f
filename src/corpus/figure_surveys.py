"""A poll's method is no count of the war: its sample ("a sample of 1,012 adults",
"n=1,609", "among 2,213 registered voters"), its margin of error ("±3.3", "the design
effect, which was 1.14") and the age bands it reports by ("those aged 18-34", "voters
under 30"). Its points and confidence ("12 percentage points", "19 times out of 20") are
``skip_after`` words of the figure lexicon.

:func:`survey_detail` is one of the checks of :func:`corpus.figure_checks.is_figure`.
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["survey_detail"]

# a sentence about how a poll was made
_METHOD = re.compile(
    r"\b(?:margin\s+of\s+(?:sampling\s+)?error|credibility\s+interval|design\s+effect|"
    r"(?:random|representative|probability|national|online)\s+sample|sample\s+(?:of|size)|"
    r"n\s?=\s?\d|(?:survey|poll)\s+(?:was\s+)?(?:conducted|fielded|carried\s+out)|"
    r"(?:conducted|fielded|interviewed)\s+(?:online|by\s+telephone|face[- ]to[- ]face|"
    r"among|between|from|with)|weighted\s+(?:to|by))\b",
    re.IGNORECASE,
)
# (a sentence that also tells the war's counts: "The survey was fielded Monday, as all 20
# living hostages were released")
_WAR_WORDS = re.compile(
    r"\b(?:killed|dead|deaths|wounded|injured|hostages|captives|prisoners|detainees|trucks|"
    r"soldiers|troops|strikes|missiles|rockets|released|freed)\b",
    re.IGNORECASE,
)
_AROUND = 300  # characters each side of the number read for a poll's method
# what every match of _METHOD and _AGE_BAND_BEFORE holds (lower case): quick first tests
_METHOD_WORDS = ("margin", "interval", "design effect", "sampl", "n=", "n =", "conducted",
                 "fielded", "carried out", "interviewed", "weighted")  # fmt: skip
_AGE_WORDS = ("age", "under ", "over ", "older", "younger")
_ERROR_BEFORE = re.compile(r"(?:±|\+/-|\+/−|\+-|plus\s+or\s+minus)\s*$", re.IGNORECASE)
# an age band: "aged 18-34", "ages 18 to 29", "(18-34)", "voters under 30", "those 65 and older"
_AGE_BAND_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages)\s+(?:\d+\s*(?:-|–|to)\s*)?"
    r"|\b(?:voters|adults|respondents|those|people|Americans|Israelis|Britons|Canadians|"
    r"Palestinians|Gazans|men|women|Democrats|Republicans)\s+(?:under|over|older\s+than|"
    r"younger\s+than|aged)\s+)$",
    re.IGNORECASE,
)
# ("a package for the Palestinians over three years": a span, no age)
_SPAN_AFTER = re.compile(r"[-\s]+(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)
_AGE_BAND_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d+\b|\s+and\s+(?:older|over|above|under)\b")


def survey_detail(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a poll's sample, margin of error or age band (see the module)."""
    before = sentence[max(0, n.start - 40) : n.start]
    if _ERROR_BEFORE.search(before):
        return True  # "±3.3", "+/- 2": a margin of error (its points are a skip_after word)
    if (
        any(word in before.lower() for word in _AGE_WORDS)
        and _AGE_BAND_BEFORE.search(before)
        and not _SPAN_AFTER.match(sentence, n.end)
    ) or (
        sentence.startswith(("aged ", "ages "), max(0, n.start - 5))
        and _AGE_BAND_AFTER.match(sentence, n.end)
    ):
        return True  # "those aged 18-34 (78%)", "voters under 30": who, by age
    # (the sentence around the number: a page with no sentence ends is one long "sentence")
    lo, hi = max(0, n.start - _AROUND), n.end + _AROUND
    window = sentence[lo:hi].lower()
    return (
        any(word in window for word in _METHOD_WORDS)
        and _METHOD.search(sentence, lo, hi) is not None
        and _WAR_WORDS.search(sentence, lo, hi) is None
    )
