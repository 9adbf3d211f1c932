"""`stancemap add examples/corpus` then `stancemap serve`, read in Debian's Chromium driven by
Playwright as a person would: the question page, a search, a filter, an actor, and a statement
followed to its article. Skips (or fails under STANCEMAP_REQUIRE_BROWSER=1) as the briefing's
browser test does; screenshots go to tests/artifacts/."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import EXAMPLES
from ..export.test_browser import ARTIFACTS, browser  # noqa: F401 - the fixture

pytestmark = pytest.mark.browser
CLI = Path(sys.executable).parent / "stancemap"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example corpus added with the CLI (no question: the corpus proposes one), then served."""
    work = tmp_path_factory.mktemp("serve")
    added = subprocess.run([str(CLI), "add", str(EXAMPLES), "--quiet"], cwd=work, capture_output=True, text=True,
                           timeout=600)
    assert added.returncode == 0, added.stderr
    again = subprocess.run([str(CLI), "add", str(EXAMPLES)], cwd=work, capture_output=True, text=True, timeout=600)
    assert "0 new article(s), 15 already stored" in again.stderr
    port = _free_port()
    server = subprocess.Popen([str(CLI), "serve", "--port", str(port)], cwd=work, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/questions", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"serve did not start: {server.stderr.read() if server.stderr else ''}") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_browser_serve_search_filter_actor_and_article(browser: Any, served: str) -> None:  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served) else None)

    page.goto(served + "/")
    assert "/questions/" in page.url
    heading = page.locator("h1")
    assert heading.is_visible() and "?" in heading.inner_text()
    assert page.locator("table.positions tbody tr").count() > 3
    assert page.locator("table.positions .stance").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "serve-question.png"))

    page.fill("header input[name=q]", "referendum")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/statements?q=referendum*")
    found = page.locator("li.statement")
    assert found.count() > 0
    assert all("referendum" in t.lower() for t in found.locator("q").all_inner_texts())
    before = int(page.locator("#found").inner_text().split()[0])

    page.select_option("select[name=stance]", "conditional")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**stance=conditional*")
    after = int(page.locator("#found").inner_text().split()[0])
    assert 0 < after <= before
    assert set(page.locator("li.statement").evaluate_all("els => els.map(e => e.dataset.stance)")) == {"conditional"}
    page.screenshot(path=str(ARTIFACTS / "serve-search.png"))

    speaker = page.locator("li.statement a.speaker[href*='/actors/']").first
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1").inner_text() == name
    assert page.locator("#position h2 .stance").is_visible()

    link = page.locator("li.statement a.to-article").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(f"**/articles/*#{target}")
    mark = page.locator(f"mark#{target}")
    assert mark.is_visible() and page.evaluate("document.querySelector(':target').id") == target
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 900, "the statement is scrolled into view"
    assert page.locator("#removed h2").is_visible() or page.locator("#removed").count() == 1
    page.screenshot(path=str(ARTIFACTS / "serve-article.png"))

    assert not errors, errors
    assert not outside, outside
    page.close()


def test_browser_serve_phone_width_question_page(browser: Any, served: str) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(served + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the question page scrolls sideways on a phone ({width} px)"
    page.screenshot(path=str(ARTIFACTS / "serve-phone.png"))
    page.close()


