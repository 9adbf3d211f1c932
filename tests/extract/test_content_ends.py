"""Where reported content ends when the parse hangs the rest of the sentence on the cue (extract/bounds.py), and
a side taken "in favour of" something (extract/predicates.py; a strict xfail: tried and dropped). Session 22
(issue 10 item 1). Invented people and places."""

from __future__ import annotations

import pytest

from .conftest import statement_with

QUESTION = "Will Pellingrad sell the Tessel ferry line?"

CONDITIONS = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
              "Engineer Mara Endel thinks the ferries can change hands without harm, but only if the council pays for "
              "two new boats.\n\n"
              "In its yearly review, the harbour board said the sale could go ahead provided that a new timetable was "
              "agreed and the night boat stayed.")


def test_statements_a_condition_hung_on_the_cue_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """A belief's "but only if" clause and a "provided that" clause whose passive verb of saying has no agent stay
    in the content (green on main 9d49b84 too since s22-cond's conditions_content; review's invented sentences)."""
    analysis = run(CONDITIONS, question=QUESTION)
    belief = statement_with(analysis, "can change hands without harm")
    assert belief.content.rstrip(".").endswith("but only if the council pays for two new boats")
    board = statement_with(analysis, "the sale could go ahead")
    assert "a new timetable was agreed" in board.content and "the night boat stayed" in board.content


MODAL = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
         "The port council has said it could accept the sale, but it could not approve it before the summer ends.\n\n"
         "The ferry workers' union said the sale would cost jobs, but the assembly approved the first reading "
         "on Friday.")


def test_statements_a_reported_but_clause_with_the_same_modal_is_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9d49b84: 'it could accept the sale' alone."""
    analysis = run(MODAL, question=QUESTION)
    council = statement_with(analysis, "it could accept the sale")
    assert "it could not approve it before the summer ends" in council.content


def test_statements_anothers_modal_clause_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (review): a conjunct with the same modal but another subject is another's act, not the speaker's
    words (with any subject the branch gave Endel's statement Brell's 'would vote against it')."""
    text = ("The Pellingrad assembly debated the sale of the Tessel ferry line on Tuesday.\n\n"
            "Mara Endel said she would vote for the sale, and her rival Oskar Brell would vote against it.\n\n"
            "Endel said the assembly would pass the sale, but the harbour board would fight it all the way.")
    analysis = run(text, question=QUESTION)
    assert "Brell" not in statement_with(analysis, "she would vote for the sale").content
    assert "harbour board" not in statement_with(analysis, "the assembly would pass the sale").content


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
