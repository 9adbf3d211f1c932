"""Conditions as spans and normalized phrases."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "condition", "kind"), [
    ("Marsh said Osterland would join the Pact only after the war ends.", "would join", "only after the war ends",
     "after"),
    ("Marsh said Osterland would not join until the fighting stops.", "would not join", "until the fighting stops",
     "until"),
    ("Marsh said Osterland would join once the reforms are complete.", "would join", "once the reforms are complete",
     "once"),
    ("Marsh said the country would join if voters approve it in a referendum.", "would join",
     "if voters approve it in a referendum", "if"),
    ("Marsh said the country must first carry out reforms of its courts.", "must first carry out",
     "must first carry out reforms of its courts", "must first"),
    ("Marsh said Osterland could join on condition that the border is settled.", "could join",
     "condition that the border is settled", "depends on"),
    ("Marsh said Osterland would back the plan provided that observers are deployed.", "would back the plan",
     "provided that observers are deployed", "provided"),
    ("Marsh said Osterland had to settle the dispute before it can join the bloc.", "settle the dispute",
     "before it can join the bloc", "before"),
    ("Marsh said Osterland should not join while foreign troops remain on its soil.", "should not join",
     "while foreign troops remain on its soil", "while"),
    ('Marsh said that without a ceasefire there would be no invitation to join the Pact.', "no invitation",
     "without a ceasefire", "requires"),
])
def test_conditions_markers(run, text: str, words: str, condition: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text), words)
    assert any(condition in c for c in statement.conditions), statement.conditions
    assert any(n.startswith(kind + ":") for n in statement.conditions_normalized), statement.conditions_normalized


def test_conditions_stated_in_the_next_sentence(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + ("Marsh said Osterland would support an invitation. That support, she added, would come only "
                    "after the fighting ends.")
    statement = statement_with(run(text), "would support an invitation")
    assert any("after the fighting ends" in c for c in statement.conditions)
    assert statement.stance == "conditional"


@pytest.mark.parametrize("text", [
    "Marsh said the talks resumed after the holiday.",
    "Marsh said the country would apply, while her deputy said the talks were slow.",
    "Marsh said that if anyone believes the country will give up, they are wrong.",
])
def test_conditions_not_every_clause_is_one(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert all(not s.conditions for s in analysis.statements if "Marsh" not in s.content)


def test_conditions_first_without_auxiliary_does_not_crash(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh said that Osterland needs reforms first and will then apply to join the Pact.")
    assert analysis.statements
