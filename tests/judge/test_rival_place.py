"""The question's act said at another place (issue 9, session 37; judge/rival_place.py), a permission refused, and the act
not done told in the past perfect (polarity.py `_past_perfect`): under "Should the council let
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


def test_a_refusal_of_the_permission_opposes(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Vord said a refusal was the only sensible outcome for the scheme.", question=LET),
                               "refusal was the only")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "negated"), [
    # what had not been done by then is narrated: no side (judge/polarity.py `_past_perfect`)
    ("Vord said the borough had built almost nothing that young families could buy in a decade.", "had built", False),
    # said now, the act denied is a side
    ("Vord said Castlegate should not build anything at all.", "should not build", True),
])
def test_the_act_not_done_told_in_the_past_perfect_takes_no_side(text: str, words: str, negated: bool,
                                                                  run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LET), words)
    assert any(e.startswith("-not buil") for e in statement.stance_evidence) == negated, statement.stance_evidence


@pytest.mark.xfail(strict=True, reason="a pro-form place ('there') is not resolved to the place the sentence before names")
def test_another_place_said_by_there(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vord said: 'The old gasworks site has stood empty for years. Build there first.'"
    statement = statement_with(run(text, question=LET), "Build there first")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.xfail(strict=True, reason="a comparative of the subject's measure ('cheaper', 'dearer') is no word of a rise")
def test_a_rise_denied_by_a_comparative(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vord said bread in Tolvany would be cheaper by February."
    statement = statement_with(run(text, question="Will bread prices in Tolvany keep rising through the winter?"),
                               "would be cheaper")
    assert statement.stance == "oppose", statement.stance_evidence
