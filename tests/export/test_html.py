"""The HTML briefing: self-contained, every link lands, every section there, full and empty."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from stancemap.export import render
from stancemap.model import Analysis

SECTIONS = ("summary", "positions", "timeline", "outlets", "articles")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in {"href", "xlink:href"} and value:
                self.hrefs.append(value)


def _parse(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("which", ["full", "empty"])
def test_html_is_self_contained(which: str, request: pytest.FixtureRequest) -> None:
    page = render(request.getfixturevalue(which), "html")
    parsed = _parse(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


@pytest.mark.parametrize("which", ["full", "empty"])
def test_html_every_internal_link_lands_on_one_element(which: str, request: pytest.FixtureRequest) -> None:
    parsed = _parse(render(request.getfixturevalue(which), "html"))
    assert len(parsed.ids) == len(set(parsed.ids)), "ids must be unique"
    targets = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert targets, "the briefing links into its articles"
    assert set(targets) <= set(parsed.ids)
    assert {f"#{s}" for s in SECTIONS} <= set(parsed.hrefs)


def test_html_full_briefing_shows_every_part(full: Analysis) -> None:
    page = render(full, "html")
    for text in ("In two minutes", "Where each actor stands now", "Timeline", "Outlets", "Articles", "Words for the same thing",
                 "Where outlets disagree", "Removed as boilerplate: 2 lines", "a referendum", "Ada Lorne"):
        assert text in page
    assert page.count("<svg") == 2  # the wide and the narrow chart
    assert '<mark class="support" id="s1"' in page
    assert "stabilisation mission" in page and "incursion" in page


def test_html_escapes_article_text(full: Analysis) -> None:
    full.documents[0].body = full.documents[0].body.replace("ending decades", "<script>alert(1)</script> ending decades")
    page = render(full, "html")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_html_example_corpus_briefing(example_analysis) -> None:  # type: ignore[no-untyped-def]
    page = render(example_analysis, "html")
    parsed = _parse(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    assert set(h[1:] for h in parsed.hrefs if h.startswith("#")) <= set(parsed.ids)
    assert len(page.encode()) < 1_000_000
    assert page.count('class="doc"') == len(example_analysis.documents)
