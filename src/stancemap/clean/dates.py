"""Calendar dates as scraped pages write them, to ISO, with dateparser only as the last resort.

The common forms (ISO, 26.05.2023, 23/09/2025, "March 14, 2025", "4 Nov 2025", a weekday before,
a clock time or time zone after) are read here by pattern: dateparser costs ~0.4 s to initialise
its locale data, more than the whole cleaning of a small corpus. It is kept for the rare string
that names a month with numbers in a form these patterns do not know.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .spelling import british_spelling

MONTHS = {name: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}
# The month names as a pattern's alternatives, the longest first ("june" before "jun").
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + MONTH_NAMES + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# One date, in the forms news pages print; tried in order, each anchored on the whole date part.
DATE_FORMS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?=$|[T\s])"),  # 2026-01-17, 2026-04-21T09:14
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),  # 2025/03/14
    re.compile(r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b"),  # 26.05.2023, 23/09/2025
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # March 14, 2025 / Sept. 4th 2025
    re.compile(rf"{_DAY}(?:\s+of)?[\s-]+{_MONTH},?[\s-]+{_YEAR}\b", re.I),  # 4 Nov 2025 / 14-Mar-2025
]
# What may stand around a date in a date line: a weekday, a clock time, a time zone, separators.
# Anything else ("Summit set for 3 March 2026") means the line is not a date line.
LEFTOVER = re.compile(
    r"^(?:[\s|,;:/·•()\[\]–—-]|(?-i:T)(?=\d)|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:at|on)\b|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|[+-]\d{2}:?\d{2}|\bZ\b"
    r"|(?<=GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\b"
    # "3 March 2027, 09:15 local time": a clock time's zone in words (tests/clean/test_dates.py)
    r"|(?<=\d\d )local time\b"
    r"|\b(?-i:[A-Z]{2,4})\b|\b[ap]\.?m\.?(?=\s|$))*$", re.I)
_NUMBERS = re.compile(r"\d+")
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.I)


def _to_iso(year: int, month: int, day: int) -> str | None:
    year += 2000 if year < 100 else 0
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str], dayfirst: bool | None = None) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("a") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        # Dotted dates are day-first (26.05.2023, the European convention scrapers meet); slashed
        # and dashed ones follow the convention the article uses elsewhere (`dayfirst`, see
        # date_convention), else month-first unless the first number cannot be a month (23/09/2025),
        # which is how dateparser reads English text and what this function replaced.
        if groups["sep"] == "." or a > 12 or (dayfirst and b <= 12):
            return _to_iso(year, b, a)
        return _to_iso(year, a, b) or _to_iso(year, b, a)
    month = groups["month"]
    month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    return _to_iso(year, month_no, int(groups["day"]))


def parse_date(text: str, dayfirst: bool | None = None) -> str | None:
    """A full calendar date (day, month, year) written as the whole of `text`, as ISO, or None.

    Around the date only a weekday, a clock time, a time zone and separators may stand. `dayfirst`
    reads an ambiguous numeric date ("11/10/26") day first (True) or month first (False, None).
    """
    text = text.strip().strip(".,;")
    if not text or len(text) > 40 or not re.search(r"\d", text):
        return None
    for form in DATE_FORMS:
        m = form.search(text)
        if m:
            if not LEFTOVER.match(text[:m.start()] + " " + text[m.end():]):
                return None
            return _from_match(m, dayfirst)
    # A month name with day and year in a form not listed above: let dateparser try.
    if _MONTH_WORD.search(text) and len(_NUMBERS.findall(text)) >= 2:
        parsed = _dateparser().parse(text, languages=["en"], settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DATES_FROM": "past"})
        return parsed.date().isoformat() if parsed else None
    return None


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    import dateparser

    return dateparser


# (a radio or TV page stamps its programme's airing: "Broadcast: 23/04/2026, 18:30-19:00", "First aired 4 May 2026";
# tests/clean/test_dates.py::test_dates_broadcast_stamp)
STAMP_WORDS = re.compile(r"^(?:published|updated|posted|last updated|first published|modified|filed|(?:first\s+)?broadcast|"
                         r"(?:first\s+)?aired)\b(?:\s+on)?\s*:?\s*", re.I)
# Parts of a stamp line: separators, or a second stamp word ("4 March 2025 10:20 Updated 2 hours ago").
SEGMENT_SPLIT = re.compile(r"\s*(?:\||·|•|—|–|\s-\s)\s*|\s+(?=(?i:updated|last updated?|modified)\b)")


def date_in_line(text: str, loose: bool = False, dayfirst: bool | None = None) -> str | None:
    """The date a byline, time-stamp or dated label line carries ("By A. Writer | March 3, 2026",
    "Updated 12/09/2025", "World | 4 March 2025"): the whole line or one of its |-separated parts
    is a date. `loose` also takes a date amid other words, for lines already known to be a byline
    or time stamp ("Posted on May 26, 2023 by Admin")."""
    text = STAMP_WORDS.sub("", text)
    # A stamp word may open any part: "Live | Updated 22 May 2026, 09:45" (test_dates_date_in_byline_or_stamp).
    for segment in [text, *(STAMP_WORDS.sub("", part) for part in SEGMENT_SPLIT.split(text))]:
        found = parse_date(segment, dayfirst)
        if found:
            return found
    if loose:
        for form in DATE_FORMS:
            m = form.search(text)
            if m and (found := _from_match(m, dayfirst)):
                return found
    return None


NUMERIC = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?:\d{4}|\d{2})(?![\d/-])")
DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?![\w])", re.I)
# (The lookahead on a month's first letter finds the same matches sooner: every word was tried against each month
# name; over 400 bench articles 0.09 -> 0.04 CPU s, docs/performance.md session 24; tests/clean/test_dates_convention_gate.py.)
MONTH_INITIALS = "".join(sorted({name[0] for name in MONTHS}))
MONTH_DAY = re.compile(rf"\b(?=[{MONTH_INITIALS}]){_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{3}}(?!\d))",
                       re.I)


# A numeric date's reading that the article writes out in words outweighs any count of its other dates.
WRITTEN_OUT_WEIGHT = 1000


def _written_days(text: str) -> set[tuple[int, int]]:
    """The (day, month) pairs the article writes with a month's name: "4 May", "May 4th"."""
    days = set()
    for pattern in (DAY_MONTH, MONTH_DAY):
        for m in pattern.finditer(text):
            number = _NUMBERS.search(m.group(0))
            if number is not None:
                days.add((int(number.group(0)), MONTHS[m["month"].lower()]))
    return days


