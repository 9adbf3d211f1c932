"""A position stated by a verb and its object says it with the verb (extract/verb_positions.py): its content
starts at the verb ("rejected the ferry sale plan"), the cue stays the verb; reported speech keeps its clause
alone. Invented people and places."""

from __future__ import annotations

from .conftest import statement_with

QUESTION = "Will Pellingrad sell the Tessel ferry line?"

TEXT = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
        "The dockers' union flatly rejected the ferry sale plan. Councillor Mara Endel and two other members voted "
        "against the motion on the sale.\n\n"
        "Endel said the sale would leave the islands without a winter service.")


def test_verb_positions_content_starts_at_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    """Red before (session 18's code): contents "the ferry sale plan", "against the motion on the sale",
    "of selling the line": the verb that takes the side was left out."""
    analysis = run(TEXT, question=QUESTION)
    rejected = statement_with(analysis, "the ferry sale plan")
    assert rejected.content == "rejected the ferry sale plan" and rejected.cue == "rejected"
    assert statement_with(analysis, "against the motion").content.startswith("voted against the motion")


def test_verb_positions_speech_keeps_its_clause(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(TEXT, question=QUESTION)
    assert statement_with(analysis, "the sale would leave the islands").content.startswith("the sale would leave")
