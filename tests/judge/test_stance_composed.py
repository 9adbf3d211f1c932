"""Valence composed with what it is said of (issue 9, session 25): an act judged by the words said of it, when it
is an act of abandoning with nothing named or an infinitive after an empty "it" (judge/judged.py), an act done by an
instrument (judge/terms.py `instrument`), a negative subject above a belief (judge/negation.py). Invented sentences,
the learned layer off so the rules answer. (Session 25's judgement of the question's subject, praise and blame
turned under "Is X dangerous?", "Was X rigged?", cost two sealed batches and was deleted in session 26.)
"""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Ines Quillby of the Moorvale Group spoke in Dunsmere on Monday.\n\n"
HOST = "Is Dunsmere going to host the 2033 Northern Regatta?"
FARM = "Will the council approve the Tarn Ridge wind farm?"
DAM = "Is the Harnley Moor dam dangerous?"
CAUSE = "Did the Marsh Lane bypass cause the flooding in Tenby?"
WORKS = "Has the Harnley Moor toll cut traffic noise in the old town?"

pytestmark = pytest.mark.usefixtures("rules_alone")


def test_an_act_of_abandoning_judged(run) -> None:  # type: ignore[no-untyped-def]
    # "pulling out" names nothing of the question; what is said of it weighs it: a disgrace supports the regatta
    text = INTRO + ("Quillby said the Regatta bid was in good shape and that pulling out now would be a "
                    "disgrace to the hundreds of volunteers in Dunsmere.")
    statement = statement_with(run(text, question=HOST), "pulling out")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Quillby said it would be a mistake to reject the wind farm.", "mistake to reject", "support"),
    ("Quillby said it would be a mistake to approve the wind farm.", "mistake to approve", "oppose"),
    ("Quillby said it would be wrong to block the wind farm.", "wrong to block", "support"),
    ("Quillby said it would not be wise to approve the wind farm.", "wise to approve", "oppose"),
    ("Quillby said it would not be a mistake to reject the wind farm.", "mistake to reject", "oppose"),
    # counter-examples: no judging word, or one that only times the act
    ("Quillby said it was time to approve the wind farm.", "time to approve", "support"),
    ("Quillby said it was too early to approve the wind farm.", "early to approve", "support"),
])
def test_an_act_after_an_empty_it_is_judged(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a word judging the doer's choice judges the act as an empty "it" does (judged.CHOICE_JUDGED, session 38)
    ("Quillby said the council would be mad to reject the wind farm.", "mad to reject", "support"),
    ("Quillby said the council would be foolish to approve the wind farm.", "foolish to approve", "oppose"),
    ("Quillby said the councillors would be wrong to block the wind farm.", "wrong to block", "support"),
    ("Quillby said the council would not be wrong to reject the wind farm.", "wrong to reject", "oppose"),
    # counter-examples: a word of the doer's own leaning keeps the act's side
    ("Quillby said the council was ready to approve the wind farm.", "ready to approve", "support"),
    ("Quillby said the council was reluctant to approve the wind farm.", "reluctant to approve", "oppose"),
])
def test_an_act_judged_as_the_doers_choice(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


def test_an_act_done_by_an_instrument_is_praised_with_it(run) -> None:  # type: ignore[no-untyped-def]
    # an act that takes something away done by a thing, not by one who decides: praise of the thing is the act's
    text = INTRO + "Quillby said the excellent Harnley Moor toll had made the old town quieter."
    statement = statement_with(run(text, question=WORKS), "made the old town")
    assert statement.stance == "support", statement.stance_evidence


SAFE = "Is the hull paint Valdrex safe for boatyard staff?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a negative subject of a verb of believing or persuading denies its complement, as "did not think" does
    (SAFE, "Quillby said nothing would persuade her that Valdrex was safe.", "persuade her", "oppose"),
    (SAFE, "Quillby said nobody believes Valdrex is safe.", "nobody believes", "oppose"),
    # counter-examples: told, not denied; a refusal refused
    (SAFE, "Quillby said the inspectors had told her Valdrex was safe.", "inspectors had told", "support"),
    (SAFE, "Quillby said nobody doubts that Valdrex is safe.", "nobody doubts", "support"),
])
def test_a_negative_subject_above_a_belief(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                           stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_negative_subject_above_an_indirect_question_denies_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # "what day it reopens" is asked, not asserted: "nobody" does not deny the reopening
    text = INTRO + "Quillby said nobody could tell her what day the Drennan Bridge reopens."
    statement = statement_with(run(text, question="Will the Drennan Bridge reopen before December?"), "what day")
    assert statement.stance != "oppose", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a claim of the proposition refused: the proposition denied, not blame turned round
    (DAM, "Quillby said she rejected claims that the Harnley Moor dam was unsafe.", "rejected claims", "oppose"),
    (CAUSE, "Quillby said she rejected claims that the bypass had caused the flooding.", "rejected claims", "oppose"),
    # a stance word aimed at another thing than the subject the question blames
    (CAUSE, "Quillby said she supports an independent inquiry into the flooding.", "independent inquiry", "support"),
])
def test_a_stance_word_aimed_elsewhere_keeps_its_sign(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                      stance: str) -> None:
    """A claim of the proposition refused is the proposition denied; a stance word aimed at another thing keeps its sign
    (review of session 25, kept as counter-examples for any later judgement of the question's subject)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
