"""A question that asks whether its act was a fault (issue 9, session 34; judge/fault.py): "Was the council wrong to
close the library?" keeps the act and lost the judgement of it, so the statement's stance words, weighed toward the
act, are turned. Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
WRONG = "Was the Denholt council wrong to close the Ashby library?"
RIGHT = "Was the Denholt council right to close the Ashby library?"


@pytest.mark.parametrize(("question", "faulted"), [
    ("Was the council wrong to close the library?", True),
    ("Was it a mistake to sell the harbour?", True),
    ("Is it wrong for the club to charge fans for cup matches?", True),
    ("Was the board reckless to sell the stadium?", True),
    # a positive judgement asks about the act as it is; no judgement at all neither
    ("Was the council right to close the library?", False),
    ("Is it right for the club to charge fans for cup matches?", False),
    ("Will the council close the library?", False),
    ("Is the council to blame for the flooding?", False),
])
def test_a_question_judging_its_act_negatively_is_faulted(question: str, faulted: bool) -> None:
    assert parse_proposition(question).faulted is faulted


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (WRONG, "Voss said the Denholt council had got it badly wrong this time.", "got it badly wrong", "support"),
    (WRONG, "Voss said she backed the council's decision to close the Ashby library.", "backed", "oppose"),
    (WRONG, "Voss said the council must reverse the closure of the Ashby library.", "must reverse", "support"),
    # a phrase of refusing denied is turned too ("would not stand in the way" of the act: the act was no fault; red
    # before the review of session 34: the phrase's sign was added after the turn)
    (WRONG, "Voss said her group would not stand in the way of the closure of the Ashby library.", "stand in the way",
     "oppose"),
    # the same words under a positive judgement keep their side
    (RIGHT, "Voss said the Denholt council had got it badly wrong this time.", "got it badly wrong", "oppose"),
])
def test_stance_words_are_turned_under_a_faulted_question(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                          stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
