"""The timeline: dated events and statements as a Vega-Lite chart (built with altair), rendered to a
static SVG by vl-convert, which bundles its own JavaScript engine and needs no network or browser.

Lanes, top to bottom: events, then one lane per speaker (the most frequent ones; the rest share
a lane), then the articles themselves by publication date, so a corpus whose statements carry no
stance yet still shows when it was written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..model import Analysis
from .articles import actor_names, anchor_id, display_title

# Marks drawn at most: beyond this many, days are merged by week, then by month (each mark costs
# the page about 300 bytes; 800 keep both charts under 0.5 MB at any corpus size).
MAX_MARKS = 800
# Speakers with a lane of their own; beyond this many the chart grows taller than a screen.
MAX_SPEAKER_LANES = 10
EVENTS, OTHERS, ARTICLES = "Events", "Other speakers", "Articles"
# Where a date known only to the month, season or year is drawn: the middle of that span, with a
# bar across the whole span (precision is shown, not hidden).
SEASONS = {"SP": ("03-01", "04-15", "05-31"), "SU": ("06-01", "07-15", "08-31"),
           "FA": ("09-01", "10-15", "11-30"), "WI": ("12-01", "01-15", "02-28")}
COLORS = {"support": "#2e7d32", "conditional": "#b7791f", "neutral": "#5a6b8c", "oppose": "#c62828",
          "no stance": "#8a8a8a", "event": "#222222", "article": "#9e9e9e"}
# Plot widths in CSS pixels: the wide one about fills the page's 72rem column beside lane labels,
# the narrow one a 390px phone; the page shows one or the other, scaled to its box.
WIDE, NARROW = 900, 200
# Events this many days before the first dated article or statement are background ("signed a
# charter in 2019"): drawn, they would squeeze the period the corpus covers into a corner, so they
# stay in the list under the chart instead.
BACKGROUND_DAYS = 365


@dataclass(frozen=True)
class Point:
    lane: str
    kind: str  # "event", "statement" or "article"
    date: str  # the day it is drawn at (YYYY-MM-DD)
    start: str  # the span an imprecise date covers; equal to `date` for a day
    end: str
    shown: str  # the date as the analysis gives it ("2025-03", "2025-SP")
    color: str  # a key of COLORS
    label: str
    href: str
    number: int = 0  # events are numbered to match the list under the chart


@lru_cache(maxsize=65536)
def _span(text: str, year_hint: str | None) -> tuple[str, str, str] | None:
    """(start, middle, end) days of a date string, or None when it cannot be placed."""
    span = _raw_span(text, year_hint)
    try:
        return span if span and all(date.fromisoformat(d) for d in span) else None
    except ValueError:  # "2025-02-30" from a misread date
        return None


def _raw_span(text: str, year_hint: str | None) -> tuple[str, str, str] | None:
    if m := re.fullmatch(r"XXXX-(\d{2}-\d{2})", text):
        # A day whose year the article left out: the article's own year is the best guess.
        return _span(f"{year_hint}-{m[1]}", None) if year_hint else None
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", text):
        first, mid, last = SEASONS[m[2]]
        year = int(m[1])
        # Winter runs from December into the next year.
        return (f"{year}-{first}", f"{year + (m[2] == 'WI')}-{mid}", f"{year + (m[2] == 'WI')}-{last}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, text, text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01", f"{text}-15", f"{text}-28"
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01", f"{text}-07-01", f"{text}-12-31"
    return None


def timeline_points(analysis: Analysis) -> list[Point]:
    docs = {d.id: d for d in analysis.documents}
    names = actor_names(analysis)
    points: list[Point] = []
    placed = []
    for e in analysis.events:
        published = docs[e.document].published
        if span := _span(e.date, published[:4] if published else None):
            placed.append((span, e))
    # Numbered in the order they are drawn, so E1 is the leftmost event on the chart.
    placed.sort(key=lambda x: (x[0][1], x[1].document, x[1].start))
    for number, (span, e) in enumerate(placed, start=1):
        points.append(Point(EVENTS, "event", span[1], span[0], span[2], e.date, "event", f"E{number}: {e.text}",
                            "#" + anchor_id(e.document, e.start), number))
    speakers = Counter(s.speaker for s in analysis.statements if s.speaker and s.stance)
    lanes = {a for a, _ in speakers.most_common(MAX_SPEAKER_LANES)}
    for s in analysis.statements:
        if not (s.speaker and s.stance):
            continue
        published = docs[s.document].published
        span = _span(s.date or published or "", published[:4] if published else None)
        if span:
            lane = names.get(s.speaker, s.speaker) if s.speaker in lanes else OTHERS
            points.append(Point(lane, "statement", span[1], span[0], span[2], s.date or published or "", s.stance,
                                f"{names.get(s.speaker, s.speaker)}: {s.stance}", f"#{s.id}"))
    for d in analysis.documents:
        if d.published and (span := _span(d.published, None)):
            points.append(Point(ARTICLES, "article", span[1], span[0], span[2], d.published, "article",
                                f"{d.outlet or 'unknown outlet'}: {display_title(d)}", f"#{d.id}"))
    return points


def in_window(points: list[Point]) -> tuple[list[Point], int]:
    """(points to draw, how many background events were left out)."""
    dated = [p.start for p in points if p.kind != "event"]
    if not dated:
        return points, 0
    first = date.fromisoformat(min(dated)) - timedelta(days=BACKGROUND_DAYS)
    shown = [p for p in points if p.kind != "event" or date.fromisoformat(p.end) >= first]
    return shown, len(points) - len(shown)


def lanes_of(points: list[Point]) -> list[str]:
    speakers = Counter(p.lane for p in points if p.kind == "statement" and p.lane != OTHERS)
    order = [EVENTS] if any(p.kind == "event" for p in points) else []
    order += [lane for lane, _ in speakers.most_common()]
    order += [OTHERS] if any(p.lane == OTHERS for p in points) else []
    return order + ([ARTICLES] if any(p.kind == "article" for p in points) else [])


def chart_spec(points: list[Point], width: int, rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The Vega-Lite spec: imprecise dates as bars across their span, every item a point linking to
    where the article says it; events labelled with their number."""
    import altair as alt

    lanes = lanes_of(points)
    rows = _rows(points) if rows is None else rows
    data = alt.Data(values=rows)
    narrow = width < WIDE
    y = alt.Y("lane:N", sort=lanes, title=None,
              axis=alt.Axis(labelLimit=84 if narrow else 160, labelFontSize=11, domain=False, ticks=False))
    x = alt.X("date:T", title=None, axis=alt.Axis(format="%b %y" if narrow else "%b %Y", labelAngle=0,
                                                  tickCount=3 if narrow else 8, labelFontSize=11, grid=True,
                                                  labelOverlap="greedy"))
    present = [c for c in COLORS if any(p.color == c for p in points)]
    color = alt.Color("color:N", title=None, scale=alt.Scale(domain=present, range=[COLORS[c] for c in present]),
                      legend=alt.Legend(orient="bottom", columns=4 if narrow else 7, symbolSize=60, labelFontSize=11,
                                        symbolOpacity=1))
    shape = alt.Shape("kind:N", scale=alt.Scale(domain=["event", "statement"], range=["diamond", "circle"]), legend=None)
    base = alt.Chart(data)
    spans = base.transform_filter("datum.start != datum.end && datum.kind != 'article'").mark_rule(
        strokeWidth=3, opacity=0.35, aria=False).encode(x="start:T", x2="end:T", y=y, color=color)
    # One mark per lane, day and colour, sized by how many items it stands for: a hundred articles
    # repeat their speakers' days often, and every drawn mark costs the page bytes. Marks carry no
    # ARIA labels of their own: the list under the chart says the same for a screen reader.
    size = alt.Size("count:Q", legend=None, scale=alt.Scale(type="sqrt", range=[60, 360] if not narrow else [45, 250]))
    marks = base.transform_filter("datum.kind != 'article'").mark_point(filled=True, opacity=0.9, aria=False).encode(
        x=x, y=y, color=color, shape=shape, size=size, href="href:N")
    ticks = base.transform_filter("datum.kind == 'article'").mark_tick(thickness=2, size=14, aria=False).encode(
        x=x, y=y, color=color, href="href:N")
    # Event numbers alternate above and below their mark, so two events a day apart stay legible.
    above = base.transform_filter("datum.number != '' && datum.odd").mark_text(
        dy=-11, fontSize=9, color="#222", aria=False).encode(x="date:T", y=y, text="number:N")
    below = base.transform_filter("datum.number != '' && !datum.odd").mark_text(
        dy=12, fontSize=9, color="#222", aria=False).encode(x="date:T", y=y, text="number:N")
    layers = [spans, marks, ticks] + ([above, below] if sum(p.kind == "event" for p in points) <= 40 else [])
    # The padding leaves room for text measured by vl-convert's font but drawn in the reader's,
    # which may be wider (a lane label would otherwise lose its first letters).
    chart = alt.layer(*layers).properties(width=width, height=max(60, 30 * len(lanes)),
                                          padding={"left": 12 if narrow else 28, "right": 10, "top": 6, "bottom": 4}
                                          ).configure_view(
        stroke=None).configure(font="system-ui, -apple-system, Segoe UI, Roboto, sans-serif")
    # The spec is built by this module, so altair's schema check of every data row (seconds for
    # thousands of rows) is skipped.
    return chart.to_dict(validate=False)


