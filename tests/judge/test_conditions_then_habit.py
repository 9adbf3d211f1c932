"""A habit described in the simple present before "and then" ("the board marks its own work and then loses the
key") is what someone does, told: no step demanded, no condition (judge/conditions_then.py `_habit`, issue 9, session
41). Orders and steps under a modal stay conditions. Invented sentences."""

from __future__ import annotations

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
KEEP = "Should the town keep the harbour board?"


def test_a_habit_told_before_then_is_no_condition(run) -> None:  # type: ignore[no-untyped-def]
    for text, cue, step in [
        ('Vost said the harbour board "writes its own rules and then forgets where it put them".', "writes its own",
         "writes its own rules"),
        ('Vost said: "The pilot reads the tide table twice and then takes the ferry out alone."', "reads the tide",
         "reads the tide table"),
    ]:
        statement = statement_with(run(INTRO + text, question=KEEP), cue)
        assert not any(step in c for c in statement.conditions), (text, statement.conditions)


def test_steps_demanded_before_then_stay_conditions(run) -> None:  # type: ignore[no-untyped-def]
    for text, cue, step in [
        # under a modal: steps demanded
        ('Vost said the harbour board should publish its accounts, open its meetings, and then ask for a new lease.',
         "ask for a new lease", "publish its accounts"),
        # an order
        ('"Mend the slipway first. Then come back and ask us," Vost said.', "Mend the slipway", "Mend the slipway"),
    ]:
        statement = statement_with(run(INTRO + text, question=KEEP), cue)
        assert any(step in c for c in statement.conditions), (text, statement.conditions)
