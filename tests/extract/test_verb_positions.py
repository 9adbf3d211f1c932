"""A position stated by a verb and its object says it with the verb (extract/verb_positions.py): its content
starts at the verb ("rejected the ferry sale plan"), the cue stays the verb; reported speech keeps its clause
alone. Invented people and places."""

from __future__ import annotations

import pytest

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


SHORT = ("The Pellingrad assembly voted on Tuesday to sell the Tessel ferry line to a private operator.\n\n"
         "The Tessel Islanders' Association condemned the vote. Harbourmaster Oskar Brell welcomed the decision.\n\n"
         "Councillor Mara Endel praised the letter.")


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="the three-word floor (statements.find_candidates) drops a side taken on a "
                   "definite act in two words; lifting it for such objects was measured and dropped in session 21 "
                   "(docs/evaluation.md, issue 10: statement recall flat, precision down on DEVELOP and VALIDATE)")
def test_statements_side_taken_on_an_act_in_two_words(run) -> None:  # type: ignore[no-untyped-def]
    """A verb of taking a side on a definite act or proposal ("condemned the vote", "welcomed the decision") states a
    position though its object has two words."""
    analysis = run(SHORT, question=QUESTION)
    vote = statement_with(analysis, "condemned the vote")
    assert vote.kind == "position" and vote.cue == "condemned"
    assert statement_with(analysis, "welcomed the decision").cue == "welcomed"


def test_statements_side_taken_on_a_bare_object_in_two_words_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    """The three-word floor holds for a bare object that is no act ("praised the letter"): a guard."""
    analysis = run(SHORT, question=QUESTION)
    assert not [s for s in analysis.statements if "the letter" in s.content]


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a position by a verb with no object ('voted against', 'abstained') or a verb "
                   "the lexicon lacks ('lodged an objection to') is not found (issue 10 item 1, left in session 21)")
def test_statements_side_taken_with_no_object(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Pellingrad assembly voted on Tuesday to sell the Tessel ferry line to a private operator.\n\n"
            "Councillor Mara Endel voted against. The dockers' union lodged an objection to the sale.")
    analysis = run(text, question=QUESTION)
    assert statement_with(analysis, "voted against") and statement_with(analysis, "an objection to the sale")
