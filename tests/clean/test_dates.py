"""Dates as news pages print them, read without dateparser for the common forms."""

from __future__ import annotations

import pytest

from stancemap.clean.dates import date_in_line, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-01-17", "2026-01-17"),
    ("2026-04-21T09:14:00+02:00", "2026-04-21"),
    ("2025/03/14", "2025-03-14"),
    ("26.05.2023", "2023-05-26"),  # dotted: day first
    ("23/09/2025", "2025-09-23"),  # the first number cannot be a month
    ("09/23/2025", "2025-09-23"),
    ("March 14, 2025", "2025-03-14"),
    ("Sept. 4th 2025", "2025-09-04"),
    ("4 Nov 2025", "2025-11-04"),
    ("14th of March, 2025", "2025-03-14"),
    ("14-Mar-2025", "2025-03-14"),
    ("8 September 2026 | 10:42", "2026-09-08"),
    ("Monday, 8 September 2026", "2026-09-08"),
    ("Thursday 3 April 2025 at 10:42 am CET", "2025-04-03"),
    ("Mon 8 Sep 2026 09.00 GMT", "2026-09-08"),
    ("3 March 2027, 09:15 local time", "2027-03-03"),  # a zone in words after the clock (LEFTOVER, session 40)
    ("3 March 2027, local time matters", None),
    # not a date line: no day, an impossible day, or words around the date
    ("March 2025", None),
    ("31.02.2025", None),
    ("1920", None),
    ("Summit set for 3 March 2026", None),
    ("Harrowgate Doubles Spending", None),
])
def test_dates_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("By Ilse Brandt | March 14, 2025", "2025-03-14"),
    ("By Ilse Brandt, Daily Norther - 12 May 2024 10:00", "2024-05-12"),
    ("Updated 23/09/2025", "2025-09-23"),
    ("Published: 4 Nov 2025", "2025-11-04"),
    ("Last updated on Tuesday, 4 March 2025, 10:15", "2025-03-04"),
    ("By Ilse Brandt", None),
    ("Breaking | Posted 3 May 2025, 09:10", "2025-05-03"),
])
def test_dates_date_in_byline_or_stamp(text: str, expected: str | None) -> None:
    assert date_in_line(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Broadcast: Tue 14.04.2026, 07:35-08:05", "2026-04-14"),
    ("Broadcast: 19/04/2026, 18:30-19:00", "2026-04-19"),
    ("First aired 3 March 2026", "2026-03-03"),
    ("Broadcasting rights sold 19/04/2026", None),
])
def test_dates_broadcast_stamp(text: str, expected: str | None) -> None:
    """A radio or TV page's airing stamp is its date line (red before: none of the three was read)."""
    assert date_in_line(text) == expected
