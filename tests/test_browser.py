"""The rendered HTML reports in a real browser (headless Chromium via playwright):
images load, nothing logs an error, and article text never runs as script."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from corpus import report
from corpus.paths import SEEDS_DIR

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# An article whose title, outlet line and body try every way to run script.
HOSTILE = (
    "Title: Truce talks resume <img src=x onerror=alert(1)> in Cairo\n"
    "Published Time: 2024-03-10\n"
    "Source: Test Wire <script>alert('outlet')</script>\n"
    "Text:\n"
    '"A ceasefire is the only way forward <script>alert(1)</script>," said John Carter, '
    "an analyst at the Middle East Institute.\n"
    'Carter added that a draft, posted at <a href="javascript:alert(1)">this link</a>, '
    "had been shared with both sides.\n"
    "The Gaza Health Ministry said on Saturday that at least 31,045 Palestinians had been "
    "killed since October 7.\n"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """A report over the seeds plus the hostile article: casualty plot and explore tour."""
    root = tmp_path_factory.mktemp("browser")
    corpus_dir = root / "corpus"
    shutil.copytree(SEEDS_DIR, corpus_dir)
    (corpus_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    params = root / "reports.yaml"
    params.write_text(f"shared:\n  corpus: {corpus_dir}\nexplore:\n  query: Carter\n")
    out = root / "reports"
    args = argparse.Namespace(
        notebooks=["casualty_trends", "explore"], params=params, out=str(out), with_code=False
    )
    assert report.run_report(args) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _visit(browser, path: Path, screenshot: Path) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, dialogs = [], []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    images = page.eval_on_selector_all(
        "img",
        "els => els.map(e => ({src: e.src.slice(0, 30), ok: e.complete && e.naturalWidth > 0}))",
    )
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    text = page.inner_text("body")
    page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return {"errors": errors, "dialogs": dialogs, "images": images, "links": links, "text": text}


@pytest.mark.parametrize("name", ["casualty_trends.html", "explore.html", "index.html"])
def test_report_page_loads_cleanly(rendered, browser, name):
    seen = _visit(browser, rendered / name, rendered / f"{name}.png")
    assert seen["errors"] == []
    assert seen["dialogs"] == []
    assert all(img["ok"] for img in seen["images"]), seen["images"]
    assert not [h for h in seen["links"] if h.lower().startswith("javascript:")]
    assert (rendered / f"{name}.png").stat().st_size > 0


def test_casualty_report_shows_its_plot(rendered, browser):
    seen = _visit(browser, rendered / "casualty_trends.html", rendered / "casualty.png")
    assert len(seen["images"]) == 1 and seen["images"][0]["src"].startswith("data:image/png")


def test_hostile_article_is_shown_as_text(rendered, browser):
    seen = _visit(browser, rendered / "explore.html", rendered / "explore.png")
    assert "<script>alert(1)</script>" in seen["text"]  # visible as characters…
    assert "<img src=x onerror=alert(1)>" in seen["text"]
    assert "Test Wire <script>alert('outlet')</script>" in seen["text"]  # the corpus summary
    assert seen["dialogs"] == []  # …and never run
