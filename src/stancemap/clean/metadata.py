"""Recover title, outlet and publication date of a plain-text article, each with the rule that decided it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .lines import BYLINE, TIMESTAMP, caption_match

# "CITY (Outlet) – text": the wire-style dateline that opens many agency stories.
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?)\s*\((?P<outlet>[^()]{2,60})\)\s*[-–—:]\s")
DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")
SEGMENT_SPLIT = re.compile(r"\s*(?:\||·|•|—|–|\s-\s)\s*")


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    import dateparser

    return dateparser


def parse_date(text: str) -> str | None:
    """A full calendar date in any common written form, as ISO, or None.

    Dotted numeric dates are day-first (the European convention scrapers meet: 26.05.2023);
    everything else goes to dateparser, which requires day, month and year here.
    """
    text = text.strip().strip(".,;")
    if not text or len(text) > 40 or not re.search(r"\d", text):
        return None
    m = DOTTED.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    parsed = _dateparser().parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "past"})
    return parsed.date().isoformat() if parsed else None


def date_in_line(text: str) -> str | None:
    """The date a byline or time-stamp line carries ("By A. Writer | March 3, 2026", "Updated 12/09/2025")."""
    text = TIMESTAMP.sub(lambda m: m.group(0)[-1], text) if TIMESTAMP.match(text) else text
    text = re.sub(r"^(?:published|updated|posted|last updated|first published|modified)\b(?:\s+on)?\s*:?\s*",
                  "", text, flags=re.I)
    for segment in [text, *SEGMENT_SPLIT.split(text)]:
        segment = re.sub(r"\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?.*$", "", segment, flags=re.I)
        found = parse_date(segment)
        if found:
            return found
    return None


def outlet_from_dateline(lines: list[str]) -> str | None:
    for line in lines[:15]:
        m = DATELINE.match(line)
        if m and not re.search(r"\d", m["outlet"]):
            return m["outlet"].strip()
    return None


def caption_outlets(lines: list[str]) -> list[str]:
    return [m["outlet"].strip() for line in lines if (m := caption_match(line))]


def pick_outlet(dateline: str | None, captions: list[str]) -> tuple[str | None, str]:
    """The outlet and the rule: a caption credit that extends the dateline's name wins
    ("Outlet" in the dateline, "Outlet International" in captions), else the dateline, else
    the most frequent caption credit."""
    common = max(set(captions), key=captions.count) if captions else None
    if dateline and common and common.lower().startswith(dateline.lower()):
        return common, "image caption credit, agreeing with the dateline"
    if dateline:
        return dateline, "dateline 'CITY (Outlet) -'"
    if common:
        return common, "image caption credit"
    return None, ""


def pick_published(lines: list[str], title_index: int | None) -> tuple[str | None, str]:
    """The publication date: a byline or time-stamp line near the top, else the date of the
    first captioned image after the title (the lead image is dated with the article), else none."""
    for line in lines[:20]:
        if BYLINE.match(line) or TIMESTAMP.match(line):
            found = date_in_line(line)
            if found:
                return found, "byline or time-stamp line"
        elif len(line) <= 40:
            found = parse_date(line)
            if found:
                return found, "date line near the top"
    start = title_index + 1 if title_index is not None else 0
    for line in lines[start:]:
        m = caption_match(line)
        if m and m["date"]:
            found = parse_date(m["date"])
            if found:
                return found, "date of the lead image caption"
    return None, ""
