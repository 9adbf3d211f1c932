"""Normalize a date expression against the article's publication date.

Returns a `DateValue` (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, or YYYY-SP/SU/FA/WI with its
precision) or None for durations and vague words ("for years", "recently"). Rules:
  absolute      "2008", "September 2022", "March 3, 2026", "26.05.2023", "spring 2022"
  month only    "in early May", "the July summit" -> the nearest such month to the reference date
  weekday+date  "Wednesday, November 29" with no year -> the year near the reference (or near the
                years the article mentions) in which that date falls on that weekday
  relative      "last month", "last year", "last Friday", "on Monday", "yesterday", "two weeks ago"
Unknown year and no way to infer it -> XXXX-MM-DD.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)
# "wednesday , november 29", "29 november 2023", "march 3rd , 2026" (after lower-casing and comma spacing)
DAY_MONTH = re.compile(
    rf"(?:({WEEKDAY_RE})\s*,?\s*)?"
    rf"(?:({MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE})\.?)"
    r"(?:\s*,?\s*((?:19|20)\d{2}))?")


@dataclass(frozen=True)
class DateValue:
    value: str
    precision: str  # day | month | season | year


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _nearest_year(month: int, day: int, ref: date) -> int:
    """The year that puts month/day closest to the reference date."""
    best = min((ref.year - 1, ref.year, ref.year + 1),
               key=lambda y: abs((date(y, month, min(day, 28)) - ref).days))
    return best


def _year_from_weekday(month: int, day: int, weekday: int, around: list[int]) -> int | None:
    for distance in range(0, 8):
        for year in sorted({y + sign * distance for y in around for sign in (1, -1)}):
            try:
                if date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                continue
    return None


def normalize(text: str, ref: date | None, years_around: list[int] | None = None,
              future: bool | None = None) -> DateValue | None:
    """The calendar value of a date expression, or None when it names no point in time (or an
    impossible one: "February 30", "900000 days ago")."""
    try:
        value = _normalize(text, ref, years_around, future)
    except (ValueError, OverflowError):
        return None
    if value is not None and not re.match(r"^(?:1[5-9]|20|21)\d\d|^XXXX", value.value):
        return None  # outside the years news can speak of
    return value


def _normalize(text: str, ref: date | None, years_around: list[int] | None, future: bool | None) -> DateValue | None:
    t = " ".join(text.lower().replace(",", " , ").split()).strip(" ,.")
    # "in two weeks", "within three days": so long after the page's date, unless the verb is past
    # ("approved the plan in two weeks" is a duration; test_events_relative_spans).
    if ref is not None and future is not False and (m := re.fullmatch(r"(?:in|within) (\w+) (day|week)s?", t)):
        n = NUMBERS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
        return _day(ref + (timedelta(days=n) if m[2] == "day" else timedelta(weeks=n))) if n is not None else None
    # A range is dated by its start ("between 2019 and 2022", "from May to July": test_events_ranges_and_ends);
    # a period named by its end, by that end ("the year to June 2025": test_events_wanted_conditional_...).
    if (m := re.fullmatch(r"(?:between|from) (.+?) (?:and|to|until) .+", t)) or (
            m := re.fullmatch(r"(?:the )?(?:\w+ )?(?:year|quarter|half|period|months?|weeks?) (?:to|ending|ended) (.+)", t)):
        t = m[1]
    t = re.sub(r"^(?:the|on|in|at|by|since|from|until|before|after|during|early|mid|late|around|earlier|later)\s+", "", t)
    t = re.sub(r"^(?:early|mid|late|(?:the )?end of|(?:the )?start of|(?:the )?beginning of|(?:the )?middle of)[- ]+", "", t)
    # "by the end of the year" is this year's end, "later this month" this month's.
    t = {"the month": "this month", "the year": "this year", "the week": "this week"}.get(t, t)
    years_around = years_around or ([ref.year] if ref else [])

    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return _day(date(int(m[1]), int(m[2]), int(m[3])))
    if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", t):
        try:
            return _day(date(int(m[3]), int(m[2]), int(m[1])))
        except ValueError:
            return None
    if m := re.fullmatch(r"(?:the )?(?:year )?((?:1[5-9]|20)\d{2})s?", t):  # "founded in 1894" too
        return None if t.endswith("s") else DateValue(m[1], "year")
    if m := re.fullmatch(r"(spring|summer|autumn|fall|winter)(?: of)? ((?:19|20)\d{2})", t):
        return DateValue(f"{m[2]}-{SEASONS[m[1]]}", "season")
    if m := re.fullmatch(rf"({MONTH_RE})\.? (?:of )?((?:19|20)\d{{2}})", t):
        return _month(int(m[2]), MONTHS[m[1]])
    day_month = DAY_MONTH.fullmatch(t)
    if day_month:
        weekday = WEEKDAYS.get(day_month[1] or "")
        month = MONTHS[day_month[2] or day_month[5]]
        day = int(day_month[3] or day_month[4])
        if day_month[6]:
            year: int | None = int(day_month[6])
        elif weekday is not None and years_around:
            year = _year_from_weekday(month, day, weekday, years_around)
        elif ref is not None:
            year = _nearest_year(month, day, ref)
        else:
            year = None
        try:
            return _day(date(year, month, day)) if year else DateValue(f"XXXX-{month:02d}-{day:02d}", "day")
        except ValueError:
            return None
    if (t in MONTHS and len(t) > 3) or t in {"may"}:
        month = MONTHS[t]
        if ref is None:
            # No publication date: the latest year the article names is the likeliest.
            return _month(max(years_around), month) if years_around else None
        if future is None:  # tense unknown: the occurrence nearest the publication date
            candidates = [(ref.year + k, month) for k in (-1, 0, 1)]
            year = min(candidates, key=lambda ym: abs((date(ym[0], ym[1], 15) - ref).days))[0]
        elif future:
            year = ref.year if month >= ref.month else ref.year + 1
        else:
            year = ref.year if month <= ref.month else ref.year - 1
        return _month(year, month)
    if ref is None:
        return None
    return _relative(t, ref, future)


def _relative(t: str, ref: date, future: bool | None) -> DateValue | None:
    if t in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
        return _day(ref)
    if t in {"yesterday", "last night", "late last night", "overnight"}:
        return _day(ref - timedelta(days=1))
    if t == "tomorrow":
        return _day(ref + timedelta(days=1))
    if m := re.fullmatch(r"(last|this|next|past|coming) (week|month|year)", t):
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
        if m[2] == "month":
            d = ref + relativedelta(months=step)
            return _month(d.year, d.month)
        if m[2] == "year":
            return DateValue(str(ref.year + step), "year")
        # A week is no point the contract can hold: the month it falls in, at month precision.
        d = ref + timedelta(weeks=step)
        return _month(d.year, d.month)
    if m := re.fullmatch(r"(last|this|next)? ?(spring|summer|autumn|fall|winter)", t):
        code = SEASONS[m[2]]
        year = ref.year
        month = SEASON_MONTH[code]
        if m[1] == "last" and (month >= ref.month or (m[2] in {"autumn", "fall", "winter"} and ref.month < 9)):
            year -= 1
        elif (m[1] == "next" or (future and not m[1])) and month < ref.month:
            year += 1
        elif not m[1] and future is False and month > ref.month + 1:
            year -= 1  # "since early summer" written in spring means last summer
        elif not m[1] and future is None:  # tense unknown: the nearest such season
            year = min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((date(y, month, 15) - ref).days))
        return DateValue(f"{year}-{code}", "season")
    if m := re.fullmatch(rf"(last|this|next|on)? ?({WEEKDAY_RE})", t):
        target = WEEKDAYS[m[2]]
        back = (ref.weekday() - target) % 7
        if m[1] == "next" or (future and m[1] != "last"):
            ahead = (target - ref.weekday()) % 7 or 7
            return _day(ref + timedelta(days=ahead))
        if m[1] == "last" and back == 0:
            back = 7
        return _day(ref - timedelta(days=back))
    # "six years ago this month": that month, so many years back (test_events_relative_spans).
    if m := re.fullmatch(r"(\w+) years? ago this month", t):
        n = NUMBERS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
        return _month(ref.year - n, ref.month) if n is not None else None
    if m := re.fullmatch(r"(\w+) (day|week|month|year)s? ago", t):
        n = NUMBERS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None)
        if n is None:
            return None
        if m[2] == "day":
            return _day(ref - timedelta(days=n))
        if m[2] == "week":
            return _day(ref - timedelta(weeks=n))
        if m[2] == "month":
            d = ref - relativedelta(months=n)
            return _month(d.year, d.month)
        return DateValue(str(ref.year - n), "year")
    return None
