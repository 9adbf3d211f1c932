"""A question that calls its subject something bad (issue 9, session 42; judge/evaluative.py `negative_property`): "Is the
economy in recession?", "Is the stadium a waste of money?". Praise of the subject answers no, so the evaluative words'
side is turned; a positive property keeps it. Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.evaluative import negative_property
from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"


@pytest.mark.parametrize(("question", "negative"), [
    ("Is Denholt's economy in recession?", True),
    ("Is the Ferrow stadium a waste of money?", True),
    ("Is the Denholt dam dangerous?", True),
    ("Is there a housing shortage in Ferrow?", True),
    # a positive or unscored property, an event more than a judgement, a verb: as the words say
    ("Is the Denholt dam safe?", False),
    ("Is the Ferrow stadium worth its cost?", False),
    ("Will there be a strike at the port of Ferrow?", False),
    ("Did the minister mislead parliament?", False),
    ("Will the council ban cruise ships?", False),
    # an act asked to come about with "there", not a property (the review, session 42)
    ("Will there be a ban on cruise ships in Ferrow?", False),
])
def test_a_question_calling_its_subject_bad(question: str, negative: bool) -> None:
    prop = parse_proposition(question)
    assert negative_property(prop.verb or prop.predicate, prop.object, question) is negative


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    ("Is Denholt's economy in recession?", "Voss said Denholt's economy was booming and healthy.", "booming", "oppose"),
    ("Is the Ferrow stadium a waste of money?", "Voss said the Ferrow stadium was a wonderful and beautiful place.",
     "wonderful", "oppose"),
    ("Is the Denholt dam dangerous?", "Voss said the Denholt dam was a wonderful, sturdy piece of work.", "wonderful",
     "oppose"),
    # the same words under a positive property keep their side
    ("Is the Denholt dam safe?", "Voss said the Denholt dam was a wonderful, sturdy piece of work.", "wonderful",
     "support"),
])
def test_praise_of_what_the_question_calls_bad_answers_no(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                           stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
