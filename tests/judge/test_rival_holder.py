"""The question's act or standing said of another name, and its standing said of its own subject (issue 9, session 41;
judge/rival_holder.py): under "Is X still the favourite to win Y?", "Z wins in straight sets" and "Z is the clear favourite"
oppose, "X is still the favourite" supports, "X is no longer the favourite" and "she is nobody's favourite" oppose.
Invented question and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Is Karin Holt still the favourite to win the Brask Open?"
TEXT = """The final of the Brask Open is on Saturday in Tolvik.

Pia Lund, a tennis writer, said: "Marta Oskar wins in straight sets."

Bookmaker Sven Dahl said Marta Oskar was the clear favourite now.

Lund said Karin Holt was still the favourite.

Dahl said Karin Holt was no longer the favourite.

Lund said: "She is nobody's favourite now."
"""


@pytest.mark.parametrize(("words", "stance"), [
    ("Marta Oskar wins in straight sets", "oppose"),  # the act of another name
    ("Marta Oskar was the clear favourite", "oppose"),  # the standing of another name
    ("Karin Holt was still the favourite", "support"),  # the standing of the question's subject
    ("Karin Holt was no longer the favourite", "oppose"),
    ("nobody's favourite", "oppose"),
])
def test_a_standing_said_of_whom(run, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_with(run(TEXT, QUESTION), words).stance == stance


GRANT = "Does the Liberty Party's victory give it a mandate to dissolve the Senate?"
GRANT_TEXT = """Parliament met in Corlan on Monday after the vote.

Dana Ferrow, who leads the Civic Bloc, said the narrow result was no mandate at all.

Marta Quell said: "This victory is a clear mandate."
"""


@pytest.mark.parametrize(("words", "stance"), [
    ("no mandate at all", "oppose"),  # the noun the question asks, denied
    ("a clear mandate", "support"),
])
def test_the_asked_noun_said_with_the_copula(run, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_with(run(GRANT_TEXT, GRANT), words).stance == stance
