"""Questions whose act is not the verb the parser makes the root (issue 9, session 37; judge/proposition.py `_aspectual`,
proposition_permitted.py): an aspectual "keep rising", a causative of permission "let X build", an entitlement "be
entitled to". Invented questions."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "predicate", "event", "opposite"), [
    ("Will bread prices in Tolvany keep rising through the winter?", "rise", "rise", "fall"),
    ("Will rents in Marsby keep on climbing this year?", "climb", "climb", None),
    ("Is inflation in Orland going to keep falling?", "fall", "fall", "rise"),
])
def test_an_aspectual_keep_asks_the_gerunds_act(question: str, predicate: str, event: str, opposite: str | None) -> None:
    prop = parse_proposition(question)
    assert prop.predicate == predicate and event in prop.event and "keep" not in prop.event
    assert opposite is None or opposite in prop.opposites


@pytest.mark.parametrize(("question", "words", "not_words"), [
    # the sense whose gloss names the subject: "increase in value ...; 'prices climbed steeply'"
    ("Will house prices in Marsby rise this year?", {"climb", "go up"}, set()),
    ("Will bread prices in Tolvany keep rising through the winter?", {"climb", "go up"}, set()),
    # no sense names the subject: the verb's own words only
    ("Will the Orland river rise this spring?", set(), {"climb", "go up"}),
])
def test_an_act_in_the_sense_its_subject_names(question: str, words: set[str], not_words: set[str]) -> None:
    event = set(parse_proposition(question).event)
    assert words <= event and not (not_words & event)


def test_keep_with_an_object_is_a_retention() -> None:
    prop = parse_proposition("Should the Ferrow league keep the video referee?")
    assert prop.predicate == "keep" and prop.object == "the video referee"


@pytest.mark.parametrize("question", [
    "Should Brenholt council let Castlegate Estates build 300 flats on Hollin Common?",
    "Should Brenholt council allow Castlegate Estates to build 300 flats on Hollin Common?",
])
def test_a_permitted_act_is_read_with_the_permission(question: str) -> None:
    prop = parse_proposition(question)
    assert prop.subject == "Brenholt council" and prop.predicate in {"let", "allow"}
    assert {"build", "building"} <= set(prop.event) and prop.predicate in prop.event
    assert "flat" in prop.things and prop.object_head == "flat"
    assert "castlegate" in prop.anchors  # the permitted doer's name makes a passage about the question
    assert prop.object.startswith("Castlegate Estates") and prop.object.endswith("on Hollin Common")
    assert prop.place == "Hollin Common"
    assert {"refuse", "refusal", "turn down"} <= set(prop.opposites)  # a permission is answered no by its refusal


@pytest.mark.parametrize(("question", "place"), [
    ("Should the club build a new stand at Ferris Park?", "Ferris Park"),
    ("Will the council open a library on the old mill site?", "the old mill site"),
    ("Will Sennholt default on its bonds?", ""),  # no place: what the act bears on
    ("Will Varrow hold a vote on independence?", ""),
    ("Will the city cap rents at five percent?", ""),
    ("Will the ministry lift the ban on trawling in the Keld Sound?", ""),  # a place inside what is lifted
])
def test_the_place_an_act_is_done_at(question: str, place: str) -> None:
    assert parse_proposition(question).place == place


def test_an_entitlement_is_a_property_with_what_it_is_to() -> None:
    prop = parse_proposition("Are the residents of Tarn Court entitled to compensation for the flooding of their homes?")
    assert (prop.subject, prop.predicate) == ("the residents of Tarn Court", "be entitled to")
    assert prop.object == "compensation for the flooding of their homes" and prop.voice == "active"
    assert prop.verb == "be entitled"  # looked up as the property, written with its "to"
    assert {"entitled", "compensation", "compensate"} <= set(prop.event)
    assert "flooding" not in prop.things and "home" not in prop.things  # the claim's ground is not what is claimed
    assert "tarn" in prop.anchors


@pytest.mark.parametrize(("question", "predicate"), [
    ("Should the residents of Tarn Court be compensated for the flooding?", "compensate"),  # "for" says why
    ("Will the Port of Kellin be sold to a foreign buyer?", "sell"),  # a thing given, no holder of a right
    ("Will the Keld bridge be closed to lorries?", "close"),  # taking away: the act asked
])
def test_a_passive_that_holds_no_right_stays_the_act(question: str, predicate: str) -> None:
    prop = parse_proposition(question)
    assert prop.predicate == predicate and prop.voice == "passive"
