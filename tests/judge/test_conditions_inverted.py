"""A condition set by an inverted "should" that opens its sentence or a quotation, or follows "that" (judge/conditions.py
`_marker`; q_erupt's shape, session 42): invented sentences."""

from __future__ import annotations

from .conftest import statement_with

INTRO = "Alderman Tove Rask of the Harbour Party spoke in Brenmoor on Tuesday.\n\n"
GEYSER = "Could the Kessel geyser erupt before winter?"


def test_should_opening_the_sentence_sets_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Should the tremor continue into March, Rask added, the survey would call an eruption before winter likely."
    statement = statement_with(run(text, question=GEYSER), "Should the tremor")
    assert any("Should the tremor continue into March" in c for c in statement.conditions)


def test_should_opening_a_quotation_sets_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Rask said: "Should the tremor stop, an eruption before winter is unlikely."'
    statement = statement_with(run(text, question=GEYSER), "Should the tremor stop")
    assert statement.conditions == ["Should the tremor stop"]


def test_a_question_and_a_past_counterfactual_set_none(run) -> None:  # type: ignore[no-untyped-def]
    asked = statement_with(run(INTRO + 'Rask asked: "Should the valley be evacuated before winter?"', question=GEYSER),
                           "evacuated")
    assert not asked.conditions
    text = INTRO + 'Rask said: "I did not know. Had I known, I would have closed the valley road myself."'
    supposed = statement_with(run(text, question=GEYSER), "Had I known")
    assert not any(c.startswith("Had") for c in supposed.conditions)
