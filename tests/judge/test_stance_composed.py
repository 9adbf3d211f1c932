"""Valence composed with what it is said of (issue 9, session 25): an act judged by the words said of it, when it
is an act of abandoning with nothing named or an infinitive after an empty "it" (judge/judged.py), and praise or
blame of a subject that the question itself judges (judge/terms.py `subject_sign`: "Is X dangerous?", "Was X
rigged?", "Did X cause the flooding?"). Invented sentences, the learned layer off so the rules answer.
"""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

INTRO = "Councillor Ines Quillby of the Moorvale Group spoke in Dunsmere on Monday.\n\n"
HOST = "Is Dunsmere going to host the 2033 Northern Regatta?"
FARM = "Will the council approve the Tarn Ridge wind farm?"
DAM = "Is the Harnley Moor dam dangerous?"
HALL = "Is Dunsmere's new Quay Hall worth its cost?"
RIGGED = "Was the 2029 council election in Dunsmere rigged?"
CAUSE = "Did the Marsh Lane bypass cause the flooding in Tenby?"
WORKS = "Has the Harnley Moor toll cut traffic noise in the old town?"

pytestmark = pytest.mark.usefixtures("rules_alone")


def test_an_act_of_abandoning_judged(run) -> None:  # type: ignore[no-untyped-def]
    # "pulling out" names nothing of the question; what is said of it weighs it: a disgrace supports the regatta
    text = INTRO + ("Quillby said the Regatta bid was in good shape and that pulling out now would be a "
                    "disgrace to the hundreds of volunteers in Dunsmere.")
    statement = statement_with(run(text, question=HOST), "pulling out")
    assert statement.stance == "support", statement.stance_evidence


@pytest.fixture
def judging_subject(monkeypatch):  # type: ignore[no-untyped-def]
    """The question's judgement of its subject switched on (judge/terms.py JUDGE_SUBJECT is off on main: it cost
    two sealed batches at session 25's end); the terms' cache cleared either side."""
    from stancemap.judge import terms

    monkeypatch.setattr(terms, "JUDGE_SUBJECT", True)
    terms._terms.cache_clear()
    yield
    terms._terms.cache_clear()


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


@pytest.mark.parametrize(("question", "sign"), [
    (DAM, -1), (RIGGED, -1), (CAUSE, -1), (HALL, 1), ("Is the weedkiller Valdrex safe for farm workers?", 1),
    (FARM, 0), ("Can the Tessary grid cope with winter demand?", 0), ("Will Dunsmere join the Northern Compact?", 0),
    # a past act of decrease takes the opposite of what it lessens, nothing when the lexicon does not score it: not
    # the verb's own valence ("cut" -1.1)
    (WORKS, 0), ("Has the curfew cut crime in Dunsmere?", 1),
])
def test_the_question_judges_its_subject(judging_subject, question: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    assert terms_of(Question(text=question, proposition=parse_proposition(question))).subject_sign == sign


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a bad property asked: blame of the subject says yes, praise says no; the property itself keeps its sign
    (DAM, "Quillby said the Harnley Moor dam was a disaster waiting to happen.", "disaster waiting", "support"),
    (DAM, "Quillby said the Harnley Moor dam was a superb piece of engineering.", "superb piece", "oppose"),
    (DAM, "Quillby said the Harnley Moor dam was not dangerous.", "not dangerous", "oppose"),
    # a past act of wrongdoing asked: the thing refused or called clean
    (RIGGED, "Quillby said there was no evidence the election had been manipulated.", "manipulated", "oppose"),
    (RIGGED, "Quillby said she would not accept the result of the election.", "not accept", "support"),
    (RIGGED, "Quillby said the election was clean and fair.", "clean and fair", "oppose"),
    # a cause asked of a harm: blame of the cause says yes
    (CAUSE, "Quillby said the bypass was a disaster for the valley.", "disaster for the valley", "support"),
    (CAUSE, "Quillby said the bypass was a superb piece of engineering.", "superb piece", "oppose"),
    (CAUSE, "Quillby said the bypass was to blame.", "to blame", "support"),
    # a good property asked of a named subject: what is said of the subject is read
    (HALL, "Quillby said the Quay Hall was a waste of money.", "waste of money", "oppose"),
    (HALL, "Quillby said the Quay Hall was a wonderful asset for the town.", "wonderful asset", "support"),
    # an act that takes something away done by a thing, not by one who decides: praise of the thing is the act's
    (WORKS, "Quillby said the excellent Harnley Moor toll had made the old town quieter.", "made the old town", "support"),
])
def test_praise_or_blame_of_a_judged_subject(judging_subject, run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                             stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


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
    """Review of session 25: the question's blame of its subject turned every stance word round ("rejected claims that
    the dam was unsafe" read support of "Is the dam dangerous?"); only words said of the subject are turned."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