def date_convention(text: str) -> bool | None:
    """Whether the article writes dates day first (True: "14/03/2026", "4 March") or month first
    (False: "03/14/2026", "March 4"), from its unambiguous dates; None when it does not show.
    An ambiguous "11/10/26" in the same article is read by it (test_dates_convention_*)."""
    day_first = month_first = 0
    written = _written_days(text)
    for m in NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day_first += a > 12 >= b
        month_first += b > 12 >= a
        # An ambiguous "04/05/2026" over a dateline "May 4": the reading the article also writes out in words is
        # the one meant, whatever the article's prose convention (tests/clean/test_metadata_text.py::
        # test_date_convention_an_ambiguous_date_written_out_too).
        if a != b and a <= 12 and b <= 12:
            day_first += WRITTEN_OUT_WEIGHT * ((a, b) in written)
            month_first += WRITTEN_OUT_WEIGHT * ((b, a) in written)
    ambiguous = any(int(m["a"]) <= 12 and int(m["b"]) <= 12 for m in NUMERIC.finditer(text))
    if day_first == month_first == 0 and ambiguous:
        # No numeric date of its own shows it: the article's spelling tells its country (British day first, American
        # month first) before its prose order does, which is house style ("October 21" in a British tabloid that
        # prints "10/09/2026" day first): tests/clean/test_metadata_text.py::test_dates_convention_spelling_over_prose.
        spelling = british_spelling(text)
        if spelling is not None:
            return spelling
        spelled = True  # read once: the spelling did not tell, and will not below
    else:
        spelled = False
    day_first += len(DAY_MONTH.findall(text))
    month_first += len(MONTH_DAY.findall(text))
    if day_first == month_first:
        # no date of its own shows it: the article's spelling does, when it has an ambiguous date to read
        # (test_dates_convention_from_spelling)
        return british_spelling(text) if ambiguous and not spelled else None
    return day_first > month_first