def _rows(points: list[Point], level: int = 0) -> list[dict[str, Any]]:
    """The chart's data: points at the same lane, span and colour merged into one row with a count
    (its link goes to the first of them). At `level` 1 days are merged by week, at 2 by month, so a
    large corpus draws a bounded number of marks (timeline_svg chooses the level)."""
    merged: dict[tuple[str, str, str, str, str, str], dict[str, Any]] = {}
    for p in points:
        day, start, end = _binned(p.date, level), p.start, p.end
        if level and p.start == p.end:
            start = end = day
        key = (p.lane, p.kind, day, start, end, p.color)
        if key in merged:
            merged[key]["count"] += 1
            continue
        number = p.number if not level else 0  # binned events are no longer one numbered item
        merged[key] = {"lane": p.lane, "kind": p.kind, "date": day + "T12:00:00", "start": start + "T00:00:00",
                       "end": end + "T23:59:59", "color": p.color, "href": p.href, "count": 1,
                       "number": f"E{number}" if number else "", "odd": number % 2 == 1}
    return list(merged.values())


@lru_cache(maxsize=65536)
def _binned(day: str, level: int) -> str:
    if level == 0:
        return day
    d = date.fromisoformat(day)
    if level == 1:
        return (d - timedelta(days=d.weekday())).isoformat()
    return d.replace(day=15).isoformat()


