"""A question of handing something on (issue 9, session 38; judge/proposition_handed.py, proposition.py `_join_handed`):
"pass on X to Y" is parsed with "on" a preposition; read as the particle of a WordNet verb of transferring, its object
the whole noun phrase, a change in an amount the act's own word, the recipient a thing. Invented questions and
sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

PASS_ON = "Will Corla Power pass on the fall in coal prices to its households?"


@pytest.mark.parametrize(("question", "obj"), [
    (PASS_ON, "the fall in coal prices"),  # the "in" phrase hung on the verb by the parser
    ("Will the landlord pass on the cost of the repairs to tenants?", "the cost of the repairs"),
    ("Will the airline pass on the rise in fuel costs?", "the rise in fuel costs"),  # no recipient
])
def test_pass_on_is_read_with_its_particle(question: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object) == ("pass on", obj), prop.reading


def test_a_cut_passed_on_is_no_law_passed() -> None:
    prop = parse_proposition(PASS_ON)
    assert not {"enact", "adopt", "law", "approve"} & set(prop.event), prop.event
    assert "pass" in prop.event  # the verb said apart from its particle ("passed it on")
    assert "household" in prop.things  # whom it is handed to
    assert {"corla", "power"} <= set(prop.anchors)  # who hands it on


@pytest.mark.parametrize(("question", "change"), [
    (PASS_ON, "fall"),
    ("Will the airline pass on the rise in fuel costs?", "rise"),
])
def test_a_change_in_an_amount_handed_on_is_the_acts_word(question: str, change: str) -> None:
    assert change in parse_proposition(question).event


def test_no_change_in_an_amount_no_word_of_the_act() -> None:
    assert "cost" not in parse_proposition("Will the landlord pass on the cost of the repairs to tenants?").event


@pytest.mark.parametrize(("question", "predicate"), [
    ("Will Harlow default on its bonds?", "default on"),  # "default on": no transfer, its verb alone as before
    ("Will the council rely on the reserve fund?", "rely on"),
])
def test_an_on_of_no_transfer_keeps_its_reading(question: str, predicate: str) -> None:
    prop = parse_proposition(question)
    assert prop.predicate == predicate and prop.verb == predicate.split()[0], prop.reading


@pytest.mark.usefixtures("rules_alone")
def test_the_change_said_by_its_verb_supports(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Corla Power announced its results in Westhaven on Monday.\n\n"
            "Corla Power said it will cut its standard tariff by 6% from June 1.")
    question = "Will Corla Power pass on the cut in coal prices to its households?"
    statement = statement_with(run(text, question=question), "will cut its standard tariff")
    assert statement.stance == "support", statement.stance_evidence
