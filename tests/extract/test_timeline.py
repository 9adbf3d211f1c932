"""Dates normalized against the publication date; events with their actors."""

from __future__ import annotations

from datetime import date

import pytest

from stancemap.extract.dates import normalize

REF = date(2026, 3, 6)  # a Friday


@pytest.mark.parametrize(("text", "ref", "years", "future", "value", "precision"), [
    ("last month", REF, None, None, "2026-02", "month"),
    ("last Friday", REF, None, None, "2026-02-27", "day"),
    ("on Monday", REF, None, None, "2026-03-02", "day"),
    ("on Monday", REF, None, True, "2026-03-09", "day"),
    ("in early May", REF, None, None, "2026-05", "month"),
    ("in early May", REF, None, False, "2025-05", "month"),
    ("spring 2025", REF, None, None, "2025-SP", "season"),
    ("last autumn", REF, None, None, "2025-FA", "season"),
    ("September 2025", REF, None, None, "2025-09", "month"),
    ("2019", REF, None, None, "2019", "year"),
    ("Thursday, November 27", None, [2024], None, "2025-11-27", "day"),
    ("November 27", None, None, None, "XXXX-11-27", "day"),
    ("26.05.2025", None, None, None, "2025-05-26", "day"),
    ("two weeks ago", REF, None, None, "2026-02-20", "day"),
    ("last year", REF, None, None, "2025", "year"),
    ("last week", REF, None, None, "2026-02", "month"),
    ("9 December 2025", REF, None, None, "2025-12-09", "day"),
    ("last night", REF, None, None, "2026-03-05", "day"),
    ("the spring", REF, None, None, "2026-SP", "season"),
    # test_events_relative_spans: so long after the page's date; a month so many years back
    ("in two weeks", REF, None, None, "2026-03-20", "day"),
    ("within three days", REF, None, None, "2026-03-09", "day"),
    ("six years ago this month", REF, None, None, "2020-03", "month"),
])
def test_timeline_normalize(text: str, ref: date | None, years: list[int] | None, future: bool | None,
                            value: str, precision: str) -> None:
    found = normalize(text, ref, years, future)
    assert found is not None and (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["three days", "for years", "the 1990s", "recently", "two weeks"])
def test_timeline_durations_are_not_dates(text: str) -> None:
    assert normalize(text, REF) is None
    assert normalize("in two weeks", REF, None, False) is None  # "approved the plan in two weeks": a duration


def _event_dates(analysis) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each event's date by its mention, "on" left off ("on Thursday" -> "Thursday")."""
    return {e.mention.removeprefix("on "): e.date for e in analysis.events}


def test_timeline_events_resolved_against_publication(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Minister Lea Marsh said last month that Osterland would apply to join the Harbor Pact.\n\n"
            "The application was submitted in January. Leaders will meet in Velden on Thursday.")
    analysis = run(text, published="2026-03-06")
    dates = _event_dates(analysis)
    assert dates["last month"] == "2026-02"
    assert dates["January"] == "2026-01"
    assert dates["Thursday"] == "2026-03-12"
    marsh = next(a.id for a in analysis.actors if a.name == "Lea Marsh")
    assert marsh in next(e for e in analysis.events if e.mention == "last month").actors
    assert next(s for s in analysis.statements if "would apply" in s.content).date == "2026-02"


def test_events_due_and_scheduled_and_futurate_present(run) -> None:  # type: ignore[no-untyped-def]
    """A date after "due" or "scheduled" lies ahead; so does one of a verb in the simple present that
    sets a timetable ("goes to committee on Thursday"); a reporting verb in the present ("says on
    Monday", a live page's past) does not."""
    text = ("The minister said the survey, due in mid-April, would decide the matter.\n\n"
            "The bill goes to the fisheries committee on Thursday.\n\n"
            "Lea Marsh says on Monday that the ban must stay.\n\n"
            "The bill follows the harbour fire in November.")
    dates = _event_dates(run(text, published="2026-03-06"))
    assert dates["mid-April"] == "2026-04"
    assert dates["Thursday"] == "2026-03-12"
    assert dates["Monday"] == "2026-03-02"
    assert dates["November"] == "2025-11"  # a month under a present verb: the nearest November


@pytest.mark.parametrize("text", ["2024-02-30", "900000 days ago", "99999 months ago", "5000 years ago"])
def test_timeline_impossible_dates_are_none(text: str) -> None:
    assert normalize(text, REF) is None


def test_events_ranges_and_ends(run) -> None:  # type: ignore[no-untyped-def]
    """A range is dated by its start; "the end of April" and "the end of the month" are months; a day
    and month the tagger reads as a number ("advice of 28 May") is a date; "tonight" is the page's day;
    a weekday naming an event by its day ("after Saturday's draw") is not put ahead by a present verb."""
    text = ("The owners took dividends out of the business between 2019 and 2022, filings show.\n\n"
            "The company says it will run out of cash by the end of April.\n\n"
            "Ministers are expected to decide by the end of the month.\n\n"
            "The commission's advice of 28 May confirmed that the stock has moved.\n\n"
            "The government tonight agreed to the rescue.\n\n"
            "The coach arrives for our interview straight from a session after Saturday's draw at Montesol.")
    dates = _event_dates(run(text, published="2026-06-18"))
    assert dates["between 2019 and 2022"] == "2019"
    assert dates["the end of April"] == "2027-04"  # under "will": the coming April
    assert dates["the end of the month"] == "2026-06"
    assert dates["28 May"] == "2026-05-28"
    assert dates["tonight"] == "2026-06-18"
    assert dates["Saturday"] == "2026-06-13"  # the last Saturday before Thursday 18 June


def test_events_wanted_conditional_founded_and_periods(run) -> None:  # type: ignore[no-untyped-def]
    """A date under a verb of wanting in the present lies ahead ("I want that settled before the end of
    June": the tagger reads "settled" as a past); a past verb in an if-clause is a hypothesis, not the
    past (the occurrence nearest the page's date); a year long past ("founded in 1894") is a date; a
    period named by its end ("the year to June 2025") is dated by that end (red before: 2025-06, 2025-06,
    nothing, nothing)."""
    text = ("Olander: I want that settled before the end of June.\n\n"
            "The builder told the council it would hold its price if the council confirmed the project by the end "
            "of June.\n\n"
            "The Harriers, founded in 1894, reported a loss of 18 million crowns for the year to June 2025.")
    analysis = run(text, published="2026-05-12")
    assert sorted(e.date for e in analysis.events if e.mention.endswith("the end of June")) == ["2026-06", "2026-06"]
    dates = _event_dates(analysis)
    assert dates["1894"] == "1894"
    assert dates["the year to June 2025"] == "2025-06"


def test_events_past_under_a_verb_of_hoping_is_past(run) -> None:  # type: ignore[no-untyped-def]
    """A past with its own subject under "hope", "expect" or "like how" is a past, not a wish: the month is
    the one before the page's date (red before: 2027-03, 2027-04, 2027-02); "I want that settled" stays ahead."""
    text = ("Mayor Ilse Brandt said: \"We hope the families received the letters in March.\"\n\n"
            "Officials expect that the contractor finished the survey in April, the council said.\n\n"
            "Olander: I like how the council handled the floods in February. I want that settled before July.")
    dates = _event_dates(run(text, published="2026-05-12"))
    assert (dates["March"], dates["April"], dates["February"]) == ("2026-03", "2026-04", "2026-02")
    assert dates["July"] == "2026-07"
