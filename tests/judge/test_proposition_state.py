"""A state said with a preposition after the copula ("Is the economy in recession?", "Is the fund at risk of collapse?"):
the phrase is the question's complement and its noun the event (judge/proposition_state.py), and the event's noun said
of something by a copula asserts it (judge/said_state.py). Session 33; invented questions and sentences."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

SLUMP = "Is the Varnholt economy in recession?"
INTRO = "Councillor Mara Garwood of the Green Union spoke in Calde on Monday.\n\n"


@pytest.mark.parametrize(("question", "subject", "obj", "event"), [
    (SLUMP, "the Varnholt economy", "in recession", "recession"),
    # the parser hangs "in crisis" on the subject's noun: the subject ends before it
    ("Is the Tollan pension fund in crisis?", "the Tollan pension fund", "in crisis", "crisis"),
    ("Is the Brisk ferry company at risk of collapse?", "the Brisk ferry company", "at risk of collapse", "risk"),
    ("Are the Merrow dockers out of work?", "the Merrow dockers", "out of work", "work"),
])
def test_a_prepositional_state_is_the_complement(question: str, subject: str, obj: str, event: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object) == (subject, "be", obj), prop.reading
    assert event in prop.event and "be" not in prop.event, prop.event
    assert event not in prop.things


def test_the_subjects_names_anchor_a_state() -> None:
    """As a property's: the question is about its subject, whose names make a passage about it."""
    assert "varnholt" in parse_proposition(SLUMP).anchors


@pytest.mark.parametrize("question", [
    "Is the Orsk lifeboat in the harbour?",  # a place: where it is, not a state
    "Is the Kell council vote in May?",  # a time
])
def test_a_place_or_a_time_is_no_state(question: str) -> None:
    prop = parse_proposition(question)
    assert prop.object == "" and prop.event == ["be"], prop.reading


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said the Varnholt economy was in recession.", "was in recession", "support"),
    ("Garwood said the Varnholt economy was not in recession.", "not in recession", "oppose"),
    ("Garwood said the slowdown was a recession.", "was a recession", "support"),
    ("Garwood said the slowdown was a soft patch, not a recession.", "soft patch", "oppose"),
    ("Garwood said that from the shop floor it looked like a recession.", "looked like", "support"),
])
def test_stance_on_a_state_said_of_it(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=SLUMP), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_state_only_asked_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """"whether the economy was in recession": asked, not said (said_state.py)."""
    text = "Garwood said the question of whether the economy was in recession was one for the statisticians."
    statement = statement_with(run(INTRO + text, question=SLUMP), "whether")
    assert not any("said of it" in line for line in statement.stance_evidence), statement.stance_evidence


def test_a_state_said_with_a_stance_word_in_its_relative_clause(run) -> None:  # type: ignore[no-untyped-def]
    """The state said is read before the stance words ("-reluctant" read oppose when they came first: stance.py)."""
    text = "Garwood said the Varnholt economy was already in a recession the ministers were reluctant to name."
    statement = statement_with(run(INTRO + text, question=SLUMP), "reluctant")
    assert statement.stance == "support", statement.stance_evidence


FROST = "Is there a firewood shortage in Vell?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said there was a firewood shortage in Vell.", "was a firewood shortage", "support"),
    ("Garwood said: \"There is no firewood shortage in Vell. There is waste.\"", "no firewood shortage", "oppose"),
    ("Garwood said the cold snap was a shortage in all but name.", "in all but name", "support"),
])
def test_stance_on_what_is_said_to_be_there(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """An existential question ("Is there a shortage ...?": no subject, what is there the object) is answered by the
    noun said to be there or not, as a state said after the copula is (said_state.asks_a_state)."""
    statement = statement_with(run(INTRO + text, question=FROST), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_strike_said_to_come_answers_will_there_be_one(run) -> None:  # type: ignore[no-untyped-def]
    """"Will there be a strike ...?": "there will be no strike" denies it (said_state.asks_a_state)."""
    analysis = run(INTRO + "Garwood said there would be no strike at the Tollan depot.",
                   question="Will there be a strike at the Tollan depot?")
    statement = statement_with(analysis, "no strike")
    assert statement.stance == "oppose", statement.stance_evidence
