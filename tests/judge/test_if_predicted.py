"""An if-clause whose coming true the speaker affirms or doubts in an aside: the speaker's prediction, a side, not a
condition (judge/if_predicted.py, issue 9, session 36). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
SPREAD = "Will the bus strike in Calde spread to Orvel?"
APPROVE = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # affirmed with "and I think it will": the clause's side, whatever the main clause blames
    (SPREAD, 'Vost said: "If this strike spreads to Orvel, and I think it will, the minister will have nobody to blame '
     'but herself."', "spreads", "support"),
    # affirmed with "as I expect it to", set off after the clause
    (SPREAD, 'Vost said: "If the strike spreads to Orvel, as I expect it to, the buses will stop for weeks."', "spreads",
     "support"),
    # "and I'm sure it will"
    (APPROVE, 'Vost said: "If the council approves the new library, and I\'m sure it will, the town will thank it."',
     "approves", "support"),
    # doubted: "and I don't think it will" turns the clause
    (APPROVE, 'Vost said: "If the council approves the new library, and I don\'t think it will, the town will thank '
     'it."', "approves", "oppose"),
])
def test_an_if_clause_the_speaker_predicts_is_a_side(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert not statement.conditions, statement.conditions


def test_a_belief_with_a_clause_of_its_own_is_no_aside(run) -> None:  # type: ignore[no-untyped-def]
    # "I think it will be a mistake": the verb of believing has a complement of its own, so the if-clause is left as
    # it was read before (the consequence of the act judged), not taken as a prediction
    statement = statement_with(run(INTRO + 'Vost said: "If the council approves the new library, I think it will be '
                                   'a mistake."', question=APPROVE), "approves")
    assert statement.stance == "oppose", statement.stance_evidence
    assert not any("prediction" in e for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.xfail(strict=True, reason="'which I doubt' is read as the aside, but the clause's verb then reads as "
                   "negated by the relative clause on its object (polarity.py), so the clause counts nothing: neutral")
def test_a_relative_doubt_turns_the_clause(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + 'Vost said: "If the council approves the new library, which I doubt, the '
                                   'town will thank it."', question=APPROVE), "approves")
    assert statement.stance == "oppose", statement.stance_evidence
