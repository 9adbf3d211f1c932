"""The question's thing opposed as narrowed by a participle (judge/conditions_restricted.refused_so, session 22): the
narrowing is the condition, but a participle of proposing, planning or announcing says the act is pending, not which
form of it is refused (review of session 22). Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
DEPOT = "Will the council close the Harl Street bus depot?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    # (red on s22-cond2 7f0e7f1: conditional, 'proposed closure' / 'planned closure' read as conditions)
    ("Voss said her party was against the proposed closure.", "against the proposed closure"),
    ("Voss said the Ferrow Alliance was firmly against the planned closure of the depot.", "planned closure"),
    ("Voss said her group had always been against the announced closure.", "announced closure"),
])
def test_against_a_pending_act_is_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=DEPOT), words)
    assert statement.stance == "oppose" and not statement.conditions, (statement.stance, statement.conditions)


def test_against_a_narrowed_act_is_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    """The rule still reads a narrowing participle ('unplanned') as the condition."""
    statement = statement_with(run(INTRO + "Voss said her party was against an unplanned closure.", question=DEPOT),
                               "unplanned closure")
    assert any("unplanned" in c for c in statement.conditions), statement.conditions
