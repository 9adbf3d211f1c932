"""A phrasal question's verb said with its particle is about the question (issue 9, session 44; stance._phrasal), pinned
on an invented question and sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Brin Haskell of the Moor Party spoke in Tarnley on Tuesday.\n\n"
FAIR = "Will the Harlow fair sell out this year?"


def test_the_phrasal_verb_alone_is_about_the_question(run) -> None:  # type: ignore[no-untyped-def]
    """Before: no stance (the topic holds "sell out", not "sell"; nothing else names the question)."""
    statement = statement_with(run(INTRO + '"The whole lot sells out within a week," Haskell said.', question=FAIR),
                               "sells out")
    assert statement.stance == "support", statement.stance_evidence


def test_the_verb_with_another_particle_is_not(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + '"They sell on the tickets by Friday," Haskell said.', question=FAIR), "sell on")
    assert statement.stance is None, statement.stance_evidence
