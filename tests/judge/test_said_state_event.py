"""A phrasal predicate's own noun said of the question's thing by a copula (issue 9, session 44;
judge/said_state.event_noun_said), pinned on invented questions and sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Brin Haskell of the Moor Party spoke in Tarnley on Tuesday.\n\n"
FAIR = "Will the Harlow fair sell out this year?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Haskell said the fair was never going to be a sell-out at those prices.", "sell-out", "oppose"),
    ("Haskell said the fair will be a sell-out.", "sell-out", "support"),
    ("Haskell said it would be a sellout by June.", "sellout", "support"),
])
def test_the_act_s_own_noun_said_of_it(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Before: neutral (the act's noun is a word of the question, no stance word)."""
    statement = statement_with(run(INTRO + text, question=FAIR), words)
    assert statement.stance == stance, statement.stance_evidence


def test_the_noun_of_another_thing_or_asked_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """A sell-out said of something else, or asked whether, says nothing of the question's act."""
    other = statement_with(run(INTRO + "Haskell said the merger was a sell-out of the workers.", question=FAIR), "sell-out")
    assert not any("own noun" in line for line in other.stance_evidence), other.stance_evidence
    asked = statement_with(run(INTRO + "Haskell asked whether it would be a sell-out.", question=FAIR), "sell-out")
    assert not any("own noun" in line for line in asked.stance_evidence), asked.stance_evidence
