"""Two requirements the parse hides (issue 9, session 41: conditions._clause_after and conditions._without): a "once"
hung on the verb before it, its clause's verb on a noun ("would win the right to go ahead once a surveyor had signed off"),
and a licence to act denied without X ("has no right to shut the library without asking its readers"). Invented sentences; each
shape with a guard that stays no condition."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
MANDATE = "Does the Grey Lantern Party's election win give it a mandate to abolish the Calde library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "condition"), [
    ("Vost said the trustees would have won the right to go ahead once a surveyor had signed off on the roof beams.",
     "won the right", "once a surveyor had signed off"),
])
def test_once_hung_on_the_verb_before(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MANDATE), words)
    assert any(c.startswith(condition) for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ("Vost said the rules left the porters worse off once a bonus was cut.", "worse off"),  # what happened
    ("Vost said the bill could top a million once pension debts are counted.", "could top"),  # a forecast
    ("Vost said a van that called once a month was not a library.", "once a month"),  # how often
])
def test_once_on_what_happened_or_how_often_is_none(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MANDATE), words)
    assert not any(c.startswith("once") for c in statement.conditions), statement.conditions


def test_no_right_without(run) -> None:  # type: ignore[no-untyped-def]
    text = "A lobby group said the new government has no right to shut the library without asking its readers."
    statement = statement_with(run(INTRO + text, question=MANDATE), "no right")
    assert "without asking its readers" in statement.conditions, statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_reason_without_doubt_is_none(run) -> None:  # type: ignore[no-untyped-def]
    text = "A lobby group said there is no reason to close the library without doubt."
    statement = statement_with(run(INTRO + text, question=MANDATE), "no reason")
    assert not statement.conditions, statement.conditions


CLOSE = "Should the council close the Calde library?"


@pytest.mark.parametrize(("text", "words"), [
    ("Vost said she would be willing to back the closure once the audit shows rot in the beams.", "willing"),
    ("Vost said the council would be within its rights once the readers have voted.", "within its rights"),
])
def test_once_on_a_warrant_stays(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=CLOSE), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_once_on_a_forecast_is_timed(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Vost said takings would climb once the new cafe opens.", question=CLOSE),
                               "takings")
    assert statement.stance != "conditional", statement.stance_evidence
