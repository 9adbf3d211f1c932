"""What a thing cannot go on without is no condition of a side (issue 9, session 36: judge/conditions_needed.py, read by
conditions._without and conditions_only.only_with). Invented sentences; each shape with a guard that stays a condition."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
RESCUE = "Will the state rescue the Calde paper mill?"
LASTING = "Will the Calde coalition survive the winter?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "Without a loan from the state, the paper mill cannot continue past the summer."', "cannot continue"),
    ('Vost said: "The old mill weir will not last another winter without new sluice gates."', "will not last"),
    ('Vost said: "Our mill hands cannot survive a season without the river contracts."', "cannot survive"),
])
def test_what_a_thing_cannot_last_without(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=RESCUE), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "condition"), [
    # a side refused without X: another verb
    ('Vost said: "We will not back the rescue without a jobs guarantee."', "will not back", "without a jobs guarantee"),
])
def test_a_side_refused_without_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=RESCUE), words)
    assert condition in statement.conditions, statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "condition"), [
    # the question's own act of lasting: its forecast held on X, fronted or after the verb
    ('Vost said: "The coalition will not survive the winter without the farmers."', "will not survive",
     "without the farmers"),
    ('Vost said: "Without the farmers, the coalition cannot survive the winter."', "cannot survive",
     "Without the farmers"),
])
def test_the_questions_own_lasting_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LASTING), words)
    assert condition in statement.conditions, statement.conditions


def test_what_is_lost_without_the_questions_thing_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    """X names the question's thing: the stance reads what is lost without it (conditions_timed.without_the_act)."""
    statement = statement_with(run(INTRO + 'Vost said: "Without the paper mill, the river towns cannot survive."',
                                   question=RESCUE), "cannot survive")
    assert statement.conditions == ["Without the paper mill"], statement.conditions


@pytest.mark.parametrize(("text", "words", "condition"), [
    # "cannot cope", "cannot stand in its present form": a thing's fitness judged, not its going on
    ('Vost said: "Without new sluice gates, the weir cannot cope with the spring floods."', "cannot cope",
     "Without new sluice gates"),
    ('Vost said: "The river towns cannot cope without the night trains."', "cannot cope", "without the night trains"),
    ('Vost said: "Without a public tender, the lease cannot stand in its present form."', "cannot stand",
     "Without a public tender"),
    ('Vost said: "The lease cannot stand in its present form without a public tender."', "cannot stand",
     "without a public tender"),
])
def test_a_thing_unfit_without_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    """Red without the guard that LASTING leaves out "cope" and "stand" (checked by adding them to it: every case
    loses its condition), fronted or after the verb."""
    statement = statement_with(run(INTRO + text, question=RESCUE), words)
    assert condition in statement.conditions, statement.conditions
