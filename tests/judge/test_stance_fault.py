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


# An excess said of the act with an extraposed "it" (session 35): "too" judges the act, whatever its adjective, so the
# infinitive is the act and the question is faulted; a subject of its own judged so is a property asked (questions3 d18).
@pytest.mark.parametrize(("question", "predicate", "excess"), [
    ("Is it too soon to reopen the Marsh Lane footbridge?", "reopen", "soon"),
    ("Is it too early to lift the hosepipe ban?", "lift", "early"),
    ("Is it too late for the trust to save the old pier?", "save", "late"),
    ("Is it too risky to keep the quarry open?", "keep", "risky"),
])
def test_an_excess_said_of_the_act(question: str, predicate: str, excess: str) -> None:
    prop = parse_proposition(question)
    assert (prop.predicate, prop.faulted, prop.excess) == (predicate, True, excess)


@pytest.mark.parametrize("question", [
    "Is it soon enough to reopen the Marsh Lane footbridge?",  # no excess: the act asked as it is
    "Isn't the Corlew Dam too old to be safe?",  # the dam's property, as the question set's reader reads it
])
def test_no_excess_said_of_the_act(question: str) -> None:
    prop = parse_proposition(question)
    assert not prop.faulted and not prop.excess


SOON = "Is it too soon to reopen the Marsh Lane footbridge?"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "stance"), [
    # praise of the act's thing argues for the act, against "too soon" (evaluative words turned under an excess)
    ("Voss said the mended Marsh Lane footbridge was now stronger than ever before.", "stronger", "oppose"),
    # a time clause on the act says when, which the question asks: the side, no condition
    ("Voss told the council he would not approve the footbridge's reopening until the load tests were finished.",
     "would not approve", "support"),
    ("Voss said the footbridge should reopen as soon as the inspectors had passed it.", "should reopen", "oppose"),
    # framed with "only", a requirement stays a condition
    ("Voss said the footbridge should reopen only once the load gauges had been fitted.", "only once", "conditional"),
])
def test_an_excess_of_earliness_reads_the_act_against_the_question(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                                    stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=SOON), words)
    assert statement.stance == stance, statement.stance_evidence
