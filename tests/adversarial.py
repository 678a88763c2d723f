"""Adversarial article texts shared by the pathological-input test and benchmark.

Each builder returns about ``size`` characters of text designed to trip
backtracking regular expressions: long runs of quote marks, commas, digits,
capitalised words and their mixtures.
"""

from __future__ import annotations

PATTERNS = {
    "quotes": '"',
    "curly_quotes": "“”‘’",
    "commas": ", ",
    "digits": "1",
    "digit_groups": "1,000,",
    "capitalised": "Zhu Yongbiao Li Haidong ",
    "said_chain": 'Netanyahu said "',
    "according": "according to the ",
    "no_spaces": "Xinhua",
    "dots": "U.S.",
    "mixed": '"Hamas, 1,234 More Than "said, ',
}


def adversarial_text(name: str, size: int = 100_000) -> str:
    unit = PATTERNS[name]
    return (unit * (size // len(unit) + 1))[:size]
