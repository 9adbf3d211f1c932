"""A bad thing said to have passed is good news (judge/evaluative.py `_said_past`): "the worst is behind us" after the
question's act is said supports it, where the valence of "worst" alone opposed it; not when what passed names the
question's own thing (its ending, not a judgement). Invented question and sentences, the learned layer off."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
MENDED = "Has Ostrevia's shipping trade turned the corner?"
RISING = "Will rents in Pellworth keep rising through the winter?"


@pytest.mark.parametrize(("text", "words"), [
    # the evaluative word alone decides: without the rule "worst" opposes
    ('"The worst is over for our shipping trade," Vost said.', "worst"),
    ('"The worst is behind our shipping trade," Vost told the harbour board.', "worst"),
])
def test_the_worst_said_past_supports(text: str, words: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MENDED), words)
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize("text", [
    '"The worst is not over for our shipping trade," Vost said.',  # negated: bad news still
    '"Nobody believes the worst is over for our shipping trade," Vost said.',  # said past, and denied
])
def test_the_worst_not_past_keeps_its_valence(text: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MENDED), "worst")
    assert statement.stance == "oppose", statement.stance_evidence


def test_the_question_s_own_thing_passed_is_not_turned(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vost said the worst of the rent rises was behind them."
    statement = statement_with(run(text, question=RISING), "worst of the rent rises")
    assert not any(e.startswith("+evaluative") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "stance"), [
    # the that-clause the parser hangs on "hours" as a relative clause is what cannot be told (judge/negation.py
    # `_complement_misread`)
    ('"You cannot tell a docker on short hours that the shipping trade has turned the corner," Vost said.', "oppose"),
    # told, not denied: the clause is said
    ('"I told a docker on short hours that the shipping trade has turned the corner," Vost said.', "support"),
])
def test_a_that_clause_read_as_relative(text: str, stance: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MENDED), "docker")
    assert statement.stance == stance, statement.stance_evidence
