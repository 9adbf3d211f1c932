"""A side taken in so many words, in a passage about the question, by a statement naming none of its words
(judge/passage_sides.py)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Will the Dornby council approve the covered market hall?"
OPENING = ("The Dornby council votes on Thursday on plans for a covered market hall on Quayside Green, "
           "which would cost 9 million pounds.\n\n")


def test_a_vote_in_favour_said_in_a_passage_about_the_question_supports(run) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + ("Yselda Odwin, who chairs the stallholders' guild, said her members would vote in favour "
                      '"without hesitation".')
    s = statement_with(run(text, QUESTION), "would vote in favour")
    assert s.stance == "support", s.stance_evidence
    assert s.stance_evidence[0] == "in an article about the question"


def test_coming_out_against_it_in_a_passage_opposes(run) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + ("Jurek Tavish of the residents' association said his members had come out against the project "
                      "within a day.")
    s = statement_with(run(text, QUESTION), "come out against the project")
    assert s.stance == "oppose", s.stance_evidence


def test_a_backing_given_to_a_name_takes_no_side(run) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "Jurek Tavish said most shopkeepers had backed Yselda Odwin at the guild's election."
    s = statement_with(run(text, QUESTION), "had backed Yselda Odwin")
    assert s.stance == "neutral", s.stance_evidence


def test_other_stance_words_in_a_passage_are_not_read(run) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "Jurek Tavish said the long delay to the ring road had been a disaster for the harbour."
    s = statement_with(run(text, QUESTION), "the long delay to the ring road")
    assert s.stance == "neutral", s.stance_evidence



def test_a_claim_rejected_takes_no_side() -> None:
    from stancemap.judge.passage_sides import NO_WORD, taken_in_words
    from stancemap.parse import load_nlp

    claim = list(load_nlp()("The firm rejects any suggestion that the survey was rushed."))
    plan = list(load_nlp()("The firm rejects the plan for the survey outright."))
    assert not taken_in_words([NO_WORD, "-rejects"], claim)
    assert taken_in_words([NO_WORD, "-rejects"], plan)
