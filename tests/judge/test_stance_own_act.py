"""If-clauses that set no condition on the question, judged in stance.py and left among the statement's conditions
(issue 9, session 41): the speaker's own "we" or "I" as the clause's subject, on a main clause with no side in its
words (the speaker's own act supposed and its outcome told, `_own_act`); a clause in the simple past on a main clause
in the simple past (a past supposed and what follows inferred, `_past_inference`). Invented sentences."""

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


MISLED = "Did the harbour master mislead the inspectors?"
HARBOUR = "Councillor Mara Vost of the Green Union spoke in Calde on Monday about the harbour master Ilse Brandt.\n\n"


@pytest.mark.parametrize(("text", "words"), [
    # a past supposed, where it lay inferred
    ('Vost said: "If there was a mistake, it was in the pilots\' office, not on her desk."', "pilots"),
    # a past supposed, who else knew inferred
    ('Vost said: "If the tide log was false, then the whole night shift knew it."', "night shift"),
])
def test_a_past_supposed_and_inferred_is_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(HARBOUR + text, question=MISLED), words)
    # no side in the main clause's words: neutral, no condition ahead
    assert statement.stance == "neutral", statement.stance_evidence
    assert statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # a main clause under a modal: a condition ahead, as before
    ('Vost said: "If the tide log was false, the inspectors would have to reopen the case against her."', "reopen"),
    # "only if": a requirement, as before
    ('Vost said: "She misled them only if she saw the tide log."', "tide log"),
])
def test_a_past_clause_under_a_modal_stays_conditional(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(HARBOUR + text, question=MISLED), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_the_speakers_own_act_with_its_outcome_told_keeps_the_outcomes_side(run) -> None:  # type: ignore[no-untyped-def]
    # the speaker's own step supposed, the act foretold as its outcome: the side in the words, no condition
    statement = statement_with(run(INTRO + 'Vost said: "If we start the repairs first, the swimmers wait two summers '
                                           'while the lido closes anyway."', question=LIDO), "two summers")
    assert statement.stance == "support", statement.stance_evidence
    assert statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # a thing received: a term set on whoever gives it
    ('Vost said: "If we get the pool money, we will support closing the old lido."', "support closing"),
    # a side's verb in the main clause: a side held on the speaker's own outcome
    ('Vost said: "If we lose the vote, we will accept the closure of the lido."', "accept the closure"),
])
def test_the_speakers_own_act_before_a_side_stays_conditional(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIDO), words)
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the speaker's own side's act, said with "my"/"our" (session 42), its outcome told: no condition
    ('Vost said: "If our motion wins the vote in March, the lido gets a new roof by June."', "new roof", "neutral"),
    # a state of the speaker's own thing supposed, not an act: a condition as before
    ('Vost said: "If our budget is there in March, the lido gets a new roof by June."', "new roof", "conditional"),
    # another party called "our": a term set on them, a condition as before (the review, session 42)
    ('Vost said: "If our opponents win the vote in March, the lido gets a new roof by June."', "new roof", "conditional"),
])
def test_our_own_act_supposed(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIDO), words)
    assert statement.stance == stance, statement.stance_evidence
