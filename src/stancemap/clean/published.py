"""Recover the publication date of a plain-text article, with the rule that decided it: a byline or
time stamp near the top, the wire dateline's date, the lead image's caption, or a day and month dated
in the year of the page's copyright notice (clean/dates.py reads each date)."""

from __future__ import annotations

import re

from .credits import BROADCAST, BYLINE, TIMESTAMP, caption_match
from .dateline import read_dateline
from .dates import MONTH_NAMES, date_convention, date_in_line, parse_date
from .lines import shape
from .metadata import COPYRIGHT_LAST_LINES


def published_from_dateline(lines: list[str], dayfirst: bool | None) -> str | None:
    """The filing date a wire dateline carries ("PORT X, Oct 2, 2025 (Agency) - ..."): a date with
    its year only; "LONDON, March 3 (Agency)" is dated only by the year of the page's copyright
    notice, last (`yearless_published`; test_metadata_text_dateline_*)."""
    for line in lines[:15]:
        d = read_dateline(line)
        # (a dateline with its agency, as the outlet's: dateline.read_dateline) The year anywhere before the outlet:
        # "NEW YORK, Jan 5 2026 (Wire)" leaves it in the region.
        if d is None or not d.outlet or not re.search(r"\b(?:19|20)\d{2}\b", d.middle):
            continue
        # The region and the date share commas ("Oct 2, 2025"): try the longest tail that is a date.
        parts = (d.place + d.middle).split(",")
        for i in range(1, len(parts)):
            if found := parse_date(",".join(parts[i:]).strip(" ."), dayfirst):
                return found
    return None


def _comma_part_date(line: str, dayfirst: bool | None) -> str | None:
    """A programme's airing line, "Channel Two, Sun 3 May 2026, 21:15": a short line of comma-separated parts, one of
    them a whole date with its year (tests/clean/test_metadata_text.py::test_metadata_text_airing_line)."""
    parts = [p.strip() for p in line.split(",")]
    # (a lead image's caption, "Boats - Outlet, 1280, 04.03.2025", is dated as the lead image: pick_published, last)
    if not 2 <= len(parts) <= 4 or len(line.split()) > 10 or caption_match(line):
        return None
    return next((found for p in parts if re.search(r"\b(?:19|20)\d{2}\b", p) and (found := parse_date(p, dayfirst))), None)


def pick_published(lines: list[str], title_index: int | None) -> tuple[str | None, str]:
    """The publication date: a byline or time-stamp line near the top, else the date of the
    first captioned image after the title (the lead image is dated with the article), else none.
    An ambiguous numeric date is read by the convention the article's other dates follow."""
    dayfirst = date_convention("\n".join(lines))
    aired = None  # an airing line's date, taken only where no stamp or date line is found (a subtitle may look alike)
    for line in lines[:20]:
        if (m := BROADCAST.match(line)) and (found := date_in_line(m.group(0), loose=True, dayfirst=dayfirst)):
            return found, "broadcast or recording stamp"
        s = shape(line)
        # A byline or stamp is a label, or a short sentence: "By March 4, 2025, the ministry will ..." is prose.
        if (BYLINE.match(line) or TIMESTAMP.match(line)) and (not s.sentence or s.n <= 8):
            found = date_in_line(line, loose=True, dayfirst=dayfirst)
            if found:
                return found, "byline or time-stamp line"
        # "Talks resumed — 4 March 2025 — in X." is prose; a stamp line may end on "9:02 p.m.".
        elif len(line) <= 100 and (not s.sentence or re.search(r"\b[ap]\.m\.$", line, re.I)):
            found = date_in_line(line, dayfirst=dayfirst)
            if found:
                return found, "date line near the top"
            aired = aired or _comma_part_date(line, dayfirst)
    if aired:
        return aired, "date line near the top"
    if found := published_from_dateline(lines, dayfirst):
        return found, "wire dateline's date"
    start = title_index + 1 if title_index is not None else 0
    for line in lines[start:]:
        m = caption_match(line)
        if m and m["date"]:
            found = parse_date(m["date"], dayfirst)
            if found:
                return found, "date of the lead image caption"
    return yearless_published(lines)


# "Mar 2", "2 March", "Monday, March 2, 9:14 am": a day and month with no year, as newsletter and
# blog platforms print the date of a post of the current year.
YEARLESS = re.compile(rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})|"
                      rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES})\.?)"
                      r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$", re.I)
# The year of the page's copyright notice: "© 2026 Name", "Copyright Name 2026".
NOTICE_YEAR = re.compile(r"^(?:©|\(c\)|copyright)\D{0,60}?\b(?P<year>(?:19|20)\d{2})\b", re.I)
YEARLESS_WITHIN = 25


def yearless_published(lines: list[str]) -> tuple[str | None, str]:
    """A day and month without a year near the top, dated in the year of the page's copyright
    notice: the page was made in that year, and a platform prints the year only for older posts
    (test_metadata_text_yearless_*)."""
    tail = [line.strip() for line in lines if line.strip()][-COPYRIGHT_LAST_LINES:]
    years = [int(m["year"]) for line in tail if (m := NOTICE_YEAR.match(line))]
    if not years:
        return None, ""
    for line in lines[:YEARLESS_WITHIN]:
        m = YEARLESS.match(line.strip()) or _yearless_dateline(line)
        if m:
            month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
            found = parse_date(f"{int(day)} {month} {max(years)}")
            if found:
                return found, "day and month near the top, the year of the page's copyright notice"
    return None, ""


def _yearless_dateline(line: str) -> re.Match[str] | None:
    """The day and month of a wire dateline that prints no year ("MIROVEL, March 4 (Agency) - ..."),
    dated like any other yearless date (test_metadata_text_yearless_dateline)."""
    dateline = read_dateline(line)
    if dateline is None or not dateline.outlet:
        return None
    parts = (dateline.place + dateline.middle).split(",")
    return next((d for i in range(1, len(parts)) if (d := YEARLESS.match(",".join(parts[i:]).strip(" ."))) is not None), None)
