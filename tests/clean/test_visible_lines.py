"""scripts/score_cleaning.py's visible lines of an HTML page, which the outside scorer reads as the page's raw
lines: a row of links or buttons is one line per item, as the gold copies them (invented pages)."""

from __future__ import annotations

import importlib.util

from ..conftest import ROOT

_spec = importlib.util.spec_from_file_location("score_cleaning_visible", ROOT / "scripts" / "score_cleaning.py")
assert _spec is not None and _spec.loader is not None
score_cleaning = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_cleaning)

PAGE = """<html><head><title>Ferry fares | Wendle Post</title></head><body>
<div id="consent"><p>We use cookies.</p><button>Accept all</button><button>Manage choices</button></div>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/wendle">Wendle</a> &rsaquo; <span>Ferries</span></nav>
<h1>Ferry fares to rise by a tenth</h1>
<p>The harbour board said on <a href="/board">Tuesday</a> that fares would rise, <span>citing fuel</span>.</p>
<div class="live"><span>LIVE</span> <time>Tuesday 4 March 2025</time></div>
<p><a href="/about">About us</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p>
</body></html>"""


def test_visible_lines_a_row_of_items_is_a_line_each() -> None:
    """Breadcrumb, consent buttons, a badge and its date, footer links: one line per item, separators dropped (they were
    one line each, "Home › Wendle › Ferries", which the gold never lists: each item is in its boilerplate)."""
    lines = score_cleaning.visible_lines(PAGE).splitlines()
    for item in ["Accept all", "Manage choices", "Home", "Wendle", "Ferries", "LIVE", "Tuesday 4 March 2025",
                 "About us", "Privacy", "Contact"]:
        assert item in lines
    assert not any(line in {"›", "|"} for line in lines)


def test_visible_lines_prose_with_links_stays_whole() -> None:
    lines = score_cleaning.visible_lines(PAGE).splitlines()
    assert "The harbour board said on Tuesday that fares would rise, citing fuel." in lines
    assert "Ferry fares to rise by a tenth" in lines


def test_visible_lines_a_row_the_gold_copied_whole_stays_whole() -> None:
    """Older gold copied a rendered row whole ("About us | Privacy | Contact"): then it stays one line."""
    listed = score_cleaning.gold_lines({"boilerplate": ["About us | Privacy | Contact"], "title": None})
    lines = score_cleaning.visible_lines(PAGE, listed).splitlines()
    assert "About us | Privacy | Contact" in lines and "About us" not in lines
