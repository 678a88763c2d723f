"""Generate the bad-input cases for ``tests/test_io.py`` into a folder.

Cases that need bytes, size or file-system tricks are generated here; small text
cases are committed in ``tests/data/bad/`` and copied alongside. Run it by hand
with ``python tests/data/make_bad_inputs.py OUT_DIR``; the pytest fixture calls
:func:`make_bad_inputs`.

Documented outcome of each case when the folder is read with
``read_corpus(folder)`` (``.jsonl`` / ``.csv`` are read when passed as files):

| case                           | file                                   | outcome |
| ------------------------------ | -------------------------------------- | ------- |
| empty file                     | empty.txt                              | reject `empty` |
| white space only               | whitespace.txt                         | reject `empty` |
| binary (PNG bytes)             | photo.txt                              | reject `binary` |
| NUL bytes in text              | nul_bytes.txt                          | reject `binary` |
| UTF-16 with BOM                | utf16_bom.txt                          | article; text decoded |
| UTF-8 with BOM                 | utf8_bom.txt                           | article; no BOM in text |
| cp1252 curly quotes 0x91-0x94  | cp1252.txt                             | article; “ ” ‘ ’ kept |
| Latin-1 (é) + curly quotes     | latin1.txt                             | article; é and quotes kept |
| mixed line endings             | mixed_endings.txt                      | article; only \\n in text |
| 20 MB text                     | huge.txt                               | article by default (< 50 MB); reject `too_large` with max_bytes=10_000_000 |
| 100,000-char line, no spaces   | long_line.txt                          | article (read in milliseconds, see benchmarks/read_speed.py) |
| HTML saved as .txt             | saved_page.txt                         | article; layout `html`; no tags, no script |
| JSONL, one malformed line      | export.jsonl (4 lines)                 | 2 articles + `malformed_json` + `empty` |
| CSV with a text column         | export.csv                             | 2 articles (ids `c1`, `export-2`) |
| CSV without a text column      | no_text.csv                            | reject `no_text_column` |
| no read permission             | locked.txt (chmod 000)                 | reject `unreadable` when not root; root reads it anyway, so the test simulates it by patching ``corpus.io._read_bytes`` |
| a directory named like a file  | folder.txt/ (passed as a file)         | reject `unreadable` (is a directory); skipped when walking a folder |
| symlink loop (file)            | loop.txt -> loop.txt                   | reject `unreadable` (too many levels of symbolic links) |
| symlink loop (directory)       | sub/back -> ..                         | each real folder walked once: no endless recursion, no double reads |
| spaces and non-ASCII in name   | Gaza truce – Überblick é.txt           | article; article_id is the stem |
| exact duplicate                | cp1252_copy.txt                     | reject `duplicate`, detail names `cp1252` |
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

COMMITTED = Path(__file__).parent / "bad"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
    b"\x00IEND\xaeB`\x82"
)
HUGE_BYTES = 20 * 1024 * 1024
LONG_LINE = 100_000
NON_ASCII_NAME = "Gaza truce – Überblick é.txt"


def _sentence(n: int) -> str:
    return f"Report {n}: officials said on Monday that {n} aid trucks had entered Gaza.\n"


def make_bad_inputs(folder: str | os.PathLike) -> Path:
    """Write every case into ``folder`` (created) and return it."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for f in COMMITTED.iterdir():
        shutil.copy(f, out / f.name)
    (out / "photo.txt").write_bytes(PNG_BYTES)
    (out / "nul_bytes.txt").write_bytes(b"Hamas said\x00\x00\x00 talks\x00 ended.\x00" * 20)
    utf16 = "Mediators said on Sunday that talks would resume, a source told reporters."
    (out / "utf16_bom.txt").write_bytes(utf16.encode("utf-16"))  # Python writes the BOM
    (out / "utf8_bom.txt").write_bytes(
        "\ufeffThe ministry said 32 people were killed on Tuesday.".encode()
    )
    (out / "cp1252.txt").write_bytes(
        b"Netanyahu called the demands \x93delusional,\x94 officials said. "
        b"\x91We will not stop,\x92 he told the cabinet on Sunday.\r\n"
    )
    (out / "latin1.txt").write_bytes(
        b"The caf\xe9 owner in Rafah said the strike was \x93terrifying\x94 on Wednesday.\n"
    )
    (out / "cp1252_copy.txt").write_bytes((out / "cp1252.txt").read_bytes())
    with (out / "huge.txt").open("w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < HUGE_BYTES:
            fh.write(_sentence(n))
            n += 1
    (out / "long_line.txt").write_text(
        "Gaza talks stalled on Monday.\n" + "x" * LONG_LINE + "\nThe UN said aid was blocked.\n",
        encoding="utf-8",
    )
    locked = out / "locked.txt"
    locked.write_text("The army said on Friday it struck 40 targets overnight.\n", encoding="utf-8")
    locked.chmod(0)
    (out / "folder.txt").mkdir(exist_ok=True)
    loop = out / "loop.txt"
    if not loop.is_symlink():
        loop.symlink_to("loop.txt")
    sub = out / "sub"
    sub.mkdir(exist_ok=True)
    (sub / "inner.txt").write_text(
        "Qatar said on Thursday mediators were close to a deal.\n", encoding="utf-8"
    )
    if not (sub / "back").is_symlink():
        (sub / "back").symlink_to("..", target_is_directory=True)
    (out / NON_ASCII_NAME).write_text(
        "Egypt said on Saturday it had proposed a two-day truce.\n", encoding="utf-8"
    )
    return out


if __name__ == "__main__":
    print(make_bad_inputs(sys.argv[1] if len(sys.argv) > 1 else "bad_inputs"))
