"""The question's parse of two shapes (issue 9, session 30): an adjectival participle with a preposition after "be"
("be binding on parliament": a property, not the act "bind" with "on parliament" its object) and a passive verb of
bringing about a state said by an adjective ("be made permanent": the state is the proposition, its WordNet opposites
the opposites). Every name here is invented."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "obj", "thing"), [
    ("Should the outcome of the Velmark plebiscite on the new port be binding on the city council?",
     "binding on the city council", "council"),
    ("Is the Harlow tribunal's ruling binding on the regional health boards?", "binding on the regional health boards",
     "board"),
])
def test_an_adjectival_participle_with_a_preposition(question: str, obj: str, thing: str) -> None:
    prop = parse_proposition(question)
    # a property as "safe for children" is: the copula, the complement with its preposition and the party bound
    assert (prop.predicate, prop.object, prop.verb) == ("be", obj, "be binding")
    assert thing in prop.things
    assert {"binding", "bind"} <= set(prop.event)
    assert "invalid" in prop.opposites  # WordNet files "binding" under "valid"


@pytest.mark.parametrize("question", [
    # a participle with an object or a clause stays the verb asked about
    "Is the Velmark port authority misleading its tenants?",
    "Is the Harlow council going to close the depot?",
])
def test_a_progressive_with_an_object_stays_a_verb(question: str) -> None:
    assert parse_proposition(question).predicate != "be"


@pytest.mark.parametrize(("question", "predicate", "obj", "state", "opposite"), [
    ("Should the Tarrow council's temporary bus gates be made permanent?", "make permanent",
     "the Tarrow council's temporary bus gates", "permanent", "temporary"),
    ("Should the Velmark harbour toll be declared void?", "declare void", "the Velmark harbour toll", "void", "valid"),
    ("Should the Harlow night market be kept open?", "keep open", "the Harlow night market", "open", "closed"),
])
def test_a_state_brought_about_in_the_passive(question: str, predicate: str, obj: str, state: str, opposite: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object, prop.voice) == (predicate, obj, "passive")
    # the state among the event words, its opposite among the opposites
    assert state in prop.event
    assert opposite in prop.opposites and opposite not in prop.event


def test_the_active_result_keeps_its_reading() -> None:
    # the active "make X compulsory" is read as before (tests/judge/test_proposition_shapes26.py)
    prop = parse_proposition("Will the Oskvale board make the flu jab compulsory for nurses?")
    assert (prop.predicate, prop.object, prop.voice) == ("make", "the flu jab", "active")
    # its state's words are the terms' all the same
    assert "compulsory" in prop.event and "optional" in prop.opposites


def test_a_hyphened_state_is_not_read_by_its_last_word() -> None:
    # "car-free" is tokenised "car", "-", "free": "free" and its opposites ("bound", "dependent") are no terms of it
    prop = parse_proposition("Will the Tressel council make its market square car-free?")
    assert "free" not in prop.event and "dependent" not in prop.opposites


@pytest.mark.parametrize(("phrase", "state", "shown"), [
    # the state the question asks for is no word of the thing's name: "Will the Mill Street gate be made permanent?"
    ("the permanent Mill Street gate", "permanent", "the Mill Street gate"),
    ("a Permanent Mill Street gate", "permanent", "a Mill Street gate"),
    # another state, or the state as the name's head, stays
    ("the temporary Mill Street gate", "permanent", "the temporary Mill Street gate"),
    ("the open", "open", "the open"),
])
def test_question_a_state_asked_is_not_in_the_things_name(phrase: str, state: str, shown: str) -> None:
    # q_permanent proposed "Will the permanent Quarry Road lane be made permanent?" (the state a name of the lane)
    from stancemap.question_act import without_word

    assert without_word(phrase, state) == shown
