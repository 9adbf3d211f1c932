"""How judge/proposition.py reads the question shapes of session 44's opened batches (issue 9), pinned on invented
questions: a modal of ability over a privative predicate with an event noun ("Can the club avoid relegation this
season?"), an intransitive phrasal outcome ("Will the fair sell out this year?"), a "should" of an institution dropping
its own procedure ("Should the college drop its aptitude test?")."""

from __future__ import annotations

from stancemap.judge.averted import averted_event
from stancemap.judge.proposition import parse_proposition
from stancemap.model import Question


def test_a_modal_of_ability_over_an_averted_event() -> None:
    prop = parse_proposition("Can Orlen Rovers avoid demotion this season?")
    assert (prop.predicate, prop.object_head, prop.modal, prop.time_bound) == ("avoid", "demotion", "can", "this season")
    assert prop.privative and {"orlen", "rovers"} <= set(prop.participants)
    # the averted event's verb and its direction (averted.py): "demote" = "assign to a lower position"
    event = averted_event(Question(text=prop.text, proposition=prop))
    assert event is not None and "demote" in event[0] and event[1] == ("down", "up")


def test_an_intransitive_phrasal_outcome() -> None:
    prop = parse_proposition("Will the Harlow fair sell out this year?")
    assert (prop.predicate, prop.object, prop.time_bound) == ("sell out", "", "this year")
    assert {"sell-out", "sellout"} <= set(prop.event) and not prop.privative
    assert "fair" in prop.things


def test_a_should_of_dropping_a_procedure() -> None:
    prop = parse_proposition("Should Brantmoor College drop its aptitude test?")
    assert (prop.predicate, prop.object_head, prop.modal) == ("drop", "test", "should")
    assert prop.privative and {"aptitude", "test"} <= set(prop.object_words)
    assert averted_event(Question(text=prop.text, proposition=prop)) is None  # a thing taken away, no event averted
