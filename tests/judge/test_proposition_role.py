"""A standing, a grant and a sufficiency whose act is an infinitive (issue 9, session 41; judge/proposition_role.py):
"Is X still the favourite to win Y?", "Does the win give X a mandate to Y?", "Is X warm enough to paddle in?".
Invented questions."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "words", "subject_names"), [
    ("Is Ulmira Kestrane still the favourite to win the Haverbeck Open?", {"favourite", "win", "winner"}, {"ulmira", "kestrane"}),
    ("Is Thessaly Vornholm still the front-runner to win the Vell Prize?", {"front-runner", "win"}, {"vornholm"}),
    ("Is the Orla Vance team still the favourite to take the Kesten Cup?", {"favourite", "take"}, {"vance"}),
])
def test_a_standing_for_an_act_is_its_noun_and_act(question: str, words: set[str], subject_names: set[str]) -> None:
    prop = parse_proposition(question)
    assert words <= set(prop.event), prop.event
    assert "be" not in prop.event  # no "is" or "was" of any sentence speaks of it
    assert subject_names <= set(prop.anchors), prop.anchors  # the question is about its subject


def test_a_qualified_noun_is_judged_by_its_adjective() -> None:
    prop = parse_proposition("Is Mirela Dask the best candidate to lead the Harbour Alliance?")
    assert "candidate" not in prop.event and "lead" in prop.event and "be" not in prop.event


@pytest.mark.parametrize(("question", "words", "verb"), [
    ("Does the Harbour League's landslide give it a mandate to close the Marrow Bridge?", {"mandate", "close"}, "give"),
    ("Will the tribunal's ruling grant the porters the right to strike?", {"right", "strike"}, "grant"),
])
def test_a_grant_for_an_act_is_its_noun_and_act(question: str, words: set[str], verb: str) -> None:
    prop = parse_proposition(question)
    assert words <= set(prop.event), prop.event
    assert verb not in prop.event  # "the attention they give a visitor" is no grant


@pytest.mark.parametrize(("question", "own", "purpose"), [
    ("Is the Tollen Canal clean enough to bathe in this summer?", "clean", {"bathe", "bather"}),
    ("Is the ice on Lake Orvel thick enough to skate on?", "thick", {"skate", "skater"}),
])
def test_a_sufficiency_for_a_purpose_reads_the_purpose(question: str, own: str, purpose: set[str]) -> None:
    prop = parse_proposition(question)
    assert own in prop.event and purpose <= set(prop.event), prop.event


def test_a_property_with_no_degree_keeps_its_own_words() -> None:
    prop = parse_proposition("Is Corin Vale fit to lead the Harbour Party?")  # no "enough": "lead" is not asked
    assert "fit" in prop.event and "lead" not in prop.event
