"""An act denied in the past perfect (judge/polarity.py, Terms.done_asked; issue 9, session 43): under a question of what
has been done ("Has X built the pool?") "he said the council had not built the pool" is the reported denial of it, against;
under a question of what is to come it is narrated, no side either way. Invented sentences, the learned layer off so the
rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"


@pytest.mark.parametrize(("question", "done"), [
    ("Has Ferrow council closed the Denholt swimming pool?", True),
    ("Did the Denholt mayor know about the contract?", True),
    ("Will Ferrow council close the Denholt swimming pool?", False),
    ("Should Ferrow council close the Denholt swimming pool?", False),
])
def test_a_question_of_an_act_done(question: str, done: bool) -> None:
    assert terms_of(Question(text=question, proposition=parse_proposition(question))).done_asked is done


def test_the_act_denied_in_the_past_perfect_under_a_question_of_the_act_done(run) -> None:  # type: ignore[no-untyped-def]
    question = "Has Ferrow council built the new Denholt swimming pool?"
    text = "Voss said the council had not built the new Denholt swimming pool, whatever the posters claimed."
    statement = statement_with(run(INTRO + text, question=question), "had not built")
    assert statement.stance == "oppose", statement.stance_evidence


def test_the_act_denied_in_the_past_perfect_under_a_question_of_what_is_to_come(run) -> None:  # type: ignore[no-untyped-def]
    # narrated: no side, and no "+built" (nor "-not built") for it either (before session 43 it read as the act asserted)
    question = "Will Ferrow council build a new swimming pool in Denholt?"
    text = "Voss said the council had not built a single pool in Denholt in forty years."
    statement = statement_with(run(INTRO + text, question=question), "had not built")
    assert not any(e.startswith(("+buil", "-not buil")) for e in statement.stance_evidence), statement.stance_evidence
