"""The briefing at corpus scale (a synthetic Analysis, tests/export/synthetic.py): the first screen
does not grow with the corpus, the page stays under 3 MB, articles with no outlet are one entry,
and the Markdown's table cells stay short. `make bench` times it at 15,000 articles in Chromium
(scripts/bench_briefing.py)."""

from __future__ import annotations

import re

import pytest

from stancemap.export import render
from stancemap.export.briefing import build
from stancemap.export.pagedata import MAX_BYTES

from .synthetic import synthetic_analysis
from .test_html import _parse, _targets, page_data


@pytest.fixture(scope="module")
def pages() -> dict[int, str]:
    return {n: render(synthetic_analysis(n), "html") for n in (300, 3_000)}


def _first_screen(page: str) -> str:
    return page[page.index("<main>"):page.index('<section id="evidence"')]


def test_scale_first_screen_does_not_grow_with_the_corpus(pages: dict[int, str]) -> None:
    small, large = (_first_screen(pages[n]) for n in (300, 3_000))
    assert len(large) < 1.25 * len(small), (len(small), len(large))
    assert large.count("<tr id=") == small.count("<tr id=") == 12  # the rest of the rows come on demand


def test_scale_page_stays_under_three_megabytes(pages: dict[int, str]) -> None:
    for page in pages.values():
        assert len(page.encode()) < 3_000_000
    data = re.search(r'id="briefing-data"[^>]*>([^<]*)<', pages[3_000])
    assert data is not None and len(data[1]) <= MAX_BYTES
    # Every article is listed even when not every text fits, and every link lands.
    assert len(page_data(pages[3_000])["docs"]) == 3_000
    for page in pages.values():
        parsed = _parse(page)
        assert {h[1:] for h in parsed.hrefs if h.startswith("#")} <= _targets(page)


def test_scale_articles_with_no_outlet_are_one_entry() -> None:
    analysis = synthetic_analysis(600)
    unknown = sum(1 for o in analysis.outlets if o.name is None)
    assert unknown > 50  # the JSON keeps one entry per such article, as the contract says
    b = build(analysis, charts=False, articles=False)
    labels = [o["label"] for o in b.outlets]
    assert labels.count("Unknown outlet") == 1
    assert next(o for o in b.outlets if o["label"] == "Unknown outlet")["count"] == unknown
    assert sum(r["label"] == "Unknown outlet" for r in b.framing["rows"]) <= 1


def test_scale_markdown_cells_stay_short() -> None:
    md = render(synthetic_analysis(1_000), "markdown")
    for line in md.splitlines():
        if line.startswith("|"):
            assert all(len(c) <= 160 for c in line.replace("\\|", "").split("|")), line
    assert "## Where each actor stands now" in md and md.count("\n- <a id=") == 1_000  # articles listed, texts left out
