"""The HTML briefing in a real browser: Debian's headless Chromium driven by Playwright.

Skips with the reason when Chromium or Playwright is missing, unless STANCEMAP_REQUIRE_BROWSER=1
(as CI sets it), when a missing browser fails the run instead. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stancemap.export import render
from stancemap.model import Analysis

from ..conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# Never `playwright install`: browser downloads fail here; the system's Chromium is driven instead.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def browser_missing() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    missing = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright (pip install -e '.[browser]')")
    if not CHROMIUM.is_file():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    return " and ".join(missing) or None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = browser_missing()
    if reason:
        if os.environ.get("STANCEMAP_REQUIRE_BROWSER") == "1":
            pytest.fail(f"STANCEMAP_REQUIRE_BROWSER=1 but the browser test needs {reason}")
        pytest.skip(f"browser test needs {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Page:
    """A page opened on a briefing file, recording console errors and any request off the disk."""

    def __init__(self, browser: Any, path: Path, viewport: dict[str, int]) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport=viewport)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri(), wait_until="load")

    def offsite(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


def _write(analysis: Analysis, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(render(analysis, "html"), encoding="utf-8")
    return path


def _shot(page: Any, name: str, full_page: bool = True, selector: str | None = None) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if selector:
        page.evaluate(f"document.querySelector('{selector}').scrollIntoView()")
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


WIDE = {"width": 1400, "height": 900}
STANCE_WORDS = ("support", "conditional", "neutral", "oppose")


def test_browser_positions_table_visible_without_scrolling(browser, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(example_analysis, tmp_path, "example-wide.html"), WIDE)
    page = view.page
    table = page.locator("#positions table.positions")
    header, first = table.locator("thead"), table.locator("tbody tr").first
    for part in (header, first, page.locator("#summary dl.answers")):
        box = part.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= WIDE["height"], box
    assert page.evaluate("window.scrollY") == 0
    assert first.locator(".chip").inner_text().lower() in STANCE_WORDS
    _shot(page, "briefing-example-first-screen.png", full_page=False)
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_positions_readable_at_phone_width(browser, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(example_analysis, tmp_path, "example-phone.html"), PHONE)
    page = view.page
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    rows = page.locator("#positions table.positions tbody tr")
    assert rows.count() >= 5
    for i in range(5):
        box = rows.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Nothing cut off or too small to read: no cell wider than its box, no text under 11 px.
    clipped = page.evaluate("""() => [...document.querySelectorAll('#positions td, #positions th')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).length""")
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll('#positions td, #positions th')]
        .map(e => parseFloat(getComputedStyle(e).fontSize)))""")
    assert clipped == 0 and smallest >= 11
    _shot(page, "briefing-example-positions-phone.png", full_page=False, selector="#positions")
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_every_stance_colour_has_a_text_label(browser, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(example_analysis, tmp_path, "example-labels.html"), WIDE)
    page = view.page
    # Chips are coloured by stance and say it.
    chips = page.evaluate("""() => [...document.querySelectorAll('.chip')].map(e => [e.className, e.textContent.trim()])""")
    assert chips
    for cls, text in chips:
        stance = next((w for w in (*STANCE_WORDS, "none", "event") if w in cls.split()), None)
        assert stance is None or text.lower() == stance, (cls, text)
    # A statement highlighted in its article is followed by its stance in words (articles open on demand).
    marked = 0
    for doc in example_analysis.documents:
        page.evaluate(f"location.hash = '#{doc.id}'")
        page.wait_for_selector(f"#reader article#{doc.id}")
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('#reader mark[id]')].filter(m => {
            const tag = document.querySelector(`.tag[data-for="${m.id}"]`);
            return !tag || !m.className.split(' ').some(c => tag.textContent.includes(c === 'none' ? 'no stance' : c)); })
            .map(m => m.id)""")
        assert unlabelled == [], (doc.id, unlabelled)
        marked += page.locator("#reader mark[id]").count()
    assert marked > 100
    # The chart's colours have a legend in words.
    legend = page.evaluate("document.querySelector('.chart .wide svg').textContent")
    assert all(w in legend for w in ("support", "oppose")), legend
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_position_evidence_link_lands_on_the_highlighted_statement(browser, full, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(full, tmp_path, "full.html"), LAPTOP)
    page = view.page
    row = page.locator("#positions tbody tr", has_text="Juri Kalt")
    link = row.locator("td.ev a")
    link.click()
    page.wait_for_function("location.hash === '#s3'")
    target = page.locator("#s3")
    assert target.is_visible() and "grave threat" in target.inner_text()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < LAPTOP["height"]
    # Highlighted: the target statement is outlined and tinted, and says its stance in words.
    style = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('#s3'));
        return [s.outlineStyle, s.backgroundColor]; }""")
    assert style[0] != "none" and style[1] == "rgb(255, 246, 191)"
    assert page.evaluate("document.querySelector('.tag[data-for=\"s3\"]').textContent") == "oppose"
    page.locator("ol.digest a.src").first.click()
    anchor = page.evaluate("location.hash")[1:]
    assert anchor.startswith("d1-c")
    page.wait_for_selector(f"#{anchor}.hit")
    box = page.locator(f"#{anchor}").bounding_box()
    assert box is not None and 0 <= box["y"] < LAPTOP["height"]
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_phone_width_fits_and_swaps_the_chart(browser, full, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, analysis in (("full", full), ("example", example_analysis)):
        view = Page(browser, _write(analysis, tmp_path, f"{name}-phone.html"), PHONE)
        page = view.page
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.locator(".chart .narrow svg").is_visible() and not page.locator(".chart .wide svg").is_visible()
        # The positions table is one card per actor: its header row is hidden.
        assert not page.locator("table.positions thead").is_visible()
        _shot(page, f"briefing-{name}-phone.png")
        assert view.errors == [] and view.offsite() == []
        page.close()


def test_browser_empty_briefing_renders(browser, empty, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(empty, tmp_path, "empty.html"), LAPTOP)
    page = view.page
    for section in ("summary", "positions", "timeline", "outlets", "articles"):
        assert page.locator(f"#{section}").is_visible()
    assert "No statement by a named actor was found." in page.inner_text("#positions")
    _shot(page, "briefing-empty-laptop.png")
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_large_corpus_pages_details_on_demand(browser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """3,000 articles: the page opens quickly, more rows come on demand, an actor's statements open in
    the evidence panel, and a statement link lands on it highlighted in its article (whole or excerpt)."""
    from .synthetic import synthetic_analysis

    view = Page(browser, _write(synthetic_analysis(3_000), tmp_path, "large.html"), WIDE)
    page = view.page
    load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    assert load < 3_000  # milliseconds; the bench's budget (1.5 s at 15,000) is timed on a quiet machine
    page.wait_for_function("!document.querySelector('.needs-script')")
    rows = page.locator("#positions table.positions tbody tr")
    assert rows.count() == 12
    page.locator("#more-rows").click()
    page.wait_for_function("document.querySelectorAll('#positions table.positions tbody tr').length > 12")
    assert rows.count() == 62
    page.locator("#positions tbody tr th a").nth(20).click()
    panel = page.locator("#evidence-panel ol.statements li")
    panel.first.wait_for()
    link = panel.first.locator("a").first
    sid = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_selector(f"#{sid}.hit")
    box = page.locator(f"#{sid}").bounding_box()
    assert box is not None and 0 <= box["y"] < WIDE["height"]
    assert page.locator(f'.tag[data-for="{sid}"]').inner_text().lower() in STANCE_WORDS
    assert page.locator("#article-list .items li").count() == 50  # paged
    assert view.errors == [] and view.offsite() == []
    page.close()
