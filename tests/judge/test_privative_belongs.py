"""What a privative act takes away said to belong elsewhere, in a time or a place things are put away in (issue 9,
session 44; privative._belongs_elsewhere), pinned on invented questions and sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Brin Haskell of the Moor Party spoke in Tarnley on Tuesday.\n\n"
TEST = "Should Brantmoor College drop its aptitude test?"
SHIPS = "Should Tarnley ban cruise ships from the harbour?"


@pytest.mark.parametrize(("question", "text", "stance"), [
    (TEST, "Haskell said the aptitude test belonged in the county archive.", "support"),
    (TEST, "Haskell said the test was a relic that belonged to another century.", "support"),
    (TEST, "Haskell said the test belongs to an era when only the rich had tutors.", "support"),  # a past time (its clause)
    (SHIPS, "Haskell said cruise ships belong in the past.", "support"),
    (TEST, "Haskell said the test does not belong in the past.", "oppose"),
    # where the question names it, or a pronoun, or no time nor store: kept where it is
    (SHIPS, "Haskell said cruise ships belong in the harbour.", "oppose"),
    (TEST, "Haskell said the test belongs to us.", "oppose"),
    (TEST, "Haskell said the test belongs in the classroom.", "oppose"),
])
def test_belonging_elsewhere(run, question: str, text: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Before: every "belong" said of what the act takes away kept it (oppose)."""
    statement = statement_with(run(INTRO + text, question=question), "belong")
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Haskell said the test belongs in the future.",
    "Haskell said the test belongs to the present age.",
    "Haskell said the test belongs in the twenty-first century.",
    "Haskell said the test belongs in every teacher's toolbox.",
    "Haskell said the test belongs to an era when every pupil will sit it online.",
])
def test_belonging_in_a_time_to_come_or_a_tool_kept_is_no_side_for_the_act(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review of session 44 (item 4): any time or container read as "elsewhere"; only a past time or a place
    things are put away in says the thing's day is done."""
    statement = statement_with(run(INTRO + text, question=TEST), "belong")
    assert statement.stance != "support", statement.stance_evidence
