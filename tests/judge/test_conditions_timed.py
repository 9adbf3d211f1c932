"""A clause of time that dates something other than the speaker's side is no condition of it
(judge/conditions_timed.py, issue 9, session 20). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the clause dates a verb that takes no side and names no act of the question, said of someone else
    ("Vost said the library plan usually looked cheaper once you counted the lost grant.", "looked cheaper", "neutral"),
    ("Vost said the planning board would look at the library again once the survey was published.",
     "look at the library", "neutral"),
    ("Vost said the library was a waste of money, and that the town had only noticed the costs when the polls turned.",
     "waste of money", "oppose"),
])
def test_a_clause_of_time_on_another_thing_is_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence)


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a side taken, the act, the speaker's own doing, a requirement, a deadline, a trigger: as before
    ('"We will back the library once the bypass is open," Vost said.', "back the library", "conditional"),
    ("Vost said she would support the library once the costs were known.", "support the library", "conditional"),
    ("Vost said the council would approve the library once the costs were known.", "approve the library",
     "conditional"),
    ('"We will look at the library again once the costs are known," Vost said.', "look at the library", "conditional"),
    ("Vost said the library would open its doors only once the costs were known.", "open its doors", "conditional"),
    ("Vost said the council had until the spring budget to approve the library.", "until the spring", "conditional"),
    ('"We will seek a judicial review the day the council says yes," Vost said.', "judicial review", "oppose"),
])
def test_a_clause_of_time_on_the_side_stays(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
