"""What a word is said of (issue 9, session 22). Under a question whose act takes its object away: a pronoun after a
preposition of place is a place or a holder, not the act ("the best building on it"), and a verb of naming says its
second complement of its object ("called the depot a disgrace"). And what a speaker will not let happen is denied
("will not let a quarrel sink the plan"). Invented sentences, the learned layer off so the rules answer.
"""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
DEPOT = "Will the council close the Harl Street bus depot?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "stance"), [
    # praise or blame of what the act takes away, with a pronoun of place in the clause (was read as said of the act)
    ('Voss said the depot was "the pride of the street and the best building on it".', "pride of the street", "oppose"),
    ('Voss said the depot still had "plenty of useful life in it".', "useful life", "oppose"),
    # a verb of naming: its second complement is said of its object, what the act takes away
    ('Voss called the depot "a disaster built on a bad survey".', "disaster", "support"),
])
def test_said_of_what_the_act_takes_away(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=DEPOT), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # counter-examples that keep their reading: the act named, a pronoun as the clause's subject, a state brought about
    ('Voss called the closure "a disgrace to the street".', "disgrace", "oppose"),
    ("Voss said the council could keep the depot open if the bus company paid the rent.", "keep the depot",
     "oppose"),
])
def test_said_of_the_act_keeps_its_sign(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=DEPOT), words)
    assert statement.stance == stance, statement.stance_evidence


HARBOUR = "Will the council approve the harbour plan?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # what a speaker will not let happen is denied: the complement of a negated verb of letting (read as said before)
    ("Voss said she would not let a quarrel over parking sink the harbour plan.", "sink", "support"),
    ("Voss said she would never let one objection kill the harbour plan.", "kill", "support"),
    ("Voss said she would not let the council approve the harbour plan in its present form.", "present form",
     "oppose"),
    # what is not made so: the small clause of a negated "make"
    ("Voss said a bigger budget would not make the harbour plan any better.", "any better", "oppose"),
    # counter-examples: letting and making, not negated
    ("Voss said the council would simply let the harbour plan fail.", "fail", "oppose"),
    ("Voss said a bigger budget would make the harbour plan better.", "plan better", "support"),
    pytest.param("Voss said no amount of money would make the harbour plan a good idea.", "good idea", "oppose",
                 marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                     reason="a negative subject ('no amount') of the causative is not "
                                                             "read into its small clause: support")),
])
def test_what_is_not_let_happen_is_denied(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=HARBOUR), words)
    assert statement.stance == stance, statement.stance_evidence
