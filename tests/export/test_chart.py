"""The timeline chart (export/chart.py): dates placed, links kept inside the page, SVG offline."""

from __future__ import annotations

import pytest

from stancemap.export.chart import ARTICLES, EVENTS, Point, _span, in_window, lanes_of, timeline_points, timeline_svg
from stancemap.model import Analysis


@pytest.mark.parametrize(("text", "hint", "expected"), [
    ("2025-03-14", None, ("2025-03-14", "2025-03-14", "2025-03-14")),
    ("2025-03", None, ("2025-03-01", "2025-03-15", "2025-03-28")),
    ("2025", None, ("2025-01-01", "2025-07-01", "2025-12-31")),
    ("2025-SP", None, ("2025-03-01", "2025-04-15", "2025-05-31")),
    ("2025-WI", None, ("2025-12-01", "2026-01-15", "2026-02-28")),
    ("XXXX-03-03", "2026", ("2026-03-03", "2026-03-03", "2026-03-03")),
    ("XXXX-03-03", None, None),
    ("2025-02-30", None, None),
    ("soon", None, None),
])
def test_chart_span_of_a_date(text: str, hint: str | None, expected: tuple[str, str, str] | None) -> None:
    assert _span(text, hint) == expected


def test_chart_points_in_lanes(full: Analysis) -> None:
    points = timeline_points(full)
    lanes = lanes_of(points)
    assert lanes[0] == EVENTS and lanes[-1] == ARTICLES and "Ada Lorne" in lanes
    assert {p.kind for p in points} == {"event", "statement", "article"}
    assert all(p.href.startswith("#") for p in points)


def test_chart_svg_links_stay_in_the_page(full: Analysis) -> None:
    svg = timeline_svg(timeline_points(full))
    assert svg is not None and svg.startswith("<svg")
    assert 'xlink:href="#s1"' in svg or 'href="#s1"' in svg
    assert "https://" not in svg.replace("http://www.w3.org", "")
    assert "<script" not in svg


def test_chart_nothing_to_draw() -> None:
    assert timeline_svg([]) is None


def test_chart_leaves_background_events_to_the_list() -> None:
    article = Point(ARTICLES, "article", "2025-06-01", "2025-06-01", "2025-06-01", "2025-06-01", "article", "", "#d1")
    old = Point(EVENTS, "event", "2019-07-01", "2019-01-01", "2019-12-31", "2019", "event", "", "#d1-c5", 1)
    recent = Point(EVENTS, "event", "2024-10-15", "2024-10-01", "2024-10-28", "2024-10", "event", "", "#d1-c9", 2)
    shown, left_out = in_window([article, old, recent])
    assert shown == [article, recent] and left_out == 1


def test_chart_marks_merged_by_week_or_month_past_the_cap() -> None:
    from stancemap.export.chart import MAX_MARKS, chart_rows, in_window, timeline_points

    from .synthetic import synthetic_analysis

    small, _ = in_window(timeline_points(synthetic_analysis(40)))
    assert chart_rows(small)[1] == ""
    large, _ = in_window(timeline_points(synthetic_analysis(3_000)))
    rows, binned = chart_rows(large)
    assert binned in {"week", "month"} and len(rows) <= MAX_MARKS
    assert sum(r["count"] for r in rows) == len(large)  # every item still counted in a mark
