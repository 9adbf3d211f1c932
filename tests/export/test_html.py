"""The HTML briefing: self-contained, every link lands, every section there, full and empty."""

from __future__ import annotations

import base64
import gzip
import json
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
        self.scripts: list[dict[str, str | None]] = []
        self._in: str | None = None
        self.data = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in {"href", "xlink:href"} and value:
                self.hrefs.append(value)
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in = dict(attrs).get("id")

    def handle_endtag(self, tag: str) -> None:
        self._in = None if tag == "script" else self._in

    def handle_data(self, data: str) -> None:
        if self._in == "briefing-data":
            self.data += data


def _parse(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


def page_data(page: str) -> dict:  # type: ignore[type-arg]
    """The data the page fills its details from."""
    return json.loads(gzip.decompress(base64.b64decode(_parse(page).data)))


def _targets(page: str) -> set[str]:
    """Every id a link may land on: in the page, or drawn on demand from its data (statements,
    articles, passages, positions' details)."""
    data = page_data(page)
    return (set(_parse(page).ids) | set(data["st"]) | {d[0] for d in data["docs"]} | set(data["anchors"])
            | {f"d-{k}" for k in data["details"]})


@pytest.mark.parametrize("which", ["full", "empty"])
def test_html_is_self_contained(which: str, request: pytest.FixtureRequest) -> None:
    page = render(request.getfixturevalue(which), "html")
    parsed = _parse(page)
    assert "link" not in parsed.tags and "img" not in parsed.tags
    assert all("src" not in s for s in parsed.scripts) and len(parsed.scripts) == 2  # inline: the data and the script
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page and "fetch(" not in page


@pytest.mark.parametrize("which", ["full", "empty"])
def test_html_every_internal_link_lands_on_one_element(which: str, request: pytest.FixtureRequest) -> None:
    page = render(request.getfixturevalue(which), "html")
    parsed = _parse(page)
    assert len(parsed.ids) == len(set(parsed.ids)), "ids must be unique"
    targets = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert targets, "the briefing links into its articles"
    assert set(targets) <= _targets(page)
    assert {f"#{s}" for s in SECTIONS} <= set(parsed.hrefs)


def test_html_full_briefing_shows_every_part(full: Analysis) -> None:
    page = render(full, "html")
    for text in ("In two minutes", "Where each actor stands now", "Timeline", "Outlets", "Articles", "Words for the same thing",
                 "Where outlets disagree", "a referendum", "Ada Lorne"):
        assert text in page
    assert page.count("<svg") == 2  # the wide and the narrow chart
    data = page_data(page)
    assert data["st"]["s1"][6] == "support" and data["removed"]["d1"][0] == ["share/social line", "Share this article"]
    assert "stabilisation mission" in page and "incursion" in page


def test_html_escapes_article_text(full: Analysis) -> None:
    full.documents[0].body = full.documents[0].body.replace("ending decades", "<script>alert(1)</script> ending decades")
    page = render(full, "html")
    assert "<script>alert(1)</script>" not in page  # the text travels in the compressed data, drawn escaped


def test_html_example_corpus_briefing(example_analysis) -> None:  # type: ignore[no-untyped-def]
    page = render(example_analysis, "html")
    parsed = _parse(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    assert set(h[1:] for h in parsed.hrefs if h.startswith("#")) <= _targets(page)
    assert len(page.encode()) < 1_000_000
    data = page_data(page)
    # A small corpus is whole in the page: every article's text, every statement.
    assert all(d[7] == 2 for d in data["docs"]) and len(data["st"]) == len(example_analysis.statements)
