"""A question put is a statement of whoever put it (issue 10, session 32; extract/questions_put.py): the asker is the
by-agent or the subject of the verb of asking, the content its "whether"/"if" clause. Written sentences; fictional
people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will Pellmark join the Coastal Union?"

OPENING = "Pellmark's assembly debated membership of the Coastal Union on Monday.\n\n"


def test_a_question_put_by_an_agent_is_the_askers(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6de3708 (no statement of the senator's): "Asked by A whether X, B said Y": X is A's."""
    analysis = run(OPENING + "Asked by Senator Mira Holt whether the ferry would run in winter, harbour master Ilka "
                   "Sorn said the boats were ready.", question=QUESTION)
    asked = statement_with(analysis, "the ferry would run in winter")
    assert asked.content == "whether the ferry would run in winter"
    assert speaker_name(analysis, "the ferry would run in winter") == "Mira Holt"
    assert speaker_name(analysis, "the boats were ready") == "Ilka Sorn"


def test_a_question_put_to_someone_is_the_askers(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6de3708 (no statement): "A asked B if X": X is A's, not B's."""
    analysis = run(OPENING + "Councillor Jon Vell asked the harbour master if the new quay would be finished before "
                   "the summer.", question=QUESTION)
    asked = statement_with(analysis, "the new quay would be finished")
    assert asked.content.startswith("if the new quay")
    assert "Jon Vell" in (speaker_name(analysis, "the new quay would be finished") or "")


def test_an_if_clause_of_a_request_is_no_question(run) -> None:  # type: ignore[no-untyped-def]
    """Guard, green on main too: "will ask him to resign if he fails" sets a condition of the asking, asks nothing."""
    analysis = run(OPENING + "Councillor Jon Vell will ask the harbour master to resign if the new quay is not "
                   "finished before the summer.", question=QUESTION)
    assert not any(s.content.startswith("if the new quay") for s in analysis.statements)


def test_the_answer_stays_the_answerers(run) -> None:  # type: ignore[no-untyped-def]
    """A "she" who answers a question put by someone else is the one asked, not the asker (the asker is not made the
    running speaker: Candidate.asked)."""
    analysis = run(OPENING + "Dr Ilka Sorn, who led the survey, told the assembly the harbour was silting up.\n\n"
                   "Asked by a Green councillor whether she would close it, she replied: \"If I ran the port, I would "
                   "close it tomorrow.\"", question=QUESTION)
    assert speaker_name(analysis, "I would close it tomorrow") == "Ilka Sorn"
    asked = statement_with(analysis, "she would close it")
    assert asked.content == "whether she would close it"


@pytest.mark.xfail(strict=True, reason="the quotation after the lead-in 'Pell pauses.' is joined to the question put "
                   "after the finders (not found in time): a DEVELOP content of this shape went wrong")
def test_a_fronted_question_ends_at_its_comma(run) -> None:  # type: ignore[no-untyped-def]
    """A question that opens the sentence ends at its comma, even where the parse hangs the answer on it."""
    analysis = run(OPENING + "Asked by Osk whether the board ignored his letters, Pell pauses. \"They told me it was in "
                   "hand. I believed them.\"", question=QUESTION)
    assert not any(s.content.startswith("whether") and "pauses" in s.content for s in analysis.statements)
