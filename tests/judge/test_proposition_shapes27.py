"""Question shapes of session 27 (evaluations argued through a verb or an adjective: tests/data/questions4.jsonl's
first contact), pinned on invented questions: sufficiency read through its act, a property's party hung on the
copula, a participle inside the subject, a progressive read as a participle."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "verb", "event", "thing"), [
    ("Is the harbour board doing enough to clear the silt from the channel?", "clear", "clear", "silt"),
    ("Are the Dunmore councillors doing enough to protect the old orchards?", "protect", "protection", "orchard"),
])
def test_doing_enough_is_read_through_its_act(question: str, verb: str, event: str, thing: str) -> None:
    # shown as a reader writes it ("do", "enough to ..."); the words stance is judged with are the infinitive's act and
    # what it is done to, not the light "do" (which named no event and no thing)
    prop = parse_proposition(question)
    assert prop.predicate == "do" and prop.object.startswith("enough to ")
    assert prop.verb == verb and event in prop.event and "do" not in prop.event
    assert thing in prop.things
    assert not prop.privative


def test_a_properties_party_hung_on_the_copula_is_the_propertys() -> None:
    # "to nurses" parsed on "is", not on "fair": whom the property is said to is part of what is asked
    prop = parse_proposition("Is the new harbour toll fair to nurses?")
    assert (prop.predicate, prop.object, prop.verb) == ("be", "fair to nurses", "be fair")
    assert "nurse" in prop.things and "unfair" in prop.opposites


def test_a_participle_inside_the_subject() -> None:
    # "released by the Dunmore police" modifies the figures; the question is whether they are accurate, not a passive
    prop = parse_proposition("Are the crime figures released by the Dunmore police accurate?")
    assert (prop.subject, prop.predicate, prop.object, prop.voice) == (
        "the crime figures released by the Dunmore police", "be", "accurate", "active")


@pytest.mark.parametrize(("question", "subject", "obj"), [
    ("Is the Kelvey quarry causing the cracks in the chapel walls?", "the Kelvey quarry", "the cracks in the chapel walls"),
    ("Is the Orrin paper mill causing the foam on the Tay Burn?", "the Orrin paper mill", "the foam on the Tay Burn"),
])
def test_a_progressive_read_as_a_participle(question: str, subject: str, obj: str) -> None:
    # "causing" parsed as a modifier of the subject's noun, a shorter subject then read with "is" its verb ("the Kelvey
    # quarry is ..." was read "the Kelvey is quarry ..."): the subject ends before the participle
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.voice) == (subject, "cause", obj, "active")
    assert "cause" in prop.event


def test_a_party_written_as_a_noun_compound_whose_first_word_is_a_verb() -> None:
    # read whole since session 45 (an infinitive after a property is the property's: test_proposition_shapes45.py); the
    # parser still makes "shift" a verb, whose words join the property's as a purpose's would
    prop = parse_proposition("Is the new harbour toll fair to shift workers?")
    assert (prop.predicate, prop.object) == ("be", "fair to shift workers")
