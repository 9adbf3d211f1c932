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


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_browser_example_briefing_position_cell_opens_statements(browser, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(example_analysis, tmp_path, "example.html"), LAPTOP)
    page = view.page
    cell = page.locator("table.positions details.cell").first
    statements = cell.locator("ol.statements")
    assert not statements.is_visible()
    cell.locator("summary").click()
    statements.wait_for(state="visible", timeout=5000)
    items = statements.locator("li")
    assert items.count() >= 1
    first = items.first.inner_text()
    assert first.strip() and ("·" in first)  # the statement, then speaker · outlet, date
    _shot(page, "briefing-example-laptop.png")
    assert view.errors == [], view.errors
    assert view.offsite() == [], view.offsite()
    page.close()


def test_browser_statement_link_lands_in_its_article(browser, full, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = Page(browser, _write(full, tmp_path, "full.html"), LAPTOP)
    page = view.page
    page.locator("table.positions td.oppose details.cell summary").first.click()
    link = page.locator("table.positions td.oppose ol.statements a").first
    link.wait_for(state="visible")
    link.click()
    page.wait_for_function("location.hash === '#s3'")
    target = page.locator("#s3")
    assert target.is_visible() and "grave threat" in target.inner_text()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < LAPTOP["height"]
    page.locator("ol.digest a.src").first.click()
    assert page.evaluate("location.hash").startswith("#d1-c")
    assert view.errors == [] and view.offsite() == []
    page.close()


def test_browser_phone_width_fits_and_swaps_the_chart(browser, full, example_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, analysis in (("full", full), ("example", example_analysis)):
        view = Page(browser, _write(analysis, tmp_path, f"{name}-phone.html"), PHONE)
        page = view.page
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.locator(".chart .narrow svg").is_visible() and not page.locator(".chart .wide svg").is_visible()
        # The positions table is one card per affiliation: its header row is hidden.
        assert not page.locator("table.positions thead").is_visible()
        page.locator("table.positions details.cell summary").first.click()
        assert page.locator("table.positions details.cell ol.statements").first.is_visible()
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
