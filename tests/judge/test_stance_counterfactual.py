"""A question that judges an act already done (issue 9, session 36; judge/counterfactual.py): "Should X have sacked Y?"
asks whether the sacking was right. A statement's own "should have" says the course the speaker wanted instead, and an
adjective of rightness on what the act was done to judges it. Invented sentences, the learned layer off so the rules
answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
QUESTION = "Should Ashby United have sacked Tomas Verlaine in March?"


@pytest.mark.parametrize(("question", "past"), [
    (QUESTION, True),
    ("Should the council have closed the Ashby library?", True),
    ("Was the board right to sell the stadium?", True),
    ("Was the council wrong to close the library?", True),
    # an act still to come, or a counterfactual of what would have followed, is no act done and judged
    ("Should Ashby United sack Tomas Verlaine?", False),
    ("Is it right for the club to charge fans for cup matches?", False),
    ("Would an earlier lockdown have prevented the second wave in Marrow?", False),
])
def test_a_question_judging_a_done_act(question: str, past: bool) -> None:
    prop = parse_proposition(question)
    assert prop.past_act is past
    if question == QUESTION:
        assert prop.modal == "should have" and prop.predicate == "sack" and prop.time_bound == "in March"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # another course wanted of the deciders, or of the one the act was done to: no
    ('Voss said: "They should have given Verlaine until the end of the season."', "given Verlaine", "oppose"),
    ('Voss said: "Verlaine should have been given more time to fix it."', "more time", "oppose"),
    # a stance word inside the course wanted is the course's, not the act's ("backed" read as support before)
    ('Voss said: "They should have backed Verlaine with two new defenders."', "backed Verlaine", "oppose"),
    # the act itself wanted, said with a verb of doing: yes (sooner is still the act)
    ('Voss said: "United should have acted on Verlaine in January, to be honest."', "acted on Verlaine", "support"),
    # the act's own verb is read as before
    ('Voss said: "United should have sacked Verlaine in December."', "sacked Verlaine", "support"),
    ('Voss said: "United should not have sacked Verlaine."', "not have sacked", "oppose"),
    # the act told with a judgement of what it was done to
    ('Voss said: "United have sacked the wrong coach in the wrong week, and Verlaine knows it."', "wrong coach", "oppose"),
])
def test_a_course_wanted_under_a_done_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=QUESTION), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_course_wanted_of_a_third_party_takes_no_side(run) -> None:  # type: ignore[no-untyped-def]
    # the players are neither the deciders nor the one the act was done to
    statement = statement_with(run(INTRO + 'Voss said: "The players should have run harder for Verlaine."',
                                   question=QUESTION), "run harder")
    assert statement.stance == "neutral", statement.stance_evidence


def test_should_have_under_a_question_of_a_future_act_is_not_read(run) -> None:  # type: ignore[no-untyped-def]
    # "Should United sack Verlaine?" asks about an act to come: a past "should have" is no course wanted instead of it
    statement = statement_with(run(INTRO + 'Voss said: "They should have given Verlaine until the end of the season."',
                                   question="Should Ashby United sack Tomas Verlaine?"), "given Verlaine")
    assert not any("another course" in e for e in statement.stance_evidence), statement.stance_evidence


def test_a_course_wanted_with_no_word_of_the_question_is_said_of_it(run) -> None:  # type: ignore[no-untyped-def]
    # "they", "him": no word of the question, but a "should have" under a question judging a done act is said of it
    # (q_shouldhave 0.500 -> 0.588 with this reading; before, such statements took a side carried from elsewhere)
    text = (INTRO + "Ashby United's board met on Monday.\n\n"
            '"They should have given him another season," Voss said of the board.')
    statement = statement_with(run(text, question=QUESTION), "another season")
    assert statement.stance == "oppose", statement.stance_evidence
    assert any("another course" in e for e in statement.stance_evidence)


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "it" or a decision called right or wrong by a copula: the done act judged, though "it" names nothing of the question
    ('Voss said: "It was the right call. The squad had stopped listening to him."', "right call", "support"),
    ('Voss said: "It was not the right decision, whatever the table says."', "right decision", "oppose"),
    ('Voss said: "The decision was wrong, and everybody at the club knows it."', "decision was wrong", "oppose"),
])
def test_the_done_act_called_right_or_wrong(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=QUESTION), words)
    assert statement.stance == stance, statement.stance_evidence


def test_another_act_supposed_wrong_is_not_the_done_act(run) -> None:  # type: ignore[no-untyped-def]
    # "it would be wrong to ..." judges the infinitive's act, under a modal (red with the first version: q_wrong lost 2)
    statement = statement_with(run(INTRO + 'Voss said: "It would be wrong for the council to take sides in a court case."',
                                   question=QUESTION), "take sides")
    assert not any("called so" in e for e in statement.stance_evidence), statement.stance_evidence
