"""How long reading costs: ms per ~5 KB article, folder and JSON Lines, plus worst cases.

Run: ``.venv/bin/python benchmarks/read_speed.py [N]`` (default 2000 articles).
CPU time is reported beside wall time because the machine may be shared.
Articles are the seed texts cut to ~5 KB and made unique, written to a temporary
folder; times include decoding, layout parsing, normalising and building tables.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from corpus.io import read_corpus
from corpus.paths import SEEDS_DIR


def _articles(n: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return [f"{seeds[i % len(seeds)][:5000]}\nStory {i} ends here." for i in range(n)]


def _time(label: str, source, n: int) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    articles, rejects = read_corpus(source)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(articles) + len(rejects) == n
    print(
        f"{label:<28} {n:>6} inputs  wall {seconds:6.2f} s  cpu {cpu:6.2f} s"
        f"  {1000 * cpu / n:6.3f} ms cpu/article"
    )


def main(n: int = 2000) -> None:
    texts = _articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "txt")
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        export = Path(tmp, "export.jsonl")
        with export.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"r{i}", "text": text}) + "\n")
        long_line = Path(tmp, "long_line.txt")
        long_line.write_text("Talks stalled.\n" + "x" * 100_000 + "\n", encoding="utf-8")
        huge = Path(tmp, "huge.txt")
        huge.write_text("Officials said on Monday that aid trucks entered Gaza.\n" * 380_000)
        _time("folder of .txt (~5 KB)", folder, n)
        _time("JSON Lines export (~5 KB)", export, n)
        _time("100,000-char line", long_line, 1)
        _time(f"{huge.stat().st_size / 1e6:.0f} MB text file", huge, 1)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
