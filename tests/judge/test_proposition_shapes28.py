"""Question shapes of session 28 (tests/data/questions5.jsonl's first contact: comparisons, excess, deception, capacity,
consequences, necessity), pinned on invented questions: a clause as the object, a gerund as the subject, "too far" /
"far enough" in the predicate, a place closing the question after the object."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "verb", "obj", "thing"), [
    ("Did the Brackwell dairy know the milk was contaminated?", "know", "the milk was contaminated", "milk"),
    ("Did the landlord realise that the stairwell was unsafe?", "realise", "that the stairwell was unsafe", "stairwell"),
    ("Can the Wrayburn trust afford to repair the chapel roof?", "afford", "to repair the chapel roof", "roof"),
])
def test_a_clause_as_the_object(question: str, verb: str, obj: str, thing: str) -> None:
    # a verb with no noun object whose object is a clause: the clause shown, its nouns things; the act stays the verb's
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object, prop.voice) == (verb, obj, "active")
    assert thing in prop.things and not prop.privative


def test_an_intending_verb_is_still_read_through_its_act() -> None:
    # the clause is only the object of a verb not read through its infinitive before ("plan to close": "close")
    prop = parse_proposition("Does the Wrayburn trust plan to close the chapel?")
    assert (prop.predicate, prop.object, prop.privative) == ("close", "the chapel", True)


@pytest.mark.parametrize(("question", "subject", "predicate", "obj"), [
    ("Will closing the Dern library save money?", "closing the Dern library", "save", "money"),
    ("Would banning lorries from the high street hurt its shops?", "banning lorries from the high street", "hurt",
     "its shops"),
])
def test_a_gerund_as_the_subject(question: str, subject: str, predicate: str, obj: str) -> None:
    # the opening modal's verb read as the gerund ("Will closing ..."): a modal's verb is its bare form, so the
    # statement is read again with the gerund's clause as its subject, and the privative gerund is not the act
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object) == (subject, predicate, obj)
    assert not prop.privative


@pytest.mark.parametrize(("question", "predicate", "obj"), [
    ("Has the regulator gone too far with its fines on small brewers?", "go too far with", "its fines on small brewers"),
    ("Does the Velm housing bill go far enough?", "go far enough", ""),
])
def test_going_too_far_is_the_predicate(question: str, predicate: str, obj: str) -> None:
    # excess and sufficiency said by "too far" / "far enough": in the predicate as a reader writes it
    prop = parse_proposition(question)
    assert (prop.predicate, prop.object) == (predicate, obj)
    assert prop.verb == "go"


@pytest.mark.parametrize(("question", "obj"), [
    ("Will the board shut two depots in the north?", "two depots in the north"),
    ("Should the council build a skate park in Brockwell?", "a skate park in Brockwell"),
])
def test_a_place_after_the_object_is_the_objects(question: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert prop.object == obj


def test_a_time_after_the_object_is_no_place() -> None:
    prop = parse_proposition("Will the board shut two depots in March?")
    assert prop.object == "two depots" and prop.time_bound == "in March"