# Vega resolves a link against its loader's base URL; ours are fragments within the page, so any
# prefix it added is taken off again (or the page would try to leave for the network).
_HREF = re.compile(r'(xlink:href|href)="[^"#]*#')
_LONG_DECIMAL = re.compile(r"(\d\.\d{2})\d+")


BINS = ("", "week", "month")


def chart_rows(points: list[Point]) -> tuple[list[dict[str, Any]], str]:
    """(the rows to draw, what marks were merged by: "", "week" or "month"): merged by day, or by
    week or month when there would be more than MAX_MARKS."""
    rows, level = _rows(points), 0
    while len(rows) > MAX_MARKS and level < 2:
        level += 1
        rows = _rows(points, level)
    return rows, BINS[level]


def timeline_svg(points: list[Point], width: int = WIDE, rows: list[dict[str, Any]] | None = None) -> str | None:
    """The chart as an SVG string to inline in the page; None when there is nothing to plot."""
    if not points:
        return None
    import vl_convert

    svg = vl_convert.vegalite_to_svg(chart_spec(points, width, chart_rows(points)[0] if rows is None else rows))
    svg = _HREF.sub(lambda m: f'{m[1]}="#', svg)
    # Vega writes coordinates to 14 decimals; two are far below a pixel and halve each mark's bytes.
    svg = _LONG_DECIMAL.sub(r"\1", svg)
    # A fixed pixel width would overflow a phone; the page's CSS scales it inside its box instead.
    return svg.replace("<svg ", '<svg role="img" aria-label="Timeline of dated events and statements" ', 1)
