"""date_convention's month-first pattern (clean/dates.py MONTH_DAY) starts only at a month's first letter (a
lookahead): the same matches as the pattern tried at every word, on invented lines, and the same convention."""

from __future__ import annotations

import re

from stancemap.clean.dates import _MONTH, MONTH_DAY, MONTH_INITIALS, MONTHS, date_convention

# The pattern as it was, without the lookahead.
UNGATED = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{3}}(?!\d))", re.I)

TEXTS = [
    "The ferry board met on March 4 and again on Sept. 14th, 2026; the mayor 5 times said no.",
    "MAY 3 was the vote. In jun 30 they paid. Octopus 3 and Mayor 12 are not dates; Dec 2026 is not either.",
    "Posted Jan 12, 2025 | Updated FEB 2 2026. The 4 April meeting, the 14th of June report, 3 Nov.",
    "On ſeptember 9 (a long s) and on AUGUST 31st; aug. 1; Nov 123 is a number, nov 12 is a date.",
    "No dates at all here, only words: amid, nodes, osprey, fjord, dawn, July.",
    "",
]


def test_month_day_gate_finds_what_every_word_tried_finds() -> None:
    assert all(name[0] in MONTH_INITIALS for name in MONTHS)
    found = 0
    for text in [*TEXTS, " ".join(TEXTS), "\n".join(t.upper() for t in TEXTS), "\n".join(t.lower() for t in TEXTS)]:
        assert MONTH_DAY.findall(text) == UNGATED.findall(text), text[:60]
        assert [m.span() for m in MONTH_DAY.finditer(text)] == [m.span() for m in UNGATED.finditer(text)]
        found += len(UNGATED.findall(text))
    assert found >= 20  # the texts hold month-first dates in every case


def test_date_convention_reads_the_invented_articles() -> None:
    assert date_convention("The talks opened on March 4 and closed on April 12.") is False
    assert date_convention("The talks opened on 4 March and closed on 12 April.") is True
    assert date_convention("The talks opened on 4 March and closed on April 12.") is None
