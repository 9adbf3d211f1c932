"""If-clauses and free relatives that set no condition on a side, and a fronted "without" on what will follow (issue 9,
session 30: judge/conditions_apart.py's concession, requirements._whatever and undecided._any_outcome, if_idioms's
analogy and emphatic "if anyone", conditions._without). Invented sentences about a library."""

from __future__ import annotations

import pytest

from .conftest import statement_with

LIBRARY = "Will the council approve the new library?"
INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "clause"), [
    ('"The library will pay for itself," Vost said. "Even if the grant is left out, the library will pay for itself."',
     "Even if the grant", "the grant is left out"),
    ("Vost said the library would pay for itself even if the grant was left out.", "pay for itself", "grant was left out"),
])
def test_a_concession_is_no_condition(run, text: str, words: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any(clause in c for c in statement.conditions), statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


def test_a_condition_without_even_stays(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vost said her group would back the library if the grant was confirmed."
    statement = statement_with(run(text, question=LIBRARY), "back the library")
    assert any("grant was confirmed" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "We will accept whatever the council decides on the library."', "whatever the council decides"),
    ('Vost said the group "will support whatever decision the council reaches on the library tomorrow".',
     "whatever decision"),
])
def test_whatever_is_decided_sets_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance in {None, "neutral"}, statement.stance_evidence


def test_whatever_others_decide_defied_keeps_the_side(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vost said the council would approve the library as planned, whatever the traders decide."
    statement = statement_with(run(text, question=LIBRARY), "as planned")
    assert statement.stance == "support", statement.stance_evidence
    # (parsed with "decide" under "make": the comma sets the free relative off)
    text = INTRO + "Vost said the city would make the old town car-free as planned, whatever the traders decide."
    statement = statement_with(run(text, question="Will the city make the old town car-free?"), "as planned")
    assert statement.stance == "support", statement.stance_evidence


def test_whatever_meets_a_test_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said the group "will back whatever library plan the inspectors say is safe".'
    statement = statement_with(run(text, question=LIBRARY), "whatever")
    assert any("inspectors say is safe" in c for c in statement.conditions), statement.conditions


def test_an_analogy_is_no_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"The mayor hid the library costs," Vost said. "If a factory did that, the council would prosecute it."'
    statement = statement_with(run(text, question=LIBRARY), "If a factory")
    assert not any("factory did that" in c for c in statement.conditions), statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


@pytest.mark.parametrize("text", [
    # a named doer, or a deed other than the one talked of: a condition
    'Vost said: "If the council did that, we would back the library."',
    'Vost said: "If a judge approves the plan, we will back the library."',
])
def test_no_analogy_here(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "If ")
    assert statement.conditions, statement.stance_evidence


def test_an_emphatic_if_anyone(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "The library is late. If anyone signed off on the delay, it was the mayor."'
    statement = statement_with(run(text, question=LIBRARY), "If anyone")
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


def test_if_anyone_with_a_side_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "If anyone can show me a better site, I will back the library."'
    statement = statement_with(run(text, question=LIBRARY), "If anyone")
    assert any("better site" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "condition"), [
    ("Vost said: \"Without a hard cap on costs, this library will swallow the roads budget whole.\"",
     "Without a hard cap", "hard cap"),
    ("Vost said that without a reading room the union would campaign for the old building instead.",
     "campaign for the old", "reading room"),
])
def test_without_on_what_will_follow(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(condition in c for c in statement.conditions), statement.conditions


def test_without_the_questions_own_thing_stays_an_argument(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "Without the library, the children will have nowhere to study."'
    statement = statement_with(run(text, question=LIBRARY), "Without the library")
    assert not any("Without the library" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "clause"), [
    ('Vost said: "The mayor can hide behind the library plan if she likes. The council deserves the truth."',
     "if she likes", "if she likes"),
    ('Vost said: "If you asked me to bet, I would bet that the council approves the library."', "I would bet",
     "asked me to bet"),
])
def test_leave_given_and_an_opinion_owned(run, text: str, words: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any(clause in c for c in statement.conditions), statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


def test_a_wish_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "If the families want it, we will back the library."'
    statement = statement_with(run(text, question=LIBRARY), "we will back")
    assert any("families want it" in c for c in statement.conditions), statement.conditions


def test_a_double_negation_affirms(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "We are very close to a library deal. I would not be here if we were not."'
    statement = statement_with(run(text, question=LIBRARY), "would not be here")
    assert not statement.conditions, statement.conditions


def test_a_refusal_on_a_negated_term_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "We would not back the library if the grant was not confirmed."'
    statement = statement_with(run(text, question=LIBRARY), "would not back")
    assert any("grant was not confirmed" in c for c in statement.conditions), statement.conditions



@pytest.mark.parametrize(("text", "words", "clause"), [
    ('Vost said: "If this council has any sense left, it will scrap the library on May 20."', "any sense", "any sense"),
    ("Vost said the board had no choice but to scrap the library if it took its own findings seriously.", "no choice",
     "findings seriously"),
])
def test_a_partys_good_faith_is_no_condition(run, text: str, words: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question="Will the council scrap the new library?"), words)
    assert not any(clause in c for c in statement.conditions), statement.conditions


def test_a_things_gravity_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "If the risk is serious, we will back scrapping the library."'
    statement = statement_with(run(text, question="Will the council scrap the new library?"), "risk is serious")
    assert any("risk is serious" in c for c in statement.conditions), statement.conditions


# Review of session 30: the shapes above on sentences of other shapes than they were written for.
@pytest.mark.parametrize("text", [
    'Vost said: "If they are serious, we will back the library."',
    'Vost said: "If they mean it, our group will support the new library."',
])
def test_good_faith_of_another_stays_a_condition(run, text: str) -> None:  # type: ignore[no-untyped-def]
    # (the speaker's own side held on another party's good faith: a term, not a demand of that party)
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert statement.conditions, statement.stance_evidence


def test_a_wish_with_its_object_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "We will back the library if they like it."'
    statement = statement_with(run(text, question=LIBRARY), "back the library")
    assert any("like it" in c for c in statement.conditions), statement.conditions


def test_a_double_negation_of_a_course_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said: "We would not go ahead with the library if the grant were not confirmed."'
    statement = statement_with(run(text, question=LIBRARY), "go ahead")
    assert any("grant were not confirmed" in c for c in statement.conditions), statement.conditions


def test_without_what_follows_anyway(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vost said: \"Without the mayor's support, the council will approve the library anyway.\""
    statement = statement_with(run(text, question=LIBRARY), "anyway")
    assert not statement.conditions, statement.conditions
