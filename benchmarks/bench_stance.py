"""Speed of corpus.stance: statements per second, cues and tone separately.

Run: .venv/bin/python benchmarks/bench_stance.py [n_copies]

Statements are the sentences of the seed articles (a stand-in for the
statements table), copied n times with a counter appended so every text is
distinct and no cache can help. Cues are timed twice: every rule searched in
every text (``_cues``), and pre-filtered as stance() runs them (``_score_texts``).
"""

from __future__ import annotations

import sys
import time
from importlib import import_module
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from seed_text import seed_sentences  # noqa: E402  (the tests' helper: one copy)

st = import_module("corpus.stance")  # the module; corpus.stance is the function


def main(copies: int = 20) -> None:
    base = seed_sentences()
    texts = [f"{t} ({i})" for i in range(copies) for t in base]
    frame = pd.DataFrame({"quote": texts, "text": texts, "speaker_type": "official"})
    st.stance(frame.head(5))  # build the analyzer and compile the target once

    rules = st._target_rules("ceasefire")
    t0 = time.process_time()
    for t in texts:
        st._cues(t, rules)
    cue_s = time.process_time() - t0

    t0 = time.process_time()
    st._score_texts(texts, rules)  # what stance() runs: each rule only where it may fire
    filtered_s = time.process_time() - t0

    t0 = time.process_time()
    for t in texts:
        st.tone(t)
    tone_s = time.process_time() - t0

    n = len(texts)
    print(f"{n} statements (distinct texts); CPU time")
    print(f"cues only : {n / cue_s:9.0f} statements/s  ({1e3 * cue_s / n:.3f} ms each)")
    print(f"cues, pre-filtered (as in stance()): {n / filtered_s:.0f} statements/s  "
          f"({1e3 * filtered_s / n:.3f} ms each)")  # fmt: skip
    print(f"tone only : {n / tone_s:9.0f} statements/s  ({1e3 * tone_s / n:.3f} ms each)")
    for mode in st.TONE_MODES:
        t0 = time.process_time()
        out = st.stance(frame, tone=mode)
        secs = time.process_time() - t0
        scored = int(out["tone"].notna().sum())
        print(f"stance(tone={mode!r:10}): {n / secs:7.0f} statements/s  "
              f"({1e3 * secs / n:.3f} ms each; {scored} toned)")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
