"""An if-clause whose subject is the speaker's own "we" or "I", on a main clause with no side in its words: the
speaker's own act supposed and its outcome told, no condition on the question (judge/stance.py `_own_act`, issue 9,
session 41). The clause stays among the statement's conditions. Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIDO = "Will the council close the Orvel lido?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    # the speaker's own win supposed, what follows told
    ('Vost said: "If we win the vote in March, the lido gets a new roof by June."', "new roof"),
    # the speaker's own act supposed, its outcome foretold
    ('Vost said: "If I lose this seat, the lido is the first thing the next council looks at."', "first thing"),
])
def test_the_speakers_own_act_supposed_is_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIDO), words)
    assert statement.stance == "neutral", statement.stance_evidence
    assert statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # another party's act supposed: a term set on it, conditional as before
    ('Vost said: "If the trust finds the money in March, the lido gets a new roof by June."', "new roof"),
    # "only if we ...": a requirement framed, conditional as before
    ('Vost said: "The lido gets a new roof only if we find the money in March."', "new roof"),
])
def test_another_partys_act_or_a_requirement_stays_conditional(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIDO), words)
    assert statement.stance == "conditional", statement.stance_evidence
