"""The question's thing said to have ended, under a question of its lasting (judge/ended.py). Session 34; invented
questions and sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

LASTS = "Will the Harl coalition survive until the winter recess?"
INTRO = "Councillor Mara Garwood of the Green Union spoke in Calde on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a passive with no doer to the tagger
    ('Garwood said: "This coalition is finished, whatever the whips may tell you."', "is finished", "oppose"),
    ('Garwood said: "The coalition is over."', "is over", "oppose"),  # "over" read as an adverb
    ("Garwood said the coalition was dead.", "was dead", "oppose"),
    ("Garwood said the coalition was not finished yet.", "not finished", "support"),
])
def test_the_thing_said_to_have_ended(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LASTS), words)
    assert statement.stance == stance, statement.stance_evidence


def test_ended_is_no_side_under_a_question_of_another_act(run) -> None:  # type: ignore[no-untyped-def]
    """"the offer was finished" does not deny "Will the dockers accept the offer?": only a question of lasting is read."""
    analysis = run(INTRO + "Garwood said the offer to the dockers was finished.",
                   question="Will the Tollan dockers accept the pay offer?")
    statement = statement_with(analysis, "was finished")
    assert not any(e.endswith("finished") and e.startswith("-") for e in statement.stance_evidence), \
        statement.stance_evidence
