"""Where reported content ends when the parse hangs the rest of the sentence on the cue (extract/bounds.py), and
a side taken "in favour of" something (extract/predicates.py; a strict xfail: tried and dropped). Session 22
(issue 10 item 1). Invented people and places."""

from __future__ import annotations

import pytest

from .conftest import statement_with

QUESTION = "Will Pellingrad sell the Tessel ferry line?"

CONDITIONS = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
              "Engineer Mara Endel believes the line can be sold safely, but only if the winter timetable is kept "
              "for five years.\n\n"
              "In a long report published on Monday, the officers said the sale was acceptable provided that a winter "
              "timetable was agreed and the old pier on the quay was kept.")


def test_statements_a_condition_hung_on_the_cue_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 2cf6ead: 'the line can be sold safely' (the parse makes 'kept', after 'but only if', a
    conjunct of 'believes'), and 'the sale was acceptable provided that' (the passive 'was agreed' was taken
    for another speaker's cue)."""
    analysis = run(CONDITIONS, question=QUESTION)
    belief = statement_with(analysis, "can be sold safely")
    assert belief.content.rstrip(".").endswith("but only if the winter timetable is kept for five years")
    officers = statement_with(analysis, "the sale was acceptable")
    assert "a winter timetable was agreed" in officers.content and "the old pier" in officers.content


MODAL = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
         "The harbour authority has said it would support the sale, but it would not sign off on it without a "
         "full safety survey.\n\n"
         "The ferry workers' union said the sale would cost jobs, but the assembly approved the first reading "
         "on Friday.")


def test_statements_a_reported_but_clause_with_the_same_modal_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 2cf6ead: 'it would support the sale' alone."""
    analysis = run(MODAL, question=QUESTION)
    authority = statement_with(analysis, "it would support the sale")
    assert "would not sign off on it without a full safety survey" in authority.content


def test_statements_the_writers_but_clause_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (green on main and here): a 'but' clause with no shifted modal is the writer's next fact."""
    analysis = run(MODAL, question=QUESTION)
    union = statement_with(analysis, "the sale would cost jobs")
    assert "approved" not in union.content


VOTES = ("The Pellingrad assembly voted on the sale of the Tessel ferry line on Tuesday.\n\n"
         "The islanders' association voted in favour of the council's plan and against the union's motion. "
         "The harbour board voted nine to four in favour of the sale.\n\n"
         "Mayor Oskar Brell voted in Pellingrad on Sunday morning.")


@pytest.mark.xfail(strict=True, reason="'in' is no content preposition of a position (extract/predicates.py); taking "
                   "'in favour of' / 'in support of' as a side was measured in session 22 and dropped: DEVELOP +1 "
                   "statement, VALIDATE +1 prediction matching no gold (docs/evaluation.md, issue 10, session 22)")
def test_predicates_a_vote_in_favour_of_is_a_position(run) -> None:  # type: ignore[no-untyped-def]
    """Neither vote is a statement ('in' is no content preposition)."""
    analysis = run(VOTES, question=QUESTION)
    assert statement_with(analysis, "in favour of the council's plan").content.startswith("voted in favour of")
    assert "against the union's motion" in statement_with(analysis, "in favour of the council's plan").content
    assert statement_with(analysis, "in favour of the sale").cue == "voted"


def test_predicates_a_vote_in_a_place_is_no_position(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (green on main and here): 'voted in Pellingrad' places the act."""
    analysis = run(VOTES, question=QUESTION)
    assert not [s for s in analysis.statements if "Pellingrad on Sunday" in s.content]
