"""An article that names the question's subject by name but nothing else of the question (no word of its act, object
or opposite) is still about the question (judge/article.py `_named_subject`, session 34): a club's press conference
under a question on its survival that never says "relegation" nor the league's name was judged about nothing, every
statement None. Invented articles; the rules alone (the learned layer reads silent statements too)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Will Hollin Rovers avoid relegation from the Eastern League this season?"
CLUB = ("{club} manager Dana Pike spoke to reporters at the training ground on Friday.\n\n"
        "\"We have six games left and the lads are training well,\" Pike said.\n\n"
        "{club} play their next match at home on Saturday.\n\n")


def test_a_subject_named_once_in_passing_is_not_enough(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Hollin Rovers manager Dana Pike spoke to reporters at the training ground on Friday.\n\n"
            "\"We have six games left and the lads are training well,\" Pike said.\n\n")
    assert statement_with(run(text, QUESTION), "six games left").stance is None


def test_an_article_naming_only_the_subject_is_about_the_question(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(CLUB.format(club="Hollin Rovers"), QUESTION)
    assert statement_with(analysis, "six games left").stance == "neutral"


def test_an_article_naming_another_club_stays_about_nothing(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(CLUB.format(club="Marsh Town"), QUESTION)
    assert statement_with(analysis, "six games left").stance is None

