"""A question with a deadline (issue 9, session 35; judge/deadline.py): a statement that times the act after the
deadline answers no, before it yes; the deadline's own year, a year of something else and a year told of the past take
no side. Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.deadline import deadline_of

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
BY_YEAR = "Will Denholt close its coal plants by 2031?"
THIS_YEAR = "Will Velland and Oskary sign a border treaty this year?"
PHASE_OUT = "Will Denholt phase out coal power by 2031?"


@pytest.mark.parametrize(("question", "deadline"), [
    ("Will Denholt close its coal plants by 2031?", ("year", 2031)),
    ("Will the bridge reopen before the end of 2027?", ("before", 2027)),
    ("Will the two sides reach a deal before the 30 June 2026 deadline?", ("before", 2026)),
    ("Will Velland and Oskary sign a border treaty this year?", ("next", "year")),
    # a year that names a thing, and a year asked for itself, set no deadline
    ("Can Denholt afford to host the 2030 Games?", None),
    ("Will the council approve the 2027 budget?", None),
    ("Will the truce last until spring?", None),
])
def test_the_questions_deadline(question: str, deadline: tuple[str, int | str] | None) -> None:
    assert deadline_of(question) == deadline


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # after the deadline: no (the second red without judge/deadline.py: neutral; the third: "+sign", support)
    (BY_YEAR, "Voss said the council would push the closure of the coal plants back to 2035.", "push the closure",
     "oppose"),
    # "to" hung on the particle "back" (red before the particle was read: the year timed nothing)
    (BY_YEAR, "Voss said the new plan would push the closure back to 2036 when the budget comes before the council.",
     "push the closure", "oppose"),
    # the act named only by a hyphened noun the tokenizer splits ("phase - out"): about the question all the same
    # (stance._hyphened; red without it: judged by its passage alone, neutral)
    (PHASE_OUT, "Voss said she would table an amendment to push the phase-out back to 2035.", "push the phase",
     "oppose"),
    (BY_YEAR, "Voss said the slow grid works would drag the coal plant closures past 2033.", "drag the coal plant",
     "oppose"),
    (THIS_YEAR, "Voss said the two governments would sign the border treaty next year.", "sign the border treaty",
     "oppose"),
    # before the deadline: yes (read so without the rule too, as the act asserted: the rule must not turn it)
    (BY_YEAR, "Voss said the council would close the coal plants by 2029.", "close the coal plants", "support"),
])
def test_a_year_after_or_before_the_deadline_takes_a_side(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                          stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words"), [
    # the deadline's own year restates the question; a year of another thing; a year told of the past
    (BY_YEAR, "Voss said the coal plants were licensed in 2019 by the old regional council.", "licensed in 2019"),
    (BY_YEAR, "Voss said the council would publish its coal plant audit after the 2032 election.", "publish its"),
    (BY_YEAR, "Voss said the coal plants had been running since 2035 in her ward's plans.", "running since"),
    # the act as a noun with an earlier year: history as often as a forecast (a noun has no tense)
    (BY_YEAR, "Voss said the closure in 2019 of the Ashby pit had cost the valley dearly.", "cost the valley"),
])
def test_no_side_from_a_year_that_times_something_else(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert not any("the question's deadline" in e for e in statement.stance_evidence), statement.stance_evidence
