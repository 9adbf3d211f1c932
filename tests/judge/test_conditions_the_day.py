"""A clause of "the day" / "the moment" in the simple past dates what happened, no condition (issue 9, session 39;
judge/demands.py `_told_in_the_past`, read by `_the_moment`): "people told me this street was dead the day Hollis
shut" sets no term of a side; "the day the council scraps the charges, the street will recover" still does.
Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Will Tarnby's high street recover from the closure of Hollis & Sons?"
INTRO = "Councillor Ines Vord of the Moorland League spoke in Tarnby on Tuesday.\n\n"


def test_the_day_something_happened_is_no_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"People told me this street was dead the day Hollis shut," said Vord.'
    statement = statement_with(run(text, question=QUESTION), "the day Hollis shut")
    assert statement.stance != "conditional" and not statement.conditions, statement.stance_evidence


def test_the_day_something_will_happen_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"The day the council scraps parking charges, the high street will recover," said Vord.'
    statement = statement_with(run(text, question=QUESTION), "the high street will recover")
    assert statement.stance == "conditional", statement.stance_evidence


def test_the_moment_under_a_modal_in_a_report_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    # the past of a report ("would ... the moment it won"): what would happen then, a term still
    text = INTRO + "Vord said his group would back the recovery plan the moment it won a seat on the council."
    statement = statement_with(run(text, question=QUESTION), "the moment it won a seat")
    assert statement.conditions, statement.stance_evidence
