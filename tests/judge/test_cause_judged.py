"""A cause asked about, read in general terms (cause_judged.py, issue 9, session 44): any verb of causing or of
necessitating, any act, event or thing as the cause, its nouns from WordNet, the outcome's from WordNet and the question's
object. Invented questions and sentences."""

from __future__ import annotations

import pytest

from stancemap.judge.cause_judged import decision_asked, decision_nouns, judged_cause, outcome_nouns
from stancemap.judge.proposition import parse_proposition
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Anwen Tolly of the Quay Group spoke in Marrowby on Monday.\n\n"
STORM = "Did the storm cause the Marrowby blackout?"
RULING = "Did the harbour board's ruling trigger the Marrowby dock strike?"
MINE = "Did the Orsk mine cause the fish deaths in the Tarn?"


def _asked(text: str) -> str:
    return decision_asked(Question(text, proposition=parse_proposition(text)))


@pytest.mark.parametrize(("question", "cause"), [
    (STORM, "storm"), (RULING, "ruling"), (MINE, "mine"),
    ("Did the linesman's decision cost Orsk Rovers the Tarn Cup?", "decision"),
    # no cause asked: a verb of needing itself, a person or a body as the subject, another act
    ("Does the Orsk bridge need new cables?", ""),
    ("Did the harbour board cause the Marrowby dock strike?", ""),
    ("Will the board overturn the linesman's decision?", ""),
])
def test_a_question_of_a_cause(question: str, cause: str) -> None:
    assert _asked(question) == cause


def test_the_cause_and_outcome_nouns_come_from_wordnet() -> None:
    assert {"call", "choice"} <= decision_nouns("decision")  # its hyponym, its hypernym
    assert "thunderstorm" in decision_nouns("storm")
    assert not {"share", "portion"} & decision_nouns("cut")  # a possession's kinds (the review of session 44, item 9)
    assert {"blackout", "outcome", "result"} <= outcome_nouns(Question(STORM, proposition=parse_proposition(STORM)))
    assert judged_cause("ruling") and not judged_cause("storm") and not judged_cause("mine")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (STORM, "Tolly said the storm made no difference to the blackout.", "no difference", "oppose"),
    (STORM, "Tolly said the storm changed everything on the night.", "changed everything", "support"),
    (STORM, "Tolly said the result would have been the same without the storm.", "the same", "oppose"),
    (RULING, "Tolly said the ruling was plainly wrong.", "plainly wrong", "support"),
    (RULING, "Tolly said the ruling was correct.", "correct", "oppose"),
])
def test_a_cause_of_another_shape(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                  stance: str) -> None:
    """Before: read only under "cost" with a decision's nouns; a storm or a ruling that triggers was no cause asked."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_thing_asked_as_a_cause_is_not_judged(run) -> None:  # type: ignore[no-untyped-def]
    """"rejected any link with the mine" is no verdict on a choice: its stance word is not turned."""
    text = "Tolly rejected any link between the mine and the fish deaths."
    statement = statement_with(run(INTRO + text, question=MINE), "rejected")
    assert not any("said of the decision" in line for line in statement.stance_evidence), statement.stance_evidence


def test_an_outcome_the_same_in_a_past_counterfactual(run) -> None:  # type: ignore[no-untyped-def]
    """"the result would have been the same" takes the cause away without naming it (before: no side)."""
    statement = statement_with(run(INTRO + "Tolly said she was sure the result would have been the same.",
                                   question=STORM), "the same")
    assert statement.stance == "oppose", statement.stance_evidence
    statement = statement_with(run(INTRO + "Tolly said the result was the same as last winter.", question=STORM),
                               "the same")
    assert statement.stance != "oppose", statement.stance_evidence


def test_a_cause_of_a_good_outcome_is_not_turned(run) -> None:  # type: ignore[no-untyped-def]
    """A ruling called right argues it brought about a good outcome, not that it did not (before this rule: turned, as
    under a harm); the harm asked: "cost", or an outcome VADER scores as bad."""
    question = "Did the harbour board's ruling bring about the Marrowby recovery?"
    from stancemap.judge.cause_judged import harm_asked

    assert not harm_asked(Question(question, proposition=parse_proposition(question)))
    assert harm_asked(Question(RULING, proposition=parse_proposition(RULING)))
    statement = statement_with(run(INTRO + "Tolly said the ruling was supported by every trader.", question=question),
                               "supported")
    assert not any("said of the decision" in line for line in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Tolly said the result would have been the same with a stronger grid.",
    "Tolly said the result would have been the same without the new substation.",
    "Tolly said the result would have been the same if the engineers had been on duty.",
])
def test_an_outcome_the_same_with_something_else_taken_away_is_no_side(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review of session 44 (item 7): the counterfactual names another thing changed, not the cause asked."""
    statement = statement_with(run(INTRO + text, question=STORM), "the same")
    assert statement.stance != "oppose", statement.stance_evidence
