"""The question's act said at another place (issue 9, session 37; judge/rival_place.py): under "Should the council let
the developer build homes on the common?", "build on the old gasworks instead" says not on the common. Invented
questions and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Brenholt on Tuesday.\n\n"
LET = "Should Brenholt council let Castlegate Estates build 300 flats on Hollin Common?"


@pytest.mark.parametrize(("text", "words"), [
    ("Vord said Castlegate should build on the old gasworks site instead.", "should build"),
    ("Vord said she wanted the flats built but on land behind the station.", "wanted the flats built"),
])
def test_the_act_at_another_place_opposes(text: str, words: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LET), words)
    assert statement.stance == "oppose", statement.stance_evidence
    assert any("at another place" in e for e in statement.stance_evidence)


@pytest.mark.parametrize(("text", "words"), [
    ("Vord said Castlegate should build the flats on Hollin Common as planned.", "should build"),  # the question's place
    ("Vord said Castlegate should build on the goodwill the plan has won.", "should build"),  # no place
    ("Vord said Castlegate should build in spring, not in winter.", "should build"),  # a time
])
def test_the_questions_own_place_or_no_place_is_no_rival(text: str, words: str, run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LET), words)
    assert not any("at another place" in e for e in statement.stance_evidence), statement.stance_evidence
