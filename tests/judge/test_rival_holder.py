"""The question's act or standing said of another name, and its standing said of its own subject (issue 9, session 41;
judge/rival_holder.py): under "Is X still the favourite to win Y?", "Z wins in straight sets" and "Z is the firm favourite"
oppose, "X is still the favourite" supports, "X is no longer the favourite" and "she is nobody's favourite" oppose.
Invented question and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Is Ulmira Kestrane still the favourite to win the Haverbeck Open?"
TEXT = """The final of the Haverbeck Open is on Saturday in Drenwick.

Thessaly Grisby, a tennis writer, said: "Ivolga Sefton wins in straight sets."

Bookmaker Osgood Crumbold said Ivolga Sefton was the firm favourite now.

Grisby said Ulmira Kestrane was still the favourite.

Crumbold said Ulmira Kestrane was no longer the favourite.

Grisby said: "She is nobody's favourite now."
"""


@pytest.mark.parametrize(("words", "stance"), [
    ("Ivolga Sefton wins in straight sets", "oppose"),  # the act of another name
    ("Ivolga Sefton was the firm favourite", "oppose"),  # the standing of another name
    ("Ulmira Kestrane was still the favourite", "support"),  # the standing of the question's subject
    ("Ulmira Kestrane was no longer the favourite", "oppose"),
    ("nobody's favourite", "oppose"),
])
def test_a_standing_said_of_whom(run, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_with(run(TEXT, QUESTION), words).stance == stance


GRANT = "Does the Liberty Party's victory give it a mandate to dissolve the Senate?"
GRANT_TEXT = """Parliament met in Corlan on Monday after the vote.

Zadoc Pellory, who leads the Civic Bloc, said the narrow result was no mandate at all.

Aubrecht Hobbleford said: "This victory is a clear mandate."
"""


@pytest.mark.parametrize(("words", "stance"), [
    ("no mandate at all", "oppose"),  # the noun the question asks, denied
    ("a clear mandate", "support"),
])
def test_the_asked_noun_said_with_the_copula(run, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_with(run(GRANT_TEXT, GRANT), words).stance == stance
