"""A question that asks the order of two options (issue 9, session 35; judge/proposition_order.py, order.py): "Should the
city build the new library before the swimming pool?" keeps the pool as the other option, not a time bound; what a
statement puts first is its side. Invented questions and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
ORDER = "Should Harrowby build the new Quayside library before the Elm Street swimming pool?"


def test_an_order_of_two_things_keeps_the_other_option() -> None:
    prop = parse_proposition(ORDER)
    assert (prop.compared_with, prop.time_bound) == ("the Elm Street swimming pool", None)
    terms = terms_of(Question(text=ORDER, proposition=prop))
    assert terms.ordered and {"swimming", "pool"} <= terms.rival and "library" in terms.own_option
    assert "new" not in terms.own_option  # (its adjective is no name of it: the pool may be new too)


def test_a_number_in_the_other_options_name_is_no_figure() -> None:
    # "the Route 9 ferry pier": a number in a name, not a figure compared (terms._terms strips it, else no rival at all)
    question = "Should Harrowby build the new library before the Route 9 ferry pier?"
    terms = terms_of(Question(text=question, proposition=parse_proposition(question)))
    assert terms.ordered and {"ferry", "pier"} <= terms.rival and "library" in terms.own_option


@pytest.mark.parametrize(("question", "bound"), [
    # a time, an event, an accord or a ballot dates the act: a time bound, no option
    ("Should Harrowby repair the library before the summer?", "before the summer"),
    ("Will the Lennor Bridge reopen to traffic before the marathon?", "before the marathon"),
    ("Will the nurses be offered a new contract before the strike ballot?", "before the strike ballot"),
])
def test_a_time_or_event_after_before_is_a_time_bound(question: str, bound: str) -> None:
    prop = parse_proposition(question)
    assert (prop.compared_with, prop.time_bound) == ("", bound)


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Vord said the library had to come first.", "come first", "support"),
    ("Vord said the swimming pool should go first.", "go first", "oppose"),
    ("Vord said the council should put the pool first.", "put the pool first", "oppose"),
    ("Vord said the council should build the library before the pool.", "before the pool", "support"),
    ("Vord said the swimming pool should not go first.", "not go first", "support"),
    # praise of the other option said of it leans against the question's
    ("Vord said the swimming pool's drawings were ready.", "ready", "oppose"),
])
def test_what_a_statement_puts_first_is_its_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=ORDER), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Vord said the council should build the pool ahead of the library.", "ahead of the library", "oppose"),
    ("Vord said the council should build the library ahead of the pool.", "ahead of the pool", "support"),
])
def test_ahead_of_is_an_order(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """"ahead of" as "before", in the question and in what is said (the parse makes "ahead" an adverb, not a
    preposition: both red before session 35's review, the question read with no other option and both sentences as
    support for "build")."""
    question = "Should Harrowby build the new Quayside library ahead of the Elm Street swimming pool?"
    assert parse_proposition(question).compared_with == "the Elm Street swimming pool"
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_an_order_supposed_is_no_side_taken(run) -> None:  # type: ignore[no-untyped-def]
    """The same words said as the speaker's order are her side; inside an "if" that supposes them, with their outcome
    after, they are no side taken (so the test fails if either reading changes)."""
    said = statement_with(run(INTRO + "Vord said the council should put the library first.", question=ORDER),
                          "put the library first")
    assert any("option first" in e for e in said.stance_evidence), said.stance_evidence
    text = "Vord said that if the council put the library first, the pool would wait another ten years."
    statement = statement_with(run(INTRO + text, question=ORDER), "put the library first")
    assert not any("option first" in e for e in statement.stance_evidence)


# (passes since judge/rival_doer.py: the idiom's act in kin, another payer a rival doer)
def test_another_payer_named_opposes_an_idiom_of_paying(run) -> None:  # type: ignore[no-untyped-def]
    question = "Should ratepayers foot the bill for the Kelso Road pool repairs?"
    text = "Vord said the pool's private owners should pay for the repairs themselves."
    statement = statement_with(run(INTRO + text, question=question), "should pay")
    assert statement.stance == "oppose", statement.stance_evidence
